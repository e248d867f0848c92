"""A report -> a Calc document laid out like Tillväxtverket's template (see layout.py)."""
import serviceprogram as sp
from com.sun.star.beans.PropertyAttribute import REMOVABLE

from . import layout as L
from .office import (AMOUNT, EXTRA_HEADING, HEADING, LABEL, MARK, NUMBER, QUESTION, TEXT_CELL, TITLE, Grid,
                     make_styles, new_document, showing, text_height)

SOURCE_PROPERTY = "Serviceprogram källa"  # the file a document was imported from: export's default
SPARE_ROWS = 100                         # formatted empty rows under each area's table, to type into

STYLE_OF_KIND = {"text": TEXT_CELL, "lines": TEXT_CELL, "label": TEXT_CELL, "int": NUMBER, "decimal": NUMBER,
                 "amount": AMOUNT, "choice": MARK, "member": MARK, "yesno": MARK, "marker": NUMBER}


def import_report(desktop, path, hidden=None):
    """Opens report file `path` (YAML or JSON) as a new Calc document and returns it. `hidden` None:
    hidden only when LibreOffice shows no window (a headless run)."""
    with sp.load(path) as report:
        return open_report(desktop, report, str(path), hidden)


def open_report(desktop, report, source=None, hidden=None):
    """A new Calc document showing `report` (a serviceprogram.Report); `source`, the file it came from,
    is what export_report offers."""
    data = report.to_dict()
    doc = new_document(desktop, not showing(desktop) if hidden is None else hidden)
    try:
        doc.lockControllers()
        write_document(doc, data)
        if source:
            doc.DocumentProperties.UserDefinedProperties.addProperty(SOURCE_PROPERTY, REMOVABLE, source)
        doc.unlockControllers()
        doc.setModified(False)
    except BaseException:
        doc.close(True)
        raise
    return doc


def write_document(doc, data):
    make_styles(doc)
    sheets = doc.Sheets
    questions = sheets.getByIndex(0)
    questions.Name = L.QUESTIONS
    year_row = write_questions(questions, data)
    year_cell = L.YEAR_CELL % (L.QUESTIONS, year_row + 1)
    sheets.insertNewByName(L.PROGRAM, sheets.Count)
    write_program(sheets.getByName(L.PROGRAM), data.get("program", {}))
    for area in data.get("priority_areas", []):
        name = _area_sheet_name(sheets, area.get("number"))
        sheets.insertNewByName(name, sheets.Count)
        write_area(sheets.getByName(name), area, year_cell)


def _area_sheet_name(sheets, number):
    base = L.AREA_SHEET % number if number is not None else L.AREA_SHEET.split()[0]
    name, n = base, 1
    while sheets.hasByName(name):  # two areas with one number (the validator's error): both get a sheet
        n += 1
        name = "%s (%d)" % (base, n)
    return name


# ---- values of cells -------------------------------------------------------------------------------


def _field(item, path):
    keys = path if isinstance(path, tuple) else (path,)
    for key in keys:
        item = item.get(key) if isinstance(item, dict) else None
    return item


def cell_value(item, column, number):
    """What `column` shows of list item `item` (the `number`th of its list)."""
    if column.kind == "marker":
        return float(number)
    value = _field(item, column.path)
    kind = column.kind
    if kind == "choice":
        return L.MARK if value == column.value else ""
    if kind == "member":
        return L.MARK if column.value in (value or ()) else ""
    if value is None:
        return ""
    if kind == "lines":
        return "\n".join(value)
    if kind in ("int", "amount", "decimal"):
        return float(value)
    if kind == "label":
        return column.enum(value).label_sv
    if kind == "yesno":
        return L.YES if value else L.NO
    return value


def table_rows(items, columns, sub_key):
    """One row per item; an item with a sub-list (outputs, positions) gets one more row per further entry."""
    rows = []
    for number, item in enumerate(items, 1):
        subs = item.get(sub_key, []) if sub_key else []
        first = [cell_value(item, c, number) if c and c.level == 0 else "" for c in columns]
        rows.append(first)
        for i, sub in enumerate(subs):
            row = first if i == 0 else [""] * len(columns)
            for c, column in enumerate(columns):
                if column and column.level == 1:
                    row[c] = cell_value(sub, column, i + 1)
            if i:
                rows.append(row)
    return rows


