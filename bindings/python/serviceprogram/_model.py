"""The report as Python objects: what every element class has (Node), lists (NodeList, StringList), the
report (ReportBase), reading a field of each kind, and loading. The element classes and enums themselves
are ordinary source in _generated.py, written from the library's description of the format; at import,
bind_enums() and bind_types() check them against the library and give them its schema pointers.
decimal and json are imported by the functions that need them, not here: `import serviceprogram` stays
a few milliseconds (tests/bench/bench_import.py).
"""
from __future__ import annotations

import ctypes
import enum
import os
from collections.abc import MutableSequence

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import IO, Any, Iterator, TypeVar, overload

    from ._analysis import Change, Diagnostic, Figures
    from ._generated import Report
    _T = TypeVar("_T")
    _N = TypeVar("_N", bound="Node")
else:
    _T = _N = object  # MutableSequence[object] below: generic for type checkers, nothing at run time

from . import _native
from ._native import _
from ._errors import ClosedError, Error, InvalidValueError, raise_for

lib = _native.lib

KIND_STRING, KIND_INTEGER, KIND_DECIMAL, KIND_BOOLEAN, KIND_ENUM, KIND_ENUM_SET, KIND_STRING_LIST, \
    KIND_OBJECT, KIND_LIST = range(9)
SYNTAX = {None: 0, "auto": 0, "json": 1, "yaml": 2}
UNKNOWN_KEYS = {"error": 0, "keep": 1, "drop": 2}


def _text(value):
    return None if value is None else value.decode("utf-8")


def _bytes(value, what):
    if not isinstance(value, str):
        raise TypeError(_("%s must be a str, not %s") % (what, type(value).__name__))
    # The C library takes NUL-terminated text: a NUL would silently cut the text short there.
    if "\x00" in value:
        raise InvalidValueError(_("%s must not contain a NUL character") % what, code="SP_EUTF8")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValueError(_("%s is not valid Unicode text (a lone surrogate)") % what, code="SP_EUTF8") from None


def _path(path):
    """A file name for the C library, which would end it at a NUL (open() refuses those too)."""
    path = os.fsencode(path)
    if b"\x00" in path:
        raise InvalidValueError(_("embedded null byte in the file name %r") % (path,), code="SP_EINVAL")
    return path


INT64_MAX = 2 ** 63 - 1


def _int64(value, what):
    """A non-negative int that fits the C library's int64_t (ctypes would silently wrap a larger one)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(_("%s must be an int, not %s") % (what, type(value).__name__))
    if not 0 <= value <= INT64_MAX:
        raise InvalidValueError(_("%s must be between 0 and %d, not %d") % (what, INT64_MAX, value), code="SP_ERANGE")
    return value


def _call(function, *args, parsing=False):
    err = _native.SpError()
    rc = function(*args, ctypes.byref(err))
    if rc < 0:
        raise_for(rc, err, parsing)


# ---- enums ----------------------------------------------------------------


class LabelledEnum(enum.Enum):
    """An enum of the format: the value is the token written to files; `label_sv` the Swedish label.
    Constructing one also accepts the Swedish label, in any case: Trend("ökar") is Trend.INCREASE."""

    _enum_id: int
    _numbers: dict[str, int]

    @property
    def label_sv(self):
        return _text(lib.sp_enum_label_sv(self._enum_id, self.number))

    @property
    def number(self):
        """The C library's value of this member (1, 2, ...)."""
        return self._numbers[self.value]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and "\x00" not in value:
            number = lib.sp_enum_parse(cls._enum_id, value.encode("utf-8", "replace"))
            if number:
                return cls(_text(lib.sp_enum_token(cls._enum_id, number)))
        return None

    @classmethod
    def from_number(cls, number):
        token = lib.sp_enum_token(cls._enum_id, number)
        return cls(token.decode()) if token else None

    def __str__(self):
        return self.value


