"""A private headless LibreOffice for one test, driven through UNO.

Each Office has its own profile directory and pipe name, so tests can run side by side. Every
process it starts (soffice, unopkg) joins one process group led by a watchdog (watchdog.py) that,
after `limit` seconds, kills the rest of the group and removes the test's files: nothing outlives a
test, even one that meson kills or that hangs in a UNO call. Every wait is bounded.
"""
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import uuid

import watchdog

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError:
    # meson's "skipped" status: this Python has no UNO (the python3 on PATH may not be Debian's).
    print("no Python-UNO in %s: skipping" % sys.executable)
    sys.exit(77)

SOFFICE = shutil.which("soffice")
UNOPKG = shutil.which("unopkg")
if not SOFFICE:
    print("no soffice on PATH: skipping")
    sys.exit(77)

START_TIMEOUT = 60     # seconds until soffice answers on its pipe (about 4 s normally)
STOP_TIMEOUT = 20      # seconds for soffice to exit after terminate()
COMMAND_TIMEOUT = 120  # seconds for one unopkg run


def props(**values):
    """UNO PropertyValues from keywords, as loadComponentFromURL and storeToURL take them."""
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name, p.Value = name, value
        out.append(p)
    return tuple(out)


class Office:
    """Start with `with Office() as office:`; office.desktop is the UNO desktop."""

    def __init__(self, limit=120, env=None, headless=True, private_shared=False):
        self.headless = headless  # False: windows on the display named by DISPLAY in env (test_gui.py)
        self.dir = tempfile.mkdtemp(prefix="sp-lo-test-")
        self.profile_url = uno.systemPathToFileUrl(os.path.join(self.dir, "profile"))
        # Bootstrap variables for soffice and unopkg: with private_shared, the extensions "for all users"
        # (unopkg add --shared) go to this test's directory, not to the LibreOffice installation.
        self.bootstrap = ["-env:UserInstallation=" + self.profile_url]
        if private_shared:
            self.bootstrap.append("-env:UNO_SHARED_PACKAGES_CACHE=" + uno.systemPathToFileUrl(self.path("shared")))
        self.pipe = "sp_test_" + uuid.uuid4().hex
        self.env = dict(os.environ if env is None else env)
        self.proc = None
        self.pipes_before = set()
        self.desktop = None
        self.context = None
        # The watchdog leads the process group: `kill 0` after the limit ends it and all it holds.
        self.watchdog = subprocess.Popen([sys.executable, watchdog.__file__, str(limit), self.dir], process_group=0)

    def path(self, name):
        """A file name in this test's private directory."""
        return os.path.join(self.dir, name)

    def run(self, *argv, cwd=None):
        """Runs a command (e.g. unopkg) in the watched group with this profile; returns its output."""
        result = subprocess.run(argv, env=self.env, process_group=self.watchdog.pid, capture_output=True,
                                text=True, timeout=COMMAND_TIMEOUT, cwd=cwd)
        if result.returncode:
            raise RuntimeError("%s exited with %d:\n%s%s" % (argv[0], result.returncode, result.stdout, result.stderr))
        return result.stdout + result.stderr

    def unopkg(self, *args):
        """Runs unopkg on this profile: a per-user install, as the notes on LibreOffice describe."""
        if os.geteuid() != 0:
            return self.run(UNOPKG, *args, *self.bootstrap)
        # unopkg refuses a per-user install as root ("Cannot run unopkg as root without --shared"), so
        # root runs it as nobody, on a profile nobody owns; soffice, as root, can still use that profile.
        nobody = pwd.getpwnam("nobody")
        # nobody must be able to reach the system's programs: a root directory closed to others is
        # found only in throwaway chroots (a real system's is 0755), where it is opened like one.
        if os.stat("/").st_mode & 0o005 != 0o005:
            os.chmod("/", 0o755)
        profile = uno.fileUrlToSystemPath(self.profile_url)
        os.makedirs(profile, exist_ok=True)
        os.chown(profile, nobody.pw_uid, nobody.pw_gid)
        os.chmod(self.dir, 0o755)
        # nobody works in the test's own directory, with its own copy of any file it is given: the
        # checkout may be in a home directory nobody cannot enter.
        args = [self._copy_for_nobody(a) if os.path.isfile(a) else a for a in args]
        argv = [UNOPKG, *args, *self.bootstrap]
        saved, self.env = self.env, dict(self.env, HOME=profile)
        try:
            return self.run("setpriv", "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid, "--clear-groups",
                            *argv, cwd=self.dir)
        finally:
            self.env = saved

    def install_extension(self, shared=False):
        """Installs the built serviceprogram.oxt (SP_OXT) for this profile's user, or with `shared` for all
        users (needs private_shared); returns `unopkg list`."""
        oxt = self.path("serviceprogram.oxt")
        shutil.copy(os.environ["SP_OXT"], oxt)
        os.chmod(oxt, 0o644)
        if shared:  # as the administrator would: root, or the owner of this private "installation"
            self.run(UNOPKG, "add", "--shared", "--suppress-license", oxt, *self.bootstrap)
            return self.run(UNOPKG, "list", "--shared", *self.bootstrap)
        self.unopkg("add", "--suppress-license", oxt)
        return self.unopkg("list")

    def _copy_for_nobody(self, path):
        copy = self.path(os.path.basename(path))
        if os.path.abspath(path) != copy:
            shutil.copyfile(path, copy)
        os.chmod(copy, 0o644)
        return copy

    def start(self):
        self.pipes_before = watchdog.pipes()
        log = open(self.path("soffice.log"), "w")
        self.proc = subprocess.Popen(
            [SOFFICE, *self.bootstrap, *(["--headless", "--invisible"] if self.headless
                                                                      else []), "--norestore",
             "--nologo", "--nolockcheck", "--nodefault",
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe],
            env=self.env, process_group=self.watchdog.pid, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                self.context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except NoConnectException:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    with open(self.path("soffice.log")) as log:
                        raise RuntimeError("soffice did not start (exit status %s); it wrote:\n%s" % (
                            self.proc.poll(), log.read()))
                time.sleep(0.2)
        self.desktop = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context)
        return self

    def service(self, name):
        return self.context.ServiceManager.createInstanceWithContext(name, self.context)

    def load(self, path):
        """Opens a file (hidden); fails rather than returning None."""
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, props(Hidden=True))
        if doc is None:
            raise RuntimeError("LibreOffice could not open %s" % path)
        return doc

    def stop(self):
        """Ends soffice: politely, then by killing the group. Always safe to call."""
        if self.proc is not None and self.proc.poll() is None:
            try:
                for component in list(self.desktop.Components):
                    component.close(True)
                self.desktop.terminate()
            except Exception:
                pass  # the bridge goes away as soffice exits: that is the expected end
            try:
                self.proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                pass
        self.desktop = self.context = None
        try:
            os.killpg(self.watchdog.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.watchdog.wait(STOP_TIMEOUT)
        if self.proc is not None:
            self.proc.wait(STOP_TIMEOUT)
        if self.proc is not None:
            watchdog.remove_stale_pipes(self.pipes_before)  # those of a soffice that crashed
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()


EXAMPLES = os.environ.get("SP_EXAMPLES") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                          "examples", "data")
SEED = os.path.join(EXAMPLES, "jamtland-harjedalen-2023.yaml")


class OfficeTestCase(unittest.TestCase):
    """Tests sharing one soffice, started for the class and always ended."""

    office_env = None

    @classmethod
    def setUpClass(cls):
        cls.office = Office(env=cls.office_env)
        cls.office.__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def tearDown(self):
        for component in list(self.office.desktop.Components):
            component.close(True)

    def save_ods(self, doc, name):
        """Saves `doc` as .ods, closes it and opens the file again."""
        path = self.office.path(name)
        doc.storeToURL(uno.systemPathToFileUrl(path), props(FilterName="calc8"))
        doc.close(True)
        return self.office.load(path)
