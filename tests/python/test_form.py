"""serviceprogram.import_form() and Report.save_form(): the bundled report written as the form and read
back, its one finding, and files that are not the form refused."""
import os
import tempfile
import unittest

import serviceprogram

EXAMPLE = os.path.join(os.environ["SP_EXAMPLES"], "jamtland-harjedalen-2023.yaml")


class FormTest(unittest.TestCase):
    def test_save_then_import(self):
        report = serviceprogram.load(EXAMPLE)
        with tempfile.TemporaryDirectory() as tmp:
            form = os.path.join(tmp, "form.docx")
            report.save_form(form)
            findings = []
            back = serviceprogram.import_form(form, findings)
        self.assertEqual(back.region.name, "Jämtland Härjedalen")
        self.assertEqual(back.year, 2023)
        self.assertEqual([len(a.interventions) for a in back.priority_areas], [5, 3, 6])
        self.assertEqual(back.figures().kronor_total, report.figures().kronor_total)
        self.assertEqual(len(findings), 1)
        self.assertEqual((findings[0].table, findings[0].row, findings[0].column), (9, 8, 10))
        self.assertIn("status", findings[0].message)
        # The action plan is all on the form; when and by what a position is funded is not.
        self.assertNotIn("funded_by", str(back.to_dict()["staffing"]))
        self.assertEqual(back.to_dict()["priority_areas"], report.to_dict()["priority_areas"])

    def test_findings_in_the_language_asked_for(self):
        report = serviceprogram.load(EXAMPLE)
        with tempfile.TemporaryDirectory() as tmp:
            form = os.path.join(tmp, "form.docx")
            report.save_form(form)
            english, swedish = [], []
            serviceprogram.import_form(form, english, language="en")
            serviceprogram.import_form(form, swedish, language="sv")
        self.assertTrue(english[0].message.startswith("part B: a status that does not start with"), english)
        self.assertTrue(swedish[0].message.startswith("del B: en status som inte börjar med"), swedish)
        self.assertEqual([f[1:] for f in english], [f[1:] for f in swedish])
        with self.assertRaises(serviceprogram.InvalidValueError) as caught:
            serviceprogram.import_form(EXAMPLE, language="sv")
        self.assertIn("inte en .docx", str(caught.exception))
        with self.assertRaises(ValueError):
            serviceprogram.import_form(EXAMPLE, language="de")

    def test_not_a_form(self):
        with self.assertRaises(serviceprogram.InvalidValueError) as caught:
            serviceprogram.import_form(EXAMPLE)
        self.assertEqual(caught.exception.code, "SP_EFORMAT")
        with self.assertRaises(serviceprogram.FileError):
            serviceprogram.import_form("/nonexistent/form.docx")


if __name__ == "__main__":
    unittest.main(verbosity=2)
