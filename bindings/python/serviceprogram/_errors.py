"""The exceptions: one base class, a few kinds, each carrying where and what."""
from . import _native


class Error(Exception):
    """A failure reported by libserviceprogram. `code` is the stable name, e.g. "SP_ETYPE"."""

    def __init__(self, message, code=None, source=None, line=None, column=None, path=None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.source = source
        self.line = line
        self.column = column
        self.path = path

    def __str__(self):
        where = ""
        if self.source:
            where = self.source + (":%d" % self.line if self.line else "") + (
                ":%d" % self.column if self.line and self.column else "") + ": "
        return "%s%s%s" % (where, self.path + ": " if self.path else "", self.message)


class ParseError(Error):
    """A document that is not a valid report: bad JSON or YAML, a wrong type, a missing field, ...

    Loading goes on after an error in the content, so `errors` lists every error of the document in the
    order of the file (up to the load's max_errors, 100 by default), each a ParseError with its own
    line, column and path; the first is this one."""

    def __init__(self, message, code=None, source=None, line=None, column=None, path=None, errors=None):
        super().__init__(message, code, source, line, column, path)
        self.errors = [self] if errors is None else errors


class FileError(Error, OSError):
    """A file that cannot be read or written."""


class InvalidValueError(Error, ValueError):
    """A value the format does not allow, given to a setter or function."""


class ValidationError(Error):
    """A report with errors, raised by Report.check(); `diagnostics` lists every finding."""

    def __init__(self, message, diagnostics):
        super().__init__(message, code="validation")
        self.diagnostics = diagnostics


class ClosedError(Error):
    """Use of a report after close(), or of a part of it that was removed."""


_BY_CODE = {"SP_EIO": FileError, "SP_EINVAL": InvalidValueError, "SP_ERANGE": InvalidValueError,
            "SP_EVALUE": InvalidValueError, "SP_EFORMAT": InvalidValueError, "SP_EUTF8": InvalidValueError,
            "SP_EMISSING": InvalidValueError, "SP_ENOTFOUND": IndexError}


def raise_for(rc, err, parsing=False, more=()):
    """Raises the exception for a failed call's return code and sp_error; a ParseError gets `more`
    (sp_error structures of the errors after the first) in its `errors`."""
    e = exception_for(rc, err, parsing)
    if isinstance(e, ParseError):
        e.errors = [e] + [exception_for(other.code, other, parsing) for other in more]
    raise e


def exception_for(rc, err, parsing=False):
    """The exception for a return code and its sp_error."""
    code = _native.lib.sp_error_code_name(rc).decode()
    kwargs = dict(code=code, source=err.source.decode("utf-8", "replace") or None, line=err.line or None,
                  column=err.column or None, path=err.path.decode("utf-8", "replace") or None)
    message = err.message.decode("utf-8", "replace")
    if code == "SP_ENOMEM":
        return MemoryError(message)
    cls = _BY_CODE.get(code, Error)
    if parsing and cls is not FileError:
        cls = ParseError
    if cls is IndexError:
        return IndexError(message)
    return cls(message, **kwargs)
