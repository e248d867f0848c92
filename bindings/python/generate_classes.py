"""Writes serviceprogram/_generated.py: the format's enums and element classes as ordinary Python source,
from libserviceprogram's own description of the format (its schema API), so that importing the package
builds nothing and type checkers see every field with its type.

    SERVICEPROGRAM_LIBRARY=build/lib/libserviceprogram.so.0 \\
        python3 bindings/python/generate_classes.py > bindings/python/serviceprogram/_generated.py

The output is committed, so the package works from the source tree and from pip without a build step;
the python suite's test `python classes` fails when it differs from what this script writes.
"""
import importlib.util
import keyword
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))

# The library and its declarations, without importing the package (which imports what this writes).
_spec = importlib.util.spec_from_file_location("_serviceprogram_native", os.path.join(HERE, "serviceprogram", "_native.py"))
_native = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_native)
lib = _native.lib

# sp_kind, in schema.h's order: the property's type, and what the setter takes besides it.
KINDS = ["string", "integer", "decimal", "boolean", "enum", "enum_set", "string_list", "object", "list"]


def text(value):
    return value.decode("utf-8")


def camel(name):
    return "".join(part.capitalize() for part in name.split("_"))


def enums():
    """[(class name, [(member name, token, Swedish label)])] in the library's order (sp_enum_id)."""
    out = []
    enum_id = 0
    while lib.sp_enum_name(enum_id):
        members = [(text(lib.sp_enum_token(enum_id, n)).upper(), text(lib.sp_enum_token(enum_id, n)),
                    text(lib.sp_enum_label_sv(enum_id, n))) for n in range(1, lib.sp_enum_max(enum_id) + 1)]
        out.append((camel(text(lib.sp_enum_name(enum_id))), members))
        enum_id += 1
    return out


def types():
    """The element types, the report first, then in the order their fields first lead to them."""
    order, pending = [], [lib.sp_schema_report()]
    while pending:
        sp_type = pending.pop(0)
        if any(sp_type == seen for seen in order):
            continue
        order.append(sp_type)
        for i in range(lib.sp_type_field_count(sp_type)):
            child = lib.sp_field_type(lib.sp_type_field(sp_type, i))
            if child:
                pending.append(child)
    return order


def class_name(sp_type):
    return camel(text(lib.sp_type_name(sp_type)))


def property_source(field, enum_names):
    """The property of one field: its getter and, but for objects and lists, its setter."""
    key = text(lib.sp_field_key(field))
    kind = KINDS[lib.sp_field_kind(field)]
    name = key + "_" if keyword.iskeyword(key) else key
    enum_id = lib.sp_field_enum(field)
    target = enum_names[enum_id] if enum_id >= 0 else (class_name(lib.sp_field_type(field))
                                                         if lib.sp_field_type(field) else None)
    value_type, setter_type = {
        "string": ("str | None", "str | None"),
        "integer": ("int | None", "int | None"),
        "decimal": ("decimal.Decimal | None", "decimal.Decimal | int | float | str | None"),
        "boolean": ("bool | None", "bool | None"),
        "enum": ("%s | None" % target, "%s | str | None" % target),
        "enum_set": ("frozenset[%s]" % target, "Iterable[%s | str] | None" % target),
        "string_list": ("StringList", "Iterable[str] | None"),
        "object": (target, None),
        "list": ("NodeList[%s]" % target, None),
    }[kind]
    extra = ", " + target if kind in ("enum", "enum_set", "object", "list") else ""
    doc = "%s%s (%s)" % (text(lib.sp_field_label_sv(field)), ", required" if lib.sp_field_required(field) else "", key)
    lines = ["    @property",
             "    def %s(self) -> %s:" % (name, value_type),
             '        """%s"""' % doc,
             "        return get_%s(self, %r%s)" % (kind, key, extra)]
    if setter_type:
        lines += ["",
                  "    @%s.setter" % name,
                  "    def %s(self, value: %s) -> None:" % (name, setter_type),
                  "        set_%s(self, %r%s, value)" % (kind, key, extra)]
    return name, key, "\n".join(lines)


def class_source(sp_type, enum_names):
    name = class_name(sp_type)
    schema_name = text(lib.sp_type_name(sp_type))
    fields = [property_source(lib.sp_type_field(sp_type, i), enum_names) for i in range(lib.sp_type_field_count(sp_type))]
    out = ["class %s(%s):" % (name, "ReportBase" if schema_name == "report" else "Node"),
           '    """%s (%s)"""' % (text(lib.sp_type_label_sv(sp_type)), schema_name),
           "",
           "    __slots__ = ()",
           "    _type_name = %r" % schema_name,
           "    _keys = (%s)" % "".join("%r, " % key for _, key, _ in fields).rstrip(" ")]
    for _, _, source in fields:
        out += ["", source]
    # A key that is a Python keyword ("from") is also reachable by its own name, through getattr.
    out += ["", ""] + ["setattr(%s, %r, %s.__dict__[%r])" % (name, key, name, attr)
                       for attr, key, _ in fields if attr != key]
    return "\n".join(out).rstrip() + "\n"


def main():
    enum_list = enums()
    enum_names = [name for name, _ in enum_list]
    type_list = types()
    names = enum_names + [class_name(t) for t in type_list]
    out = ['"""The format\'s enums and element classes, written by bindings/python/generate_classes.py from',
           "libserviceprogram's description of the format (lib/schema.c, through the schema API). Do not edit:",
           "regenerate it as that script says; the python suite fails while this file differs from its output.",
           '"""',
           "from __future__ import annotations",
           "",
           "from ._model import LabelledEnum, Node, NodeList, ReportBase, StringList, bind_enums, bind_types",
           "from ._model import (get_boolean, get_decimal, get_enum, get_enum_set, get_integer, get_list, get_object,",
           "                     get_string, get_string_list, set_boolean, set_decimal, set_enum, set_enum_set,",
           "                     set_integer, set_string, set_string_list)",
           "",
           "TYPE_CHECKING = False",
           "if TYPE_CHECKING:",
           "    import decimal",
           "    from typing import Iterable",
           "",
           "__all__ = [",
           textwrap.fill(", ".join('"%s"' % n for n in names), 104, initial_indent="    ", subsequent_indent="    "),
           "]",
           ""]
    for name, members in enum_list:
        out += ["", "class %s(LabelledEnum):" % name,
                '    """The values of %s, as their tokens; each member\'s label_sv is the Swedish label."""' % name,
                ""]
        out += ["    %s = %r  # %s" % member for member in members]
        out += [""]
    out += ["", "ENUMS = bind_enums(%s)" % ", ".join(enum_names), ""]
    for sp_type in type_list:
        out += ["", class_source(sp_type, enum_names)]
    out += ["", textwrap.fill("CLASSES = bind_types(%s)" % ", ".join(class_name(t) for t in type_list), 108,
                              subsequent_indent=" " * len("CLASSES = bind_types("))]
    sys.stdout.write("\n".join(out).replace("\n\n\n\n", "\n\n\n") + "\n")


if __name__ == "__main__":
    main()
