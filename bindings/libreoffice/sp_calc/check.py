"""The library's validator on a report document: every finding listed with its cell in the sheet Kontroll."""
import datetime
from collections import namedtuple

import serviceprogram as sp

from . import layout as L
from .office import HEADING, TEXT_CELL, TITLE, Grid, cell_name, sheet_reference
from .reader import SheetError, build_report, read_document

Finding = namedtuple("Finding", "severity sheet cell heading code message path")


def N_(english):
    """Marks a text for the catalogue; it is translated where it is shown."""
    return english


SEVERITY = {"error": N_("Error"), "warning": N_("Warning")}
CELL_CODE = "cell"  # a cell the reader cannot take: text for an amount, an unknown status, ...
COLUMNS = [(N_("Severity"), 2.4), (N_("Sheet"), 3.0), (N_("Cell"), 1.8), (N_("Column or row"), 5.0),
           (N_("Rule"), 5.5), (N_("Message"), 12.0), (N_("Path in the report"), 7.0)]
CELL_COLUMN = 2


def validate_document(doc, submission=True, today=None, language=None):
    """Checks the document (with `submission`, also the completeness checks before sending, the deadline
    counted from `today`, a datetime.date) and writes the findings to the sheet Kontroll, which is made
    anew each time, in `language` (None: the locale's, "en" or "sv"). Returns the findings; the document
    is not changed otherwise."""
    findings = find(doc, submission, today, language)
    write_control_sheet(doc, findings, submission, today or datetime.date.today(), language)
    return findings


def _from_problems(problems):
    return [Finding("error", p.sheet, p.cell if p.sheet else "", p.heading, CELL_CODE, p.message, "")
            for p in problems]


def find(doc, submission, today, language=None):
    """The cells the reader cannot take; if there are none, the validator's findings."""
    try:
        reading = read_document(doc, language)
        report = build_report(reading)
    except SheetError as e:
        return _from_problems(e.problems)
    with report:
        diagnostics = report.validate(submission=submission, today=today, language=language)
    findings = []
    for d in diagnostics:
        place = reading.locate(d.path)
        findings.append(Finding(d.severity, place.sheet, cell_name(place.col, place.row), place.heading, d.code,
                                d.message, d.path))
    return findings


def _summary(findings, submission, today, language):
    def _(english):
        return sp.translate(english, language)
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    kind = _("check before submission") if submission else _("check")
    if not findings:
        return _("No errors or warnings (%s, %s).") % (kind, today.isoformat())
    counts = "%s, %s" % (_("1 error") if errors == 1 else _("%d errors") % errors,
                         _("1 warning") if warnings == 1 else _("%d warnings") % warnings)
    return "%s (%s, %s)." % (counts, kind, today.isoformat())


def write_control_sheet(doc, findings, submission, today, language=None):
    def _(english):
        return sp.translate(english, language)
    sheets = doc.Sheets
    if sheets.hasByName(L.CONTROL):
        sheets.removeByName(L.CONTROL)
    sheets.insertNewByName(L.CONTROL, sheets.Count)
    grid = Grid(len(COLUMNS))
    grid.row([_("Check of the report")], TITLE)
    grid.row([_summary(findings, submission, today, language)])
    grid.row()
    grid.row([_(name) for name, _width in COLUMNS], HEADING)
    for f in findings:
        row = grid.row([_(SEVERITY[f.severity]), f.sheet or "", f.cell, f.heading, f.code, f.message, f.path],
                       TEXT_CELL)
        if f.sheet:
            # A link: one click goes to the cell.
            target = "#%s.%s" % (sheet_reference(f.sheet), f.cell)
            grid.formulas.append((CELL_COLUMN, row, '=HYPERLINK("%s";"%s")' % (target.replace('"', '""'), f.cell)))
    grid.write(sheets.getByName(L.CONTROL), [width for _name, width in COLUMNS])
