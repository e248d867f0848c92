"""rsp rollup --excel opens in a Swedish LibreOffice Calc as it is: numbers as numbers, text as text.

Run by meson (suite libreoffice) with /usr/bin/python3, PYTHONPATH (this folder), RSP and SP_EXAMPLES set.
Calc, unlike Excel, always shows its text import dialog for a .csv; the test opens the file with what
that dialog offers a Swedish user: semicolon as separator, the language Swedish (sv-SE, 1053, whose
decimal separator is the comma), and no character set chosen, so that the byte-order mark must tell
UTF-8. soffice runs under LC_ALL=sv_SE.UTF-8.
"""
import os
import subprocess
import unittest

import uno  # noqa: E402
from office import SEED, OfficeTestCase, props  # imports uno first, which makes com.sun.star importable

from com.sun.star.table.CellContentType import FORMULA, TEXT, VALUE  # noqa: E402 (after uno)

RSP = os.environ["RSP"]
SWEDISH = dict(os.environ, LANG="sv_SE.UTF-8", LC_ALL="sv_SE.UTF-8", LANGUAGE="")


class ExcelCsv(OfficeTestCase):
    office_env = SWEDISH

    def rollup(self, name, table, *files):
        result = subprocess.run([RSP, "rollup", "--excel", "--table", table, *files], capture_output=True,
                                timeout=120, check=True)
        path = self.office.path(name)
        with open(path, "wb") as f:
            f.write(result.stdout)
        return path

    def rows(self, path):
        doc = self.office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(path), "_blank", 0,
            props(Hidden=True, FilterName="Text - txt - csv (StarCalc)", FilterOptions="59,34,,1,,1053"))
        self.assertIsNotNone(doc, path)
        sheet = doc.Sheets.getByIndex(0)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        return [[sheet.getCellByPosition(c, r) for c in range(end.EndColumn + 1)] for r in range(end.EndRow + 1)]

    def test_numbers_are_numbers(self):
        fte = self.rows(self.rollup("fte.csv", "fte", SEED))
        self.assertEqual([c.String for c in fte[0]], ["year", "area", "label", "sum", "mean"])
        coordination = fte[1]
        self.assertEqual(coordination[2].String, "Processledning/koordinering")
        self.assertEqual(fte[2][2].String, "Stödhandläggning")  # UTF-8, read through the byte-order mark
        self.assertEqual(coordination[3].Type, VALUE)
        self.assertAlmostEqual(coordination[3].Value, 0.85)
        self.assertEqual(coordination[0].Type, VALUE)
        self.assertEqual(coordination[0].Value, 2023)

        support = self.rows(self.rollup("support.csv", "support", SEED))
        by_type = {row[1].String: row for row in support[1:]}
        self.assertEqual(by_type["home_delivery_grant"][4].Type, VALUE)
        self.assertEqual(by_type["home_delivery_grant"][4].Value, 1537062)
        self.assertEqual(by_type["total"][3].Value, 30)

    def test_report_text_never_becomes_a_formula(self):
        with open(SEED, encoding="utf-8") as f:
            text = f.read().replace("name: Jämtland Härjedalen", "name: \"=1+2\"", 1)
        path = self.office.path("formula.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        regions = self.rows(self.rollup("regions.csv", "regions", path))
        cell = regions[1][1]
        self.assertEqual(cell.Type, TEXT)
        self.assertNotEqual(cell.Type, FORMULA)
        self.assertIn("=1+2", cell.String)
        self.assertFalse(cell.Formula.startswith("="))


if __name__ == "__main__":
    unittest.main(verbosity=2)
