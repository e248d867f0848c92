"""Builds the LibreOffice extension serviceprogram.oxt (a zip file), run by meson.

    build_oxt.py --output serviceprogram.oxt --version 0.1.0 --macro serviceprogram_calc.py
                 --logic sp_calc/*.py --binding serviceprogram/*.py _config.py --basic Serviceprogram.bas

Layout of the extension:
    META-INF/manifest.xml      declares python/ (Python macros) and basic/Serviceprogram/ (a Basic library)
    description.xml            identifier, version, names
    python/serviceprogram_calc.py           the macros, listed under My Macros
    python/pythonpath/sp_calc/...           their logic: LibreOffice puts pythonpath/ beside a macro on sys.path
    python/pythonpath/serviceprogram/...    a copy of the Python binding
    basic/Serviceprogram/                   Basic functions that call the Python macros
Entries are sorted and dated 1980-01-01, so the same sources give the same file.
"""
import argparse
import os
import sys
import zipfile
from xml.sax.saxutils import escape

IDENTIFIER = "se.libserviceprogram.calc"
BASIC_LIBRARY = "Serviceprogram"
BASIC_MODULE = "Rapport"

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">
 <manifest:file-entry manifest:full-path="python" manifest:media-type="application/vnd.sun.star.framework-script"/>
 <manifest:file-entry manifest:full-path="basic/%s/" manifest:media-type="application/vnd.sun.star.basic-library"/>
</manifest:manifest>
""" % BASIC_LIBRARY

DESCRIPTION = """<?xml version="1.0" encoding="UTF-8"?>
<description xmlns="http://openoffice.org/extensions/description/2006"
             xmlns:d="http://openoffice.org/extensions/description/2006"
             xmlns:lo="http://libreoffice.org/extensions/description/2011">
 <identifier value="%s"/>
 <version value="%s"/>
 <platform value="all"/>
 <display-name>
  <name lang="sv">Regionalt serviceprogram: uppföljning i Calc</name>
  <name lang="en">Regional service programme follow-up in Calc</name>
 </display-name>
 <dependencies>
  <lo:LibreOffice-minimal-version value="7.0" d:name="LibreOffice 7.0"/>
 </dependencies>
</description>
"""

LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="%s" library:readonly="false" \
library:passwordprotected="false">%s</library:library>
"""

MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="%s" script:language="StarBasic">%s\
</script:module>
"""


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def entries(args):
    """(name in the extension, text) for every file."""
    out = [("META-INF/manifest.xml", MANIFEST), ("description.xml", DESCRIPTION % (IDENTIFIER, args.version))]
    for path in args.macro:
        out.append(("python/" + os.path.basename(path), read(path)))
    for path in args.logic:
        out.append(("python/pythonpath/sp_calc/" + os.path.basename(path), read(path)))
    for path in args.binding:
        out.append(("python/pythonpath/serviceprogram/" + os.path.basename(path), read(path)))
    basic = "basic/%s/" % BASIC_LIBRARY
    out.append((basic + "script.xlb", LIBRARY % (BASIC_LIBRARY, '<library:element library:name="%s"/>'
                                                 % BASIC_MODULE)))
    out.append((basic + "dialog.xlb", LIBRARY % (BASIC_LIBRARY, "")))
    out.append((basic + BASIC_MODULE + ".xba", MODULE % (BASIC_MODULE, escape(read(args.basic)))))
    return sorted(out)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--macro", nargs="+", required=True)
    parser.add_argument("--logic", nargs="+", required=True)
    parser.add_argument("--binding", nargs="+", required=True)
    parser.add_argument("--basic", required=True)
    args = parser.parse_args(argv)
    partial = args.output + ".part"  # written whole, then renamed: never a half-written extension
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as oxt:
        for name, text in entries(args):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            oxt.writestr(info, text.encode("utf-8"))
    os.replace(partial, args.output)


if __name__ == "__main__":
    main(sys.argv[1:])
