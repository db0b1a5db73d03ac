"""Safety checks on a zip's central directory and bounded, hash-verified streaming extraction."""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assessment.errors import AssessmentError

MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 8 * 1024**3  # uncompressed, whole archive
MAX_ENTRY_BYTES = 512 * 1024**2
MAX_RATIO = 100  # uncompressed : compressed, per entry
RATIO_FLOOR_BYTES = 64 * 1024  # tiny members may compress better than 100:1 without harm
CHUNK = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ARCHIVE_SUFFIXES = (".zip", ".jar", ".7z", ".rar", ".gz", ".tgz", ".bz2", ".xz", ".tar", ".lcspkg")


class BadPackageError(AssessmentError):
    """The archive was refused before anything was written; the message says why."""


@dataclass(frozen=True)
class Limits:
    max_entries: int = MAX_ENTRIES
    max_total_bytes: int = MAX_TOTAL_BYTES
    max_entry_bytes: int = MAX_ENTRY_BYTES
    max_ratio: float = MAX_RATIO


def check_name(name: str) -> str | None:
    """Why a member name is unsafe, or None."""
    if not name:
        return "has an empty name"
    if "\x00" in name or _CONTROL.search(name):
        return "contains a NUL or control character"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is an absolute path"
    if _DRIVE.match(name):
        return "starts with a drive letter"
    if any(part == ".." for part in name.split("/")):
        return "climbs out of the folder with '..' (path traversal)"
    if name.lower().endswith(_ARCHIVE_SUFFIXES):
        return "is an archive inside the archive (nested archives are not accepted)"
    return None


def open_checked(path: Path, limits: Limits | None = None) -> zipfile.ZipFile:
    """Open the archive and check its central directory; raise BadPackageError naming the first problem."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise BadPackageError(f"{path.name} is not a readable zip archive (truncated or damaged: {exc})") from None
    except OSError as exc:
        raise BadPackageError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    try:
        check_directory(zf, limits or Limits())
    except BaseException:
        zf.close()
        raise
    return zf


def check_directory(zf: zipfile.ZipFile, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise BadPackageError(f"the archive has {len(infos)} entries (at most {limits.max_entries} are accepted)")
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        problem = check_name(name)
        if problem:
            raise BadPackageError(f"member {name!r} {problem}")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise BadPackageError(f"member {name!r} is a symbolic link")
        if info.flag_bits & 0x1:
            raise BadPackageError(f"member {name!r} is encrypted (password-protected archives are not accepted)")
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            raise BadPackageError(f"member {name!r} appears twice (duplicate of {seen[key]!r})")
        seen[key] = name
        if info.file_size > limits.max_entry_bytes:
            raise BadPackageError(f"member {name!r} would unpack to {info.file_size:,} bytes "
                                  f"(at most {limits.max_entry_bytes:,} per member)")
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise BadPackageError(f"member {name!r} expands {info.file_size / max(info.compress_size, 1):,.0f} "
                                  f"times (a zip bomb; at most {limits.max_ratio:g}:1)")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise BadPackageError(f"the archive would unpack to more than {limits.max_total_bytes:,} bytes")
    _check_overlap(zf, infos)


def _check_overlap(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Entries whose data overlap (a classic zip bomb) or point past the end of the file."""
    size = os.fstat(zf.fp.fileno()).st_size if zf.fp is not None and hasattr(zf.fp, "fileno") else None
    spans = sorted((i.header_offset, i.header_offset + 30 + len(i.filename.encode()) + i.compress_size, i.filename)
                   for i in infos)
    for (_a0, a1, an), (b0, _b1, bn) in zip(spans, spans[1:], strict=False):
        if b0 < a1:
            raise BadPackageError(f"members {an!r} and {bn!r} overlap inside the archive (a zip bomb)")
    if size is not None and spans and spans[-1][1] > size:
        raise BadPackageError(f"member {spans[-1][2]!r} runs past the end of the file (truncated archive)")


def read_member(zf: zipfile.ZipFile, name: str, max_bytes: int) -> bytes:
    """A small member (manifest) read with a byte cap."""
    out = bytearray()
    try:
        with zf.open(name) as src:
            while chunk := src.read(CHUNK):
                out += chunk
                if len(out) > max_bytes:
                    raise BadPackageError(f"member {name!r} is larger than {max_bytes:,} bytes")
    except KeyError:
        raise BadPackageError(f"the archive has no {name!r}") from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise BadPackageError(f"member {name!r} cannot be read (truncated or damaged: {exc})") from None
    return bytes(out)


def extract_member(zf: zipfile.ZipFile, name: str, target: Path | None, expected_size: int,
                   expected_sha256: str) -> None:
    """Stream one member to target (or only hash it when target is None), counting bytes; refuse on any
    mismatch (the partial file removed)."""
    h = hashlib.sha256()
    written = 0
    try:
        with zf.open(name) as src, (open(target, "xb") if target is not None else io.BytesIO()) as dst:
            while chunk := src.read(CHUNK):
                written += len(chunk)
                if written > expected_size:
                    raise BadPackageError(f"member {name!r} is larger than the manifest says")
                h.update(chunk)
                if target is not None:
                    dst.write(chunk)
    except (zipfile.BadZipFile, EOFError) as exc:
        if target is not None:
            target.unlink(missing_ok=True)
        raise BadPackageError(f"member {name!r} cannot be read (truncated or damaged: {exc})") from None
    except BaseException:
        if target is not None:
            target.unlink(missing_ok=True)
        raise
    if written != expected_size or h.hexdigest() != expected_sha256:
        if target is not None:
            target.unlink(missing_ok=True)
        raise BadPackageError(f"member {name!r} does not match its SHA-256 in the manifest (altered or damaged)")


def hash_member(zf: zipfile.ZipFile, name: str, expected_size: int, expected_sha256: str) -> bytes:
    """Read a JSON member into memory (bounded by the manifest size) and check its hash."""
    data = read_member(zf, name, expected_size)
    if len(data) != expected_size or hashlib.sha256(data).hexdigest() != expected_sha256:
        raise BadPackageError(f"member {name!r} does not match its SHA-256 in the manifest (altered or damaged)")
    return data
