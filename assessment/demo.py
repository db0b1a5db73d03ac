"""The demo campaign: fictional sample sites with 12 months of data, answers and generated photos."""

from __future__ import annotations

import io
import math
import random
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from PIL import Image, ImageDraw, ImageFont

from assessment import ops
from assessment.db import Database
from assessment.fonts import find_cjk_font
from assessment.models import Campaign
from assessment.ops.common import get_or_create_person
from scoring import CriteriaSet, list_criteria_sets, list_factor_sets, load_criteria_set

ACTOR = "demo"
# Shenzhen: cooling load peaks in July-August.
SEASONAL = (0.80, 0.74, 0.82, 0.92, 1.05, 1.17, 1.24, 1.26, 1.15, 1.01, 0.88, 0.82)
SOLAR = (0.72, 0.68, 0.78, 0.86, 1.05, 1.08, 1.25, 1.22, 1.15, 1.10, 0.98, 0.85)
SCHOOL = (0.95, 0.55, 1.00, 1.02, 1.05, 1.10, 0.60, 0.50, 1.08, 1.04, 1.00, 0.98)
Progress = Callable[[int, int], None]


def load_demo_definition() -> dict[str, Any]:
    text = (resources.files("resources") / "demo" / "campaign.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def pinned_versions() -> tuple[dict[str, str], str]:
    """Newest criteria version per site type and newest factor set."""
    newest: dict[str, tuple[str, str]] = {}
    for info in list_criteria_sets():
        newest[info.site_type] = (info.code, info.version)  # listed oldest first
    factor = list_factor_sets()[-1].version
    return {t: f"{c}@{v}" for t, (c, v) in newest.items()}, factor


def monthly_rows(code: str, carriers: dict[str, dict[str, Any]], year: int) -> list[dict[str, Any]]:
    rng = random.Random(f"{code}-activity")
    rows = []
    for carrier, spec in carriers.items():
        profile = (SOLAR if spec.get("solar") else SCHOOL if spec.get("school") else
                   (1.0,) * 12 if spec.get("flat") or spec.get("seasonal") is False else SEASONAL)
        if spec.get("school") and spec.get("seasonal") is False:
            profile = SCHOOL
        for m in range(12):
            q = spec["base"] * profile[m] * rng.uniform(0.94, 1.06)
            q = round(q, 2) if q < 100 else round(q)
            rows.append({"carrier": carrier, "month": f"{year}-{m + 1:02d}", "quantity": q, "unit": spec["unit"],
                         "source": "bill" if carrier in ("natural_gas", "water", "lpg", "diesel") else "meter",
                         "meter_id": f"{code}-{carrier[:4].upper()}-1"})
    # one estimated month on some sites, as happens in the field
    if rng.random() < 0.4 and rows:
        rows[rng.randrange(len(rows))]["source"] = "estimate"
    return rows


def _number_for(rule: Any, quality: float, rng: random.Random) -> float:
    """A plausible answer that lands where a candidate of this quality would."""
    if rule is None:
        return round(50 * quality, 1)
    if rule.type == "linear":
        x = rule.x0 + (rule.x1 - rule.x0) * min(1.0, quality * rng.uniform(0.85, 1.1))
        return round(x, 2)
    bands = sorted(rule.bands, key=lambda b: b.points)
    band = bands[min(len(bands) - 1, int(quality * len(bands) * rng.uniform(0.8, 1.05)))]
    lo, hi = band.lower[0], band.upper[0]
    if math.isinf(lo):
        lo = hi - abs(hi) * 0.5 - 1
    if math.isinf(hi):
        hi = lo + abs(lo) * 0.3 + 1
    return round(lo + (hi - lo) * 0.4, 2)


def demo_responses(criteria: CriteriaSet, quality: float, code: str, subtype: str) -> dict[str, Any]:
    rng = random.Random(f"{code}-answers")
    answers: dict[str, Any] = {}
    for gate in criteria.gates:
        if gate.kind == "yes_no":
            answers[gate.code] = True
        elif gate.kind == "number" and gate.test is not None:
            t = gate.test
            answers[gate.code] = t.ge if t.ge is not None else (t.le if t.le is not None else 1.0)
    for item in criteria.items:
        if not item.applies_to(subtype):
            continue
        if item.kind == "yes_no":
            answers[item.code] = rng.random() < quality + 0.05
        elif item.kind == "choice" and item.choices:
            ranked = sorted(item.choices, key=lambda c: c.points)
            answers[item.code] = ranked[min(len(ranked) - 1, int(quality * len(ranked) * rng.uniform(0.85, 1.1)))].key
        elif item.kind == "number":
            answers[item.code] = _number_for(item.rule, quality, rng)
    return answers


def demo_photo(title: str, subtitle: str, seed: str, lat: float, lon: float) -> bytes:
    """A generated 'site photo': sky, buildings, solar panels, trees, a caption band; EXIF time and GPS."""
    rng = random.Random(seed)
    w, h = 960, 640
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    for y in range(h):  # sky gradient
        t = y / h
        draw.line([(0, y), (w, y)], fill=(int(120 + 90 * t), int(170 + 60 * t), int(230 - 10 * t)))
    draw.rectangle([0, int(h * 0.72), w, h], fill=(96, 150, 88))
    x = 30
    while x < w - 60:
        bw, bh = rng.randint(90, 180), rng.randint(140, 330)
        shade = rng.randint(180, 235)
        top = int(h * 0.72) - bh
        draw.rectangle([x, top, x + bw, int(h * 0.72)], fill=(shade, shade, shade - 10), outline=(90, 90, 90))
        for wy in range(top + 15, int(h * 0.72) - 20, 28):
            for wx in range(x + 10, x + bw - 16, 24):
                draw.rectangle([wx, wy, wx + 12, wy + 14], fill=(110, 150, 190))
        if rng.random() < 0.7:  # rooftop PV
            for px in range(x + 6, x + bw - 20, 22):
                draw.polygon([(px, top - 4), (px + 18, top - 4), (px + 14, top - 16), (px - 4, top - 16)],
                             fill=(30, 50, 110), outline=(200, 200, 220))
        x += bw + rng.randint(15, 40)
    for _ in range(9):  # trees
        tx = rng.randint(10, w - 10)
        draw.ellipse([tx - 22, int(h * 0.66), tx + 22, int(h * 0.76)], fill=(46, 120, 60))
    draw.rectangle([0, h - 70, w, h], fill=(0, 0, 0))
    font_path = find_cjk_font()
    big = ImageFont.truetype(str(font_path), 30) if font_path else ImageFont.load_default()
    small = ImageFont.truetype(str(font_path), 18) if font_path else ImageFont.load_default()
    draw.text((16, h - 64), title, fill=(255, 255, 255), font=big)
    draw.text((16, h - 26), subtitle, fill=(220, 220, 220), font=small)
    exif = Image.Exif()
    exif[0x0132] = f"2023:{rng.randint(3, 11):02d}:{rng.randint(1, 28):02d} {rng.randint(9, 16):02d}:30:00"
    gps = {1: "N", 2: _dms(lat), 3: "E", 4: _dms(lon)}
    exif[0x8825] = gps
    out = io.BytesIO()
    img.save(out, "JPEG", quality=82, exif=exif)
    return out.getvalue()


def _dms(value: float) -> tuple[float, float, float]:
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 2)
    return (float(d), float(m), s)


