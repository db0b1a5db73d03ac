"""Demo panel scores: every member and the chair score the demo candidates under review (independent phase)."""

from __future__ import annotations

import random

from sqlalchemy import select

from assessment.db import Database
from assessment.models import Campaign, CampaignMember, Person, Site
from assessment.panel.access import resolve
from assessment.panel.scoring_ops import apply_score, candidates
from assessment.panel.visibility import own_scores, panel_items

COMMENTS = (
    ("运营管理制度完善，能源平台数据连续。", "Management system in place; energy platform data continuous."),
    ("示范价值较高，可在同类场地推广。", "Good demonstration value; replicable at similar sites."),
    ("部分措施仍在建设中，建议复核运行效果。", "Some measures still being built; re-check their effect."),
    ("创新点明确，但证明材料可再补充。", "Clear innovation; evidence could be stronger."),
)


def _quality(site: Site, definition: dict[str, float]) -> float:
    return float(definition.get(site.code, 0.6))


def add_demo_panel_scores(db: Database, campaign: str | None = None) -> int:
    """Give each under-review demo candidate plausible scores from each scorer; returns how many were added.

    Scores follow the candidate's demo quality with a per-member bias and a little noise (deterministic),
    so one candidate shows a strong disagreement. Existing scores are kept; conflicted members skip.
    """
    from assessment.demo import load_demo_definition

    spec = load_demo_definition()
    quality = {s["code"]: float(s.get("quality", 0.6)) for s in spec.get("sites", [])}
    code = campaign or spec["campaign"]["code"]
    with db.read() as s:
        camp = s.execute(select(Campaign).where(Campaign.code == code)).scalar_one()
        names = list(s.execute(select(Person.name).join(CampaignMember, CampaignMember.person_id == Person.id)
                               .where(CampaignMember.campaign_id == camp.id,
                                      CampaignMember.role.in_(("panel_member", "panel_chair")))
                               .order_by(Person.name)).scalars().unique())
    added = 0
    for k, name in enumerate(names):
        bias = (-0.08, 0.0, 0.07, 0.03)[k % 4]
        with db.write() as s:
            viewer = resolve(s, name, code)
            if viewer.phase != "independent":
                return added
            for a in candidates(s, viewer, ("under_review",)):
                site = s.get(Site, a.site_id)
                assert site is not None
                if viewer.conflicted(site.id):
                    continue
                mine = own_scores(s, viewer, a)
                rng = random.Random(f"{site.code}-{name}-panel")
                q = _quality(site, quality)
                for item in panel_items(s, a):
                    if item.code in mine:
                        continue
                    share = q + bias + rng.uniform(-0.1, 0.1)
                    if k == 0 and site.code.endswith("F01"):
                        share -= 0.45  # one member sees the data centre very differently: a flagged spread
                    pts = round(max(0.0, min(1.0, share)) * item.max_points * 2) / 2
                    zh, _en = COMMENTS[(0 if pts >= 0.7 * item.max_points else 2) + rng.randrange(2)]
                    apply_score(s, viewer, a, item.code, pts, f"{zh}（示例）", None, source="demo")
                    added += 1
    return added
