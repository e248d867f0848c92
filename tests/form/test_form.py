#!/usr/bin/env python3
"""rsp import and rsp form on forms built with python-docx (make_form.py):
the seed's figures come out of a form holding the seed's text, also after the
hand edits regions make; rsp form's output reads back into the same report
for every field the form shows; a damaged file, a .docx that is not the form
and zip bombs are refused with nothing written.

    test_form.py RSP BUNDLED_REPORT.yaml"""
import copy
import json
import os
import stat
import subprocess
import sys
import tempfile
import unittest
import zipfile

import docx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_form  # noqa: E402

RSP = BUNDLED = None
EDITS = ["merged", "added-row", "empty-row", "lower-x", "joined-bullets", "fte-text", "split-rows"]
# Forms no one on the team had seen (make_form.py), each also tested alone below.
VARIANTS = ["one-heading-row", "paragraphs", "trailing-table", "reworded", "split-table", "added-column", "fte-units",
            "goal-lists", "effect-dashes", "content-controls", "year-written", "tracked-changes"]


def run(*args, lang="C.UTF-8"):
    """rsp under the locale `lang`: English unless a test asks for Swedish, whatever the developer's."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run([RSP, *args], capture_output=True, text=True, env=env)


class FormTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def import_form(self, form):
        out = self.path("out.json")
        p = run("import", "-o", out, form)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(out, encoding="utf-8") as f:
            return json.load(f), p.stderr

    def refused(self, form, words):
        out = self.path("refused.yaml")
        p = run("import", "-o", out, form)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn(words, p.stderr)
        self.assertFalse(os.path.exists(out), "nothing may be written")
        self.assertEqual([n for n in os.listdir(self.dir) if n.startswith("refused")], [])

    def assert_seed_figures(self, report):
        self.assertEqual(report["region"]["name"], "Jämtland Härjedalen")
        self.assertEqual(report["year"], 2023)
        fte = {s["area"]: round(sum(p.get("fte", 0) for p in s["positions"]), 3) for s in report["staffing"]}
        self.assertEqual(fte, {"coordination": 0.85, "case_handling": 0.65})
        outputs = [o for a in report["priority_areas"] for i in a["interventions"] for o in i.get("outputs", [])]
        decisions = [o for o in outputs if "support_type" in o]
        self.assertEqual(sum(o["count"] for o in decisions), 30)
        self.assertEqual(sum(o["amount_sek"] for o in decisions), 7773227)
        self.assertEqual(len({o["support_type"] for o in decisions}), 4)
        self.assertEqual([(d["support_type"], d["trend"]) for d in report["demand_outlook"]],
                         [("grocery_investment", "increase"), ("fuel_investment", "decrease"),
                          ("service_grant", "decrease"), ("home_delivery_grant", "unchanged"),
                          ("special_operating_support", "unchanged")])
        self.assertEqual([(c["actor"], c.get("ladder_step")) for c in report["collaboration"]],
                         [("municipalities", "joint_action"), ("county_board", "joint_action"),
                          ("region_other", "joint_action"), ("business", None), ("civil_society", "conversation"),
                          ("leader", "conversation"), ("business_promotion", "conversation"), ("other", None)])
        self.assertEqual(report["collaboration"][4]["ladder_note"], "Samtal via kommunerna")
        self.assertEqual([len(a["interventions"]) for a in report["priority_areas"]], [5, 3, 6])
        self.assertEqual([a["number"] for a in report["priority_areas"]], [1, 2, 3])
        statuses = [i.get("status") for a in report["priority_areas"] for i in a["interventions"]]
        self.assertEqual(statuses.count("continuing"), 12)
        self.assertEqual(statuses.count(None), 2)
        first = report["priority_areas"][0]["interventions"][0]
        self.assertEqual(first["goals"], ["1.1"])
        self.assertEqual(first["service_types"], ["broader_context"])
        self.assertEqual(first["effects"]["short_term"], "tillför ökad kunskap genom remissvar.")
        self.assertEqual(first["effects"]["long_term"], "bättre tillgänglighet till service.")
        second_area = report["priority_areas"][1]["interventions"][0]
        self.assertEqual(second_area["service_types"], ["groceries", "fuel", "agent_services"])
        self.assertEqual(second_area["funding"],
                         "Inom budget för projektet Resurser till genomförande av regionalt serviceprogram Jämtlands län.")
        contacts = {c["email"]: sorted(c["roles"]) for c in report["contacts"]}
        self.assertEqual(contacts, {"malin.nyqvistljungberg@regionjh.se": ["program", "workspace_access"],
                                    "ville.welin@regionjh.se": ["support_cases", "workspace_access"]})
        self.assertEqual(report["future_outlook"],
                         "Stort fokus på semiobemannat. Många butiker tittar över energieffektiviseringar.")

    def test_seed_form(self):
        form = self.path("seed.docx")
        make_form.build(form, set())
        report, stderr = self.import_form(form)
        self.assert_seed_figures(report)
        # The one status cell that does not start with a status is a finding, its text kept.
        self.assertIn("table 9, row 8, column 10: part B: a status that does not start with", stderr)
        lessons = report["priority_areas"][2]["interventions"][4]["lessons"]
        self.assertEqual(lessons, "Viktigt med återkommande arbete för att utbilda nya tjänstemän och politiker.")

    def test_findings_and_errors_in_both_languages(self):
        form = self.path("seed.docx")
        make_form.build(form, set())
        out = self.path("out.yaml")
        english = run("import", "-o", out, form).stderr
        swedish = run("import", "-o", out, form, lang="sv_SE.UTF-8").stderr
        self.assertIn("table 9, row 8, column 10: part B: a status that does not start with Fortsätter or Klar; "
                      "the text was kept in the lessons", english)
        self.assertIn("tabell 9, rad 8, kolumn 10: del B: en status som inte börjar med Fortsätter eller Klar; "
                      "texten sparades i lärdomarna", swedish)
        self.assertEqual(len(english.splitlines()), len(swedish.splitlines()))
        text = self.path("text.docx")
        with open(text, "w") as f:
            f.write("Region: Gotland\n")
        refused = run("import", "-o", out, text, lang="sv_SE.UTF-8")
        self.assertEqual(refused.returncode, 1)
        self.assertIn("inte en .docx: filen är inte ett zip-arkiv", refused.stderr)
        self.assertIn("användning: rsp import", run("import", form, lang="sv_SE.UTF-8").stderr)

    def test_each_hand_edit(self):
        for edit in EDITS:
            with self.subTest(edit=edit):
                form = self.path(edit + ".docx")
                make_form.build(form, {edit})
                report, _ = self.import_form(form)
                self.assert_seed_figures(report)

    def test_all_hand_edits(self):
        form = self.path("edited.docx")
        make_form.build(form, set(EDITS))
        report, stderr = self.import_form(form)
        self.assert_seed_figures(report)
        area1 = report["priority_areas"][0]["interventions"]
        self.assertEqual(area1[1]["name"], "Verka för att det finns regelbunden post- och paketutdelning där det "
                                           "finns farbar väg till folkbokförda helårsboende.")
        self.assertEqual(area1[2]["goals"], ["1.2"], "a goal merged down belongs to both interventions")
        self.assertEqual(report["collaboration"][3]["description"].split()[-1], "investeringsplaner.")
        self.assertIn("Ett gemensamt möte med Leaderområdena", report["collaboration"][5]["description"])
        self.assertEqual(report["collaboration"][6]["description"].splitlines()[1:],
                         ["- Energikontoret", "- ReDriv - plattform för laddinfrastruktur", "- AGFO Talk"])
        outputs = [o["text"] for o in report["priority_areas"][1]["interventions"][0]["outputs"]]
        self.assertEqual(outputs[1:3], ["Hemsändning 8 st 1 537 062 kr", "Servicebidrag 7st 1 007 710 kr"])
        self.assertEqual(outputs[-1], "Informationsträff om stöd i Strömsund.")
        self.assertIn("ca 0,55 åa (från juli)", report["staffing"][1]["note"])
        self.assertIn("table 4, row 1, column 2: question 3: text around an FTE", stderr)

    def test_outputs_run_together(self):
        # Output lines without bullets joined in one paragraph are cut where a
        # capitalised word follows "kr" (the figures were lost before); a line whose
        # figures cannot be read without guessing is kept as text, and both are said.
        form = self.path("run-together.docx")
        make_form.build(form, {"joined-lines", "unclear-output"})
        report, stderr = self.import_form(form)
        self.assert_seed_figures(report)
        outputs = report["priority_areas"][1]["interventions"][0]["outputs"]
        self.assertEqual(outputs[1:3], [
            {"text": "Hemsändning 8 st 1 537 062 kr", "support_type": "home_delivery_grant", "count": 8,
             "amount_sek": 1537062},
            {"text": "Servicebidrag 7st 1 007 710 kr", "support_type": "service_grant", "count": 7,
             "amount_sek": 1007710}])
        self.assertIn("table 8, row 4, column 8: part B: outputs written on one line were read as separate outputs",
                      stderr)
        unclear = report["priority_areas"][0]["interventions"][0]["outputs"][-1]
        self.assertEqual(unclear, {"text": "Hemsändning 2 st 40 000 kr och i fjol 1 st 5 000 kr"})
        self.assertIn("table 7, row 4, column 8: part B: an output whose figures cannot be read without guessing; "
                      "it was kept as text without figures", stderr)

    SEED_FINDING = "table 9, row 8, column 10: part B: a status that does not start with Fortsätter or Klar; " \
                   "the text was kept in the lessons"

    def unseen(self, variant):
        form = self.path(variant + ".docx")
        make_form.build(form, {variant})
        report, stderr = self.import_form(form)
        self.assert_seed_figures(report)
        return report, stderr.replace(form + ": ", "").splitlines()

    def test_unseen_one_heading_row(self):
        # The service types found in the heading cell that also holds "Huvudsakligt serviceslag".
        _, findings = self.unseen("one-heading-row")
        self.assertEqual(findings, [self.SEED_FINDING.replace("row 8", "row 7")])

    def test_unseen_paragraphs(self):
        report, findings = self.unseen("paragraphs")
        self.assertEqual(findings, [self.SEED_FINDING])
        self.assertEqual(report["accessibility_work"], "\n".join(make_form.ACCESSIBILITY))
        # The empty paragraphs between those of a cell are kept as empty lines.
        self.assertEqual(report["demand_outlook"][0]["comment"].splitlines(),
                         ["En ökning av antalet ansökningar.", "", "Många satsar på semiobemannad.", "",
                          "Det är också många som tittar över energieffektiviseringar."])
        first = report["priority_areas"][0]["interventions"][0]
        self.assertEqual(first["lessons"], "Viktigt med arbete på lång sikt i dessa frågor.")
        self.assertEqual(first["effects"]["medium_term"], "tillämpning av ny kunskap.")

    def test_unseen_trailing_table(self):
        # An empty table holds nothing to lose: no finding.
        _, findings = self.unseen("trailing-table")
        self.assertEqual(findings, [self.SEED_FINDING])

    def test_unseen_reworded(self):
        # Questions numbered by Word and reworded are still told by their words; the
        # answer to question 5 goes there, and no question's text is taken for an answer.
        report, findings = self.unseen("reworded")
        self.assertEqual(findings, [self.SEED_FINDING])
        self.assertEqual(report["accessibility_work"], make_form.ACCESSIBILITY[0])

    def test_unseen_split_table(self):
        # The rest of area 3's table, without headings, is read with the columns of the
        # table above (and that is said), not taken for another question's table.
        report, findings = self.unseen("split-table")
        self.assertEqual(findings, [self.SEED_FINDING.replace("table 9, row 8", "table 10, row 2"),
                                    "table 10, row 1, column 1: part B: a table without headings was read "
                                    "as the rest of the table above it"][::-1])
        self.assertEqual(len(report["collaboration"]), 8)

    def test_unseen_added_column(self):
        # A column the form does not have: its text kept in the description, and said.
        report, findings = self.unseen("added-column")
        self.assertEqual(findings, ["table 7, row %d, column 11: part B: text in a column the form does not have; "
                                    "it was kept in the description" % r for r in range(4, 9)] + [self.SEED_FINDING])
        self.assertEqual([i.get("description") for i in report["priority_areas"][0]["interventions"]],
                         ["ca %d 000 kr" % (10 * k) for k in range(1, 6)])

    def test_unseen_fte_units(self):
        # "(0,1 åa)" and "(10 %)" are FTE (they were taken into the next person's name);
        # a parenthesis with a figure that is no FTE is said, its paragraph kept in the note.
        report, findings = self.unseen("fte-units")
        self.assertEqual([p["name"] for p in report["staffing"][0]["positions"][:3]],
                         ["Maria Kumpula", "Ville Welin", "Malin Nyqvist Ljungberg"])
        self.assertIn("Malin Nyqvist Ljungberg är tjänstledig (2 mån) under hösten.", report["staffing"][0]["note"])
        self.assertEqual(findings, ["table 2, row 2, column 2: question 3: a figure in parentheses that is not an FTE; "
                                    "the paragraph was kept in the note", self.SEED_FINDING])

    def test_unseen_goal_lists(self):
        # "Mål 1.2: …" and "1.2, 1.3" give goal ids (they were kept as other goals).
        report, findings = self.unseen("goal-lists")
        self.assertEqual(findings, [self.SEED_FINDING])
        area1 = report["priority_areas"][0]["interventions"]
        self.assertEqual([i.get("goals") for i in area1[1:3]], [["1.2"], ["1.2", "1.3"]])
        self.assertEqual([i.get("other_goals") for i in area1[1:3]], [None, None])
        goals = {g["id"]: g.get("text") for g in report["program"]["goals"]}
        self.assertEqual(goals["1.2"], "Öka allmänhetens medvetenhet för betydelsen av kommersiell service på "
                                       "landsbygderna.")
        self.assertEqual(goals["1.3"], "Ökad samverkan gällande krisberedskap mellan civilsamhälle, servicegivare "
                                       "och offentliga aktörer.")

    def test_unseen_effect_dashes(self):
        # "Kort sikt – …" reads as "Kort sikt: …" (it was general text).
        report, findings = self.unseen("effect-dashes")
        self.assertEqual(findings, [self.SEED_FINDING])
        effects = report["priority_areas"][1]["interventions"][0]["effects"]
        self.assertEqual(effects, {"short_term": make_form.KMS[0].split(": ", 1)[1],
                                   "medium_term": make_form.KMS[1].split(": ", 1)[1],
                                   "long_term": make_form.KMS[2].split(": ", 1)[1]})

    def test_unseen_content_controls(self):
        # A template's check boxes: ☒ is a mark, ☐ nothing, a row of empty boxes an
        # empty row (each was text where an X belongs, the row an intervention without
        # a name); a content control showing its placeholder is no answer (it was one).
        report, findings = self.unseen("content-controls")
        self.assertEqual(findings, [self.SEED_FINDING.replace("row 8", "row 9")])
        self.assertNotIn("accessibility_work", report)
        self.assertEqual(report["collaboration"][-1], {"actor": "other"})
        self.assertNotIn(make_form.PLACEHOLDER, json.dumps(report, ensure_ascii=False))
        self.assertEqual([d.get("comment", "").count("☐") for d in report["demand_outlook"]], [0] * 5)

    def test_unseen_year_written(self):
        # "verksamhetsåret: 2023" gives the year (the form was refused: no year found).
        _, findings = self.unseen("year-written")
        self.assertEqual(findings, [self.SEED_FINDING])

    def test_unseen_tracked_changes(self):
        # Deleted text is not read, inserted text is, a deleted row is an empty row; a text
        # box is a line of its paragraph, read once (it was read twice, run into the text).
        report, findings = self.unseen("tracked-changes")
        self.assertEqual(findings, [self.SEED_FINDING])
        self.assertEqual(report["demand_outlook"][2]["comment"], make_form.DEMAND[2][2])
        self.assertEqual(report["accessibility_work"], make_form.ACCESSIBILITY[0] + "\n" + make_form.TEXT_BOX)

    def test_unseen_all_at_once(self):
        form = self.path("all.docx")
        make_form.build(form, set(VARIANTS) | set(EDITS))
        report, stderr = self.import_form(form)
        self.assert_seed_figures(report)
        self.assertEqual(len(stderr.splitlines()), 9, stderr)

    def strip_unshown(self, report):
        """The bundled report without what the form does not show."""
        r = copy.deepcopy(report)
        r["region"].pop("county_code", None)
        used = [g for a in r.get("priority_areas", []) for i in a["interventions"] for g in i.get("goals", [])]
        r["program"] = {"goals": sorted((g for g in r["program"].get("goals", []) if g["id"] in used),
                                        key=lambda g: used.index(g["id"]))}
        for s in r.get("staffing", []):
            for p in s["positions"]:
                p.pop("from", None)
                p.pop("funded_by", None)
        for a in r.get("priority_areas", []):
            for i in a["interventions"]:
                i.pop("next_year", None)
                i.get("effects", {}).pop("basis", None)
        return r

    def test_round_trip_bundled(self):
        form = self.path("bundled.docx")
        p = run("form", "-o", form, BUNDLED)
        self.assertEqual(p.returncode, 0, p.stderr)
        with zipfile.ZipFile(form) as z:
            self.assertIsNone(z.testzip())
            xml = z.read("word/document.xml").decode()
        self.assertIn('w:orient="landscape"', xml)
        self.assertEqual(len(docx.Document(form).tables), 7, "python-docx opens it: four question tables, three areas")
        back, _ = self.import_form(form)
        original = self.path("bundled.json")
        self.assertEqual(run("convert", BUNDLED, original).returncode, 0)
        with open(original, encoding="utf-8") as f:
            expected = self.strip_unshown(json.load(f))
        back["program"] = {"goals": back["program"].get("goals", [])}
        self.assertEqual(back, expected)

    def test_form_saves_as_a_report_is_saved(self):
        """rsp form -o replaced links, pipes and devices by a file, split hard links and wrote a file
        named '-' (the saves of issue 13): it now saves as a report is saved."""
        real, link = self.path("real.docx"), self.path("link.docx")
        os.symlink(real, link)  # dangling: its target is created, the link kept
        self.assertEqual(run("form", "-o", link, BUNDLED).returncode, 0)
        self.assertTrue(os.path.islink(link))
        with zipfile.ZipFile(real) as z:
            self.assertIsNone(z.testzip())
        other = self.path("other.docx")
        os.link(real, other)
        before = os.stat(real)
        p = run("form", "-o", real, BUNDLED)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn("hard link", p.stderr)
        self.assertEqual(os.stat(real).st_mtime_ns, before.st_mtime_ns)
        os.unlink(other)
        fifo = self.path("fifo")
        os.mkfifo(fifo)
        reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
        self.assertEqual(run("form", "-o", fifo, BUNDLED).returncode, 0)
        self.assertEqual(reader.communicate(timeout=60)[0][:2], b"PK")
        self.assertTrue(os.path.exists(fifo) and not os.path.isfile(fifo))
        piped = subprocess.run([RSP, "form", "-o", "-", BUNDLED], capture_output=True)
        self.assertEqual(piped.returncode, 0, piped.stderr)
        self.assertEqual(piped.stdout[:2], b"PK")
        self.assertFalse(os.path.exists(os.path.join(os.getcwd(), "-")))
        with open("/dev/full", "wb") as full:
            p = subprocess.run([RSP, "form", "-o", "-", BUNDLED], stdout=full, stderr=subprocess.PIPE)
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"No space left on device", p.stderr)

    def test_layout_prints(self):
        """What makes rsp form's output print as the form: part B's service types run up their narrow
        columns (written across, they broke a letter or two a line into a heading half a page high,
        repeated on every page: 34 pages for the bundled report); question 1's mark headings break
        as the form's ("Min-skar"); a question is kept on the page of its answer, a priority area's
        heading on the page of its table (it was left alone at a page's foot); a question's table
        repeats its headings on each page it runs onto."""
        form = self.path("bundled.docx")
        self.assertEqual(run("form", "-o", form, BUNDLED).returncode, 0)
        document = docx.Document(form)
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        for table in document.tables[4:]:
            service_row = table.rows[2]
            self.assertEqual([c.text for c in service_row.cells[3:7]],
                             ["Dagligvaror", "Drivmedel", "Ombud för posttjänst, betaltjänst eller apotek",
                              "Bredare sammanhang"])
            for c in service_row.cells[3:7]:
                self.assertEqual(c._tc.tcPr.find(w + "textDirection").get(w + "val"), "btLr", c.text)
            self.assertIsNotNone(service_row._tr.trPr.find(w + "trHeight"))
        for table in document.tables[:4]:
            self.assertIsNotNone(table.rows[0]._tr.trPr.find(w + "tblHeader"), "headings repeat on each page")
        marks = document.tables[0].rows[0].cells[1:4]
        self.assertEqual([c.text for c in marks], ["Minskar", "Oförändrad", "Ökar"])
        self.assertEqual([len(c._tc.findall(".//" + w + "softHyphen")) for c in marks], [1, 1, 0])
        questions = [p for p in document.paragraphs if p.text[:2] in ("1.", "2.", "3.", "4.", "5.", "6.")]
        self.assertEqual(len(questions), 6)
        areas = [p for p in document.paragraphs if p.text.startswith("Prioriterat område")]
        self.assertEqual(len(areas), 3)
        for q in questions + areas:
            self.assertTrue(q.paragraph_format.keep_with_next, q.text)

    def test_fte_cells_with_units(self):
        """A region writes the FTE in question 3's nested table with its unit: "0,5 åa" is 0,5 and no
        text around it, "25 %" is 0,25 (it was read as 25 FTE), and "ca 10 %" is 0,1 with its text kept."""
        form = self.path("bundled.docx")
        self.assertEqual(run("form", "-o", form, BUNDLED).returncode, 0)
        document = docx.Document(form)
        nested = document.tables[1].rows[1].cells[1].tables[0]
        for row, written in zip(nested.rows, ["0,5 åa", "25 %", "ca 10 %"]):
            row.cells[1].text = written
        document.save(form)
        report, findings = self.import_form(form)
        self.assertEqual([p["fte"] for p in report["staffing"][0]["positions"][:3]], [0.5, 0.25, 0.1])
        self.assertEqual(findings.count("text around an FTE"), 1, findings)
        self.assertIn("table 3, row 3, column 2", findings)
        self.assertTrue(report["staffing"][0]["note"].endswith("\nca 10 %"))

    def test_output_written_as_the_core_writes_files(self):
        """rsp form writes its .docx as every rsp command writes its file: a link is followed and stays,
        the old file's permissions stay, and a pipe or device is written as it is. A temporary file
        renamed over the name replaced them all: -o /dev/full became a regular file, "written"."""
        real, link = self.path("real.docx"), self.path("link.docx")
        with open(real, "w") as f:
            f.write("old")
        os.chmod(real, 0o640)
        os.symlink("real.docx", link)
        self.assertEqual(run("form", "-o", link, BUNDLED).returncode, 0)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(os.stat(real).st_mode & 0o777, 0o640)
        self.assertTrue(zipfile.is_zipfile(real))
        fifo = self.path("pipe.docx")
        os.mkfifo(fifo)
        reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
        try:
            p = run("form", "-o", fifo, BUNDLED)
            written = reader.communicate(timeout=30)[0]
        finally:
            reader.kill()
            reader.wait()
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the pipe was replaced by a file")
        self.assertEqual(written[:2], b"PK")
        self.assertEqual(sorted(os.listdir(self.dir)), ["link.docx", "pipe.docx", "real.docx"])

    def test_output_dash_is_standard_output(self):
        """-o - is standard output, as for every rsp command; it wrote a file named "-"."""
        p = subprocess.run([os.path.abspath(RSP), "form", "-o", "-", os.path.abspath(BUNDLED)], capture_output=True, cwd=self.dir)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(os.listdir(self.dir), [])
        form = self.path("stdout.docx")
        with open(form, "wb") as f:
            f.write(p.stdout)
        self.assertEqual(len(docx.Document(form).tables), 7)

    def test_control_characters(self):
        """A report's text may hold characters XML has not, a vertical tab above all (Word's line break,
        pasted from Word into a spreadsheet): written as they were, the document was damaged, Word
        had to repair it and rsp import refused it. Breaks and tabs become Word's, the rest goes."""
        original = self.path("bundled.json")
        self.assertEqual(run("convert", BUNDLED, original).returncode, 0)
        with open(original, encoding="utf-8") as f:
            report = json.load(f)
        report["future_outlook"] = "Rad ett\u000bRad två\u0001 och\tflik\u000c slut\ufffe."
        report["priority_areas"][0]["interventions"][0]["lessons"] = "Vi tar med oss\u000bdetta\u001f."
        with open(original, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False)
        form = self.path("controls.docx")
        p = run("form", "-o", form, original)
        self.assertEqual(p.returncode, 0, p.stderr)
        document = docx.Document(form)
        self.assertIn("Rad ett\nRad två och\tflik\n slut.", [par.text for par in document.paragraphs])
        back, _ = self.import_form(form)
        self.assertEqual(back["future_outlook"], "Rad ett\nRad två och\tflik\n slut.")
        self.assertEqual(back["priority_areas"][0]["interventions"][0]["lessons"], "Vi tar med oss\ndetta.")

    def test_form_on_standard_input(self):
        """rsp import - reads the form from standard input, a pipe included, as a FILE of - is for every
        rsp command; it looked for a file named "-". A pipe is read no further than the size limit."""
        form = self.path("bundled.docx")
        self.assertEqual(run("form", "-o", form, BUNDLED).returncode, 0)
        expected, findings = self.import_form(form)
        with open(form, "rb") as f:
            data = f.read()
        out = self.path("piped.json")
        env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        env["LANG"] = "C.UTF-8"
        p = subprocess.run([RSP, "import", "-o", out, "-"], input=data, capture_output=True, env=env)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(json.load(f), expected)
        self.assertEqual(p.stderr.decode(), findings.replace(form, "<stdin>"))
        for piped, words in ((b"not a form", "<stdin>: error: not a .docx"),
                             (b"\0" * (65 << 20), "the file is larger than the limit")):
            p = subprocess.run([RSP, "import", "-o", out + ".2", "-"], input=piped, capture_output=True, env=env)
            self.assertEqual(p.returncode, 1, p.stderr)
            self.assertIn(words, p.stderr.decode())
            self.assertFalse(os.path.exists(out + ".2"))

    def test_round_trip_new(self):
        new = self.path("new.yaml")
        self.assertEqual(run("new", "--region", "Region Gotland", "--year", "2024", "-o", new).returncode, 0)
        form = self.path("new.docx")
        self.assertEqual(run("form", "-o", form, new).returncode, 0)
        back = self.path("back.yaml")
        p = run("import", "-o", back, form)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(run("diff", new, back).returncode, 0, run("diff", new, back).stdout)

    def test_damaged(self):
        form = self.path("seed.docx")
        make_form.build(form, set())
        with open(form, "rb") as f:
            data = f.read()
        damaged = self.path("damaged.docx")
        with open(damaged, "wb") as f:
            f.write(data[: len(data) // 2])
        self.refused(damaged, "not a .docx")
        text = self.path("text.docx")
        with open(text, "w") as f:
            f.write("Region: Gotland\n")
        self.refused(text, "not a zip archive")
        broken = self.path("broken.docx")
        with zipfile.ZipFile(broken, "w") as z:
            z.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body><w:p>")
        self.refused(broken, "XML (word/document.xml) is damaged")

    def test_not_the_form(self):
        other = self.path("letter.docx")
        d = docx.Document()
        d.add_paragraph("Hej! Här kommer protokollet från mötet.")
        d.add_table(rows=2, cols=2)
        d.save(other)
        self.refused(other, "not the follow-up form")

    def test_zip_bombs(self):
        bomb = self.path("bomb.docx")
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
        self.refused(bomb, "compressed more than 200 times")
        many = self.path("many.docx")
        with zipfile.ZipFile(many, "w") as z:
            for i in range(2001):
                z.writestr("f%d" % i, b"")
        self.refused(many, "more entries than the limit")


if __name__ == "__main__":
    RSP, BUNDLED = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
