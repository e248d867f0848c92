"""The C library, found and declared: every function the binding uses is in FUNCTIONS."""
import ctypes
import os
from ctypes import POINTER, Structure, c_char, c_char_p, c_int, c_int32, c_int64, c_size_t, c_uint, c_void_p

# The library version this binding is written for: same major, at least this minor.
REQUIRED_MAJOR = 0
REQUIRED_MINOR = 1
SONAME = "libserviceprogram.so.%d" % REQUIRED_MAJOR
ENV_VAR = "SERVICEPROGRAM_LIBRARY"


class SpError(Structure):
    _fields_ = [("code", c_int), ("line", c_uint), ("column", c_uint), ("source", c_char * 256),
                ("path", c_char * 256), ("message", c_char * 512)]


# The options structures: each describes one version of its C struct (VERSION), and is filled with
# that version's defaults by the library's own *_options_init (INIT), as a C caller's *_INIT macro would.
class LoadOptions(Structure):
    # As sp_load_options in io.h (version 3); the limits (max_bytes, ..., max_errors) are 0 for the library's
    # defaults, and the allocator NULL for malloc.
    VERSION, INIT = 3, "sp_load_options_init"
    _fields_ = [("version", c_uint), ("syntax", c_int), ("unknown_keys", c_int), ("source_name", c_char_p),
                ("max_bytes", c_size_t), ("max_depth", c_size_t), ("max_text", c_size_t), ("max_elements", c_size_t),
                ("allocator", c_void_p), ("errors", c_void_p), ("max_errors", c_size_t),
                ("language", c_int)]


class OutputReading(Structure):
    # As sp_output_reading in outputs.h.
    _fields_ = [("support_type", c_int), ("count", c_int64), ("amount_sek", c_int64)]


# The one error code the binding tells apart from a failure: sp_output_text_read()'s "no figures".
SP_ENOTFOUND = -16


class SaveOptions(Structure):
    VERSION, INIT = 1, "sp_save_options_init"
    _fields_ = [("version", c_uint), ("syntax", c_int)]


class ValidateOptions(Structure):
    VERSION, INIT = 2, "sp_validate_options_init"
    _fields_ = [("version", c_uint), ("submission", c_int), ("today", c_int32), ("language", c_int)]


ERR = POINTER(SpError)
OUT = POINTER(c_void_p)
P = c_void_p

