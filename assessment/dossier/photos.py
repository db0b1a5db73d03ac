"""Photos for print: decode at reduced size, downscale to the box at ~170 dpi, re-encode as JPEG."""

from __future__ import annotations

import io

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
