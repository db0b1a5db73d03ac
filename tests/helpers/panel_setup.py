"""Builds a panel test campaign: a chair, three members, a secretariat and park candidates under review."""

from __future__ import annotations

from dataclasses import dataclass

from assessment import ops
from assessment.db import Database
from assessment.models import Assessment, CampaignMember
from assessment.ops.common import get_or_create_person
from scoring import list_criteria_sets, list_factor_sets

CHAIR, ALICE, BOB, CAROL, SEC, ASSESSOR = "陈组长", "Alice", "Bob", "Carol", "秘书处", "Assessor Li"
CAMPAIGN = "PANEL-T"


@dataclass
class Panel:
    db: Database
    campaign: str
    sites: dict[str, str]  # code -> assessment id


def build_panel(db: Database, code: str = CAMPAIGN, n_sites: int = 3) -> Panel:
    pins = {i.site_type: f"{i.code}@{i.version}" for i in list_criteria_sets()}
    ops.create_campaign(db, "setup", code=code, name=f"评审测试 {code}", year=2023, criteria_versions=pins,
                        factor_set_version=list_factor_sets()[-1].version, award_quotas={"park": 1})
    people = [(CHAIR, "示例大学", "panel_chair"), (ALICE, "Energy Institute", "panel_member"),
              (BOB, "Green Park Operations Ltd", "panel_member"), (CAROL, "Env Lab", "panel_member"),
              (SEC, "Programme office", "secretariat"), (ASSESSOR, "Third party", "assessor")]
    with db.write() as s:
        from sqlalchemy import select

        from assessment.models import Campaign

        camp = s.execute(select(Campaign).where(Campaign.code == code)).scalar_one()
        for name, org, role in people:
            p = get_or_create_person(s, name, org)
            s.add(CampaignMember(campaign_id=camp.id, person_id=p.id, role=role))
    sites = {}
    operators = ["Sunrise Park Co", "Green Park Operations Ltd", "Harbour Estates", "Lotus Group", "Pine Ltd",
                 "Maple Co"]
    for k in range(n_sites):
        sc = f"{code}-P{k + 1}"
        _, a = ops.create_site(db, "setup", {"name": f"园区{k + 1}", "site_type": "park", "subtype": "industrial_park",
                                             "floor_area_m2": 50000 + 1000 * k, "occupants": 800,
                                             "operator_org": operators[k % len(operators)]},
                               campaign=code, code=sc)
        assert a is not None
        sites[sc] = a.id
    with db.write() as s:
        for aid in sites.values():
            s.get(Assessment, aid).status = "under_review"
    return Panel(db, code, sites)



PANEL_ITEMS = {"PK-C3": 6, "PK-S2": 6, "PK-X3": 3}


def score_all(db: Database, member: str, site: str, points: dict[str, float] | float, comment: str = "",
              campaign: str = CAMPAIGN) -> None:
    """Score every judgement item of a candidate (a number is capped at each item's maximum)."""
    from assessment.panel.scoring_ops import score_item

    for item, mx in PANEL_ITEMS.items():
        p = points[item] if isinstance(points, dict) else min(points, mx)
        score_item(db, member, site, item, p, comment or None, campaign=campaign)