# name: (restype, argtypes)
FUNCTIONS = {
    "sp_version": (c_char_p, [POINTER(c_int), POINTER(c_int), POINTER(c_int)]),
    "sp_language_default": (c_int, []),
    "sp_translate": (c_char_p, [c_int, c_char_p]),
    "sp_enum_suggest": (c_int, [c_int, c_char_p]),
    "sp_error_code_name": (c_char_p, [c_int]),
    "sp_free": (None, [P]),
    # the schema
    "sp_schema_report": (P, []),
    "sp_type_name": (c_char_p, [P]),
    "sp_type_label_sv": (c_char_p, [P]),
    "sp_type_field_count": (c_size_t, [P]),
    "sp_type_field": (P, [P, c_size_t]),
    "sp_field_key": (c_char_p, [P]),
    "sp_field_kind": (c_int, [P]),
    "sp_field_label_sv": (c_char_p, [P]),
    "sp_field_required": (c_int, [P]),
    "sp_field_enum": (c_int, [P]),
    "sp_field_type": (P, [P]),
    "sp_enum_count": (c_int, []),
    "sp_enum_name": (c_char_p, [c_int]),
    "sp_enum_max": (c_int, [c_int]),
    "sp_enum_token": (c_char_p, [c_int, c_int]),
    "sp_enum_label_sv": (c_char_p, [c_int, c_int]),
    "sp_enum_parse": (c_int, [c_int, c_char_p]),
    # nodes
    "sp_node_type": (P, [P]),
    "sp_node_line": (c_uint, [P]),
    "sp_node_column": (c_uint, [P]),
    "sp_node_path": (c_int, [c_char_p, c_size_t, P]),
    "sp_node_string": (c_char_p, [P, P]),
    "sp_node_set_string": (c_int, [P, P, c_char_p, ERR]),
    "sp_node_number": (c_int64, [P, P]),
    "sp_node_set_number": (c_int, [P, P, c_int64, ERR]),
    "sp_node_count": (c_size_t, [P, P]),
    "sp_node_child": (P, [P, P, c_size_t]),
    "sp_node_child_mut": (P, [P, P, c_size_t]),
    "sp_node_item_string": (c_char_p, [P, P, c_size_t]),
    "sp_node_append": (c_int, [OUT, P, P, ERR]),
    "sp_node_append_string": (c_int, [P, P, c_char_p, ERR]),
    "sp_node_remove": (c_int, [P, P, c_size_t, ERR]),
    "sp_node_move": (c_int, [P, P, c_size_t, c_size_t, ERR]),
    # reports
    "sp_report_new": (c_int, [OUT, c_char_p, c_int64, ERR]),
    "sp_report_free": (None, [P]),
    "sp_report_copy": (c_int, [OUT, P, ERR]),
    "sp_report_equal": (c_int, [P, P]),
    "sp_report_difference": (c_int, [c_char_p, c_size_t, P, P]),
    "sp_report_source": (c_char_p, [P]),
    "sp_load_options_init": (c_int, [POINTER(LoadOptions), c_uint]),
    "sp_save_options_init": (c_int, [POINTER(SaveOptions), c_uint]),
    "sp_report_load_buffer": (c_int, [OUT, c_char_p, c_size_t, POINTER(LoadOptions), ERR]),
    "sp_report_load_file": (c_int, [OUT, c_char_p, POINTER(LoadOptions), ERR]),
    "sp_load_errors_new": (c_int, [OUT]),
    "sp_load_errors_free": (None, [P]),
    "sp_load_errors_count": (c_size_t, [P]),
    "sp_load_errors_get": (ERR, [P, c_size_t]),
    "sp_report_save_buffer": (c_int, [OUT, POINTER(c_size_t), P, POINTER(SaveOptions), ERR]),
    "sp_report_save_file": (c_int, [P, c_char_p, POINTER(SaveOptions), ERR]),
    "sp_decimal_parse": (c_int, [POINTER(c_int64), c_char_p, ERR]),
    "sp_decimal_format": (c_int, [c_char_p, c_size_t, c_int64]),
    # validation
    "sp_validate_options_init": (c_int, [POINTER(ValidateOptions), c_uint]),
    "sp_report_validate": (c_int, [OUT, P, POINTER(ValidateOptions), ERR]),
    "sp_diagnostics_free": (None, [P]),
    "sp_diagnostics_count": (c_size_t, [P]),
    "sp_diagnostics_severity": (c_int, [P, c_size_t]),
    "sp_diagnostics_code": (c_char_p, [P, c_size_t]),
    "sp_diagnostics_path": (c_char_p, [P, c_size_t]),
    "sp_diagnostics_message": (c_char_p, [P, c_size_t]),
    "sp_diagnostics_line": (c_uint, [P, c_size_t]),
    "sp_diagnostics_column": (c_uint, [P, c_size_t]),
    "sp_validate_rule_count": (c_size_t, []),
    "sp_validate_rule": (c_char_p, [c_size_t, POINTER(c_int), POINTER(c_char_p)]),
    "sp_report_deadline": (c_int, [POINTER(c_int64), POINTER(c_int32), P, c_int32, ERR]),
    # figures and the rollup
    "sp_report_figures": (c_int, [OUT, P, ERR]),
    "sp_figures_free": (None, [P]),
    "sp_figures_fte": (c_int64, [P, c_int]),
    "sp_figures_decisions": (c_int64, [P, c_int]),
    "sp_figures_kronor": (c_int64, [P, c_int]),
    "sp_figures_interventions": (c_size_t, [P]),
    "sp_figures_area_interventions": (c_size_t, [P, c_int64]),
    "sp_figures_interventions_by_status": (c_size_t, [P, c_int]),
    "sp_figures_interventions_by_service": (c_size_t, [P, c_int]),
    "sp_figures_trend": (c_int, [P, c_int]),
    "sp_figures_outputs_without_figures": (c_size_t, [P]),
    "sp_rollup_new": (c_int, [OUT, ERR]),
    "sp_rollup_free": (None, [P]),
    "sp_rollup_add": (c_int, [P, P, ERR]),
    "sp_rollup_year_count": (c_size_t, [P]),
    "sp_rollup_year": (c_int64, [P, c_size_t]),
    "sp_rollup_region_count": (c_size_t, [P, c_size_t]),
    "sp_rollup_region": (c_char_p, [P, c_size_t, c_size_t]),
    "sp_rollup_region_earlier_name": (c_char_p, [P, c_size_t, c_size_t]),
    "sp_rollup_outputs_without_figures": (c_size_t, [P, c_size_t]),
    "sp_rollup_trend_count": (c_size_t, [P, c_size_t, c_int, c_int]),
    "sp_rollup_fte_sum": (c_int64, [P, c_size_t, c_int]),
    "sp_rollup_fte_mean": (c_int64, [P, c_size_t, c_int]),
    "sp_rollup_ladder_count": (c_size_t, [P, c_size_t, c_int, c_int]),
    "sp_rollup_decisions": (c_int64, [P, c_size_t, c_int]),
    "sp_rollup_kronor": (c_int64, [P, c_size_t, c_int]),
    "sp_rollup_interventions_by_service": (c_size_t, [P, c_size_t, c_int]),
    "sp_rollup_interventions_by_status": (c_size_t, [P, c_size_t, c_int]),
    # diff and new reports
    "sp_report_diff": (c_int, [OUT, P, P, ERR]),
    "sp_report_same_region": (c_int, [P, P]),
    "sp_diff_free": (None, [P]),
    "sp_diff_count": (c_size_t, [P]),
    "sp_diff_kind": (c_int, [P, c_size_t]),
    "sp_diff_area": (c_int64, [P, c_size_t]),
    "sp_diff_subject": (c_char_p, [P, c_size_t]),
    "sp_diff_old_value": (c_int64, [P, c_size_t]),
    "sp_diff_new_value": (c_int64, [P, c_size_t]),
    "sp_report_next_year": (c_int, [OUT, P, ERR]),
    "sp_report_redact": (c_int, [OUT, P, ERR]),
    # outputs understood from their text
    "sp_output_text_read": (c_int, [POINTER(OutputReading), c_char_p, ERR]),
    "sp_report_fill_outputs": (c_int, [POINTER(c_size_t), P, ERR]),
    "sp_report_template": (c_int, [OUT, c_char_p, c_int64, ERR]),
}


