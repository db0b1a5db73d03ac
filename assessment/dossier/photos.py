"""Photos for print: decode at reduced size, downscale to the box at ~170 dpi, re-encode as JPEG.

Print copies are cached beside the evidence store (``<evidence>/.print/<sha256>-<w>x<h>.jpg``): evidence
files never change (they are named by their hash), so a cached copy is valid for ever.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

PRINT_DPI = 170
JPEG_QUALITY = 80


def print_jpeg(data: bytes, box_mm: tuple[float, float]) -> tuple[bytes, int, int]:
    """JPEG bytes sized for a box of box_mm at PRINT_DPI (never upscaled), with its pixel size."""
    max_w = int(box_mm[0] / 25.4 * PRINT_DPI)
    max_h = int(box_mm[1] / 25.4 * PRINT_DPI)
    with Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", (max_w, max_h))  # JPEG: decode at 1/2, 1/4 or 1/8 scale, much faster
        img = ImageOps.exif_transpose(img)
        img.thumbnail((max_w, max_h), Image.Resampling.LANCZOS)
        if img.mode not in ("RGB", "L"):
            img = img.convert("RGB")
        out = io.BytesIO()
        img.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return out.getvalue(), img.width, img.height


def cached_print_jpeg(root: Path, sha256: str, data_loader: object, box_mm: tuple[float, float]
                      ) -> tuple[bytes, int, int]:
    """print_jpeg with a cache keyed by the evidence hash and the box size (in pixels)."""
    from assessment.dossier.files import write_atomic

    max_w = int(box_mm[0] / 25.4 * PRINT_DPI)
    max_h = int(box_mm[1] / 25.4 * PRINT_DPI)
    path = root / ".print" / f"{sha256}-{max_w}x{max_h}.jpg"
    if path.is_file():
        try:
            data = path.read_bytes()
            with Image.open(io.BytesIO(data)) as img:
                return data, img.width, img.height
        except OSError:
            pass  # a damaged cache file: make it again
    jpeg, w, h = print_jpeg(data_loader(), box_mm)  # type: ignore[operator]
    try:
        write_atomic(path, jpeg, durable=False)
    except OSError:  # a read-only evidence folder: no cache, still a dossier
        pass
    return jpeg, w, h
