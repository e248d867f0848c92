"""The sheets of a report document: where every field of the format lives.

Both the writer (report -> sheets) and the reader (sheets -> report) work from these tables, so the two
cannot drift apart. Headings are the Swedish ones of Tillväxtverket's template; columns for fields the
template has no column of are "extra" and get a grey heading.
"""
from collections import namedtuple

import serviceprogram as sp

QUESTIONS = "Frågor"
PROGRAM = "Program"
CONTROL = "Kontroll"
AREA_SHEET = "Område %d"
AREA_MARK = "Prioriterat område"  # cell B1 of every priority-area sheet: how the reader knows one

# A column's width is in cm; 0 on the questions sheet, where QUESTION_WIDTHS decides.
# Column kinds:
#   text     one text
#   lines    a list of texts, one per line of the cell
#   int      a whole number; "amount" the same, shown with thousands separators
#   decimal  a decimal number (FTE)
#   label    an enumeration, written as its Swedish label (the token or label in any case is read)
#   choice   X in the column of the enumeration's member `value` (one column per member)
#   member   X when the set contains `value` (one column per member)
#   yesno    true / false as "Ja" / "Nej", empty when absent
#   marker   no field: a filled cell starts a new item (the intervention number)
# `path` is the key in the item, or a tuple for a nested object (("effects", "short_term"));
# `level` 1 puts the field in the item's sub-list (an intervention's outputs, a staffing area's positions).
Column = namedtuple("Column", "path heading width kind enum value extra level")


def col(path, heading, width, kind="text", enum=None, value=None, extra=False, level=0):
    return Column(path, heading, width, kind, enum, value, extra, level)


def choices(path, enum, width):
    """One X column per member of `enum`, for a field that holds one of them."""
    return [col(path, m.label_sv, width, "choice", enum, m.value) for m in enum]


def members(path, enum, width):
    """One X column per member of `enum`, for a set of them."""
    return [col(path, m.label_sv, width, "member", enum, m.value) for m in enum]


GAP = None  # a column a table leaves empty, so that all tables of the questions sheet share widths

# ---- the questions sheet ------------------------------------------------------------------------
# Its tables are stacked; they share one grid of column widths (cm): a wide first column, three narrow
# columns for X marks, then wide text columns.
QUESTION_WIDTHS = [6.5, 2.8, 2.8, 2.8, 8.5, 6.5, 5.0, 4.0]

# The report's own fields, above the first question: label in column A, value in column B.
HEAD = [
    (("region", "name"), "Region", "text"),
    (("region", "county_code"), "Länskod", "text"),
    (("year",), "Verksamhetsår", "int"),
    (("format",), "Format", "text"),
]

TITLE = "Frågor för uppföljning av regionala serviceprogram 2022–2030"

Question = namedtuple("Question", "number key text columns sub_key")

QUESTIONS_LIST = [
    Question(1, "demand_outlook",
             "1. Hur bedömer regionen att efterfrågan av respektive stödtyp kommer att utvecklas de kommande "
             "två åren? Markera med X och lämna kommentar.",
             [col("support_type", "Stödtyp", 0, "label", sp.SupportType)]
             + choices("trend", sp.Trend, 0)
             + [col("comment", "Kommentar", 0),
                col("budget_insufficient", "Budgeten räcker inte (Ja/Nej)", 0, "yesno", extra=True),
                col("not_prioritised", "Används eller prioriteras inte (Ja/Nej)", 0, "yesno", extra=True)],
             None),
    Question(2, "future_outlook", "2. Har ni någon annan framtidsspaning som ni vill dela med er av?", None, None),
    Question(3, "staffing",
             "3. Hur mycket personalresurser har regionen avsatt för arbetet med regionalt serviceprogram under "
             "året? Ange årsarbetskrafter (en halvtid motsvarar 0,5, en heltid 1,0).",
             [col("area", "Område", 0, "label", sp.StaffingArea),
              col("fte", "Årsarbets\u00adkrafter", 0, "decimal", level=1),
              col("from", "Från (ÅÅÅÅ-MM)", 0, extra=True, level=1),
              GAP,
              col("name", "Namn eller roll", 0, level=1),
              col("funded_by", "Finansiering", 0, extra=True, level=1),
              col("note", "Kommentar (för området)", 0)],
             "positions"),
    Question(4, "contacts",
             "4. Vem eller vilka personer inom regionen ska vara kontaktpersoner gentemot Tillväxtverket? "
             "Ange namn och e-post och markera rollerna med X.",
             [col("name", "Namn", 0)] + members("roles", sp.ContactRole, 0) + [col("email", "E-post", 0)],
             None),
    Question(5, "accessibility_work",
             "5. Beskriv hur arbetet med att främja tillgänglighet till kommersiell service i serviceglesa områden "
             "genomförts under året. Beskriv även eventuella utmaningar eller framgångsfaktorer.", None, None),
    Question(6, "collaboration",
             "6. Vilka aktörer ingår i samverkan kring det regionala serviceprogrammet? Beskriv hur ni samverkar "
             "och på vilket steg i samverkanstrappan.",
             [col("actor", "Aktör", 0, "label", sp.Actor),
              col("ladder_step", "Steg i samverkans\u00adtrappan", 0, "label", sp.LadderStep),
              GAP, GAP,
              col("description", "Beskriv samverkan", 0),
              col("challenges", "Eventuella utmaningar eller framgångsfaktorer", 0),
              col("label", "Aktörens namn", 0, extra=True),
              col("ladder_note", "Steg i samverkanstrappan, som skrivet", 0, extra=True)],
             None),
]

