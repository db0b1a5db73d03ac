"""The column-free fast records pass gives exactly what the full loop gives, for usual and unusual records."""

from __future__ import annotations

import random

import pytest

import scoring.scan as scan_mod
from scoring import ActivityRecord, AssessmentInputs, SiteProfile, load_criteria_set, load_factor_set, score

CARRIERS = (("grid_electricity", "kWh", 80_000.0), ("green_electricity", "MWh", 40.0),
            ("pv_self_used", "kWh", 15_000.0), ("natural_gas", "m3", 6_000.0), ("diesel", "L", 300.0))


def _grouped(rng: random.Random, year: int = 2023) -> list[ActivityRecord]:
    return [ActivityRecord(c, f"{year}-{m:02d}", base * rng.uniform(0.7, 1.3), unit, rng.random() < 0.1)
            for c, unit, base in CARRIERS for m in range(1, 13)]


def _variant(rng: random.Random, k: int) -> tuple[list[ActivityRecord], str, str]:
    """Grouped records of 2023 with one kind of oddity (k == 0: none)."""
    recs = _grouped(rng)
    start, end = "2023-01", "2023-12"
    i = rng.randrange(len(recs))
    r = recs[i]

    def put(**kw: object) -> None:
        recs[i] = ActivityRecord(**{**{f: getattr(r, f) for f in r.__slots__}, **kw})  # type: ignore[arg-type]

    match k:
        case 1:
            put(meter_id="m2")
        case 2:
            put(month="2024-01")  # outside the period
        case 3:
            put(month="2023-1 ")  # a month the full loop accepts, written unusually
        case 4:
            recs.append(recs[i])  # duplicate, at the end (carrier apart)
        case 5:
            recs.insert(i, recs[i])  # duplicate next to itself
        case 6:
            put(quantity=-1.0)
        case 7:
            put(quantity=-0.0)
        case 8:
            put(quantity=0.0)
        case 9:
            put(quantity=float("nan"))
        case 10:
            put(quantity=float("inf"))
        case 11:
            put(quantity="12")
        case 12:
            put(unit="MWh" if r.unit == "kWh" else "kWh")  # another unit for the same carrier
        case 13:
            put(unit="kg")  # does not fit the carrier
        case 14:
            put(carrier="steam")
        case 15:
            rng.shuffle(recs)
        case 16:
            put(estimated=rng.choice([0, 1, "", "yes", None, 2.5]))  # type: ignore[arg-type]
        case 17:
            put(carrier="".join(r.carrier), unit="".join(r.unit))  # equal strings, other objects
        case 18:
            recs = []
        case 19:
            start, end = "2023-07", "2024-06"  # two calendar years: always the full loop
        case 20:
            start, end = "2023-01", "2023-06"
        case 21:
            put(month="2023-13")
        case 22:
            put(quantity=3)  # an int
        case 23:
            put(quantity=True)
    return recs, start, end


def _fields(sc: scan_mod.Scan) -> dict[str, str]:
    names = ("lo", "hi", "period_error", "monthly", "by_year", "bad", "outside", "duplicates", "negative",
             "estimated", "counted", "digest")
    # repr keeps -0.0 apart from 0.0 and shows dict order
    return {n: repr(list(getattr(sc, n).items()) if isinstance(getattr(sc, n), dict) else getattr(sc, n))
            for n in names}


@pytest.mark.parametrize("k", range(24))
def test_fast_pass_matches_the_full_loop(k: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(k)
    for _ in range(15):
        recs, start, end = _variant(rng, k)
        inputs = AssessmentInputs(SiteProfile("park"), start, end, tuple(recs))
        fast = scan_mod._scan(inputs)
        with monkeypatch.context() as m:
            m.setattr(scan_mod, "_plain_pass", lambda *a: None)
            full = scan_mod._scan(inputs)
        assert _fields(fast) == _fields(full)


def test_fast_pass_is_taken_for_usual_records() -> None:
    recs = _grouped(random.Random(1))
    assert scan_mod._plain_pass(tuple(recs), 2023 * 12, 2023 * 12 + 11) is not None


def test_cards_are_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    cs, fs = load_criteria_set("nzc_park", "2025.1"), load_factor_set("2025.1")
    rng = random.Random(3)
    for k in range(24):
        recs, start, end = _variant(rng, k)
        inputs = AssessmentInputs(SiteProfile("park", floor_area_m2=5e4, occupants=900), start, end, tuple(recs),
                                  {"PK-G2": True, "PK-E4": 40.0}, frozenset({"PK-G2"}), {"PK-C3": 4.0},
                                  {"year": 2019, "emissions_t": 5000.0})
        fast = score(inputs, cs, fs).to_json()
        with monkeypatch.context() as m:
            m.setattr(scan_mod, "_plain_pass", lambda *a: None)
            full = score(AssessmentInputs(**{f: getattr(inputs, f) for f in inputs.__dataclass_fields__}),
                         cs, fs).to_json()
        assert fast == full, k
