"""Outputs understood from their text: "Hemsändning 8 st 1 537 062 kr" as support type, count and kronor."""
import ctypes
from typing import NamedTuple, Optional

from . import _native
from ._errors import raise_for
from ._model import Report, SupportType, _bytes, _call
from ._native import lib


class OutputReading(NamedTuple):
    """What an output's text gives: each part None when the text does not give it."""
    support_type: Optional[SupportType]
    count: Optional[int]
    amount_sek: Optional[int]


def read_output_text(text):
    """Reads an output's text as regions write it ("Servicebidrag 7st 1 007 710 kr", "Särskilt driftstöd:
    24 beslut, 6,48 mkr"). Returns an OutputReading, or None when the text gives no count and no amount.
    Raises InvalidValueError when the text gives figures that cannot be read without guessing (two counts,
    two support types, a price per item)."""
    reading = _native.OutputReading()
    err = _native.SpError()
    rc = lib.sp_output_text_read(ctypes.byref(reading), _bytes(text, "the text"), ctypes.byref(err))
    if rc == _native.SP_ENOTFOUND:
        return None
    if rc < 0:
        raise_for(rc, err)
    return OutputReading(SupportType.from_number(reading.support_type) if reading.support_type else None,
                         reading.count if reading.count >= 0 else None,
                         reading.amount_sek if reading.amount_sek >= 0 else None)


def fill_outputs(report):
    """Fills each output's absent support type, count and amount_sek from its text, where the text reads
    without guessing and agrees with what is filled in; never changes a field that is set. Returns how
    many outputs were changed; report.validate() warns about those left alone."""
    filled = ctypes.c_size_t()
    _call(lib.sp_report_fill_outputs, ctypes.byref(filled), report._node())
    return filled.value


Report.fill_outputs = fill_outputs