def bind_enums(*classes):
    """Gives each enum class of _generated.py, in the library's order (sp_enum_id), its id and numbers,
    after checking that the library has the same enum with the same tokens: a library older than the
    binding is refused at import, not misread later."""
    for enum_id, cls in enumerate(classes):
        tokens = [m.value for m in cls]
        name = lib.sp_enum_name(enum_id)
        if name is None or [_text(lib.sp_enum_token(enum_id, n)) for n in range(1, len(tokens) + 1)] != tokens:
            raise ImportError(_("serviceprogram: the C library %s does not have the enum %s this binding was "
                                "written for; it is older or newer than the binding") % (_native.LIBRARY_PATH, cls.__name__))
        cls._enum_id = enum_id
        cls._numbers = {token: number for number, token in enumerate(tokens, 1)}
    return classes


def _enum_member(cls, value):
    if isinstance(value, cls):
        return value
    if not isinstance(value, str):
        raise TypeError(_("expected a %s or its token, not %s") % (cls.__name__, type(value).__name__))
    try:
        return cls(value)
    except ValueError:
        pass
    # The value is repeated only when it is close to one: anything else may be a person's name.
    closest = lib.sp_enum_suggest(cls._enum_id, value.encode("utf-8", "replace")) if "\x00" not in value else 0
    if closest:
        member = cls.from_number(closest)
        raise InvalidValueError(_('"%s" is not a %s; did you mean "%s" (%s)?') % (
            value, cls.__name__, member.label_sv, member.value), code="SP_EENUM")
    raise InvalidValueError(_("not a %s; expected one of: %s") % (
        cls.__name__, ", ".join('"%s" (%s)' % (m.label_sv, m.value) for m in cls)), code="SP_EENUM")


# ---- numbers ----------------------------------------------------------------


def _decimal_text(thousandths):
    buf = ctypes.create_string_buffer(32)
    lib.sp_decimal_format(buf, 32, thousandths)
    return buf.value.decode()


def _thousandths(value):
    import decimal  # here and below, not at the top: importing the package stays fast
    if isinstance(value, bool) or not isinstance(value, (int, float, str, decimal.Decimal)):
        raise TypeError(_("expected a decimal number, not %s") % type(value).__name__)
    if isinstance(value, float):
        value = decimal.Decimal(repr(value))
    if isinstance(value, decimal.Decimal):
        value = format(value, "f")  # str() would give "1E+1", which the library does not read
    out = ctypes.c_int64()
    _call(lib.sp_decimal_parse, ctypes.byref(out), str(value).encode())
    return out.value


# ---- nodes ------------------------------------------------------------------


