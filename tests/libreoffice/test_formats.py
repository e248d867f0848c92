"""Swedish number formats in every sheet whatever LibreOffice's locale (the tests' profile is English):
kronor with a space between thousands, FTE with a decimal comma, as the cells' number formats (the cells
keep numbers); the rollup charts' value axes at round steps, few enough labels to read.

Run by meson (suite libreoffice) with /usr/bin/python3, PYTHONPATH (the binding, sp_calc, this folder),
SERVICEPROGRAM_LIBRARY and SP_EXAMPLES set.
"""
import unittest

import serviceprogram as sp
import sp_calc
from com.sun.star.table.CellContentType import VALUE
from office import SEED, OfficeTestCase

NBSP = "\xa0"  # sv-SE's thousands separator


class SwedishFormats(OfficeTestCase):

    def assert_shown(self, cell, value, shown):
        self.assertEqual(cell.getType(), VALUE)
        self.assertEqual(cell.getValue(), value)
        self.assertEqual(cell.getString(), shown)

    def test_report_sheets(self):
        doc = sp_calc.import_report(self.office.desktop, SEED, hidden=True)
        self.assertEqual(doc.getPropertyValue("CharLocale").Language, "en")  # LibreOffice's own: English
        self.assert_shown(doc.Sheets.getByName("Område 2").getCellRangeByName("O7"), 1537062, "1%s537%s062" % (NBSP, NBSP))
        self.assert_shown(doc.Sheets.getByName("Frågor").getCellRangeByName("B28"), 0.1, "0,1")
        self.assert_shown(doc.Sheets.getByName("Program").getCellRangeByName("B5"), 2030, "2030")  # a year: no space
        # Typed in as a person would, a new amount takes the format too, and is read back as the number.
        cell = doc.Sheets.getByName("Område 2").getCellRangeByName("O8")
        cell.setValue(2157710)
        self.assertEqual(cell.getString(), "2%s157%s710" % (NBSP, NBSP))
        with sp_calc.read_report(doc) as report:
            amounts = [o.amount_sek for i in report.priority_areas[1].interventions for o in i.outputs]
        self.assertIn(2157710, amounts)
        self.assertNotIn(1007710, amounts)

    def test_rollup_axes(self):
        path = self.office.path("45.yaml")
        with sp.load(SEED) as report:
            output = next(o for a in report.priority_areas for i in a.interventions for o in i.outputs
                          if o.support_type is not None)
            output.count = 45
            report.save(path)
        doc = sp_calc.rollup(self.office.desktop, [path], hidden=True)
        sheet = doc.Sheets.getByName("Stöd")
        decisions, kronor = (sheet.Charts.getByIndex(i).EmbeddedObject.Diagram.YAxis for i in range(2))
        self.assertFalse(decisions.AutoStepMain)
        counts = [v for (v,) in sheet.getCellRangeByName("C5:C30").getDataArray() if isinstance(v, float)]
        self.assertGreaterEqual(max(counts[:-1]), 45)  # the last row is the total, not charted
        self.assertEqual(decisions.StepMain, 10)  # 0, 10, ..., 50: six labels
        self.assertFalse(kronor.AutoStepMain)
        self.assertEqual(kronor.StepMain, 1000000)
        self.assertIn(NBSP, sheet.getCellRangeByName("D5").getString() + sheet.getCellRangeByName("D6").getString())


if __name__ == "__main__":
    unittest.main()
