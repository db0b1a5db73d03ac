"""One pass over an assessment's activity records, cached on the (frozen) inputs object.

Accounting, quality checks and the input hash all read this pass, so re-scoring
the same inputs (what-if, a new criteria or factor version) skips the records.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from math import fsum, isfinite
from typing import Any

from .inputs import ActivityRecord, AssessmentInputs, month_index
from .lazy import Lazy, lazy_fields
from .units import UnitError, conversion_factor
from .units import _cache as _UNIT_FACTORS

__all__ = ["Scan", "scan", "month_of"]

_MONTHS: dict[str, int] = {}
_new = object.__new__
_UNSET = object()
_set = object.__setattr__


def month_of(month: str) -> int:
    """Cached :func:`month_index`."""
    mi = _MONTHS.get(month)
    if mi is None:
        mi = month_index(month)
        if len(_MONTHS) < 100_000:
            _MONTHS[month] = mi
    return mi


@lazy_fields("monthly", "digest")
@dataclass(frozen=True)
class Scan(Lazy):
    """Activity data aggregated per carrier and month (canonical units), plus problems found.

    ``digest`` (SHA-256 of the records) is computed on first read.
    """

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


def _fill_scan(d: dict[str, Any], name: str) -> None:
    if name == "digest":
        d["digest"] = _digest(*d["_x"])
    elif name == "monthly":  # a fast pass's scan: that pass again (the same records give the same table)
        plain = _plain_pass(d["_x"][0], d["lo"], d["hi"])
        assert plain is not None
        d["monthly"] = plain[0]


_PERIODS: dict[tuple[int, int], dict[str, int]] = {}


def _period_months(lo: int, hi: int) -> dict[str, int]:
    """The period's months as written "YYYY-MM" -> index (so a month outside it is not found)."""
    pm = _PERIODS.get((lo, hi))
    if pm is None:
        pm = {f"{m // 12:04d}-{m % 12 + 1:02d}": m for m in range(lo, hi + 1)}
        if len(_PERIODS) < 1000:
            _PERIODS[(lo, hi)] = pm
    return pm


def _plain_pass(act: tuple[ActivityRecord, ...], lo: int, hi: int
                ) -> tuple[dict[str, dict[int, float]], dict[tuple[str, int], float], int] | None:
    """The pass for the usual records of a one-year period, or None if anything is unusual.

    Usual: no meter ids, each carrier's records together and in one unit, every month in the period (written
    "YYYY-MM") and given once, quantities finite and not negative.  Nothing is then reported, so the loop only files
    quantities; the checks run once per carrier afterwards.  Otherwise the full loop (:func:`_scan`)
    decides, from scratch, what to report.
    """
    per: dict[str, dict[int, float]] = {}
    months = _period_months(lo, hi)
    factors = _UNIT_FACTORS
    last_c: object = _UNSET
    last_u: object = _UNSET
    f = 0.0
    cm: dict[int, float] = {}
    estimated = 0
    try:
        for r in act:
            c, u = r.carrier, r.unit
            if c is not last_c or u is not last_u or r.meter_id:
                if r.meter_id:
                    return None
                if c != last_c or u != last_u:  # a new carrier (equal strings need not be the same object)
                    if c in per:
                        return None  # the carrier again, apart or in another unit
                    nf = factors.get((c, u))
                    f = conversion_factor(c, u) if nf is None else nf
                    cm = per[c] = {}
                last_c, last_u = c, u
            cm[months[r.month]] = r.quantity * f  # a month outside the period (or not "YYYY-MM"): KeyError
            if r.estimated:
                estimated += 1
        year = lo // 12
        by_year: dict[tuple[str, int], float] = {}
        n = 0
        for c, cm in per.items():
            least = min(cm.values())
            if least < 0:
                return None
            total = by_year[(c, year)] = fsum(cm.values())
            if not isfinite(total):  # fsum of finite numbers is finite
                return None
            if least == 0:
                for mi, q in cm.items():
                    if not q:
                        cm[mi] = 0.0  # what fsum makes of a single -0.0
            n += len(cm)
    except Exception:  # noqa: BLE001 - odd records of any kind: the full loop reports them
        return None
    if n != len(act):
        return None  # a month given twice
    return per, by_year, estimated


