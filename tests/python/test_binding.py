"""Tests of the Python binding `serviceprogram` against the C library and the bundled report.

Run by meson (`meson test -C build --suite python`) with PYTHONPATH, SERVICEPROGRAM_LIBRARY and
SP_EXAMPLES set; standard library only. The expected values are those of
examples/data/jamtland-harjedalen-2023.yaml (the seed) and of the format reference in README.md.
"""
import collections
import collections.abc
import copy
import ctypes
import datetime
import decimal
import faulthandler
import gc
import io
import os
import pathlib
import pickle
import subprocess
import sys
import tempfile
import time
import unittest
import weakref

import serviceprogram as sp

faulthandler.enable()  # a crash in the C library shows where it happened

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.environ.get("SP_EXAMPLES") or os.path.join(HERE, "..", "..", "examples", "data")
SEED_YAML = os.path.join(EXAMPLES, "jamtland-harjedalen-2023.yaml")
SEED_JSON = os.path.join(EXAMPLES, "jamtland-harjedalen-2023.json")
D = decimal.Decimal


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


SEED_TEXT = read_bytes(SEED_YAML).decode("utf-8")

# ---- the format, as README.md's format reference gives it --------------------------------------
# For each element class: its keys in canonical order, "!" after a required one, then the kind
# (text, int, decimal, bool, enum, set, texts, object, list) and for enums, sets, objects and lists
# the class of the value.
SCHEMA = {
    "Report": "format!:text region!:object:Region year!:int program:object:Program "
              "demand_outlook:list:Demand future_outlook:text staffing:list:Staffing contacts:list:Contact "
              "accessibility_work:text collaboration:list:Collaboration priority_areas:list:PriorityArea",
    "Region": "name!:text county_code:text",
    "Program": "title:text start_year:int end_year:int goals:list:Goal",
    "Goal": "id!:text text:text",
    "Demand": "support_type!:enum:SupportType trend:enum:Trend comment:text budget_insufficient:bool "
              "not_prioritised:bool",
    "Staffing": "area!:enum:StaffingArea note:text positions:list:Position",
    "Position": "name:text fte:decimal from:text funded_by:text",
    "Contact": "name:text email:text roles:set:ContactRole",
    "Collaboration": "actor!:enum:Actor label:text description:text ladder_step:enum:LadderStep "
                     "ladder_note:text challenges:text",
    "PriorityArea": "number!:int title:text interventions:list:Intervention",
    "Intervention": "name:text description:text goals:texts other_goals:texts actors:texts funding:text "
                    "service_types:set:ServiceType outputs:list:Output effects:object:Effects status:enum:Status "
                    "lessons:text next_year:text",
    "Output": "text!:text support_type:enum:SupportType count:int amount_sek:int",
    "Effects": "short_term:text medium_term:text long_term:text general:text basis:enum:EffectsBasis",
}
ENUM_TOKENS = {
    "Trend": "decrease unchanged increase",
    "SupportType": "grocery_investment fuel_investment service_grant home_delivery_grant "
                   "special_operating_support investment_grant corrosion_protection other",
    "StaffingArea": "coordination case_handling",
    "ContactRole": "program support_cases workspace_access",
    "Actor": "municipalities county_board region_other business civil_society leader business_promotion other",
    "LadderStep": "conversation consultation shared_view cooperation collaboration joint_action",
    "ServiceType": "groceries fuel agent_services broader_context",
    "Status": "continuing completed",
    "EffectsBasis": "achieved expected",
}

Field = collections.namedtuple("Field", "key required kind type")


def fields(cls_name):
    """The fields of an element class, from SCHEMA."""
    out = []
    for spec in SCHEMA[cls_name].split():
        key, kind, *rest = spec.split(":")
        out.append(Field(key.rstrip("!"), key.endswith("!"), kind, getattr(sp, rest[0]) if rest else None))
    return out


def one_of_each(report):
    """The first element of every class found in `report`, by class name."""
    found, pending = {}, [report]
    while pending:
        node = pending.pop(0)
        name = type(node).__name__
        if name in found:
            continue
        found[name] = node
        for f in fields(name):
            value = getattr(node, f.key)
            if f.kind == "object":
                pending.append(value)
            elif f.kind == "list" and len(value):
                pending.append(value[0])
    return found


def every_node(node):
    """`node` and everything below it."""
    yield node
    for f in fields(type(node).__name__):
        if f.kind == "object":
            yield from every_node(getattr(node, f.key))
        elif f.kind == "list":
            for item in getattr(node, f.key):
                yield from every_node(item)


def fte_of(report, area):
    return sum((p.fte for s in report.staffing if s.area is area for p in s.positions if p.fte is not None), D(0))


def rss():
    """The resident set size of this process, in bytes."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def build_report():
    """A report made from nothing, with every element and every field of the format given."""
    r = sp.Report("Region X", 2024)
    r.region.county_code = "09"
    r.program.update(title="Program X 2022-2030", start_year=2022, end_year=2030)
    r.program.goals.append(id="1.1", text="Tillgänglig service")
    r.program.goals.append({"id": "2.1", "text": "Starka servicegivare"})
    r.demand_outlook.append(support_type=sp.SupportType.SERVICE_GRANT, trend="Ökar", comment="Fler ansökningar",
                            budget_insufficient=True, not_prioritised=False)
    r.demand_outlook.append(support_type="home_delivery_grant", trend=sp.Trend.DECREASE)
    r.future_outlook = "Fler obemannade butiker."
    staffing = r.staffing.append(area="coordination", note="Hela året")
    staffing.positions.append({"name": "Projektledare", "fte": 1, "from": "2024-01", "funded_by": "Anslag 1:1"})
    staffing.positions.append(name="Handläggare", fte="0,25")
    r.staffing.append({"area": "Stödhandläggning", "positions": [{"name": "Ekonom", "fte": D("0.125")}]})
    r.contacts.append(name="Anna Berg", email="anna.berg@example.se",
                      roles=["program", "Kontaktperson för stödärenden"])
    r.accessibility_work = "Kartläggning av tillgänglighet."
    r.collaboration.append(actor="other", label="Bygdegårdarna", description="Möten", ladder_step="samråd",
                           ladder_note="Samråd två gånger", challenges="Avstånd")
    area = r.priority_areas.append(number=1, title="Tillgänglighet")
    area.interventions.append({
        "name": "Serviceplaner", "description": "Stöd till kommunerna", "goals": ["1.1"],
        "other_goals": ["RUS 3"], "actors": ["Region X", "Kommunerna"], "funding": "Ordinarie budget",
        "service_types": ["groceries", sp.ServiceType.FUEL],
        "outputs": [{"text": "Servicebidrag 2 st 300 000 kr", "support_type": "service_grant", "count": 2,
                     "amount_sek": 300000}],
        "effects": {"short_term": "Kunskap", "medium_term": "Tillämpning", "long_term": "Service",
                    "general": "Bra", "basis": "expected"},
        "status": "continuing", "lessons": "Tar tid", "next_year": "Fortsätt med planerna"})
    return r


class ReportTestCase(unittest.TestCase):
    """Gives each test its own copy of the seed, closed afterwards."""

    def seed(self):
        report = sp.load(SEED_YAML)
        self.addCleanup(report.close)
        return report

    def built(self):
        report = build_report()
        self.addCleanup(report.close)
        return report

    def assertRejects(self, function, *args, **kwargs):
        """`function` fails with an exception of the binding's kinds, never anything else."""
        with self.assertRaises((TypeError, ValueError, sp.Error)):
            function(*args, **kwargs)

    def assertKeeps(self, node, key, bad, error):
        """Setting `bad` raises `error` and leaves the old value."""
        before = getattr(node, key)
        before = list(before) if isinstance(before, sp.StringList) else before
        with self.assertRaises(error):
            setattr(node, key, bad)
        after = getattr(node, key)
        self.assertEqual(list(after) if isinstance(after, sp.StringList) else after, before)


# ---- 1. the properties -------------------------------------------------------------------------


