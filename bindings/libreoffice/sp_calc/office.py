"""Small helpers over LibreOffice's spreadsheet API: documents, cell styles, grids of values."""
import math

import uno
from com.sun.star.awt.FontWeight import BOLD
from com.sun.star.beans import PropertyValue
from com.sun.star.i18n.NumberFormatIndex import NUMBER_1000INT
from com.sun.star.sheet.ValidationType import LIST
from com.sun.star.table import BorderLine2
from com.sun.star.table.CellVertJustify2 import TOP
from com.sun.star.util.NumberFormat import NUMBER as NUMBER_CATEGORY
from com.sun.star.util.NumberFormat import TEXT

CENTER = uno.Enum("com.sun.star.table.CellHoriJustify", "CENTER")


def props(**values):
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name, p.Value = name, value
        out.append(p)
    return tuple(out)


def showing(desktop):
    """Whether LibreOffice shows a window: a person at the screen, not a headless run (where a visible
    document or dialog would bring soffice down)."""
    frames = desktop.Frames
    for i in range(frames.Count):
        window = frames.getByIndex(i).ContainerWindow
        if window is not None and window.isVisible():
            return True
    return False


def new_document(desktop, hidden):
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, props(Hidden=hidden))
    if doc is None:
        raise RuntimeError("LibreOffice did not create a spreadsheet")
    return doc


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(col, row):
    return "%s%d" % (column_letter(col), row + 1)


def sheet_reference(name):
    """The sheet's name quoted as in a formula or the Name Box ('Område 2'): quoted, any name will do."""
    return "'%s'" % name.replace("'", "''")


# ---- cell styles --------------------------------------------------------------------------------
# Named styles rather than direct formatting: a person sees "Serviceprogram text" in the sidebar and
# new rows inserted in a table take the style of the row above.
TITLE, QUESTION, HEADING, EXTRA_HEADING, LABEL, TEXT_CELL, NUMBER, AMOUNT, MARK = (
    "Serviceprogram titel", "Serviceprogram fråga", "Serviceprogram rubrik", "Serviceprogram extra rubrik",
    "Serviceprogram etikett", "Serviceprogram text", "Serviceprogram tal", "Serviceprogram belopp",
    "Serviceprogram markering")

HEADING_BLUE = 0xDDE8F3
EXTRA_GREY = 0xE4E4E4
LINE_GREY = 0xB0B0B0


def _border():
    line = BorderLine2()
    line.Color, line.OuterLineWidth, line.LineWidth = LINE_GREY, 9, 9
    return line


def swedish_formats(doc):
    """The number formats of numbers and of kronor, Swedish whatever LibreOffice's own locale: each format
    carries the locale sv-SE, so an FTE of 0.1 shows as 0,1 and 2157710 kr as 2 157 710 in an English
    LibreOffice too. Formats only: the cells keep numbers."""
    swedish = uno.createUnoStruct("com.sun.star.lang.Locale", "sv", "SE", "")
    formats = doc.NumberFormats
    return formats.getStandardFormat(NUMBER_CATEGORY, swedish), formats.getFormatIndex(NUMBER_1000INT, swedish)


def _style_properties(doc):
    locale = uno.createUnoStruct("com.sun.star.lang.Locale")
    text = doc.NumberFormats.getStandardFormat(TEXT, locale)  # typing "2.1" or "0012" stays text
    number, thousands = swedish_formats(doc)
    border = _border()
    boxed = dict(TopBorder=border, BottomBorder=border, LeftBorder=border, RightBorder=border, VertJustify=TOP)
    heading = dict(boxed, CharWeight=BOLD, IsTextWrapped=True, CellBackColor=HEADING_BLUE)
    return {
        TITLE: dict(CharWeight=BOLD, CharHeight=14),
        QUESTION: dict(CharWeight=BOLD, CharHeight=11),
        HEADING: heading,
        EXTRA_HEADING: dict(heading, CellBackColor=EXTRA_GREY, CharColor=0x404040),
        LABEL: dict(CharWeight=BOLD, VertJustify=TOP),
        TEXT_CELL: dict(boxed, IsTextWrapped=True, NumberFormat=text),
        NUMBER: dict(boxed, NumberFormat=number),
        AMOUNT: dict(boxed, NumberFormat=thousands),
        MARK: dict(boxed, HoriJustify=CENTER, NumberFormat=text),
    }


