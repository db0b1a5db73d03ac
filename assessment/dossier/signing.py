"""Optional digital signature (pyHanko) with a PKCS#12 certificate, when one is configured.

Configured by ``LCS_SIGN_P12`` (path to the .p12/.pfx file) and ``LCS_SIGN_PASSPHRASE``, or by the CLI's
``--sign FILE``. pyHanko is an optional extra (``pip install lowcarbon-sites[sign]``); without a configured
certificate nothing here is imported. The signature is an incremental update: the fingerprint and the
document information stay as they were.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from assessment.errors import AssessmentError

FIELD = "LCSSignature"


@dataclass(frozen=True)
class SignatureCheck:
    signed: bool
    intact: bool = False
    signer: str = ""


def configured_p12(explicit: str | Path | None = None) -> Path | None:
    path = explicit or os.environ.get("LCS_SIGN_P12")
    return Path(path) if path else None


def sign_pdf(pdf: bytes, p12: Path, passphrase: str | None = None, reason: str = "") -> bytes:
    """The same PDF with a signature appended (raises a clear error when pyHanko or the key is missing)."""
    try:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
    except ImportError as exc:
        raise AssessmentError("signing is configured but pyHanko is not installed "
                              "(pip install 'lowcarbon-sites[sign]')") from exc
    if not p12.is_file():
        raise AssessmentError(f"signing certificate not found: {p12}")
    secret = passphrase if passphrase is not None else os.environ.get("LCS_SIGN_PASSPHRASE")
    signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(p12), passphrase=secret.encode() if secret else None)
    if signer is None:
        raise AssessmentError(f"could not read the signing certificate {p12} (wrong passphrase?)")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, reason=reason or None)
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue()


def check_signature(pdf: bytes) -> SignatureCheck:
    """Whether the PDF carries our signature and whether the signed bytes are intact (trust not judged)."""
    if f"/T ({FIELD})".encode() not in pdf and FIELD.encode() not in pdf:
        return SignatureCheck(False)
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
    except ImportError:
        return SignatureCheck(True, False, "pyHanko not installed: signature not checked")
    try:
        sigs = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
        if not sigs:
            return SignatureCheck(False)
        cert = sigs[0].signer_cert
        # integrity only: the signer's own certificate is taken as the trust root (trust is the reader's call)
        status = validate_pdf_signature(sigs[0], signer_validation_context=ValidationContext(trust_roots=[cert]))
        coverage_ok = status.coverage is not None and status.coverage.name in ("ENTIRE_FILE", "ENTIRE_REVISION")
        return SignatureCheck(True, bool(status.intact and status.valid and coverage_ok),
                              cert.subject.human_friendly)
    except Exception as exc:  # a damaged signature dictionary is "not intact", not a crash
        return SignatureCheck(True, False, f"signature unreadable: {exc}")
