"""The seed's form retyped from scratch in LibreOffice Writer through UNO, as
a region without the Word template might: make_form.py's text, tables
created in Writer with column widths of their own, the headings of question 1
written whole ("Minskar", "Oförändrad"), the question texts reworded a little,
nested tables of roles and FTE typed into the cells of question 3, part B's
heading cells merged in Writer."""
import make_form

PARAGRAPH_BREAK = 0  # com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK

QUESTIONS = [
    "1. Hur bedömer ni att efterfrågan på respektive stödtyp utvecklas under de kommande två åren? Kommentera gärna.",
    "2. Har ni någon annan framtidsspaning att dela med er av?",
    "3. Hur mycket personalresurser har regionen avsatt för det regionala serviceprogrammet under året? "
    "Ange årsarbetskrafter (en halvtid är 0,5).",
    "4. Vilka personer i regionen är kontaktpersoner gentemot Tillväxtverket? Ange namn och e-post.",
    "5. Beskriv hur ni under året har arbetat med att främja tillgänglighet till kommersiell service i serviceglesa områden.",
    "6. Vilka aktörer ingår i samverkan kring programmet, och på vilket steg i samverkanstrappan?",
]


def paragraph(text, cursor, line):
    text.insertString(cursor, line, False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)


def type_lines(cell, lines):
    text = cell.getText()
    cursor = text.createTextCursor()
    for i, line in enumerate(lines):
        if i:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, line, False)


def widths(table, relative):
    """Column widths in parts of the table's width, set through the column separators."""
    total = table.TableColumnRelativeSum
    separators = table.TableColumnSeparators
    at = 0
    for i, sep in enumerate(separators):
        at += relative[i]
        sep.Position = int(total * at / sum(relative))
    table.TableColumnSeparators = separators


def table(doc, text, cursor, rows, columns, relative):
    t = doc.createInstance("com.sun.star.text.TextTable")
    t.initialize(rows, columns)
    text.insertTextContent(cursor, t, False)
    widths(t, relative)
    return t


def merge(t, first, last):
    cursor = t.createCursorByCellName(first)
    cursor.gotoCellByName(last, True)
    cursor.mergeRange()


def cell_name(column, row):
    return "%s%d" % (chr(ord("A") + column), row)


