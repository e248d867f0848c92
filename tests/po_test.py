"""Every message a person reads has its Swedish translation: po/sv.po has no untranslated or fuzzy
entry, msgfmt --check accepts it (the printf conversions of each translation match its msgid's), and
it holds every message xgettext finds in the files of po/POTFILES, which lists every source file.
Usage: po_test.py SOURCE_ROOT XGETTEXT_ARGS..."""
import glob
import os
import subprocess
import sys
import tempfile

root, xgettext_args = sys.argv[1], sys.argv[2:]
po = os.path.join(root, "po", "sv.po")
failures = []

checked = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                         capture_output=True, text=True)
if checked.returncode != 0 or "untranslated" in checked.stderr or "fuzzy" in checked.stderr:
    failures.append("msgfmt --check: " + checked.stderr.strip())

with open(os.path.join(root, "po", "POTFILES"), encoding="utf-8") as f:
    listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]
sources = [os.path.relpath(p, root) for pattern in ("lib/*.c", "lib/form/*.c", "examples/rsp/*.c", "bindings/python/serviceprogram/*.py",
                                                    "bindings/libreoffice/sp_calc/*.py", "bindings/libreoffice/sp_convert.py")
           for p in glob.glob(os.path.join(root, pattern))]
# _native.py raises its errors before the library (and so the catalogue) is loaded: those stay English.
for missing in sorted(set(sources) - set(listed)):
    failures.append("po/POTFILES does not list %s" % missing)
for gone in sorted(set(listed) - set(sources)):
    if not os.path.exists(os.path.join(root, gone)):
        failures.append("po/POTFILES lists %s, which does not exist" % gone)


def msgids(path):
    """The msgids of a .po or .pot file (the header and obsolete entries left out)."""
    out = subprocess.run(["msgcat", "--no-wrap", "--no-location", "--sort-output", path],
                         capture_output=True, text=True, check=True).stdout
    ids, current = set(), None
    for line in out.splitlines():
        if line.startswith("msgid "):
            current = line[6:]
        elif line.startswith('"') and current is not None:
            current += line  # a message of many lines: msgcat breaks it after each \n
        elif line.startswith("msgstr") and current is not None:
            if current != '""':
                ids.add(current)
            current = None
    return ids


with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "messages.pot")
    subprocess.run(["xgettext", *xgettext_args, "--directory", root, "--files-from",
                    os.path.join(root, "po", "POTFILES"), "-o", pot], check=True)
    in_sources, in_po = msgids(pot), msgids(po)
for missing in sorted(in_sources - in_po):
    failures.append("po/sv.po lacks %s (run `meson compile -C build libserviceprogram-update-po`)" % missing)
for stale in sorted(in_po - in_sources):
    failures.append("po/sv.po has %s, which no source uses any more" % stale)

for failure in failures:
    print("FAIL:", failure)
print("%d messages in the sources, %d in po/sv.po" % (len(in_sources), len(in_po)))
sys.exit(1 if failures else 0)
