"""rollup: many report files -> the national tables, and charts of decisions and kronor per support type.

Run by meson (suite libreoffice) with /usr/bin/python3, PYTHONPATH (the binding, sp_calc, this folder),
SERVICEPROGRAM_LIBRARY and SP_EXAMPLES set.
"""
import unittest

import serviceprogram as sp
import sp_calc
from office import SEED, OfficeTestCase

SHEETS = ("Regioner", "Efterfrågan", "Årsarbetskrafter", "Samverkan", "Stöd", "Serviceslag", "Status")


class Rollup(OfficeTestCase):

    def reports(self):
        """Three regions' files: two for 2023, one for 2024, with different amounts."""
        paths = []
        for n, (region, year) in enumerate([("Jämtland Härjedalen", 2023), ("Gotland", 2023), ("Gotland", 2024)]):
            with sp.load(SEED) as report:
                report.region.name, report.year = region, year
                report.region.county_code = "23" if region.startswith("Jämtland") else "09"
                report.priority_areas[1].interventions[0].outputs[1].amount_sek = 1000000 * (n + 1)
                paths.append(self.office.path("%d.yaml" % n))
                report.save(paths[-1])
        return paths

    def table(self, doc, name, columns):
        sheet = doc.Sheets.getByName(name)
        rows = sheet.getCellRangeByPosition(0, 3, columns - 1, 80).getDataArray()
        return [list(r) for r in rows if any(r)]

    def test_tables_and_charts(self):
        paths = self.reports()
        doc = sp_calc.rollup(self.office.desktop, paths, hidden=True)
        self.assertEqual(doc.Sheets.ElementNames, SHEETS)
        reports = [sp.load(p) for p in paths]
        totals = sp.rollup(reports)
        self.assertEqual(self.table(doc, "Regioner", 3),
                         [[2023.0, "Jämtland Härjedalen", "0.yaml"], [2023.0, "Gotland", "1.yaml"],
                          [2024.0, "Gotland", "2.yaml"]])
        support = self.table(doc, "Stöd", 4)
        self.assertEqual(len(support), 2 * (len(sp.SupportType) + 1))
        for year, first in ((2023, 0), (2024, len(sp.SupportType) + 1)):
            for i, kind in enumerate([*sp.SupportType, None]):
                self.assertEqual(support[first + i], [year, kind.label_sv if kind else "Totalt",
                                                      totals[year].decisions[kind], totals[year].kronor[kind]])
        self.assertEqual(self.table(doc, "Årsarbetskrafter", 4)[2][2], float(totals[2023].fte_sum[None]))

        charts = doc.Sheets.getByName("Stöd").Charts
        self.assertEqual(sorted(charts.ElementNames), ["Beslut 2023", "Beslut 2024", "Kronor 2023", "Kronor 2024"])
        chart = charts.getByName("Kronor 2023").EmbeddedObject
        self.assertEqual(chart.Title.String, "Kronor per stödtyp 2023")
        self.assertEqual(chart.Data.RowDescriptions, tuple(t.label_sv for t in sp.SupportType))
        self.assertEqual([row[0] for row in chart.Data.Data], [totals[2023].kronor[t] for t in sp.SupportType])
        self.assertEqual(totals[2023].kronor[sp.SupportType.HOME_DELIVERY_GRANT], 3000000)
        for report in reports:
            report.close()

    def test_errors_name_the_file(self):
        paths = self.reports()
        with self.assertRaises(sp.Error) as caught:
            sp_calc.rollup(self.office.desktop, paths + [paths[0]], hidden=True)
        self.assertIn(paths[0], str(caught.exception))
        self.assertIn("in the rollup for 2023 already", str(caught.exception))
        with self.assertRaises(sp.FileError):
            sp_calc.rollup(self.office.desktop, [self.office.path("missing.yaml")], hidden=True)
        self.assertEqual(len(list(self.office.desktop.Components)), 0)  # no half-made document left open


if __name__ == "__main__":
    unittest.main()
