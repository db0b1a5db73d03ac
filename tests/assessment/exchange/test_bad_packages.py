"""Bad packages are refused with a specific message before anything is written; the database is unchanged."""

from __future__ import annotations

import json
import struct
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from assessment.exchange.package_export import export_package
from assessment.exchange.package_import import import_package
from assessment.exchange.zipsafe import BadPackageError, Limits
from assessment.models import Campaign


@pytest.fixture
def good(filled, tmp_path) -> Path:
    out = tmp_path / "good.zip"
    export_package(filled.db, "assessor", [filled.site_code], out)
    return out


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write(path: Path, items: list[tuple[str | zipfile.ZipInfo, bytes]], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return path


def rebuild(src: Path, dst: Path, *, manifest=None, extra=(), replace=None) -> Path:
    m = members(src)
    if manifest is not None:
        raw = json.loads(m["manifest.json"])
        manifest(raw)
        m["manifest.json"] = json.dumps(raw).encode()
    for name, fn in (replace or {}).items():
        key = next(k for k in m if k.startswith(name))
        m[key] = fn(m[key])
    return write(dst, [*m.items(), *extra])


def files(db) -> set[Path]:
    return set(Path(db.evidence_dir).rglob("*")) if Path(db.evidence_dir).exists() else set()


def assert_refused(peer, path: Path, words: str, limits: Limits | None = None) -> None:
    counts, before = peer.row_counts(), files(peer)
    started = time.monotonic()
    with pytest.raises(BadPackageError, match=words):
        import_package(peer, "secretariat", path, **({"limits": limits} if limits else {}))
    assert time.monotonic() - started < 10  # refused from the directory, not after unpacking (generous for busy CI)
    assert peer.row_counts() == counts
    assert files(peer) <= before | {Path(peer.evidence_dir)}  # nothing written, staging removed


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


@pytest.mark.parametrize(("name", "words"), [
    ("../../evil.txt", "path traversal"),
    ("/etc/passwd", "absolute path"),
    ("C:/Windows/evil.dll", "drive letter"),
    ("data\\evil.json", "backslash"),
    ("evidence/nested.zip", "nested archives"),
    ("notes.txt", "does not list"),
])
def test_bad_member_names(good, peer, tmp_path, name, words):
    assert_refused(peer, rebuild(good, tmp_path / "bad.zip", extra=[(name, b"x")]), words)


def test_symlink(good, peer, tmp_path):
    assert_refused(peer, rebuild(good, tmp_path / "bad.zip", extra=[(symlink_info("evidence/link"), b"/etc")]),
                   "symbolic link")


def test_zip_bomb_ratio(good, peer, tmp_path):
    assert_refused(peer, rebuild(good, tmp_path / "bad.zip", extra=[("bomb.bin", b"\0" * 20_000_000)]), "zip bomb")


def test_total_size_cap(good, peer):
    assert_refused(peer, good, "more than 1,000 bytes", Limits(max_total_bytes=1000))


def test_too_many_entries(peer, tmp_path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(20_001):
            zf.writestr(f"e/{i}", b"")
    assert_refused(peer, path, "20001 entries")


def test_encrypted_member(good, peer, tmp_path):
    raw = bytearray(good.read_bytes())
    cd = raw.find(b"PK\x01\x02")
    flags = struct.unpack_from("<H", raw, cd + 8)[0]
    struct.pack_into("<H", raw, cd + 8, flags | 0x1)
    bad = tmp_path / "enc.zip"
    bad.write_bytes(bytes(raw))
    assert_refused(peer, bad, "encrypted")


def test_truncated(good, peer, tmp_path):
    bad = tmp_path / "cut.zip"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert_refused(peer, bad, "truncated or damaged")


def test_overlapping_members(peer, tmp_path):
    path = write(tmp_path / "ov.zip", [("a.json", b"a" * 100), ("b.json", b"b" * 100)], zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    second = raw.find(b"PK\x01\x02", raw.find(b"PK\x01\x02") + 4)
    struct.pack_into("<I", raw, second + 42, 0)  # second entry's local header offset -> the first's
    path.write_bytes(bytes(raw))
    assert_refused(peer, path, "overlap")


def test_member_hash_mismatch(good, peer, tmp_path):
    bad = rebuild(good, tmp_path / "bad.zip", replace={"data/": lambda b: b.replace(b"0012", b"0013")})
    assert_refused(peer, bad, "does not match its SHA-256")


def test_evidence_hash_mismatch(good, peer, tmp_path):
    bad = rebuild(good, tmp_path / "bad.zip", replace={"evidence/": lambda b: b[:-2] + b"\0\0"})
    assert_refused(peer, bad, "does not match its SHA-256")


def test_newer_schema(good, peer, tmp_path):
    bad = rebuild(good, tmp_path / "bad.zip", manifest=lambda m: m.update(schema_version=99))
    assert_refused(peer, bad, "newer version of the app")


def test_duplicate_names(good, peer, tmp_path):
    m = members(good)
    with pytest.warns(UserWarning):
        bad = write(tmp_path / "dup.zip", [*m.items(), ("manifest.json", m["manifest.json"])])
    assert_refused(peer, bad, "appears twice")


def test_case_duplicate_names(good, peer, tmp_path):
    assert_refused(peer, rebuild(good, tmp_path / "bad.zip", extra=[("MANIFEST.JSON", b"{}")]), "appears twice")


def test_not_a_package(peer, tmp_path):
    assert_refused(peer, write(tmp_path / "other.zip", [("manifest.json", b"{}")]), "not an offline package")


def test_member_listed_but_missing(good, peer, tmp_path):
    m = members(good)
    ev = next(k for k in m if k.startswith("evidence/"))
    del m[ev]
    assert_refused(peer, write(tmp_path / "bad.zip", list(m.items())), "missing from the archive")


def _sign_campaign(db, key: str) -> None:
    with db.write() as s:
        s.execute(update(Campaign).values(signing_key=key))


def test_signed_package_verified_and_tampering_refused(filled, peer, tmp_path):
    _sign_campaign(filled.db, "秘书处-密钥-2023-abcdefgh")
    signed = tmp_path / "signed.zip"
    assert export_package(filled.db, "assessor", [filled.site_code], signed).signed
    tampered = rebuild(signed, tmp_path / "t.zip", manifest=lambda m: m.update(source_person="someone else"))
    with pytest.raises(BadPackageError, match="bad signature"):
        import_package(peer, "secretariat", tampered, signing_key="秘书处-密钥-2023-abcdefgh")
    with pytest.raises(BadPackageError, match="bad signature"):
        import_package(peer, "secretariat", signed, signing_key="another key")
    assert "秘书处-密钥-2023-abcdefgh".encode() not in signed.read_bytes()  # the key never travels in the package
    report = import_package(peer, "assessor", signed, signing_key="秘书处-密钥-2023-abcdefgh")
    assert report.signature == "verified"
    with peer.read() as s:  # the key that verified it is kept: this laptop's packages are signed from now on
        assert s.execute(select(Campaign.signing_key)).scalar_one() == "秘书处-密钥-2023-abcdefgh"


def test_unsigned_refused_when_campaign_has_key(filled, peer, tmp_path):
    unsigned = tmp_path / "u.zip"
    export_package(filled.db, "assessor", [filled.site_code], unsigned)
    import_package(peer, "secretariat", unsigned)
    _sign_campaign(peer, "k")
    filled_again = tmp_path / "u2.zip"
    export_package(filled.db, "assessor", [filled.site_code], filled_again)
    assert_refused(peer, filled_again, "requires signed packages")


def test_gbk_member_name(good, peer, tmp_path):
    placeholder = b"evidence/XXXX.jpg"
    gbk = "evidence/证据.jpg".encode("gbk")
    assert len(gbk) == len(placeholder)
    path = rebuild(good, tmp_path / "gbk.zip", extra=[(placeholder.decode(), b"jpeg")])
    path.write_bytes(path.read_bytes().replace(placeholder, gbk))
    assert_refused(peer, path, "does not list")


def test_bad_values_inside_a_valid_package(good, peer, tmp_path):
    import hashlib

    def bump(raw: bytes) -> bytes:
        data = json.loads(raw)
        data["activity_record"][0]["unit"] = "kg"
        return json.dumps(data).encode()

    bad = rebuild(good, tmp_path / "v.zip", replace={"data/": bump})
    m = members(bad)
    manifest = json.loads(m["manifest.json"])
    for entry in manifest["members"]:  # a consistent manifest: the values themselves are wrong
        entry["sha256"] = hashlib.sha256(m[entry["name"]]).hexdigest()
        entry["size"] = len(m[entry["name"]])
    m["manifest.json"] = json.dumps(manifest).encode()
    assert_refused(peer, write(tmp_path / "v2.zip", list(m.items())), "does not fit carrier")


def test_export_refused_when_a_photo_is_missing(filled, tmp_path):
    from assessment import ops
    from assessment.errors import AssessmentError

    ev = ops.list_evidence(filled.db, filled.park.assessment_id)[0]
    (Path(filled.db.evidence_dir) / ev.sha256[:2] / ev.sha256).unlink()
    with pytest.raises(AssessmentError, match="missing from the evidence folder"):
        export_package(filled.db, "assessor", [filled.site_code], tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_tampered_photo_refused_even_when_the_photo_is_already_here(good, peer, tmp_path):
    import uuid

    import_package(peer, "secretariat", good)
    bad = rebuild(good, tmp_path / "t.zip", manifest=lambda m: m.update(package_id=str(uuid.uuid4())),
                  replace={"evidence/": lambda b: b[:-2] + b"\0\0"})
    assert_refused(peer, bad, "does not match its SHA-256")