def build(doc):
    text = doc.getText()
    cursor = text.createTextCursor()
    cursor.gotoEnd(False)
    paragraph(text, cursor, "Uppföljning av regionala serviceprogram 2022–2030")
    paragraph(text, cursor, "Region: " + make_form.REGION)
    paragraph(text, cursor, QUESTIONS[0])
    t = table(doc, text, cursor, 1 + len(make_form.DEMAND), 5, [30, 8, 10, 8, 44])
    for c, heading in enumerate(("Stödtyp", "Minskar", "Oförändrad", "Ökar", "Kommentar")):
        type_lines(t.getCellByName(cell_name(c, 1)), [heading])
    for r, (label, trend, comment) in enumerate(make_form.DEMAND, start=2):
        type_lines(t.getCellByName(cell_name(0, r)), [label])
        type_lines(t.getCellByName(cell_name(1 + trend, r)), ["X"])
        type_lines(t.getCellByName(cell_name(4, r)), [comment])
    paragraph(text, cursor, QUESTIONS[1])
    paragraph(text, cursor, "Stort fokus på semiobemannat. Många butiker tittar över energieffektiviseringar.")
    paragraph(text, cursor, QUESTIONS[2])
    t = table(doc, text, cursor, 1 + len(make_form.STAFFING), 2, [35, 65])
    type_lines(t.getCellByName("B1"), ["Årsarbetskrafter"])
    for r, (label, paragraphs, roles) in enumerate(make_form.STAFFING, start=2):
        type_lines(t.getCellByName("A%d" % r), [label])
        cell = t.getCellByName("B%d" % r)
        type_lines(cell, paragraphs)
        inner = cell.getText()
        end = inner.createTextCursor()
        end.gotoEnd(False)
        inner.insertControlCharacter(end, PARAGRAPH_BREAK, False)
        nested = doc.createInstance("com.sun.star.text.TextTable")
        nested.initialize(len(roles), 2)
        inner.insertTextContent(end, nested, False)
        for k, (name, fte) in enumerate(roles, start=1):
            type_lines(nested.getCellByName("A%d" % k), [name])
            type_lines(nested.getCellByName("B%d" % k), [fte])
    paragraph(text, cursor, QUESTIONS[3])
    t = table(doc, text, cursor, 1 + len(make_form.CONTACTS), 3, [30, 30, 40])
    type_lines(t.getCellByName("B1"), ["Namn"])
    type_lines(t.getCellByName("C1"), ["E-post"])
    for r, row in enumerate(make_form.CONTACTS, start=2):
        for c, value in enumerate(row):
            type_lines(t.getCellByName(cell_name(c, r)), [value])
    paragraph(text, cursor, QUESTIONS[4])
    paragraph(text, cursor, QUESTIONS[5])
    t = table(doc, text, cursor, 1 + len(make_form.COLLABORATION), 3, [20, 50, 30])
    for c, heading in enumerate(("Aktör", "Beskriv samverkan", "Eventuella utmaningar eller framgångsfaktorer")):
        type_lines(t.getCellByName(cell_name(c, 1)), [heading])
    for r, (actor, description, challenges) in enumerate(make_form.COLLABORATION, start=2):
        type_lines(t.getCellByName("A%d" % r), [actor])
        type_lines(t.getCellByName("B%d" % r), description)
        type_lines(t.getCellByName("C%d" % r), [challenges] if challenges else [])
    paragraph(text, cursor, "Uppföljning och redovisning av insatser i regionalt serviceprogram")
    paragraph(text, cursor, "Region: " + make_form.REGION)
    for number, title, items in make_form.AREAS:
        paragraph(text, cursor, "Prioriterat område %d. %s" % (number, title))
        t = table(doc, text, cursor, 3 + len(items), 10, [22, 14, 14, 4, 4, 6, 5, 12, 12, 7])
        for r, item in enumerate(items, start=4):
            name, goal, resources, marks, outputs, effects, status = item
            for c, lines in enumerate(([name], [goal], resources)):
                type_lines(t.getCellByName(cell_name(c, r)), lines)
            for m in marks:
                type_lines(t.getCellByName(cell_name(3 + m, r)), ["X"])
            type_lines(t.getCellByName(cell_name(7, r)), outputs)
            type_lines(t.getCellByName(cell_name(8, r)), effects)
            type_lines(t.getCellByName(cell_name(9, r)), status)
        for c, label in enumerate(make_form.SERVICE):
            type_lines(t.getCellByName(cell_name(3 + c, 3)), [label])
        headings = [["Planerade insatser", "Namn och beskrivning."],
                    ["Mål", "Mål i RSP (samt ev. i RUS och Agenda 2030) som insatsen ska leda till."],
                    ["Resurser", "Vilka aktörer ska genomföra insatsen och med vilka resurser?"],
                    ["Huvudsakligt serviceslag", "Markera med X."], None, None, None,
                    ["Resultat i form av prestationer", "Vilka aktiviteter har genomförts?"],
                    ["Resultat/förväntade resultat i form av effekter på kort, medellång och lång sikt"],
                    ["Status", "Klar/Fortsätter", "Vad tar vi med oss?"]]
        for c, lines in enumerate(headings):
            if lines:
                type_lines(t.getCellByName(cell_name(c, 2)), lines)
        type_lines(t.getCellByName("A1"), ["Handlingsplan för verksamhetsår 2023"])
        type_lines(t.getCellByName("H1"), ["Uppföljning av verksamhetsår 2023"])
        type_lines(t.getCellByName("J1"), ["Till nästa år, 2024"])
        # Merged from the right, so that the names of the cells to the left stay.
        merge(t, "D2", "G2")
        merge(t, "H1", "I1")
        merge(t, "A1", "G1")
    return doc
