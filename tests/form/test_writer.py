#!/usr/bin/env python3
"""Forms saved by LibreOffice Writer still import the same: the seed's form
with every hand edit (make_form.py) and rsp form's output, each opened in
Writer, saved as .odt, opened again and saved as .docx, as a region that
keeps its form in LibreOffice would; the report read from Writer's .docx is
the one read from the original. rsp form's output printed (as PDF) takes the
pages a form of its size takes, part A in portrait and part B in landscape.

    test_writer.py RSP SOFFICE BUNDLED_REPORT.yaml"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_form  # noqa: E402

rsp, soffice, bundled = sys.argv[1:4]


def convert(tmp, to, outdir, files):
    # Each run its own profile; soffice exits once the conversion is done.
    subprocess.run([soffice, "-env:UserInstallation=file://" + os.path.join(tmp, "profile"), "--headless",
                    "--invisible", "--norestore", "--nologo", "--nolockcheck", "--convert-to", to,
                    "--outdir", outdir, *files], check=True, capture_output=True, timeout=240)


def imported(tmp, form):
    out = os.path.join(tmp, os.path.basename(form) + ".json")
    p = subprocess.run([rsp, "import", "-o", out, form], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("rsp import %s: %s" % (form, p.stderr))
    with open(out, encoding="utf-8") as f:
        return f.read(), p.stderr.replace(form, "FORM")


with tempfile.TemporaryDirectory() as tmp:
    edited = os.path.join(tmp, "edited.docx")
    make_form.build(edited, set(["merged", "added-row", "empty-row", "lower-x", "joined-bullets", "fte-text",
                                 "split-rows"]))
    written = os.path.join(tmp, "written.docx")
    subprocess.run([rsp, "form", "-o", written, bundled], check=True)
    convert(tmp, "odt", os.path.join(tmp, "odt"), [edited, written])
    odts = [os.path.join(tmp, "odt", n + ".odt") for n in ("edited", "written")]
    convert(tmp, "docx:MS Word 2007 XML", os.path.join(tmp, "writer"), odts)
    status = 0
    convert(tmp, "pdf", os.path.join(tmp, "pdf"), [written])
    with open(os.path.join(tmp, "pdf", "written.pdf"), "rb") as f:
        pages = re.findall(rb"/Type\s*/Page\b[^>]*?/MediaBox\s*\[([^\]]*)\]", f.read())
    boxes = [tuple(float(v) for v in b.split()) for b in pages]
    # 18 pages; 34 when part B's service types were written across their narrow columns, a heading half a
    # page high on every page.
    orientation = ["landscape" if b[2] > b[3] else "portrait" for b in boxes]
    if not 10 <= len(boxes) <= 20 or orientation[0] != "portrait" or orientation[-1] != "landscape":
        print("rsp form's output prints in %d pages: %s" % (len(boxes), " ".join(orientation)))
        status = 1
    else:
        print("rsp form's output prints in %d pages" % len(boxes))
    for name in ("edited", "written"):
        original = imported(tmp, os.path.join(tmp, name + ".docx"))
        through_writer = imported(tmp, os.path.join(tmp, "writer", name + ".docx"))
        if original != through_writer:
            print("%s: the form saved by Writer imports differently" % name)
            status = 1
        else:
            print("%s: the same report and findings after Writer" % name)
    sys.exit(status)
