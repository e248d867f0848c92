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
from ._model import LabelledEnum, Node, NodeList, StringList, from_dict, load, loads
# The format's enums (Trend, SupportType, Status, ...) and element classes (Report, Region, Program,
# PriorityArea, Intervention, ...), generated from the library's description of the format.
from ._generated import *  # noqa: F401,F403 (its __all__ lists them)
from ._generated import CLASSES, ENUMS, __all__ as _generated_names

__version__ = LIBRARY_VERSION

# What _analysis holds is imported when first asked for: it needs dataclasses, typing and datetime,
# which would make `import serviceprogram` several times slower.
_ANALYSIS = ("Change", "ChangeKind", "Diagnostic", "Figures", "Rollup", "Severity", "YearTotals", "diff",
             "rules", "template")

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._analysis import Change, ChangeKind, Diagnostic, Figures, Rollup, Severity, YearTotals, diff, rules, template
    from ._outputs import OutputReading, read_output_text
    from ._form import FormFinding, FormUnavailable, import_form


# Likewise the reading of outputs' texts, which needs typing.
_OUTPUTS = ("OutputReading", "read_output_text")
# And the Word form, through its own library.
_FORM = ("FormFinding", "FormUnavailable", "import_form")


def __getattr__(name):
    if name in _ANALYSIS:
        from . import _analysis
        return getattr(_analysis, name)
    if name in _OUTPUTS:
        from . import _outputs
        return getattr(_outputs, name)
    if name in _FORM:
        from . import _form
        return getattr(_form, name)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def rollup(reports) -> "Rollup":
    """The national rollup of many reports: a Rollup, a mapping from each year to its totals."""
    from ._analysis import Rollup
    return Rollup(reports)


__all__ = ["load", "loads", "from_dict", "rollup", "Error", "ParseError", "FileError", "InvalidValueError",
           "ValidationError", "ClosedError", "LabelledEnum", "Node", "NodeList", "StringList", "CLASSES",
           "ENUMS", "LIBRARY_PATH", "LIBRARY_VERSION", "translate"] + list(_ANALYSIS) + list(_OUTPUTS) + list(_FORM) + _generated_names
