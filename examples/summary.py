#!/usr/bin/env python3
"""Prints a small summary of a report through the Python binding.

    python3 examples/summary.py [REPORT.yaml]

Uses the installed package (meson install), or the one in this source tree with its build/.
"""
import os
import sys

try:
    import serviceprogram
except ImportError:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings", "python"))
    import serviceprogram

HERE = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "data", "jamtland-harjedalen-2023.yaml")

with serviceprogram.load(path) as report:
    figures = report.figures()
    print("%s, %d" % (report.region.name, report.year))
    for demand in report.demand_outlook:
        trend = demand.trend.label_sv if demand.trend else "(ej besvarad)"
        print("  %-50s %s" % (demand.support_type.label_sv, trend))
    print("Årsarbetskrafter: %s" % str(figures.fte_total).replace(".", ","))
    for support_type, count in figures.decisions.items():
        if count:
            print("  %s: %d beslut, %d kr" % (support_type.label_sv, count, figures.kronor[support_type]))
    for area in report.priority_areas:
        continuing = sum(1 for i in area.interventions if i.status == serviceprogram.Status.CONTINUING)
        print("Område %d: %d insatser, %d fortsätter" % (area.number, len(area.interventions), continuing))
    problems = report.validate()
    print("Inga anmärkningar" if not problems else "%d anmärkningar" % len(problems))