PHOTO_CAPTIONS = (("屋顶光伏全景", "Rooftop PV overview"), ("能源管理平台与计量", "Energy platform and metering"),
                  ("园区绿化与碳汇", "Greenery and carbon sink"))


def install_demo(db: Database, progress: Progress | None = None, *, photos: bool = True) -> str:
    """Create the demo campaign (or do nothing if present); returns the campaign code."""
    spec = load_demo_definition()
    camp_spec = spec["campaign"]
    with db.read() as s:
        from sqlalchemy import select

        if s.execute(select(Campaign.id).where(Campaign.code == camp_spec["code"])).first():
            return str(camp_spec["code"])
    criteria_versions, factor_version = pinned_versions()
    ops.create_campaign(db, ACTOR, code=camp_spec["code"], name=camp_spec["name"], year=camp_spec["year"],
                        criteria_versions=criteria_versions, factor_set_version=factor_version,
                        award_quotas=camp_spec.get("award_quotas"), is_sample=True)
    _add_people(db, camp_spec["code"], spec.get("people", []))
    sites = spec["sites"]
    year = int(camp_spec["year"])
    for n, site in enumerate(sites):
        _install_site(db, camp_spec["code"], site, year, criteria_versions, photos)
        if progress:
            progress(n + 1, len(sites))
    from assessment.panel.demo import add_demo_panel_scores

    add_demo_panel_scores(db, camp_spec["code"])
    return str(camp_spec["code"])


