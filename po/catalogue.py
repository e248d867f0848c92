#!/usr/bin/env python3
"""Compiles a .po file into the C catalogue the library carries (lib/language.c looks messages up in
it): the translated entries, sorted by msgid in strcmp order. Untranslated and fuzzy entries are left
out, so that their English shows; tests/po_test.py fails on any. Usage: catalogue.py sv.po OUT.c"""
import sys


def unquote(text):
    """The text of a PO string literal "..." (the same escapes as C)."""
    assert text.startswith('"') and text.endswith('"'), text
    body, out, i = text[1:-1], [], 0
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    while i < len(body):
        if body[i] == "\\":
            out.append(escapes[body[i + 1]])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def entries(path):
    """(msgid, msgstr, fuzzy) of every entry, the header included."""
    entry, field, fuzzy = {}, None, False
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines() + [""]
    for line in lines:
        line = line.strip()
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith(("msgctxt", "msgid_plural", "msgstr[")):
            sys.exit("%s: %s is not supported: write messages without plural forms or contexts" % (path, line))
        elif line.startswith(("msgid ", "msgstr ")):
            field, _, literal = line.partition(" ")
            entry[field] = unquote(literal)
        elif line.startswith('"') and field:
            entry[field] += unquote(line)
        elif not line and "msgid" in entry:
            yield entry["msgid"], entry.get("msgstr", ""), fuzzy
            entry, field, fuzzy = {}, None, False


def c_literal(text):
    """A C string literal of `text`; its UTF-8 bytes as they are, which the compiler copies."""
    out = bytearray(b'"')
    for byte in text.encode("utf-8"):
        if byte in b'"\\':
            out += b"\\" + bytes([byte])
        elif byte < 0x20 or byte == 0x7F:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return (out + b'"').decode("utf-8")


def main():
    source, target = sys.argv[1], sys.argv[2]
    found = sorted(((msgid, msgstr) for msgid, msgstr, fuzzy in entries(source) if msgid and msgstr and not fuzzy),
                   key=lambda pair: pair[0].encode("utf-8"))
    with open(target, "w", encoding="utf-8") as out:
        out.write("/* Generated from %s by po/catalogue.py: do not edit. */\n" % source.rsplit("/", 1)[-1])
        out.write('#include "catalogue.h"\n\nconst sp__translation sp__catalogue_sv[] = {\n')
        for msgid, msgstr in found:
            out.write("\t{ %s,\n\t  %s },\n" % (c_literal(msgid), c_literal(msgstr)))
        out.write("\t{ 0, 0 } /* so that the array is never empty */\n};\n\nconst size_t sp__catalogue_sv_count = %d;\n" % len(found))


main()
