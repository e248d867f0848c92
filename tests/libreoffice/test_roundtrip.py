"""Report -> Calc document -> .ods -> reopened -> report: nothing lost, the layout as the template's.

Run by meson (suite libreoffice) with /usr/bin/python3, PYTHONPATH (the binding, sp_calc, this folder),
SERVICEPROGRAM_LIBRARY and SP_EXAMPLES set.
"""
import json
import unittest

import serviceprogram as sp
import sp_calc
from office import SEED, OfficeTestCase

# Every field of the format, with values that a spreadsheet could easily spoil: text that looks like a
# number, a date or a formula, white space at the ends, several lines, items without a name, a list
# entry whose fields are all empty, two areas with one number, the largest amount a cell holds exactly.
EVERY_FIELD = {
    "format": "serviceprogram/1",
    "region": {"name": "Provlän", "county_code": "07"},
    "year": 2024,
    "program": {"title": "Regionalt serviceprogram 2022–2030", "start_year": 2022, "end_year": 2030,
                "goals": [{"id": "1.1", "text": "Mål ett"}, {"id": "0012"}, {"id": "2.1", "text": "=SUM(A1)"}]},
    "demand_outlook": [
        {"support_type": "grocery_investment", "trend": "increase", "comment": "Rad ett\nrad två",
         "budget_insufficient": True, "not_prioritised": False},
        {"support_type": "other"},
        {"support_type": "service_grant", "trend": "decrease", "not_prioritised": True},
        {"support_type": "fuel_investment", "trend": "unchanged", "budget_insufficient": False},
    ],
    "future_outlook": "  blanksteg först och sist  ",
    "staffing": [
        {"area": "coordination", "note": "Kommentar", "positions": [
            {"name": "Anna", "fte": "0.125", "from": "2024-03-01", "funded_by": "Projekt"},
            {"fte": "1"}, {"name": "Bo", "from": "2024-07"}]},
        {"area": "case_handling"},
        {"area": "coordination", "positions": [{"name": "Cilla", "fte": "1000000"}]},
    ],
    "contacts": [
        {"name": "Anna", "email": "anna@example.se", "roles": ["program", "support_cases", "workspace_access"]},
        {"roles": ["support_cases"]},
        {"email": "bo@example.se"},
    ],
    # No tab: LibreOffice 7.4 writes one to .ods but drops it when reading the file back.
    "accessibility_work": "Text med 'apostrof', \"citat\", dubbla  blanksteg och\n\nett tomt stycke.\n",
    "collaboration": [
        {"actor": "other", "label": "Handelskammaren", "description": "Möten", "ladder_step": "consultation",
         "ladder_note": "Samråd, ibland", "challenges": "Tid"},
        {"actor": "municipalities"},
    ],
    "priority_areas": [
        {"number": 1, "title": "Ett", "interventions": [
            {"name": "Insats", "description": "Beskrivning", "goals": ["1.1", "2.1"],
             "other_goals": ["RUS 3", "Agenda 2030 mål 11"], "actors": ["Region", "Kommuner"], "funding": "Budget",
             "service_types": ["groceries", "fuel", "agent_services", "broader_context"],
             "outputs": [
                 {"text": "Hemsändning", "support_type": "home_delivery_grant", "count": 8, "amount_sek": 1537062},
                 {"text": "Bara text"},
                 {"text": "Stort", "count": 0, "amount_sek": 9007199254740991}],
             "effects": {"short_term": "K", "medium_term": "M", "long_term": "L", "general": "G", "basis": "expected"},
             "status": "completed", "lessons": "Lärdom", "next_year": "Nästa år"},
            {},
            {"outputs": [{"text": "En prestation utan insatsens namn"}]},
            {"effects": {"basis": "achieved"}, "status": "continuing"},
        ]},
        {"number": 1, "title": "Samma nummer igen"},
        {"number": 7},
    ],
}


def fields_present(node, out=None, prefix=""):
    """The (element, key) pairs that `node` and its parts give a value."""
    out = set() if out is None else out
    for key in node._fields:
        value = getattr(node, key)
        if isinstance(value, sp.Node):
            fields_present(value, out)
        elif isinstance(value, sp.NodeList):
            for item in value:
                fields_present(item, out)
        if value not in (None, frozenset()) and not (isinstance(value, (sp.NodeList, sp.StringList)) and not value):
            out.add((type(node).__name__, key))
    return out


def all_fields():
    return {(cls.__name__, key) for cls in sp.CLASSES.values() for key in cls._fields}


