"""Small builders for scoring test inputs (imported by the scoring tests)."""

from __future__ import annotations

from collections.abc import Mapping

from scoring import ActivityRecord, AssessmentInputs, SiteProfile


def monthly(carrier: str, quantity: float, unit: str, year: int = 2023, months: range = range(1, 13),
            **kw: object) -> tuple[ActivityRecord, ...]:
    return tuple(ActivityRecord(carrier, f"{year}-{m:02d}", quantity, unit, **kw) for m in months)  # type: ignore[arg-type]


def make_inputs(site_type: str = "park", *, subtype: str = "", activity: tuple[ActivityRecord, ...] | None = None,
                responses: Mapping[str, object] | None = None, panel: Mapping[str, float] | None = None,
                evidence: frozenset[str] = frozenset(), baseline: Mapping[str, float] | None = None,
                floor_area: float | None = 10_000.0, occupants: int | None = 500,
                start: str = "2023-01", end: str = "2023-12") -> AssessmentInputs:
    if activity is None:
        activity = monthly("grid_electricity", 100_000.0, "kWh")
    return AssessmentInputs(
        SiteProfile(site_type, subtype, floor_area_m2=floor_area, occupants=occupants),
        start, end, activity, dict(responses or {}), evidence, dict(panel or {}), dict(baseline or {}),
    )