class SeedValues(ReportTestCase):
    """Every field of every element class, read on the seed."""

    def expectations(self, r):
        """(element, {key: expected}) for one element of each class, with every key of the class. A class
        as expected value is an object field; an int for a list field is its length."""
        area2 = r.priority_areas[1]
        iv = area2.interventions[0]
        return [
            (r, {"format": "serviceprogram/1", "region": sp.Region, "year": 2023, "program": sp.Program,
                 "demand_outlook": 5, "staffing": 2, "contacts": 2, "accessibility_work": None,
                 "future_outlook": "Stort fokus på semiobemannat. "
                                   "Många butiker tittar över energieffektiviseringar.",
                 "collaboration": 8, "priority_areas": 3}),
            (r.region, {"name": "Jämtland Härjedalen", "county_code": "23"}),
            (r.program, {"title": "Regionalt serviceprogram 2023-2030", "start_year": 2023, "end_year": 2030,
                         "goals": 8}),
            (r.program.goals[3], {"id": "2.1", "text": "Bibehållen och utvecklad service på landsbygderna."}),
            (r.demand_outlook[3], {
                "support_type": sp.SupportType.HOME_DELIVERY_GRANT, "trend": sp.Trend.UNCHANGED,
                "comment": "Hemsändningsbidraget är för närvarande på en stabil nivå i länets kommuner. "
                           "Små variationer sker år från år.",
                "budget_insufficient": None, "not_prioritised": None}),
            (r.staffing[1], {
                "area": sp.StaffingArea.CASE_HANDLING, "positions": 2,
                "note": "Hemsändningsbidrag och servicebidrag kopplar till ordinarie 1:1-medel.\nFrån juli, 2023 "
                        "finns en förstärkning genom: Projekt Stärkt regional kapacitet inom kommersiell service "
                        "enligt nedan:"}),
            (r.staffing[0].positions[3], {
                "name": "Projektledare", "fte": D("0.15"), "from": "2023-07",
                "funded_by": "Projekt Stärkt regional kapacitet inom kommersiell service"}),
            (r.contacts[1], {"name": "Ville Welin", "email": "ville.welin@regionjh.se",
                             "roles": {sp.ContactRole.SUPPORT_CASES, sp.ContactRole.WORKSPACE_ACCESS}}),
            (r.collaboration[4], {
                "actor": sp.Actor.CIVIL_SOCIETY, "label": None, "ladder_step": sp.LadderStep.CONVERSATION,
                "ladder_note": "Samtal via kommunerna", "challenges": None,
                "description": "Genom arbetet med SOT-punkter samt olika stödärenden har flertalet grupperingar "
                               "haft kontakt. Det är kommunerna som står för den direkta kontakten till "
                               "civilsamhället."}),
            (area2, {"number": 2, "title": "Stärka förutsättningarna för servicegivare med stöd och rådgivning",
                     "interventions": 3}),
            (iv, {
                "name": "Sprida kunskap om olika typer av stöd hos befintliga och möjliga servicegivare i länet "
                        "tex investeringsbidrag och investeringslån, servicebidrag, stöd till grundläggande "
                        "betaltjänster mfl.",
                "description": None, "goals": ["2.1"], "other_goals": [],
                "actors": ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län"],
                "funding": "Inom budget för projektet Resurser till genomförande av regionalt serviceprogram "
                           "Jämtlands län.",
                "service_types": {sp.ServiceType.GROCERIES, sp.ServiceType.FUEL, sp.ServiceType.AGENT_SERVICES},
                "outputs": 7, "effects": sp.Effects, "status": sp.Status.CONTINUING,
                "lessons": "Viktigt med återkommande insatser för servicegivare.", "next_year": None}),
            (iv.outputs[1], {"text": "Hemsändning 8 st 1 537 062 kr", "count": 8, "amount_sek": 1537062,
                             "support_type": sp.SupportType.HOME_DELIVERY_GRANT}),
            (iv.effects, {
                "short_term": "ny/ökad kunskap, ökade finansiella resurser och/eller tillgång till mötesplatser.",
                "medium_term": "tillämpning av ny kunskap och/eller nya varor/tjänster.",
                "long_term": "Ökad konkurrenskraft och/eller bättre tillgänglighet till service.",
                "general": None, "basis": None}),
        ]

    def assertField(self, node, f, expected):
        value = getattr(node, f.key)
        if expected is None:
            if f.kind == "set":
                self.assertEqual(value, frozenset())
            else:
                self.assertIsNone(value)
        elif f.kind == "object":
            self.assertIs(expected, f.type)
            self.assertIsInstance(value, f.type)
        elif f.kind == "list":
            self.assertIsInstance(value, sp.NodeList)
            self.assertEqual(len(value), expected)
            self.assertTrue(all(isinstance(item, f.type) for item in value))
        elif f.kind == "texts":
            self.assertIsInstance(value, sp.StringList)
            self.assertEqual(list(value), expected)
        elif f.kind == "set":
            self.assertIsInstance(value, frozenset)
            self.assertEqual(value, frozenset(expected))
        elif f.kind == "enum":
            self.assertIsInstance(value, f.type)
            self.assertIs(value, expected)
        else:
            types = {"text": str, "int": int, "decimal": D, "bool": bool}
            self.assertIs(type(value), types[f.kind])
            self.assertEqual(value, expected)

    def test_every_class_and_key_is_covered(self):
        r = self.seed()
        checked = {type(node).__name__: set(expected) for node, expected in self.expectations(r)}
        self.assertEqual(set(checked), set(SCHEMA))
        for name in SCHEMA:
            with self.subTest(cls=name):
                cls = getattr(sp, name)
                self.assertEqual(list(cls._fields), [f.key for f in fields(name)], "keys in canonical order")
                self.assertEqual(checked[name], set(cls._fields))
        self.assertEqual({cls.__name__ for cls in sp.CLASSES.values()}, set(SCHEMA))

    def test_every_property_on_the_seed(self):
        r = self.seed()
        for node, expected in self.expectations(r):
            for f in fields(type(node).__name__):
                with self.subTest(cls=type(node).__name__, key=f.key):
                    self.assertField(node, f, expected[f.key])

    def test_demand_trends(self):
        r = self.seed()
        self.assertEqual([(d.support_type.value, d.trend.value) for d in r.demand_outlook], [
            ("grocery_investment", "increase"), ("fuel_investment", "decrease"), ("service_grant", "decrease"),
            ("home_delivery_grant", "unchanged"), ("special_operating_support", "unchanged")])
        self.assertEqual(r.demand_outlook[3].support_type.label_sv, "Hemsändningsbidrag")
        self.assertEqual(r.demand_outlook[0].trend.label_sv, "Ökar")

    def test_staffing(self):
        r = self.seed()
        self.assertEqual([s.area for s in r.staffing], [sp.StaffingArea.COORDINATION, sp.StaffingArea.CASE_HANDLING])
        self.assertEqual(fte_of(r, sp.StaffingArea.COORDINATION), D("0.85"))
        self.assertEqual(fte_of(r, sp.StaffingArea.CASE_HANDLING), D("0.65"))
        self.assertEqual([p.name for p in r.staffing[0].positions],
                         ["Maria Kumpula", "Ville Welin", "Malin Nyqvist Ljungberg", "Projektledare", "Ekonom",
                          "Strateg"])
        self.assertEqual([getattr(p, "from") for p in r.staffing[0].positions], [None, None, None] + ["2023-07"] * 3)

    def test_contacts(self):
        r = self.seed()
        self.assertEqual([(c.name, c.roles) for c in r.contacts], [
            ("Malin Nyqvist Ljungberg", {sp.ContactRole.PROGRAM, sp.ContactRole.WORKSPACE_ACCESS}),
            ("Ville Welin", {sp.ContactRole.SUPPORT_CASES, sp.ContactRole.WORKSPACE_ACCESS})])
        self.assertEqual(r.contacts[0].email, "malin.nyqvistljungberg@regionjh.se")

    def test_collaboration(self):
        r = self.seed()
        self.assertEqual([c.actor for c in r.collaboration], list(sp.Actor))
        self.assertEqual([c.ladder_step and c.ladder_step.value for c in r.collaboration], [
            "joint_action", "joint_action", "joint_action", None, "conversation", "conversation", "conversation", None])
        other = r.collaboration[7]
        self.assertEqual(other.to_dict(), {"actor": "other"})
        self.assertEqual(r.collaboration[3].challenges, "Samma upplägg planeras under 2024.")

    def test_priority_areas_and_interventions(self):
        r = self.seed()
        self.assertEqual([(a.number, len(a.interventions)) for a in r.priority_areas], [(1, 5), (2, 3), (3, 6)])
        first = r.priority_areas[0].interventions[0]
        self.assertTrue(first.effects.general.startswith("Kommersiell service är fortsatt viktigt"))
        self.assertEqual(first.effects.long_term, "bättre tillgänglighet till service.")
        self.assertEqual(list(first.actors),
                         ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län", "Kommunerna"])
        self.assertEqual([iv.status for iv in r.priority_areas[2].interventions],
                         [sp.Status.CONTINUING] * 3 + [None, None, sp.Status.CONTINUING])

    def test_area_2_outputs(self):
        r = self.seed()
        outputs = r.priority_areas[1].interventions[0].outputs
        self.assertEqual([(o.support_type, o.count, o.amount_sek) for o in outputs], [
            (None, None, None), (sp.SupportType.HOME_DELIVERY_GRANT, 8, 1537062),
            (sp.SupportType.SERVICE_GRANT, 7, 1007710), (sp.SupportType.INVESTMENT_GRANT, 12, 3482980),
            (sp.SupportType.CORROSION_PROTECTION, 3, 1745475), (None, 22, None), (None, None, None)])
        self.assertEqual(outputs[2].text, "Servicebidrag 7st 1 007 710 kr")

    def test_enum_classes(self):
        for name, tokens in ENUM_TOKENS.items():
            with self.subTest(enum=name):
                cls = getattr(sp, name)
                self.assertTrue(issubclass(cls, sp.LabelledEnum))
                self.assertEqual([m.value for m in cls], tokens.split())
                self.assertEqual([str(m) for m in cls], tokens.split())
                self.assertTrue(all(m.label_sv for m in cls))
        self.assertEqual(sp.Status.COMPLETED.label_sv, "Klar")
        self.assertEqual(sp.LadderStep.SHARED_VIEW.label_sv, "Samsyn")
        self.assertIs(sp.Trend("ÖKAR"), sp.Trend.INCREASE)
        self.assertIs(sp.Trend(" oförändrad "), sp.Trend.UNCHANGED)
        self.assertIs(sp.SupportType("särskilt driftstöd"), sp.SupportType.SPECIAL_OPERATING_SUPPORT)
        with self.assertRaises(ValueError):
            sp.Trend("upp")

    def test_positions_and_repr(self):
        r = self.seed()
        iv = r.priority_areas[1].interventions[0]
        self.assertEqual(iv.path, "/priority_areas/1/interventions/0")
        self.assertEqual(iv.effects.path, "/priority_areas/1/interventions/0/effects")
        self.assertEqual(r.path, "")
        self.assertEqual(repr(iv.outputs[1]), "<Output /priority_areas/1/interventions/0/outputs/1>")
        self.assertEqual(SEED_TEXT.splitlines()[iv.line - 1], "  - name: " + iv.name)
        self.assertEqual(iv.column, 5)
        self.assertEqual(r.source, SEED_YAML)
        self.assertIsNone(sp.Report("X", 2024).line)


class FieldWrites(ReportTestCase):
    """Every field set, read back and removed, with the type rules of its kind."""

    # Fields whose text has a form: (a good value, a bad one).
    FORMED_TEXT = {("Report", "format"): ("serviceprogram/1", "serviceprogram/2"),
                   ("Region", "county_code"): ("07", "26"),
                   ("Position", "from"): ("2024-02-29", "2024-13")}
    NOT_TEXT = [42, 2.5, True, b"bytes", ["x"], {"x": 1}, object()]

    def check_removal(self, node, f, empty=None):
        if f.required:
            self.assertKeeps(node, f.key, None, sp.InvalidValueError)
        else:
            setattr(node, f.key, None)
            self.assertEqual(getattr(node, f.key), empty)

    def write_text(self, node, f):
        good, bad = self.FORMED_TEXT.get((type(node).__name__, f.key), ("Prov – åäö ÅÄÖ\nrad två", None))
        setattr(node, f.key, good)
        self.assertEqual(getattr(node, f.key), good)
        for value in self.NOT_TEXT:
            self.assertKeeps(node, f.key, value, TypeError)
        for value in filter(None, [bad, "nul\x00inside", "\udc80"]):
            self.assertKeeps(node, f.key, value, sp.InvalidValueError)
        self.check_removal(node, f)

    def write_int(self, node, f):
        for value in (0, 2031, 2 ** 63 - 1):
            setattr(node, f.key, value)
            self.assertEqual(getattr(node, f.key), value)
        for value in ("2031", 2031.0, True, D(5), b"x", [1]):
            self.assertKeeps(node, f.key, value, TypeError)
        for value in (-1, -2, 2 ** 63, 2 ** 64 + 2031):
            self.assertKeeps(node, f.key, value, sp.InvalidValueError)
        self.check_removal(node, f)

    def write_decimal(self, node, f):
        for value, expected in ((D("0.125"), "0.125"), ("0,25", "0.25"), ("1 000,5", "1000.5"), (1, "1"),
                                (0.5, "0.5"), (D("1E+1"), "10"), ("0.100", "0.1"), (0, "0")):
            setattr(node, f.key, value)
            self.assertIsInstance(getattr(node, f.key), D)
            self.assertEqual(str(getattr(node, f.key)), expected)
        for value in ("0.1234", -1, "-0.5", "abc", "", D("NaN"), float("inf"), 1000001, "1e400"):
            self.assertKeeps(node, f.key, value, sp.InvalidValueError)
        for value in (True, b"1", [1], object()):
            self.assertKeeps(node, f.key, value, TypeError)
        self.check_removal(node, f)

    def write_bool(self, node, f):
        for value in (True, False):
            setattr(node, f.key, value)
            self.assertIs(getattr(node, f.key), value)
        for value in (1, 0, "true", "ja", b"", []):
            self.assertKeeps(node, f.key, value, TypeError)
        self.check_removal(node, f)

    def write_enum(self, node, f):
        for member in f.type:
            for value in (member, member.value, member.value.upper(), member.label_sv, member.label_sv.upper(),
                          member.label_sv.lower(), "  %s " % member.label_sv):
                setattr(node, f.key, value)
                self.assertIs(getattr(node, f.key), member, value)
        other_enum = sp.Trend.INCREASE if f.type is not sp.Trend else sp.Status.COMPLETED
        for value in (1, 0, b"x", [member.value], other_enum):
            self.assertKeeps(node, f.key, value, TypeError)
        for value in ("no-such-token", "", member.value + "\x00"):
            self.assertKeeps(node, f.key, value, sp.InvalidValueError)
        self.check_removal(node, f)

    def write_set(self, node, f):
        members = list(f.type)
        setattr(node, f.key, members)
        self.assertEqual(getattr(node, f.key), frozenset(members))
        setattr(node, f.key, [members[-1].label_sv.upper(), members[0].value])
        self.assertEqual(getattr(node, f.key), {members[0], members[-1]})
        setattr(node, f.key, (m for m in members[:1]))
        self.assertEqual(getattr(node, f.key), {members[0]})
        for value in (members[0].value, b"x", 3, [1], [None]):
            self.assertKeeps(node, f.key, value, TypeError)
        self.assertKeeps(node, f.key, ["no-such-token"], sp.InvalidValueError)
        setattr(node, f.key, set())
        self.assertEqual(getattr(node, f.key), frozenset())
        setattr(node, f.key, members[:2])
        self.check_removal(node, f, frozenset())

    def write_texts(self, node, f):
        setattr(node, f.key, ["a", "Å b"])
        self.assertEqual(list(getattr(node, f.key)), ["a", "Å b"])
        self.assertIsInstance(getattr(node, f.key), sp.StringList)
        for value in ("ab", b"ab", 3, [1], ["a", None]):
            self.assertKeeps(node, f.key, value, TypeError)
        self.assertKeeps(node, f.key, ["a\x00b"], sp.InvalidValueError)
        setattr(node, f.key, ())
        self.assertEqual(list(getattr(node, f.key)), [])
        setattr(node, f.key, ["x"])
        self.check_removal(node, f, [])

    def write_object(self, node, f):
        with self.assertRaises(AttributeError):
            setattr(node, f.key, getattr(node, f.key))
        self.assertIsInstance(getattr(node, f.key), f.type)

    def write_list(self, node, f):
        items = getattr(node, f.key)
        with self.assertRaises(AttributeError):
            setattr(node, f.key, items)
        self.assertIsInstance(items, sp.NodeList)
        self.assertTrue(len(items) and all(isinstance(item, f.type) for item in items))

    def test_every_field_of_every_class(self):
        for label, source in (("seed", self.seed()), ("built", self.built())):
            for name, node in one_of_each(source).items():
                for f in fields(name):
                    with self.subTest(report=label, cls=name, key=f.key):
                        getattr(self, "write_" + f.kind)(node, f)
            # Whatever the setters let through can be saved and loaded back.
            again = sp.loads(source.dumps("yaml"))
            self.assertEqual(again, source, again.difference(source))
            again.close()

    def test_bad_values_leave_the_old_one(self):
        r = self.seed()
        self.assertKeeps(r.region, "county_code", "26", sp.InvalidValueError)
        self.assertEqual(r.region.county_code, "23")
        position = r.staffing[0].positions[3]
        self.assertKeeps(position, "fte", "0.1234", sp.InvalidValueError)
        self.assertEqual(position.fte, D("0.15"))
        output = r.priority_areas[1].interventions[0].outputs[1]
        self.assertKeeps(output, "count", -1, sp.InvalidValueError)
        self.assertEqual(output.count, 8)
        iv = r.priority_areas[1].interventions[0]
        self.assertKeeps(iv, "status", "klart", sp.InvalidValueError)
        self.assertIs(iv.status, sp.Status.CONTINUING)
        self.assertKeeps(r, "year", None, sp.InvalidValueError)
        self.assertEqual(r.year, 2023)
        self.assertKeeps(r.region, "name", None, sp.InvalidValueError)
        self.assertEqual(r.region.name, "Jämtland Härjedalen")
        with self.assertRaises(AttributeError):
            r.no_such_field = 1

    def test_errors_do_not_repeat_the_value(self):
        # A value in the wrong field may be a person's name or e-mail address.
        r = self.seed()
        iv = r.priority_areas[1].interventions[0]
        with self.assertRaises(sp.InvalidValueError) as caught:
            iv.status = "Anna Andersson"
        self.assertNotIn("Anna", str(caught.exception))
        with self.assertRaises(ValueError) as caught:
            iv.goals.remove("anna@example.se")
        self.assertNotIn("anna", str(caught.exception))
        with self.assertRaises(sp.InvalidValueError) as caught:
            iv.status = "Fortsatter"
        self.assertIn('"Fortsatter" is not a Status; did you mean "Fortsätter" (continuing)?', str(caught.exception))
        iv.status = "FORTSA\u0308TTER"  # a decomposed label, in capitals
        self.assertIs(iv.status, sp.Status.CONTINUING)
        with self.assertRaises(sp.ParseError) as caught:
            sp.loads('format: "anna@example.se"\nregion: {name: G}\nyear: 2023\n')
        self.assertNotIn("anna", str(caught.exception))

    def test_messages_in_both_languages(self):
        bad = SEED_TEXT.replace("    status: continuing\n    lessons: Vi tar med", "    status: Fortsatter\n    lessons: Vi tar med")
        for language, expected in (("en", 'did you mean "Fortsätter" (continuing)?'),
                                   ("sv", 'menade du "Fortsätter" (continuing)?')):
            with self.assertRaises(sp.ParseError) as caught:
                sp.loads(bad, language=language)
            self.assertIn(expected, caught.exception.message)
            self.assertEqual(caught.exception.code, "SP_EENUM")
        with sp.loads(SEED_TEXT) as r:
            r.priority_areas[0].interventions[0].goals.append("9.9")
            codes = lambda findings: [d.code for d in findings]
            english, swedish = r.validate(language="en"), r.validate(language="sv")
            self.assertEqual(codes(english), codes(swedish))
            self.assertIn("this goal is not among the programme's goals", [d.message for d in english])
            self.assertIn("målet finns inte bland programmets mål", [d.message for d in swedish])
            with self.assertRaises(ValueError):
                r.validate(language="de")
        self.assertEqual(sp.translate("the report is closed", "sv"), "rapporten är stängd")
        self.assertEqual(sp.translate("the report is closed", "en"), "the report is closed")
        # The binding's own messages follow the locale, as the C library's do.
        env = dict(os.environ, LANG="sv_SE.UTF-8", LANGUAGE="", LC_ALL="", LC_MESSAGES="")
        out = subprocess.run([sys.executable, "-c", "import serviceprogram as sp\ntry:\n sp.Report('X', 2024).close()\n"
                              " sp.loads('x', format='toml')\nexcept ValueError as e:\n print(e)"],
                             env=env, capture_output=True, text=True, check=True).stdout
        self.assertIn("format är None", out)
        # A number that does not read says why in the locale's language too, as the loader does.
        out = subprocess.run([sys.executable, "-c", "import serviceprogram as sp\nr = sp.Report('X', 2024)\n"
                              "r.staffing.append(area='coordination')\nfor fte in ('abc', '1,2345', '-1'):\n"
                              " try:\n  r.staffing[0].positions.append(name='A', fte=fte)\n"
                              " except sp.InvalidValueError as e:\n  print(e)"],
                             env=env, capture_output=True, text=True, check=True).stdout
        self.assertEqual(out, "ett tal väntades\nhögst tre decimaler väntades\ntalet får inte vara negativt\n")

    def test_changes_show_in_the_files(self):
        r = self.seed()
        iv = r.priority_areas[2].interventions[3]
        iv.status = "Klar"
        iv.service_types = ["Dagligvaror", "broader_context"]
        r.staffing[1].positions[0].fte = "0,2"
        r.contacts[1].email = None
        again = sp.loads(r.dumps("json"))
        self.addCleanup(again.close)
        self.assertIs(again.priority_areas[2].interventions[3].status, sp.Status.COMPLETED)
        self.assertEqual(again.priority_areas[2].interventions[3].service_types,
                         {sp.ServiceType.GROCERIES, sp.ServiceType.BROADER_CONTEXT})
        self.assertEqual(again.staffing[1].positions[0].fte, D("0.2"))
        self.assertIsNone(again.contacts[1].email)
        self.assertIn("status: completed", r.dumps("yaml"))

    def test_decimal_sums_are_exact(self):
        r = sp.Report("Region X", 2024)
        self.addCleanup(r.close)
        staffing = r.staffing.append(area="coordination")
        for fte in (0.1, 0.2, 0.3):
            staffing.positions.append(fte=fte)
        self.assertNotEqual(0.1 + 0.2 + 0.3, 0.6)
        self.assertEqual(sum(p.fte for p in staffing.positions), D("0.6"))
        figures = r.figures()
        self.assertEqual(figures.fte_total, D("0.6"))
        self.assertEqual(str(figures.fte_total), "0.6")
        self.assertEqual(figures.fte[sp.StaffingArea.COORDINATION], D("0.6"))
        self.assertEqual(figures.fte[sp.StaffingArea.CASE_HANDLING], D("0"))

    def test_update(self):
        r = self.seed()
        output = r.priority_areas[1].interventions[0].outputs[1]
        output.update({"count": 9}, amount_sek=10)
        self.assertEqual((output.count, output.amount_sek, output.text), (9, 10, "Hemsändning 8 st 1 537 062 kr"))
        with self.assertRaises(AttributeError):
            output.update(nope=1)
        with self.assertRaises(TypeError):
            output.update(["count", 1])
        area = r.priority_areas[0]
        names = [iv.name for iv in area.interventions]
        area.update(interventions=area.interventions)  # a list set from itself keeps its items
        self.assertEqual([iv.name for iv in area.interventions], names)
        area.update(interventions=[{"name": "En"}, {"name": "Två"}])
        self.assertEqual([iv.name for iv in area.interventions], ["En", "Två"])


# ---- 2. lists ------------------------------------------------------------------------------------


class Lists(ReportTestCase):

    def test_len_index_slice_iterate(self):
        r = self.seed()
        areas = r.priority_areas
        self.assertEqual(len(areas), 3)
        self.assertTrue(areas)
        self.assertEqual(areas[0].number, 1)
        self.assertEqual(areas[-1].number, 3)
        self.assertEqual(areas[-3].number, 1)
        self.assertEqual([a.number for a in areas[1:]], [2, 3])
        self.assertEqual([a.number for a in areas[::-1]], [3, 2, 1])
        self.assertEqual([a.number for a in areas[5:]], [])
        self.assertEqual([a.number for a in areas], [1, 2, 3])
        for index in (3, -4, 2 ** 64, -2 ** 64):
            with self.assertRaises(IndexError):
                areas[index]
        for index in ("0", 1.0, None, True):
            with self.assertRaises(TypeError):
                areas[index]
        self.assertEqual(areas[1], areas[1])
        self.assertNotEqual(areas[1], areas[2])
        self.assertEqual(areas, r.priority_areas)
        self.assertIn(areas[2], areas)
        self.assertEqual(len({areas[0], areas[0], areas[1]}), 2)
        self.assertEqual(len(sp.Report("X", 2024).priority_areas), 0)

    def test_lists_are_live(self):
        r = self.seed()
        ivs = r.priority_areas[0].interventions
        r.priority_areas[0].interventions.append(name="Ny")
        self.assertEqual(len(ivs), 6)
        self.assertEqual(ivs[-1].name, "Ny")

    def test_append_dict_and_keywords(self):
        r = self.seed()
        area = r.priority_areas.append({
            "number": 4, "title": "Nytt område",
            "interventions": [{"name": "Insats A", "goals": ["1.1", "2.1"], "service_types": ["fuel", "Dagligvaror"],
                               "outputs": [{"text": "Servicebidrag 2 st", "support_type": "Servicebidrag",
                                            "count": 2, "amount_sek": 200000}, {"text": "Möte"}],
                               "effects": {"short_term": "Kunskap", "basis": "Uppnådda"}, "status": "KLAR"}]})
        self.assertEqual(len(r.priority_areas), 4)
        self.assertEqual(area.path, "/priority_areas/3")
        self.assertEqual((area.number, area.title), (4, "Nytt område"))
        iv = area.interventions[0]
        self.assertEqual(list(iv.goals), ["1.1", "2.1"])
        self.assertEqual(iv.service_types, {sp.ServiceType.FUEL, sp.ServiceType.GROCERIES})
        self.assertEqual([(o.text, o.support_type, o.count, o.amount_sek) for o in iv.outputs], [
            ("Servicebidrag 2 st", sp.SupportType.SERVICE_GRANT, 2, 200000), ("Möte", None, None, None)])
        self.assertEqual((iv.effects.short_term, iv.effects.basis), ("Kunskap", sp.EffectsBasis.ACHIEVED))
        self.assertIs(iv.status, sp.Status.COMPLETED)
        output = iv.outputs.append(text="Hemsändning 1 st", support_type=sp.SupportType.HOME_DELIVERY_GRANT, count=1)
        self.assertEqual(output.path, "/priority_areas/3/interventions/0/outputs/2")
        self.assertEqual(r.figures().kronor_total, 7773227 + 200000)
        goal = r.program.goals.append(r.program.goals[0])  # a part of the report as the values
        self.assertEqual((goal.id, goal.text), (r.program.goals[0].id, r.program.goals[0].text))

    def test_failed_append_adds_nothing(self):
        r = self.seed()
        outputs = r.priority_areas[1].interventions[0].outputs
        for bad, error in (({"text": "x", "count": -1}, sp.InvalidValueError), ({"text": 5}, TypeError),
                           ({"text": "x", "nope": 1}, AttributeError), ("text", TypeError), (5, TypeError),
                           ({"text": "x", "support_type": "nope"}, sp.InvalidValueError)):
            with self.subTest(bad=bad), self.assertRaises(error):
                outputs.append(bad)
            self.assertEqual(len(outputs), 7)
        areas = r.priority_areas
        with self.assertRaises(TypeError):
            areas.append(number=4, interventions=[{"name": "A", "outputs": [{"text": "x", "count": "many"}]}])
        self.assertEqual(len(areas), 3)

    def test_remove_del_clear(self):
        r = self.seed()
        ivs = r.priority_areas[2].interventions
        names = [iv.name for iv in ivs]
        ivs.remove(ivs[1])
        self.assertEqual([iv.name for iv in ivs], names[:1] + names[2:])
        del ivs[0]
        del ivs[-1]
        self.assertEqual([iv.name for iv in ivs], names[2:5])
        for index in (3, -4):
            with self.assertRaises(IndexError):
                del ivs[index]
        with self.assertRaises(ValueError):
            ivs.remove(r.priority_areas[0].interventions[0])
        with self.assertRaises(ValueError):
            ivs.remove("not an intervention")
        ivs.clear()
        self.assertEqual(len(ivs), 0)
        self.assertEqual(r.figures().interventions_per_area, [5, 3, 0])
        self.assertEqual(r.priority_areas[2].to_dict(),
                         {"number": 3, "title": "Stärka samordningen mellan offentliga intressenter"})

    def test_string_lists(self):
        r = self.seed()
        iv = r.priority_areas[0].interventions[0]
        actors = iv.actors
        self.assertEqual(len(actors), 3)
        self.assertEqual(actors[-1], "Kommunerna")
        self.assertEqual(actors[0:2], ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län"])
        self.assertEqual(actors, ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län", "Kommunerna"])
        with self.assertRaises(IndexError):
            actors[3]
        with self.assertRaises(TypeError):
            actors["0"]
        actors.append("Handlarna")
        self.assertEqual(actors[3], "Handlarna")
        actors.remove("Länsstyrelsen Jämtlands län")
        self.assertEqual(list(actors), ["Region Jämtland Härjedalen", "Kommunerna", "Handlarna"])
        with self.assertRaises(ValueError):
            actors.remove("Ingen")
        with self.assertRaises(TypeError):
            actors.append(5)
        with self.assertRaises(sp.InvalidValueError):
            actors.append("a\x00b")
        del actors[0]
        self.assertEqual(list(actors), ["Kommunerna", "Handlarna"])
        with self.assertRaises(IndexError):
            del actors[2]
        iv.actors = ["A", "B", "C"]
        self.assertEqual(list(iv.actors), ["A", "B", "C"])
        iv.goals = iv.goals  # assigned from itself: unchanged
        self.assertEqual(list(iv.goals), ["1.1"])
        iv.other_goals = actors
        self.assertEqual(list(iv.other_goals), ["A", "B", "C"])
        actors.clear()
        self.assertEqual(list(iv.actors), [])
        self.assertEqual(list(iv.other_goals), ["A", "B", "C"])
        self.assertIn("other_goals:\n    - A\n    - B\n    - C\n", r.dumps("yaml"))


# ---- 3. building ---------------------------------------------------------------------------------


class Sequences(ReportTestCase):
    """NodeList and StringList are collections.abc.MutableSequences: every method a list has."""

    def test_node_lists_are_mutable_sequences(self):
        r = self.seed()
        areas = r.priority_areas
        self.assertIsInstance(areas, collections.abc.MutableSequence)
        first, second, third = areas
        new = areas.insert(0, {"number": 7, "title": "Nytt"})
        self.assertEqual([a.number for a in areas], [7, 1, 2, 3])
        self.assertEqual((new.number, new.path), (7, "/priority_areas/0"))
        self.assertEqual(first.path, "/priority_areas/1")  # the parts that moved are the same parts
        self.assertEqual(first.title, areas[1].title)
        areas.insert(-1, number=8)                       # before the last, as list.insert
        areas.insert(100, {"number": 9})                 # clamped to the end
        areas.insert(-100, {"number": 6})                # clamped to the front
        self.assertEqual([a.number for a in areas], [6, 7, 1, 2, 8, 3, 9])
        self.assertEqual(areas.index(third), 5)
        self.assertEqual(areas.count(third), 1)
        self.assertIn(second, areas)
        self.assertEqual(areas.pop()["number"], 9)       # the removed part's fields, as a dict
        popped = areas.pop(0)
        self.assertEqual(popped, {"number": 6})
        self.assertEqual([a.number for a in areas], [7, 1, 2, 8, 3])
        areas.reverse()
        self.assertEqual([a.number for a in areas], [3, 8, 2, 1, 7])
        self.assertEqual((third.path, third.number, len(third.interventions)), ("/priority_areas/0", 3, 6))
        areas[1] = {"number": 4, "title": "Ersatt"}
        self.assertEqual([(a.number, a.title) for a in areas][:2], [(3, third.title), (4, "Ersatt")])
        areas.extend([{"number": 10}, first])            # a part's fields are copied into the new item
        self.assertEqual(areas[-1].to_dict(), first.to_dict())
        self.assertNotEqual(areas[-1], first)
        areas += [{"number": 11}]
        self.assertEqual([a.number for a in areas], [3, 4, 2, 1, 7, 10, 1, 11])
        del areas[4:]
        self.assertEqual([a.number for a in areas], [3, 4, 2, 1])
        with self.assertRaises(IndexError):
            areas.pop(4)
        with self.assertRaises(IndexError):
            areas[4] = {"number": 5}
        with self.assertRaises(TypeError):
            areas.insert("0", {"number": 5})
        with self.assertRaises(TypeError):
            areas.insert(0, {"number": "x"})             # nothing half-added
        self.assertEqual([a.number for a in areas], [3, 4, 2, 1])
        r2 = sp.loads(r.dumps("yaml"))
        self.addCleanup(r2.close)
        self.assertEqual(r2, r)

    def test_string_lists_are_mutable_sequences(self):
        iv = self.seed().priority_areas[1].interventions[0]
        goals = iv.goals
        self.assertIsInstance(goals, collections.abc.MutableSequence)
        iv.goals = ["a", "b"]
        goals.insert(0, "först")
        goals.insert(-1, "näst sist")
        goals.insert(10, "sist")
        self.assertEqual(list(goals), ["först", "a", "näst sist", "b", "sist"])
        self.assertEqual(goals.index("b"), 3)
        self.assertEqual(goals.pop(0), "först")
        self.assertEqual(goals.pop(), "sist")
        goals[0] = "A"
        self.assertEqual(list(goals), ["A", "näst sist", "b"])
        goals.reverse()
        self.assertEqual(list(goals), ["b", "näst sist", "A"])
        self.assertIn("näst sist", goals)
        goals.remove("näst sist")
        goals.extend(["b"])
        self.assertEqual((list(iv.goals), goals.count("b")), (["b", "A", "b"], 2))
        del goals[:2]
        self.assertEqual(list(goals), ["b"])
        with self.assertRaises(sp.InvalidValueError):
            goals.insert(0, "a\x00b")
        with self.assertRaises(ValueError):
            goals.index("finns inte")


class Building(ReportTestCase):

    def test_new_report(self):
        r = sp.Report("Region X", 2024)
        self.addCleanup(r.close)
        self.assertEqual((r.format, r.region.name, r.year), ("serviceprogram/1", "Region X", 2024))
        self.assertIsNone(r.region.county_code)
        self.assertEqual(r.to_dict(), {"format": "serviceprogram/1", "region": {"name": "Region X"}, "year": 2024})
        self.assertIsNone(r.source)
        self.assertEqual(sp.Report(region="Region X", year=2024), r)

    def test_built_report_has_everything(self):
        r = self.built()
        given = collections.defaultdict(set)
        for node in every_node(r):
            name = type(node).__name__
            for f in fields(name):
                value = getattr(node, f.key)
                if value is not None and (len(value) if f.kind in ("text", "texts", "set", "list") else True):
                    given[name].add(f.key)
        self.assertEqual({name: set(keys) for name, keys in given.items()},
                         {name: {f.key for f in fields(name)} for name in SCHEMA})
        self.assertEqual(r.validate(), [])

    def test_save_and_load_json_and_yaml(self):
        r = self.built()
        with tempfile.TemporaryDirectory() as tmp:
            for name, first in (("x.json", b"{"), ("x.yaml", b"format: serviceprogram/1\n"),
                                ("x.txt", b"format: serviceprogram/1\n")):
                path = os.path.join(tmp, name)
                r.save(path)
                self.assertTrue(read_bytes(path).startswith(first), name)
                with sp.load(path) as again:
                    self.assertEqual(again, r, again.difference(r))
                    self.assertEqual(again.source, path)
                    self.assertEqual(again.staffing[0].positions[0].fte, D("1"))
            path = os.path.join(tmp, "forced.yaml")
            r.save(pathlib.Path(path), format="json")
            self.assertEqual(read_bytes(path).decode("utf-8"), r.dumps("json"))
            r.save(path, "yaml")
            self.assertEqual(read_bytes(path).decode("utf-8"), r.dumps("yaml"))
            self.assertEqual(sorted(os.listdir(tmp)), ["forced.yaml", "x.json", "x.txt", "x.yaml"],
                             "no temporary files left")

    def test_save_follows_links_and_refuses_what_it_may_not_write(self):
        r = self.built()
        with tempfile.TemporaryDirectory() as tmp:
            link = os.path.join(tmp, "link.yaml")
            os.symlink("target.yaml", link)
            r.save(link)  # a dangling link: its target is created, the link stays
            self.assertTrue(os.path.islink(link))
            with sp.load(os.path.join(tmp, "target.yaml")) as again:
                self.assertEqual(again, r)
            loop = os.path.join(tmp, "loop.yaml")
            os.symlink("loop.yaml", loop)
            with self.assertRaises(sp.FileError) as caught:
                r.save(loop)
            self.assertIn("symbolic links", str(caught.exception))
            locked = os.path.join(tmp, "locked.yaml")
            with open(locked, "w", encoding="utf-8") as f:
                f.write("old\n")
            os.link(locked, os.path.join(tmp, "locked-too.yaml"))
            with self.assertRaises(sp.FileError) as caught:
                r.save(locked)
            self.assertIn("hard links", str(caught.exception))
            self.assertEqual(read_bytes(locked), b"old\n")
            self.assertEqual(sorted(os.listdir(tmp)), ["link.yaml", "locked-too.yaml", "locked.yaml", "loop.yaml",
                                                       "target.yaml"], "no temporary files left")

    def test_dict_round_trip(self):
        r = self.built()
        data = r.to_dict()
        self.assertEqual(data["region"], {"name": "Region X", "county_code": "09"})
        positions = [p for s in data["staffing"] for p in s["positions"]]
        self.assertEqual([p["fte"] for p in positions], [D("1"), D("0.25"), D("0.125")])
        self.assertTrue(all(type(p["fte"]) is D for p in positions))
        self.assertEqual(data["contacts"][0]["roles"], ["program", "support_cases"])
        self.assertEqual(data["priority_areas"][0]["interventions"][0]["service_types"], ["groceries", "fuel"])
        self.assertEqual(data["priority_areas"][0]["interventions"][0]["status"], "continuing")
        with sp.from_dict(data) as again:
            self.assertEqual(again, r)
            self.assertEqual(again.to_dict(), data)
        seed = self.seed()
        with sp.from_dict(seed.to_dict()) as again:
            self.assertEqual(again, seed)
            self.assertEqual(again.dumps("yaml"), SEED_TEXT)
        self.assertEqual(r.staffing[0].to_dict(), {"area": "coordination", "note": "Hela året", "positions": [
            {"name": "Projektledare", "fte": D("1"), "from": "2024-01", "funded_by": "Anslag 1:1"},
            {"name": "Handläggare", "fte": D("0.25")}]})
        data["staffing"][0]["positions"][0]["fte"] = D("1E+1")
        with sp.from_dict(data) as again:
            self.assertEqual(again.staffing[0].positions[0].fte, D("10"))

    def test_to_dict_makes_every_decimal_a_decimal(self):
        """Report.to_dict() reads JSON, which writes a whole decimal as an integer (1 FTE as 1): every
        decimal field of every class, wherever it is, must still come out a Decimal. Checked against
        reading each property (Node.to_dict), value and type, with whole and fractional values."""
        decimal_fields = [(cls, f.key) for cls in SCHEMA for f in fields(cls) if f.kind == "decimal"]
        self.assertTrue(decimal_fields)

        def typed(value):
            if isinstance(value, dict):
                return {key: typed(item) for key, item in value.items()}
            if isinstance(value, list):
                return [typed(item) for item in value]
            return type(value).__name__, value

        for values in ([2, 0, 1000000], [D("0.5"), D("1.25"), D("0.001")]):
            r = self.built()
            holders = [node for node in every_node(r) for cls, key in decimal_fields if type(node).__name__ == cls]
            self.assertEqual({type(node).__name__ for node in holders}, {cls for cls, _ in decimal_fields})
            for i, node in enumerate(holders):
                for cls, key in decimal_fields:
                    if type(node).__name__ == cls:
                        setattr(node, key, values[i % len(values)])
            data = r.to_dict()
            self.assertEqual(typed(data), typed(sp.Node.to_dict(r)))
            found = [p["fte"] for s in data["staffing"] for p in s["positions"]]
            self.assertEqual(len(found), 3)
            self.assertTrue(all(type(fte) is D for fte in found), found)

    def test_copy_and_equality(self):
        r = self.built()
        c = r.copy()
        self.addCleanup(c.close)
        self.assertEqual(c, r)
        self.assertIsNone(c.difference(r))
        c.priority_areas[0].interventions[0].outputs[0].count = 3
        self.assertNotEqual(c, r)
        self.assertEqual(c.difference(r), "/priority_areas/0/interventions/0/outputs/0/count")
        self.assertEqual(r.priority_areas[0].interventions[0].outputs[0].count, 2)
        self.assertNotEqual(r, "a report")
        self.assertNotEqual(r, r.region)
        with self.assertRaises(TypeError):
            hash(r)


# ---- 4. round trips ------------------------------------------------------------------------------


class RoundTrips(ReportTestCase):

    def test_seed_writes_both_files_byte_for_byte(self):
        r = self.seed()
        self.assertEqual(r.dumps("json").encode("utf-8"), read_bytes(SEED_JSON))
        self.assertEqual(r.dumps().encode("utf-8"), read_bytes(SEED_JSON))
        self.assertEqual(r.dumps("yaml").encode("utf-8"), read_bytes(SEED_YAML))
        with sp.load(SEED_JSON) as j:
            self.assertEqual(j, r)
            self.assertEqual(j.dumps("yaml").encode("utf-8"), read_bytes(SEED_YAML))
            self.assertEqual(j.dumps("json").encode("utf-8"), read_bytes(SEED_JSON))

    def test_load_from_every_kind_of_source(self):
        r = self.seed()
        with open(SEED_YAML, encoding="utf-8") as text, open(SEED_YAML, "rb") as binary:
            sources = [("str path", lambda: sp.load(SEED_YAML), SEED_YAML),
                       ("bytes path", lambda: sp.load(os.fsencode(SEED_YAML)), SEED_YAML),
                       ("pathlib.Path", lambda: sp.load(pathlib.Path(SEED_YAML)), SEED_YAML),
                       ("text file", lambda: sp.load(text), SEED_YAML),
                       ("binary file", lambda: sp.load(binary), SEED_YAML),
                       ("StringIO", lambda: sp.load(io.StringIO(SEED_TEXT)), "<stream>"),
                       ("BytesIO", lambda: sp.load(io.BytesIO(SEED_TEXT.encode("utf-8"))), "<stream>"),
                       ("str", lambda: sp.loads(SEED_TEXT), "<string>"),
                       ("bytes", lambda: sp.loads(SEED_TEXT.encode("utf-8"), source_name="seed"), "seed"),
                       ("JSON file", lambda: sp.load(SEED_JSON, format="json"), SEED_JSON)]
            for what, load, source in sources:
                with self.subTest(source=what), load() as loaded:
                    self.assertEqual(loaded, r)
                    self.assertEqual(loaded.source, source)
                    self.assertEqual(loaded.priority_areas[1].interventions[0].outputs[1].amount_sek, 1537062)

    def test_a_json_file_is_read_strictly(self):
        text = '{"format": "serviceprogram/1",\n "region": {"name": "X"},\n "year": 2023,\n}\n'
        with tempfile.TemporaryDirectory() as folder:
            for name, loads_as_yaml in (("r.json", False), ("R.JSON", False), ("r.yaml", True), ("r.yml", True)):
                path = os.path.join(folder, name)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                with open(path, encoding="utf-8") as opened:
                    for what, load in (("path", lambda: sp.load(path)), ("open file", lambda: sp.load(opened))):
                        with self.subTest(name=name, source=what):
                            if loads_as_yaml:
                                with load() as r:
                                    self.assertEqual(r.year, 2023)
                                continue
                            with self.assertRaises(sp.ParseError) as caught:
                                load()
                            e = caught.exception
                            self.assertEqual((e.code, e.line, e.column, e.source), ("SP_ESYNTAX", 4, 1, path))
                            self.assertIn("JSON", e.message)
        with self.assertRaises(sp.ParseError) as caught:
            sp.loads(text)
        e = caught.exception
        self.assertEqual((e.code, e.line, e.column, e.source), ("SP_ESYNTAX", 4, 1, "<string>"))
        self.assertIn("(text that begins with { or [ is read as JSON)", e.message)
        with sp.loads(text, format="yaml") as r:
            self.assertEqual(r.year, 2023)

    def test_texts_and_numbers_at_the_edges(self):
        r = sp.Report("X", 2024)
        self.addCleanup(r.close)
        iv = r.priority_areas.append(number=2 ** 63 - 1).interventions.append(name="x")
        iv.outputs.append(text="o", count=2 ** 63 - 1, amount_sek=0)
        r.staffing.append(area="coordination").positions.append(fte="1 000 000")
        r.staffing.append(area="case_handling").positions.append(fte="0,001")
        for text in ("yes", "null", "~", "0123", "1.5", "- x", "x: y", "#x", " lead", "trail ", "'", '"', "a\nb",
                     "a\n", "\r\n", "tab\there", "\x01", "😀", "\u2028", "\ufeff", "&a", "*a", "!t", "{a}", "[a]",
                     "---", "...", "   ", "", "2024-01-01", "On", ".inf", "a\\b"):
            r.future_outlook = text
            iv.actors = [text, text]
            for syntax in ("json", "yaml"):
                with self.subTest(text=text, syntax=syntax), sp.loads(r.dumps(syntax)) as again:
                    self.assertEqual(again, r, again.difference(r))
                    self.assertEqual(again.future_outlook, text)
                    self.assertEqual(list(again.priority_areas[0].interventions[0].actors), [text, text])
        with sp.loads(r.dumps("yaml")) as again:
            self.assertEqual(again.priority_areas[0].interventions[0].outputs[0].count, 2 ** 63 - 1)
            self.assertEqual([s.positions[0].fte for s in again.staffing], [D("1000000"), D("0.001")])

    def test_round_trip_keeps_changes(self):
        r = self.seed()
        r.priority_areas[0].interventions[0].next_year = "Fortsätt"
        for syntax in ("json", "yaml"):
            with sp.loads(r.dumps(syntax), format=syntax) as again:
                self.assertEqual(again, r)
                self.assertEqual(again.dumps(syntax), r.dumps(syntax))


# ---- 5. errors -----------------------------------------------------------------------------------


class Errors(ReportTestCase):

    def assertParseError(self, text, code, line, column, path, **kwargs):
        with self.assertRaises(sp.ParseError) as caught:
            sp.loads(text, **kwargs)
        e = caught.exception
        self.assertEqual((e.code, e.line, e.column, e.path), (code, line, column, path), str(e))
        return e

    def test_yaml_error_location(self):
        e = self.assertParseError("format: serviceprogram/1\nregion:\n  name: X\nyear: [2023]\n",
                                  "SP_ETYPE", 4, 7, "/year")
        self.assertEqual(e.source, "<string>")
        self.assertTrue(str(e).startswith("<string>:4:7: /year: "), str(e))
        lines = SEED_TEXT.splitlines()
        line = 1 + next(i for i, text in enumerate(lines) if lines[i + 1].startswith("    lessons: Vi tar med"))
        self.assertEqual(lines[line - 1], "    status: continuing")
        e = self.assertParseError(SEED_TEXT.replace("    status: continuing\n    lessons: Vi tar med",
                                                    "    status: klart\n    lessons: Vi tar med"),
                                  "SP_EENUM", line, 13, "/priority_areas/0/interventions/2/status",
                                  source_name="seed.yaml")
        self.assertEqual(e.source, "seed.yaml")
        self.assertIn('did you mean "Klar" (completed)?', e.message)
        self.assertParseError("format: serviceprogram/1\nregion:\n  name: X\n year: 2023\n", "SP_ESYNTAX", 4, 2, None)
        self.assertParseError("format: serviceprogram/1\nregion:\n  name: X\n  county_code: '26'\nyear: 2023\n",
                              "SP_EVALUE", 4, 16, "/region/county_code")
        self.assertParseError("format: serviceprogram/1\nregion:\n  name: X\nyear: 2023\nyear: 2024\n",
                              "SP_EDUPLICATE", 5, 1, None)
        self.assertParseError("format: serviceprogram/1\nregion:\n  name: X\nyear: 2023\nfuture_outlook: &a x\n",
                              "SP_EUNSUPPORTED", 5, 17, "/future_outlook")
        self.assertParseError("format: serviceprogram/2\nregion:\n  name: X\nyear: 2023\n", "SP_EFORMAT", 1, 9,
                              "/format")
        self.assertParseError("format: serviceprogram/1\nyear: 2023\n", "SP_EMISSING", 1, 1, None)
        self.assertParseError(b"format: serviceprogram/1\nregion:\n  name: \xff\nyear: 2023\n", "SP_EUTF8", 3, 9, None)
        self.assertParseError("", "SP_ESYNTAX", 1, 1, None)

    def test_json_error_location(self):
        text = '{\n  "format": "serviceprogram/1",\n  "region": {"name": "X"},\n  "year": [2023]\n}\n'
        e = self.assertParseError(text, "SP_ETYPE", 4, 11, "/year", source_name="bad.json")
        self.assertTrue(str(e).startswith("bad.json:4:11: /year: "), str(e))
        self.assertParseError('{\n  "format": "serviceprogram/1",\n  "year": 2023,\n}\n', "SP_ESYNTAX", 4, 1, None,
                              format="json")
        self.assertParseError('{"format": "serviceprogram/1", "region": {"name": "X"}, "year": 2023',
                              "SP_ESYNTAX", 1, 69, None)
        self.assertParseError("format: serviceprogram/1\n", "SP_ESYNTAX", 1, 1, None, format="json")
        lines = read_bytes(SEED_JSON).splitlines()
        line = 1 + next(i for i, text in enumerate(lines) if text.strip() == b'"count": 8,')
        self.assertParseError(read_bytes(SEED_JSON).replace(b'"count": 8,', b'"count": -8,'), "SP_ERANGE", line,
                              lines[line - 1].index(b"8") + 1, "/priority_areas/1/interventions/0/outputs/1/count")

    def test_every_error_of_a_load(self):
        text = ("format: serviceprogram/1\nregion:\n  name: [X]\nyear: twenty\ndemand_outlook:\n"
                "- support_type: groceries\n  trend: sideways\n")
        e = self.assertParseError(text, "SP_ETYPE", 3, 9, "/region/name")
        self.assertIs(e.errors[0], e)
        self.assertEqual([(x.code, x.line, x.column, x.path) for x in e.errors],
                         [("SP_ETYPE", 3, 9, "/region/name"), ("SP_EVALUE", 4, 7, "/year"),
                          ("SP_EENUM", 6, 17, "/demand_outlook/0/support_type"),
                          ("SP_EENUM", 7, 10, "/demand_outlook/0/trend")])
        for x in e.errors:
            self.assertIsInstance(x, sp.ParseError)
            self.assertEqual(x.source, "<string>")
        self.assertIn("not a known trend", e.errors[3].message)
        # The limit, and a file's errors through load().
        e = self.assertParseError(text, "SP_ETYPE", 3, 9, "/region/name", max_errors=2)
        self.assertEqual([x.path for x in e.errors], ["/region/name", "/year"])
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bad.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            with self.assertRaises(sp.ParseError) as caught:
                sp.load(path)
        self.assertEqual(len(caught.exception.errors), 4)
        self.assertEqual(caught.exception.errors[3].source, path)
        for bad in (0, -1, 1.5, True):
            with self.assertRaises(ValueError):
                sp.loads(text, max_errors=bad)
        # A syntax error stops at the first; one error is a list of one.
        e = self.assertParseError("format: serviceprogram/1\nregion:\n  name: X\n year: 2023\n", "SP_ESYNTAX", 4, 2,
                                  None)
        self.assertEqual(e.errors, [e])

    def test_missing_file(self):
        path = os.path.join(EXAMPLES, "no-such-report.yaml")
        with self.assertRaises(sp.FileError) as caught:
            sp.load(path)
        e = caught.exception
        self.assertIsInstance(e, OSError)
        self.assertIsInstance(e, sp.Error)
        self.assertNotIsInstance(e, sp.ParseError)
        self.assertEqual((e.code, e.source), ("SP_EIO", path))
        self.assertIn("No such file", str(e))
        with self.assertRaises(OSError):
            sp.load(EXAMPLES)  # a directory
        r = self.seed()
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(sp.FileError):
                r.save(os.path.join(tmp, "no-such-dir", "x.yaml"))
            self.assertEqual(os.listdir(tmp), [])

    def test_unknown_keys(self):
        text = "format: serviceprogram/1\nregion:\n  name: X\n  extra: 1\nyear: 2023\nzzz: [1, 2]\n"
        e = self.assertParseError(text, "SP_EUNKNOWNKEY", 4, 3, "/region")
        self.assertNotIn("extra", e.message)  # not named: an unknown key may be a person's name
        e = self.assertParseError(text.replace("region:", "regoin:"), "SP_EUNKNOWNKEY", 2, 1, None)
        self.assertIn("'region'", e.message)
        with sp.loads(text, unknown_keys="keep") as kept, sp.loads(text, unknown_keys="drop") as dropped:
            self.assertEqual(kept.dumps("yaml"), "format: serviceprogram/1\nregion:\n  name: X\n  extra: 1\n"
                                                 "year: 2023\nzzz:\n- 1\n- 2\n")
            self.assertEqual(kept.to_dict()["zzz"], [1, 2])
            self.assertEqual(dropped.dumps("yaml"), "format: serviceprogram/1\nregion:\n  name: X\nyear: 2023\n")
            self.assertNotEqual(kept, dropped)
            self.assertEqual(kept.difference(dropped), "/region")
            with sp.loads(kept.dumps("json"), unknown_keys="keep") as again:
                self.assertEqual(again, kept)
            with sp.from_dict(kept.to_dict(), unknown_keys="drop") as again:
                self.assertEqual(again, dropped)
            with kept.redact() as redacted:
                self.assertEqual(redacted, dropped)
        for bad in ("ignore", None, 1):
            with self.assertRaises(ValueError):
                sp.loads(text, unknown_keys=bad)

    def test_exception_classes(self):
        self.assertTrue(issubclass(sp.Error, Exception))
        for cls in (sp.ParseError, sp.FileError, sp.InvalidValueError, sp.ValidationError, sp.ClosedError):
            self.assertTrue(issubclass(cls, sp.Error), cls)
        self.assertTrue(issubclass(sp.FileError, OSError))
        self.assertTrue(issubclass(sp.InvalidValueError, ValueError))
        self.assertFalse(issubclass(sp.ParseError, sp.FileError))
        e = sp.Error("message", code="SP_EVALUE", source="x.yaml", line=3, path="/year")
        self.assertEqual(str(e), "x.yaml:3: /year: message")
        self.assertEqual(str(sp.Error("message")), "message")
        self.assertEqual(str(sp.ParseError("m", "SP_ETYPE", "f", 1, 2, "/a")), "f:1:2: /a: m")

    def test_setter_errors_carry_the_path(self):
        r = self.seed()
        with self.assertRaises(sp.InvalidValueError) as caught:
            r.priority_areas[1].interventions[0].outputs[1].count = -5
        self.assertEqual(caught.exception.code, "SP_ERANGE")
        with self.assertRaises(sp.InvalidValueError) as caught:
            r.region.county_code = "26"
        self.assertEqual((caught.exception.code, caught.exception.path), ("SP_EVALUE", "/region/county_code"))
        with self.assertRaises(sp.InvalidValueError) as caught:
            r.format = "serviceprogram/2"
        self.assertEqual(r.format, "serviceprogram/1")


# ---- 6. never a crash ----------------------------------------------------------------------------


class Robustness(ReportTestCase):
    GARBAGE = [None, 0, -1, 2 ** 64, 2.5, float("nan"), True, "", "x", "\x00", "\udc80", b"x", [], ["x"], [None],
               {}, {"a": 1}, object(), D("NaN"), sp.Trend.INCREASE, sp.Status.COMPLETED]

    def test_wrong_arguments(self):
        r = self.seed()
        region = r.region
        for value in [None, 0, 2.5, True, ["x"], {"a": 1}, object(), region]:
            with self.subTest(value=repr(value)):
                self.assertRejects(sp.loads, value)
                self.assertRejects(sp.load, value)
                self.assertRejects(sp.from_dict, value)
                self.assertRejects(sp.Report, value, 2024)
                self.assertRejects(sp.template, value, 2024)
                if value != 0:  # the year 0 is a year
                    self.assertRejects(sp.Report, "X", value)
                    self.assertRejects(sp.template, "X", value)
                self.assertRejects(sp.rollup, value)
                self.assertRejects(sp.rollup, [value])
                self.assertRejects(sp.diff, r, value)
                self.assertRejects(sp.diff, value, r)
                self.assertRejects(r.diff, value)
                self.assertRejects(r.difference, value)
                self.assertRejects(r.save, value)
                self.assertRejects(r.dumps, value)
                self.assertRejects(r.priority_areas.remove, value)
                self.assertFalse(r == value)
                if value is not None:
                    with self.assertRaises((TypeError, AttributeError)):
                        r.priority_areas.append(value)
                    self.assertRejects(r.validate, True, value)
                    self.assertRejects(r.check, False, value)
                    self.assertRejects(r.deadline, value)
        self.assertRejects(sp.loads, b"\x00\x01\x02")
        self.assertRejects(sp.loads, "x", format="xml")
        self.assertRejects(sp.loads, "x", source_name=None)
        self.assertRejects(sp.load, SEED_YAML, format="toml")
        self.assertRejects(sp.from_dict, {"format": "serviceprogram/1", "region": {"name": object()}, "year": 1})
        self.assertRejects(sp.Report, "X", -1)
        self.assertRejects(sp.Report, "X")
        self.assertRejects(sp.template, "X", 2 ** 64)
        self.assertRejects(sp.rollup, [r, r])
        with self.assertRaises(ValueError):  # a NUL ends a name in C: it would load or write another file
            sp.load(SEED_YAML + "\x00.json")
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(ValueError):
                r.save(os.path.join(tmp, "x.yaml\x00.json"))
            self.assertEqual(os.listdir(tmp), [])
        self.assertEqual(len(r.priority_areas), 3)
        self.assertEqual(r.dumps("yaml"), SEED_TEXT)

    def test_hostile_input(self):
        deep = "[" * 200 + "]" * 200
        for text in ("[" * 100000, '{"a":' * 100000, "- " * 50000 + "x\n", "\x00" * 10, "\ufeff", "{}" * 1000,
                     "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 3000)),
                     '{"format": "serviceprogram/1", "region": {"name": "X"}, "year": 1, "zzz": %s}' % deep):
            with self.assertRaises(sp.ParseError):
                sp.loads(text, unknown_keys="keep")
        with self.assertRaises(sp.ParseError) as caught:
            sp.loads(SEED_TEXT + "zzz: %s\n" % deep, unknown_keys="keep")
        self.assertEqual((caught.exception.code, caught.exception.path), ("SP_ELIMIT", None))

    def test_garbage_into_every_setter(self):
        r = self.seed()
        for name, node in one_of_each(r).items():
            for f in fields(name):
                for value in self.GARBAGE:
                    try:
                        setattr(node, f.key, value)
                    except (TypeError, ValueError, AttributeError, sp.Error):
                        pass
        with sp.loads(r.dumps("yaml")) as again:
            self.assertEqual(again, r)

    def test_closed_report(self):
        r = sp.load(SEED_YAML)
        other = self.seed()
        region, areas = r.region, r.priority_areas
        iv = areas[1].interventions[0]
        goals, outputs, effects = iv.goals, iv.outputs, iv.effects
        r.close()
        r.close()  # twice is fine
        with tempfile.TemporaryDirectory() as tmp:
            operations = {
                "year": lambda: r.year, "region": lambda: r.region, "set year": lambda: setattr(r, "year", 2024),
                "region.name": lambda: region.name, "set region.name": lambda: setattr(region, "name", "Y"),
                "len(areas)": lambda: len(areas), "areas[0]": lambda: areas[0], "list(areas)": lambda: list(areas),
                "areas.append": lambda: areas.append(number=9), "del areas[0]": lambda: areas.__delitem__(0),
                "iv.name": lambda: iv.name, "iv.status =": lambda: setattr(iv, "status", "completed"),
                "goals": lambda: list(goals), "goals.append": lambda: goals.append("1.1"),
                "outputs": lambda: len(outputs), "effects": lambda: effects.short_term, "iv.path": lambda: iv.path,
                "iv.to_dict": iv.to_dict, "dumps": r.dumps, "save": lambda: r.save(os.path.join(tmp, "x.yaml")),
                "to_dict": r.to_dict, "copy": r.copy, "validate": r.validate, "check": r.check, "deadline": r.deadline,
                "figures": r.figures, "next_year": r.next_year, "redact": r.redact, "diff": lambda: r.diff(other),
                "diff other": lambda: other.diff(r), "==": lambda: r == other, "== other": lambda: other == r,
                "difference": lambda: other.difference(r), "rollup": lambda: sp.rollup([other, r]),
                "source": lambda: r.source, "pickle": lambda: pickle.dumps(r), "copy.copy": lambda: copy.copy(r),
                "update": lambda: region.update(name="Y"),
            }
            for what, operation in operations.items():
                with self.subTest(operation=what), self.assertRaises(sp.ClosedError):
                    operation()
            self.assertEqual(os.listdir(tmp), [])
        self.assertIn("closed", repr(r))
        self.assertIn("closed", repr(iv))
        with sp.load(SEED_YAML) as r2:
            region = r2.region
        with self.assertRaises(sp.ClosedError):
            region.name
        self.assertEqual(other.region.name, "Jämtland Härjedalen")

    def test_removed_parts(self):
        r = self.seed()
        ivs = r.priority_areas[0].interventions
        before, gone, after = ivs[0], ivs[1], ivs[2]
        output, effects, goals = gone.outputs[0], gone.effects, gone.goals
        ivs.remove(gone)
        for what, operation in {"name": lambda: gone.name, "set name": lambda: setattr(gone, "name", "x"),
                                "outputs": lambda: len(gone.outputs), "output": lambda: output.text,
                                "effects": lambda: effects.general, "goals": lambda: list(goals),
                                "path": lambda: gone.path, "to_dict": gone.to_dict,
                                "remove again": lambda: ivs.remove(gone)}.items():
            with self.subTest(operation=what), self.assertRaises(sp.ClosedError):
                operation()
        self.assertIn("closed", repr(gone))
        self.assertTrue(before.name.startswith("Vara aktiv i dialog"))
        self.assertTrue(after.name.startswith("Främja navfunktionen"))
        self.assertEqual(after.path, "/priority_areas/0/interventions/1")
        after.status = "completed"
        self.assertIs(ivs[1].status, sp.Status.COMPLETED)
        self.assertEqual(len(ivs), 4)
        # A whole area removed: its interventions go with it.
        area = r.priority_areas[2]
        iv = area.interventions[5]
        del r.priority_areas[2]
        with self.assertRaises(sp.ClosedError):
            iv.outputs[0].text
        with self.assertRaises(sp.ClosedError):
            area.number
        self.assertEqual(r.priority_areas[1].interventions[0].outputs[1].count, 8)

    def test_removed_parts_whose_memory_is_reused(self):
        r = self.seed()
        old = [iv for area in r.priority_areas for iv in area.interventions]
        old_outputs = [o for iv in old for o in iv.outputs]
        for area in r.priority_areas:
            area.interventions.clear()
        # New parts are likely to get the memory of removed ones: the old objects must still know they are gone.
        new = [r.priority_areas[0].interventions.append(name="Ny %d" % i, outputs=[{"text": "o"}]) for i in range(30)]
        for part in old:
            with self.assertRaises(sp.ClosedError):
                part.name
            with self.assertRaises(sp.ClosedError):
                r.priority_areas[0].interventions.remove(part)
        for part in old_outputs:
            with self.assertRaises(sp.ClosedError):
                part.text
        self.assertEqual([iv.name for iv in new], ["Ny %d" % i for i in range(30)])
        self.assertEqual(len(r.priority_areas[0].interventions), 30)

    def test_a_part_keeps_its_report_alive(self):
        iv = sp.loads(SEED_TEXT).priority_areas[1].interventions[0]
        gc.collect()
        self.assertEqual(iv.outputs[1].amount_sek, 1537062)
        r = sp.load(SEED_YAML)
        report = weakref.ref(r)
        region, goals = r.region, r.priority_areas[0].interventions[0].goals
        del r
        gc.collect()
        self.assertIsNotNone(report())
        self.assertEqual(region.name, "Jämtland Härjedalen")
        self.assertEqual(list(goals), ["1.1"])
        del region
        gc.collect()
        self.assertIsNotNone(report())
        del goals
        gc.collect()
        self.assertIsNone(report())

    def test_a_report_is_freed_without_the_garbage_collector(self):
        gc.disable()
        try:
            r = sp.loads(SEED_TEXT)
            report = weakref.ref(r)
            r.priority_areas[1].interventions[0].outputs[1].count
            del r
            self.assertIsNone(report(), "freed by reference counting alone, not left to the cycle collector")
        finally:
            gc.enable()

    def test_copy_and_pickle(self):
        r = self.seed()
        for what, make in (("copy.copy", copy.copy), ("copy.deepcopy", copy.deepcopy),
                           ("pickle", lambda x: pickle.loads(pickle.dumps(x)))):
            with self.subTest(how=what):
                twin = make(r)
                self.assertIsNot(twin, r)
                self.assertEqual(twin, r)
                twin.year = 2025
                self.assertEqual(r.year, 2023)
                del twin
                gc.collect()
                self.assertEqual(r.dumps("yaml"), SEED_TEXT)
        iv = r.priority_areas[0].interventions[0]
        for part in (iv, r.region, iv.goals, iv.outputs, sp.rollup([r])):
            for make in (copy.copy, copy.deepcopy, pickle.dumps):
                if make is copy.copy and isinstance(part, (sp.Node, sp.NodeList, sp.StringList)):
                    continue  # a shallow copy is the same part again: harmless
                with self.subTest(part=type(part).__name__, how=make.__name__), self.assertRaises(TypeError):
                    make(part)
        self.assertEqual(copy.copy(iv), iv)
        twin = copy.deepcopy(r)
        r.close()
        self.assertEqual(twin.region.name, "Jämtland Härjedalen")
        twin.close()


# ---- 7. checking, figures and new reports ---------------------------------------------------------


class Analysis(ReportTestCase):

    def test_validate(self):
        r = self.seed()
        self.assertEqual(r.validate(), [])
        self.assertEqual(r.check(), [])
        findings = r.validate(submission=True, today=datetime.date(2024, 1, 15))
        self.assertEqual([(d.severity, d.code, d.path) for d in findings], [
            ("error", "missing-accessibility-work", "/accessibility_work"),
            ("error", "missing-status", "/priority_areas/2/interventions/3/status"),
            ("error", "missing-status", "/priority_areas/2/interventions/4/status")])
        lines = SEED_TEXT.splitlines()
        for finding, name in zip(findings[1:], ("Samverka på nationell", "Informationsinsatser för tjänstemän")):
            self.assertTrue(lines[finding.line - 1].startswith("  - name: " + name), finding)
            self.assertEqual(finding.column, 5)
        self.assertTrue(all(isinstance(d, sp.Diagnostic) and d.message for d in findings))
        with self.assertRaises(sp.ValidationError) as caught:
            r.check(submission=True, today=datetime.date(2024, 1, 15))
        self.assertEqual(caught.exception.diagnostics, findings)
        self.assertIn("3 errors", str(caught.exception))
        r.accessibility_work = "Kartläggning av servicepunkter i länet."
        for iv in r.priority_areas[2].interventions:
            iv.status = iv.status or "completed"
        self.assertEqual(r.check(submission=True, today=datetime.date(2024, 1, 31)), [])
        late = r.check(submission=True, today=datetime.date(2024, 2, 1))
        self.assertEqual([(d.severity, d.code) for d in late], [("warning", "deadline-passed")])
        r.priority_areas[0].interventions[0].goals.append("9.9")
        self.assertEqual([(d.code, d.path) for d in r.validate()],
                         [("unknown-goal", "/priority_areas/0/interventions/0/goals/1")])

    def test_deadline(self):
        r = self.seed()
        self.assertEqual(r.deadline(datetime.date(2024, 1, 15)), (datetime.date(2024, 1, 31), 16))
        self.assertEqual(r.deadline(datetime.date(2024, 1, 31)), (datetime.date(2024, 1, 31), 0))
        self.assertEqual(r.deadline(datetime.date(2024, 2, 1)), (datetime.date(2024, 1, 31), -1))
        self.assertEqual(r.deadline(datetime.date(2023, 1, 31)), (datetime.date(2024, 1, 31), 365))
        when, days = r.deadline()
        self.assertEqual(when, datetime.date(2024, 1, 31))
        self.assertLessEqual(abs(days - (when - datetime.date.today()).days), 1)
        r.year = 2024
        self.assertEqual(r.deadline(datetime.date(2025, 1, 1)), (datetime.date(2025, 1, 31), 30))

    def test_figures(self):
        r = self.seed()
        f = r.figures()
        self.assertEqual(f.kronor_total, 7773227)
        self.assertEqual(f.kronor_total, sum(o.amount_sek or 0 for a in r.priority_areas for iv in a.interventions
                                             for o in iv.outputs))
        self.assertEqual(f.decisions_total, 30)
        self.assertEqual(f.kronor[sp.SupportType.HOME_DELIVERY_GRANT], 1537062)
        self.assertEqual(f.decisions[sp.SupportType.INVESTMENT_GRANT], 12)
        self.assertEqual(f.kronor[sp.SupportType.GROCERY_INVESTMENT], 0)
        self.assertEqual(f.fte, {sp.StaffingArea.COORDINATION: D("0.85"), sp.StaffingArea.CASE_HANDLING: D("0.65")})
        self.assertEqual(f.fte_total, D("1.5"))
        self.assertEqual((f.interventions, f.interventions_per_area), (14, [5, 3, 6]))
        self.assertEqual(f.by_status, {sp.Status.CONTINUING: 12, sp.Status.COMPLETED: 0, None: 2})
        self.assertEqual(f.by_service_type, {sp.ServiceType.GROCERIES: 3, sp.ServiceType.FUEL: 3,
                                             sp.ServiceType.AGENT_SERVICES: 3, sp.ServiceType.BROADER_CONTEXT: 11})
        self.assertEqual(f.trends[sp.SupportType.GROCERY_INVESTMENT], sp.Trend.INCREASE)
        self.assertIsNone(f.trends[sp.SupportType.OTHER])

    def test_rollup_is_a_mapping_of_years(self):
        r = self.seed()
        gotland, later = self.rollup_variants(r)
        rollup = sp.rollup([later, r, gotland])
        self.assertIsInstance(rollup, collections.abc.Mapping)
        self.assertEqual(list(rollup), [2023, 2024])     # raised KeyError 0 when iteration indexed from 0
        self.assertEqual(len(rollup), 2)
        self.assertIn(2024, rollup)
        self.assertNotIn(2025, rollup)
        self.assertNotIn("2024", rollup)
        self.assertEqual([year for year, totals in rollup.items()], [2023, 2024])
        self.assertEqual(rollup.get(2024).regions, ["Jämtland Härjedalen"])
        self.assertIsNone(rollup.get(2025))
        self.assertEqual(dict(rollup)[2023], rollup[2023])
        self.assertEqual(list(sp.rollup([])), [])

    def test_rollup_closes(self):
        r = self.seed()
        with sp.rollup([r]) as rollup:
            self.assertEqual(rollup.years, [2023])
        for use in (lambda: rollup.years, lambda: list(rollup), lambda: len(rollup), lambda: rollup[2023],
                    lambda: rollup.add(r)):
            with self.assertRaises(sp.ClosedError):
                use()
        rollup.close()  # again: nothing happens
        other = sp.Rollup([r])
        other.close()
        with self.assertRaises(sp.ClosedError):
            2023 in other

    def test_severity_and_change_kinds_are_enums(self):
        r = self.seed()
        late = r.validate(submission=True, today=datetime.date(2024, 2, 15))
        self.assertTrue(late)
        for finding in late:
            self.assertIsInstance(finding.severity, sp.Severity)
        self.assertEqual(late[0].severity, sp.Severity.WARNING)
        self.assertEqual(late[0].severity, "warning")     # equal to its text, as before
        self.assertEqual(str(sp.Severity.ERROR), "error")
        self.assertEqual({severity for _, severity, _ in sp.rules()}, {sp.Severity.ERROR, sp.Severity.WARNING})
        new = r.copy()
        self.addCleanup(new.close)
        new.priority_areas[0].interventions.append(name="Ny")
        new.priority_areas[0].interventions[0].status = "completed"
        new.staffing[0].positions[0].fte = "0.9"
        kinds = [change.kind for change in r.diff(new)]
        self.assertTrue(all(isinstance(kind, sp.ChangeKind) for kind in kinds))
        self.assertEqual(set(kinds), {sp.ChangeKind.ADDED, sp.ChangeKind.STATUS, sp.ChangeKind.FIGURE})
        self.assertEqual([k.value for k in sp.ChangeKind], ["added", "removed", "status", "figure"])

    def rollup_variants(self, r):
        """Another region of the same year, made from nothing; the seed's region a year later."""
        gotland = self.built()
        gotland.region.name = "Region Gotland"
        gotland.year = 2023
        gotland.demand_outlook[0].trend = "decrease"   # service_grant
        gotland.demand_outlook.append(support_type="grocery_investment", trend="decrease")
        gotland.staffing[0].positions[0].fte = "0.5"   # coordination 0.75, case handling 0.125
        gotland.collaboration.append(actor="civil_society", ladder_step="consultation")
        later = r.copy()
        self.addCleanup(later.close)
        later.year = 2024
        later.priority_areas[0].interventions[0].status = "completed"
        later.priority_areas[1].interventions[0].outputs[1].count = 10
        return gotland, later

    def test_rollup(self):
        r = self.seed()
        gotland, later = self.rollup_variants(r)
        rollup = sp.rollup([later, r, gotland])
        self.assertEqual(rollup.years, [2023, 2024])
        y = rollup[2023]
        self.assertEqual((y.year, y.regions), (2023, ["Jämtland Härjedalen", "Region Gotland"]))
        self.assertEqual(y.trends[sp.SupportType.GROCERY_INVESTMENT],
                         {None: 0, sp.Trend.DECREASE: 1, sp.Trend.UNCHANGED: 0, sp.Trend.INCREASE: 1})
        self.assertEqual(y.trends[sp.SupportType.SERVICE_GRANT],
                         {None: 0, sp.Trend.DECREASE: 2, sp.Trend.UNCHANGED: 0, sp.Trend.INCREASE: 0})
        self.assertEqual(y.trends[sp.SupportType.SPECIAL_OPERATING_SUPPORT],
                         {None: 1, sp.Trend.DECREASE: 0, sp.Trend.UNCHANGED: 1, sp.Trend.INCREASE: 0})
        self.assertEqual(y.fte_sum, {None: D("2.375"), sp.StaffingArea.COORDINATION: D("1.6"),
                                     sp.StaffingArea.CASE_HANDLING: D("0.775")})
        self.assertEqual(y.fte_mean[sp.StaffingArea.COORDINATION], D("0.8"))
        self.assertEqual(y.fte_mean[None], D("1.188"))  # 1.1875, rounded half up
        self.assertEqual(y.decisions[None], 32)
        self.assertEqual(y.decisions[sp.SupportType.SERVICE_GRANT], 9)
        self.assertEqual(y.kronor[sp.SupportType.SERVICE_GRANT], 1307710)
        self.assertEqual(y.kronor[None], 8073227)
        self.assertEqual(y.ladder[sp.Actor.CIVIL_SOCIETY][sp.LadderStep.CONVERSATION], 1)
        self.assertEqual(y.ladder[sp.Actor.CIVIL_SOCIETY][sp.LadderStep.CONSULTATION], 1)
        self.assertEqual(y.ladder[sp.Actor.OTHER][sp.LadderStep.CONSULTATION], 1)
        self.assertEqual(y.ladder[sp.Actor.OTHER][None], 1)
        self.assertEqual(y.ladder[sp.Actor.MUNICIPALITIES][sp.LadderStep.JOINT_ACTION], 1)
        self.assertEqual(y.by_status, {None: 2, sp.Status.CONTINUING: 13, sp.Status.COMPLETED: 0})
        self.assertEqual(y.by_service_type[sp.ServiceType.FUEL], 4)
        y = rollup[2024]
        self.assertEqual(y.regions, ["Jämtland Härjedalen"])
        self.assertEqual(y.decisions[None], 32)
        self.assertEqual(y.fte_sum[None], D("1.5"))
        self.assertEqual(y.by_status[sp.Status.COMPLETED], 1)
        with self.assertRaises(KeyError):
            rollup[2025]
        with self.assertRaises(sp.Error) as caught:
            rollup.add(r)
        self.assertEqual(caught.exception.code, "SP_EDUPLICATE")
        self.assertEqual(rollup[2023].regions, ["Jämtland Härjedalen", "Region Gotland"])

    def test_diff(self):
        r = self.seed()
        new = r.copy()
        self.addCleanup(new.close)
        self.assertEqual(r.diff(new), [])
        iv = new.priority_areas[0].interventions[0]
        iv.status = sp.Status.COMPLETED
        new.staffing[1].positions[0].fte = "0.2"
        self.assertEqual(r.diff(new), [
            sp.Change("status", 1, iv.name, sp.Status.CONTINUING, sp.Status.COMPLETED),
            sp.Change("figure", None, "fte", D("1.5"), D("1.6")),
            sp.Change("figure", None, "fte/case_handling", D("0.65"), D("0.75"))])
        self.assertEqual(sp.diff(r, new), r.diff(new))
        del new.priority_areas[2].interventions[5]
        new.priority_areas[2].interventions.append(name="Ny insats")
        new.demand_outlook[0].trend = None
        changes = r.diff(new)
        self.assertEqual([(c.kind, c.area, c.subject) for c in changes if c.kind in ("added", "removed")], [
            ("removed", 3,
             "Arbeta proaktivt i spridande av information samt i handläggning av stöd för servicegivare."),
            ("added", 3, "Ny insats")])
        self.assertIn(sp.Change("figure", None, "trend/grocery_investment", sp.Trend.INCREASE, None), changes)

    def test_next_year(self):
        r = self.seed()
        r.priority_areas[0].interventions[0].next_year = "Bevaka postlagen"
        with r.next_year() as n:
            self.assertEqual((n.year, n.region.name, n.region.county_code), (2024, "Jämtland Härjedalen", "23"))
            self.assertEqual(sum(len(a.interventions) for a in n.priority_areas), 12)
            self.assertEqual([len(a.interventions) for a in n.priority_areas], [5, 3, 4])
            self.assertEqual(len(n.program.goals), 8)
            # The questions are there to answer, unanswered, as in a template.
            self.assertEqual([d.support_type for d in n.demand_outlook], list(sp.SupportType)[:5])
            self.assertEqual({d.trend for d in n.demand_outlook}, {None})
            self.assertEqual(len(n.staffing), 2)
            self.assertEqual(len(n.collaboration), len(sp.Actor))
            self.assertEqual(len(n.contacts), 2)
            for iv in (iv for a in n.priority_areas for iv in a.interventions):
                self.assertIsNone(iv.status)
                self.assertEqual(len(iv.outputs), 0)
                self.assertEqual(iv.effects.to_dict(), {})
                self.assertIsNone(iv.lessons)
            first = n.priority_areas[0].interventions[0]
            self.assertEqual((first.description, first.next_year), ("Bevaka postlagen", None))
            self.assertEqual(list(first.goals), ["1.1"])
            names = [iv.name for a in n.priority_areas for iv in a.interventions]
            self.assertNotIn(
                "Informationsinsatser för tjänstemän och politiker gällande servicerelaterade frågor", names)
            self.assertEqual(n.figures().kronor_total, 0)
        self.assertEqual(r.year, 2023)

    def test_redact(self):
        r = self.seed()
        with r.redact() as redacted:
            for syntax in ("json", "yaml"):
                text = redacted.dumps(syntax)
                self.assertNotIn("@", text)
                for name in ("Maria Kumpula", "Ville Welin", "Malin Nyqvist Ljungberg", "Kumpula", "Welin", "Nyqvist"):
                    self.assertNotIn(name, text)
            self.assertEqual([(c.name, c.email, c.roles) for c in redacted.contacts],
                             [(None, None, c.roles) for c in r.contacts])
            names = [[p.name for p in s.positions] for s in redacted.staffing]
            self.assertEqual(names, [["Person 1", "Person 2", "Person 3", "Projektledare", "Ekonom", "Strateg"],
                                     ["Person 2", "Hantering av nya stödärenden"]])
            self.assertEqual(redacted.figures(), r.figures())
        self.assertEqual(r.contacts[0].email, "malin.nyqvistljungberg@regionjh.se")

    def test_template(self):
        with sp.template("Region Västerbotten", 2025) as t:
            self.assertEqual((t.region.name, t.year), ("Region Västerbotten", 2025))
            self.assertEqual([d.support_type for d in t.demand_outlook], list(sp.SupportType)[:5])
            self.assertTrue(all(d.trend is None for d in t.demand_outlook))
            self.assertEqual([s.area for s in t.staffing], list(sp.StaffingArea))
            self.assertEqual([c.roles for c in t.contacts], [{role} for role in sp.ContactRole])
            self.assertEqual([c.actor for c in t.collaboration], list(sp.Actor))
            self.assertEqual(t.validate(), [])
            codes = {d.code for d in t.validate(submission=True, today=datetime.date(2026, 1, 1))}
            self.assertLessEqual({"missing-demand", "missing-future-outlook", "missing-accessibility-work"}, codes)
            with sp.loads(t.dumps("yaml")) as again:
                self.assertEqual(again, t)

    def test_rules(self):
        rules = sp.rules()
        codes = [code for code, _, _ in rules]
        self.assertEqual(len(codes), len(set(codes)))
        self.assertGreaterEqual(len(rules), 20)
        self.assertTrue(all(severity in ("error", "warning") and description for _, severity, description in rules))
        by_code = {code: severity for code, severity, _ in rules}
        self.assertEqual(by_code["missing-status"], "error")
        self.assertEqual(by_code["deadline-passed"], "warning")
        self.assertEqual(by_code["fte-above-one"], "warning")
        self.assertEqual(by_code["unknown-goal"], "error")
        r = self.seed()
        for finding in r.validate(submission=True, today=datetime.date(2024, 3, 1)):
            self.assertEqual(by_code[finding.code], finding.severity)


# ---- 8. memory -----------------------------------------------------------------------------------


@unittest.skipUnless(os.path.exists("/proc/self/statm"), "needs /proc/self/statm")
class Package(unittest.TestCase):
    """What tools and start-up see of the package."""

    def test_py_typed(self):
        self.assertTrue(os.path.isfile(os.path.join(os.path.dirname(sp.__file__), "py.typed")))

    def test_generated_classes_are_the_exported_ones(self):
        self.assertEqual(sp.Intervention.__module__, "serviceprogram._generated")
        self.assertIs(sp.CLASSES["intervention"], sp.Intervention)
        self.assertIs(type(sp.Report("X", 2024)), sp.Report)
        self.assertIn("Intervention", sp.__all__)
        self.assertEqual(getattr(sp.Position, "from"), sp.Position.from_)  # a keyword key, both ways

    def test_a_missing_library_is_told_in_the_locales_language(self):
        """Before the library is loaded its catalogue is not there: the few messages of that moment carry
        their Swedish themselves."""
        code = "import serviceprogram"
        base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        base.update(PYTHONPATH=os.path.dirname(os.path.dirname(sp.__file__)), SERVICEPROGRAM_LIBRARY="/nonexistent/lib.so")
        for locale, expected in (({"LANG": "sv_SE.UTF-8"}, "kan inte läsa in C-biblioteket"),
                                 ({"LANG": "C.UTF-8", "LANGUAGE": "sv"}, "cannot load the C library"),
                                 ({"LANG": "en_GB.UTF-8", "LANGUAGE": "sv:en"}, "kan inte läsa in C-biblioteket"),
                                 ({"LANG": "sv_SE.UTF-8", "LC_ALL": "C"}, "cannot load the C library")):
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(base, **locale))
            self.assertNotEqual(out.returncode, 0)
            self.assertIn("LibraryNotFound: serviceprogram: " + expected, out.stderr, locale)

    def test_import_needs_no_heavy_modules(self):
        """Importing the package builds no class and imports neither dataclasses, typing, json, decimal
        nor datetime (which _analysis needs, imported at first use): that is what keeps it fast."""
        heavy = ("dataclasses", "typing", "json", "decimal", "datetime", "inspect", "serviceprogram._analysis")
        code = ("import sys; before = set(sys.modules); import serviceprogram; "
                "print(' '.join(sorted(m for m in %r if m in sys.modules and m not in before)))" % (heavy,))
        # -S: without the site module, whose .pth files may import such modules for their own reasons
        out = subprocess.run([sys.executable, "-S", "-c", code], check=True, capture_output=True, text=True,
                             env=dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(sp.__file__))))
        self.assertEqual(out.stdout.strip(), "")
        r = sp.load(SEED_YAML)
        self.addCleanup(r.close)
        self.assertEqual(r.validate(), [])  # and _analysis comes when asked for
        self.assertIs(sp.Rollup, sys.modules["serviceprogram._analysis"].Rollup)


