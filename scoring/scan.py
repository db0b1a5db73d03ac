"""One pass over an assessment's activity records, cached on the (frozen) inputs object.

Accounting, quality checks and the input hash all read this pass, so re-scoring
the same inputs (what-if, a new criteria or factor version) skips the records.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from math import fsum, isfinite

from .inputs import AssessmentInputs, month_index
from .units import UnitError, to_canonical

__all__ = ["Scan", "scan", "month_of"]

_MONTHS: dict[str, int] = {}


def month_of(month: str) -> int:
    """Cached :func:`month_index`."""
    mi = _MONTHS.get(month)
    if mi is None:
        mi = month_index(month)
        if len(_MONTHS) < 100_000:
            _MONTHS[month] = mi
    return mi


@dataclass(frozen=True, slots=True)
class Scan:
    """Activity data aggregated per carrier and month (canonical units), plus problems found."""

    lo: int
    hi: int
    period_error: str
    monthly: dict[str, dict[int, float]]
    by_year: dict[tuple[str, int], float]
    bad: tuple[str, ...]
    outside: tuple[str, ...]
    duplicates: tuple[str, ...]
    negative: tuple[str, ...]
    estimated: int
    counted: int
    digest: str
    memo: dict[object, object]


_KEY = "_scoring_scan"


def scan(inputs: AssessmentInputs) -> Scan:
    """The records pass for ``inputs`` (computed once per inputs object)."""
    cached: Scan | None = inputs.__dict__.get(_KEY)
    if cached is not None:
        return cached
    s = _scan(inputs)
    object.__setattr__(inputs, _KEY, s)
    return s


def share_scan(src: AssessmentInputs, dst: AssessmentInputs) -> None:
    """Reuse ``src``'s pass for ``dst`` when both have the same records and period."""
    if src.activity is dst.activity and (src.period_start, src.period_end) == (dst.period_start, dst.period_end):
        cached = src.__dict__.get(_KEY)
        if cached is not None:
            object.__setattr__(dst, _KEY, cached)


def _scan(inputs: AssessmentInputs) -> Scan:
    period_error = ""
    try:
        lo, hi = month_of(inputs.period_start), month_of(inputs.period_end)
        if hi < lo:
            period_error = "ends before it starts"
    except ValueError as e:
        lo, hi, period_error = 0, -1, str(e)
    monthly: dict[str, dict[int, float]] = {}
    by_year: dict[tuple[str, int], float] = {}
    bad: list[str] = []
    outside: list[str] = []
    dups: list[str] = []
    negative: list[str] = []
    seen: set[tuple[str, str, int]] = set()
    parts: dict[tuple[str, int], list[float]] = {}
    estimated = counted = 0
    for r in inputs.activity:
        carrier, month, q, unit = r.carrier, r.month, r.quantity, r.unit
        try:
            mi = month_of(month)
            q = to_canonical(carrier, q, unit)
            if not isfinite(q):
                raise ValueError(f"quantity {r.quantity!r} is not a finite number")
        except (ValueError, UnitError, TypeError) as e:
            bad.append(f"{carrier} {month}: {e}")
            continue
        if mi < lo or mi > hi:
            outside.append(f"{carrier} {month}")
            continue
        counted += 1
        if r.estimated:
            estimated += 1
        if q < 0:
            negative.append(f"{carrier} {month}")
        key = (carrier, r.meter_id, mi)
        if key in seen:
            dups.append(f"{carrier}{'/' + r.meter_id if r.meter_id else ''} {month}")
        else:
            seen.add(key)
        mk = (carrier, mi)
        lst = parts.get(mk)
        if lst is None:
            parts[mk] = [q]
        else:
            lst.append(q)
    # Exact sums (math.fsum): the same records in any order give bit-identical totals.
    year_parts: dict[tuple[str, int], list[float]] = {}
    for (carrier, mi), qs in sorted(parts.items()):
        monthly.setdefault(carrier, {})[mi] = fsum(qs)
        year_parts.setdefault((carrier, mi // 12), []).extend(qs)
    for yk, qs in year_parts.items():
        by_year[yk] = fsum(qs)
    return Scan(lo, hi, period_error, monthly, by_year, tuple(bad), tuple(outside), tuple(dups),
                tuple(negative), estimated, counted, _digest(inputs), {})


def _digest(inputs: AssessmentInputs) -> str:
    """SHA-256 of the records (order-independent) and the period."""
    try:
        recs = [(r.carrier, r.month, r.unit, r.meter_id, bool(r.estimated), float(r.quantity))
                for r in inputs.activity]
        recs.sort()
        text = "\x1f".join([s for t in recs for s in t[:4]])
        flags = [t[4] for t in recs]
        qs = [t[5] for t in recs]
    except (TypeError, ValueError):  # malformed records (already reported): slower, still canonical
        odd = sorted((str(r.carrier), str(r.month), str(r.unit), str(r.meter_id), bool(r.estimated),
                      repr(r.quantity), _float_or_nan(r.quantity)) for r in inputs.activity)
        text = "\x1f".join([s for t in odd for s in (*t[:4], t[5])])
        flags = [t[4] for t in odd]
        qs = [t[6] for t in odd]
    h = hashlib.sha256(f"records-v1\x1f{inputs.period_start}\x1f{inputs.period_end}\x1e".encode())
    h.update(text.encode("utf-8"))
    h.update(bytes([1 if f else 0 for f in flags]))
    h.update(struct.pack(f"<{len(qs)}d", *qs))
    return h.hexdigest()


def _float_or_nan(v: object) -> float:
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float("nan")
