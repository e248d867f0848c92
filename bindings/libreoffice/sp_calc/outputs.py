"""Outputs' support type, count and kronor filled in from their text, in the cells of a report document."""
from .reader import build_report, read_document

FIELDS = ("support_type", "count", "amount_sek")


def _outputs(report):
    """Each output with the JSON pointer of its row."""
    for a, area in enumerate(report.priority_areas):
        for i, intervention in enumerate(area.interventions):
            for o, output in enumerate(intervention.outputs):
                yield "/priority_areas/%d/interventions/%d/outputs/%d" % (a, i, o), output


def fill_outputs(doc):
    """Fills in the cells of each output's support type, count and amount that its text gives, where the
    library reads the text without guessing and it agrees with the cells (Report.fill_outputs); a filled
    cell is never changed. Returns the number of outputs changed; SheetError names cells that cannot be
    read, and then nothing is changed."""
    reading = read_document(doc)
    with build_report(reading) as report:
        before = {path: tuple(getattr(output, f) for f in FIELDS) for path, output in _outputs(report)}
        if not report.fill_outputs():
            return 0
        changed = 0
        for path, output in _outputs(report):
            for field, old in zip(FIELDS, before[path]):
                new = getattr(output, field)
                if new == old:
                    continue
                place = reading.where[path + "/" + field]
                cell = doc.Sheets.getByName(place.sheet).getCellByPosition(place.col, place.row)
                if field == "support_type":
                    cell.setString(new.label_sv)
                else:
                    cell.setValue(new)
            changed += tuple(getattr(output, f) for f in FIELDS) != before[path]
        return changed
