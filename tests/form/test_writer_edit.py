#!/usr/bin/env python3
"""Forms edited inside LibreOffice Writer, and one typed into it from
scratch (writer_form.py), as regions would: rsp form's
output for the bundled report and make_form.py's seed form are opened in a
headless Writer driven through UNO, given hand edits (an answer typed in, a
row added and filled as a new intervention, an empty row, two cells merged,
a mark moved and written x, two output lines joined, text around an FTE, a
status "Klar. Lärdom: …", text where an X belongs), saved from Writer as
.docx (MS Word 2007 XML) and imported with rsp import. The report must be
the one read from the unedited form with exactly these edits, field by
field, and the findings those of the unedited form plus one for each text
that could not be placed. The retyped form gives the report and findings of
make_form.py's seed form.

    test_writer_edit.py RSP BUNDLED_REPORT.yaml

LibreOffice runs as tests/libreoffice/office.py starts it (a private profile,
every process ended, every wait bounded), which exits 77 (skipped), saying
so, when there is no soffice on PATH or no python3-uno for this Python."""
import copy
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "libreoffice")]
import office  # noqa: E402  (exits 77 without soffice or python3-uno)
import make_form  # noqa: E402
import writer_form  # noqa: E402
import uno  # noqa: E402

RSP = BUNDLED = None
PARAGRAPH_BREAK = 0  # com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK

NEW_INTERVENTION = {
    "name": "Rådgivning om energieffektivisering för butiker.",
    "goal": "2.2 Verka för ökad kännedom om nya metoder för att öka servicegivarnas möjligheter till en ekonomisk "
            "och miljömässig hållbarhet.",
    "resources": ["Region Jämtland Härjedalen", "Finansiering: Inom ordinarie budget"],
    "outputs": ["Servicebidrag 2 st 150 000 kr", "Två rådgivningsträffar"],
    "effects": ["Kort sikt: ökad kunskap om energikostnader.", "Lång sikt: lägre driftkostnader."],
    "status": ["Fortsätter", "Fler butiker vill delta."],
}


# ---- driving Writer ----

def top_tables(doc):
    """The document's tables that are not nested in another, in the order of the text."""
    out = []
    e = doc.getText().createEnumeration()
    while e.hasMoreElements():
        block = e.nextElement()
        if block.supportsService("com.sun.star.text.TextTable"):
            out.append(block)
    return out


def all_tables(doc):
    tables = doc.getTextTables()
    return [tables.getByIndex(i) for i in range(tables.getCount())]


def row_of(table, column, text, whole=False):
    """The 1-based row whose cell in the column (a letter) starts with text (or is text, whole)."""
    for r in range(1, table.getRows().getCount() + 1):
        cell = table.getCellByName("%s%d" % (column, r))
        if cell is not None and (cell.getString() == text if whole else cell.getString().startswith(text)):
            return r
    raise AssertionError("no row starting with %r" % text)


def type_lines(cell, lines):
    """Replaces the cell's text with lines, typed as paragraphs."""
    text = cell.getText()
    text.setString("")
    cursor = text.createTextCursor()
    for i, line in enumerate(lines):
        if i:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, line, False)


def paragraphs(text):
    out = []
    e = text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph"):
            out.append(p)
    return out


def join_with_next(cell, index):
    """Joins the cell's paragraph at index with the next one, as Delete at its end and a space do."""
    text = cell.getText()
    p = paragraphs(text)[index]
    cursor = text.createTextCursorByRange(p.getEnd())
    cursor.goRight(1, True)
    cursor.setString(" ")


def type_after_paragraph(doc, starts, line):
    """A paragraph typed after the body's paragraph that starts with `starts`."""
    text = doc.getText()
    for p in paragraphs(text):
        if p.getString().startswith(starts):
            cursor = text.createTextCursorByRange(p.getEnd())
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            text.insertString(cursor, line, False)
            return
    raise AssertionError("no paragraph starting with %r" % starts)