PAGE_STYLE = "Serviceprogram"


def _page_style(doc):
    """A4 landscape, as wide as one page: the template's tables are wide."""
    pages = doc.StyleFamilies.getByName("PageStyles")
    if not pages.hasByName(PAGE_STYLE):
        pages.insertByName(PAGE_STYLE, doc.createInstance("com.sun.star.style.PageStyle"))
    page = pages.getByName(PAGE_STYLE)
    page.IsLandscape = True
    page.Width, page.Height = 29700, 21000
    page.ScaleToPagesX, page.ScaleToPagesY = 1, 0


def make_styles(doc):
    _page_style(doc)
    styles = doc.StyleFamilies.getByName("CellStyles")
    for name, values in _style_properties(doc).items():
        if not styles.hasByName(name):
            styles.insertByName(name, doc.createInstance("com.sun.star.style.CellStyle"))
        style = styles.getByName(name)
        for key, value in values.items():
            style.setPropertyValue(key, value)


# ---- writing a sheet in a few calls ---------------------------------------------------------------


class Grid:
    """A sheet's values, built row by row, and its formatting, applied at once by write()."""

    def __init__(self, width):
        self.width = width
        self.rows = []
        self.styles = []       # (style, first col, first row, last col, last row)
        self.merges = []       # (first col, row, last col)
        self.formulas = []     # (col, row, formula)
        self.lists = []        # (choices, col, first row, last row): drop-down lists
        self.heights = {}      # row: height in cm, for merged cells (LibreOffice sizes no merged row)

    def row(self, values=(), style=None):
        values = ["" if v is None else v for v in values]
        self.rows.append(values + [""] * (self.width - len(values)))
        index = len(self.rows) - 1
        if style:
            self.style(style, 0, index, len(values) - 1, index)
        return index

    def style(self, style, col, row, last_col=None, last_row=None):
        self.styles.append((style, col, row, col if last_col is None else last_col,
                            row if last_row is None else last_row))

    def write(self, sheet, widths):
        if self.rows:
            sheet.getCellRangeByPosition(0, 0, self.width - 1, len(self.rows) - 1).setDataArray(
                tuple(tuple(r) for r in self.rows))
        for style, c0, r0, c1, r1 in self.styles:
            sheet.getCellRangeByPosition(c0, r0, c1, r1).CellStyle = style
        for col, row, formula in self.formulas:
            sheet.getCellByPosition(col, row).setFormula(formula)
        for col, row, last in self.merges:
            sheet.getCellRangeByPosition(col, row, last, row).merge(True)
        for choices, col, r0, r1 in self.lists:
            _drop_down(sheet.getCellRangeByPosition(col, r0, col, r1), choices)
        sheet.PageStyle = PAGE_STYLE
        for i, width in enumerate(widths):
            sheet.Columns.getByIndex(i).Width = int(width * 1000)
        sheet.Rows.OptimalHeight = True
        for row, height in self.heights.items():
            sheet.Rows.getByIndex(row).Height = int(height * 1000)


def _drop_down(cells, choices):
    """A list to pick from; other input is still accepted, so that the reader's message explains it."""
    validation = cells.Validation
    validation.Type = LIST
    validation.Formula1 = ";".join('"%s"' % c.replace('"', '""') for c in choices)
    validation.IgnoreBlankCells = True
    validation.ShowErrorMessage = False
    cells.Validation = validation


def text_height(text, width_cm):
    """About how tall (cm) a wrapped text of the default font is in a cell `width_cm` wide."""
    per_line = max(1, int(width_cm * 5.2))
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in (text or "").split("\n"))
    return max(1.2, 0.2 + 0.45 * lines)


# ---- reading a sheet in one call --------------------------------------------------------------------


class SheetValues:
    """A sheet's values as one array: str for text (empty cells ""), float for numbers."""

    def __init__(self, sheet):
        self.sheet = sheet
        self.name = sheet.Name
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        self.rows = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()

    @property
    def height(self):
        return len(self.rows)

    def value(self, col, row):
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.rows[row][col]
        return ""

    def text(self, col, row):
        """The cell as text; a number as it is shown (a goal id typed as 2.1 reads "2.1")."""
        value = self.value(col, row)
        if isinstance(value, float):
            return self.sheet.getCellByPosition(col, row).getString()
        return value

    def filled(self, col, row):
        value = self.value(col, row)
        return isinstance(value, float) or value.strip() != ""