class Memory(unittest.TestCase):
    LIMIT = 8 * 2 ** 20

    def assertNoGrowth(self, cycle, count=10000, warm_up=200):
        for _ in range(warm_up):
            cycle()
        gc.collect()
        before = rss()
        started = time.monotonic()
        for _ in range(count):
            cycle()
        gc.collect()
        growth = rss() - before
        self.assertLess(growth, self.LIMIT, "%d cycles grew the process by %.1f MiB (%.1f s)" % (
            count, growth / 2 ** 20, time.monotonic() - started))

    def test_load_and_close(self):
        def cycle():
            r = sp.loads(SEED_TEXT)
            r.close()
        self.assertNoGrowth(cycle)

    def test_load_without_close(self):
        def cycle():
            r = sp.loads(SEED_TEXT)
            self.assertEqual(r.year, 2023)
        self.assertNoGrowth(cycle)

    def test_everything_else(self):
        seed = sp.loads(SEED_TEXT)
        self.addCleanup(seed.close)
        bad = SEED_TEXT.replace("count: 8", "count: -8")

        def cycle():
            with seed.copy() as r:
                r.dumps("json")
                r.figures()
                r.validate(submission=True, today=datetime.date(2024, 1, 15))
                r.diff(seed)
                r.next_year().close()
                r.priority_areas[1].interventions[0].outputs.append(text="x", count=1)
                del r.priority_areas[0].interventions[0]
                sp.rollup([r])[2023]
            try:
                sp.loads(bad)
            except sp.ParseError:
                pass
        self.assertNoGrowth(cycle, count=1000, warm_up=50)


