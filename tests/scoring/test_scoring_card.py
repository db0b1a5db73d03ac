"""The score card: what-if overrides, determinism, SHA-256 of the inputs, snapshots read back."""

from __future__ import annotations

import dataclasses
import json

import pytest
import yaml

from scoring import (
    ActivityRecord,
    CriteriaSet,
    FactorSet,
    ScoreCard,
    input_hash,
    load_criteria_text,
    score,
)
from scoring.factors import load_factor_file
from tests.scoring.scoring_inputs import make_inputs, monthly
from tests.scoring.test_scoring_engine_park import park_inputs


def test_what_if_does_not_touch_the_inputs(park: CriteriaSet, factors: FactorSet) -> None:
    inp = park_inputs(responses={"PK-E4": 10})
    before = dict(inp.responses)
    base = score(inp, park, factors)
    what = score(inp, park, factors, overrides={"PK-E4": 60, "PK-S2": 0, "profile.floor_area_m2": 5.0})
    assert dict(inp.responses) == before and inp.profile.floor_area_m2 == 10_000
    assert not base.is_what_if and what.is_what_if
    assert what.item("PK-E4").points == 5.0 and base.item("PK-E4").points == 0.0
    assert what.item("PK-S2").points == 0.0
    assert what.account.metrics["intensity_per_m2"].value == pytest.approx(26.514 * 1000 / 5.0)
    assert what.input_hash != base.input_hash
    assert what.overrides == {"PK-E4": 60, "PK-S2": 0, "profile.floor_area_m2": 5.0}
    assert score(inp, park, factors).to_json() == base.to_json()


def test_what_if_on_a_metric_and_the_baseline(park: CriteriaSet, factors: FactorSet) -> None:
    inp = park_inputs()
    what = score(inp, park, factors, overrides={"clean_energy_share": 75, "baseline.emissions_t": 27.0})
    assert what.item("PK-E1").points == 8.0 and what.item("PK-E1").input_value == 75.0
    assert what.item("PK-C2").input_value == pytest.approx(100 * (27 - 26.514) / 27)
    with pytest.raises(ValueError, match="unknown override"):
        score(inp, park, factors, overrides={"PK-ZZ": 1})
    with pytest.raises(ValueError, match="not a number"):
        score(inp, park, factors, overrides={"renewable_share": "lots"})


def test_same_inputs_give_a_byte_identical_card(park: CriteriaSet, factors: FactorSet) -> None:
    a = score(park_inputs(), park, factors).to_json()
    b = score(park_inputs(), park, factors).to_json()
    assert a == b and a.encode("utf-8") == b.encode("utf-8")
    doc = json.loads(a)
    assert doc["criteria_code"] == "nzc_park" and doc["criteria_version"] == "2025.1"
    assert doc["factor_version"] == "2025.1" and len(doc["input_hash"]) == 64


def test_record_order_and_int_or_float_do_not_change_the_hash(park: CriteriaSet, factors: FactorSet) -> None:
    inp = park_inputs()
    shuffled = dataclasses.replace(inp, activity=tuple(reversed(inp.activity)))
    assert score(shuffled, park, factors).to_json() == score(inp, park, factors).to_json()
    as_float = dataclasses.replace(inp, responses={k: float(v) if type(v) is int else v
                                                   for k, v in inp.responses.items()})
    assert input_hash(as_float, park, factors) == input_hash(inp, park, factors)


def test_hash_covers_inputs_criteria_version_and_factor_version(park: CriteriaSet, factors: FactorSet) -> None:
    inp = park_inputs()
    h = input_hash(inp, park, factors)
    changed = dataclasses.replace(inp, activity=inp.activity[:-1] + (
        dataclasses.replace(inp.activity[-1], quantity=inp.activity[-1].quantity + 1e-6),))
    assert input_hash(changed, park, factors) != h
    assert input_hash(dataclasses.replace(inp, evidence=frozenset()), park, factors) != h
    assert input_hash(dataclasses.replace(inp, panel={}), park, factors) != h
    raw = yaml.safe_load(open(_park_path(), encoding="utf-8"))
    raw["version"] = "2025.2"
    park2 = load_criteria_text(yaml.safe_dump(raw, allow_unicode=True), "p.yaml")
    assert input_hash(inp, park2, factors) != h
    ftext = open(_factor_path(), encoding="utf-8").read().replace('version: "2025.1"', 'version: "2025.9"')
    factors2 = load_factor_file("f.yaml", ftext)
    assert input_hash(inp, park, factors2) != h
    assert score(inp, park, factors2).factor_version == "2025.9"


def _park_path() -> str:
    import importlib.resources
    return str(importlib.resources.files("resources") / "criteria" / "nzc_park-2025.1.yaml")


def _factor_path() -> str:
    import importlib.resources
    return str(importlib.resources.files("resources") / "factors" / "factors-2025.1.yaml")


def test_snapshot_round_trip(park: CriteriaSet, factors: FactorSet) -> None:
    card = score(park_inputs(responses={"PK-R3": "partial"}, panel={"PK-S2": None}), park, factors)
    text = card.to_json()
    back = ScoreCard.from_json(text)
    assert back.to_json() == text
    assert back.item("PK-R3").points == 2.0 and back.tier == card.tier
    assert back.account.metrics["carbon_per_tce"].value == pytest.approx(
        card.account.metrics["carbon_per_tce"].value, abs=1e-6)
    assert ScoreCard.from_dict(card.to_dict()).to_dict() == card.to_dict()


def test_card_carries_quality_findings(park: CriteriaSet, factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 1_000, "kWh", months=range(1, 7)) + (
        ActivityRecord("grid_electricity", "2023-03", 1_000, "kWh"),)
    card = score(make_inputs(activity=recs, start="2023-01", end="2023-06"), park, factors)
    levels = {f.code: f.level for f in card.quality}
    assert levels["months"] == "warning" and levels["duplicates"] == "error" and levels["evidence"] == "warning"


def test_what_if_on_a_metric_item_code(park: CriteriaSet, factors: FactorSet) -> None:
    what = score(park_inputs(), park, factors, overrides={"PK-E2": 17.5})
    assert what.item("PK-E2").input_value == 17.5 and what.item("PK-E2").points == pytest.approx(4.0)


def test_awaiting_panel_is_a_quality_warning(park: CriteriaSet, factors: FactorSet) -> None:
    card = score(park_inputs(panel={"PK-S2": None}), park, factors)
    panel = next(f for f in card.quality if f.code == "panel")
    assert panel.level == "warning" and "PK-S2" in panel.message_en
