"""The rsp command-line program driven as a user would: exit codes, messages, files, CSV."""
import csv
import io
import json
import os
import re
import subprocess
import tempfile
import unittest

RSP = os.environ["RSP"]
# CI runs rsp under valgrind this way: RSP_WRAPPER="valgrind --error-exitcode=99 ..."
WRAPPER = os.environ.get("RSP_WRAPPER", "").split()
EXAMPLES = os.environ["SP_EXAMPLES"]
SEED = os.path.join(EXAMPLES, "jamtland-harjedalen-2023.yaml")
MESSAGE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): (?P<path>/[^:]*|): .+$")


def rsp(*args, stdin=None):
    result = subprocess.run([*WRAPPER, RSP, *args], input=stdin, capture_output=True, timeout=300)
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

    def variant(self, name, region=None, year=None, replace=()):
        """The seed with another region name or year, as another report."""
        text = seed_text()
        if region:
            text = text.replace("name: Jämtland Härjedalen", f"name: {region}", 1)
        if year:
            text = text.replace("\nyear: 2023\n", f"\nyear: {year}\n", 1)
        for old, new in replace:
            self.assertIn(old, text)
            text = text.replace(old, new, 1)
        return self.write(name, text)

    def test_help_of_every_command(self):
        for command in ["validate", "convert", "summary", "rollup", "diff", "next-year", "redact", "new"]:
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
        self.assertEqual(rsp("rollup", "--csv", SEED)[0], 2)
        self.assertEqual(rsp("rollup", "--csv", "--table", "nope", SEED)[0], 2)
        self.assertEqual(rsp("new", "--region", "X")[0], 2)
        self.assertEqual(rsp("convert", SEED)[0], 2)

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

    def test_rollup_refuses_a_region_twice_in_one_year(self):
        code, out, err = rsp("rollup", SEED, self.variant("again.yaml"))
        self.assertEqual(code, 1)
        self.assertIn("Jämtland Härjedalen", err)
        self.assertEqual(out, "")

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
        self.assertNotIn("outputs:", out)
        self.assertNotIn("status:", out)
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


if __name__ == "__main__":
    unittest.main(verbosity=2)
