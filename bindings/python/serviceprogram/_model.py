"""The report as Python objects, built at import from the library's own description of the format.

Every element type of the format (report, region, intervention, ...) becomes a class whose properties are
its fields, so nothing here lists the format's keys: a field the library gains appears here too.
"""
import ctypes
import decimal
import enum
import json
import os

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


def _camel(name):
    return "".join(part.capitalize() for part in name.split("_"))


def _make_enum(enum_id):
    name = _text(lib.sp_enum_name(enum_id))
    tokens = [_text(lib.sp_enum_token(enum_id, n)) for n in range(1, lib.sp_enum_max(enum_id) + 1)]
    cls = LabelledEnum(_camel(name), [(t.upper(), t) for t in tokens], module=__name__)
    cls._enum_id = enum_id
    cls._numbers = {t: n for n, t in enumerate(tokens, 1)}
    return cls


ENUM_COUNT = lib.sp_enum_count()
ENUMS = [_make_enum(e) for e in range(ENUM_COUNT)]
Trend, SupportType, StaffingArea, ContactRole, Actor, LadderStep, ServiceType, Status, EffectsBasis = ENUMS


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
    _fields = {}

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
    def path(self):
        """The JSON pointer of this part, e.g. "/priority_areas/0/interventions/2"."""
        buf = ctypes.create_string_buffer(1024)
        lib.sp_node_path(buf, len(buf), self._node())
        return buf.value.decode()

    @property
    def line(self):
        """Where this part began in the file it was loaded from (1-based), or None."""
        return lib.sp_node_line(self._node()) or None

    @property
    def column(self):
        return lib.sp_node_column(self._node()) or None

    def to_dict(self):
        """This part as plain data (dicts, lists, str, int, Decimal, bool), keyed as in the files."""
        out = {}
        for name in self._fields:
            value = getattr(self, name)
            plain = _plain(value)
            if plain not in (None, [], {}):
                out[name] = plain
        return out

    def update(self, values=None, **fields):
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


class NodeList:
    """The items of a list field (priority areas, interventions, outputs, ...), live: changes to the
    report show here, and append/remove change the report."""

    __slots__ = ("_owner", "_field", "_cls")

    def __init__(self, owner, field, cls):
        self._owner, self._field, self._cls = owner, field, cls

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

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = self._index(index)
        ptr = lib.sp_node_child_mut(self._owner._node(), self._field, index)
        return self._cls(self._owner._root, ptr, self._owner, self._field)

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __delitem__(self, index):
        index = self._index(index)
        owner = self._owner._node()
        ptr = lib.sp_node_child_mut(owner, self._field, index)
        _call(lib.sp_node_remove, owner, self._field, index)
        root = self._owner._root
        root._removals += 1
        root._removed[ptr] = root._removals

    def append(self, values=None, **fields):
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

    def remove(self, item):
        """Removes `item` (a part from this list) from the report."""
        if isinstance(item, Node):
            item._node()  # ClosedError when it was removed already (its memory may be another part's now)
        for i, candidate in enumerate(self):
            if isinstance(item, Node) and candidate._ptr == item._ptr:
                del self[i]
                return
        raise ValueError(_("the item is not in this list"))

    def clear(self):
        while len(self):
            del self[len(self) - 1]

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, (list, NodeList)) else NotImplemented

    def __repr__(self):
        return "[%s]" % ", ".join(repr(item) for item in self)


class StringList:
    """The texts of a list-of-text field (an intervention's goals, other goals, actors), live."""

    __slots__ = ("_owner", "_field")

    def __init__(self, owner, field):
        self._owner, self._field = owner, field

    def __len__(self):
        return lib.sp_node_count(self._owner._node(), self._field)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _text(lib.sp_node_item_string(self._owner._node(), self._field, NodeList._index(self, index)))

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __delitem__(self, index):
        _call(lib.sp_node_remove, self._owner._node(), self._field, NodeList._index(self, index))

    def append(self, text):
        _call(lib.sp_node_append_string, self._owner._node(), self._field, _bytes(text, "the text"))

    def remove(self, text):
        for i, candidate in enumerate(self):
            if candidate == text:
                del self[i]
                return
        raise ValueError(_("the text is not in this list"))

    def clear(self):
        while len(self):
            del self[len(self) - 1]

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, (list, tuple, StringList)) else NotImplemented

    def __repr__(self):
        return repr(list(self))


