"""The full LibreOffice, as a regional official uses it, on a virtual screen (Xvfb): a Swedish LibreOffice
(a Swedish desktop: LANG sv_SE.UTF-8, Debian's libreoffice-l10n-sv), serviceprogram.oxt installed into a
fresh profile, Calc opened, the menu Serviceprogram and its entries found in the menu bar on screen (through
the accessibility tree of the window, which shows the menu as LibreOffice built it from Addons.xcu), and
Öppna rapport run through its menu command URL, with SP_REPORT set so that no file dialog opens. A
then Kontrollera inför inskick, whose sheet Kontroll lists each finding in Swedish with its sheet and cell;
Spara rapport som… on a sheet with a wrong cell, whose message box must name the sheet and the cell; Öppna
rapport on a broken YAML file, whose message box must say in Swedish each error, never a traceback.
Then in Writer, with a filled-in Word form open, the menu's Importera Word-formulär… makes it a report.
Screenshots of the open menus, the report and the message box are saved in SP_SCREENSHOTS (meson:
build/tests/libreoffice/screenshots/), for a person to look at.

Skipped (77) where there is no Xvfb; soffice gets neither SERVICEPROGRAM_LIBRARY nor LD_LIBRARY_PATH.

Where Xvfb is there but Calc is Debian's libreoffice-calc-nogui, which aborts on opening a window, or
LibreOffice has no Swedish, it fails at once saying so: .ci/setup installs libreoffice-calc and
libreoffice-l10n-sv. (The English titles, for a LibreOffice in another language, are checked in
test_extension.py through the configuration.)
"""
import os
import shutil
import struct
import subprocess
import sys
import threading
import time
import unittest
import zlib

import serviceprogram as sp
import sp_calc
from office import SEED, Office

XVFB = shutil.which("Xvfb")
if not XVFB:
    print("no Xvfb on PATH (Debian package xvfb): skipping the tests of LibreOffice on a screen")
    sys.exit(77)

NOGUI = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "libreoffice-calc-nogui"], capture_output=True,
                       text=True).stdout
if NOGUI.endswith("installed") and "not-installed" not in NOGUI:
    # Not skipped: Xvfb is there, so this machine is meant to run these tests; its setup is wrong.
    print("Calc here is libreoffice-calc-nogui, which aborts on opening a window: install libreoffice-calc and "
          "libreoffice-writer (.ci/setup does)")
    sys.exit(1)
SWEDISH = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "libreoffice-l10n-sv"], capture_output=True,
                         text=True).stdout
if not SWEDISH.endswith("installed") or "not-installed" in SWEDISH:
    print("LibreOffice here has no Swedish user interface: install libreoffice-l10n-sv (.ci/setup does)")
    sys.exit(1)

import uno  # noqa: E402
from com.sun.star.accessibility.AccessibleRole import ALERT, DIALOG, MENU_BAR, PUSH_BUTTON  # noqa: E402

MENU_OPEN = "vnd.sun.star.script:Serviceprogram.Meny.OppnaRapport?language=Basic&location=application"
MENU_FORM = "vnd.sun.star.script:Serviceprogram.Meny.ImporteraWordFormular?language=Basic&location=application"
MENU_ROLLUP = "vnd.sun.star.script:Serviceprogram.Meny.NationellSammanstallning?language=Basic&location=application"
MENU_SAVE = "vnd.sun.star.script:Serviceprogram.Meny.SparaRapportSom?language=Basic&location=application"
# LibreOffice's user interface here is Swedish, as a regional official's: the menu's Swedish titles.
ENTRIES = ["Ny rapport", "Öppna rapport…", "Spara rapport som…", "", "Kontrollera", "Kontrollera inför inskick",
           "Fyll i prestationer ur texten", "", "Nationell sammanställning…", "Importera Word-formulär…", "", "Om"]
MENU_CHECK = ("vnd.sun.star.script:Serviceprogram.Meny.KontrolleraInforInskick?language=Basic"
              "&location=application")
WAIT = 30  # seconds for a window or a document to appear


