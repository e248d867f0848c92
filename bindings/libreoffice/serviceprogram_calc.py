"""Calc macros for the yearly follow-up of a regional service programme (serviceprogram/1).

Tools > Macros > Run Macro > My Macros > serviceprogram.oxt > serviceprogram_calc:

    import_report      a report file (YAML or JSON) -> a new document laid out like Tillväxtverket's template
    export_report      the current document -> a report file, JSON or YAML by the name's extension
    validate_document  the library's checks, each finding with its cell, in the sheet "Kontroll"
    rollup             many report files -> the national tables, with charts
    fill_outputs       outputs' support type, count and kronor filled in from their text ("8 st 1 537 062 kr")

Run from the menu, a macro takes its files from the environment (SP_REPORT, SP_EXPORT, SP_ROLLUP: names
separated by the path separator ":") or else asks with a file dialog, and shows errors in a message box.
Called with arguments (from Basic through the script provider, or from Python) it takes them from there
and raises errors to its caller:

    import_report(path)              -> the new document
    export_report(path) or export_report(document, path)    -> the path written
    validate_document() or validate_document(document)        -> the number of errors found
    rollup(path, path, ...) or rollup(sequence_of_paths)      -> the new document
    fill_outputs() or fill_outputs(document)                  -> the number of outputs filled in

The work is done by the package sp_calc (beside this file, in pythonpath/) through the Python binding of
libserviceprogram, which finds the C library through SERVICEPROGRAM_LIBRARY or its soname.
"""
import os
import sys


def _carried_first():
    """Puts the pythonpath/ beside this file first on sys.path. LibreOffice appends it last, after the
    site directories, so a serviceprogram installed for /usr/bin/python3 (perhaps older, with
    declarations that no longer match the library) would be imported instead of the copy carried here."""
    here = os.path.dirname(sys._getframe().f_code.co_filename)  # the file's path: __file__ is set later
    carried = os.path.join(here, "pythonpath")
    if os.path.isdir(carried):
        if carried in sys.path:
            sys.path.remove(carried)
        sys.path.insert(0, carried)


_carried_first()

import serviceprogram  # noqa: E402 (after the path is set)
import uno  # noqa: E402

import sp_calc  # noqa: E402
from sp_calc.office import showing
from sp_calc.writer import SOURCE_PROPERTY

OPEN_FILTERS = [("Rapporter (YAML, JSON)", "*.yaml;*.yml;*.json")]
SAVE_FILTERS = [("YAML (.yaml)", "*.yaml"), ("JSON (.json)", "*.json")]  # the extension picks the format
TITLE = "Serviceprogram"


def _context():
    return XSCRIPTCONTEXT.getComponentContext()  # noqa: F821 (set by LibreOffice's script provider)


def _desktop():
    return XSCRIPTCONTEXT.getDesktop()  # noqa: F821


def _current_document():
    return XSCRIPTCONTEXT.getDocument()  # noqa: F821


def _service(name):
    context = _context()
    return context.ServiceManager.createInstanceWithContext(name, context)


def _texts(args):
    """The file names among a macro's arguments: strings, or sequences of them (a Basic Array)."""
    out = []
    for arg in args:
        if isinstance(arg, str):
            out.append(arg)
        elif isinstance(arg, (tuple, list)):
            out.extend(a for a in arg if isinstance(a, str))
    return out


def _document_arg(args):
    """A document passed as an argument (Basic's ThisComponent), else the current one."""
    for arg in args:
        if hasattr(arg, "getSheets"):
            return arg
    return _current_document()


def _pick(save=False, multiple=False, suggested=None):
    """File names chosen in LibreOffice's file dialog; [] when cancelled."""
    from com.sun.star.ui.dialogs.TemplateDescription import FILEOPEN_SIMPLE, FILESAVE_AUTOEXTENSION
    picker = _service("com.sun.star.ui.dialogs.FilePicker")
    picker.initialize((FILESAVE_AUTOEXTENSION if save else FILEOPEN_SIMPLE,))
    for name, pattern in SAVE_FILTERS if save else OPEN_FILTERS:
        picker.appendFilter(name, pattern)
    picker.setMultiSelectionMode(multiple)
    if suggested:
        picker.setDisplayDirectory(uno.systemPathToFileUrl(os.path.dirname(os.path.abspath(suggested))))
        picker.setDefaultName(os.path.basename(suggested))
    if picker.execute() != 1:
        return []
    return [uno.fileUrlToSystemPath(url) for url in picker.getSelectedFiles()]


def _tell(text, error=True):
    toolkit = _service("com.sun.star.awt.Toolkit")
    frame = _desktop().getCurrentFrame()
    parent = frame.getContainerWindow() if frame else toolkit.getDesktopWindow()
    kind = uno.Enum("com.sun.star.awt.MessageBoxType", "ERRORBOX" if error else "INFOBOX")
    toolkit.createMessageBox(parent, kind, 1, TITLE, text).execute()  # 1: an OK button


def _interactive(args):
    """Run by a person: from the menu, a toolbar or a form button (whose only argument is its event),
    with a window on screen. Else called by a program, with its file names or document as arguments."""
    return not _texts(args) and not any(hasattr(a, "getSheets") for a in args) and showing(_desktop())


def _run(args, work):
    """Runs `work`. Run by a person, errors go to a message box; else to the caller, Basic or Python."""
    if not _interactive(args):
        return work()
    try:
        return work()
    except (sp_calc.SheetError, serviceprogram.Error, ValueError, OSError) as e:
        _tell(str(e))
    return None


def _one_file(args, variable, **pick):
    names = _texts(args) or ([os.environ[variable]] if os.environ.get(variable) else [])
    if not names and _interactive(args):
        names = _pick(**pick)
    if not names:
        raise ValueError("no file given: pass its name, or set %s" % variable)
    return names[0]


def import_report(*args):
    def work():
        path = _one_file(args, "SP_REPORT")
        return sp_calc.import_report(_desktop(), path)
    return _run(args, work)


def export_report(*args):
    def work():
        doc = _document_arg(args)
        source = doc.DocumentProperties.UserDefinedProperties
        suggested = source.getPropertyValue(SOURCE_PROPERTY) if source.PropertySetInfo.hasPropertyByName(
            SOURCE_PROPERTY) else None
        path = _one_file(args, "SP_EXPORT", save=True, suggested=suggested)
        sp_calc.export_report(doc, path)
        if _interactive(args):
            _tell("Rapporten är sparad som %s." % path, error=False)
        return path
    return _run(args, work)


def validate_document(*args):
    def work():
        doc = _document_arg(args)
        findings = sp_calc.validate_document(doc)
        if _interactive(args):
            doc.CurrentController.setActiveSheet(doc.Sheets.getByName("Kontroll"))
        return sum(1 for f in findings if f.severity == "error")
    return _run(args, work)


def rollup(*args):
    def work():
        paths = _texts(args)
        if not paths and os.environ.get("SP_ROLLUP"):
            paths = os.environ["SP_ROLLUP"].split(os.pathsep)
        if not paths and _interactive(args):
            paths = _pick(multiple=True)
        if not paths:
            raise ValueError("no report files given: pass their names, or set SP_ROLLUP")
        return sp_calc.rollup(_desktop(), paths)
    return _run(args, work)


def fill_outputs(*args):
    def work():
        filled = sp_calc.fill_outputs(_document_arg(args))
        if _interactive(args):
            _tell("%d prestationer fick stödtyp, antal eller belopp ur sin text." % filled, error=False)
        return filled
    return _run(args, work)


g_exportedScripts = (import_report, export_report, validate_document, rollup, fill_outputs)