def _add_people(db: Database, campaign_code: str, people: list[dict[str, str]]) -> None:
    from assessment.models import CampaignMember

    with db.write() as s:
        camp = s.query(Campaign).filter_by(code=campaign_code).one()
        for p in people:
            person = get_or_create_person(s, p["name"], p.get("organisation"))
            s.add(CampaignMember(campaign_id=camp.id, person_id=person.id, role=p["role"]))


def _install_site(db: Database, campaign: str, site: dict[str, Any], year: int,
                  criteria_versions: dict[str, str], photos: bool) -> None:
    keys = ("name", "site_type", "subtype", "district", "address", "latitude", "longitude", "operator_org",
            "contact_name", "floor_area_m2", "land_area_m2", "green_space_m2", "occupants", "occupant_kind",
            "year_commissioned", "description")
    fields = {k: site.get(k) for k in keys}
    _, a = ops.create_site(db, ACTOR, fields, campaign=campaign, period=(f"{year}-01", f"{year}-12"),
                           assessor=site.get("assessor"), code=site["code"], is_sample=True)
    assert a is not None
    ops.bulk_insert_activity(db, ACTOR, a.id, monthly_rows(site["code"], site["carriers"], year))
    code, _, version = criteria_versions[site["site_type"]].partition("@")
    criteria = load_criteria_set(code, version)
    answers = demo_responses(criteria, float(site.get("quality", 0.6)), site["code"], site.get("subtype") or "")
    ops.set_responses(db, ACTOR, a.id, answers)
    if photos:
        subtype = site.get("subtype") or ""
        needing = [g.code for g in criteria.gates if g.evidence_required]
        needing += [i.code for i in criteria.items if i.evidence_required and i.applies_to(subtype)]
        with tempfile.TemporaryDirectory() as tmp:
            for k, (zh, en) in enumerate(PHOTO_CAPTIONS):
                data = demo_photo(site["name"], f"{zh} · {en} · 示例图片 sample image", f"{site['code']}-{k}",
                                  site["latitude"], site["longitude"])
                path = Path(tmp) / f"IMG_{site['code']}_{k + 1:02d}.jpg"
                path.write_bytes(data)
                linked = needing[k::3]
                ops.attach_evidence(db, ACTOR, a.id, path, caption=f"{zh}（示例）/ {en} (sample)", items=linked)
    from assessment.scores import compute_score, refresh_cached_score

    emissions = compute_score(db, a.id).account.total_market_t
    if site.get("baseline_ratio") and emissions > 0:
        ops.update_assessment(db, ACTOR, a.id, {"baseline_year": 2019,
                                                "baseline_emissions_t": round(emissions * site["baseline_ratio"], 1)})
    refresh_cached_score(db, a.id)
    status = site.get("status", "draft")
    if status in ("submitted", "under_review"):
        try:
            ops.submit(db, ACTOR, a.id)
        except Exception:  # a demo candidate that cannot be submitted stays a draft, as in real life
            return
        if status == "under_review":
            ops.start_review(db, ACTOR, a.id)