class LibraryNotFound(ImportError):
    pass


def _candidates():
    """Where to look, in order: the environment, the build tree, the installed library."""
    named = os.environ.get(ENV_VAR)
    if named:
        return [named]
    here = os.path.dirname(os.path.abspath(__file__))
    found = []
    # Run from the source tree: bindings/python/serviceprogram -> the repository's build directories.
    repo = os.path.dirname(os.path.dirname(os.path.dirname(here)))
    for build in ("build",):
        path = os.path.join(repo, build, "lib", SONAME)
        if os.path.exists(path):
            found.append(path)
    try:
        from . import _config  # written by meson install: where the library went
        found.append(os.path.join(_config.LIBDIR, SONAME))
    except ImportError:
        pass
    found.append(SONAME)  # the dynamic linker's search path
    return found


def _locale_is_swedish():
    """Whether the locale asks for Swedish, read as gettext reads it (LANGUAGE counts unless the locale is C)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            break
    else:
        value = "C"
    if value not in ("C", "POSIX") and not value.startswith("C."):
        first = (os.environ.get("LANGUAGE") or value).split(":")[0]
        return first.startswith("sv")
    return False


def _early(english, swedish):
    """A message from before the library (and its catalogue) is loaded: in Swedish when the locale is."""
    return swedish if _locale_is_swedish() else english


def _open():
    tried = []
    for path in _candidates():
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    raise LibraryNotFound(_early("serviceprogram: cannot load the C library %s; tried: %s. Install libserviceprogram "
                                 "(meson install) or set %s to the library's file.",
                                 "serviceprogram: kan inte läsa in C-biblioteket %s; försökte med: %s. Installera "
                                 "libserviceprogram (meson install) eller sätt %s till bibliotekets fil.")
                          % (SONAME, "; ".join(tried), ENV_VAR))


def _declare(lib, path):
    for name, (restype, argtypes) in FUNCTIONS.items():
        try:
            function = getattr(lib, name)
        except AttributeError:
            raise ImportError(_early("serviceprogram: the C library %s has no function %s; it is older than this "
                                     "binding needs (%d.%d or later)",
                                     "serviceprogram: C-biblioteket %s saknar funktionen %s; det är äldre än "
                                     "bindningen kräver (%d.%d eller senare)")
                              % (path, name, REQUIRED_MAJOR, REQUIRED_MINOR)) from None
        function.restype = restype
        function.argtypes = argtypes


def _check_version(lib, path):
    major, minor, patch = c_int(), c_int(), c_int()
    version = lib.sp_version(ctypes.byref(major), ctypes.byref(minor), ctypes.byref(patch)).decode()
    if major.value != REQUIRED_MAJOR or minor.value < REQUIRED_MINOR:
        raise ImportError(_early("serviceprogram: found libserviceprogram %s at %s, but this binding needs %d.%d "
                                 "or a later %d.x",
                                 "serviceprogram: hittade libserviceprogram %s i %s, men bindningen kräver %d.%d "
                                 "eller en senare %d.x")
                          % (version, path, REQUIRED_MAJOR, REQUIRED_MINOR, REQUIRED_MAJOR))
    return version


lib, LIBRARY_PATH = _open()
lib.sp_version.restype = c_char_p
lib.sp_version.argtypes = FUNCTIONS["sp_version"][1]
LIBRARY_VERSION = _check_version(lib, LIBRARY_PATH)
_declare(lib, LIBRARY_PATH)


# The language argument of load(), loads(), validate() and check(): None for the locale's (LANGUAGE,
# LC_ALL, LC_MESSAGES, LANG, as the C library reads them), "en" or "sv".
LANGUAGES = {None: 0, "en": 1, "sv": 2}


def language_number(language):
    if language not in LANGUAGES:
        raise ValueError(_("language is None, 'en' or 'sv'"))
    return LANGUAGES[language]


def translate(english, language=None):
    """A message of the C library's catalogue (po/sv.po) in `language` (None: the locale's, "en", "sv"):
    the binding's own messages, and those of programs built on it (the Calc sheet Kontroll)."""
    return lib.sp_translate(language_number(language), english.encode("utf-8")).decode("utf-8")


def _(english):
    """The binding's own message in the locale's language."""
    return translate(english)


def options(structure, **fields):
    """A `structure` (LoadOptions, ...) with the library's defaults for its VERSION, then `fields` set."""
    opts = structure()
    if getattr(lib, structure.INIT)(ctypes.byref(opts), structure.VERSION):
        raise ImportError("serviceprogram: the C library %s does not read version %d of %s" %
                          (LIBRARY_PATH, structure.VERSION, structure.__name__))
    for name, value in fields.items():
        setattr(opts, name, value)
    return opts
