"""Builds the LibreOffice extension serviceprogram.oxt (a zip file), run by meson.

    build_oxt.py --output serviceprogram.oxt --version 0.1.0 --platform linux_x86_64
                 --macro serviceprogram_calc.py --logic sp_calc/*.py --binding serviceprogram/*.py _config.py
                 --basic Rapport.bas Meny.bas --addons Addons.xcu --license LICENSE.txt
                 --native libserviceprogram.so.0.1.0 libserviceprogram-form.so.0.1.0
                 --carry libyaml-0.so.2 libzip.so.4

Layout of the extension:
    META-INF/manifest.xml      declares python/ (Python macros), basic/Serviceprogram/ (a Basic library)
                               and Addons.xcu (the menu)
    description.xml            identifier, version, platform, names, publisher, description, licence
    description/               the description shown by the Extension Manager, in Swedish and English
    Addons.xcu                 the menu Serviceprogram in Calc and Writer
    LICENSE.txt                this library's licence and the notices of the libraries carried in lib/
    lib/                       the C libraries (--native, without debugging information) and the libraries
                               they need that a desktop may lack (--carry, found with ldd), each under its
                               soname; the macro loads them
    python/serviceprogram_calc.py           the macros, listed under My Macros
    python/pythonpath/sp_calc/...           their logic: LibreOffice puts pythonpath/ beside a macro on sys.path
    python/pythonpath/serviceprogram/...    a copy of the Python binding
    basic/Serviceprogram/                   Basic functions that call the Python macros (one module
                                            per --basic file, named as the file)
Entries are sorted and dated 1980-01-01, so the same sources give the same file.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

IDENTIFIER = "se.libserviceprogram.calc"
BASIC_LIBRARY = "Serviceprogram"

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">
 <manifest:file-entry manifest:full-path="python" manifest:media-type="application/vnd.sun.star.framework-script"/>
 <manifest:file-entry manifest:full-path="basic/%s/" manifest:media-type="application/vnd.sun.star.basic-library"/>
 <manifest:file-entry manifest:full-path="Addons.xcu" manifest:media-type="application/vnd.sun.star.configuration-data"/>
</manifest:manifest>
""" % BASIC_LIBRARY

DESCRIPTION = """<?xml version="1.0" encoding="UTF-8"?>
<description xmlns="http://openoffice.org/extensions/description/2006"
             xmlns:d="http://openoffice.org/extensions/description/2006"
             xmlns:lo="http://libreoffice.org/extensions/description/2011"
             xmlns:xlink="http://www.w3.org/1999/xlink">
 <identifier value="%(identifier)s"/>
 <version value="%(version)s"/>
 <platform value="%(platform)s"/>
 <display-name>
  <name lang="sv">Regionalt serviceprogram: uppföljning i Calc</name>
  <name lang="en">Regional service programme follow-up in Calc</name>
 </display-name>
 <publisher>
  <name lang="sv">libserviceprogram</name>
  <name lang="en">libserviceprogram</name>
 </publisher>
 <extension-description>
  <src xlink:href="description/beskrivning.txt" lang="sv"/>
  <src xlink:href="description/description.txt" lang="en"/>
 </extension-description>
 <registration>
  <simple-license accept-by="admin" suppress-on-update="true">
   <license-text xlink:href="LICENSE.txt" lang="en"/>
  </simple-license>
 </registration>
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


DESCRIPTIONS = {
    "description/beskrivning.txt":
        "Öppna, redigera, kontrollera och spara den årliga uppföljningen av ett regionalt serviceprogram "
        "(serviceprogram/1, YAML eller JSON) i Calc, med Tillväxtverkets blankett som förlaga, och gör den "
        "nationella sammanställningen av många regioners rapporter. Menyn Serviceprogram i Calc och Writer. "
        "Bär med sig libserviceprogram för %(platform)s.\n",
    "description/description.txt":
        "Open, edit, check and save the yearly follow-up of a regional service programme (serviceprogram/1, "
        "YAML or JSON) in Calc, laid out like Tillväxtverket's form, and make the national rollup of many "
        "regions' reports. The menu Serviceprogram in Calc and Writer. Carries libserviceprogram for "
        "%(platform)s.\n",
}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def stripped(path):
    """The library without its debugging information (a debug build's is most of its size)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, os.path.basename(path))
        subprocess.run(["objcopy", "--strip-debug", path, copy], check=True)
        return read_bytes(copy)


def soname(path):
    """libserviceprogram.so.0.1.0 -> libserviceprogram.so.0: the name the dynamic linker looks for."""
    match = re.match(r"(.*\.so\.\d+)", os.path.basename(path))
    if not match:
        raise SystemExit("build_oxt: %s is not a versioned shared library" % path)
    return match.group(1)


def needed(libraries, carry):
    """The files of the libraries named in `carry` that `libraries` load, as ldd resolves them here."""
    found = {}
    for library in libraries:
        listing = subprocess.run(["ldd", library], check=True, capture_output=True, text=True).stdout
        for line in listing.splitlines():
            name, _, where = line.strip().partition(" => ")
            if name in carry and where.startswith("/"):
                found[name] = os.path.realpath(where.split(" (")[0])
    missing = sorted(set(carry) - set(found))
    if missing:
        raise SystemExit("build_oxt: %s not needed by %s" % (", ".join(missing), ", ".join(libraries)))
    return found


def copyright_of(path):
    """The copyright file Debian ships with the package that holds `path`: the notice a copy must carry."""
    owner = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True)
    if owner.returncode:
        raise SystemExit("build_oxt: no Debian package holds %s, so its licence is unknown" % path)
    package = owner.stdout.split(":")[0]
    return package, read("/usr/share/doc/%s/copyright" % package)