def _scan(inputs: AssessmentInputs) -> Scan:
    period_error = ""
    try:
        lo, hi = month_of(inputs.period_start), month_of(inputs.period_end)
        if hi < lo:
            period_error = "ends before it starts"
    except ValueError as e:
        lo, hi, period_error = 0, -1, str(e)
    act = inputs.activity
    plain = _plain_pass(act, lo, hi) if act and not period_error and lo // 12 == hi // 12 else None
    if plain is not None:  # the monthly table (only the quality checks read it) is left for first read
        sc = _new(Scan)
        _set(sc, "__dict__", {
            "lo": lo, "hi": hi, "period_error": "", "by_year": plain[1], "bad": (),
            "outside": (), "duplicates": (), "negative": (), "estimated": plain[2], "counted": len(act), "memo": {},
            "_lazy": _fill_scan, "_x": (act, inputs.period_start, inputs.period_end)})
        return sc
    # One plain loop with local names: this runs for every record of every assessment.
    per: dict[str, dict[int, float]] = {}  # carrier -> month -> quantity (first record of that month)
    multi: dict[tuple[str, int], list[float]] = {}  # (carrier, month) with several records -> all quantities
    bad: list[str] = []
    outside: list[str] = []
    dups: list[str] = []
    negative: list[str] = []
    seen: dict[object, set[int]] = {}
    estimated = counted = 0
    months = _MONTHS
    factors = _UNIT_FACTORS
    last_c: object = _UNSET  # records come grouped by carrier: reuse the previous record's lookups
    last_u: object = _UNSET
    last_m: object = _UNSET
    f = 0.0
    cm: dict[int, float] = {}
    ms: set[int] = set()
    for r in inputs.activity:
        carrier, month, quantity, unit = r.carrier, r.month, r.quantity, r.unit
        try:
            mi = months.get(month)
            if mi is None:
                mi = month_of(month)
            if carrier is not last_c or unit is not last_u:
                nf = factors.get((carrier, unit))
                if nf is None:
                    nf = conversion_factor(carrier, unit)
                f = nf
                last_c, last_u, last_m = carrier, unit, _UNSET
            q = quantity * f
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
        meter = r.meter_id
        if meter is not last_m:
            sk: object = (carrier, meter) if meter else carrier
            seen_ms = seen.get(sk)
            if seen_ms is None:
                seen_ms = seen[sk] = set()
            ms = seen_ms
            per_cm = per.get(carrier)
            if per_cm is None:
                per_cm = per[carrier] = {}
            cm = per_cm
            last_m = meter
        if mi in ms:
            dups.append(f"{carrier}{'/' + meter if meter else ''} {month}")
        else:
            ms.add(mi)
        if mi in cm:
            lst = multi.get((carrier, mi))
            if lst is None:
                multi[(carrier, mi)] = [cm[mi], q]
            else:
                lst.append(q)
        else:
            cm[mi] = q
    # Exact sums (math.fsum): the same records in any order give bit-identical totals.
    by_year: dict[tuple[str, int], float] = {}
    one_year = lo // 12 == hi // 12
    for carrier, cm in per.items():
        if one_year and not multi:
            by_year[(carrier, lo // 12)] = fsum(cm.values())
            if 0.0 in cm.values():
                for mi, q in cm.items():
                    if not q:
                        cm[mi] = 0.0  # what fsum makes of a single -0.0
            continue
        if multi:
            for (c, mi), qs in multi.items():
                if c == carrier:
                    cm[mi] = fsum(qs)
        years: dict[int, list[float]] = {}
        for mi, q in cm.items():
            many = multi.get((carrier, mi)) if multi else None
            y = years.get(mi // 12)
            if y is None:
                years[mi // 12] = [*many] if many is not None else [q]
            elif many is not None:
                y.extend(many)
            else:
                y.append(q)
            if not q and many is None:
                cm[mi] = 0.0  # what fsum makes of a single -0.0
        for y_, qs_ in years.items():
            by_year[(carrier, y_)] = fsum(qs_)
    sc = _new(Scan)
    _set(sc, "__dict__", {
        "lo": lo, "hi": hi, "period_error": period_error, "monthly": per, "by_year": by_year, "bad": tuple(bad),
        "outside": tuple(outside), "duplicates": tuple(dups), "negative": tuple(negative), "estimated": estimated,
        "counted": counted, "memo": {}, "_lazy": _fill_scan,
        "_x": (inputs.activity, inputs.period_start, inputs.period_end)})
    return sc


def _digest(activity: tuple[ActivityRecord, ...], period_start: str, period_end: str) -> str:
    """SHA-256 of the records (order-independent) and the period."""
    try:
        recs = [(r.carrier, r.month, r.unit, r.meter_id, bool(r.estimated), float(r.quantity))
                for r in activity]
        recs.sort()
        text = "\x1f".join([s for t in recs for s in t[:4]])
        flags = [t[4] for t in recs]
        qs = [t[5] for t in recs]
    except (TypeError, ValueError):  # malformed records (already reported): slower, still canonical
        odd = sorted((str(r.carrier), str(r.month), str(r.unit), str(r.meter_id), bool(r.estimated),
                      repr(r.quantity), _float_or_nan(r.quantity)) for r in activity)
        text = "\x1f".join([s for t in odd for s in (*t[:4], t[5])])
        flags = [t[4] for t in odd]
        qs = [t[6] for t in odd]
    h = hashlib.sha256(f"records-v1\x1f{period_start}\x1f{period_end}\x1e".encode())
    h.update(text.encode("utf-8"))
    h.update(bytes([1 if f else 0 for f in flags]))
    h.update(struct.pack(f"<{len(qs)}d", *qs))
    return h.hexdigest()


def _float_or_nan(v: object) -> float:
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float("nan")