# ---- the programme sheet -----------------------------------------------------------------------
PROGRAM_TITLE = "Regionalt serviceprogram"
PROGRAM_HEAD = [
    (("title",), "Titel", "text"),
    (("start_year",), "Startår", "int"),
    (("end_year",), "Slutår", "int"),
]
GOAL_COLUMNS = [col("id", "Nummer", 3.0), col("text", "Mål", 16.0)]

# ---- one sheet per priority area -----------------------------------------------------------------
# Rows 1-2: the area's number (A2) and title (B2); row 4: the template's three column groups; row 5:
# the headings; from row 6 one row per intervention, and one more row per output after its first.
AREA_TITLE_ROW = 1        # 0-based: row 2, the number in A and the title in B
AREA_HEADING_ROW = 4      # 0-based: row 5
AREA_FIRST_ROW = 5        # 0-based: row 6
AREA_COLUMNS = [
    col(None, "Nr", 1.2, "marker"),
    col("name", "Planerade insatser\nNamn", 6.0),
    col("description", "Beskrivning", 5.0, extra=True),
    col("goals", "Mål i RSP\nEtt nummer per rad", 2.4, "lines"),
    col("other_goals", "Mål i RUS och Agenda 2030\nEtt per rad", 3.5, "lines", extra=True),
    col("actors", "Resurser: aktörer\nVilka genomför insatsen? En per rad", 4.5, "lines"),
    col("funding", "Resurser: medel\nMed vilka resurser?", 4.5),
] + members("service_types", sp.ServiceType, 2.6) + [
    col("text", "Resultat i form av prestationer\nEn prestation per rad", 6.5, level=1),
    col("support_type", "Stödtyp", 3.6, "label", sp.SupportType, extra=True, level=1),
    col("count", "Antal", 1.8, "int", extra=True, level=1),
    col("amount_sek", "Belopp (kr)", 2.8, "amount", extra=True, level=1),
    col(("effects", "short_term"), "Effekter på kort sikt", 4.5),
    col(("effects", "medium_term"), "Effekter på medellång sikt", 4.5),
    col(("effects", "long_term"), "Effekter på lång sikt", 4.5),
    col(("effects", "general"), "Effekter\nutan angiven sikt", 5.0, extra=True),
    col(("effects", "basis"), "Uppnådda eller förväntade", 2.8, "label", sp.EffectsBasis, extra=True),
    col("status", "Status\nKlar/Fortsätter", 2.6, "label", sp.Status),
    col("lessons", "Vad tar vi med oss?", 5.0),
    col("next_year", "Till nästa år\nAnpassningar", 5.0),
]
# The template's three groups over the headings: (first column, last column, formula of the title).
# Formulas follow the year in the questions sheet, wherever its row moves.
YEAR_CELL = "$'%s'.$B$%d"
AREA_GROUPS = [
    (1, 10, '="Handlingsplan för verksamhetsår "&%s'),
    (11, 19, '="Uppföljning av verksamhetsår "&%s'),
    (20, 22, '="Till nästa år, "&(%s+1)'),
]
AREA_SUB_KEY = "outputs"

MARK = "X"
YES, NO = "Ja", "Nej"


def first_line(text):
    """A heading's first line without soft hyphens: what messages name and the reader checks."""
    return text.split("\n")[0].replace("\u00ad", "").strip()


def heading_text(column):
    return first_line(column.heading)
