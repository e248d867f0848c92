"""Checking, figures, the national rollup, year-over-year diff and new reports: the methods of Report
that call these are in _model, and import this module at their first call."""
import collections.abc
import ctypes
import datetime
import decimal
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Tuple

from . import _native
from ._native import _
from ._errors import ClosedError, ValidationError
from ._generated import Actor, LadderStep, ServiceType, StaffingArea, Status, SupportType, Trend
from ._model import ReportBase as Report
from ._model import _bytes, _call, _decimal_text, _int64, _text, _wrap

if TYPE_CHECKING:
    from ._generated import Report as GeneratedReport

lib = _native.lib


def _date_number(today):
    if today is None:
        return 0
    if not isinstance(today, datetime.date):
        raise TypeError(_("today must be a datetime.date"))
    return today.year * 10000 + today.month * 100 + today.day


def _fte(thousandths):
    return decimal.Decimal(_decimal_text(thousandths))


class Severity(str, enum.Enum):
    """How bad a finding is; equal to its text, "error" or "warning"."""
    ERROR = "error"      # the report is wrong or, for submission, incomplete
    WARNING = "warning"  # worth a look; never a reason to reject

    @classmethod
    def from_number(cls, number):
        """The member for the C library's sp_severity value."""
        return {1: cls.ERROR, 2: cls.WARNING}[number]

    def __str__(self):
        return self.value


@dataclass(frozen=True)
class Diagnostic:
    """One finding of the validator."""
    severity: Severity
    code: str      # stable, e.g. "unknown-goal"
    path: str      # JSON pointer
    message: str
    line: Optional[int]
    column: Optional[int]


def validate(report, submission=False, today=None, language=None):
    """The findings about `report`; with submission=True also the completeness checks for sending,
    with the deadline counted from `today` (a datetime.date, default today). Messages are in `language`:
    None for the locale's, "en" or "sv"; codes are the same in both."""
    opts = _native.options(_native.ValidateOptions, submission=1 if submission else 0, today=_date_number(today),
                           language=_native.language_number(language))
    out = ctypes.c_void_p()
    _call(lib.sp_report_validate, ctypes.byref(out), report._node(), ctypes.byref(opts))
    try:
        return [Diagnostic(Severity.from_number(lib.sp_diagnostics_severity(out, i)),
                           _text(lib.sp_diagnostics_code(out, i)), _text(lib.sp_diagnostics_path(out, i)),
                           _text(lib.sp_diagnostics_message(out, i)), lib.sp_diagnostics_line(out, i) or None,
                           lib.sp_diagnostics_column(out, i) or None)
                for i in range(lib.sp_diagnostics_count(out))]
    finally:
        lib.sp_diagnostics_free(out)


def check(report, submission=False, today=None, language=None):
    """Raises ValidationError when validate() finds an error; returns the warnings otherwise."""
    findings = validate(report, submission, today, language)
    errors = [d for d in findings if d.severity is Severity.ERROR]
    if errors:
        summary = (_("1 error: %s: %s") % (errors[0].path, errors[0].message) if len(errors) == 1 else
                   _("%d errors, the first: %s: %s") % (len(errors), errors[0].path, errors[0].message))
        raise ValidationError(summary, findings)
    return findings