def license_text(args, carried):
    parts = [read(args.license)]
    for name, path in sorted(carried.items()):
        package, notice = copyright_of(path)
        parts.append("\n%s\nlib/%s, from the Debian package %s:\n\n%s" % ("=" * 72, name, package, notice))
    return "".join(parts)


def entries(args):
    """(name in the extension, text or bytes) for every file."""
    carried = needed(args.native, args.carry)
    fields = dict(identifier=IDENTIFIER, version=args.version, platform=args.platform)
    out = [("META-INF/manifest.xml", MANIFEST), ("description.xml", DESCRIPTION % fields),
           ("Addons.xcu", read(args.addons)), ("LICENSE.txt", license_text(args, carried))]
    out += [(name, text % fields) for name, text in DESCRIPTIONS.items()]
    for path in args.native:
        out.append(("lib/" + soname(path), stripped(path)))
    for name, path in carried.items():
        out.append(("lib/" + name, read_bytes(path)))
    for path in args.macro:
        out.append(("python/" + os.path.basename(path), read(path)))
    for path in args.logic:
        out.append(("python/pythonpath/sp_calc/" + os.path.basename(path), read(path)))
    for path in args.binding:
        out.append(("python/pythonpath/serviceprogram/" + os.path.basename(path), read(path)))
    basic = "basic/%s/" % BASIC_LIBRARY
    modules = [os.path.splitext(os.path.basename(path))[0] for path in args.basic]
    out.append((basic + "script.xlb", LIBRARY % (BASIC_LIBRARY, "".join(
        '<library:element library:name="%s"/>' % m for m in modules))))
    out.append((basic + "dialog.xlb", LIBRARY % (BASIC_LIBRARY, "")))
    for module, path in zip(modules, args.basic):
        out.append((basic + module + ".xba", MODULE % (module, escape(read(path)))))
    return sorted(out)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--platform", required=True, help="LibreOffice's name of the platform, e.g. linux_x86_64")
    parser.add_argument("--macro", nargs="+", required=True)
    parser.add_argument("--logic", nargs="+", required=True)
    parser.add_argument("--binding", nargs="+", required=True)
    parser.add_argument("--basic", nargs="+", required=True)
    parser.add_argument("--addons", required=True)
    parser.add_argument("--license", required=True)
    parser.add_argument("--native", nargs="+", required=True)
    parser.add_argument("--carry", nargs="*", default=[])
    args = parser.parse_args(argv)
    partial = args.output + ".part"  # written whole, then renamed: never a half-written extension
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as oxt:
        for name, content in entries(args):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            oxt.writestr(info, content if isinstance(content, bytes) else content.encode("utf-8"))
    os.replace(partial, args.output)


if __name__ == "__main__":
    main(sys.argv[1:])