class Node:
    """A part of a report. It keeps its report alive; it fails with ClosedError once the report is
    closed or the part has been removed from it."""

    __slots__ = ("_root", "_ptr", "_parent", "_field", "_seen")
    _type = None
    _fields: dict[str, int] = {}  # key: the library's sp_field pointer, from bind_types()

    def __init__(self, root, ptr, parent, field):
        self._root = root
        self._ptr = ptr
        self._parent = parent
        self._field = field
        self._seen = root._removals if root is not None else 0

    def _node(self):
        """The C pointer, after checking that it is still part of an open report."""
        root = self._root
        if root._ptr is None:
            raise ClosedError(_("the report is closed"))
        if self._seen != root._removals:
            # Something was removed since this object last looked: make sure it was not this. The address
            # alone does not tell: a part added since may have been given the removed part's memory.
            if root._removed.get(self._ptr, 0) > self._seen:
                raise ClosedError(_("this %s was removed from its report") % type(self).__name__)
            parent = self._parent._node()
            count = lib.sp_node_count(parent, self._field) if _field_kind(self._field) == KIND_LIST else 1
            if not any(lib.sp_node_child(parent, self._field, i) == self._ptr for i in range(count)):
                raise ClosedError(_("this %s was removed from its report") % type(self).__name__)
            self._seen = root._removals
        return self._ptr

    def __eq__(self, other):
        """The same part of the same report (not: parts with equal contents; compare to_dict() for that)."""
        if not isinstance(other, Node):
            return NotImplemented
        return type(self) is type(other) and self._root is other._root and self._ptr == other._ptr

    def __hash__(self):
        return hash(self._ptr)

    def __copy__(self):
        return self  # a part is a view of the report: a shallow copy is the same part

    def __reduce_ex__(self, protocol):
        # A copy would carry the C pointer into a report it does not belong to (or another process).
        raise TypeError(_("a part of a report cannot be copied or pickled; use to_dict(), or copy the whole report"))

    @property
    def path(self) -> str:
        """The JSON pointer of this part, e.g. "/priority_areas/0/interventions/2"."""
        buf = ctypes.create_string_buffer(1024)
        lib.sp_node_path(buf, len(buf), self._node())
        return buf.value.decode()

    @property
    def line(self) -> int | None:
        """Where this part began in the file it was loaded from (1-based), or None."""
        return lib.sp_node_line(self._node()) or None

    @property
    def column(self) -> int | None:
        return lib.sp_node_column(self._node()) or None

    def to_dict(self) -> dict[str, Any]:
        """This part as plain data (dicts, lists, str, int, Decimal, bool), keyed as in the files."""
        out = {}
        for name in self._fields:
            value = getattr(self, name)
            plain = _plain(value)
            if plain not in (None, [], {}):
                out[name] = plain
        return out

    def update(self, values: dict[str, Any] | Node | None = None, **fields: Any) -> Node:
        """Sets several fields from a dict and/or keywords; nested dicts and lists fill sub-parts."""
        if isinstance(values, Node):
            values = values.to_dict()
        if values is not None and not isinstance(values, dict):
            raise TypeError(_("expected a dict of fields, not %s") % type(values).__name__)
        for name, value in dict(values or {}, **fields).items():
            if name not in self._fields:
                raise AttributeError(_("%s has no field %r") % (type(self).__name__, name))
            field = self._fields[name]
            kind = _field_kind(field)
            if kind == KIND_OBJECT:
                getattr(self, name).update(value)
            elif kind == KIND_LIST:
                if isinstance(value, (str, bytes, dict)):
                    raise TypeError(_("%s takes a list of dicts, not %s") % (name, type(value).__name__))
                # Read the new items before clearing: they may be this very list's items.
                value = [item.to_dict() if isinstance(item, Node) else item for item in value or ()]
                items = getattr(self, name)
                items.clear()
                for item in value:
                    items.append(item)
            else:
                setattr(self, name, value)
        return self

    def __repr__(self):
        try:
            return "<%s %s>" % (type(self).__name__, self.path or "/")
        except Error:
            return "<%s (closed)>" % type(self).__name__


def _plain(value):
    if isinstance(value, Node):
        return value.to_dict()
    if isinstance(value, (NodeList, StringList)):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return [m.value for m in sorted(value, key=lambda m: m.number)]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _field_kind(field):
    return lib.sp_field_kind(field)


class _Items(MutableSequence[_T]):
    """What NodeList and StringList share: a list field of a part, and moving its items."""

    __slots__ = ("_owner", "_field")
    _owner: Node
    _field: int

    def __len__(self):
        return lib.sp_node_count(self._owner._node(), self._field)

    def _index(self, index):
        count = len(self)
        if not isinstance(index, int) or isinstance(index, bool):
            raise TypeError(_("list indices must be integers, not %s") % type(index).__name__)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(_("index out of range (the list has %d items)") % count)
        return index

    def _insertion_point(self, index):
        """Where insert(index, ...) puts an item, clamped as list.insert() does."""
        if not isinstance(index, int) or isinstance(index, bool):
            raise TypeError(_("list indices must be integers, not %s") % type(index).__name__)
        count = len(self)
        return min(max(index + count if index < 0 else index, 0), count)

    def _move_last_to(self, index):
        _call(lib.sp_node_move, self._owner._node(), self._field, len(self) - 1, index)

    def reverse(self):
        """Reverses the items in place; each stays the same part."""
        for i in range(len(self)):
            self._move_last_to(i)

    def clear(self):
        while len(self):
            del self[len(self) - 1]

    def __iter__(self) -> Iterator[_T]:
        for i in range(len(self)):
            yield self[i]