def edit(doc):
    """The hand edits, found by the form's words so that both forms take them."""
    tables = top_tables(doc)
    demand = next(t for t in tables if t.getCellByName("A1").getString() == "Stödtyp")
    # Question 1: the X of Servicebidrag moved from Minskar to Ökar, written x;
    # a word where an X belongs beside Hemsändningsbidrag's X.
    r = row_of(demand, "A", "Servicebidrag")
    demand.getCellByName("B%d" % r).setString("")
    demand.getCellByName("D%d" % r).setString("x")
    demand.getCellByName("D%d" % row_of(demand, "A", "Hemsändningsbidrag")).setString("kanske")
    # Question 3: text around an FTE in a nested table.
    roles = next(t for t in all_tables(doc) if t.getCellByName("A1") is not None
                 and any(t.getCellByName("A%d" % r).getString() == "Ekonom" for r in range(1, t.getRows().getCount() + 1)))
    roles.getCellByName("B%d" % row_of(roles, "A", "Ekonom")).setString("ca 0,2 åa")
    # Question 5: an answer typed under the question.
    type_after_paragraph(doc, "5. Beskriv", "Vi har besökt alla butiker i länet under året.")
    # Question 6: the empty row "Annan" filled in.
    collaboration = next(t for t in tables if t.getCellByName("A1").getString() == "Aktör")
    r = row_of(collaboration, "A", "Annan", whole=True)
    type_lines(collaboration.getCellByName("B%d" % r),
               ["Möten med Hushållningssällskapet om landsbygdsservice.", "Steg i samverkanstrappan: Samverkan"])
    collaboration.getCellByName("C%d" % r).setString("Svårt att hitta tid.")

    area1, area2, area3 = [t for t in tables if t.getCellByName("A1").getString().startswith("Handlingsplan")]
    # Area 1: the first mark written x, an empty row after the first
    # intervention, the goal cells of the second and third (the same goal) merged.
    first = row_of(area1, "A", "Vara aktiv i dialog")
    area1.getCellByName("G%d" % first).setString("x")
    area1.getRows().insertByIndex(first, 1)
    second = row_of(area1, "A", "Verka för att det finns regelbunden")
    goal = area1.getCellByName("B%d" % second).getString()
    cursor = area1.createCursorByCellName("B%d" % second)
    cursor.gotoCellByName("B%d" % (second + 1), True)
    cursor.mergeRange()
    area1.getCellByName("B%d" % second).setString(goal)
    # Area 2: two output lines joined; a word where an X belongs; a row
    # added at the end and filled in as a new intervention.
    first = row_of(area2, "A", "Sprida kunskap")
    outputs = area2.getCellByName("H%d" % first)
    index = next(i for i, p in enumerate(paragraphs(outputs.getText())) if "Hemsändning 8 st" in p.getString())
    join_with_next(outputs, index)
    area2.getCellByName("G%d" % row_of(area2, "A", "Bidra till att digitaliseringens")).setString("delvis")
    rows = area2.getRows().getCount()
    area2.getRows().insertByIndex(rows, 1)
    new = rows + 1
    n = NEW_INTERVENTION
    for column, lines in (("A", [n["name"]]), ("B", [n["goal"]]), ("C", n["resources"]), ("E", ["X"]),
                          ("H", n["outputs"]), ("I", n["effects"]), ("J", n["status"])):
        type_lines(area2.getCellByName("%s%d" % (column, new)), lines)
    # Area 3: an intervention without a status marked done, with its lesson.
    r = row_of(area3, "A", "Samverka på nationell nivå")
    type_lines(area3.getCellByName("J%d" % r), ["Klar. Lärdom: samverkan tar tid att bygga upp."])


def expected_after_edits(report):
    """The report read from the unedited form, with the edits made to it."""
    r = copy.deepcopy(report)
    demand = {d["support_type"]: d for d in r["demand_outlook"]}
    demand["service_grant"]["trend"] = "increase"
    # The word where an X belongs goes to the comment, before the comment's own text.
    home = demand["home_delivery_grant"]
    home["comment"] = "kanske\n" + home["comment"]
    coordination = next(s for s in r["staffing"] if s["area"] == "coordination")
    next(p for p in coordination["positions"] if p["name"] == "Ekonom")["fte"] = 0.2
    coordination["note"] = coordination["note"] + "\nca 0,2 åa"
    r["accessibility_work"] = "Vi har besökt alla butiker i länet under året."
    other = next(c for c in r["collaboration"] if c["actor"] == "other")
    other.update({"description": "Möten med Hushållningssällskapet om landsbygdsservice.",
                  "ladder_step": "collaboration", "challenges": "Svårt att hitta tid."})
    area2 = r["priority_areas"][1]["interventions"]
    area2[1]["description"] = "delvis" if "description" not in area2[1] else area2[1]["description"] + "\ndelvis"
    n = NEW_INTERVENTION
    area2.append({
        "name": n["name"], "goals": ["2.2"], "actors": ["Region Jämtland Härjedalen"], "funding": "Inom ordinarie budget",
        "service_types": ["fuel"],
        "outputs": [{"text": "Servicebidrag 2 st 150 000 kr", "support_type": "service_grant", "count": 2,
                     "amount_sek": 150000}, {"text": "Två rådgivningsträffar"}],
        "effects": {"short_term": "ökad kunskap om energikostnader.", "long_term": "lägre driftkostnader."},
        "status": "continuing", "lessons": "Fler butiker vill delta."})
    national = next(i for i in r["priority_areas"][2]["interventions"] if i["name"].startswith("Samverka på nationell"))
    national["status"] = "completed"
    national["lessons"] = "Lärdom: samverkan tar tid att bygga upp."
    return r


