"""serviceprogram.oxt installed with unopkg (per user, in a private profile): the macros appear under My
Macros and in the menu Serviceprogram, and run inside LibreOffice, from Python through the script provider
and from Basic, on the C library the extension carries.

Run by meson (suite libreoffice) with /usr/bin/python3, SP_OXT (the built extension), SERVICEPROGRAM_LIBRARY
and SP_EXAMPLES set. soffice gets none of PYTHONPATH, SERVICEPROGRAM_LIBRARY and LD_LIBRARY_PATH: the macros
must import the binding and load the library the extension carries, as on a desktop where the extension
is all there is.
"""
import os
import unittest
import zipfile

import serviceprogram as sp
from office import SEED, Office, props

PYTHON = "vnd.sun.star.script:serviceprogram.oxt|python|serviceprogram_calc.py$%s?language=Python&location=" \
         "user:uno_packages"
BASIC = "vnd.sun.star.script:Serviceprogram.Rapport.%s?language=Basic&location=application"
MACROS = ("new_report", "import_report", "export_report", "validate_draft", "validate_document", "rollup",
          "fill_outputs", "import_form", "about")
MENU = "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar"
CALC_MENU = ["Ny rapport", "Öppna rapport…", "Spara rapport som…", "Kontrollera", "Kontrollera inför inskick",
             "Fyll i prestationer ur texten", "Nationell sammanställning…", "Importera Word-formulär…", "Om"]
MENU_OPEN = "vnd.sun.star.script:Serviceprogram.Meny.OppnaRapport?language=Basic&location=application"
HIDDEN_FROM_SOFFICE = ("PYTHONPATH", "SERVICEPROGRAM_LIBRARY", "SERVICEPROGRAM_FORM_LIBRARY", "LD_LIBRARY_PATH")