class OutputText(unittest.TestCase):
    """Outputs understood from their text; the phrase table itself is tests/outputs/phrases.tsv (C)."""

    def test_reading(self):
        self.assertEqual(sp.read_output_text("* Särskilt driftstöd: 24 beslut, 6,48 mkr"),
                         (sp.SupportType.SPECIAL_OPERATING_SUPPORT, 24, 6480000))
        reading = sp.read_output_text("Antal fysiska företagsbesök: 22 st")
        self.assertEqual((reading.support_type, reading.count, reading.amount_sek), (None, 22, None))
        self.assertIsNone(sp.read_output_text("Invigning av två SOT-punkter"))
        with self.assertRaises(sp.InvalidValueError) as caught:
            sp.read_output_text("Servicebidrag 5 st och hemsändning 3 st")
        self.assertEqual(caught.exception.code, "SP_EVALUE")
        with self.assertRaises(TypeError):
            sp.read_output_text(5)

    def test_fill_outputs(self):
        with sp.load(SEED_YAML) as report:
            outputs = report.priority_areas[1].interventions[0].outputs
            self.assertEqual(report.fill_outputs(), 0)  # the seed was transcribed with its figures
            outputs.append(text="Servicebidrag 5 st 1 100 000 kr")
            outputs.append(text="Hemsändning 2 st 10 000 kr")
            outputs[-1].count = 3
            self.assertEqual(report.fill_outputs(), 1)
            self.assertEqual((outputs[-2].support_type, outputs[-2].count, outputs[-2].amount_sek),
                             (sp.SupportType.SERVICE_GRANT, 5, 1100000))
            self.assertEqual((outputs[-1].support_type, outputs[-1].count, outputs[-1].amount_sek),
                             (None, 3, None))


