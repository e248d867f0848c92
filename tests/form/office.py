"""LibreOffice Writer driven from outside through UNO (Debian's python3-uno,
so /usr/bin/python3): a headless soffice with its own profile in a
temporary directory, in its own process group, ended whatever happens.

    with Office(soffice, tmp) as office:
        doc = office.open(path)
        ...
        office.save_docx(doc, out)"""
import os
import signal
import subprocess
import time

import uno
from com.sun.star.beans import PropertyValue


def props(**kw):
    out = []
    for k, v in kw.items():
        p = PropertyValue()
        p.Name, p.Value = k, v
        out.append(p)
    return tuple(out)


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Office:
    def __init__(self, soffice, tmp, start_timeout=90):
        self.soffice, self.tmp, self.start_timeout = soffice, tmp, start_timeout
        self.proc = self.desktop = None
        self.documents = []

    def __enter__(self):
        pipe = "rsp_form_%d" % os.getpid()
        profile = os.path.join(self.tmp, "profile")
        # A new session, so that soffice and the soffice.bin it hands off to end together.
        self.proc = subprocess.Popen(
            [self.soffice, "-env:UserInstallation=" + url(profile), "--headless", "--invisible", "--norestore",
             "--nologo", "--nolockcheck", "--nodefault",
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            deadline = time.monotonic() + self.start_timeout
            while True:
                try:
                    ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                    break
                except Exception:
                    if time.monotonic() > deadline or self.proc.poll() is not None:
                        raise RuntimeError("soffice did not answer on its pipe (exit status %s)" % self.proc.poll())
                    time.sleep(0.5)
            self.ctx = ctx
            self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except BaseException:
            self.kill()
            raise
        return self

    def open(self, path):
        doc = self.desktop.loadComponentFromURL(url(path), "_blank", 0, props(Hidden=True))
        if doc is None:
            raise RuntimeError("Writer did not open " + path)
        self.documents.append(doc)
        return doc

    def new_text(self):
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, props(Hidden=True))
        if doc is None:
            raise RuntimeError("Writer did not create a document")
        self.documents.append(doc)
        return doc

    def save_docx(self, doc, path):
        doc.storeToURL(url(path), props(FilterName="MS Word 2007 XML", Overwrite=True))

    def kill(self):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=30)

    def __exit__(self, *exc):
        try:
            for doc in self.documents:
                try:
                    doc.close(True)
                except Exception:
                    pass
            if self.desktop is not None:
                try:
                    self.desktop.terminate()
                except Exception:
                    pass  # the bridge goes down as soffice exits
            if self.proc:
                try:
                    self.proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    pass
        finally:
            # Whatever is left of the process group (soffice.bin) goes.
            if self.proc:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                if self.proc.poll() is None:
                    self.proc.wait(timeout=30)
        return False
