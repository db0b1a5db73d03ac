"""Dossier tests: a small campaign of park candidates built through the named operations; PDF text helpers."""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

from assessment import ops
from assessment.db import Database
from assessment.demo import demo_photo, demo_responses, load_demo_definition, monthly_rows, pinned_versions
from scoring import load_criteria_set

ACTOR = "tester"
CAMPAIGN = "T-2023"


_BIG: dict[tuple[int, int], bytes] = {}


def big_photo(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A noisy camera-sized JPEG; each seed gets different bytes (a JPEG comment) for the same picture."""
    if size not in _BIG:
        _BIG[size] = _noisy_jpeg(size)
    data = _BIG[size]
    comment = f"photo {seed}".encode()
    return data[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + data[2:]


def _noisy_jpeg(size: tuple[int, int]) -> bytes:
    rng = random.Random(size[0])
    small = Image.new("RGB", (size[0] // 16, size[1] // 16))
    small.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256))
                   for _ in range(small.width * small.height)])
    img = small.resize(size, Image.Resampling.BILINEAR)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def make_campaign(db: Database, n_sites: int = 2, *, photos: int = 2, photo_size: tuple[int, int] | None = None,
                  overrides: dict[str, Any] | None = None, code: str = CAMPAIGN) -> list[str]:
    """A campaign of park sites (demo data shapes); returns the assessment ids in site order."""
    spec = load_demo_definition()
    versions, factor = pinned_versions()
    ops.create_campaign(db, ACTOR, code=code, name="2023 城市绿色低碳场景示范基地（测试）", year=2023,
                        criteria_versions=versions, factor_set_version=factor, award_quotas={"park": 2})
    templates = [s for s in spec["sites"] if s["site_type"] in versions]
    ids = []
    for n in range(n_sites):
        site = dict(templates[n % len(templates)])
        site.update(overrides or {})
        site_code = f"{code}-{n + 1:03d}"
        keys = ("name", "site_type", "subtype", "district", "address", "latitude", "longitude", "operator_org",
                "contact_name", "floor_area_m2", "land_area_m2", "green_space_m2", "occupants", "occupant_kind",
                "year_commissioned", "description")
        fields = {k: site.get(k) for k in keys}
        if n >= len(templates):
            fields["name"] = f"{fields['name']} {n + 1}"
        _, a = ops.create_site(db, ACTOR, fields, campaign=code, period=("2023-01", "2023-12"),
                               assessor=site.get("assessor"), code=site_code)
        assert a is not None
        ops.bulk_insert_activity(db, ACTOR, a.id, monthly_rows(site_code, site["carriers"], 2023))
        c_code, _, version = versions[site["site_type"]].partition("@")
        criteria = load_criteria_set(c_code, version)
        for item, value in demo_responses(criteria, float(site.get("quality", 0.7)), site_code,
                                          site.get("subtype") or "").items():
            ops.set_response(db, ACTOR, a.id, item, value)
        needing = [i.code for i in criteria.items if i.evidence_required]
        with tempfile.TemporaryDirectory() as tmp:
            for k in range(photos):
                data = (big_photo(n * 100 + k, photo_size) if photo_size else
                        demo_photo(fields["name"], f"照片 {k + 1} photo", f"{site_code}-{k}",
                                   site["latitude"], site["longitude"]))
                path = Path(tmp) / f"IMG_{site_code}_{k + 1:02d}.jpg"
                path.write_bytes(data)
                ops.attach_evidence(db, ACTOR, a.id, path, caption=f"现场照片 {k + 1} / site photo {k + 1}",
                                    items=needing[k % max(1, len(needing)):][:1], max_edge=10000)
        ids.append(a.id)
    return ids


def decide_awarded(db: Database, assessment_id: str, outcome: str = "awarded") -> None:
    from assessment.scores import compute_score

    emissions = compute_score(db, assessment_id).account.total_market_t
    ops.update_assessment(db, ACTOR, assessment_id, {"baseline_year": 2019,
                                                    "baseline_emissions_t": round(emissions * 2.4, 1)})
    ops.submit(db, ACTOR, assessment_id)
    ops.start_review(db, ACTOR, assessment_id)
    ops.decide(db, ACTOR, assessment_id, outcome, votes_for=4, votes_against=1, votes_abstain=0,
               rationale="符合近零碳园区示范要求 / meets the near-zero-carbon park criteria")


def campaign_ids(db: Database, code: str = CAMPAIGN) -> list[str]:
    return [r.assessment_id for r in ops.list_sites(db, code) if r.assessment_id]


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def squash(text: str) -> str:
    """Text without whitespace: pdftotext breaks long lines wherever the layout wrapped them."""
    return "".join(text.split())


def qpdf_ok(path: Path) -> bool:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


_TEMPLATE: dict[str, Path] = {}


def copy_of_small_campaign(tmp_path: Path, template_dir: Path) -> Database:
    """Two park candidates with 2 photos each (the first decided and awarded), built once per run, copied here."""
    import shutil

    from assessment.db import open_database

    if "path" not in _TEMPLATE:
        template = open_database(template_dir / "d.sqlite3")
        ids = make_campaign(template, 2, photos=2)
        decide_awarded(template, ids[0])
        template.dispose()
        _TEMPLATE["path"] = template_dir / "d.sqlite3"
    src = _TEMPLATE["path"]
    shutil.copy(src, tmp_path / "d.sqlite3")
    shutil.copytree(src.parent / "d-evidence", tmp_path / "d-evidence")
    return open_database(tmp_path / "d.sqlite3")