class RegionIdentity(unittest.TestCase):
    def test_rollup_and_same_region(self):
        with sp.load(SEED_YAML) as seed, sp.load(SEED_YAML) as earlier, sp.load(SEED_YAML) as again:
            earlier.year, earlier.region.name = 2022, "Region Jämtland Härjedalen"
            self.assertTrue(seed.same_region(earlier))
            again.region.name, again.region.county_code = "Jämtlands län", None
            self.assertFalse(seed.same_region(again))  # no code to go by, and another name
            again.region.county_code = "23"
            self.assertTrue(seed.same_region(again))
            with self.assertRaises(sp.Error) as caught:
                sp.rollup([seed, again])
            self.assertEqual(caught.exception.code, "SP_EDUPLICATE")
            rollup = sp.rollup([earlier, seed])
            self.assertEqual(rollup[2023].earlier_names, {"Jämtland Härjedalen": "Region Jämtland Härjedalen"})
            self.assertEqual(rollup[2022].earlier_names, {})
            self.assertEqual(rollup[2023].outputs_without_figures, 0)
            seed.priority_areas[1].interventions[0].outputs.append(text="Servicebidrag 2 st 10 000 kr")
            self.assertEqual(seed.figures().outputs_without_figures, 1)
            self.assertEqual(sp.rollup([seed])[2023].outputs_without_figures, 1)
class NativeStructures(unittest.TestCase):
    """The binding takes its options' defaults and the enumerations from the library, not from literals."""

    def test_options_come_from_the_library(self):
        from serviceprogram import _native
        for structure, fields in ((_native.LoadOptions, dict(syntax=2, unknown_keys=1)),
                                  (_native.SaveOptions, dict(syntax=1)),
                                  (_native.ValidateOptions, dict(submission=1, today=20240115))):
            opts = _native.options(structure, **fields)
            self.assertEqual(opts.version, structure.VERSION)
            for name, value in fields.items():
                self.assertEqual(getattr(opts, name), value)
            init = getattr(_native.lib, structure.INIT)
            self.assertEqual(init(ctypes.byref(structure()), 0), -15)  # SP_EINVAL
            self.assertEqual(init(ctypes.byref(structure()), structure.VERSION + 1000), -15)

    def test_every_enumeration_of_the_library_is_a_class(self):
        from serviceprogram import _native
        self.assertEqual(len(sp.ENUMS), _native.lib.sp_enum_count())
        self.assertLessEqual({"Trend", "SupportType", "Status"}, {e.__name__ for e in sp.ENUMS})


if __name__ == "__main__":
    unittest.main(verbosity=2)
