"""What a type checker sees of the package: run through mypy by tests/python/typing_test.sh, which
requires exactly the errors marked `# error` below and no others. Never run itself."""
import decimal
from typing import List, Optional

import serviceprogram as sp

report: sp.Report = sp.load("report.yaml")
region_name: Optional[str] = report.region.name
area: sp.PriorityArea = report.priority_areas[0]
intervention: sp.Intervention = area.interventions[0]
status: Optional[sp.Status] = intervention.status
fte: Optional[decimal.Decimal] = report.staffing[0].positions[0].fte
goals: List[str] = list(intervention.goals)
new_area: sp.PriorityArea = report.priority_areas.insert(0, {"number": 9})
kronor: int = report.figures().kronor_total
findings: List[sp.Diagnostic] = report.validate(submission=True)
severity: sp.Severity = findings[0].severity
totals: sp.YearTotals = sp.rollup([report])[2023]
intervention.status = sp.Status.COMPLETED
# The setters also take a token or label ("completed"); mypy before 1.16 checks an assignment against the
# getter's type, so that is not written here.

wrong_year: str = report.year  # error
wrong_area: sp.Intervention = report.priority_areas[0]  # error
report.region = None  # error
intervention.nonexistent  # error