def _make_property(field, classes):
    kind = _field_kind(field)
    key = _text(lib.sp_field_key(field))
    enum_id = lib.sp_field_enum(field)
    enum_cls = ENUMS[enum_id] if enum_id >= 0 else None
    doc = "%s (%s)" % (_text(lib.sp_field_label_sv(field)), key)

    if kind == KIND_STRING:
        def get(self):
            return _text(lib.sp_node_string(self._node(), field))

        def set(self, value):
            _call(lib.sp_node_set_string, self._node(), field,
                  None if value is None else _bytes(value, key))
    elif kind in (KIND_INTEGER, KIND_DECIMAL, KIND_BOOLEAN, KIND_ENUM):
        def get(self):
            number = lib.sp_node_number(self._node(), field)
            if number < 0:
                return None
            if kind == KIND_DECIMAL:
                return decimal.Decimal(_decimal_text(number))
            if kind == KIND_BOOLEAN:
                return bool(number)
            if kind == KIND_ENUM:
                return enum_cls.from_number(number)
            return number

        def set(self, value):
            if value is None:
                number = -1
            elif kind == KIND_DECIMAL:
                number = _thousandths(value)
            elif kind == KIND_BOOLEAN:
                if not isinstance(value, bool):
                    raise TypeError(_("%s must be True, False or None") % key)
                number = int(value)
            elif kind == KIND_ENUM:
                number = _enum_member(enum_cls, value).number
            else:
                if not isinstance(value, int) or isinstance(value, bool):
                    raise TypeError(_("%s must be an int or None, not %s") % (key, type(value).__name__))
                number = _int64(value, key)
            _call(lib.sp_node_set_number, self._node(), field, number)
    elif kind == KIND_ENUM_SET:
        def get(self):
            mask = max(lib.sp_node_number(self._node(), field), 0)
            return frozenset(m for m in enum_cls if mask & (1 << m.number))

        def set(self, values):
            if values is None:
                values = ()
            if isinstance(values, (str, bytes)):
                raise TypeError(_("%s takes a collection of %s, not one text") % (key, enum_cls.__name__))
            mask = 0
            for value in values:
                mask |= 1 << _enum_member(enum_cls, value).number
            _call(lib.sp_node_set_number, self._node(), field, mask)
    elif kind == KIND_STRING_LIST:
        def get(self):
            return StringList(self, field)

        def set(self, values):
            items = StringList(self, field)
            if isinstance(values, (str, bytes)):
                raise TypeError(_("%s takes a list of texts, not one text") % key)
            values = list(values or ())
            for value in values:
                _bytes(value, key)
            items.clear()
            for value in values:
                items.append(value)
    elif kind == KIND_OBJECT:
        child_name = _text(lib.sp_type_name(lib.sp_field_type(field)))

        def get(self):
            return classes[child_name](self._root, lib.sp_node_child_mut(self._node(), field, 0), self, field)

        set = None
    else:
        child_name = _text(lib.sp_type_name(lib.sp_field_type(field)))

        def get(self):
            return NodeList(self, field, classes[child_name])

        set = None
    return key, property(get, set, doc=doc)


def _make_classes():
    classes = {}
    pending = [lib.sp_schema_report()]
    while pending:
        sp_type = pending.pop()
        name = _text(lib.sp_type_name(sp_type))
        if name in classes:
            continue
        base = Report if name == "report" else Node
        fields = {}
        attrs = {"__slots__": () if base is Node else (), "_type": sp_type, "_fields": fields,
                 "__doc__": "%s (%s)" % (_text(lib.sp_type_label_sv(sp_type)), name)}
        for i in range(lib.sp_type_field_count(sp_type)):
            field = lib.sp_type_field(sp_type, i)
            key, prop = _make_property(field, classes)
            fields[key] = field
            attrs[key] = prop
            if lib.sp_field_type(field):
                pending.append(lib.sp_field_type(field))
        classes[name] = type(_camel(name) if name != "report" else "Report", (base,), attrs)
    return classes


# ---- the report ---------------------------------------------------------------


class Report(Node):
    """A region's follow-up of one year. Report("Region Gotland", 2024) makes a new one; load() and
    loads() read one. Close it (or use `with`) to free it at once; otherwise it is freed when no
    Python object refers to it or its parts any more."""

    __slots__ = ("_removals", "_removed", "__weakref__")

    @property
    def _root(self):
        # A report is its own root. A property, not a reference to itself: such a reference cycle would
        # keep every report alive until the cyclic garbage collector ran, not free it when the last
        # reference goes.
        return self

    def __new__(cls, *args, **kwargs):
        return object.__new__(CLASSES["report"])

    def __init__(self, region=None, year=None, _ptr=None):
        if _ptr is None:
            if region is None or year is None:
                raise TypeError(_("Report() needs a region name and a year"))
            _int64(year, "the year")
            out = ctypes.c_void_p()
            _call(lib.sp_report_new, ctypes.byref(out), _bytes(region, "the region name"), year)
            _ptr = out.value
        self._removals = 0
        self._removed = {}  # address of a removed part: the value of _removals after its removal
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
    def source(self):
        """The file name the report was loaded from, or None."""
        return _text(lib.sp_report_source(self._node()))

    def dumps(self, format="json"):
        """The report as JSON or YAML text."""
        if format not in ("json", "yaml"):
            raise ValueError(_("format must be 'json' or 'yaml'"))
        opts = _native.options(_native.SaveOptions, syntax=SYNTAX[format])
        out, length = ctypes.c_void_p(), ctypes.c_size_t()
        _call(lib.sp_report_save_buffer, ctypes.byref(out), ctypes.byref(length), self._node(), ctypes.byref(opts))
        try:
            return ctypes.string_at(out.value, length.value).decode("utf-8")
        finally:
            lib.sp_free(out)

    def save(self, path, format=None):
        """Writes the report to `path`, whole or not at all; JSON for .json, else YAML, unless `format`."""
        if format not in (None, "json", "yaml"):
            raise ValueError(_("format must be None, 'json' or 'yaml'"))
        opts = _native.options(_native.SaveOptions, syntax=SYNTAX[format])
        _call(lib.sp_report_save_file, self._node(), _path(path), ctypes.byref(opts))

    def to_dict(self):
        """The report as plain data, exactly as its JSON: FTE as Decimal."""
        return _decimals(type(self), json.loads(self.dumps("json"), parse_float=decimal.Decimal))

    def copy(self):
        out = ctypes.c_void_p()
        _call(lib.sp_report_copy, ctypes.byref(out), self._node())
        return Report(_ptr=out.value)

    def __eq__(self, other):
        if not isinstance(other, Report):
            return NotImplemented
        return bool(lib.sp_report_equal(self._node(), other._node()))

    __hash__ = None

    def difference(self, other):
        """The JSON pointer of the first difference from `other`, or None when they are equal."""
        if not isinstance(other, Report):
            raise TypeError(_("difference() compares two Reports, not %s") % type(other).__name__)
        size = lib.sp_report_difference(None, 0, self._node(), other._node())
        if size < 0:
            return None
        buf = ctypes.create_string_buffer(size + 1)
        lib.sp_report_difference(buf, size + 1, self._node(), other._node())
        return buf.value.decode()


