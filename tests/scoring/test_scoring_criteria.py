"""Criteria sets: the four packaged sets, strict validation with precise messages, diffs."""

from __future__ import annotations

import copy
import importlib.resources
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scoring import (
    CriteriaError,
    CriteriaSet,
    criteria_code_for_site_type,
    diff_criteria,
    list_criteria_sets,
    load_criteria_file,
    load_criteria_set,
    load_criteria_text,
)
from scoring.metrics import METRICS

SETS = ("nzc_park", "nzc_school", "nzc_building", "nzc_public_facility")


def park_raw() -> dict[str, Any]:
    text = (importlib.resources.files("resources") / "criteria" / "nzc_park-2025.1.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    assert isinstance(raw, dict)
    return raw


def item(raw: dict[str, Any], code: str) -> dict[str, Any]:
    for c in raw["categories"]:
        for it in c["items"]:
            if it["code"] == code:
                return it  # type: ignore[no-any-return]
    raise KeyError(code)


def refused(mutate: Callable[[dict[str, Any]], None]) -> str:
    raw = park_raw()
    mutate(raw)
    with pytest.raises(CriteriaError) as e:
        load_criteria_text(yaml.safe_dump(raw, allow_unicode=True), "broken-park.yaml")
    msg = str(e.value)
    assert msg.startswith("broken-park.yaml: ")
    return msg


def test_four_sets_are_packaged_and_listed() -> None:
    infos = list_criteria_sets()
    assert sorted(i.code for i in infos) == sorted(SETS)
    assert {i.site_type for i in infos} == {"park", "school", "building", "public_facility"}
    for st in ("park", "school", "building", "public_facility"):
        assert criteria_code_for_site_type(st).startswith("nzc_")
    with pytest.raises(CriteriaError):
        criteria_code_for_site_type("spaceport")


@pytest.mark.parametrize("code", SETS)
def test_packaged_set_is_complete(code: str) -> None:
    cs = load_criteria_set(code)
    assert cs is load_criteria_set(code, "2025.1")  # cached
    assert cs.scale == 100 and cs.max_total == 100 + cs.bonus_cap and cs.bonus_cap == 5
    assert sum(c.max_points for c in cs.categories) == 100
    assert [t.min_total for t in cs.tiers] == [80, 60, 0]
    assert [t.name_zh for t in cs.tiers] == ["示范基地", "培育对象", "未达标"]
    assert cs.gates, "every set has gates"
    kinds = {i.kind for i in cs.items}
    assert {"metric", "yes_no", "choice", "panel"} <= kinds
    for it in cs.items:
        assert it.name_zh and it.name_en and it.source
        assert it.rule_zh and it.rule_en
        if it.evidence_required:
            assert it.evidence_hint_zh and it.evidence_hint_en
        if it.metric:
            assert it.metric in METRICS
    assert any(i.bonus for i in cs.items)


def test_set_specific_content(park: CriteriaSet, building: CriteriaSet, facility: CriteriaSet) -> None:
    g1 = park.gates[0]
    assert g1.metric == "carbon_per_tce" and g1.test is not None and g1.test.le == 0.20
    assert g1.variants[0].test.le == 0.30 and g1.variants[0].when.gt == 1_000_000
    assert [c.ref for c in building.tiers[0].conditions] == ["BD-E1", "BD-E2", "onsite_renewable_ratio"]
    assert building.items_by_code["BD-X1"].bonus  # embodied carbon is a bonus
    subtypes = {i.code: i.applies_to_subtypes for i in facility.items}
    assert subtypes["PF-E1"] == ("data_centre",) and subtypes["PF-E2"] == ("water_plant",)
    assert subtypes["PF-E3"] == ("transport_hub",)
    assert facility.items_by_code["PF-E2"].params == {"treated_volume_m3": "PF-W0"}


def test_unknown_metric() -> None:
    msg = refused(lambda r: item(r, "PK-E1").update(metric="green_vibes"))
    assert "item PK-E1" in msg and "unknown metric 'green_vibes'" in msg


def test_category_points_cannot_add_up() -> None:
    msg = refused(lambda r: item(r, "PK-E3").update(max_points=6))
    assert "category energy" in msg and "points cannot add up" in msg


def test_rule_cannot_reach_max_points() -> None:
    def m(r: dict[str, Any]) -> None:
        item(r, "PK-E1")["rule"]["bands"][0]["points"] = 10
    msg = refused(m)
    assert "item PK-E1" in msg and "points cannot add up" in msg


def test_categories_must_add_up_to_the_scale() -> None:
    assert "scale" in refused(lambda r: r.update(scale=90))


def test_duplicate_code() -> None:
    msg = refused(lambda r: item(r, "PK-E2").update(code="PK-E1"))
    assert "item PK-E1" in msg and "duplicate code" in msg


def test_overlapping_bands() -> None:
    def m(r: dict[str, Any]) -> None:
        item(r, "PK-E1")["rule"]["bands"][1] = {"ge": 70, "le": 90, "points": 8}  # shares 90 with band 1
    msg = refused(m)
    assert "item PK-E1" in msg and "band 1 overlaps band 2" in msg


def test_touching_half_open_bands_are_fine() -> None:
    raw = park_raw()
    item(raw, "PK-E1")["rule"]["bands"][1] = {"ge": 70, "lt": 90, "points": 8}
    load_criteria_text(yaml.safe_dump(raw, allow_unicode=True), "ok.yaml")


def test_missing_translation() -> None:
    msg = refused(lambda r: item(r, "PK-R1").pop("name_en"))
    assert "item PK-R1" in msg and "missing translation 'name_en'" in msg
    msg = refused(lambda r: item(r, "PK-R1").update(help_zh="只有中文"))
    assert "item PK-R1" in msg and "missing translation" in msg


def test_unknown_key_is_a_typo() -> None:
    msg = refused(lambda r: item(r, "PK-R1").update(max_pionts=3))
    assert "item PK-R1" in msg and "max_pionts" in msg


def test_choice_points_and_gate_metric() -> None:
    def m(r: dict[str, Any]) -> None:
        item(r, "PK-R3")["choices"][0]["points"] = 4
    assert "item PK-R3" in refused(m)
    msg = refused(lambda r: r["gates"][0].update(metric="nope"))
    assert "gate PK-G1" in msg and "unknown metric" in msg


def test_tiers_must_be_ordered_and_named() -> None:
    assert "highest to lowest" in refused(lambda r: r["tiers"].reverse())
    assert "tier cultivation" in refused(lambda r: r["tiers"][1].pop("name_en"))


def test_evidence_needs_a_hint_and_items_need_a_source() -> None:
    assert "evidence required" in refused(lambda r: item(r, "PK-E1").update(evidence={"required": True}))
    assert "missing 'source'" in refused(lambda r: item(r, "PK-E1").pop("source"))


def test_bad_yaml_and_file_errors(tmp_path: Path) -> None:
    p = tmp_path / "broken.yaml"
    p.write_text("code: [unclosed", encoding="utf-8")
    with pytest.raises(CriteriaError, match=r"^broken\.yaml: not valid YAML"):
        load_criteria_file(p)
    with pytest.raises(CriteriaError, match="missing.yaml"):
        load_criteria_file(tmp_path / "missing.yaml")


def test_load_criteria_file_accepts_a_valid_copy(tmp_path: Path) -> None:
    p = tmp_path / "park-copy.yaml"
    p.write_text(yaml.safe_dump(park_raw(), allow_unicode=True), encoding="utf-8")
    cs = load_criteria_file(p)
    assert cs.code == "nzc_park" and cs.source_file == "park-copy.yaml" and len(cs.items) == 19


def test_unknown_set_or_version() -> None:
    with pytest.raises(CriteriaError, match="unknown criteria set"):
        load_criteria_set("nope")
    with pytest.raises(CriteriaError, match="no version"):
        load_criteria_set("nzc_park", "1999.1")


def test_diff_between_versions(park: CriteriaSet) -> None:
    raw = park_raw()
    new = copy.deepcopy(raw)
    new["version"] = "2026.1"
    item(new, "PK-E1")["rule"]["bands"][2]["points"] = 5
    new["categories"][0]["items"] = [i for i in new["categories"][0]["items"] if i["code"] != "PK-E5"]
    new["categories"][0]["items"].append({
        "code": "PK-E6", "kind": "yes_no", "name_zh": "储能", "name_en": "Storage", "max_points": 5,
        "source": "programme-defined"})
    new["tiers"][0]["min_total"] = 85
    b = load_criteria_text(yaml.safe_dump(new, allow_unicode=True), "park-2026.yaml")
    changes = diff_criteria(park, b)
    text = [str(c) for c in changes]
    assert "removed item PK-E5" in text and "added item PK-E6" in text
    assert any(c.path == "item PK-E1" and c.field == "rule" for c in changes)
    assert any(c.path == "tier demonstration" and c.field == "min_total" and c.old == "80.0" and c.new == "85.0"
               for c in changes)
    assert diff_criteria(park, park) == []