def png_of_xwd(xwd):
    """The screen Xvfb keeps as an XWD file (-fbdir), 24-bit TrueColor in 32-bit pixels, as PNG bytes."""
    header = struct.unpack(">25I", xwd[:100])
    header_size, width, height, byte_order, bits, line, ncolors = (header[0], header[4], header[5], header[7],
                                                                   header[11], header[12], header[19])
    if bits != 32:
        raise ValueError("expected 32 bits per pixel, not %d" % bits)
    pixels = xwd[header_size + 12 * ncolors:]
    raw = bytearray()
    for y in range(height):
        row = pixels[y * line:y * line + 4 * width]
        raw.append(0)
        if byte_order == 0:  # LSBFirst: B G R X
            raw += bytes(b for i in range(0, len(row), 4) for b in (row[i + 2], row[i + 1], row[i]))
        else:                # MSBFirst: X R G B
            raw += bytes(b for i in range(0, len(row), 4) for b in (row[i + 1], row[i + 2], row[i + 3]))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 6)) + chunk(b"IEND", b""))


def wait_for(what, check):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.5)
    raise AssertionError("no %s after %d s" % (what, WAIT))


def menu_bar(context, depth=0):
    """The accessible menu bar under a window's accessible context: near the top, beside the document's
    own tree (a sheet's cells), which is not searched."""
    if context.getAccessibleRole() == MENU_BAR:
        return context
    count = context.getAccessibleChildCount()
    for i in range(count if depth < 3 and count < 50 else 0):
        found = menu_bar(context.getAccessibleChild(i).getAccessibleContext(), depth + 1)
        if found is not None:
            return found
    return None


def texts(context):
    """Every name and text under an accessible context: what a message box or a dialog says."""
    out = []
    for c in descendants(context):
        out.append(c.getAccessibleName())
        try:
            out.append(c.getText())
        except Exception:
            pass  # not a text, or one without a text to give
    return out


def descendants(context, depth=0):
    yield context
    for i in range(context.getAccessibleChildCount() if depth < 8 else 0):
        yield from descendants(context.getAccessibleChild(i).getAccessibleContext(), depth + 1)


def names(context):
    return [context.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
            for i in range(context.getAccessibleChildCount())]


