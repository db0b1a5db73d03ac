"""A campaign's dossiers on worker processes (progress, cancel); a 20-photo dossier stays small."""

from __future__ import annotations

from pathlib import Path

from helpers.dossier_setup import campaign_ids, make_campaign, qpdf_ok

from assessment.dossier import export_campaign, export_dossier, verify_pdf


def test_campaign_batch_writes_every_dossier(dossier_db, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    res = export_campaign(dossier_db, "T-2023", tmp_path / "out", lang="en", progress=lambda d, t: seen.append((d, t)))
    assert not res.cancelled and not res.failed and res.total == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["T-2023-001.pdf", "T-2023-002.pdf"]
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    for item in res.written:
        assert qpdf_ok(item.path)
        assert verify_pdf(dossier_db, item.path).ok


def test_cancel_leaves_only_whole_files(dossier_db, tmp_path: Path) -> None:
    res = export_campaign(dossier_db, "T-2023", tmp_path / "out", cancelled=lambda: True, workers=1)
    assert res.cancelled
    files = list((tmp_path / "out").iterdir())
    assert len(files) < 2  # the second never started
    assert all(f.suffix == ".pdf" and qpdf_ok(f) for f in files)  # no temporary or half-written file


def test_twenty_camera_photos_stay_under_10_mb(db, tmp_path: Path) -> None:
    aid = make_campaign(db, 1, photos=20, photo_size=(4000, 3000), code="BIG")[0]
    res = export_dossier(db, aid, tmp_path / "big.pdf", lang="both")
    assert res.size < 10 * 2**20, res.size
    assert qpdf_ok(tmp_path / "big.pdf")
    assert len(campaign_ids(db, "BIG")) == 1