def write_table(grid, columns, items, sub_key, spare):
    """Headings, the items' rows and `spare` empty rows, each column formatted for its kind."""
    heading_row = grid.row([c.heading if c else "" for c in columns])
    for c, column in enumerate(columns):
        if column:
            grid.style(EXTRA_HEADING if column.extra else HEADING, c, heading_row)
    for row in table_rows(items, columns, sub_key):
        grid.row(row)
    for _ in range(spare):
        grid.row()
    first, last = heading_row + 1, len(grid.rows) - 1
    for c, column in enumerate(columns):
        if column:
            grid.style(STYLE_OF_KIND[column.kind], c, first, c, last)
            _choices(grid, column, c, first, last)


def _choices(grid, column, c, first, last):
    if column.kind == "label":
        grid.lists.append(([m.label_sv for m in column.enum], c, first, last))
    elif column.kind in ("choice", "member"):
        grid.lists.append(([L.MARK], c, first, last))
    elif column.kind == "yesno":
        grid.lists.append(([L.YES, L.NO], c, first, last))


def write_head(grid, fields, data, last_col):
    """Label and value rows, the value in column B merged up to `last_col`; returns each field's row."""
    rows = {}
    for path, label, kind in fields:
        value = _field(data, path)
        if value is not None and kind == "int":
            value = float(value)
        row = grid.row([label, value])
        grid.style(LABEL, 0, row)
        grid.style(NUMBER if kind == "int" else TEXT_CELL, 1, row, last_col, row)
        if last_col > 1:
            grid.merges.append((1, row, last_col))
        rows[path] = row
    return rows


# ---- the sheets ---------------------------------------------------------------------------------


def write_questions(sheet, data):
    """The questions sheet; returns the row of the year, which the area sheets' headings refer to."""
    width = len(L.QUESTION_WIDTHS)
    grid = Grid(width)
    grid.row([L.TITLE], TITLE)
    grid.row()
    rows = write_head(grid, L.HEAD, data, 4)
    for question in L.QUESTIONS_LIST:
        grid.row()
        grid.row([question.text], QUESTION)
        if question.columns is None:
            row = grid.row([data.get(question.key)])
            grid.style(TEXT_CELL, 0, row, width - 1, row)
            grid.merges.append((0, row, width - 1))
            grid.heights[row] = text_height(data.get(question.key), sum(L.QUESTION_WIDTHS))
        else:
            write_table(grid, question.columns, data.get(question.key, []), question.sub_key, 1)
    grid.write(sheet, L.QUESTION_WIDTHS)
    return rows[("year",)]


def write_program(sheet, program):
    grid = Grid(len(L.GOAL_COLUMNS))
    grid.row([L.PROGRAM_TITLE], TITLE)
    grid.row()
    write_head(grid, L.PROGRAM_HEAD, program, 1)
    grid.row()
    write_table(grid, L.GOAL_COLUMNS, program.get("goals", []), None, 10)
    grid.write(sheet, [c.width for c in L.GOAL_COLUMNS])


def write_area(sheet, area, year_cell):
    columns = L.AREA_COLUMNS
    grid = Grid(len(columns))
    grid.row(["Nr", L.AREA_MARK], LABEL)
    number = area.get("number")
    title_row = grid.row([None if number is None else float(number), area.get("title")], QUESTION)
    grid.row()
    groups = grid.row()
    assert (title_row, groups + 1) == (L.AREA_TITLE_ROW, L.AREA_HEADING_ROW)  # where the reader looks
    for first, last, formula in L.AREA_GROUPS:
        grid.formulas.append((first, groups, formula % year_cell))
        grid.merges.append((first, groups, last))
        grid.style(HEADING, first, groups, last, groups)
    write_table(grid, columns, area.get("interventions", []), L.AREA_SUB_KEY, SPARE_ROWS)
    grid.write(sheet, [c.width for c in columns])
    # Printed, a long action plan repeats its two heading rows on every page.
    sheet.setTitleRows(sheet.getCellRangeByPosition(0, groups, 0, groups + 1).RangeAddress)
    sheet.PrintTitleRows = True

