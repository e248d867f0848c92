"""serviceprogram.oxt installed with unopkg (per user, in a private profile): the macros appear under My
Macros and run inside LibreOffice, from Python through the script provider and from Basic.

Run by meson (suite libreoffice) with /usr/bin/python3, SP_OXT (the built extension), SERVICEPROGRAM_LIBRARY
and SP_EXAMPLES set. soffice gets no PYTHONPATH: the macros must import the binding the extension carries.
"""
import os
import shutil
import unittest

import serviceprogram as sp
from office import SEED, Office

PYTHON = "vnd.sun.star.script:serviceprogram.oxt|python|serviceprogram_calc.py$%s?language=Python&location=" \
         "user:uno_packages"
BASIC = "vnd.sun.star.script:Serviceprogram.Rapport.%s?language=Basic&location=application"
MACROS = ("import_report", "export_report", "validate_document", "rollup")


class Extension(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        cls.office = Office(env=env)
        cls.office.env.update(SP_REPORT=SEED, SP_EXPORT=cls.office.path("from-environment.yaml"))
        try:
            oxt = cls.office.path("serviceprogram.oxt")
            shutil.copy(os.environ["SP_OXT"], oxt)
            os.chmod(oxt, 0o644)
            cls.office.unopkg("add", "--suppress-license", oxt)
            cls.installed = cls.office.unopkg("list")
            cls.office.start()
            factory = cls.office.context.getValueByName(
                "/singletons/com.sun.star.script.provider.theMasterScriptProviderFactory")
            cls.provider = factory.createScriptProvider("")
        except BaseException:
            cls.office.stop()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def tearDown(self):
        for component in list(self.office.desktop.Components):
            component.close(True)

    def run_macro(self, uri, *args):
        return self.provider.getScript(uri).invoke(args, (), ())[0]

    def assert_same_as_seed(self, path):
        with sp.load(SEED) as original, sp.load(path) as back:
            self.assertIsNone(original.difference(back))

    def test_installed_for_the_user(self):
        self.assertIn("Identifier: se.libserviceprogram.calc", self.installed)
        self.assertIn("is registered: yes", self.installed)

    def test_listed_under_my_macros(self):
        from com.sun.star.script.browse.BrowseNodeFactoryViewTypes import MACROSELECTOR
        factory = self.office.context.getValueByName("/singletons/com.sun.star.script.browse.theBrowseNodeFactory")
        my_macros = next(n for n in factory.createView(MACROSELECTOR).getChildNodes() if n.Name == "user")
        children = {n.Name: n for n in my_macros.getChildNodes()}
        self.assertIn("Serviceprogram", children)  # the Basic library
        self.assertEqual([n.Name for n in children["serviceprogram.oxt"].getChildNodes()], ["serviceprogram_calc"])
        for name in MACROS:
            self.assertIsNotNone(self.provider.getScript(PYTHON % name))
        with self.assertRaises(Exception):
            self.provider.getScript(PYTHON % "no_such_macro")

    def test_python_macros(self):
        doc = self.run_macro(PYTHON % "import_report", SEED)
        self.assertEqual(doc.Sheets.getByIndex(0).Name, "Frågor")
        out = self.office.path("python.json")
        self.assertEqual(self.run_macro(PYTHON % "export_report", doc, out), out)
        self.assert_same_as_seed(out)
        self.assertEqual(self.run_macro(PYTHON % "validate_document", doc), 3)
        self.assertTrue(doc.Sheets.hasByName("Kontroll"))
        national = self.run_macro(PYTHON % "rollup", (SEED,))
        self.assertEqual(national.Sheets.getByName("Stöd").Charts.Count, 2)

    def test_files_from_the_environment(self):
        doc = self.run_macro(PYTHON % "import_report")
        self.assertEqual(self.run_macro(PYTHON % "export_report", doc), self.office.env["SP_EXPORT"])
        self.assert_same_as_seed(self.office.env["SP_EXPORT"])

    def test_basic_calls_the_python_macros(self):
        doc = self.run_macro(BASIC % "ImportReport", SEED)
        out = self.office.path("basic.yaml")
        self.assertEqual(self.run_macro(BASIC % "ExportReport", out, doc), out)
        self.assert_same_as_seed(out)
        self.assertEqual(self.run_macro(BASIC % "ValidateDocument", doc), 3)
        national = self.run_macro(BASIC % "Rollup", (SEED,))
        self.assertTrue(national.Sheets.hasByName("Stöd"))

    def test_errors_reach_the_caller(self):
        missing = self.office.path("missing.yaml")
        with self.assertRaises(Exception) as caught:
            self.run_macro(PYTHON % "import_report", missing)
        self.assertIn(missing, str(caught.exception))
        doc = self.run_macro(PYTHON % "import_report", SEED)
        doc.Sheets.getByName("Område 1").getCellRangeByName("U6").setString("Klart")
        out = self.office.path("refused.yaml")
        with self.assertRaises(Exception) as caught:
            self.run_macro(PYTHON % "export_report", doc, out)
        self.assertIn("Område 1, cell U6 (Status)", str(caught.exception))
        # In Basic the error is a run-time error (On Error can catch it); run headless, it ends the function.
        self.assertEqual(self.run_macro(BASIC % "ExportReport", out, doc), "")
        self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    unittest.main()
