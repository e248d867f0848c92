"""A filled-in Word form (.docx) -> a Calc report document, with what the import could not place listed
in the sheet Formulär."""
import os

import serviceprogram as sp

from .office import HEADING, NUMBER, TEXT_CELL, TITLE, Grid
from .writer import open_report

FORM_SHEET = "Formulär"
COLUMNS = [("Meddelande", 14.0), ("Tabell", 2.0), ("Rad", 2.0), ("Kolumn", 2.0)]


def import_form(desktop, path, hidden=None):
    """Opens the form `path` as a new report document (source: the form's name with .yaml, so that
    export_report offers a report file beside it) and returns (document, findings): findings are the
    library's FormFinding tuples, also written to the sheet Formulär when there are any."""
    findings = []
    with sp.import_form(path, findings) as report:
        doc = open_report(desktop, report, os.path.splitext(str(path))[0] + ".yaml", hidden)
    if findings:
        write_form_sheet(doc, findings)
    return doc, findings


def write_form_sheet(doc, findings):
    sheets = doc.Sheets
    if sheets.hasByName(FORM_SHEET):
        sheets.removeByName(FORM_SHEET)
    sheets.insertNewByName(FORM_SHEET, sheets.Count)
    grid = Grid(len(COLUMNS))
    grid.row(["Det här kunde importen inte placera i rapporten (texten finns i närmaste textfält)"], TITLE)
    grid.row()
    grid.row([c[0] for c in COLUMNS], HEADING)
    for f in findings:
        row = grid.row([f.message, f.table or "", f.row or "", f.column or ""])
        grid.style(TEXT_CELL, 0, row)
        grid.style(NUMBER, 1, row, 3, row)
    grid.write(sheets.getByName(FORM_SHEET), [c[1] for c in COLUMNS])
