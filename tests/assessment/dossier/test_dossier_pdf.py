"""The dossier PDF: valid, complete, bilingual, CJK embedded, page X of Y, provisional drafts marked."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers.dossier_setup import campaign_ids, pdftext, qpdf_ok, squash

from assessment.dossier import export_dossier, register_font
from assessment.dossier.fingerprint import read_metadata
from assessment.fonts import find_cjk_font
from scoring import ScoreCard

NAME = "示例·光明科创近零碳产业园"


def _card(db, aid: str) -> ScoreCard:
    from assessment.dossier.fingerprint import score_basis
    from assessment.models import Assessment

    with db.read() as s:
        return ScoreCard.from_json(score_basis(s, s.get(Assessment, aid)).card_json)


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_dossier_text_in_each_language(dossier_db, tmp_path: Path, lang: str) -> None:
    aid = campaign_ids(dossier_db)[0]
    out = tmp_path / f"d-{lang}.pdf"
    res = export_dossier(dossier_db, aid, out, lang=lang, actor="tester")
    assert qpdf_ok(out)
    text = pdftext(out)
    flat = squash(text)
    card = _card(dossier_db, aid)
    assert squash(NAME) in flat
    assert f"{card.total:.1f}" in text  # the total, e.g. 93.0
    assert res.fingerprint in flat
    if lang in ("zh", "both"):
        assert card.tier is not None and squash(card.tier.name_zh) in flat
        assert "评分结果" in flat and "第2页/共" in flat
    if lang in ("en", "both"):
        assert card.tier is not None and squash(card.tier.name_en) in flat
        assert "Scorecard" in flat and "page2of" in flat
    if lang == "zh":
        assert "Score card" not in text
    if lang == "en":
        assert "评分结果" not in flat


def test_dossier_has_every_section_and_page_numbers(dossier_db, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    export_dossier(dossier_db, campaign_ids(dossier_db)[0], out, lang="en")
    text = pdftext(out)
    pages = text.count("\f")
    for heading in ("Contents", "1. Site profile", "2. Energy and resource data", "Monthly data by carrier",
                    "3. Carbon accounts", "Emission factors", "4. Score card", "Gates", "Categories", "Items",
                    "5. Data-quality findings", "6. The panel's view", "Decision", "Signatures",
                    "Appendix: evidence", "Panel chair", "Secretariat"):
        assert heading in text, heading
    assert f"page {pages} of {pages}" in text
    flat = squash(text)
    assert "0.4419kgCO2/kWh" in flat  # Guangdong 2023 grid factor with its series and source
    assert "2025年第47号" in flat


def test_cjk_font_is_embedded(dossier_db, tmp_path: Path) -> None:
    if find_cjk_font() is None:
        pytest.skip("no TrueType CJK font on this machine (CI installs fonts-wqy-zenhei)")
    out = tmp_path / "d.pdf"
    export_dossier(dossier_db, campaign_ids(dossier_db)[0], out, lang="zh")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [ln.split() for ln in fonts.splitlines()[2:]]
    assert rows and all(r[-5] == "yes" for r in rows), fonts  # emb column: every font embedded
    assert "Helvetica" not in fonts
    meta = read_metadata(out.read_bytes())
    assert meta["LCSFont"].startswith("font: embedded TrueType")


def test_draft_is_marked_provisional(dossier_db, tmp_path: Path) -> None:
    draft = campaign_ids(dossier_db)[1]
    out = tmp_path / "draft.pdf"
    export_dossier(dossier_db, draft, out, lang="both")
    text = squash(pdftext(out))
    assert "暂定" in text and "PROVISIONAL" in text
    assert read_metadata(out.read_bytes())["LCSProvisional"] == "yes"


def test_fallback_font_is_announced(dossier_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import assessment.dossier.fonts as fonts

    register_font.cache_clear()
    monkeypatch.setattr(fonts, "find_cjk_font", lambda preferred=None: None)
    try:
        res = export_dossier(dossier_db, campaign_ids(dossier_db)[0], tmp_path / "f.pdf", lang="zh")
        meta = read_metadata((tmp_path / "f.pdf").read_bytes())
    finally:
        register_font.cache_clear()
    assert res.warnings and "STSong-Light" in res.warnings[0]
    assert "STSong-Light (not embedded" in meta["LCSFont"]
    assert qpdf_ok(tmp_path / "f.pdf")


def test_issue_is_recorded_once(dossier_db, tmp_path: Path) -> None:
    from sqlalchemy import select

    from assessment.models import AuditEvent, DossierRecord

    aid = campaign_ids(dossier_db)[0]
    a = export_dossier(dossier_db, aid, tmp_path / "a.pdf", actor="sec")
    b = export_dossier(dossier_db, aid, tmp_path / "b.pdf", actor="sec")
    assert a.number == b.number and a.fingerprint == b.fingerprint
    with dossier_db.read() as s:
        recs = s.execute(select(DossierRecord)).scalars().all()
        assert [(r.number, r.fingerprint, r.kind) for r in recs] == [(a.number, a.fingerprint, "dossier")]
        assert recs[0].snapshot_id is not None  # a decided assessment: its decision snapshot
        assert s.execute(select(AuditEvent).where(AuditEvent.action == "issue_dossier")).scalar() is not None


def test_empty_candidate_still_gets_a_dossier(db, tmp_path: Path) -> None:
    """No activity data, no answers, no photos: every section says so instead of failing."""
    from helpers.dossier_setup import ACTOR, make_campaign

    from assessment import ops

    make_campaign(db, 0, code="EMPTY")
    _, a = ops.create_site(db, ACTOR, {"name": "空白候选 Empty candidate", "site_type": "park"},
                           campaign="EMPTY", period=("2023-01", "2023-12"))
    out = tmp_path / "empty.pdf"
    export_dossier(db, a.id, out, lang="both")
    assert qpdf_ok(out)
    text = squash(pdftext(out))
    assert "空白候选" in text and "PROVISIONAL" in text
