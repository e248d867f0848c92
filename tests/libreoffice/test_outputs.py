"""fill_outputs: outputs' support type, count and kronor filled in, in their cells, from their text.

Run by meson (suite libreoffice) with /usr/bin/python3, PYTHONPATH (the binding, sp_calc, this folder),
SERVICEPROGRAM_LIBRARY and SP_EXAMPLES set.
"""
import unittest

import serviceprogram as sp
import sp_calc
from office import SEED
from test_edit import Cells

OUTPUT = "/priority_areas/1/interventions/0/outputs/1"  # "Hemsändning 8 st 1 537 062 kr"
OTHER = "/priority_areas/1/interventions/0/outputs/2"   # "Servicebidrag 7st 1 007 710 kr"


class FillOutputs(Cells):
    """The bundled report opened, its cells found by the JSON pointer of their field (test_edit.Cells)."""

    def test_emptied_figures_come_back_from_the_text_and_filled_cells_stay(self):
        for field in ("support_type", "count", "amount_sek"):
            self.cell(OUTPUT + "/" + field).setString("")
        self.cell(OTHER + "/count").setValue(6)  # disagrees with its text: left as it is
        self.cell(OTHER + "/amount_sek").setString("")
        self.assertEqual(sp_calc.fill_outputs(self.doc), 1)
        self.assertEqual(self.cell(OUTPUT + "/support_type").getString(), "Hemsändningsbidrag")
        self.assertEqual(self.cell(OUTPUT + "/count").getValue(), 8)
        self.assertEqual(self.cell(OUTPUT + "/amount_sek").getValue(), 1537062)
        self.assertEqual(self.cell(OTHER + "/count").getValue(), 6)
        self.assertEqual(self.cell(OTHER + "/amount_sek").getString(), "")
        with sp_calc.read_report(self.doc) as report, sp.load(SEED) as seed:
            output = report.priority_areas[1].interventions[0].outputs[1]
            self.assertEqual(output.to_dict(), seed.priority_areas[1].interventions[0].outputs[1].to_dict())
        self.assertEqual(sp_calc.fill_outputs(self.doc), 0)

    def test_a_bad_cell_changes_nothing(self):
        self.cell(OUTPUT + "/count").setString("")
        self.cell(OTHER + "/count").setString("många")
        with self.assertRaises(sp_calc.SheetError):
            sp_calc.fill_outputs(self.doc)
        self.assertEqual(self.cell(OUTPUT + "/count").getString(), "")


if __name__ == "__main__":
    unittest.main()