class NodeList(_Items[_N]):
    """The items of a list field (priority areas, interventions, outputs, ...), live: changes to the
    report show here, and changes here change the report. A list of the standard library's kind
    (collections.abc.MutableSequence): insert, index, count, pop, reverse, extend, `in` and the rest.
    An item is added from a dict of its fields (or another part, whose fields are copied); reading one
    gives the part itself, and pop() gives the removed part's fields as a dict, since the part is gone."""

    __slots__ = ("_cls",)

    def __init__(self, owner, field, cls):
        self._owner, self._field, self._cls = owner, field, cls

    if TYPE_CHECKING:
        @overload
        def __getitem__(self, index: int) -> _N: ...

        @overload
        def __getitem__(self, index: slice) -> list[_N]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = self._index(index)
        ptr = lib.sp_node_child_mut(self._owner._node(), self._field, index)
        return self._cls(self._owner._root, ptr, self._owner, self._field)

    def __delitem__(self, index):
        if isinstance(index, slice):
            for i in sorted(range(*index.indices(len(self))), reverse=True):
                del self[i]
            return
        index = self._index(index)
        owner = self._owner._node()
        ptr = lib.sp_node_child_mut(owner, self._field, index)
        _call(lib.sp_node_remove, owner, self._field, index)
        root = self._owner._root
        root._removals += 1
        root._removed[ptr] = root._removals

    def __setitem__(self, index, values):
        """Replaces item `index` by a new one filled from a dict (or another part's fields)."""
        index = self._index(index)
        self.insert(index, values)
        del self[index + 1]

    def append(self, values: dict[str, Any] | Node | None = None, **fields: Any) -> _N:  # type: ignore[override]
        """Adds a new item at the end, filled from a dict and/or keywords, and returns it."""
        out = ctypes.c_void_p()
        _call(lib.sp_node_append, ctypes.byref(out), self._owner._node(), self._field)
        item = self._cls(self._owner._root, out.value, self._owner, self._field)
        try:
            item.update(values, **fields)
        except BaseException:
            del self[len(self) - 1]
            raise
        return item

    def insert(self, index: int, values: dict[str, Any] | Node | None = None,  # type: ignore[override]
               **fields: Any) -> _N:
        """Adds a new item before `index`, filled as by append(), and returns it."""
        index = self._insertion_point(index)
        item = self.append(values, **fields)
        self._move_last_to(index)
        return item

    def remove(self, item):
        """Removes `item` (a part from this list) from the report."""
        if isinstance(item, Node):
            item._node()  # ClosedError when it was removed already (its memory may be another part's now)
        for i, candidate in enumerate(self):
            if isinstance(item, Node) and candidate._ptr == item._ptr:
                del self[i]
                return
        raise ValueError(_("the item is not in this list"))

    def pop(self, index: int = -1) -> dict[str, Any]:  # type: ignore[override]
        """Removes item `index` (the last by default) and returns its fields as a dict."""
        index = self._index(index)
        data = self[index].to_dict()
        del self[index]
        return data

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, (list, NodeList)) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self):
        return "[%s]" % ", ".join(repr(item) for item in self)


class StringList(_Items[str]):
    """The texts of a list-of-text field (an intervention's goals, other goals, actors), live; a
    collections.abc.MutableSequence like NodeList."""

    __slots__ = ()

    def __init__(self, owner, field):
        self._owner, self._field = owner, field

    if TYPE_CHECKING:
        @overload
        def __getitem__(self, index: int) -> str: ...

        @overload
        def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _text(lib.sp_node_item_string(self._owner._node(), self._field, self._index(index)))

    def __delitem__(self, index):
        if isinstance(index, slice):
            for i in sorted(range(*index.indices(len(self))), reverse=True):
                del self[i]
            return
        _call(lib.sp_node_remove, self._owner._node(), self._field, self._index(index))

    def __setitem__(self, index, text):
        index = self._index(index)
        self.insert(index, text)
        del self[index + 1]

    def append(self, text: str) -> None:
        _call(lib.sp_node_append_string, self._owner._node(), self._field, _bytes(text, "the text"))

    def insert(self, index: int, text: str) -> None:
        index = self._insertion_point(index)
        self.append(text)
        self._move_last_to(index)

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, (list, tuple, StringList)) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self):
        return repr(list(self))


# ---- fields: what the properties of _generated.py call, one getter and setter per kind ------------


def _number(node, key):
    return lib.sp_node_number(node._node(), node._fields[key])


