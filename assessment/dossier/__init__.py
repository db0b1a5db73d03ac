"""PDF documents: award dossiers, certificates and the panel's summary report (ReportLab), verifiable."""

from assessment.dossier.batch import BatchResult, export_campaign
from assessment.dossier.export import (
    Issued,
    Verification,
    dossier_pdf,
    export_certificate,
    export_dossier,
    export_report,
    verify_bytes,
    verify_pdf,
)
from assessment.dossier.fonts import FontInfo, register_font
from assessment.dossier.labels import LANGS

__all__ = [
    "LANGS", "BatchResult", "FontInfo", "Issued", "Verification", "dossier_pdf", "export_campaign",
    "export_certificate", "export_dossier", "export_report", "register_font", "verify_bytes", "verify_pdf",
]
