"""Converts a report file to a spreadsheet laid out like Tillväxtverket's form, or such a spreadsheet back
to a report file, with a LibreOffice of its own that it starts and ends: for scripts and servers.

    /usr/bin/python3 sp_convert.py rapport.yaml rapport.ods     # or .xlsx; from .yaml, .yml or .json
    /usr/bin/python3 sp_convert.py rapport.ods rapport.json     # or .yaml; from .ods or .xlsx

Run it with Debian's /usr/bin/python3 (the one with the uno module). It starts soffice headless on a
private profile in a temporary directory (so it never meets a LibreOffice already running), converts,
closes the document, ends soffice (killing its process group if it does not exit) and removes the profile.
It exits with 0 when the file is written, 1 with a message (the sheet and cell of a value that cannot be
read) when not, 2 for wrong arguments; within TIMEOUT seconds whatever happens.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(HERE), "python")]  # sp_calc; the binding in the source tree

import uno  # noqa: E402
from com.sun.star.connection import NoConnectException  # noqa: E402

import serviceprogram  # noqa: E402
import sp_calc  # noqa: E402
from sp_calc.office import props  # noqa: E402


def _(english):
    """A message in the locale's language, from the library's catalogue (po/sv.po)."""
    return serviceprogram.translate(english)


REPORTS = (".yaml", ".yml", ".json")
FILTERS = {".ods": "calc8", ".xlsx": "Calc MS Excel 2007 XML"}
TIMEOUT = 120       # seconds for the whole conversion
START_TIMEOUT = 60  # seconds for soffice to answer
STOP_TIMEOUT = 20   # seconds for soffice to exit once told


class Office:
    """soffice on a private profile, in a process group of its own; ended by stop() whatever its state."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="sp-convert-")
        self.pipe = "sp_convert_%d" % os.getpid()
        self.proc = subprocess.Popen(
            ["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(self.dir, "profile")),
             "--headless", "--invisible", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe],
            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.desktop = None

    def connect(self):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except NoConnectException:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(_("LibreOffice did not start (soffice exit status %s)") % self.proc.poll())
                time.sleep(0.2)
        self.desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        return self.desktop

    def stop(self):
        if self.desktop is not None:
            try:
                for component in list(self.desktop.Components):
                    component.close(True)
                self.desktop.terminate()
            except Exception:
                pass  # the bridge goes away as soffice exits: the expected end
        try:
            self.proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # soffice.bin and anything it left behind
        except ProcessLookupError:
            pass
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def _to_sheets(source, target):
    """True for a report to a spreadsheet, False for the way back; ValueError for anything else."""
    src, dst = os.path.splitext(source)[1].lower(), os.path.splitext(target)[1].lower()
    if src in REPORTS and dst in FILTERS:
        return True
    if src in FILTERS and dst in REPORTS:
        return False
    raise ValueError(_("convert a report (.yaml, .yml, .json) to .ods or .xlsx, or .ods or .xlsx to a report"))


def convert(desktop, source, target):
    if _to_sheets(source, target):
        doc = sp_calc.import_report(desktop, source, hidden=True)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       props(FilterName=FILTERS[os.path.splitext(target)[1].lower()]))
    else:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           props(Hidden=True))
        if doc is None:
            raise OSError(_("LibreOffice could not open %s") % source)
        sp_calc.export_report(doc, target)
    doc.close(True)


def _timed_out(_signum, _frame):
    raise TimeoutError(_("the conversion took more than %d s") % TIMEOUT)


def main(argv):
    if len(argv) != 2:
        print(_("usage: /usr/bin/python3 sp_convert.py REPORT SPREADSHEET   (.yaml, .yml or .json to .ods or .xlsx)\n"
                "       /usr/bin/python3 sp_convert.py SPREADSHEET REPORT   (.ods or .xlsx to .yaml, .yml or .json)"),
              file=sys.stderr)
        return 2
    try:
        _to_sheets(*argv)
    except ValueError as e:
        print("sp_convert: %s" % e, file=sys.stderr)
        return 2
    signal.signal(signal.SIGALRM, _timed_out)
    signal.alarm(TIMEOUT)
    office = Office()
    try:
        convert(office.connect(), *argv)
    except Exception as e:
        print("sp_convert: %s" % sp_calc.describe(e).replace("\n", "\nsp_convert: "), file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
        office.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
