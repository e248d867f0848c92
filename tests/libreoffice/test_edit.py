"""Edits made in cells come back in the exported report; bad cell content names its sheet and cell and
writes nothing.

Run by meson (suite libreoffice) with /usr/bin/python3, PYTHONPATH (the binding, sp_calc, this folder),
SERVICEPROGRAM_LIBRARY and SP_EXAMPLES set.
"""
import contextlib
import os
import unittest

import serviceprogram as sp
import sp_calc
from office import SEED, OfficeTestCase, props
from sp_calc.reader import read_document


class Cells(OfficeTestCase):
    """The bundled report opened, and its cells found by the JSON pointer of their field."""

    def setUp(self):
        self.doc = sp_calc.import_report(self.office.desktop, SEED, hidden=True)
        self.where = read_document(self.doc).where

    def cell(self, path):
        place = self.where[path]
        return self.doc.Sheets.getByName(place.sheet).getCellByPosition(place.col, place.row)

    def column_of(self, path, heading):
        """The cell in the row of `path` under the heading `heading` (the first line of it)."""
        place = self.where[path]
        sheet = self.doc.Sheets.getByName(place.sheet)
        heading_row = next(r for r in range(place.row, -1, -1)
                           if sheet.getCellByPosition(0, r).getString() in ("Nr", "Stödtyp", "Område"))
        col = next(c for c in range(30) if sheet.getCellByPosition(c, heading_row).getString().split("\n")[0]
                   == heading)
        return sheet.getCellByPosition(col, place.row)


class Edits(Cells):

    def test_edits_come_back(self):
        # Question 1: dagligvarubutiker from Ökar to Minskar.
        self.column_of("/demand_outlook/0", "Ökar").setString("")
        self.column_of("/demand_outlook/0", "Minskar").setString("x")
        # An output's amount, and a status typed as its label.
        amount = "/priority_areas/1/interventions/0/outputs/1/amount_sek"
        self.assertEqual(self.cell(amount).getValue(), 1537062)
        self.cell(amount).setValue(1600000)
        self.cell("/priority_areas/0/interventions/0/status").setString("Klar")
        # FTE typed as Swedes write it, as text.
        self.cell("/staffing/1/positions/1/fte").setString("0,6")
        # A new output: a row inserted under the last one, the amount typed as in the form.
        sheet = self.doc.Sheets.getByName("Område 2")
        row = self.where["/priority_areas/1/interventions/0/outputs/6"].row + 1
        sheet.Rows.insertByIndex(row, 1)
        sheet.getCellRangeByPosition(11, row, 14, row).setDataArray(
            (("Särskilt driftstöd 2 st", "Särskilt driftstöd", 2.0, "550 000 kr"),))
        # A new intervention, typed under the last one of area 3 without a number in column Nr.
        sheet = self.doc.Sheets.getByName("Område 3")
        row = self.where["/priority_areas/2/interventions/5/outputs/0"].row + 3
        sheet.getCellByPosition(1, row).setString("Ny insats")
        sheet.getCellByPosition(10, row).setString("X")

        doc = self.save_ods(self.doc, "edited.ods")
        out = self.office.path("edited.json")
        sp_calc.export_report(doc, out)

        with sp.load(SEED) as expected, sp.load(out) as back:
            expected.demand_outlook[0].trend = "decrease"
            area2 = expected.priority_areas[1].interventions[0]
            area2.outputs[1].amount_sek = 1600000
            area2.outputs.append(text="Särskilt driftstöd 2 st", support_type="special_operating_support", count=2,
                                 amount_sek=550000)
            expected.priority_areas[0].interventions[0].status = sp.Status.COMPLETED
            expected.staffing[1].positions[1].fte = "0.6"
            expected.priority_areas[2].interventions.append(name="Ny insats", service_types=["broader_context"])
            self.assertIsNone(expected.difference(back))


