"""A Calc document laid out by the writer -> a report, with the cell of every value kept, so that the
library's complaints (a bad amount, an unknown status, a validator finding) name the sheet and cell."""
import decimal
import os
import re
from collections import namedtuple

import serviceprogram as sp

from . import layout as L
from .office import SheetValues, cell_name

QUESTION_START = re.compile(r"\s*([1-9])\.\s")
FORMATS = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}

Place = namedtuple("Place", "sheet col row heading")


class Problem(namedtuple("Problem", "sheet col row heading message")):
    """Something wrong in one cell (or, with sheet None, in the document)."""

    @property
    def cell(self):
        return cell_name(self.col, self.row)

    def __str__(self):
        if self.sheet is None:
            return self.message
        where = "%s, cell %s" % (self.sheet, self.cell)
        return "%s%s: %s" % (where, " (%s)" % self.heading if self.heading else "", self.message)


class SheetError(ValueError):
    """The document cannot become a report; `problems` lists each cell at fault."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


SHOWN_ERRORS = 10  # of a file's errors, those a message box shows: a box of 100 lines would not fit a screen


def describe(error):
    """What a person reads of an error: a report file's errors one a line, every one up to SHOWN_ERRORS (the
    first alone can mislead: a missing ']' is first read as a list where a year belongs, and only the next
    error says the YAML is broken); a UNO exception's Message; else its text."""
    errors = getattr(error, "errors", None) or [error]
    lines = [getattr(e, "Message", None) or str(e) for e in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(sp.translate("more errors, not shown: %d") % (len(errors) - SHOWN_ERRORS))
    return "\n".join(lines)


class Reading:
    """The plain data read so far, where each value came from (by JSON pointer), and what was wrong."""

    def __init__(self, language=None):
        self.data = {}
        self.where = {"": Place(L.QUESTIONS, 0, 0, "")}
        self.problems = []
        self.language = language

    def place(self, path, values, col, row, heading=""):
        """Records the cell of `path`; the first one given stays (an enum's first X column, ...)."""
        self.where.setdefault(path, Place(values.name, col, row, heading))

    def problem(self, values, col, row, heading, message, *args):
        """`message` (English, a printf format of `args`) in the reading's language (None: the locale's)."""
        self.problems.append(Problem(values.name, col, row, heading, sp.translate(message, self.language) % args))

    def locate(self, path):
        """The cell of `path`, or of its nearest ancestor that has one."""
        path = path or ""
        while path not in self.where:
            path = path.rsplit("/", 1)[0]
        return self.where[path]


# ---- cells -> values ---------------------------------------------------------------------------------


def _number_text(value):
    return format(decimal.Decimal(repr(value)), "f")


def convert(reading, values, col, row, column):
    """The value of one cell for `column`, as plain data; None when empty. Numbers typed as text go to
    the library as they are: it reads "0,15" and "1 537 062 kr" and names what it cannot read."""
    kind = column.kind
    raw = values.value(col, row)
    if kind in ("int", "amount", "decimal"):
        if isinstance(raw, float):
            if kind == "decimal":
                return _number_text(raw)
            return int(raw) if raw.is_integer() else raw
        return raw.strip() or None
    text = values.text(col, row)
    if kind == "lines":
        return [line for line in text.split("\n") if line] or None
    if kind == "label":
        return text.strip() or None
    if kind == "yesno":
        return _yes_no(reading, values, col, row, column, text.strip())
    return text or None


def _yes_no(reading, values, col, row, column, text):
    answer = {L.YES.lower(): True, L.NO.lower(): False, "": None}.get(text.lower(), "?")
    if answer == "?":
        # Like the library's messages, these do not repeat the cell's text: it may be personal data.
        reading.problem(values, col, row, L.heading_text(column), "write %s or %s, or leave the cell empty",
                        L.YES, L.NO)
        return None
    return answer


def marked(reading, values, col, row, column):
    text = values.text(col, row).strip()
    if text and text.upper() != L.MARK:
        reading.problem(values, col, row, L.heading_text(column), "write X or leave the cell empty")
    return text.upper() == L.MARK


def _keys(column):
    return column.path if isinstance(column.path, tuple) else (column.path,)


def read_fields(reading, values, row, columns, level, path):
    """The fields of one item (level 0) or sub-item (level 1) from one row."""
    item = {}
    for c, column in enumerate(columns):
        if not column or column.level != level or column.kind == "marker":
            continue
        keys = _keys(column)
        heading = L.heading_text(column)
        for depth in range(1, len(keys) + 1):  # "/effects" and "/effects/short_term" both
            reading.place(path + "".join("/" + k for k in keys[:depth]), values, c, row, heading)
        if column.kind == "choice":
            if marked(reading, values, c, row, column):
                if keys[0] in item:
                    reading.problem(values, c, row, heading, "mark only one of the columns %s", ", ".join(
                        L.heading_text(o) for o in columns if o and o.kind == "choice" and o.path == column.path))
                item[keys[0]] = column.value
            continue
        if column.kind == "member":
            if marked(reading, values, c, row, column):
                item.setdefault(keys[0], []).append(column.value)
            continue
        value = convert(reading, values, c, row, column)
        if value is not None:
            _put(item, keys, value)
    return item


def _put(target, keys, value):
    for key in keys[:-1]:
        target = target.setdefault(key, {})
    target[keys[-1]] = value


def _filled(values, row, columns, level):
    return any(values.filled(c, row) for c, column in enumerate(columns) if column and column.level == level)


def _first_column(columns, level):
    return next(c for c, column in enumerate(columns) if column and column.level == level)


def read_table(reading, values, first_row, end_row, columns, base, sub_key):
    """The items of a table: a row with any item column filled starts an item; a row with sub-item columns
    (an output, a position) adds one to the item above. Empty rows are skipped."""
    items = []
    for row in range(first_row, end_row):
        _stray_cells(reading, values, row, columns)
        starts, sub = _filled(values, row, columns, 0), sub_key and _filled(values, row, columns, 1)
        if not starts and not sub:
            continue
        if starts:
            path = "%s/%d" % (base, len(items))
            reading.place(path, values, 0, row, L.heading_text(columns[0]))
            items.append(read_fields(reading, values, row, columns, 0, path))
        elif not items:
            c = _first_column(columns, 1)
            reading.problem(values, c, row, L.heading_text(columns[c]),
                            "this row adds to the row above it, but there is none: fill in %s in column A to "
                            "start a new one", L.heading_text(columns[0]))
            continue
        if sub:
            subs = items[-1].setdefault(sub_key, [])
            path = "%s/%d/%s/%d" % (base, len(items) - 1, sub_key, len(subs))
            c = _first_column(columns, 1)
            reading.place(path, values, c, row, L.heading_text(columns[c]))
            subs.append(read_fields(reading, values, row, columns, 1, path))
    return items


def _stray_cells(reading, values, row, columns):
    """Text in a table's row but in no column of it would be lost without a word: say so."""
    for c in range(len(values.rows[row]) if row < values.height else 0):
        if (c >= len(columns) or columns[c] is None) and values.filled(c, row):
            reading.problem(values, c, row, "", "this column is not part of the table and is not read: move the "
                            "text to a column of the table")


def headings_in_place(reading, values, row, columns):
    """Whether the table's headings are where the layout has them (else nothing below can be trusted)."""
    ok = True
    for c, column in enumerate(columns):
        if column and L.first_line(values.text(c, row)) != L.heading_text(column):
            reading.problem(values, c, row, "", "expected the heading %r here: columns of this table were moved "
                            "or changed", L.heading_text(column))
            ok = False
    return ok


def read_head(reading, values, fields, target, base, first_row, end_row):
    """Label-and-value rows (Region, Verksamhetsår, ...) found by their label in column A."""
    rows = {values.text(0, r).strip(): r for r in range(first_row, end_row)}
    for path, label, kind in fields:
        row = rows.get(label)
        if row is None:
            reading.problem(values, 0, first_row, "", "the row %r (its label in column A) is missing", label)
            continue
        reading.place(base + "".join("/" + k for k in path), values, 1, row, label)
        value = convert(reading, values, 1, row, L.col(path, label, 0, kind))
        if value is not None:
            _put(target, path, value)


# ---- the sheets ------------------------------------------------------------------------------------


def _question_rows(reading, values):
    starts = {}
    for row in range(values.height):
        found = QUESTION_START.match(values.text(0, row))
        if found:
            starts.setdefault(int(found.group(1)), row)
    missing = [q.number for q in L.QUESTIONS_LIST if q.number not in starts]
    for number in missing:
        reading.problem(values, 0, 0, "", "question %d is missing: no cell in column A begins with \"%d. \"",
                        number, number)
    return None if missing else starts


def read_questions(reading, values):
    starts = _question_rows(reading, values)
    if starts is None:
        return
    ends = sorted(starts.values())[1:] + [values.height]
    read_head(reading, values, L.HEAD, reading.data, "", 0, min(starts.values()))
    for question in L.QUESTIONS_LIST:
        start = starts[question.number]
        end = next(e for e in ends if e > start)
        if question.columns is None:
            read_answer(reading, values, question, start, end)
            continue
        reading.place("/" + question.key, values, 0, start, "Fråga %d" % question.number)
        if headings_in_place(reading, values, start + 1, question.columns):
            items = read_table(reading, values, start + 2, end, question.columns, "/" + question.key,
                               question.sub_key)
            if items:
                reading.data[question.key] = items


def read_answer(reading, values, question, start, end):
    """A question answered in text: the cell under it (merged across the sheet)."""
    reading.place("/" + question.key, values, 0, start + 1, "Svar på fråga %d" % question.number)
    text = values.text(0, start + 1)
    if text:
        reading.data[question.key] = text
    for row in range(start + 1, end):
        for col in range(len(L.QUESTION_WIDTHS)):
            if (row, col) != (start + 1, 0) and values.filled(col, row):
                reading.problem(values, col, row, "", "only cell A%d is read as the answer to question %d: move "
                                "this text there", start + 2, question.number)


def read_program(reading, values):
    reading.place("/program", values, 0, 0)
    heading = L.heading_text(L.GOAL_COLUMNS[0])
    header = next((r for r in range(values.height) if values.text(0, r).strip() == heading), None)
    if header is None:
        reading.problem(values, 0, 0, "", "the table of goals is missing: no cell in column A reads %r", heading)
        return
    program = {}
    read_head(reading, values, L.PROGRAM_HEAD, program, "/program", 0, header)
    reading.place("/program/goals", values, 0, header)
    if headings_in_place(reading, values, header, L.GOAL_COLUMNS):
        goals = read_table(reading, values, header + 1, values.height, L.GOAL_COLUMNS, "/program/goals", None)
        if goals:
            program["goals"] = goals
    if program:
        reading.data["program"] = program


def read_area(reading, values, index):
    path = "/priority_areas/%d" % index
    area = {}
    row = L.AREA_TITLE_ROW
    reading.place(path, values, 0, row, "Nr")
    for key, col, kind, heading in [("number", 0, "int", "Nr"), ("title", 1, "text", L.AREA_MARK)]:
        reading.place("%s/%s" % (path, key), values, col, row, heading)
        value = convert(reading, values, col, row, L.col(key, heading, 0, kind))
        if value is not None:
            area[key] = value
    reading.place(path + "/interventions", values, 0, L.AREA_HEADING_ROW)
    if headings_in_place(reading, values, L.AREA_HEADING_ROW, L.AREA_COLUMNS):
        interventions = read_table(reading, values, L.AREA_FIRST_ROW, values.height, L.AREA_COLUMNS,
                                   path + "/interventions", L.AREA_SUB_KEY)
        if interventions:
            area["interventions"] = interventions
    return area


def is_area_sheet(sheet):
    return sheet.getCellByPosition(1, 0).getString().strip() == L.AREA_MARK


def read_document(doc, language=None):
    """Reads every sheet; problems are collected, not raised, in `language` (None: the locale's)."""
    sheets = doc.Sheets
    missing = [name for name in (L.QUESTIONS, L.PROGRAM) if not sheets.hasByName(name)]
    if missing:
        raise SheetError([Problem(None, 0, 0, "", sp.translate("the document has no sheet %r: is it a report "
                                                               "opened with import_report?", language) % name)
                          for name in missing])
    reading = Reading(language)
    read_questions(reading, SheetValues(sheets.getByName(L.QUESTIONS)))
    read_program(reading, SheetValues(sheets.getByName(L.PROGRAM)))
    area_sheets = [s for s in (sheets.getByIndex(n) for n in range(sheets.Count)) if is_area_sheet(s)]
    areas = [read_area(reading, SheetValues(sheet), i) for i, sheet in enumerate(area_sheets)]
    if areas:
        reading.data["priority_areas"] = areas
    return reading


def build_report(reading):
    """The report from what was read. SheetError names every cell at fault: those the reader could not
    take, then each the library refuses (all of them, not only the first, so that one check shows what to
    mend), but for a cell already named."""
    problems = list(reading.problems)
    try:
        report = sp.from_dict(reading.data, language=reading.language)
    except sp.Error as e:
        named = {(p.sheet, p.col, p.row) for p in problems}
        for error in getattr(e, "errors", [e]):
            place = reading.locate(error.path)
            if (place.sheet, place.col, place.row) not in named:
                named.add((place.sheet, place.col, place.row))
                problems.append(Problem(place.sheet, place.col, place.row, place.heading, error.message))
        raise SheetError(problems) from None
    if problems:
        report.close()
        raise SheetError(problems)
    return report


def read_report(doc):
    """The document as a serviceprogram.Report; SheetError names every cell at fault."""
    return build_report(read_document(doc))


def export_report(doc, path):
    """Writes the document as a report file, JSON or YAML by the name's extension. Every check comes
    first and the library writes the file whole or not at all: on an error no file is written."""
    syntax = FORMATS.get(os.path.splitext(str(path))[1].lower())
    if syntax is None:
        raise ValueError(sp.translate("%s: a report file's name ends in .yaml, .yml or .json") % path)
    with read_report(doc) as report:
        report.save(path, syntax)
