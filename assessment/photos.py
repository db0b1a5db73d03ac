"""Photo intake: EXIF capture time and GPS, downscaling to a size cap, re-encoding as JPEG."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from PIL import ExifTags, Image, ImageOps

DEFAULT_MAX_EDGE = 2048
JPEG_QUALITY = 85


@dataclass(frozen=True)
class PhotoInfo:
    data: bytes
    media_type: str
    captured_at: datetime | None
    latitude: float | None
    longitude: float | None
    width: int
    height: int


def _dms_to_degrees(dms: tuple[float, float, float], ref: str) -> float:
    deg = float(dms[0]) + float(dms[1]) / 60 + float(dms[2]) / 3600
    return -deg if ref in ("S", "W") else deg


def read_exif(img: Image.Image) -> tuple[datetime | None, float | None, float | None]:
    exif = img.getexif()
    when = None
    raw = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    if raw:
        try:
            when = datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
        except ValueError:
            when = None
    lat = lon = None
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    try:
        if gps and 2 in gps and 4 in gps:
            lat = round(_dms_to_degrees(gps[2], gps.get(1, "N")), 6)
            lon = round(_dms_to_degrees(gps[4], gps.get(3, "E")), 6)
    except (TypeError, ValueError, ZeroDivisionError):
        lat = lon = None
    return when, lat, lon


def prepare_photo(data: bytes, max_edge: int = DEFAULT_MAX_EDGE) -> PhotoInfo:
    """Read EXIF, apply orientation, downscale so the long edge is at most max_edge, store as JPEG."""
    with Image.open(io.BytesIO(data)) as opened:
        when, lat, lon = read_exif(opened)
        fmt = opened.format
        img: Image.Image = ImageOps.exif_transpose(opened)
        if fmt == "JPEG" and max(img.size) <= max_edge:
            return PhotoInfo(data, "image/jpeg", when, lat, lon, img.width, img.height)
        img.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
        if img.mode not in ("RGB", "L"):
            img = img.convert("RGB")
        out = io.BytesIO()
        img.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return PhotoInfo(out.getvalue(), "image/jpeg", when, lat, lon, img.width, img.height)
