"""The Word form (.docx), through libserviceprogram-form: import_form() reads a filled-in form into a
Report, Report.save_form() writes a report as the form. The form library is found beside the core
library (or through SERVICEPROGRAM_FORM_LIBRARY); without it these raise FormUnavailable."""
import ctypes
import os
from ctypes import POINTER, Structure, c_char_p, c_int, c_size_t, c_uint, c_void_p
from typing import NamedTuple

from . import _native
from ._errors import Error
from ._model import _call, _path, _wrap

FORM_SONAME = "libserviceprogram-form.so.%d" % _native.REQUIRED_MAJOR
FORM_ENV_VAR = "SERVICEPROGRAM_FORM_LIBRARY"

class FormOptions(Structure):
    # As sp_form_options in form.h (version 2); the limits are 0 for the library's defaults.
    _fields_ = [("version", c_uint), ("max_uncompressed", c_size_t), ("max_entries", c_size_t), ("max_ratio", c_uint),
                ("language", c_int)]


FORM_FUNCTIONS = {
    "sp_form_import": (c_int, [POINTER(c_void_p), POINTER(c_void_p), c_char_p, POINTER(FormOptions),
                            POINTER(_native.SpError)]),
    "sp_form_export": (c_int, [c_void_p, c_char_p, c_void_p, POINTER(_native.SpError)]),
    "sp_form_findings_free": (None, [c_void_p]),
    "sp_form_findings_count": (c_size_t, [c_void_p]),
    "sp_form_finding_message": (c_char_p, [c_void_p, c_size_t]),
    "sp_form_finding_place": (c_int, [c_void_p, c_size_t, POINTER(c_uint), POINTER(c_uint), POINTER(c_uint)]),
}


class FormUnavailable(Error):
    """libserviceprogram was built without its Word form library (libzip or libxml2 missing)."""


class FormFinding(NamedTuple):
    """What import_form() could not place: why, and where in the form (1-based; table 0 outside tables)."""
    message: str
    table: int
    row: int
    column: int


_form_lib = None


def _library():
    global _form_lib
    if _form_lib is not None:
        return _form_lib
    named = os.environ.get(FORM_ENV_VAR)
    here = os.path.dirname(_native.LIBRARY_PATH) if os.sep in _native.LIBRARY_PATH else ""
    candidates = [named] if named else [os.path.join(here, FORM_SONAME), os.path.join(here, "form", FORM_SONAME),
                                        FORM_SONAME]
    tried = []
    for path in candidates:
        try:
            lib = ctypes.CDLL(path)
            break
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    else:
        raise FormUnavailable(_native._("serviceprogram: the Word form needs %s, which was not found; tried: %s")
                              % (FORM_SONAME, "; ".join(tried)), code="SP_ERROR")
    for name, (restype, argtypes) in FORM_FUNCTIONS.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    _form_lib = lib
    return lib


def import_form(path, findings=None, language=None):
    """Reads a filled-in follow-up form (.docx) into a Report. What could not be placed is appended to
    `findings` (a list), when given, as FormFinding; its text is kept in the nearest text field. The
    findings' and errors' messages are in `language`: None for the locale's, "en" or "sv".
    Raises InvalidValueError for a file that is not the form or is damaged, FileError when it cannot be
    read, Error (code SP_ELIMIT) for a zip bomb."""
    lib = _library()
    out, found = ctypes.c_void_p(), ctypes.c_void_p()
    opts = FormOptions(version=2, language=_native.language_number(language))
    _call(lib.sp_form_import, ctypes.byref(out), ctypes.byref(found), _path(path), ctypes.byref(opts))
    try:
        if findings is not None:
            for i in range(lib.sp_form_findings_count(found)):
                table, row, column = c_uint(), c_uint(), c_uint()
                lib.sp_form_finding_place(found, i, ctypes.byref(table), ctypes.byref(row), ctypes.byref(column))
                findings.append(FormFinding(lib.sp_form_finding_message(found, i).decode("utf-8"), table.value,
                                            row.value, column.value))
    finally:
        lib.sp_form_findings_free(found)
    return _wrap(out)


def save_form(report, path):
    """Writes the report as the follow-up form (.docx), whole or not at all."""
    _call(_library().sp_form_export, report._node(), _path(path), None)

