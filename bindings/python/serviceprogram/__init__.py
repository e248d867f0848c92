"""serviceprogram: the annual follow-up of a Swedish regional service programme (RSP), through
libserviceprogram.

    import serviceprogram
    report = serviceprogram.load("jamtland-harjedalen-2023.yaml")
    print(report.region.name, report.year)
    for area in report.priority_areas:
        for intervention in area.interventions:
            print(area.number, intervention.name, intervention.status)
    report.priority_areas[0].interventions[0].status = serviceprogram.Status.COMPLETED
    print(report.figures().kronor_total, report.validate(submission=True))
    report.save("report.json")
"""
from ._native import LIBRARY_PATH, LIBRARY_VERSION, translate
from ._errors import ClosedError, Error, FileError, InvalidValueError, ParseError, ValidationError
from ._model import (CLASSES, LabelledEnum, Node, NodeList, Report, StringList, from_dict, load, loads,
                     Trend, SupportType, StaffingArea, ContactRole, Actor, LadderStep, ServiceType, Status,
                     EffectsBasis)
from ._analysis import Change, Diagnostic, Figures, Rollup, YearTotals, diff, rules, template
from ._outputs import OutputReading, read_output_text

__version__ = LIBRARY_VERSION

# The element classes (Region, Program, Goal, Demand, Staffing, Position, Contact, Collaboration,
# PriorityArea, Intervention, Output, Effects), made from the library's description of the format.
globals().update({cls.__name__: cls for cls in CLASSES.values()})


def rollup(reports):
    """The national rollup of many reports: a Rollup, indexed by year."""
    return Rollup(reports)


__all__ = ["load", "loads", "from_dict", "template", "rollup", "diff", "rules", "read_output_text", "OutputReading",
           "Report", "Rollup", "YearTotals",
           "Figures", "Diagnostic", "Change", "Error", "ParseError", "FileError", "InvalidValueError",
           "ValidationError", "ClosedError", "Trend", "SupportType", "StaffingArea", "ContactRole", "Actor",
           "LadderStep", "ServiceType", "Status", "EffectsBasis", "LabelledEnum", "Node", "NodeList",
           "StringList", "translate"] + [cls.__name__ for cls in CLASSES.values() if cls.__name__ != "Report"]
