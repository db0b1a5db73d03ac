"""The secretariat's documents from the shared server: dossier and certificate built there, and verified there."""

from __future__ import annotations

from pathlib import Path

from helpers.dossier_setup import CAMPAIGN, campaign_ids, copy_of_small_campaign, pdftext, qpdf_ok, squash

from assessment import ops
from assessment.copydb import copy_campaigns
from assessment.dossier import export_certificate, export_dossier, verify_pdf


def test_dossier_built_from_the_server_verifies_against_the_server_and_the_laptop(pg_db, tmp_path: Path,
                                                                                  tmp_path_factory):
    laptop = copy_of_small_campaign(tmp_path, tmp_path_factory.getbasetemp())
    try:
        copy_campaigns(laptop, pg_db, CAMPAIGN)  # the campaign moved onto the server, photos included
        awarded = campaign_ids(pg_db)[0]
        res = export_dossier(pg_db, awarded, tmp_path / "dossier.pdf")
        assert qpdf_ok(tmp_path / "dossier.pdf")
        text = squash(pdftext(tmp_path / "dossier.pdf"))
        detail = ops.assessment_detail(pg_db, awarded)
        assert squash(detail.site.name) in text and res.fingerprint[:16] in text
        on_server, on_laptop = verify_pdf(pg_db, tmp_path / "dossier.pdf"), verify_pdf(laptop, tmp_path / "dossier.pdf")
        assert on_server.ok and on_laptop.ok and on_server.current == on_laptop.current == res.fingerprint
        cert = export_certificate(pg_db, awarded, tmp_path / "certificate.pdf")
        assert verify_pdf(pg_db, tmp_path / "certificate.pdf").ok and cert.fingerprint == res.fingerprint
    finally:
        laptop.dispose()