CLASSES = _make_classes()
globals().update({cls.__name__: cls for cls in CLASSES.values() if cls.__name__ != "Report"})
Report = CLASSES["report"]


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


DECIMAL_PATHS = _decimal_paths(CLASSES)


def _decimals(cls, data):
    """Makes the decimal fields of `data` (plain data of a `cls`) Decimals: JSON writes 1.0 FTE as 1.
    Visits only the paths that can hold one (staffing[].positions[].fte in format 1)."""
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
    return Report(_ptr=out.value)


def loads(text, format=None, unknown_keys="error", source_name="<string>", language=None):
    """Reads a report from JSON or YAML text (str or bytes); `format` None detects it: text that begins
    with { or [ is strict JSON, other text YAML. An error's message is in `language`: None for the
    locale's, "en" or "sv"."""
    if isinstance(text, str):
        text = text.encode("utf-8")
    if not isinstance(text, (bytes, bytearray)):
        raise TypeError(_("loads() takes str or bytes, not %s") % type(text).__name__)
    if format not in SYNTAX or unknown_keys not in UNKNOWN_KEYS:
        raise ValueError(_("format is None, 'json' or 'yaml'; unknown_keys is 'error', 'keep' or 'drop'"))
    opts = _native.options(_native.LoadOptions, syntax=SYNTAX[format], unknown_keys=UNKNOWN_KEYS[unknown_keys],
                           source_name=_bytes(source_name, "source_name"),
                           language=_native.language_number(language))
    out = ctypes.c_void_p()
    _call(lib.sp_report_load_buffer, ctypes.byref(out), bytes(text), len(text), ctypes.byref(opts), parsing=True)
    return _wrap(out)


def load(path_or_file, format=None, unknown_keys="error", language=None):
    """Reads a report from a file name or an open file (text or binary). With `format` None, a name
    ending in .json is JSON, .yaml or .yml YAML; other files are told by their content, as loads() does.
    Errors are in `language`, as loads() says."""
    if hasattr(path_or_file, "read"):
        name = getattr(path_or_file, "name", "<stream>")
        name = name if isinstance(name, str) else "<stream>"
        if format is None:
            format = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}.get(os.path.splitext(name)[1].lower())
        return loads(path_or_file.read(), format, unknown_keys, name, language)
    if not isinstance(path_or_file, (str, bytes, os.PathLike)):
        raise TypeError(_("load() takes a file name or an open file, not %s") % type(path_or_file).__name__)
    if format not in SYNTAX or unknown_keys not in UNKNOWN_KEYS:
        raise ValueError(_("format is None, 'json' or 'yaml'; unknown_keys is 'error', 'keep' or 'drop'"))
    opts = _native.options(_native.LoadOptions, syntax=SYNTAX[format], unknown_keys=UNKNOWN_KEYS[unknown_keys],
                           language=_native.language_number(language))
    out = ctypes.c_void_p()
    _call(lib.sp_report_load_file, ctypes.byref(out), _path(path_or_file), ctypes.byref(opts), parsing=True)
    return _wrap(out)


def _json_default(value):
    if isinstance(value, decimal.Decimal):
        return format(value, "f")  # the library reads decimals written as text exactly
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(_("%s cannot go into a report") % type(value).__name__)


def from_dict(data, unknown_keys="error"):
    """A report from plain data shaped like its JSON (as to_dict() gives)."""
    if not isinstance(data, dict):
        raise TypeError(_("from_dict() takes a dict, not %s") % type(data).__name__)
    return loads(json.dumps(data, default=_json_default), "json", unknown_keys, "<dict>")
