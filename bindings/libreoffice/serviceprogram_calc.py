"""Calc macros for the yearly follow-up of a regional service programme (serviceprogram/1).

The menu Serviceprogram (Addons.xcu, through the Basic module Meny) and Tools > Macros > Run Macro >
My Macros > serviceprogram.oxt > serviceprogram_calc:

    new_report         an empty report (every question present) as a new document
    import_report      a report file (YAML or JSON) -> a new document laid out like Tillväxtverket's template
    export_report      the current document -> a report file, JSON or YAML by the name's extension
    validate_draft     the library's checks of a report being written, each finding with its cell, in "Kontroll"
    validate_document  the same with the completeness checks before sending
    rollup             many report files -> the national tables, with charts
    fill_outputs       outputs' support type, count and kronor filled in from their text ("8 st 1 537 062 kr")
    import_form        a filled-in Word form (.docx) -> a new document; what it could not place in "Formulär"
    about              the versions and the library in use

Run from the menu, a macro takes its files from the environment (SP_REPORT, SP_EXPORT, SP_FORM, SP_ROLLUP:
names separated by the path separator ":") or else asks with a file dialog, and shows errors in a message
box. Called with arguments (from Basic through the script provider, or from Python) it takes them from
there and raises errors to its caller:

    new_report()                     -> the new document
    import_report(path)              -> the new document
    export_report(path) or export_report(document, path)    -> the path written
    validate_document() or validate_document(document)        -> the number of errors found (also validate_draft)
    rollup(path, path, ...) or rollup(sequence_of_paths)      -> the new document
    fill_outputs() or fill_outputs(document)                  -> the number of outputs filled in
    import_form(path)                -> the new document

The work is done by the package sp_calc (beside this file, in pythonpath/) through the Python binding of
libserviceprogram. The binding uses the C library the extension carries in lib/ (see _use_carried_library)
unless SERVICEPROGRAM_LIBRARY names another.
"""
import ctypes
import datetime
import os
import sys

import uno

HERE = os.path.dirname(sys._getframe().f_code.co_filename)  # the file's path: __file__ is set later
CARRIED = os.path.join(os.path.dirname(HERE), "lib")         # the extension's lib/
CORE = "libserviceprogram.so.0"


def _carried_first():
    """Puts the pythonpath/ beside this file first on sys.path. LibreOffice appends it last, after the
    site directories, so a serviceprogram installed for /usr/bin/python3 (perhaps older, with
    declarations that no longer match the library) would be imported instead of the copy carried here."""
    carried = os.path.join(HERE, "pythonpath")
    if os.path.isdir(carried):
        if carried in sys.path:
            sys.path.remove(carried)
        sys.path.insert(0, carried)


def _use_carried_library():
    """Makes the binding load the C library carried in lib/, unless SERVICEPROGRAM_LIBRARY names one.
    The carried one wins over an installed one because the binding beside this file is the copy written
    for it: an installed library may be older or newer than its declarations. The libraries it needs that
    are carried too (libyaml, libzip) are loaded first, by their full names, so that the dynamic linker
    finds them already loaded when it looks for them by soname: no LD_LIBRARY_PATH is needed."""
    core = os.path.join(CARRIED, CORE)
    if os.environ.get("SERVICEPROGRAM_LIBRARY") or not os.path.exists(core):
        return
    for name in sorted(os.listdir(CARRIED)):
        if not name.startswith("libserviceprogram"):
            ctypes.CDLL(os.path.join(CARRIED, name))
    os.environ["SERVICEPROGRAM_LIBRARY"] = core


_modules = None


def _load():
    """The binding and sp_calc, imported at the first macro run, so that a library that cannot be loaded
    is an error in a message box (see _run) rather than a macro that fails to load."""
    global _modules
    if _modules is None:
        _carried_first()
        _use_carried_library()
        import serviceprogram
        import sp_calc
        _modules = serviceprogram, sp_calc
    return _modules


# (Swedish name, English name, pattern) of each file type a dialog offers
OPEN_FILTERS = [("Rapporter (YAML, JSON)", "Reports (YAML, JSON)", "*.yaml;*.yml;*.json"),
                ("Alla filer", "All files", "*")]
SAVE_FILTERS = [("YAML (.yaml)", "YAML (.yaml)", "*.yaml"),
                ("JSON (.json)", "JSON (.json)", "*.json")]  # the extension picks the format
FORM_FILTERS = [("Word-formulär (.docx)", "Word forms (.docx)", "*.docx")]
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


