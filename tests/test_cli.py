"""The rsp command-line program driven as a user would: exit codes, messages, files, CSV."""
import csv
import io
import json
import os
import re
import resource
import signal
import subprocess
import tempfile
import time
import unittest

RSP = os.environ["RSP"]
# CI runs rsp under valgrind this way: RSP_WRAPPER="valgrind --error-exitcode=99 ..."
WRAPPER = os.environ.get("RSP_WRAPPER", "").split()
EXAMPLES = os.environ["SP_EXAMPLES"]
SEED = os.path.join(EXAMPLES, "jamtland-harjedalen-2023.yaml")
MESSAGE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): (?P<path>/[^:]*|): .+$")


SWEDISH = {"LANG": "sv_SE.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


def rsp(*args, stdin=None, lang=None):
    """Runs rsp; `lang` (SWEDISH or ENGLISH) forces the locale, else the caller's is kept."""
    env = dict(os.environ, **lang) if lang else None
    result = subprocess.run([*WRAPPER, RSP, *args], input=stdin, capture_output=True, timeout=300, env=env)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def seed_text():
    with open(SEED, encoding="utf-8") as f:
        return f.read()


class Cli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def variant(self, name, region=None, year=None, replace=(), county=None):
        """The seed with another region name (and county code) or year, as another report."""
        text = seed_text()
        if region:
            text = text.replace("name: Jämtland Härjedalen", f"name: {region}", 1)
        if region or county:
            text = text.replace('  county_code: "23"\n', f'  county_code: "{county}"\n' if county else "", 1)
        if year:
            text = text.replace("\nyear: 2023\n", f"\nyear: {year}\n", 1)
        for old, new in replace:
            self.assertIn(old, text)
            text = text.replace(old, new, 1)
        return self.write(name, text)

    def test_help_of_every_command(self):
        for command in ["validate", "convert", "summary", "rollup", "diff", "next-year", "redact", "new", "fill-outputs"]:
            code, out, _ = rsp(command, "--help")
            self.assertEqual(code, 0, command)
            self.assertTrue(out.startswith(f"usage: rsp {command} "), out)
        code, out, _ = rsp("--help")
        self.assertEqual(code, 0)
        self.assertIn("rsp rollup", out)

    def test_usage_errors_exit_2(self):
        self.assertEqual(rsp()[0], 2)
        self.assertEqual(rsp("frobnicate")[0], 2)
        code, _, err = rsp("validate")
        self.assertEqual(code, 2)
        self.assertIn("usage: rsp validate", err)
        self.assertEqual(rsp("validate", "--date", "2024-02-30", SEED)[0], 2)
        # --date is the library's own date check (sp_date_parse), narrowed to a whole day
        for bad in ("2023-02-29", "1900-02-29", "2024-01", "2024-1-15", "2024-01-15x", "20240115"):
            code, _, err = rsp("validate", "--date", bad, SEED)
            self.assertEqual(code, 2, bad)
            self.assertIn("--date wants YYYY-MM-DD", err)
        self.assertEqual(rsp("validate", "--date", "2000-02-29", SEED)[0], 0)
        self.assertEqual(rsp("rollup", "--csv", SEED)[0], 2)
        self.assertEqual(rsp("rollup", "--csv", "--table", "nope", SEED)[0], 2)
        self.assertEqual(rsp("new", "--region", "X")[0], 2)
        self.assertEqual(rsp("convert", SEED)[0], 2)

    def test_options_after_the_files(self):
        before = rsp("validate", "--submission", "--date", "2024-01-10", SEED)
        after = rsp("validate", SEED, "--submission", "--date", "2024-01-10")
        self.assertEqual(after, before)
        self.assertEqual(after[0], 1)
        self.assertIn("[missing-accessibility-work]", after[1])
        code, out, _ = rsp("summary", SEED, "--json")
        self.assertEqual((code, json.loads(out)["year"]), (0, 2023))
        path = os.path.join(self.dir.name, "new.yaml")
        self.assertEqual(rsp("new", "-o", path, "--year", "2025", "--region", "X")[0], 0)
        self.assertEqual(rsp("convert", path, os.path.join(self.dir.name, "x.txt"), "--to", "json")[0], 0)
        self.assertEqual(rsp("rollup", SEED, "--table", "support", "--csv")[0], 0)
        self.assertEqual(rsp("diff", SEED, "--", SEED)[0], 0)

    def test_double_dash_ends_the_options(self):
        code, _, err = rsp("validate", "--", "--submission")
        self.assertEqual(code, 2)
        self.assertIn("--submission", err)
        self.assertNotIn("unknown option", err)
        code, _, err = rsp("validate", SEED, "--frobnicate")
        self.assertEqual(code, 2)
        self.assertIn("unknown option '--frobnicate'", err)
        with open(SEED, "rb") as f:
            self.assertEqual(rsp("validate", "--", "-", stdin=f.read())[0], 0)

    def test_validate_the_seed(self):
        code, out, err = rsp("validate", SEED)
        self.assertEqual(code, 0, out + err)
        self.assertIn(f"{SEED}: 0 errors", out)

    def test_validate_for_submission(self):
        code, out, _ = rsp("validate", "--submission", "--date", "2024-01-15", SEED)
        self.assertEqual(code, 1)
        findings = [line for line in out.splitlines() if MESSAGE.match(line)]
        self.assertTrue(findings, out)
        for line in findings:
            self.assertTrue(line.startswith(SEED + ":"), line)
        self.assertIn("[missing-accessibility-work]", out)
        self.assertIn("deadline 2024-01-31, 16 days left", out)
        code, out, _ = rsp("validate", "--submission", "--date", "2024-03-01", SEED)
        self.assertIn("30 days late", out)

    def test_validate_json(self):
        code, out, _ = rsp("validate", "--submission", "--date", "2024-01-15", "--json", SEED)
        self.assertEqual(code, 1)
        records = json.loads(out)
        self.assertEqual(records[0]["file"], SEED)
        self.assertFalse(records[0]["valid"])
        self.assertEqual(records[0]["days_left"], 16)
        codes = {d["code"] for d in records[0]["diagnostics"]}
        self.assertIn("missing-accessibility-work", codes)
        for d in records[0]["diagnostics"]:
            self.assertIn(d["severity"], ("error", "warning"))
            self.assertTrue(d["path"].startswith("/"), d)

    def test_a_broken_file_is_named_with_line_column_and_path(self):
        path = self.write("broken.yaml", "format: serviceprogram/1\nregion:\n  name: X\nyear: [2023]\n")
        code, out, err = rsp("validate", path)
        self.assertEqual(code, 1)
        self.assertEqual(out, f"{path}:4:7: error: /year: expected a whole number, found a list [SP_ETYPE]\n"
                              f"{path}: 1 error, 0 warnings\n")
        self.assertEqual(err, "")
        code, _, err = rsp("summary", path)
        self.assertEqual(code, 1)
        code, _, err = rsp("validate", os.path.join(self.dir.name, "missing.yaml"))
        self.assertEqual(code, 2)
        self.assertIn("missing.yaml", err)

    def test_validate_reports_every_load_error_in_the_order_of_the_files(self):
        bad = self.write("bad.yaml", "format: serviceprogram/1\nregion:\n  name: X\n  county_code: '7'\n"
                                     "year: [2023]\ncontacts:\n- roles: [nobody]\n- {name: Y, roles: [program], tel: 1}\n")
        code, out, err = rsp("validate", bad, SEED, bad)
        self.assertEqual(code, 1)
        self.assertEqual(err, "")
        first = [f"{bad}:4:16: error: /region/county_code: expected a two-digit county code from \"01\" to \"25\" [SP_EVALUE]",
                 f"{bad}:5:7: error: /year: expected a whole number, found a list [SP_ETYPE]",
                 f"{bad}:7:11: error: /contacts/0/roles/0: not a known contact_role; expected one of: program, "
                 "support_cases, workspace_access (or their Swedish labels) [SP_EENUM]",
                 f"{bad}:8:31: error: /contacts/1: unknown key 'tel' in contact; expected one of: name, email, roles "
                 "[SP_EUNKNOWNKEY]",
                 f"{bad}: 4 errors, 0 warnings"]
        lines = out.splitlines()
        self.assertEqual(lines[:5], first)
        self.assertEqual(lines[5], f"{SEED}: 0 errors, 0 warnings")
        self.assertEqual(lines[6:], first)
        for line in first[:-1]:
            self.assertRegex(line, MESSAGE)
        code, out, _ = rsp("validate", "--json", bad, SEED)
        records = json.loads(out)
        self.assertEqual([r["errors"] for r in records], [4, 0])
        self.assertEqual([d["code"] for d in records[0]["diagnostics"]],
                         ["SP_EVALUE", "SP_ETYPE", "SP_EENUM", "SP_EUNKNOWNKEY"])
        self.assertEqual(records[0]["warnings"], 0)
        self.assertFalse(records[0]["valid"])
        # Other commands print every error too, on standard error.
        code, out, err = rsp("summary", bad)
        self.assertEqual(code, 1)
        self.assertEqual(len(err.splitlines()), 4)
        self.assertEqual(out, "")

    def test_validate_says_when_it_stopped_at_the_limit_of_errors(self):
        path = self.write("many.yaml", "format: serviceprogram/1\nregion: {name: X}\nyear: 2023\ncontacts:\n" +
                          "- roles: [nobody]\n" * 120)
        code, out, _ = rsp("validate", path)
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(len(lines), 101)
        self.assertEqual(lines[-1], f"{path}: 100 errors, 0 warnings (reading stopped at the limit of 100 errors; "
                                    "there may be more)")

    def test_convert_both_ways_and_through_pipes(self):
        json_path = os.path.join(self.dir.name, "seed.json")
        yaml_path = os.path.join(self.dir.name, "back.yaml")
        self.assertEqual(rsp("convert", SEED, json_path)[0], 0)
        with open(json_path, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["region"]["name"], "Jämtland Härjedalen")
        self.assertEqual(rsp("convert", json_path, yaml_path)[0], 0)
        with open(yaml_path, encoding="utf-8") as f:
            self.assertEqual(f.read(), seed_text())
        code, out, _ = rsp("convert", "--to", "json", "-", "-", stdin=seed_text().encode())
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["year"], 2023)

    def test_summary(self):
        code, out, _ = rsp("summary", SEED)
        self.assertEqual(code, 0)
        self.assertIn("Jämtland Härjedalen, uppföljning av verksamhetsår 2023", out)
        self.assertRegex(out, r"Processledning/koordinering +0,85")
        self.assertRegex(out, r"Hemsändningsbidrag +8 st +1 537 062 kr")
        self.assertRegex(out, r"Totalt +30 st +7 773 227 kr")
        code, out, _ = rsp("summary", "--json", SEED)
        figures = json.loads(out)
        self.assertEqual(figures["fte"]["coordination"], 0.85)
        self.assertEqual(figures["fte"]["total"], 1.5)
        self.assertEqual(figures["support"]["kronor"]["home_delivery_grant"], 1537062)
        self.assertEqual(figures["interventions"]["total"], 14)

    def test_summary_shows_every_question_and_the_whole_action_plan(self):
        code, out, _ = rsp("summary", SEED)
        self.assertEqual(code, 0)
        headings = [line for line in out.splitlines() if line.startswith("Fråga ")]
        self.assertEqual([h.split(".")[0] for h in headings], [f"Fråga {n}" for n in range(1, 7)])
        self.assertIn("Stort fokus på semiobemannat.", out)  # question 2
        self.assertIn("Ville Welin: 0,1", out)  # question 3's positions
        self.assertRegex(out, r"Fråga 5\.[^\n]*\n  \(ej besvarad\)")
        self.assertIn("Kommuner: Samhandling", out)  # question 6
        self.assertIn("Utmaningen är kommunernas olika resurssättning", out)
        # The action plan: outputs, effects by horizon, status, lessons.
        self.assertIn("* Varit aktiv i utformning av Nyps (www.minansokan.se)", out)
        self.assertIn("Hemsändningsbidrag: 8 st, 1 537 062 kr", out)
        self.assertRegex(out, r"Kort sikt:\n +tillför ökad kunskap genom remissvar\.")
        self.assertIn("Vad tar vi med oss?\n", out)
        self.assertIn("Vi tar med oss att dessa processer tar tid.", out)
        # Contacts by role only, unless asked.
        self.assertIn("Kontaktperson för stödärenden, Tillgång till sharepoint/teams: namn och e-post angivna", out)
        self.assertNotIn("@", out)
        self.assertNotIn("Malin Nyqvist Ljungberg <", out)
        code, out, _ = rsp("summary", "--with-names", SEED)
        self.assertEqual(code, 0)
        self.assertIn("Kontaktperson för RSP, Tillgång till sharepoint/teams: Malin Nyqvist Ljungberg "
                      "<malin.nyqvistljungberg@regionjh.se>", out)

    def test_rollup_of_three_reports_and_two_years(self):
        files = [SEED,
                 self.variant("b.yaml", region="Region B"),
                 self.variant("a2024.yaml", year=2024,
                              replace=[("count: 8\n", "count: 10\n")])]
        code, out, err = rsp("rollup", "--csv", "--table", "support", *files)
        self.assertEqual(code, 0, err)
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        by = {(r["year"], r["support_type"]): r for r in rows}
        self.assertEqual(by[("2023", "home_delivery_grant")]["decisions"], "16")
        self.assertEqual(by[("2023", "home_delivery_grant")]["kronor"], str(2 * 1537062))
        self.assertEqual(by[("2024", "home_delivery_grant")]["decisions"], "10")
        self.assertEqual(by[("2023", "total")]["kronor"], str(2 * 7773227))
        self.assertEqual(by[("2023", "home_delivery_grant")]["label"], "Hemsändningsbidrag")

        code, out, _ = rsp("rollup", "--json", *files)
        tables = json.loads(out)
        self.assertEqual([r["region"] for r in tables["regions"] if r["year"] == 2023],
                         ["Jämtland Härjedalen", "Region B"])
        fte = {(r["year"], r["area"]): r for r in tables["fte"]}
        self.assertEqual(fte[(2023, "total")]["sum"], 3)
        self.assertEqual(fte[(2023, "coordination")]["mean"], 0.85)
        trends = {(r["year"], r["support_type"]): r for r in tables["trends"]}
        self.assertEqual(trends[(2023, "grocery_investment")]["increase"], 2)
        ladder = {(r["year"], r["actor"]): r for r in tables["ladder"]}
        self.assertEqual(ladder[(2024, "municipalities")]["joint_action"], 1)

        code, out, _ = rsp("rollup", *files)
        self.assertEqual(code, 0)
        self.assertIn("Beslutade stöd", out)

    def test_rollup_csv_stays_rfc4180(self):
        formula = self.variant("f.yaml", region='"=HYPERLINK(\\"http://x\\")"')
        code, out, err = rsp("rollup", "--csv", "--table", "regions", formula, self.variant("b.yaml", region="-B"))
        self.assertEqual(code, 0, err)
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertEqual(rows, [["year", "region"], ["2023", "'=HYPERLINK(\"http://x\")"], ["2023", "'-B"]])
        self.assertTrue(out.startswith("year,region\r\n"))
        code, out, _ = rsp("rollup", "--csv", "--table", "fte", SEED)
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        self.assertEqual(rows[0]["sum"], "0.85")
        self.assertNotIn("\ufeff", out)

    def test_rollup_excel_is_swedish_csv(self):
        result = subprocess.run([*WRAPPER, RSP, "rollup", "--excel", "--table", "fte", SEED], capture_output=True,
                                timeout=300)
        self.assertEqual(result.returncode, 0)
        data = result.stdout
        self.assertTrue(data.startswith(b"\xef\xbb\xbfyear;area;label;sum;mean\r\n"), data[:40])
        lines = data[3:].decode("utf-8").split("\r\n")
        self.assertEqual(lines[1], "2023;coordination;Processledning/koordinering;0,85;0,85")
        self.assertEqual(lines[-1], "")
        self.assertNotIn("\n", "".join(lines))
        code, out, _ = rsp("rollup", "--excel", "--table", "support", SEED)
        self.assertIn("2023;home_delivery_grant;Hemsändningsbidrag;8;1537062\r\n", out)
        self.assertEqual(rsp("rollup", "--excel", "--csv", "--table", "fte", SEED)[0], 2)
        code, out, _ = rsp("rollup", "--excel", "--table", "regions", self.variant("s.yaml", region='"A; B"'))
        self.assertIn('2023;"A; B"\r\n', out)

    def test_rollup_text_numbers_as_the_summary(self):
        code, out, _ = rsp("rollup", "--table", "fte", SEED, self.variant("b.yaml", region="Region B"),
                           lang=SWEDISH)
        self.assertEqual(code, 0)
        self.assertRegex(out, r"Totalt +3 +1,5\n")
        self.assertRegex(out, r"Processledning/koordinering +1,7 +0,85\n")
        code, out, _ = rsp("rollup", "--table", "support", SEED, lang=SWEDISH)
        self.assertRegex(out, r"Hemsändningsbidrag +8 +1 537 062 kr\n")
        self.assertRegex(out, r"Totalt +30 +7 773 227 kr\n")
        code, summary, _ = rsp("summary", SEED, lang=SWEDISH)
        self.assertRegex(summary, r"Totalt +30 st +7 773 227 kr")
        code, out, _ = rsp("rollup", "--table", "support", SEED, lang=ENGLISH)
        self.assertRegex(out, r"Hemsändningsbidrag +8 +1537062\n")

    def test_rollup_question_1_lists_only_the_support_types_it_asks_about(self):
        for lang in (SWEDISH, ENGLISH):
            code, out, _ = rsp("rollup", "--table", "trends", SEED, lang=lang)
            self.assertEqual(code, 0)
            for asked in ("grocery_investment", "fuel_investment", "service_grant", "home_delivery_grant",
                          "special_operating_support"):
                self.assertIn(asked, out)
            for other in ("investment_grant", "corrosion_protection", "other"):
                self.assertNotIn(other, out)
        # A report that answers for another support type anyway still shows it.
        answered = self.variant("x.yaml", replace=[("demand_outlook:\n", "demand_outlook:\n"
                                                    "- support_type: investment_grant\n  trend: increase\n")])
        code, out, _ = rsp("rollup", "--csv", "--table", "trends", answered)
        self.assertIn("2023,investment_grant,Investeringsbidrag,0,0,1,0\r\n", out)
        self.assertNotIn("corrosion_protection", out)

    def test_rollup_refuses_a_region_twice_in_one_year(self):
        code, out, err = rsp("rollup", SEED, self.variant("again.yaml"))
        self.assertEqual(code, 1)
        self.assertIn("Jämtland Härjedalen", err)
        self.assertEqual(out, "")

    def test_rollup_knows_a_region_by_its_county_code_or_its_bare_name(self):
        norrbotten = self.variant("norrbotten.yaml", region="Region Norrbotten", county="25")
        for other in [self.variant("nb-code.yaml", region="Norrbotten", county="25"),
                      self.variant("nb-name.yaml", region="norrbotten"),
                      self.variant("nb-region.yaml", region="REGION  Norrbotten ")]:
            code, out, err = rsp("rollup", "--table", "regions", norrbotten, other)
            self.assertEqual(code, 1, err)
            self.assertEqual(out, "")
            self.assertIn("norrbotten.yaml", err)  # both files are named
            self.assertIn(os.path.basename(other), err)
        # Two counties, whatever their names say; names alone where a code is missing.
        code, out, err = rsp("rollup", "--table", "regions", norrbotten,
                             self.variant("vb.yaml", region="Region Norrbotten", county="24"))
        self.assertEqual(code, 0, err)
        code, out, err = rsp("rollup", "--table", "regions", norrbotten,
                             self.variant("gotland.yaml", region="Gotland"))
        self.assertEqual(code, 0, err)

    def test_rollup_warns_about_a_renamed_region_and_outputs_left_out(self):
        earlier = self.variant("2022.yaml", region="Jämtlands län", county="23", year=2022)
        code, out, err = rsp("rollup", "--table", "regions", earlier, SEED)
        self.assertEqual(code, 0, err)
        self.assertIn("warning: /region/name: the region is called 'Jämtland Härjedalen' in 2023 but "
                      "'Jämtlands län' in an earlier year", err)
        self.assertNotIn("2022.yaml: warning", err)
        self.assertNotIn("figures only in the text", err)
        bare = self.variant("bare.yaml", region="Gotland", county="09", replace=[
            ("      support_type: home_delivery_grant\n      count: 8\n      amount_sek: 1537062\n", "")])
        code, out, err = rsp("rollup", "--csv", "--table", "support", SEED, bare)
        self.assertEqual(code, 0, err)
        self.assertIn("2023: 1 output gives figures only in the text", err)

    def test_diff_warns_about_two_regions(self):
        code, out, err = rsp("diff", SEED, self.variant("other.yaml", region="Region Gotland", county="09"))
        self.assertEqual(code, 0)
        self.assertIn("other.yaml: warning: /region: the two reports are of different regions", err)
        code, out, err = rsp("diff", SEED, self.variant("same.yaml", region="Region Jämtland Härjedalen",
                                                          year=2024))
        self.assertEqual(code, 0)
        self.assertEqual(err, "")

    def test_diff(self):
        newer = self.variant("2024.yaml", year=2024, replace=[("status: continuing", "status: completed"),
                                                             ("fte: 0.3\n", "fte: 0.5\n")])
        code, out, _ = rsp("diff", SEED, newer)
        self.assertEqual(code, 0)
        self.assertIn("Jämtland Härjedalen 2023 -> Jämtland Härjedalen 2024", out)
        self.assertRegex(out, r"~ 1: Vara aktiv i dialog .*: Fortsätter -> Klar")
        self.assertRegex(out, r"fte/coordination \(Processledning/koordinering\): 0,85 -> 1,05")
        code, out, _ = rsp("diff", SEED, SEED)
        self.assertIn(": 0 changes", out)

    def test_next_year(self):
        code, out, _ = rsp("next-year", SEED)
        self.assertEqual(code, 0)
        self.assertIn("\nyear: 2024\n", out)
        data = "\n".join(line for line in out.splitlines() if not line.startswith("#"))
        self.assertNotIn("outputs:", data)
        self.assertNotIn("status:", data)
        code, _, _ = rsp("validate", "-", stdin=out.encode())
        self.assertEqual(code, 0)

    def test_redact_leaves_no_personal_data(self):
        for ext in ("yaml", "json"):
            path = os.path.join(self.dir.name, "redacted." + ext)
            self.assertEqual(rsp("redact", SEED, path)[0], 0)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            self.assertNotIn("@", text)
            for person in ("Malin", "Nyqvist", "Ljungberg", "Kumpula", "Ville", "Welin", "Maria"):
                self.assertNotIn(person, text)
            self.assertIn("Projektledare", text)
            self.assertIn("Person 1", text)

    def test_redact_finds_personal_data_in_free_text(self):
        path = self.write("leak.yaml", """format: serviceprogram/1
region: {name: Testlän}
year: 2023
future_outlook: "Anna Berg (anna.berg@region.se, 070-123 45 67) tror på ökning; ring +46 8 123 456 78."
staffing:
- area: coordination
  note: "Anna\\tBerg går på föräldraledighet, personnummer 850101-1234."
  positions: [{name: "Anna Berg (projektledare)"}, {name: "Anna\\tBerg"}, {name: Anna von Berg}, {name: Łukasz Nowak}]
contacts:
- {name: Kalle Ek, email: kalle@x.se}
collaboration:
- {actor: other, label: "Łukasz Nowaks nätverk", description: "Med Kalle Ek och 19850101-1234"}
""")
        code, out, err = rsp("redact", path, "-")
        self.assertEqual((code, err), (0, ""))
        for personal in ("Anna", "Berg", "Łukasz", "Nowak", "Kalle", "@", "070", "123 45", "1234"):
            self.assertNotIn(personal, out)
        self.assertIn("future_outlook: Person 1 ([e-postadress], [telefonnummer]) tror på ökning; "
                      "ring [telefonnummer].\n", out)
        self.assertIn("note: Person 1 går på föräldraledighet, personnummer [personnummer].\n", out)
        self.assertIn("- name: Person 1 (projektledare)\n  - name: Person 1\n  - name: Person 2\n"
                      "  - name: Person 3\n", out)
        self.assertIn("label: Person 3:s nätverk\n", out)
        self.assertIn("description: Med Person 4 och [personnummer]\n", out)

    def test_json_is_read_strictly(self):
        text = '{"format": "serviceprogram/1",\n "region": {"name": "Gotland"},\n "year": 2023,\n}\n'
        code, out, err = rsp("validate", self.write("comma.json", text))
        self.assertEqual(code, 1)
        self.assertRegex(out + err, r"comma\.json:4:1: error: JSON: ")
        # The same text named .yaml is YAML, where a trailing comma in a flow mapping is allowed.
        self.assertEqual(rsp("validate", self.write("comma.yaml", text))[0], 0)
        # Without a name, text that begins with { is JSON, and the message says why.
        code, out, err = rsp("validate", "-", stdin=text.encode())
        self.assertEqual(code, 1)
        self.assertIn("<stdin>:4:1: error: JSON: ", out + err)
        self.assertIn("(text that begins with { or [ is read as JSON)", out + err)
        code, out, err = rsp("convert", "--to", "json", self.write("flow.yaml", "{format: serviceprogram/1, "
                                                                  "region: {name: Gotland}, year: 2023}"), "-")
        self.assertEqual((code, err), (0, ""))
        self.assertIn('"year": 2023', out)

    def test_new_report_has_every_question(self):
        path = os.path.join(self.dir.name, "new.yaml")
        self.assertEqual(rsp("new", "--region", "Region Gotland", "--year", "2025", "-o", path)[0], 0)
        code, out, _ = rsp("validate", "--submission", "--date", "2026-01-10", path)
        self.assertEqual(code, 1)  # to be filled in
        self.assertIn("[missing-future-outlook]", out)
        self.assertNotIn("[missing-collaboration]", out)  # every actor is there to answer
        code, out, _ = rsp("summary", path)
        self.assertEqual(code, 0)
        self.assertIn("Region Gotland, uppföljning av verksamhetsår 2025", out)

    def test_fill_outputs_fills_what_the_text_says_and_lists_what_it_left_alone(self):
        figures_of = "      support_type: home_delivery_grant\n      count: 8\n      amount_sek: 1537062\n"
        path = self.variant("bare.yaml", replace=[
            (figures_of, ""),  # all three from the text
            ("    - text: Servicebidrag 7st 1 007 710 kr\n      support_type: service_grant\n      count: 7\n",
             "    - text: Servicebidrag 7st 1 007 710 kr\n      support_type: service_grant\n      count: 6\n"),
        ])
        out_path = os.path.join(self.dir.name, "filled.json")
        code, out, err = rsp("fill-outputs", "-o", out_path, path)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "")
        self.assertIn("1 output filled in, 1 left alone", err)
        left = [line for line in err.splitlines() if ": note: " in line]
        self.assertEqual(len(left), 1, err)
        self.assertRegex(left[0], r"^.*bare\.yaml:\d+:\d+: note: /priority_areas/1/interventions/0/outputs/2: left alone: ")
        with open(out_path, encoding="utf-8") as f:
            outputs = json.load(f)["priority_areas"][1]["interventions"][0]["outputs"]
        self.assertEqual(outputs[1], {"text": "Hemsändning 8 st 1 537 062 kr", "support_type": "home_delivery_grant",
                                      "count": 8, "amount_sek": 1537062})
        self.assertEqual(outputs[2]["count"], 6)  # never overwritten
        # Filled as the seed was transcribed: its figures come back.
        code, summary_filled, _ = rsp("summary", out_path)
        self.assertEqual(code, 0)
        self.assertIn("1 537 062", summary_filled)

    def test_submission_refuses_a_template_with_five_trends_and_two_letters(self):
        """The issue's reproduction: rsp new, five trends and two one-letter answers passed with 0 errors."""
        path = os.path.join(self.dir.name, "new.yaml")
        self.assertEqual(rsp("new", "--region", "Region Gotland", "--year", "2025", "-o", path)[0], 0)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"(?m)^(- support_type: \w+)\n", r"\1\n  trend: unchanged\n", text)
        text = re.sub(r"(?m)^future_outlook:.*$", "future_outlook: x", text)
        text = re.sub(r"(?m)^accessibility_work:.*$", "accessibility_work: y", text)
        if "future_outlook: x" not in text:
            text += "future_outlook: x\naccessibility_work: y\n"
        self.write("new.yaml", text)
        code, out, _ = rsp("validate", "--submission", "--date", "2026-01-10", path)
        self.assertEqual(code, 1, out)
        for rule in ["missing-county-code", "missing-future-outlook", "missing-accessibility-work", "missing-fte",
                     "incomplete-contact", "missing-collaboration-description", "missing-interventions"]:
            self.assertIn("[%s]" % rule, out)
        self.assertNotIn("[missing-demand]", out)

    def test_submission_refuses_a_redacted_report(self):
        redacted = os.path.join(self.dir.name, "redacted.yaml")
        self.assertEqual(rsp("redact", SEED, redacted)[0], 0)
        code, out, _ = rsp("validate", "--submission", "--date", "2024-01-15", redacted)
        self.assertEqual(code, 1)
        self.assertIn("/contacts/0/name: the contact person has no name [incomplete-contact]", out)
        code, out, _ = rsp("validate", "--date", "2024-01-15", redacted)
        self.assertNotIn("incomplete-contact", out)  # only submission asks

    def test_an_output_written_only_as_text_is_warned_about(self):
        path = self.variant("text-only.yaml", replace=[
            ("    - text: Hemsändning 8 st 1 537 062 kr\n      support_type: home_delivery_grant\n      count: 8\n"
             "      amount_sek: 1537062\n", "    - text: Servicebidrag 5 st 1 100 000 kr\n")])
        code, out, _ = rsp("validate", path)
        self.assertEqual(code, 0)  # a warning
        self.assertRegex(out, r"text-only\.yaml:\d+:\d+: warning: /priority_areas/1/interventions/0/outputs/1/text: "
                              r".*\[output-figures-missing\]")
        code, out, _ = rsp("summary", path)
        self.assertEqual(code, 0)
        self.assertIn("Obs: 1 prestation har siffror bara i texten", out)
        code, out, _ = rsp("summary", "--json", path)
        self.assertEqual(json.loads(out)["support"]["outputs_without_figures"], 1)
        self.assertNotIn("Obs:", rsp("summary", SEED)[1])

    def test_fill_outputs_needs_an_output_file(self):
        code, _, err = rsp("fill-outputs", SEED)
        self.assertEqual(code, 2)
        self.assertIn("expected -o OUT", err)


    def run_to(self, stdout, *args, file_size_limit=None):
        """rsp with standard output going to `stdout`, under a file-size limit if given."""
        def limit():
            signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # as a shell leaves it
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))
        return subprocess.run([*WRAPPER, RSP, *args], stdout=stdout, stderr=subprocess.PIPE, timeout=300,
                              preexec_fn=limit if file_size_limit is not None else None)

    def test_errors_writing_standard_output_exit_2(self):
        newer = self.variant("newer.yaml", year=2024)
        commands = [("summary", SEED), ("summary", "--json", SEED), ("diff", SEED, newer), ("rollup", SEED, newer),
                    ("rollup", "--json", SEED, newer), ("rollup", "--csv", "--table", "support", SEED, newer),
                    ("validate", SEED), ("validate", "--json", SEED), ("--help",), ("validate", "--help"),
                    ("--version",), ("convert", SEED, "-"), ("next-year", SEED)]
        # The check is one, at exit: a file-size limit is tried on a few (each run is slow under valgrind).
        limited = [("summary", SEED), ("rollup", "--csv", "--table", "support", SEED, newer),
                   ("validate", "--json", SEED), ("--help",)]
        for args in commands:
            with open("/dev/full", "wb") as full:
                run = self.run_to(full, *args)
            self.assertEqual(run.returncode, 2, args)
            self.assertIn("cannot write standard output", run.stderr.decode(), args)
            self.assertIn("No space left on device", run.stderr.decode(), args)
            if args not in limited:
                continue
            # The limit leaves room for valgrind's own files, and the output 16 bytes.
            path = os.path.join(self.dir.name, "out")
            with open(path, "wb") as out:
                out.write(b"x" * 1008)
            with open(path, "ab") as out:
                run = self.run_to(out, *args, file_size_limit=1024)
            self.assertEqual(run.returncode, 2, args)
            self.assertIn("cannot write standard output", run.stderr.decode(), args)
            self.assertIn("File too large", run.stderr.decode(), args)

    def test_a_file_size_limit_while_saving_exits_2(self):
        out = os.path.join(self.dir.name, "out.yaml")
        run = self.run_to(subprocess.DEVNULL, "convert", SEED, out, file_size_limit=1024)
        self.assertEqual(run.returncode, 2)
        self.assertIn("File too large", run.stderr.decode())
        self.assertEqual(os.listdir(self.dir.name), [])

    def test_validate_json_with_a_file_name_that_is_not_utf8(self):
        name = os.path.join(os.fsencode(self.dir.name), b"\xffr\xe4port.yaml")
        with open(name, "w", encoding="utf-8") as f:
            f.write(seed_text())
        code, out, err = rsp("validate", "--json", SEED, name)
        self.assertEqual(code, 0, err)
        records = json.loads(out)
        self.assertEqual([r["file"] for r in records], [SEED, self.dir.name + "/\ufffdr\ufffdport.yaml"])
        self.assertTrue(records[1]["valid"])
        code, out, err = rsp("validate", "--json", name + b".missing")
        self.assertEqual(code, 2, err)
        records = json.loads(out)
        self.assertEqual(records[0]["file"], self.dir.name + "/\ufffdr\ufffdport.yaml.missing")
        self.assertEqual(records[0]["diagnostics"][0]["code"], "SP_EIO")

    def test_bad_dates_and_missing_arguments(self):
        for date in ["0000-01-01", "+202-01-01", "2024- 1-01", "2024-01-1 ", "2024-1-01", "2024-02-30", ""]:
            code, _, err = rsp("validate", "--submission", "--date", date, SEED)
            self.assertEqual(code, 2, date)
            self.assertIn(f"--date wants YYYY-MM-DD, not '{date}'", err)
        code, out, err = rsp("validate", "--submission", "--date", "0001-01-01", SEED)
        self.assertNotEqual(code, 2, err)
        self.assertIn("deadline 2024-01-31", out)
        for args in [("next-year", "-o"), ("new", "--region", "X", "--year", "2024", "-o"), ("convert", "--to"),
                     ("validate", "--date"), ("rollup", "--table"), ("next-year", "--output")]:
            code, _, err = rsp(*args)
            self.assertEqual(code, 2, args)
            self.assertIn(f"option '{args[-1]}' needs an argument", err)

    def test_an_empty_out_is_refused(self):
        for args in [("convert", SEED, ""), ("next-year", "-o", "", SEED), ("redact", SEED, ""),
                     ("new", "--region", "X", "--year", "2024", "-o", "")]:
            code, _, err = rsp(*args)
            self.assertEqual(code, 2, args)
            self.assertIn("no file name to save to", err)
            self.assertNotIn("cannot replace", err)

    def test_saving_to_dev_stdout_on_a_pipe(self):
        code, out, err = rsp("convert", SEED, "/dev/stdout")
        self.assertEqual(code, 0, err)
        self.assertEqual(out, seed_text())
        self.assertTrue(os.path.islink("/dev/stdout"))
        log = self.write("log", "earlier\n")
        with open(log, "ab") as f:
            run = self.run_to(f, "convert", SEED, "/dev/stdout")
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(log, encoding="utf-8") as f:
            self.assertEqual(f.read(), "earlier\n" + seed_text())

    def test_files_that_may_not_be_written_are_kept(self):
        out = self.write("out.yaml", "old\n")
        os.chmod(out, 0o444)
        os.link(out, os.path.join(self.dir.name, "other.yaml"))
        for args in [("convert", SEED, out), ("redact", SEED, out), ("next-year", "-o", out, SEED)]:
            code, _, err = rsp(*args)
            self.assertEqual(code, 2, args)
            self.assertIn("out.yaml", err)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(f.read(), "old\n")
        self.assertEqual(sorted(os.listdir(self.dir.name)), ["other.yaml", "out.yaml"])


    def test_interrupted_saves_leave_no_copy_behind(self):
        out = self.write("out.yaml", "old\n")
        for i in range(10):  # from before rsp starts to after it is done
            for signal_number in (signal.SIGTERM, signal.SIGINT):
                run = subprocess.Popen([*WRAPPER, RSP, "convert", SEED, out], stderr=subprocess.DEVNULL)
                time.sleep(i * 0.003)
                run.send_signal(signal_number)
                run.wait(timeout=300)
                self.assertEqual(os.listdir(self.dir.name), ["out.yaml"], (i, signal_number))
                with open(out, encoding="utf-8") as f:
                    self.assertIn(f.read(), ["old\n", seed_text()])
    def new_template(self, lang):
        path = os.path.join(self.dir.name, "new.yaml")
        code, _, err = rsp("new", "--region", "Region Gotland", "--year", "2025", "-o", path, lang=lang)
        self.assertEqual(code, 0, err)
        with open(path, encoding="utf-8") as f:
            return path, f.read()

    def test_new_template_is_the_form_in_swedish(self):
        path, text = self.new_template(SWEDISH)
        for question in ("Fråga 1. Hur bedömer regionen att efterfrågan av respektive stödtyp",
                         "Fråga 2. Har ni någon annan framtidsspaning som ni vill dela med er av?",
                         "Fråga 3. Hur mycket personalresurser har regionen avsatt",
                         "Fråga 4. Vem eller vilka personer inom regionen ska vara kontaktpersoner",
                         "Fråga 5. Beskriv hur arbetet med att främja tillgänglighet till kommersiell",
                         "Fråga 6. Vilka aktörer ingår i samverkan kring det regionala serviceprogrammet?",
                         "Redovisning av insatser"):
            self.assertIn(question, " ".join(line[2:] for line in text.splitlines() if line.startswith("# ")))
        self.assertNotIn("Question", text)
        self.assertRegex(text, r"(?m)^future_outlook:$")
        self.assertRegex(text, r"(?m)^accessibility_work:$")
        self.assertIn("Val för trend: decrease (Minskar)", text)
        self.assertEqual(rsp("validate", path, lang=SWEDISH)[0], 0)

    def test_new_template_is_the_form_in_english(self):
        path, text = self.new_template(ENGLISH)
        self.assertIn("# Question 2. Is there any other outlook on the future", text)
        self.assertIn("# Question 5. Describe how the work to promote access", text)
        self.assertNotIn("Fråga", text)
        self.assertEqual(rsp("validate", path, lang=ENGLISH)[0], 0)
        # A file that cannot be written is a usage/I-O error, and nothing is left behind.
        missing = os.path.join(self.dir.name, "no", "such", "dir.yaml")
        self.assertEqual(rsp("new", "--region", "X", "--year", "2025", "-o", missing)[0], 2)
        self.assertFalse(os.path.exists(os.path.dirname(missing)))
        self.assertEqual(sorted(os.listdir(self.dir.name)), ["new.yaml"])
        # LANGUAGE chooses the language unless the locale is C; LC_ALL wins over LANG.
        for env, swedish in (({"LANG": "en_GB.UTF-8", "LANGUAGE": "sv"}, True),
                             ({"LANG": "C.UTF-8", "LANGUAGE": "sv"}, False),
                             ({"LANG": "C.UTF-8", "LC_ALL": "sv_SE.UTF-8"}, True),
                             ({"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "C"}, False)):
            code, out, _ = rsp("new", "--region", "X", "--year", "2025", lang=dict(ENGLISH, **env))
            self.assertEqual("# Fråga 1." in out, swedish, env)

    def test_the_template_examples_are_a_report(self):
        """The commented examples, uncommented, load and validate: the keys they show are the format's."""
        _, text = self.new_template(SWEDISH)
        examples = [line[4:] for line in text.splitlines() if line.startswith("#   ")]
        self.assertIn("    fte: 0.15", examples)
        self.assertIn("  ladder_step: joint_action", examples)
        self.assertIn("    outputs:", examples)
        self.assertIn("    effects:", examples)
        report = self.write("examples.yaml", "format: serviceprogram/1\nregion:\n  name: X\nyear: 2025\n" +
                            "\n".join(examples) + "\n")
        code, out, err = rsp("validate", report)
        self.assertEqual(code, 0, out + err)
        self.assertIn("0 errors, 0 warnings", out)

    def test_next_year_keeps_the_notes_of_completed_interventions(self):
        note = "Lämnas över till kommunernas serviceplaner"
        old = self.variant("old.yaml", replace=[("    status: continuing\n",
                                                 f"    status: completed\n    next_year: {note}\n")])
        code, out, err = rsp("next-year", old, lang=SWEDISH)
        self.assertEqual(code, 0, err)
        self.assertIn(note, out)  # as a comment
        self.assertRegex(err, r"old\.yaml:\d+:\d+: note: /priority_areas/0/interventions/0/next_year: ")
        self.assertNotIn(note, err)
        self.assertIn("# Fråga 2. Har ni någon annan framtidsspaning", out)
        self.assertRegex(out, r"(?m)^accessibility_work:$")
        self.assertIn("- support_type: grocery_investment\n", out)
        self.assertEqual(rsp("validate", "-", stdin=out.encode())[0], 0)
        path = os.path.join(self.dir.name, "next.json")
        code, _, err = rsp("next-year", "-o", path, old, lang=ENGLISH)
        self.assertEqual(code, 0)
        self.assertIn("/priority_areas/0/interventions/0/next_year", err)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["year"], 2024)


if __name__ == "__main__":
    unittest.main(verbosity=2)
