"""Markup fuzz: every user text field prints literally (markup escaped, controls dropped, missing glyphs marked)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from helpers.dossier_setup import campaign_ids, qpdf_ok, squash
from sqlalchemy import select

from assessment.dossier import export_certificate, export_dossier, export_report
from assessment.dossier.text import markup, strip_controls
from assessment.models import Assessment, Campaign, Decision, Evidence, PanelScore, Person, Response, Site

LONG = "ABCDEFGHIJ" * 1000  # 10,000 characters without a space

FIELDS = {
    # field: (stored value, what pdftotext must return, whitespace removed)
    "address": ("a < b & c > d", "a<b&c>d"),
    "operator_org": ("<b>bold?</b> &amp; &lt;", "<b>bold?</b>&amp;&lt;"),
    "contact_name": ("emoji 😀 end", "emoji[U+1F600]end"),
    "district": ("中文区名测试", "中文区名测试"),
    "caption": ('<font color="red">not red</font>', '<fontcolor="red">notred</font>'),
    "rationale": ("<para>x</para> & <img src='a'/>", "<para>x</para>&<imgsrc='a'/>"),
    "note": ("ctl\x00\x07\x1b[31mX\x7f done", "ctl[31mXdone"),
    "name": ("站点<名称>&amp;", "站点<名称>&amp;"),
    "campaign": ("批次 <i>2023</i> 𠀀", "批次<i>2023</i>[U+20000]"),
    "comment": ("评审 </para><para> & 意见", "评审</para><para>&意见"),
    "member": ("专家 <br/> A&B", "专家<br/>A&B"),
}


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _poison(db, aid: str) -> None:
    with db.write() as s:
        a = s.get(Assessment, aid)
        site = s.get(Site, a.site_id)
        for f in ("address", "operator_org", "contact_name", "district", "name"):
            setattr(site, f, FIELDS[f][0])
        site.description = "start " + LONG + " 𠀀 end"
        s.get(Campaign, a.campaign_id).name = FIELDS["campaign"][0]
        for ev in s.execute(select(Evidence).where(Evidence.assessment_id == aid)).scalars():
            ev.caption = FIELDS["caption"][0]
        resp = s.execute(select(Response).where(Response.assessment_id == aid)).scalars().first()
        resp.note = FIELDS["note"][0]
        dec = s.execute(select(Decision).where(Decision.assessment_id == aid)).scalar()
        dec.rationale = FIELDS["rationale"][0]
        member = Person(name=FIELDS["member"][0])
        s.add(member)
        s.flush()
        s.add(PanelScore(assessment_id=aid, member_id=member.id, item_code="PK-C3", points=4.0,
                         comment=FIELDS["comment"][0], phase="revise"))


def test_every_field_prints_literally(dossier_db, tmp_path: Path) -> None:
    aid = campaign_ids(dossier_db)[0]
    _poison(dossier_db, aid)
    out = tmp_path / "fuzz.pdf"
    res = export_dossier(dossier_db, aid, out, lang="both")
    assert qpdf_ok(out)
    assert any("U+1F600" in w and "U+20000" in w for w in res.warnings)  # the user is told, not only the PDF
    flat = squash(_text(out))
    for field, (_, expected) in FIELDS.items():
        assert squash(expected) in flat, field
    assert flat.count("ABCDEFGHIJ") >= 990  # the 10k text is all there (a page break may cut one)
    assert "[U+20000]end" in flat
    assert "\x1b" not in flat and "\x07" not in flat


def test_certificate_and_report_escape_too(dossier_db, tmp_path: Path) -> None:
    aid = campaign_ids(dossier_db)[0]
    _poison(dossier_db, aid)
    export_certificate(dossier_db, aid, tmp_path / "c.pdf")
    export_report(dossier_db, None, tmp_path / "r.pdf")
    for f in ("c.pdf", "r.pdf"):
        assert qpdf_ok(tmp_path / f)
        flat = squash(_text(tmp_path / f))
        assert squash(FIELDS["name"][1]) in flat
        assert squash(FIELDS["campaign"][1]) in flat


def test_markup_rules() -> None:
    assert markup("a<b>&c\nd") == "a&lt;b&gt;&amp;c<br/>d"
    assert strip_controls("x\x00\ty\r\nz\x85") == "x\ty\nz"
    assert markup("😀", lambda ch: False) == "[U+1F600]"