def save_docx(doc, path):
    """Saves from Writer as Word 2007-365 .docx, as "Keep current format" does, and closes the document."""
    doc.storeToURL(uno.systemPathToFileUrl(path), office.props(FilterName="MS Word 2007 XML", Overwrite=True))
    doc.close(True)


class WriterEditTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        cls.forms = {"written": os.path.join(d, "written.docx"), "seed": os.path.join(d, "seed.docx")}
        subprocess.run([RSP, "form", "-o", cls.forms["written"], BUNDLED], check=True, timeout=60)
        make_form.build(cls.forms["seed"], set())
        cls.edited = {}
        cls.retyped = os.path.join(d, "retyped.docx")
        with office.Office(limit=240) as lo:
            for name, path in cls.forms.items():
                doc = lo.load(path)
                edit(doc)
                cls.edited[name] = os.path.join(d, "edited-" + name + ".docx")
                save_docx(doc, cls.edited[name])
            new = lo.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, office.props(Hidden=True))
            save_docx(writer_form.build(new), cls.retyped)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def imported(self, form):
        out = form + ".json"
        p = subprocess.run([RSP, "import", "-o", out, form], capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(out, encoding="utf-8") as f:
            return json.load(f), [line.replace(form + ": ", "") for line in p.stderr.splitlines()]

    def check_form(self, name):
        before, findings_before = self.imported(self.forms[name])
        after, findings = self.imported(self.edited[name])
        expected = expected_after_edits(before)
        for key in sorted(set(expected) | set(after)):
            if key == "priority_areas":
                for a, (want, got) in enumerate(zip(expected[key], after.get(key, []))):
                    self.assertEqual(len(got["interventions"]), len(want["interventions"]), "area %d" % (a + 1))
                    for i, (w, g) in enumerate(zip(want["interventions"], got["interventions"])):
                        self.assertEqual(g, w, "area %d, intervention %d" % (a + 1, i + 1))
            self.assertEqual(after.get(key), expected.get(key), key)
        added = [f for f in findings if f not in findings_before]
        self.assertEqual(sorted(set(findings_before) - set(findings)), [], "findings of the unedited form are kept")
        return added

    # Each text that could not be placed is a finding at its table, row and column
    # (tables counted in the order of the document, nested ones included).
    KANSKE = "table 1, row 5, column 4: question 1: text where an X belongs; it was kept in the comment"
    DELVIS = "table 8, row 5, column 7: part B: text where an X belongs; it was kept in the description"

    def test_bundled_report_form(self):
        # rsp form writes outputs as lines without bullets: the two joined lines are
        # cut where a capitalised word follows "kr", and that is said.
        self.assertEqual(self.check_form("written"), [
            self.KANSKE, "table 3, row 5, column 2: question 3: text around an FTE; it was kept in the note",
            "table 8, row 4, column 8: part B: outputs written on one line were read as separate outputs", self.DELVIS])

    def test_seed_form(self):
        # The seed's outputs are bullet lines "* …": joined, the bullets still part them.
        self.assertEqual(self.check_form("seed"), [
            self.KANSKE, "table 3, row 2, column 2: question 3: text around an FTE; it was kept in the note",
            self.DELVIS])

    def test_retyped_form(self):
        self.assertEqual(self.imported(self.retyped), self.imported(self.forms["seed"]))


if __name__ == "__main__":
    RSP, BUNDLED = sys.argv[1:3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
