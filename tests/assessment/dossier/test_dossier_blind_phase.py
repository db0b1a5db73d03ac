"""During independent scoring no dossier, for anyone, prints members' points or comments."""

from __future__ import annotations

from assessment import ops
from assessment.dossier.build import build_dossier
from assessment.panel import setup

CHAIR = "陈教授（示例评审组长）"


def test_panel_section_empty_until_the_read_phase(demo_db):
    aid = ops.site_assessment_id(demo_db, "DEMO-P01")
    blind = build_dossier(demo_db, aid)
    assert blind.panel_items == () and blind.panel_comments == ()
    setup.set_phase(demo_db, CHAIR, "DEMO-2023", "read")
    opened = build_dossier(demo_db, aid)
    assert opened.panel_items, "after the blind phase the aggregated panel scores are printed"