def _swedish():
    """Whether LibreOffice's user interface is Swedish: new texts are Swedish there, English elsewhere."""
    try:
        provider = _service("com.sun.star.configuration.ConfigurationProvider")
        arg = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
        arg.Name, arg.Value = "nodepath", "/org.openoffice.Setup/L10N"
        locale = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                      (arg,)).getByName("ooLocale")
    except Exception:  # no configuration: a UNO client's test context
        locale = ""
    return (locale or os.environ.get("LANG", "")).lower().startswith("sv")


def _say(swedish, english):
    return swedish if _swedish() else english


def _texts(args):
    """The file names among a macro's arguments: strings, or sequences of them (a Basic Array)."""
    out = []
    for arg in args:
        if isinstance(arg, str):
            out.append(arg)
        elif isinstance(arg, (tuple, list)):
            out.extend(a for a in arg if isinstance(a, str))
    return out


def _spreadsheet(doc):
    return doc is not None and hasattr(doc, "getSheets")


def _document_arg(args):
    """A document passed as an argument (Basic's ThisComponent), else the current one, which must be a
    spreadsheet."""
    for arg in args:
        if _spreadsheet(arg):
            return arg
    doc = _current_document()
    if not _spreadsheet(doc):
        raise ValueError(_say("Öppna en rapport i Calc först (Serviceprogram > Öppna rapport…).",
                              "Open a report in Calc first (Serviceprogram > Open report…)."))
    return doc


def _pick(filters, title, save=False, multiple=False, suggested=None):
    """File names chosen in LibreOffice's file dialog titled `title` (Swedish, English); [] when cancelled."""
    from com.sun.star.ui.dialogs.TemplateDescription import FILEOPEN_SIMPLE, FILESAVE_AUTOEXTENSION
    picker = _service("com.sun.star.ui.dialogs.FilePicker")
    picker.initialize((FILESAVE_AUTOEXTENSION if save else FILEOPEN_SIMPLE,))
    picker.setTitle(_say(*title))
    names = [_say(swedish, english) for swedish, english, _ in filters]
    for name, (_, _, pattern) in zip(names, filters):
        picker.appendFilter(name, pattern)
    picker.setCurrentFilter(names[0])
    picker.setMultiSelectionMode(multiple)
    if suggested:
        picker.setDisplayDirectory(uno.systemPathToFileUrl(os.path.dirname(os.path.abspath(suggested))))
        picker.setDefaultName(os.path.basename(suggested))
    if picker.execute() != 1:
        return []
    files = picker.getSelectedFiles()
    if multiple and len(files) > 1:  # a folder's URL, then the names in it
        return [uno.fileUrlToSystemPath(files[0].rstrip("/") + "/" + name) for name in files[1:]]
    return [uno.fileUrlToSystemPath(url) for url in files]


def _tell(text, error=True):
    toolkit = _service("com.sun.star.awt.Toolkit")
    frame = _desktop().getCurrentFrame()
    parent = frame.getContainerWindow() if frame else toolkit.getDesktopWindow()
    kind = uno.Enum("com.sun.star.awt.MessageBoxType", "ERRORBOX" if error else "INFOBOX")
    toolkit.createMessageBox(parent, kind, 1, TITLE, text).execute()  # 1: an OK button


def _showing():
    """Whether the current window is on screen (not so in a headless run, where a dialog would hang)."""
    frame = _desktop().getCurrentFrame()
    window = frame.getContainerWindow() if frame is not None else None
    return window is not None and window.isVisible()


def _interactive(args):
    """Run by a person: from the menu, a toolbar or a form button (whose only argument is its event),
    with a window on screen. Else called by a program, with its file names or document as arguments."""
    return not _texts(args) and not any(_spreadsheet(a) for a in args) and _showing()


class Cancelled(Exception):
    """The person closed the file dialog: nothing to do, nothing to say."""


def _message(error):
    """What a person reads of an error: the library's and the sheets' messages name the file, the sheet
    and the cell; anything else is named by its kind, never shown as a traceback."""
    # Each error of a report file (sp_calc.describe); before sp_calc is loaded, the error's own text.
    text = _modules[1].describe(error) if _modules else getattr(error, "Message", None) or str(error)
    if isinstance(error, (ValueError, OSError)) or type(error).__module__.split(".")[0] in ("serviceprogram",
                                                                                           "sp_calc"):
        return text
    return _say("Ett oväntat fel (%s): %s", "An unexpected error (%s): %s") % (type(error).__name__, text)


def _run(args, work):
    """Runs `work`. Run by a person, errors go to a message box; else to the caller, Basic or Python."""
    if not _interactive(args):
        _load()
        return work()
    try:
        _load()
        return work()
    except Cancelled:
        pass
    except Exception as e:  # a person gets a message box for every error, never a traceback
        _tell(_message(e))
    return None