def _set_number(node, key, number):
    _call(lib.sp_node_set_number, node._node(), node._fields[key], number)


def get_string(node, key):
    return _text(lib.sp_node_string(node._node(), node._fields[key]))


def set_string(node, key, value):
    _call(lib.sp_node_set_string, node._node(), node._fields[key], None if value is None else _bytes(value, key))


def get_integer(node, key):
    number = _number(node, key)
    return None if number < 0 else number


def set_integer(node, key, value):
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError(_("%s must be an int or None, not %s") % (key, type(value).__name__))
    _set_number(node, key, -1 if value is None else _int64(value, key))


def get_decimal(node, key):
    import decimal
    number = _number(node, key)
    return None if number < 0 else decimal.Decimal(_decimal_text(number))


def set_decimal(node, key, value):
    _set_number(node, key, -1 if value is None else _thousandths(value))


def get_boolean(node, key):
    number = _number(node, key)
    return None if number < 0 else bool(number)


def set_boolean(node, key, value):
    if value is not None and not isinstance(value, bool):
        raise TypeError(_("%s must be True, False or None") % key)
    _set_number(node, key, -1 if value is None else int(value))


def get_enum(node, key, cls):
    number = _number(node, key)
    return None if number < 0 else cls.from_number(number)


def set_enum(node, key, cls, value):
    _set_number(node, key, -1 if value is None else _enum_member(cls, value).number)


def get_enum_set(node, key, cls):
    mask = max(_number(node, key), 0)
    return frozenset(m for m in cls if mask & (1 << m.number))


def set_enum_set(node, key, cls, values):
    if isinstance(values, (str, bytes)):
        raise TypeError(_("%s takes a collection of %s, not one text") % (key, cls.__name__))
    mask = 0
    for value in values or ():
        mask |= 1 << _enum_member(cls, value).number
    _set_number(node, key, mask)


def get_string_list(node, key):
    return StringList(node, node._fields[key])


def set_string_list(node, key, values):
    if isinstance(values, (str, bytes)):
        raise TypeError(_("%s takes a list of texts, not one text") % key)
    values = list(values or ())
    for value in values:
        _bytes(value, key)
    items = get_string_list(node, key)
    items.clear()
    items.extend(values)


def get_object(node, key, cls):
    field = node._fields[key]
    return cls(node._root, lib.sp_node_child(node._node(), field, 0), node, field)


def get_list(node, key, cls):
    return NodeList(node, node._fields[key], cls)


CLASSES = {}  # the format's type name: its class, from bind_types()
DECIMAL_PATHS = {}  # for each class, the fields to_dict() visits for decimals, from bind_types()


def bind_types(*classes):
    """Gives each element class of _generated.py its type and fields from the library's schema, the
    fields in the library's order, after checking that the library has every field the class has.
    Returns {the format's type name: class}."""
    by_name = {cls._type_name: cls for cls in classes}
    pending = [lib.sp_schema_report()]
    while pending:
        sp_type = pending.pop()
        cls = by_name.get(_text(lib.sp_type_name(sp_type)))
        if cls is None or cls._type is not None:
            continue
        fields = {}
        for i in range(lib.sp_type_field_count(sp_type)):
            field = lib.sp_type_field(sp_type, i)
            key = _text(lib.sp_field_key(field))
            if key in cls._keys:
                fields[key] = field
            if lib.sp_field_type(field):
                pending.append(lib.sp_field_type(field))
        missing = [key for key in cls._keys if key not in fields]
        if missing:
            raise ImportError(_("serviceprogram: the C library %s has no field %s in %s; it is older than this "
                                "binding") % (_native.LIBRARY_PATH, ", ".join(missing), cls._type_name))
        cls._type, cls._fields = sp_type, fields
    unbound = [cls._type_name for cls in classes if cls._type is None]
    if unbound:
        raise ImportError(_("serviceprogram: the C library %s has no element type %s; it is older than this "
                            "binding") % (_native.LIBRARY_PATH, ", ".join(unbound)))
    CLASSES.update(by_name)
    DECIMAL_PATHS.update(_decimal_paths(CLASSES))
    return CLASSES


