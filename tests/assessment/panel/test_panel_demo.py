"""The demo panel scores: every scorer scores every demo candidate under review, once, in the independent phase."""

from __future__ import annotations

from assessment.panel import scoring_ops, setup
from assessment.panel.demo import add_demo_panel_scores

CHAIR = "陈教授（示例评审组长）"
SEC = "赵主任（示例秘书处）"


def test_demo_panel_scores(demo_db):
    add_demo_panel_scores(demo_db)  # install_demo may already have called it
    assert add_demo_panel_scores(demo_db) == 0  # idempotent
    st = scoring_ops.status(demo_db, SEC, "DEMO-2023")
    assert st.phase == "independent" and st.progress
    assert all(done.split("/")[0] == done.split("/")[1] != "0" for done in st.progress.values())
    setup.set_phase(demo_db, CHAIR, "DEMO-2023", "read")
    views = scoring_ops.candidate_views(demo_db, SEC, "DEMO-2023")
    assert any(it.aggregate is not None and it.aggregate.disagreement for v in views for it in v.items)