def deadline(report, today=None):
    """(the deadline as a date, days left: negative when late)."""
    days, when = ctypes.c_int64(), ctypes.c_int32()
    _call(lib.sp_report_deadline, ctypes.byref(days), ctypes.byref(when), report._node(), _date_number(today))
    return datetime.date(when.value // 10000, when.value // 100 % 100, when.value % 100), days.value


def rules() -> List[Tuple[str, Severity, str]]:
    """Every rule of the validator: [(code, Severity, description)]."""
    out = []
    for i in range(lib.sp_validate_rule_count()):
        severity, description = ctypes.c_int(), ctypes.c_char_p()
        code = lib.sp_validate_rule(i, ctypes.byref(severity), ctypes.byref(description))
        out.append((code.decode(), Severity.from_number(severity.value), _text(description.value)))
    return out


@dataclass
class Figures:
    """A report's figures. FTE are exact Decimals; `*_total` sum every type."""
    fte: Dict[StaffingArea, decimal.Decimal]
    fte_total: decimal.Decimal
    decisions: Dict[SupportType, int]
    kronor: Dict[SupportType, int]
    decisions_total: int
    kronor_total: int
    interventions: int
    interventions_per_area: List[int]
    by_status: Dict[Optional[Status], int]        # None: without a status
    by_service_type: Dict[ServiceType, int]
    trends: Dict[SupportType, Optional[Trend]]
    outputs_without_figures: int = 0  # outputs whose figures are only in their text: the totals leave them out


def figures(report):
    out = ctypes.c_void_p()
    _call(lib.sp_report_figures, ctypes.byref(out), report._node())
    f = out.value
    try:
        by_status = {s: lib.sp_figures_interventions_by_status(f, s.number) for s in Status}
        by_status[None] = lib.sp_figures_interventions_by_status(f, 0)
        return Figures(
            fte={a: _fte(lib.sp_figures_fte(f, a.number)) for a in StaffingArea},
            fte_total=_fte(lib.sp_figures_fte(f, 0)),
            decisions={t: lib.sp_figures_decisions(f, t.number) for t in SupportType},
            kronor={t: lib.sp_figures_kronor(f, t.number) for t in SupportType},
            decisions_total=lib.sp_figures_decisions(f, 0), kronor_total=lib.sp_figures_kronor(f, 0),
            interventions=lib.sp_figures_interventions(f),
            interventions_per_area=[lib.sp_figures_area_interventions(f, area.number if area.number is not None else -1)
                                    for area in report.priority_areas],
            by_status=by_status,
            by_service_type={t: lib.sp_figures_interventions_by_service(f, t.number) for t in ServiceType},
            trends={t: Trend.from_number(lib.sp_figures_trend(f, t.number)) for t in SupportType},
            outputs_without_figures=lib.sp_figures_outputs_without_figures(f))
    finally:
        lib.sp_figures_free(f)


@dataclass
class YearTotals:
    """One year of the national rollup."""
    year: int
    regions: List[str]
    trends: Dict[SupportType, Dict[Optional[Trend], int]]       # regions per answer; None: unanswered
    fte_sum: Dict[Optional[StaffingArea], decimal.Decimal]     # None: all areas
    fte_mean: Dict[Optional[StaffingArea], decimal.Decimal]
    ladder: Dict[Actor, Dict[Optional[LadderStep], int]]        # regions per step; None: no step
    decisions: Dict[Optional[SupportType], int]                 # None: all types
    kronor: Dict[Optional[SupportType], int]
    by_service_type: Dict[ServiceType, int]
    by_status: Dict[Optional[Status], int]
    outputs_without_figures: int = 0          # outputs whose figures are only in their text, left out
    earlier_names: Dict[str, str] = field(default_factory=dict)  # region -> its other name in an earlier year


class Rollup(collections.abc.Mapping):
    """The national compilation of many reports: a mapping from each year to its YearTotals, so that
    `len`, `in`, iteration (the years, in order), keys(), items() and get() work as on a dict. The same
    region twice in a year is an error. Close it (or use `with`) to free it at once."""

    def __init__(self, reports=()):
        out = ctypes.c_void_p()
        _call(lib.sp_rollup_new, ctypes.byref(out))
        self._ptr = out.value
        for report in reports:
            self.add(report)

    def _rollup(self):
        if self._ptr is None:
            raise ClosedError(_("the rollup is closed"))
        return self._ptr

    def close(self):
        """Frees the rollup now; it can no longer be used."""
        if getattr(self, "_ptr", None) is not None:
            lib.sp_rollup_free(self._ptr)
            self._ptr = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __reduce_ex__(self, protocol):
        # A copy would share the C pointer, and free it twice.
        raise TypeError(_("a Rollup cannot be copied or pickled; make another from the reports"))

    def add(self, report):
        if not isinstance(report, Report):
            raise TypeError(_("Rollup.add() takes a Report, not %s") % type(report).__name__)
        _call(lib.sp_rollup_add, self._rollup(), report._node())

    @property
    def years(self) -> List[int]:
        """The years, in order."""
        r = self._rollup()
        return [lib.sp_rollup_year(r, i) for i in range(lib.sp_rollup_year_count(r))]

    def __len__(self):
        return lib.sp_rollup_year_count(self._rollup())

    def __iter__(self) -> Iterator[int]:
        return iter(self.years)

    def __contains__(self, year):
        return year in self.years

    def __getitem__(self, year) -> YearTotals:
        """The totals of one year."""
        years = self.years
        if year not in years:
            raise KeyError(year)
        r, y = self._ptr, years.index(year)

        def with_all(enum_cls, value):
            out = {None: value(0)}
            out.update({m: value(m.number) for m in enum_cls})
            return out

        return YearTotals(
            year=year,
            regions=[_text(lib.sp_rollup_region(r, y, i)) for i in range(lib.sp_rollup_region_count(r, y))],
            trends={t: {tr: lib.sp_rollup_trend_count(r, y, t.number, tr.number if tr else 0)
                        for tr in (None, *Trend)} for t in SupportType},
            fte_sum=with_all(StaffingArea, lambda a: _fte(lib.sp_rollup_fte_sum(r, y, a))),
            fte_mean=with_all(StaffingArea, lambda a: _fte(lib.sp_rollup_fte_mean(r, y, a))),
            ladder={a: {s: lib.sp_rollup_ladder_count(r, y, a.number, s.number if s else 0)
                        for s in (None, *LadderStep)} for a in Actor},
            decisions=with_all(SupportType, lambda t: lib.sp_rollup_decisions(r, y, t)),
            kronor=with_all(SupportType, lambda t: lib.sp_rollup_kronor(r, y, t)),
            by_service_type={t: lib.sp_rollup_interventions_by_service(r, y, t.number) for t in ServiceType},
            by_status=with_all(Status, lambda s: lib.sp_rollup_interventions_by_status(r, y, s)),
            outputs_without_figures=lib.sp_rollup_outputs_without_figures(r, y),
            earlier_names={_text(lib.sp_rollup_region(r, y, i)): _text(lib.sp_rollup_region_earlier_name(r, y, i))
                           for i in range(lib.sp_rollup_region_count(r, y))
                           if lib.sp_rollup_region_earlier_name(r, y, i)})


class ChangeKind(str, enum.Enum):
    """What a Change is about; equal to its text."""
    ADDED = "added"      # an intervention only in the new report
    REMOVED = "removed"  # an intervention only in the old report
    STATUS = "status"    # an intervention whose status changed
    FIGURE = "figure"    # a figure that changed

    @classmethod
    def from_number(cls, number):
        """The member for the C library's sp_change_kind value."""
        return list(cls)[number - 1]

    def __str__(self):
        return self.value


@dataclass(frozen=True)
class Change:
    """One difference between two years."""
    kind: ChangeKind
    area: Optional[int]   # the priority area's number, for interventions
    subject: str          # the intervention's name, or the figure: "fte/coordination", "kronor/service_grant", ...
    old: object = None
    new: object = None


def _figure_value(subject, value):
    if subject.startswith("fte"):
        return _fte(value)
    if subject.startswith("trend/"):
        return Trend.from_number(value)
    return value


def diff(old: Report, new: Report) -> List[Change]:
    """What changed from report `old` to report `new` (normally one region, two years)."""
    if not isinstance(old, Report) or not isinstance(new, Report):
        raise TypeError(_("diff() compares two Reports"))
    out = ctypes.c_void_p()
    _call(lib.sp_report_diff, ctypes.byref(out), old._node(), new._node())
    try:
        changes = []
        for i in range(lib.sp_diff_count(out)):
            kind = ChangeKind.from_number(lib.sp_diff_kind(out, i))
            subject = _text(lib.sp_diff_subject(out, i))
            area = lib.sp_diff_area(out, i)
            before, after = lib.sp_diff_old_value(out, i), lib.sp_diff_new_value(out, i)
            if kind is ChangeKind.STATUS:
                before, after = Status.from_number(before), Status.from_number(after)
            elif kind is ChangeKind.FIGURE:
                before, after = _figure_value(subject, before), _figure_value(subject, after)
            else:
                before = after = None
            changes.append(Change(kind, area if area >= 0 else None, subject, before, after))
        return changes
    finally:
        lib.sp_diff_free(out)


def _derived(function, report):
    out = ctypes.c_void_p()
    _call(function, ctypes.byref(out), report._node())
    return _wrap(out)


def next_year(report):
    """The skeleton of next year's report: the continuing interventions, outputs and effects emptied."""
    return _derived(lib.sp_report_next_year, report)


def redact(report):
    """A copy without the personal data the library recognises: contacts' names and e-mail addresses,
    unknown keys, and in every text e-mail addresses, phone numbers, personnummer and the names of the
    report's own people ("Person 1", ...); see sp_report_redact() and rsp-redact(1) for the limits."""
    return _derived(lib.sp_report_redact, report)


def template(region: str, year: int) -> "GeneratedReport":
    """An empty report with every question present, to fill in."""
    _int64(year, "the year")
    out = ctypes.c_void_p()
    _call(lib.sp_report_template, ctypes.byref(out), _bytes(region, "the region name"), year)
    return _wrap(out)