# ---- the report ---------------------------------------------------------------


class ReportBase(Node):
    """What the report class (Report in _generated.py) has besides its fields."""

    __slots__ = ("_removals", "_removed", "__weakref__")

    @property
    def _root(self):
        # A report is its own root. A property, not a reference to itself: such a reference cycle would
        # keep every report alive until the cyclic garbage collector ran, not free it when the last
        # reference goes.
        return self

    def __init__(self, region: str | None = None, year: int | None = None, _ptr: int | None = None) -> None:
        if _ptr is None:
            if region is None or year is None:
                raise TypeError(_("Report() needs a region name and a year"))
            _int64(year, "the year")
            out = ctypes.c_void_p()
            _call(lib.sp_report_new, ctypes.byref(out), _bytes(region, "the region name"), year)
            _ptr = out.value
        self._removals = 0
        self._removed: dict[int, int] = {}  # address of a removed part: the value of _removals after its removal
        self._ptr, self._parent, self._field, self._seen = _ptr, None, None, 0

    def _node(self):
        if self._ptr is None:
            raise ClosedError(_("the report is closed"))
        return self._ptr

    def close(self):
        """Frees the report now; it and its parts can no longer be used."""
        if self._ptr is not None:
            lib.sp_report_free(self._ptr)
            self._ptr = None

    def __del__(self):
        if getattr(self, "_ptr", None) is not None:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __copy__(self):
        return self.copy()

    def __reduce_ex__(self, protocol):
        # copy.copy(), copy.deepcopy() and pickle get an independent report, never a shared C pointer.
        return (loads, (self.dumps("json"), "json", "keep"))

    @property
    def source(self) -> str | None:
        """The file name the report was loaded from, or None."""
        return _text(lib.sp_report_source(self._node()))

    def dumps(self, format: str = "json") -> str:
        """The report as JSON or YAML text."""
        if format not in ("json", "yaml"):
            raise ValueError(_("format must be 'json' or 'yaml'"))
        opts = _native.options(_native.SaveOptions, syntax=SYNTAX[format])
        out, length = ctypes.c_void_p(), ctypes.c_size_t()
        _call(lib.sp_report_save_buffer, ctypes.byref(out), ctypes.byref(length), self._node(), ctypes.byref(opts))
        try:
            return ctypes.string_at(out, length.value).decode("utf-8")
        finally:
            lib.sp_free(out)

    def save(self, path: str | bytes | os.PathLike[str], format: str | None = None) -> None:
        """Writes the report to `path`, whole or not at all; JSON for .json, else YAML, unless `format`."""
        if format not in (None, "json", "yaml"):
            raise ValueError(_("format must be None, 'json' or 'yaml'"))
        opts = _native.options(_native.SaveOptions, syntax=SYNTAX[format])
        _call(lib.sp_report_save_file, self._node(), _path(path), ctypes.byref(opts))

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, exactly as its JSON: FTE as Decimal."""
        import decimal
        import json
        return _decimals(type(self), json.loads(self.dumps("json"), parse_float=decimal.Decimal))

    def copy(self) -> Report:
        out = ctypes.c_void_p()
        _call(lib.sp_report_copy, ctypes.byref(out), self._node())
        return _wrap(out)

    def __eq__(self, other):
        if not isinstance(other, ReportBase):
            return NotImplemented
        return bool(lib.sp_report_equal(self._node(), other._node()))

    __hash__ = None  # type: ignore[assignment]

    def difference(self, other: ReportBase) -> str | None:
        """The JSON pointer of the first difference from `other`, or None when they are equal."""
        if not isinstance(other, ReportBase):
            raise TypeError(_("difference() compares two Reports, not %s") % type(other).__name__)
        size = lib.sp_report_difference(None, 0, self._node(), other._node())
        if size < 0:
            return None
        buf = ctypes.create_string_buffer(size + 1)
        lib.sp_report_difference(buf, size + 1, self._node(), other._node())
        return buf.value.decode()

    # Checking, figures, the diff and the derived reports are in _analysis, imported at the first call:
    # it needs dataclasses and datetime, whose import would make importing the package several times slower.

    def validate(self, submission: bool = False, today: datetime.date | None = None,
                 language: str | None = None) -> list[Diagnostic]:
        """The findings about this report; with submission=True also the completeness checks for sending,
        with the deadline counted from `today` (a datetime.date, default today). Messages are in
        `language`: None for the locale's, "en" or "sv"."""
        from . import _analysis
        return _analysis.validate(self, submission, today, language)

    def check(self, submission: bool = False, today: datetime.date | None = None,
              language: str | None = None) -> list[Diagnostic]:
        """Raises ValidationError when validate() finds an error; returns the warnings otherwise."""
        from . import _analysis
        return _analysis.check(self, submission, today, language)

    def deadline(self, today: datetime.date | None = None) -> tuple[datetime.date, int]:
        """(the deadline as a date, days left: negative when late)."""
        from . import _analysis
        return _analysis.deadline(self, today)

    def figures(self) -> Figures:
        """The report's figures: FTE, decisions, kronor, interventions per area, status and service type."""
        from . import _analysis
        return _analysis.figures(self)

    def same_region(self, other: ReportBase) -> bool:
        """Whether the two reports are of one region: by county code where both give one, else by the name
        without a leading "Region" and without regard to case."""
        return bool(lib.sp_report_same_region(self._node(), other._node()))

    def save_form(self, path: str | bytes | os.PathLike[str]) -> None:
        """Writes the report as Tillväxtverket's Word form (.docx), through libserviceprogram-form."""
        from . import _form
        _form.save_form(self, path)

    def fill_outputs(self) -> int:
        """Fills each output's absent support type, count and amount_sek from its text, where the text reads
        without guessing and agrees with what is filled in; never changes a field that is set. Returns how
        many outputs were changed; validate() warns about those left alone."""
        from . import _outputs
        return _outputs.fill_outputs(self)

    def diff(self, new: ReportBase) -> list[Change]:
        """What changed from this report to report `new` (normally one region, two years)."""
        from . import _analysis
        return _analysis.diff(self, new)

    def next_year(self) -> Report:
        """The skeleton of next year's report: the continuing interventions, outputs and effects emptied."""
        from . import _analysis
        return _analysis.next_year(self)

    def redact(self) -> Report:
        """A copy without personal data."""
        from . import _analysis
        return _analysis.redact(self)


