"""Atomic file writes: a temporary file beside the target, fsync, then os.replace (nothing half-written)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path | str, data: bytes, *, durable: bool = True) -> Path:
    """Write data to path so that path either keeps its old content or holds all of data."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an exported document is an ordinary file
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if durable:  # caches skip the (slow) flush to disk; documents never do
                os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
