"""validate_document: the validator's findings, each with its cell, in the sheet Kontroll.

Run by meson (suite libreoffice) with /usr/bin/python3, PYTHONPATH (the binding, sp_calc, this folder),
SERVICEPROGRAM_LIBRARY and SP_EXAMPLES set.
"""
import datetime
import unittest

import serviceprogram as sp
import sp_calc
from office import SEED, OfficeTestCase

BEFORE_DEADLINE = datetime.date(2024, 1, 15)
HEADINGS = ["Allvarlighet", "Blad", "Cell", "Kolumn eller rad", "Regel", "Meddelande", "Sökväg i rapporten"]
HEADINGS_EN = ["Severity", "Sheet", "Cell", "Column or row", "Rule", "Message", "Path in the report"]


def control_rows(doc, headings=HEADINGS):
    """The Kontroll sheet's table, as text, below its headings."""
    sheet = doc.Sheets.getByName("Kontroll")
    rows = sheet.getCellRangeByPosition(0, 3, len(headings) - 1, 60).getDataArray()
    assert list(rows[0]) == headings, rows[0]
    return [list(r) for r in rows[1:] if any(r)]


class Check(OfficeTestCase):

    def setUp(self):
        self.doc = sp_calc.import_report(self.office.desktop, SEED, hidden=True)

    def test_findings_of_the_bundled_report(self):
        findings = sp_calc.validate_document(self.doc, submission=True, today=BEFORE_DEADLINE, language="sv")
        with sp.load(SEED) as report:
            expected = report.validate(submission=True, today=BEFORE_DEADLINE)
        self.assertEqual([(f.code, f.path) for f in findings], [(d.code, d.path) for d in expected])
        rows = control_rows(self.doc)
        self.assertEqual(len(rows), len(findings))
        self.assertIn(["Fel", "Område 3", "U13", "Status", "missing-status", "insatsen har ingen status",
                       "/priority_areas/2/interventions/3/status"], rows)
        # Question 5 unanswered: the finding points at the empty answer cell under the question.
        answer = next(r for r in rows if r[4] == "missing-accessibility-work")
        questions = self.doc.Sheets.getByName("Frågor")
        cell = questions.getCellRangeByName(answer[2])
        self.assertTrue(questions.getCellByPosition(0, cell.CellAddress.Row - 1).getString().startswith("5. "))
        # The cell is a link to the cell.
        link = self.doc.Sheets.getByName("Kontroll").getCellByPosition(2, 4).getFormula()
        self.assertIn("HYPERLINK", link)
        self.assertIn("#'Frågor'.", link)

    def test_a_finding_in_an_edited_cell(self):
        sheet = self.doc.Sheets.getByName("Område 1")
        sheet.getCellRangeByName("D6").setString("9.9")  # a goal the programme does not have
        findings = sp_calc.validate_document(self.doc, submission=False, language="sv")
        unknown = [f for f in findings if f.code == "unknown-goal"]
        self.assertEqual([(f.sheet, f.cell, f.heading) for f in unknown], [("Område 1", "D6", "Mål i RSP")])
        self.assertEqual(control_rows(self.doc)[0][:5], ["Fel", "Område 1", "D6", "Mål i RSP", "unknown-goal"])

    def test_bad_cells_are_listed(self):
        # Every cell at fault at once, so that one check shows all there is to mend: one the reader cannot
        # take (no X), and two the library refuses (a word for an FTE, a word for an amount), not only the first.
        self.doc.Sheets.getByName("Frågor").getCellRangeByName("B28").setString("en tiondel")
        self.doc.Sheets.getByName("Område 2").getCellRangeByName("O7").setString("många")
        self.doc.Sheets.getByName("Område 1").getCellRangeByName("H6").setString("?")
        findings = sp_calc.validate_document(self.doc, language="sv")
        self.assertEqual([(f.sheet, f.cell, f.code) for f in findings],
                         [("Område 1", "H6", "cell"), ("Frågor", "B28", "cell"), ("Område 2", "O7", "cell")])
        self.assertEqual([r[:3] for r in control_rows(self.doc)],
                         [["Fel", "Område 1", "H6"], ["Fel", "Frågor", "B28"], ["Fel", "Område 2", "O7"]])
        # The library's messages in the language asked for, as the reader's are, whatever the locale's.
        self.assertEqual(findings[1].message, sp.translate("expected a number", "sv"))
        self.assertNotEqual(findings[1].message, "expected a number")
        self.doc.Sheets.getByName("Område 1").getCellRangeByName("H6").setString("")
        with self.assertRaises(sp_calc.SheetError) as refused:
            sp_calc.export_report(self.doc, self.office.path("trasig.yaml"))
        self.assertEqual([(p.sheet, p.cell) for p in refused.exception.problems], [("Frågor", "B28"), ("Område 2", "O7")])

    def test_a_cell_the_reader_cannot_take_in_both_languages(self):
        self.doc.Sheets.getByName("Område 1").getCellRangeByName("H6").setString("?")  # no X
        english = sp_calc.validate_document(self.doc, language="en")
        swedish = sp_calc.validate_document(self.doc, language="sv")
        self.assertEqual([(f.sheet, f.cell, f.code) for f in english], [(f.sheet, f.cell, f.code) for f in swedish])
        self.assertEqual(english[0].message, "write X or leave the cell empty")
        self.assertEqual(swedish[0].message, "skriv X eller lämna cellen tom")
        self.assertEqual(control_rows(self.doc)[0][5], "skriv X eller lämna cellen tom")

    def test_in_english_and_swedish(self):
        sheet = self.doc.Sheets.getByName("Område 1")
        sheet.getCellRangeByName("D6").setString("9.9")  # a goal the programme does not have
        kontroll = lambda: self.doc.Sheets.getByName("Kontroll")
        sp_calc.validate_document(self.doc, submission=False, today=BEFORE_DEADLINE, language="en")
        self.assertEqual(kontroll().getCellByPosition(0, 0).getString(), "Check of the report")
        self.assertEqual(kontroll().getCellByPosition(0, 1).getString(), "1 error, 0 warnings (check, 2024-01-15).")
        self.assertEqual(control_rows(self.doc, HEADINGS_EN)[0][4:6],
                         ["unknown-goal", "this goal is not among the programme's goals"])
        self.assertEqual(control_rows(self.doc, HEADINGS_EN)[0][0], "Error")
        sp_calc.validate_document(self.doc, submission=False, today=BEFORE_DEADLINE, language="sv")
        self.assertEqual(kontroll().getCellByPosition(0, 0).getString(), "Kontroll av rapporten")
        self.assertEqual(kontroll().getCellByPosition(0, 1).getString(), "1 fel, 0 varningar (kontroll, 2024-01-15).")
        self.assertEqual(control_rows(self.doc)[0][4:6], ["unknown-goal", "målet finns inte bland programmets mål"])

    def test_kontroll_is_replaced_and_ignored_by_export(self):
        sp_calc.validate_document(self.doc)
        sp_calc.validate_document(self.doc)
        self.assertEqual(self.doc.Sheets.ElementNames[-1], "Kontroll")
        self.assertEqual(list(self.doc.Sheets.ElementNames).count("Kontroll"), 1)
        out = self.office.path("checked.yaml")
        sp_calc.export_report(self.doc, out)
        with sp.load(SEED) as original, sp.load(out) as back:
            self.assertTrue(original == back)


if __name__ == "__main__":
    unittest.main()