def _decimal_paths(classes):
    """For each class, the fields that hold a decimal or lead to one, as (key, kind, child class):
    all that to_dict() has to visit, found in the library's own description of the format."""
    children = {}  # class: [(key, kind, child class or None)] of its decimal, object and list fields
    for cls in classes.values():
        children[cls] = []
        for key, field in cls._fields.items():
            kind = _field_kind(field)
            if kind in (KIND_DECIMAL, KIND_OBJECT, KIND_LIST):
                child = None if kind == KIND_DECIMAL else classes[_text(lib.sp_type_name(lib.sp_field_type(field)))]
                children[cls].append((key, kind, child))
    # The classes that hold a decimal somewhere below them, to a fixed point (the format may nest a type in itself).
    reach = set()
    grew = True
    while grew:
        grew = False
        for cls, fields in children.items():
            if cls not in reach and any(kind == KIND_DECIMAL or child in reach for _, kind, child in fields):
                reach.add(cls)
                grew = True
    return {cls: tuple((key, kind, child) for key, kind, child in fields if kind == KIND_DECIMAL or child in reach)
            for cls, fields in children.items()}




def _decimals(cls, data):
    """Makes the decimal fields of `data` (plain data of a `cls`) Decimals: JSON writes 1.0 FTE as 1.
    Visits only the paths that can hold one (staffing[].positions[].fte in format 1)."""
    import decimal
    for key, kind, child in DECIMAL_PATHS[cls]:
        value = data.get(key)
        if value is None:
            continue
        if kind == KIND_DECIMAL:
            data[key] = decimal.Decimal(value)
        elif kind == KIND_LIST:
            for item in value:
                _decimals(child, item)
        else:
            _decimals(child, value)
    return data


def _wrap(out):
    return CLASSES["report"](_ptr=out.value)


