"""The full LibreOffice, as a person uses it, on a virtual screen (Xvfb): serviceprogram.oxt installed into a
fresh profile, Calc opened, the menu Serviceprogram and its entries found in the menu bar on screen (through
the accessibility tree of the window, which shows the menu as LibreOffice built it from Addons.xcu), and
Öppna rapport run through its menu command URL, with SP_REPORT set so that no file dialog opens. A
screenshot of the sheet is saved as SP_SCREENSHOT (meson: build/tests/libreoffice/calc-menu-report.png),
for a person to look at.

Skipped (77) where there is no Xvfb; soffice gets neither SERVICEPROGRAM_LIBRARY nor LD_LIBRARY_PATH.

Also skipped where Calc is Debian's libreoffice-calc-nogui, which aborts on opening a window.
"""
import os
import shutil
import struct
import subprocess
import sys
import time
import unittest
import zlib

from office import SEED, Office

XVFB = shutil.which("Xvfb")
if not XVFB:
    print("no Xvfb on PATH (Debian package xvfb): skipping the tests of LibreOffice on a screen")
    sys.exit(77)

NOGUI = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "libreoffice-calc-nogui"], capture_output=True,
                       text=True).stdout
if NOGUI.endswith("installed") and "not-installed" not in NOGUI:
    print("Calc here is libreoffice-calc-nogui, which cannot show windows: skipping (install libreoffice-calc)")
    sys.exit(77)

from com.sun.star.accessibility.AccessibleRole import MENU_BAR  # noqa: E402

MENU_URL = "vnd.sun.star.script:Serviceprogram.Meny.OppnaRapport?language=Basic&location=application"
# LibreOffice's user interface here is English (no Swedish language pack): the menu's English titles.
ENTRIES = ["New report", "Open report…", "Save report as…", "", "Check", "Check before sending",
           "Fill in outputs from their text", "", "National rollup…", "Import Word form…", "", "About"]
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


def names(context):
    return [context.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
            for i in range(context.getAccessibleChildCount())]


class OnScreen(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        # Nor meson's MALLOC_PERTURB_: LibreOffice 7.4's windows crash under it, its headless part does not.
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SERVICEPROGRAM_LIBRARY",
                                                               "SERVICEPROGRAM_FORM_LIBRARY", "LD_LIBRARY_PATH",
                                                               "MALLOC_PERTURB_")}
        env.update(SP_REPORT=SEED, SAL_USE_VCLPLUGIN="gen")
        cls.office = Office(env=env, headless=False)
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

    def test_menu_then_open_report(self):
        # Asked again while loadComponentFromURL returns None: so it does while soffice is still starting.
        calc = wait_for("Calc window", lambda: self.office.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, ()))
        frame = calc.CurrentController.Frame
        window = frame.ContainerWindow
        bar = wait_for("menu bar", lambda: window.isVisible() and menu_bar(window.getAccessibleContext()))
        self.assertIn("Serviceprogram", names(bar))
        menu = bar.getAccessibleChild(names(bar).index("Serviceprogram")).getAccessibleContext()
        self.assertEqual(names(menu), ENTRIES)

        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        result = helper.executeDispatch(frame, MENU_URL, "", 0, ())
        self.assertEqual(result.State, 1)  # DispatchResultState.SUCCESS
        report = wait_for("report document", lambda: next(
            (c for c in self.office.desktop.Components if hasattr(c, "getSheets") and c.Sheets.hasByName("Frågor")),
            None))
        self.assertTrue(report.CurrentController.Frame.ContainerWindow.isVisible())
        area = report.Sheets.getByName("Område 1")
        report.CurrentController.setActiveSheet(area)
        self.assertEqual(area.getCellRangeByName("A2").getValue(), 1)
        time.sleep(2)  # the window is drawn
        with open(os.path.join(self.screen_dir, "Xvfb_screen0"), "rb") as f:
            png = png_of_xwd(f.read())
        shot = os.environ.get("SP_SCREENSHOT", self.office.path("calc-menu-report.png"))
        with open(shot, "wb") as f:
            f.write(png)
        print("screenshot: %s" % shot, file=sys.stderr)


if __name__ == "__main__":
    unittest.main()
