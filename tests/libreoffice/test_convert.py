"""bindings/libreoffice/sp_convert.py, the documented command for scripts: a report to .ods and back, each
run starting and ending its own LibreOffice and exiting, within a time limit, with nothing left behind."""
import os
import shutil
import subprocess
import tempfile
import unittest

import serviceprogram as sp
import sp_calc
from office import SEED, Office, props

CONVERT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "libreoffice",
                       "sp_convert.py")
LIMIT = 100  # seconds: sp_convert ends itself after 120 at most; a run takes about 5


class Convert(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="sp-convert-test-")
        self.tmp = os.path.join(self.dir, "tmp")  # sp_convert's profile goes here, and must be gone after
        os.mkdir(self.tmp)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def convert(self, *args):
        result = subprocess.run(["/usr/bin/python3", CONVERT, *args], capture_output=True, text=True, timeout=LIMIT,
                                env=dict(os.environ, TMPDIR=self.tmp))
        self.assertEqual(os.listdir(self.tmp), [])
        return result

    def test_to_ods_and_back(self):
        ods, back = os.path.join(self.dir, "rapport.ods"), os.path.join(self.dir, "rapport.json")
        result = self.convert(SEED, ods)
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        result = self.convert(ods, back)
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        with sp.load(SEED) as original, sp.load(back) as converted:
            self.assertIsNone(original.difference(converted))

    def test_a_bad_cell_is_named_and_nothing_written(self):
        import uno
        ods, out = os.path.join(self.dir, "trasig.ods"), os.path.join(self.dir, "trasig.yaml")
        with Office() as office:  # a report in Calc where a person typed a word that is no status
            doc = sp_calc.import_report(office.desktop, SEED, hidden=True)
            doc.Sheets.getByName("Område 1").getCellRangeByName("U6").setString("Klart")
            doc.storeToURL(uno.systemPathToFileUrl(ods), props(FilterName="calc8"))
        result = self.convert(ods, out)
        self.assertEqual(result.returncode, 1)
        self.assertIn("Område 1, cell U6 (Status)", result.stderr)
        self.assertFalse(os.path.exists(out))

    def test_a_broken_report_file_is_named_with_each_error(self):
        # A ']' left out: the first error read is a list where the year belongs; the second says the YAML
        # is broken, and must be shown too.
        broken, out = os.path.join(self.dir, "trasig.yaml"), os.path.join(self.dir, "trasig.ods")
        with open(broken, "w") as f:
            f.write("format: serviceprogram/1\nyear: [2023\nregion: {name: Gotland}\n")
        result = self.convert(broken, out)
        self.assertEqual(result.returncode, 1)
        lines = result.stderr.splitlines()
        self.assertEqual(len(lines), 2, lines)
        self.assertTrue(lines[0].startswith("sp_convert: %s:2:7: /year: " % broken), lines)
        self.assertTrue(lines[1].startswith("sp_convert: %s:3:" % broken), lines)
        self.assertIn("YAML", lines[1])
        self.assertNotIn("Traceback", result.stderr)
        self.assertFalse(os.path.exists(out))

    def test_wrong_arguments(self):
        self.assertEqual(self.convert(SEED).returncode, 2)
        result = self.convert(SEED, os.path.join(self.dir, "rapport.txt"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("convert a report", result.stderr)
        swedish = subprocess.run(["/usr/bin/python3", CONVERT, SEED], capture_output=True, text=True, timeout=LIMIT,
                                 env=dict(os.environ, LANG="sv_SE.UTF-8", LC_ALL="", LANGUAGE="", LC_MESSAGES=""))
        self.assertEqual(swedish.returncode, 2)
        self.assertIn("användning: /usr/bin/python3 sp_convert.py RAPPORT KALKYLBLAD", swedish.stderr)


if __name__ == "__main__":
    unittest.main()
