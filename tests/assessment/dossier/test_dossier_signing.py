"""Optional pyHanko signing: a signed dossier stays valid, verifies, and a change after signing is caught."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers.dossier_setup import campaign_ids, qpdf_ok

pytest.importorskip("pyhanko")

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402
from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

from assessment.dossier import export_dossier, verify_pdf  # noqa: E402
from assessment.dossier.fingerprint import read_metadata  # noqa: E402


def self_signed_p12(path: Path, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Programme Office (test)")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"test", key, cert, None, serialization.BestAvailableEncryption(passphrase)))
    return path


def test_signed_dossier_verifies(dossier_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p12 = self_signed_p12(tmp_path / "office.p12", b"secret")
    monkeypatch.setenv("LCS_SIGN_PASSPHRASE", "secret")
    out = tmp_path / "signed.pdf"
    res = export_dossier(dossier_db, campaign_ids(dossier_db)[0], out, sign=p12)
    assert qpdf_ok(out)
    assert read_metadata(out.read_bytes())["LCSFingerprint"] == res.fingerprint
    v = verify_pdf(dossier_db, out)
    assert v.ok and v.signed and "Programme Office" in v.signer
    tampered = bytearray(out.read_bytes())
    i = tampered.index(b"/Title (")
    tampered[i + 8] = ord("X")  # one byte of the signed part changed
    (tmp_path / "tampered.pdf").write_bytes(bytes(tampered))
    v = verify_pdf(dossier_db, tmp_path / "tampered.pdf")
    assert not v.ok and any("signature" in p for p in v.problems)
