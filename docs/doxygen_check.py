"""Runs Doxygen on the public headers and fails on any warning.

Usage: doxygen_check.py DOXYGEN DOXYFILE PENDING INCLUDE_DIR OUTPUT_DIR

Writes the HTML reference to OUTPUT_DIR/html. Fails (exit status 1) on any
warning of Doxygen's: an undocumented function, parameter, return value,
type, struct member or macro, or a documentation error. Two checks are
added to Doxygen's own, which misses these silently:

 - every enum value is documented (Doxygen 1.9 does not warn about one
   that is not: it checks them through its XML output);
 - every public header has its page (a header without a @file block has
   its functions left out of the reference).

The only warnings let through are the ones the file PENDING lists, one a
line, and only for serviceprogram/io.h and serviceprogram/common.h: those
two headers were being changed by someone else while the others were
documented. While one of them has no page, links to what it declares
cannot resolve either, and those are let through with it. A pending line
that no longer matches a warning fails the run too, so that the list only
shrinks: delete the lines the run names.
"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PENDABLE = ("serviceprogram/io.h", "serviceprogram/common.h")


def normalise(stderr, roots):
    """Doxygen's messages, one a line, as "serviceprogram/model.h: TEXT" (no line numbers: they move)."""
    warnings = []
    for line in stderr.splitlines():
        for root in roots:
            line = line.replace(root, "")
        if line[:1] in (" ", "\t") and warnings:
            warnings[-1] += " " + line.strip()
            continue
        m = re.match(r"^([^:]+):\d+: (?:warning|error): (.*)$", line)
        warnings.append("%s: %s" % (m.group(1), m.group(2)) if m else line)
    return [w for w in warnings if w.strip()]


def text_of(element):
    return "".join(element.itertext()).strip() if element is not None else ""


def undocumented_enum_values(xml_dir, roots):
    """Warnings for enum values without documentation, from Doxygen's XML output."""
    found = []
    for name in sorted(os.listdir(xml_dir)):
        if not name.endswith("_8h.xml"):
            continue
        root = ET.parse(os.path.join(xml_dir, name)).getroot()
        for enum in root.iter("memberdef"):
            if enum.get("kind") != "enum":
                continue
            where = enum.find("location").get("file")
            for root_dir in roots:
                where = where.replace(root_dir, "")
            for value in enum.findall("enumvalue"):
                if not text_of(value.find("briefdescription")) and not text_of(value.find("detaileddescription")):
                    found.append("%s: Enum value %s of enum %s is not documented." % (
                        where, text_of(value.find("name")), text_of(enum.find("name"))))
    return found


def main():
    doxygen, doxyfile, pending_path, include_dir, output_dir = sys.argv[1:6]
    include_dir = os.path.abspath(include_dir)
    roots = [include_dir + "/", os.path.dirname(include_dir) + "/"]
    os.makedirs(output_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as xml_dir:
        with open(doxyfile, encoding="utf-8") as f:
            config = f.read()
        config += "\nOUTPUT_DIRECTORY = %s\nGENERATE_XML = YES\nXML_OUTPUT = %s\n" % (output_dir, xml_dir)
        run = subprocess.run([doxygen, "-"], input=config.encode("utf-8"), capture_output=True)
        stderr = run.stderr.decode("utf-8", "replace")
        warnings = normalise(stderr, roots)
        if os.path.isdir(xml_dir) and os.listdir(xml_dir):
            warnings += undocumented_enum_values(xml_dir, roots)

    headers = ["serviceprogram.h"] + sorted("serviceprogram/" + h for h in os.listdir(os.path.join(include_dir, "serviceprogram"))
                                            if h.endswith(".h"))
    pageless = []
    for header in headers:
        page = os.path.join(output_dir, "html", os.path.basename(header)[:-2] + "_8h.html")
        if not os.path.exists(page):
            warnings.append("%s: no page in the reference: the header needs a /** @file */ block" % header)
            pageless.append(header)

    # Links to what a page-less io.h or common.h declares fail with it.
    pending_headers = [h for h in pageless if h in PENDABLE]
    if pending_headers:
        declared = " ".join(open(os.path.join(include_dir, h), encoding="utf-8").read() for h in pending_headers)
        kept = []
        for w in warnings:
            m = re.search(r"explicit link request to '[#:]*([A-Za-z_]\w*)(?:\(\))?' could not be resolved", w)
            if m and re.search(r"\b%s\b" % re.escape(m.group(1)), declared):
                continue
            kept.append(w)
        warnings = kept

    with open(pending_path, encoding="utf-8") as f:
        pending = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    misplaced = [p for p in pending if not p.startswith(tuple(h + ": " for h in PENDABLE))]
    if misplaced:
        print("%s may list warnings of %s only, not:" % (pending_path, " and ".join(PENDABLE)))
        print("\n".join(misplaced))
        return 1

    failed = False
    new = [w for w in warnings if w not in pending]
    if new:
        print("Doxygen warnings (%d): document these in the headers" % len(new))
        print("\n".join(new))
        failed = True
    stale = [p for p in pending if p not in warnings]
    if stale:
        print("No longer warned about: delete these lines from %s" % pending_path)
        print("\n".join(stale))
        failed = True
    if run.returncode != 0 and not warnings:
        print("doxygen failed (exit status %d) without a warning:" % run.returncode)
        print(run.stdout.decode("utf-8", "replace") + stderr)
        failed = True
    if not failed:
        print("Doxygen: the reference is in %s/html; %d warnings pending for io.h and common.h, no other"
              % (output_dir, len(pending)))
    return 1 if failed else 0


sys.exit(main())