def _load(function, opts, *args):
    """Calls sp_report_load_buffer or _file with `args` between the report and the options: the report,
    or a ParseError (or FileError) whose `errors` has every error of the load."""
    errors = ctypes.c_void_p()
    if lib.sp_load_errors_new(ctypes.byref(errors)) < 0:
        raise MemoryError(_("out of memory"))
    try:
        opts.errors = errors
        out = ctypes.c_void_p()
        err = _native.SpError()
        rc = function(ctypes.byref(out), *args, ctypes.byref(opts), ctypes.byref(err))
        if rc < 0:
            found = [lib.sp_load_errors_get(errors, i).contents for i in range(lib.sp_load_errors_count(errors))]
            raise_for(rc, err, parsing=True, more=found[1:])
    finally:
        lib.sp_load_errors_free(errors)
    return _wrap(out)


def _load_options(format: str | None, unknown_keys: str, source_name: bytes | None, max_errors: int | None,
                  language: str | None) -> Any:
    if format not in SYNTAX or unknown_keys not in UNKNOWN_KEYS:
        raise ValueError(_("format is None, 'json' or 'yaml'; unknown_keys is 'error', 'keep' or 'drop'"))
    if max_errors is not None and (not isinstance(max_errors, int) or isinstance(max_errors, bool) or
                                   max_errors < 1):
        raise ValueError(_("max_errors is None (100) or a whole number from 1"))
    return _native.options(_native.LoadOptions, syntax=SYNTAX[format], unknown_keys=UNKNOWN_KEYS[unknown_keys],
                           source_name=source_name, max_errors=max_errors or 0,
                           language=_native.language_number(language))


def loads(text: str | bytes, format: str | None = None, unknown_keys: str = "error",
          source_name: str = "<string>", max_errors: int | None = None, language: str | None = None) -> Report:
    """Reads a report from JSON or YAML text (str or bytes); `format` None detects it: text that begins
    with { or [ is strict JSON, other text YAML. A ParseError lists in `errors` every error in the
    content, up to `max_errors` (None: 100). Messages are in `language`: None for the locale's, "en"
    or "sv"."""
    if isinstance(text, str):
        text = text.encode("utf-8")
    if not isinstance(text, (bytes, bytearray)):
        raise TypeError(_("loads() takes str or bytes, not %s") % type(text).__name__)
    opts = _load_options(format, unknown_keys, _bytes(source_name, "source_name"), max_errors, language)
    return _load(lib.sp_report_load_buffer, opts, bytes(text), len(text))


def load(path_or_file: str | bytes | os.PathLike[str] | IO[Any], format: str | None = None,
         unknown_keys: str = "error", max_errors: int | None = None, language: str | None = None) -> Report:
    """Reads a report from a file name or an open file (text or binary). With `format` None, a name
    ending in .json is JSON, .yaml or .yml YAML; other files are told by their content, as loads() does.
    Errors as loads()."""
    if hasattr(path_or_file, "read"):
        name = getattr(path_or_file, "name", "<stream>")
        name = name if isinstance(name, str) else "<stream>"
        if format is None:
            format = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}.get(os.path.splitext(name)[1].lower())
        return loads(path_or_file.read(), format, unknown_keys, name, max_errors, language)
    if not isinstance(path_or_file, (str, bytes, os.PathLike)):
        raise TypeError(_("load() takes a file name or an open file, not %s") % type(path_or_file).__name__)
    opts = _load_options(format, unknown_keys, None, max_errors, language)
    return _load(lib.sp_report_load_file, opts, _path(path_or_file))


def _json_default(value):
    import decimal
    if isinstance(value, decimal.Decimal):
        return format(value, "f")  # the library reads decimals written as text exactly
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(_("%s cannot go into a report") % type(value).__name__)


def from_dict(data: dict[str, Any], unknown_keys: str = "error", language: str | None = None) -> Report:
    """A report from plain data shaped like its JSON (as to_dict() gives); errors as loads(), in `language`."""
    if not isinstance(data, dict):
        raise TypeError(_("from_dict() takes a dict, not %s") % type(data).__name__)
    import json
    return loads(json.dumps(data, default=_json_default), "json", unknown_keys, "<dict>", language=language)
