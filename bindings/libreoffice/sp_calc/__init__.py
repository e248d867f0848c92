"""Reports of regional service programmes (serviceprogram/1) in LibreOffice Calc.

The logic of the Calc macros, as plain functions of a UNO desktop or document, so that the macros, a
UNO client and the tests all run the same code:

    doc = import_report(desktop, "report.yaml")       # a new document laid out like the template
    export_report(doc, "report.json")                   # JSON or YAML by extension; SheetError names cells
    findings = validate_document(doc)                   # also written to the sheet "Kontroll"
    national = rollup(desktop, ["a.yaml", "b.json"])    # the national tables and charts
    filled = fill_outputs(doc)                          # outputs' figures filled in from their text
    doc = open_report(desktop, serviceprogram.template("Region", 2025))   # a report object as a document
    doc, findings = import_form(desktop, "form.docx")  # a filled-in Word form; findings also in Formulär
    text = describe(error)                              # an error as a person reads it: each of a file's errors
"""
from .check import Finding, validate_document
from .form import import_form
from .national import rollup
from .outputs import fill_outputs
from .reader import Problem, SheetError, describe, export_report, read_report
from .writer import import_report, open_report

__all__ = ["import_report", "open_report", "export_report", "read_report", "validate_document", "rollup", "fill_outputs",
           "import_form", "describe", "SheetError", "Problem", "Finding"]
