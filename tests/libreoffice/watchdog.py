"""The watchdog of one test's LibreOffice: `watchdog.py LIMIT DIRECTORY`.

office.py starts it as the leader of a new process group, and starts soffice and unopkg in that group.
If the test has not ended the group after LIMIT seconds (it hangs, or meson killed it), the watchdog
kills every other process of the group, then removes the test's directory and the pipes its soffice
left in /tmp, and exits. A test that ends normally kills the group, the watchdog with it.
"""
import os
import shutil
import signal
import socket
import sys
import time

PIPE_DIR = "/tmp"  # where LibreOffice's pipes are, whatever TMPDIR says


def pipes():
    return {name for name in os.listdir(PIPE_DIR) if name.startswith("OSL_PIPE_")}


def remove_stale_pipes(before):
    """Removes the pipes not in `before` that nobody listens on: those of a soffice that was killed or
    crashed (another test's live pipe is left alone)."""
    for name in pipes() - before:
        path = os.path.join(PIPE_DIR, name)
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.connect(path)
            except ConnectionRefusedError:
                os.unlink(path)
            except OSError:
                pass


def _running(pid):
    """Not a zombie: a killed process stays listed until its parent, perhaps the hung test, reaps it."""
    with open("/proc/%d/stat" % pid) as f:
        return f.read().rsplit(")", 1)[1].split()[0] != "Z"


def others_in_group():
    me = os.getpid()
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != me:
            try:
                if os.getpgid(int(name)) == me and _running(int(name)):
                    found.append(int(name))
            except (ProcessLookupError, FileNotFoundError):
                pass
    return found


def main(limit, directory):
    before = pipes()
    time.sleep(limit)
    print("watchdog: the test ran past %d s; ending its LibreOffice" % limit, file=sys.stderr)
    deadline = time.monotonic() + 10
    while others_in_group() and time.monotonic() < deadline:
        for pid in others_in_group():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.2)
    shutil.rmtree(directory, ignore_errors=True)
    remove_stale_pipes(before)


if __name__ == "__main__":
    main(float(sys.argv[1]), sys.argv[2])
