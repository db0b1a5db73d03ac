"""Seeded, varied scoring cases for the byte-identical card fingerprint test (all four shipped sets)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from scoring import ActivityRecord, AssessmentInputs, CriteriaSet, SiteProfile, load_criteria_set

SETS = ("nzc_park", "nzc_school", "nzc_building", "nzc_public_facility")
SITE_TYPE = {"nzc_park": "park", "nzc_school": "school", "nzc_building": "building",
             "nzc_public_facility": "public_facility"}
SUBTYPES = ("", "", "data_centre", "water_plant", "transport_hub")
CARRIER_UNITS = (
    ("grid_electricity", ("kWh", "MWh", "度", "万kWh"), 80_000.0),
    ("green_electricity", ("kWh", "MWh"), 20_000.0),
    ("pv_self_used", ("kWh",), 15_000.0),
    ("wind_self_used", ("kWh",), 5_000.0),
    ("pv_exported", ("kWh",), 4_000.0),
    ("it_electricity", ("kWh", "MWh"), 30_000.0),
    ("natural_gas", ("m3", "万立方米"), 6_000.0),
    ("diesel", ("t", "kg", "L"), 0.3),
    ("gasoline", ("t", "L"), 0.2),
    ("lpg", ("t", "kg"), 0.1),
    ("purchased_heat", ("GJ", "MJ"), 200.0),
    ("purchased_cooling", ("GJ",), 100.0),
    ("water", ("m3", "t"), 900.0),
)
PERIODS = (("2023-01", "2023-12"),) * 4 + (("2022-07", "2023-06"), ("2024-01", "2024-12"), ("2023-01", "2023-06"),
                                          ("2020-01", "2020-12"), ("2023-12", "2023-01"), ("2023-1", "2023-12"))
CHOICE_KEYS = ("full", "partial", "none", "verified", "internal", "regular", "occasional", "bogus")


def _month(idx: int) -> str:
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def _records(rng: random.Random, start: str, end: str) -> tuple[ActivityRecord, ...]:
    try:
        lo = int(start[:4]) * 12 + int(start[5:]) - 1
        hi = int(end[:4]) * 12 + int(end[5:]) - 1
    except ValueError:
        lo, hi = 2023 * 12, 2023 * 12 + 11
    if hi < lo:
        lo, hi = hi, lo
    recs: list[ActivityRecord] = []
    carriers = rng.sample(CARRIER_UNITS, rng.randint(1, 6))
    if rng.random() < 0.7:
        carriers.append(CARRIER_UNITS[0])
    for code, units, base in carriers:
        unit = rng.choice(units)
        scale = {"MWh": 1e-3, "万kWh": 1e-4, "万立方米": 1e-4, "kg": 1e3, "L": 1.2e3, "MJ": 1e3}.get(unit, 1.0)
        meters = ("",) if rng.random() < 0.8 else ("", "m2")
        for mi in range(lo, hi + 1):
            if rng.random() < 0.05:
                continue  # missing month
            for meter in meters:
                q = base * scale * rng.uniform(0.6, 1.4)
                if rng.random() < 0.02:
                    q *= 8.0  # outlier
                recs.append(ActivityRecord(code, _month(mi), q, unit, rng.random() < 0.15, meter))
    extra = rng.random()
    if extra < 0.1:
        recs.append(ActivityRecord("grid_electricity", _month(hi + 1), 123.0, "kWh"))  # outside the period
    elif extra < 0.18:
        recs.append(ActivityRecord("grid_electricity", _month(lo), 10.0, "kg"))  # unit does not fit
    elif extra < 0.22:
        recs.append(ActivityRecord("steam", _month(lo), 10.0, "GJ"))  # unknown carrier
    elif extra < 0.26:
        recs.append(ActivityRecord("natural_gas", _month(lo), -5.0, "m3"))  # negative
    elif extra < 0.30 and recs:
        recs.append(recs[0])  # duplicate
    elif extra < 0.33:
        recs.append(ActivityRecord("grid_electricity", "2023-13", 1.0, "kWh"))  # malformed month
    elif extra < 0.35:
        recs.append(ActivityRecord("grid_electricity", _month(lo), float("inf"), "kWh"))
    if rng.random() < 0.05:
        recs = []
    rng.shuffle(recs)
    return tuple(recs)


def _answer(rng: random.Random, kind: str) -> object:
    r = rng.random()
    if r < 0.08:
        return None
    if r < 0.12:
        return rng.choice(["yes", "否", "85%", " 42 ", "n/a", 3, [1]])
    if kind == "yes_no":
        return rng.random() < 0.7
    if kind == "choice":
        return rng.choice(CHOICE_KEYS)
    return round(rng.uniform(-10, 130), rng.choice((0, 1, 3)))


def make_case(rng: random.Random, code: str, cs: CriteriaSet) -> tuple[AssessmentInputs, dict[str, object]]:
    start, end = rng.choice(PERIODS)
    responses: dict[str, object] = {}
    for g in cs.gates:
        a = _answer(rng, g.kind)
        if a is not None:
            responses[g.code] = a
    for it in cs.items:
        if it.kind != "panel":
            a = _answer(rng, it.kind)
            if a is not None:
                responses[it.code] = a
    panel = {it.code: round(rng.uniform(-1, it.max_points + 2), 2) for it in cs.items
             if it.kind == "panel" and rng.random() < 0.6}
    codes = sorted(responses) + [g.code for g in cs.gates]
    evidence = frozenset(c for c in codes if rng.random() < 0.6)
    profile = SiteProfile(
        SITE_TYPE[code], rng.choice(SUBTYPES),
        floor_area_m2=rng.choice((None, 0.0, rng.uniform(500, 5e5), rng.uniform(500, 5e5))),
        land_area_m2=rng.choice((None, rng.uniform(1e3, 1e6))),
        occupants=rng.choice((None, 0, rng.randint(1, 20_000), rng.randint(1, 20_000))),
        green_space_m2=rng.choice((None, None, rng.uniform(100, 5e4))),
        region=rng.choice(("guangdong", "guangdong", "southern_grid", "national", "hainan", "")),
    )
    baseline: dict[str, float] = {}
    if rng.random() < 0.7:
        baseline = {"year": 2019, "emissions_t": rng.choice((0.0, rng.uniform(100, 9000), rng.uniform(100, 9000)))}
    inputs = AssessmentInputs(profile, start, end, _records(rng, start, end), responses, evidence, panel, baseline)
    overrides: dict[str, object] = {}
    if rng.random() < 0.25:
        pick = rng.random()
        items = [it for it in cs.items]
        it = rng.choice(items)
        if pick < 0.3:
            overrides["renewable_share"] = rng.uniform(0, 100)
        elif pick < 0.5:
            overrides[it.code] = rng.uniform(0, it.max_points) if it.kind in ("panel", "metric", "number") else (
                rng.choice([c.key for c in it.choices]) if it.choices else True)
        elif pick < 0.65:
            overrides["profile.floor_area_m2"] = rng.uniform(1000, 1e5)
        elif pick < 0.8:
            overrides["baseline.emissions_t"] = rng.uniform(100, 5000)
        else:
            overrides[cs.gates[0].code] = rng.choice((True, False, 50))
    return inputs, overrides


def bench_like(rng: random.Random) -> AssessmentInputs:
    """A park assessment shaped like the benchmark's (full year, five carriers, most answers given)."""
    recs = tuple(
        ActivityRecord(c, f"2023-{m:02d}", base * rng.uniform(0.7, 1.3), unit, rng.random() < 0.05)
        for c, unit, base in (("grid_electricity", "kWh", 80_000.0), ("green_electricity", "MWh", 40.0),
                              ("pv_self_used", "kWh", 15_000.0), ("natural_gas", "m3", 6_000.0),
                              ("diesel", "L", 300.0)) for m in range(1, 13))
    responses: dict[str, object] = {
        "PK-G2": True, "PK-G3": rng.random() < 0.9, "PK-E3": rng.random() < 0.7,
        "PK-E4": rng.uniform(10, 70), "PK-E5": rng.random() < 0.6, "PK-R1": rng.uniform(30, 95),
        "PK-R2": rng.uniform(40, 95), "PK-R3": rng.choice(["full", "partial", "none"]),
        "PK-C1": rng.choice(["verified", "internal", "none"]), "PK-B1": rng.uniform(0, 80),
        "PK-B2": rng.random() < 0.8, "PK-B3": rng.uniform(0, 100), "PK-S1": rng.uniform(10, 40),
        "PK-X1": rng.random() < 0.1, "PK-X2": rng.random() < 0.2,
    }
    panel = {"PK-C3": rng.uniform(2, 6), "PK-S2": rng.uniform(2, 6)}
    profile = SiteProfile("park", floor_area_m2=rng.uniform(2e4, 5e5), occupants=rng.randint(200, 20_000))
    return AssessmentInputs(profile, "2023-01", "2023-12", recs, responses,
                            frozenset(k for k in responses if rng.random() < 0.8), panel,
                            {"year": 2019, "emissions_t": rng.uniform(3000, 9000)})


def cases(n_per_set: int = 100, seed: int = 20261123) -> Iterator[tuple[str, AssessmentInputs, dict[str, object]]]:
    """``n_per_set`` cases per shipped criteria set, always the same for the same seed."""
    rng = random.Random(seed)
    for code in SETS:
        cs = load_criteria_set(code, "2025.1")
        for _ in range(n_per_set):
            inputs, overrides = make_case(rng, code, cs)
            yield code, inputs, overrides
    for _ in range(n_per_set):
        yield "nzc_park", bench_like(rng), {}