class Extension(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        env = {k: v for k, v in os.environ.items() if k not in HIDDEN_FROM_SOFFICE}
        cls.office = Office(env=env)
        cls.office.env.update(SP_REPORT=SEED, SP_EXPORT=cls.office.path("from-environment.yaml"))
        try:
            cls.installed = cls.office.install_extension()
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

    def test_description(self):
        self.assertIn("Version: %s" % sp.LIBRARY_VERSION, self.installed)
        self.assertIn("Description: Open, edit, check and save the yearly follow-up", self.installed)
        self.assertIn("linux_x86_64", self.installed)
        manager = self.office.context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        extension = next(e for e in manager.getDeployedExtensions("user", None, None)
                         if e.getIdentifier().Value == "se.libserviceprogram.calc")
        self.assertEqual(extension.getPublisherInfo().First, "libserviceprogram")
        self.assertEqual(extension.getVersion(), sp.LIBRARY_VERSION)

    def test_the_carried_library_is_used(self):
        # Not the build tree's (SERVICEPROGRAM_LIBRARY is not passed), nor an installed one (ldconfig).
        text = self.run_macro(PYTHON % "about")
        self.assertIn(sp.LIBRARY_VERSION, text)
        self.assertRegex(text, r"/uno_packages/[^/\n]+/serviceprogram\.oxt/lib/libserviceprogram\.so\.0\n")
        profile = os.path.realpath(self.office.path("profile"))
        self.assertIn(profile, os.path.realpath(text.split("\n")[3]))
        # What soffice has loaded: the carried libraries, and no other libserviceprogram or libyaml (not the
        # build tree's, not one installed system-wide, which this machine may well have).
        loaded = set()
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                if os.getpgid(int(pid)) == self.office.watchdog.pid:
                    with open("/proc/%s/maps" % pid) as maps:
                        loaded |= {line.split()[-1] for line in maps if ".so" in line}
            except OSError:
                pass  # a process that ended meanwhile
        ours = {path for path in loaded if "libserviceprogram" in path or "libyaml" in path or "libzip" in path}
        self.assertTrue(ours)
        for path in ours:
            self.assertTrue(os.path.realpath(path).startswith(profile), path)
            self.assertIn("/serviceprogram.oxt/lib/", path)

    def test_texts_follow_the_language_of_libreoffice(self):
        provider = self.office.service("com.sun.star.configuration.ConfigurationProvider")
        l10n = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                    props(nodepath="/org.openoffice.Setup/L10N"))
        before = l10n.ooLocale
        try:
            for locale, first in (("sv-SE", "Regionalt serviceprogram"), ("de-DE", "Regional service programme")):
                l10n.ooLocale = locale
                l10n.commitChanges()
                self.assertTrue(self.run_macro(PYTHON % "about").startswith(first), locale)
        finally:
            l10n.ooLocale = before
            l10n.commitChanges()

    def test_refused_on_another_platform(self):
        other = self.office.path("other-platform.oxt")
        with zipfile.ZipFile(os.environ["SP_OXT"]) as src, zipfile.ZipFile(other, "w") as dst:
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "description.xml":
                    data = data.replace(b'<platform value="linux_x86_64"/>', b'<platform value="windows_x86_64"/>')
                    self.assertIn(b"windows_x86_64", data)
                dst.writestr(item, data)
        fresh = Office(env=self.office.env)  # unopkg on a profile of its own: soffice holds the other one
        try:
            said = fresh.unopkg("add", "--suppress-license", other)  # exits with 0 all the same
            listed = fresh.unopkg("list")
        finally:
            fresh.stop()
        self.assertIn("The extension 'Regional service programme follow-up in Calc' does not work on this computer",
                      said)
        self.assertNotIn("se.libserviceprogram.calc", listed)

    def test_menu(self):
        provider = self.office.service("com.sun.star.configuration.ConfigurationProvider")
        menus = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                     props(nodepath=MENU, Locale="sv"))
        calc = menus.getByName("se.libserviceprogram.calc.menu")
        self.assertEqual(calc.Context.split(","), ["com.sun.star.sheet.SpreadsheetDocument",
                                                   "com.sun.star.text.TextDocument"])
        entries = [calc.Submenu.getByName(n) for n in sorted(calc.Submenu.ElementNames)]
        self.assertEqual([e.Title for e in entries if e.URL != "private:separator"], CALC_MENU)
        english = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                       props(nodepath=MENU + "/se.libserviceprogram.calc.menu/Submenu",
                                                             Locale="de"))
        self.assertEqual(english.getByName("m02").Title, "Open report…")  # English where there is no Swedish
        for entry in entries:
            if entry.URL != "private:separator":
                self.assertIsNotNone(self.provider.getScript(entry.URL), entry.Title)
        in_writer = [e.Title for e in entries if "com.sun.star.text.TextDocument" in (e.Context or "")]
        self.assertEqual(in_writer, ["Importera Word-formulär…", "Om"])

    def test_new_report(self):
        doc = self.run_macro(PYTHON % "new_report")
        self.assertEqual([doc.Sheets.getByIndex(i).Name for i in range(2)], ["Frågor", "Program"])
        self.assertEqual(self.run_macro(PYTHON % "validate_draft", doc), 0)
        self.assertGreater(self.run_macro(PYTHON % "validate_document", doc), 0)  # not yet ready to send

    def test_import_form(self):
        form = self.office.path("form.docx")
        with sp.load(SEED) as report:
            report.save_form(form)
        doc = self.run_macro(PYTHON % "import_form", form)
        out = self.office.path("from-form.yaml")
        self.run_macro(PYTHON % "export_report", doc, out)
        with sp.load(out) as back:
            self.assertEqual(back.region.name, "Jämtland Härjedalen")

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


class ForAllUsers(unittest.TestCase):
    """unopkg add --shared (into a private copy of the shared location): the Basic functions and the menu find
    the Python macros under share:uno_packages, and no user is asked about the licence again."""

    def test_basic_and_menu_find_the_shared_extension(self):
        env = {k: v for k, v in os.environ.items() if k not in HIDDEN_FROM_SOFFICE}
        env["SP_REPORT"] = SEED
        office = Office(env=env, private_shared=True)
        try:
            listed = office.install_extension(shared=True)
            self.assertIn("Identifier: se.libserviceprogram.calc", listed)
            self.assertNotIn("License Agreement", listed)  # accepted by the administrator, once
            self.assertIn("<none>", office.unopkg("list"))  # nothing per user
            office.start()
            provider = office.context.getValueByName(
                "/singletons/com.sun.star.script.provider.theMasterScriptProviderFactory").createScriptProvider("")
            with self.assertRaises(Exception):
                provider.getScript(PYTHON % "about")  # not under user:uno_packages
            self.assertIn("/lib/libserviceprogram.so.0", provider.getScript(
                PYTHON.replace("user:", "share:") % "about").invoke((), (), ())[0])
            doc = provider.getScript(BASIC % "ImportReport").invoke((SEED,), (), ())[0]
            self.assertEqual(doc.Sheets.getByIndex(0).Name, "Frågor")
            doc.close(True)
            provider.getScript(MENU_OPEN).invoke((), (), ())  # the menu's entry, with SP_REPORT
            opened = [c for c in office.desktop.Components if hasattr(c, "getSheets")]
            self.assertEqual([c.Sheets.getByIndex(0).Name for c in opened], ["Frågor"])
        finally:
            office.stop()


if __name__ == "__main__":
    unittest.main()