class OnScreen(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        # Nor meson's MALLOC_PERTURB_: LibreOffice 7.4's windows crash under it, its headless part does not.
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SERVICEPROGRAM_LIBRARY",
                                                               "SERVICEPROGRAM_FORM_LIBRARY", "LD_LIBRARY_PATH",
                                                               "MALLOC_PERTURB_", "LC_ALL", "LC_MESSAGES",
                                                               "LANGUAGE")}
        env.update(SAL_USE_VCLPLUGIN="gen", LANG="sv_SE.UTF-8")  # a Swedish desktop
        cls.office = Office(env=env, headless=False)
        # Öppna rapport takes this file: the bundled report, then a broken one written in its place.
        cls.office.env["SP_REPORT"] = cls.office.path("rapport.yaml")
        shutil.copyfile(SEED, cls.office.env["SP_REPORT"])
        cls.office.env["SP_EXPORT"] = cls.office.path("refused.yaml")
        try:
            cls.screen_dir = cls.office.path("screen")
            os.mkdir(cls.screen_dir)
            display = next(n for n in range(99, 400) if not os.path.exists("/tmp/.X%d-lock" % n))
            # In the test's process group: the watchdog ends it with soffice whatever happens.
            cls.xvfb = subprocess.Popen([XVFB, ":%d" % display, "-screen", "0", "1280x800x24", "-fbdir", cls.screen_dir,
                                         "-nolisten", "tcp"], process_group=cls.office.watchdog.pid,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for("Xvfb on :%d" % display, lambda: os.path.exists("/tmp/.X11-unix/X%d" % display)
                     or cls.xvfb.poll() is not None)
            if cls.xvfb.poll() is not None:
                raise RuntimeError("Xvfb :%d did not start (exit status %s)" % (display, cls.xvfb.poll()))
            cls.office.env["DISPLAY"] = ":%d" % display
            cls.office.install_extension()
            cls.office.start()
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        xvfb = getattr(cls, "xvfb", None)
        if xvfb is not None:
            xvfb.terminate()  # so that it removes its lock file: killed by the watchdog, it could not
            xvfb.wait(10)
        cls.office.stop()

    def screenshot(self, name):
        """The screen as SP_SCREENSHOTS/name (meson: build/tests/libreoffice/screenshots/), for a person to see."""
        time.sleep(1.5)  # the windows are drawn
        with open(os.path.join(self.screen_dir, "Xvfb_screen0"), "rb") as f:
            png = png_of_xwd(f.read())
        folder = os.environ.get("SP_SCREENSHOTS", self.office.path("screenshots"))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(png)
        print("screenshot: %s" % os.path.join(folder, name), file=sys.stderr)

    def top_window(self, role):
        """The window on screen of that accessible role (ALERT: a message box), as its accessible context."""
        toolkit = self.office.service("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)
            context = window.getAccessibleContext() if window.isVisible() else None
            if context is not None and context.getAccessibleRole() == role:
                return context
        return None

    def alert(self):
        return self.top_window(ALERT)

    @staticmethod
    def close_box(box):
        """Presses a message box's button (its only one: OK)."""
        next(box.getAccessibleChild(i).getAccessibleContext() for i in range(box.getAccessibleChildCount())
             if box.getAccessibleChild(i).getAccessibleContext().getAccessibleRole() == PUSH_BUTTON).doAccessibleAction(0)

    def message_box(self, frame, url, screenshot):
        """What the message box that the menu command `url` opens says, saved as `screenshot`; the box is then
        closed. The dispatch returns once the box is closed, so it runs in a thread while the box is read."""
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        running = threading.Thread(target=helper.executeDispatch, args=(frame, url, "", 0, ()))
        running.start()
        box = wait_for("message box", self.alert)
        text = " ".join(texts(box))
        self.screenshot(screenshot)
        self.close_box(box)
        running.join(WAIT)
        self.assertFalse(running.is_alive())
        self.assertNotIn("Traceback", text)
        return text

    def test_menu_open_report_and_an_error(self):
        # Asked again while loadComponentFromURL returns None: so it does while soffice is still starting.
        calc = wait_for("Calc window", lambda: self.office.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, ()))
        frame = calc.CurrentController.Frame
        window = frame.ContainerWindow
        bar = wait_for("menu bar", lambda: window.isVisible() and menu_bar(window.getAccessibleContext()))
        self.assertIn("Serviceprogram", names(bar))
        menu = bar.getAccessibleChild(names(bar).index("Serviceprogram")).getAccessibleContext()
        self.assertEqual(names(menu), ENTRIES)
        menu.doAccessibleAction(0)  # opens it, as a click would
        self.screenshot("1-calc-meny.png")
        menu.doAccessibleAction(0)

        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        result = helper.executeDispatch(frame, MENU_OPEN, "", 0, ())
        self.assertEqual(result.State, 1)  # DispatchResultState.SUCCESS
        report = wait_for("report document", lambda: next(
            (c for c in self.office.desktop.Components if hasattr(c, "getSheets") and c.Sheets.hasByName("Frågor")),
            None))
        report_frame = report.CurrentController.Frame
        self.assertTrue(report_frame.ContainerWindow.isVisible())
        calc.close(True)  # the report's window is the current one, as when a person works in it
        report_frame.activate()
        area = report.Sheets.getByName("Område 1")
        report.CurrentController.setActiveSheet(area)
        self.assertEqual(area.getCellRangeByName("A2").getValue(), 1)
        self.screenshot("2-calc-rapport.png")

        # Kontrollera inför inskick: the sheet Kontroll, in Swedish, each finding with its sheet and cell.
        self.assertEqual(helper.executeDispatch(report_frame, MENU_CHECK, "", 0, ()).State, 1)
        control = report.Sheets.getByName("Kontroll")
        self.assertEqual(report.CurrentController.ActiveSheet.Name, "Kontroll")
        self.assertEqual(control.getCellRangeByName("A1").getString(), "Kontroll av rapporten")
        rows = [list(r) for r in control.getCellRangeByName("A5:F8").getDataArray()]
        self.assertIn(["Fel", "Område 3", "U13", "Status", "missing-status", "insatsen har ingen status"], rows)
        self.screenshot("6-kontroll.png")
        report.CurrentController.setActiveSheet(area)

        # Spara rapport som… on a sheet with a wrong cell: a message box names the sheet and the cell.
        area.getCellRangeByName("U6").setString("Klart")
        text = self.message_box(report_frame, MENU_SAVE, "3-felmeddelande.png")
        self.assertIn("Område 1, cell U6 (Status)", text)
        self.assertFalse(os.path.exists(self.office.env["SP_EXPORT"]))

        # Öppna rapport on a broken file (a ']' left out): a message box, in Swedish, with each error, the
        # YAML's own after the list it first read where the year belongs.
        with open(self.office.env["SP_REPORT"], "w") as f:
            f.write("format: serviceprogram/1\nyear: [2023\nregion: {name: Gotland}\n")
        text = self.message_box(report_frame, MENU_OPEN, "7-trasig-fil.png")
        self.assertIn("rapport.yaml:2:7: /year: ett heltal väntades", text)
        self.assertIn("rapport.yaml:3:", text)
        self.assertIn("YAML", text)

        # Nationell sammanställning… with no SP_ROLLUP: LibreOffice's file dialog, offering report files.
        rolling = threading.Thread(target=helper.executeDispatch, args=(report_frame, MENU_ROLLUP, "", 0, ()))
        rolling.start()
        dialog = wait_for("file dialog", lambda: self.top_window(DIALOG))
        said = texts(dialog)
        self.assertIn("Rapporter (YAML, JSON)", said, said)
        self.assertIn("Rapporter till den nationella sammanställningen", said, said)
        self.screenshot("5-calc-filval.png")
        cancel = next(c for c in descendants(dialog) if c.getAccessibleRole() == PUSH_BUTTON
                      and c.getAccessibleName() == "Avbryt")
        cancel.doAccessibleAction(0)
        rolling.join(WAIT)
        self.assertFalse(rolling.is_alive())
        self.assertIsNone(self.top_window(ALERT))  # cancelling is no error
        report.close(True)

        # Writer: the filled-in Word form open there becomes a report through the menu.
        form = self.office.path("formular.docx")
        with sp.load(SEED) as filled_in:
            filled_in.save_form(form)
        writer = wait_for("Writer window", lambda: self.office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(form), "_blank", 0, ()))
        writer_frame = writer.CurrentController.Frame
        writer_frame.activate()
        window = writer_frame.ContainerWindow
        bar = wait_for("Writer's menu bar", lambda: window.isVisible() and menu_bar(window.getAccessibleContext()))
        menu = bar.getAccessibleChild(names(bar).index("Serviceprogram")).getAccessibleContext()
        self.assertEqual(names(menu), ["Importera Word-formulär…", "", "Om"])
        menu.doAccessibleAction(0)
        self.screenshot("4-writer-meny.png")
        menu.doAccessibleAction(0)
        importing = threading.Thread(target=helper.executeDispatch, args=(writer_frame, MENU_FORM, "", 0, ()))
        importing.start()
        deadline = time.monotonic() + WAIT
        while importing.is_alive() and time.monotonic() < deadline:
            box = self.alert()  # what the import could not place, if anything: closed, it is on a sheet
            if box is not None:
                self.assertIn("Formulär", " ".join(texts(box)))
                self.close_box(box)
            time.sleep(0.5)
        self.assertFalse(importing.is_alive())
        imported = next(c for c in self.office.desktop.Components if hasattr(c, "getSheets"))
        with sp_calc.read_report(imported) as back:
            self.assertEqual(back.region.name, "Jämtland Härjedalen")
            self.assertEqual(len(back.priority_areas), 3)

if __name__ == "__main__":
    unittest.main()
