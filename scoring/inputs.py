"""Plain, frozen input data for one assessment: site profile, activity data, answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ActivityRecord", "SiteProfile", "AssessmentInputs", "month_index", "months_between"]


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """One meter reading or bill: ``quantity`` of ``carrier`` in ``unit`` for ``month`` ("YYYY-MM")."""

    carrier: str
    month: str
    quantity: float
    unit: str
    estimated: bool = False
    meter_id: str = ""


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """What the site is and the sizes that intensities are divided by."""

    site_type: str
    subtype: str = ""
    floor_area_m2: float | None = None
    land_area_m2: float | None = None
    occupants: int | None = None
    green_space_m2: float | None = None
    region: str = "guangdong"


@dataclass(frozen=True)
class AssessmentInputs:
    """Everything the engine scores.  Periods are inclusive "YYYY-MM" months.

    ``responses`` maps item or gate codes to answers (bool, choice key or number);
    ``evidence`` holds codes with at least one evidence file; ``panel`` holds the
    aggregated panel points per judgement item (missing means awaiting panel);
    ``baseline`` may give ``{"year": 2019, "emissions_t": 1234.0}``.
    """

    profile: SiteProfile
    period_start: str
    period_end: str
    activity: tuple[ActivityRecord, ...] = ()
    responses: Mapping[str, object] = field(default_factory=dict)
    evidence: frozenset[str] = frozenset()
    panel: Mapping[str, float] = field(default_factory=dict)
    baseline: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.activity, tuple):
            object.__setattr__(self, "activity", tuple(self.activity))
        if not isinstance(self.evidence, frozenset):
            object.__setattr__(self, "evidence", frozenset(self.evidence))


def month_index(month: str) -> int:
    """``"2023-05"`` -> 2023*12 + 4; raises ``ValueError`` on a malformed month."""
    if len(month) != 7 or month[4] != "-":
        raise ValueError(f"month {month!r} is not YYYY-MM")
    y, m = int(month[:4]), int(month[5:])
    if not 1 <= m <= 12:
        raise ValueError(f"month {month!r} is not YYYY-MM")
    return y * 12 + m - 1


def months_between(start: str, end: str) -> int:
    """Number of months from ``start`` to ``end`` inclusive (0 if end precedes start)."""
    return max(0, month_index(end) - month_index(start) + 1)