class BadCells(Cells):
    """Each bad cell on its own: the message names sheet and cell, and no file is written or changed.
    The tests share one document: each puts back what it changed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = sp_calc.import_report(cls.office.desktop, SEED, hidden=True)
        cls.where = read_document(cls.doc).where

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @contextlib.contextmanager
    def changed(self, changes):
        before = [cell.getFormula() for cell, _ in changes]
        for cell, text in changes:
            cell.setString(text)
        try:
            yield
        finally:
            for (cell, _), formula in zip(changes, before):
                cell.setFormula(formula)

    def assert_refused(self, cell, text, *expected, more=()):
        """Export refused with `text` in `cell` (and the (cell, text) pairs of `more`)."""
        existing, new = self.office.path("existing.yaml"), self.office.path("new.yaml")
        with open(SEED, "rb") as f, open(existing, "wb") as g:
            g.write(f.read())
        files = sorted(os.listdir(self.office.dir))
        with self.changed([(cell, text), *more]):
            for target in (existing, new):
                with self.assertRaises(sp_calc.SheetError) as caught:
                    sp_calc.export_report(self.doc, target)
                for part in expected:
                    self.assertIn(part, str(caught.exception))
        self.assertFalse(os.path.exists(new))
        with open(SEED, "rb") as f, open(existing, "rb") as g:
            self.assertEqual(f.read(), g.read())
        self.assertEqual(sorted(os.listdir(self.office.dir)), files)
        sp_calc.export_report(self.doc, new)  # the cell put back, the document exports again
        os.unlink(new)

    def test_text_for_fte(self):
        cell = self.cell("/staffing/0/positions/0/fte")
        self.assertEqual(cell.CellAddress.Column, 1)
        self.assert_refused(cell, "mycket", "Frågor, cell B", "(Årsarbetskrafter)", "number")

    def test_text_for_amount(self):
        self.assert_refused(self.cell("/priority_areas/1/interventions/0/outputs/1/amount_sek"), "många",
                            "Område 2, cell O7 (Belopp (kr))")

    def test_fraction_for_count(self):
        cell = self.cell("/priority_areas/1/interventions/0/outputs/1/count")
        before = cell.getValue()
        cell.setValue(2.5)
        try:
            with self.assertRaises(sp_calc.SheetError) as caught:
                sp_calc.export_report(self.doc, self.office.path("x.yaml"))
            self.assertIn("Område 2, cell N7 (Antal)", str(caught.exception))
        finally:
            cell.setValue(before)

    def test_unknown_status(self):
        self.assert_refused(self.cell("/priority_areas/0/interventions/0/status"), "Klart",
                            "Område 1, cell U6 (Status)", '"Klar" (completed)')

    def test_unknown_support_type(self):
        self.assert_refused(self.cell("/priority_areas/1/interventions/0/outputs/1/support_type"), "Hemsändning",
                            "Område 2, cell M7 (Stödtyp)")

    def test_mark_other_than_x(self):
        self.assert_refused(self.column_of("/priority_areas/0/interventions/0", "Dagligvaror"), "ja",
                            "Område 1, cell H6 (Dagligvaror): write X")

    def test_two_trends(self):
        self.assert_refused(self.column_of("/demand_outlook/0", "Minskar"), "X",
                            "(Ökar): mark only one of the columns Minskar, Oförändrad, Ökar")

    def test_yes_no(self):
        self.assert_refused(self.column_of("/demand_outlook/0", "Budgeten räcker inte (Ja/Nej)"), "kanske",
                            "Frågor, cell F", "write Ja or Nej")

    def test_staffing_without_area(self):
        self.assert_refused(self.cell("/staffing/0"), "", "Frågor, cell A22 (Område)", "area")

    def test_position_without_staffing(self):
        # Area and note gone: the row's position belongs to no staffing area.
        self.assert_refused(self.cell("/staffing/0"), "", "Frågor, cell B22 (Årsarbetskrafter)",
                            "fill in Område in column A", more=[(self.cell("/staffing/0/note"), "")])

    def test_text_outside_the_columns(self):
        place = self.where["/staffing/0"]
        cell = self.doc.Sheets.getByName("Frågor").getCellByPosition(3, place.row)  # the gap in question 3
        self.assert_refused(cell, "anteckning", "Frågor, cell D%d: this column is not part of the table"
                            % (place.row + 1))
        beyond = self.doc.Sheets.getByName("Område 1").getCellRangeByName("Y6")
        self.assert_refused(beyond, "anteckning", "Område 1, cell Y6: this column is not part of the table")

    def test_not_a_report(self):
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, props(Hidden=True))
        try:
            with self.assertRaises(sp_calc.SheetError) as caught:
                sp_calc.export_report(doc, self.office.path("x.yaml"))
        finally:
            doc.close(True)
        self.assertIn("no sheet 'Frågor'", str(caught.exception))
        with self.assertRaises(ValueError):
            sp_calc.export_report(self.doc, self.office.path("x.txt"))


if __name__ == "__main__":
    unittest.main()