class RoundTrip(OfficeTestCase):

    def round_trip(self, report_path, name):
        doc = sp_calc.import_report(self.office.desktop, report_path, hidden=True)
        doc = self.save_ods(doc, name + ".ods")
        outputs = {}
        for ext in ("yaml", "json"):
            outputs[ext] = self.office.path("%s-out.%s" % (name, ext))
            sp_calc.export_report(doc, outputs[ext])
        return outputs

    def test_bundled_report(self):
        outputs = self.round_trip(SEED, "seed")
        with sp.load(SEED) as original:
            for ext, path in outputs.items():
                with sp.load(path) as back:
                    self.assertIsNone(original.difference(back), ext)
                    self.assertTrue(original == back)
        with open(outputs["json"], encoding="utf-8") as f:
            self.assertEqual(json.load(f)["format"], "serviceprogram/1")

    def test_every_field(self):
        self.assertEqual(fields_present(sp.from_dict(EVERY_FIELD)), all_fields(),
                         "EVERY_FIELD must give every field of the format a value")
        path = self.office.path("every.yaml")
        sp.from_dict(EVERY_FIELD).save(path)
        outputs = self.round_trip(path, "every")
        with sp.load(path) as original, sp.load(outputs["yaml"]) as back:
            self.assertIsNone(original.difference(back))

    def test_new_report_to_fill_in(self):
        # What `rsp new` gives: every question present, nothing answered.
        path = self.office.path("template.json")
        with sp.template("Region Gotland", 2025) as report:
            report.save(path)
        outputs = self.round_trip(path, "template")
        with sp.load(path) as original, sp.load(outputs["json"]) as back:
            self.assertIsNone(original.difference(back))

    def test_layout(self):
        doc = sp_calc.import_report(self.office.desktop, SEED, hidden=True)
        self.assertEqual(doc.Sheets.ElementNames, ("Frågor", "Program", "Område 1", "Område 2", "Område 3"))
        questions = doc.Sheets.getByName("Frågor")
        self.assertEqual(questions.getCellRangeByName("B3").getString(), "Jämtland Härjedalen")
        heading = self.find_row(questions, "Stödtyp")
        self.assertEqual([questions.getCellByPosition(c, heading).getString() for c in range(1, 5)],
                         ["Minskar", "Oförändrad", "Ökar", "Kommentar"])
        # Investeringar kopplat till dagligvarubutiker: Ökar, marked with X as in the template
        self.assertEqual([questions.getCellByPosition(c, heading + 1).getString() for c in range(0, 4)],
                         ["Investeringar kopplat till dagligvarubutiker", "", "", "X"])
        self.assertTrue(questions.getCellByPosition(4, heading + 1).IsTextWrapped)
        area = doc.Sheets.getByName("Område 2")
        self.assertEqual(area.getCellRangeByName("A2").getValue(), 2)
        self.assertEqual(area.getCellRangeByName("B4").getString(), "Handlingsplan för verksamhetsår 2023")
        headings = [area.getCellByPosition(c, 4).getString().split("\n")[0] for c in range(23)]
        self.assertEqual(headings[1], "Planerade insatser")
        self.assertEqual(headings[7:11], ["Dagligvaror", "Drivmedel",
                                          "Ombud för posttjänst, betaltjänst eller apotek", "Bredare sammanhang"])
        self.assertEqual(headings[11:15], ["Resultat i form av prestationer", "Stödtyp", "Antal", "Belopp (kr)"])
        self.assertEqual(headings[20], "Status")
        for c in range(23):
            self.assertGreaterEqual(area.Columns.getByIndex(c).Width, 1000, headings[c])
        # The intervention with the decisions: one row per output, its support type, count and amount apart.
        row = self.find_row(area, "Hemsändning 8 st 1 537 062 kr", column=11)
        self.assertEqual(area.getCellByPosition(12, row).getString(), "Hemsändningsbidrag")
        self.assertEqual(area.getCellByPosition(13, row).getValue(), 8)
        self.assertEqual(area.getCellByPosition(14, row).getValue(), 1537062)
        self.assertEqual(area.getCellByPosition(0, row).getString(), "")  # a further output of insats 1
        self.assertEqual(area.getCellByPosition(0, row - 1).getValue(), 1)

    def find_row(self, sheet, text, column=0):
        for row in range(200):
            if sheet.getCellByPosition(column, row).getString() == text:
                return row
        self.fail("%r not found in column %d of %s" % (text, column, sheet.Name))


if __name__ == "__main__":
    unittest.main()