def _files(args, variable, filters, title, multiple=False, **pick):
    names = _texts(args) or (os.environ[variable].split(os.pathsep) if os.environ.get(variable) else [])
    if not names and _interactive(args):
        names = _pick(filters, title, multiple=multiple, **pick)
        if not names:
            raise Cancelled()
    if not names:
        raise ValueError("no file given: pass its name, or set %s" % variable)
    return names if multiple else names[:1]


def new_report(*args):
    def work():
        serviceprogram, sp_calc = _load()
        year = datetime.date.today().year - 1  # the follow-up is written the year after
        with serviceprogram.template("Region", year) as report:
            return sp_calc.open_report(_desktop(), report)
    return _run(args, work)


def import_report(*args):
    def work():
        path = _files(args, "SP_REPORT", OPEN_FILTERS, ("Öppna rapport", "Open report"))[0]
        return _load()[1].import_report(_desktop(), path)
    return _run(args, work)


def export_report(*args):
    def work():
        sp_calc = _load()[1]
        doc = _document_arg(args)
        source = doc.DocumentProperties.UserDefinedProperties
        suggested = source.getPropertyValue(sp_calc.writer.SOURCE_PROPERTY) if source.PropertySetInfo.hasPropertyByName(
            sp_calc.writer.SOURCE_PROPERTY) else None
        path = _files(args, "SP_EXPORT", SAVE_FILTERS, ("Spara rapport som", "Save report as"), save=True,
                      suggested=suggested)[0]
        sp_calc.export_report(doc, path)
        if _interactive(args):
            _tell(_say("Rapporten är sparad som %s.", "The report is saved as %s.") % path, error=False)
        return path
    return _run(args, work)


def _validate(args, submission):
    def work():
        doc = _document_arg(args)
        findings = _load()[1].validate_document(doc, submission=submission)
        if _interactive(args):
            doc.CurrentController.setActiveSheet(doc.Sheets.getByName("Kontroll"))
        return sum(1 for f in findings if f.severity == "error")
    return _run(args, work)


def validate_document(*args):
    return _validate(args, True)


def validate_draft(*args):
    return _validate(args, False)


def rollup(*args):
    def work():
        paths = _files(args, "SP_ROLLUP", OPEN_FILTERS, ("Rapporter till den nationella sammanställningen",
                                                         "Reports for the national rollup"), multiple=True)
        return _load()[1].rollup(_desktop(), paths)
    return _run(args, work)


def fill_outputs(*args):
    def work():
        filled = _load()[1].fill_outputs(_document_arg(args))
        if _interactive(args):
            _tell(_say("%d prestationer fick stödtyp, antal eller belopp ur sin text.",
                       "%d outputs got their support type, count or amount from their text.") % filled, error=False)
        return filled
    return _run(args, work)


def _open_word_file():
    """The Word file open in Writer, when the current document is one saved as .docx."""
    doc = _current_document()
    url = doc.getURL() if doc is not None and hasattr(doc, "getText") and hasattr(doc, "getURL") else ""
    if url.lower().endswith(".docx") and url.startswith("file:"):
        return uno.fileUrlToSystemPath(url)
    return None


def import_form(*args):
    def work():
        asked = not _texts(args) and not os.environ.get("SP_FORM") and _interactive(args)
        path = (asked and _open_word_file()) or _files(args, "SP_FORM", FORM_FILTERS,
                                                          ("Importera Word-formulär", "Import Word form"))[0]
        doc, findings = _load()[1].import_form(_desktop(), path)
        if findings and _interactive(args):
            doc.CurrentController.setActiveSheet(doc.Sheets.getByName("Formulär"))
            _tell(_say("%d delar av formuläret kunde inte placeras; de står i bladet Formulär.",
                       "%d parts of the form could not be placed; the sheet Formulär lists them.") % len(findings),
                  error=False)
        return doc
    return _run(args, work)


def about(*args):
    def work():
        serviceprogram = _load()[0]
        text = _say("Regionalt serviceprogram: uppföljning i Calc\n\nlibserviceprogram %s\n%s\n\n"
                    "Menyn Serviceprogram öppnar, kontrollerar och sparar rapportfiler (YAML, JSON).",
                    "Regional service programme follow-up in Calc\n\nlibserviceprogram %s\n%s\n\n"
                    "The menu Serviceprogram opens, checks and saves report files (YAML, JSON).") % (
            serviceprogram.LIBRARY_VERSION, serviceprogram.LIBRARY_PATH)
        if _interactive(args):
            _tell(text, error=False)
        return text
    return _run(args, work)


g_exportedScripts = (new_report, import_report, export_report, validate_draft, validate_document, rollup,
                     fill_outputs, import_form, about)
