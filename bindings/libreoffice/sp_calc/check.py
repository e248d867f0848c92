"""The library's validator on a report document: every finding listed with its cell in the sheet Kontroll."""
import datetime
from collections import namedtuple

from . import layout as L
from .office import HEADING, TEXT_CELL, TITLE, Grid, cell_name, sheet_reference
from .reader import SheetError, build_report, read_document

Finding = namedtuple("Finding", "severity sheet cell heading code message path")

SEVERITY_SV = {"error": "Fel", "warning": "Varning"}
CELL_CODE = "cell"  # a cell the reader cannot take: text for an amount, an unknown status, ...
COLUMNS = [("Allvarlighet", 2.4), ("Blad", 3.0), ("Cell", 1.8), ("Kolumn eller rad", 5.0), ("Regel", 5.5),
           ("Meddelande", 12.0), ("Sökväg i rapporten", 7.0)]
CELL_COLUMN = 2


def validate_document(doc, submission=True, today=None):
    """Checks the document (with `submission`, also the completeness checks before sending, the deadline
    counted from `today`, a datetime.date) and writes the findings to the sheet Kontroll, which is made
    anew each time. Returns the findings; the document is not changed otherwise."""
    findings = find(doc, submission, today)
    write_control_sheet(doc, findings, submission, today or datetime.date.today())
    return findings


def _from_problems(problems):
    return [Finding("error", p.sheet, p.cell if p.sheet else "", p.heading, CELL_CODE, p.message, "")
            for p in problems]


def find(doc, submission, today):
    """The cells the reader cannot take; if there are none, the validator's findings."""
    try:
        reading = read_document(doc)
        if reading.problems:
            return _from_problems(reading.problems)
        report = build_report(reading)
    except SheetError as e:
        return _from_problems(e.problems)
    with report:
        diagnostics = report.validate(submission=submission, today=today)
    findings = []
    for d in diagnostics:
        place = reading.locate(d.path)
        findings.append(Finding(d.severity, place.sheet, cell_name(place.col, place.row), place.heading, d.code,
                                d.message, d.path))
    return findings


def _summary(findings, submission, today):
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    kind = "kontroll inför inskickning" if submission else "kontroll"
    if not findings:
        return "Inga fel eller varningar (%s, %s)." % (kind, today.isoformat())
    return "%d fel, %d %s (%s, %s)." % (errors, warnings, "varning" if warnings == 1 else "varningar", kind,
                                          today.isoformat())


def write_control_sheet(doc, findings, submission, today):
    sheets = doc.Sheets
    if sheets.hasByName(L.CONTROL):
        sheets.removeByName(L.CONTROL)
    sheets.insertNewByName(L.CONTROL, sheets.Count)
    grid = Grid(len(COLUMNS))
    grid.row(["Kontroll av rapporten"], TITLE)
    grid.row([_summary(findings, submission, today)])
    grid.row()
    grid.row([name for name, _ in COLUMNS], HEADING)
    for f in findings:
        row = grid.row([SEVERITY_SV[f.severity], f.sheet or "", f.cell, f.heading, f.code, f.message, f.path],
                       TEXT_CELL)
        if f.sheet:
            # A link: one click goes to the cell.
            target = "#%s.%s" % (sheet_reference(f.sheet), f.cell)
            grid.formulas.append((CELL_COLUMN, row, '=HYPERLINK("%s";"%s")' % (target.replace('"', '""'), f.cell)))
    grid.write(sheets.getByName(L.CONTROL), [width for _, width in COLUMNS])
