"""Many report files -> one document with the national tables (those of `rsp rollup`) and charts."""
import os

import serviceprogram as sp
from com.sun.star.awt import Rectangle

from .office import AMOUNT, HEADING, NUMBER, TEXT_CELL, TITLE, Grid, make_styles, new_document, showing

SUPPORT_SHEET = "Stöd"
CHART_SIZE = (12000, 8000)  # 1/100 mm


def _labels(enum):
    return [m.label_sv for m in enum]


def regions_rows(year, totals, sources):
    return [[year, region, sources.get((year, region), "")] for region in totals.regions]


def trends_rows(year, totals, _sources):
    return [[year, t.label_sv] + [totals.trends[t][tr] for tr in (*sp.Trend, None)] for t in sp.SupportType]


def fte_rows(year, totals, _sources):
    return [[year, a.label_sv if a else "Totalt", float(totals.fte_sum[a]), float(totals.fte_mean[a])]
            for a in (*sp.StaffingArea, None)]


def ladder_rows(year, totals, _sources):
    return [[year, a.label_sv] + [totals.ladder[a][s] for s in (*sp.LadderStep, None)] for a in sp.Actor]


def support_rows(year, totals, _sources):
    return [[year, t.label_sv if t else "Totalt", totals.decisions[t], totals.kronor[t]]
            for t in (*sp.SupportType, None)]


def service_rows(year, totals, _sources):
    return [[year, t.label_sv, totals.by_service_type[t]] for t in sp.ServiceType]


def status_rows(year, totals, _sources):
    return [[year, s.label_sv if s else "Utan status", totals.by_status[s]] for s in (*sp.Status, None)]


# (sheet, title, headings, widths, style of the value columns, rows of one year: f(year, totals, sources))
TABLES = [
    ("Regioner", "Regioner som rapporterat", ["År", "Region", "Fil"], [1.6, 6.0, 8.0], TEXT_CELL, regions_rows),
    ("Efterfrågan", "Efterfrågan de kommande två åren (fråga 1), antal regioner",
     ["År", "Stödtyp"] + _labels(sp.Trend) + ["Ej besvarad"], [1.6, 8.0, 2.6, 2.6, 2.6, 2.6], NUMBER, trends_rows),
    ("Årsarbetskrafter", "Årsarbetskrafter (fråga 3)", ["År", "Område", "Summa", "Medel per region"],
     [1.6, 6.0, 2.6, 2.6], NUMBER, fte_rows),
    ("Samverkan", "Samverkanstrappan (fråga 6), antal regioner per steg",
     ["År", "Aktör"] + _labels(sp.LadderStep) + ["Inget steg"], [1.6, 6.5] + [2.4] * 7, NUMBER, ladder_rows),
    (SUPPORT_SHEET, "Beslutade stöd per stödtyp", ["År", "Stödtyp", "Beslut", "Kronor"], [1.6, 8.0, 2.4, 3.4],
     AMOUNT, support_rows),
    ("Serviceslag", "Insatser per huvudsakligt serviceslag", ["År", "Serviceslag", "Insatser"], [1.6, 8.0, 2.4],
     NUMBER, service_rows),
    ("Status", "Insatser per status", ["År", "Status", "Insatser"], [1.6, 5.0, 2.4], NUMBER, status_rows),
]


def rollup(desktop, paths, hidden=None):
    """A new document with the national tables of the report files `paths`, one sheet per table, and on
    the sheet Stöd a chart of decisions and one of kronor per support type for each year."""
    reports = []
    try:
        for path in paths:
            reports.append(sp.load(path))
        if not reports:
            raise ValueError(sp.translate("a rollup needs at least one report file"))
        sources = {(r.year, r.region.name): os.path.basename(str(p)) for r, p in zip(reports, paths)}
        totals = _totals(reports, paths)
        doc = new_document(desktop, not showing(desktop) if hidden is None else hidden)
    finally:
        for report in reports:
            report.close()
    try:
        doc.lockControllers()
        write_rollup(doc, totals, sources)
        doc.unlockControllers()
        doc.setModified(False)
    except BaseException:
        doc.close(True)
        raise
    return doc


def _totals(reports, paths):
    totals = sp.Rollup()
    for report, path in zip(reports, paths):
        try:
            totals.add(report)
        except sp.Error as e:  # the same region twice in a year: say which file
            raise sp.Error("%s: %s" % (path, e.message), code=e.code) from None
    return totals


def write_rollup(doc, totals, sources):
    make_styles(doc)
    sheets = doc.Sheets
    for i, (name, title, headings, widths, style, rows) in enumerate(TABLES):
        if i == 0:
            sheets.getByIndex(0).Name = name
        else:
            sheets.insertNewByName(name, i)
        grid = Grid(len(headings))
        grid.row([title], TITLE)
        grid.row()
        heading_row = grid.row(headings, HEADING)
        blocks = []
        for year in totals.years:
            first = len(grid.rows)
            for values in rows(year, totals[year], sources):
                grid.row([float(v) if isinstance(v, int) else v for v in values])
            blocks.append((year, first, len(grid.rows) - 1))
        last = len(grid.rows) - 1
        if last > heading_row:
            grid.style(TEXT_CELL, 0, heading_row + 1, 1, last)
            grid.style(style, 2, heading_row + 1, len(headings) - 1, last)
            grid.style(NUMBER, 0, heading_row + 1, 0, last)
        sheet = sheets.getByName(name)
        grid.write(sheet, widths)
        if name == SUPPORT_SHEET:
            add_support_charts(sheet, blocks, sum(widths))


def add_support_charts(sheet, blocks, table_width_cm):
    """For each year, bars of decisions and of kronor per support type (the total row left out)."""
    left = int((table_width_cm + 0.8) * 1000)
    width, height = CHART_SIZE
    for n, (year, first, last) in enumerate(blocks):
        top = 1000 + n * (height + 500)
        for k, (col, title) in enumerate([(2, "Beslutade stöd per stödtyp %d" % year),
                                           (3, "Kronor per stödtyp %d" % year)]):
            labels = sheet.getCellRangeByPosition(1, first, 1, last - 1).RangeAddress
            values = sheet.getCellRangeByPosition(col, first, col, last - 1).RangeAddress
            name = "%s %d" % (["Beslut", "Kronor"][k], year)
            sheet.Charts.addNewByName(name, Rectangle(left + k * (width + 500), top, width, height),
                                      (labels, values), False, True)
            chart = sheet.Charts.getByName(name).EmbeddedObject
            chart.HasMainTitle = True
            chart.Title.String = title
            chart.HasLegend = False
            chart.Diagram.Vertical = True  # horizontal bars: the long Swedish labels stay readable
            chart.Diagram.XAxis.ReverseDirection = True  # the table's order, from the top
            _readable_steps(chart.Diagram.YAxis, sheet.getCellRangeByPosition(col, first, col, last - 1))


def _readable_steps(axis, cells):
    """At most about five labels on the value axis, at round steps (1, 2 or 5 times a power of ten): left to
    itself, LibreOffice crowds the axis of small counts (45 decisions) with labels on top of each other."""
    largest = max([v for (v,) in cells.getDataArray() if isinstance(v, float)] + [1.0])
    step = 1
    while step * 5 < largest:
        step = _next_round(step)
    axis.AutoStepMain = False
    axis.StepMain = float(step)


def _next_round(step):
    """1 -> 2 -> 5 -> 10 -> 20 -> 50 -> ..."""
    return step * 5 // 2 if str(step)[0] == "2" else step * 2
