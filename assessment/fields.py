"""Site and activity field definitions (type, limits, bilingual labels) and their validation."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from assessment.errors import ValidationError
from assessment.models import ACTIVITY_SOURCES, LIFECYCLE_STAGES, SITE_TYPES


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label_zh: str
    label_en: str
    kind: str  # "text" | "float" | "int" | "choice"
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 300


SITE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "名称", "Name", "text", required=True),
    FieldSpec("site_type", "场景类型", "Site type", "choice", required=True, choices=SITE_TYPES),
    FieldSpec("subtype", "细分类型", "Subtype", "text", max_length=40),
    FieldSpec("district", "所在区", "District", "text", max_length=100),
    FieldSpec("address", "地址", "Address", "text", max_length=500),
    FieldSpec("latitude", "纬度", "Latitude", "float", minimum=-90, maximum=90),
    FieldSpec("longitude", "经度", "Longitude", "float", minimum=-180, maximum=180),
    FieldSpec("operator_org", "运营单位", "Operator", "text"),
    FieldSpec("contact_name", "联系人", "Contact", "text", max_length=100),
    FieldSpec("contact_phone", "联系电话", "Contact phone", "text", max_length=60),
    FieldSpec("floor_area_m2", "建筑面积 (m²)", "Floor area (m²)", "float", minimum=0, maximum=1e8),
    FieldSpec("land_area_m2", "占地面积 (m²)", "Land area (m²)", "float", minimum=0, maximum=1e10),
    FieldSpec("green_space_m2", "绿地面积 (m²)", "Green space (m²)", "float", minimum=0, maximum=1e10),
    FieldSpec("occupants", "使用人数", "Occupants", "int", minimum=0, maximum=10_000_000),
    FieldSpec("occupant_kind", "人员类别", "Occupant kind", "choice", choices=("students", "staff", "visitors")),
    FieldSpec("year_commissioned", "投用年份", "Year commissioned", "int", minimum=1900, maximum=2100),
    FieldSpec(
        "lifecycle_stage", "生命周期阶段", "Life-cycle stage", "choice", required=True, choices=LIFECYCLE_STAGES
    ),
    FieldSpec("description", "简介", "Description", "text", max_length=20_000),
)
SITE_FIELD_MAP = {f.name: f for f in SITE_FIELDS}

MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
ABSURD_CANONICAL = 1e10  # no single month of any carrier at one site comes near this (kWh, m³, kg, GJ)


def clean_value(spec: FieldSpec, value: Any) -> Any:
    """Check and convert one input value; raise ValidationError naming field, value and problem."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        if spec.required:
            raise ValidationError(spec.name, value, "is required")
        return None
    if spec.kind == "text":
        text = str(value)
        if len(text) > spec.max_length:
            raise ValidationError(spec.name, text[:40] + "…", f"is longer than {spec.max_length} characters")
        return text
    if spec.kind == "choice":
        if value not in spec.choices:
            raise ValidationError(spec.name, value, f"must be one of: {', '.join(spec.choices)}")
        return value
    number = parse_number(spec.name, value)
    if spec.kind == "int":
        if number != int(number):
            raise ValidationError(spec.name, value, "must be a whole number")
        number = int(number)
    if spec.minimum is not None and number < spec.minimum:
        raise ValidationError(spec.name, value, f"must be at least {spec.minimum:g}")
    if spec.maximum is not None and number > spec.maximum:
        raise ValidationError(spec.name, value, f"must be at most {spec.maximum:g}")
    return number


def parse_number(field: str, value: Any) -> float:
    """A finite number from a number or numeric text ("1,234.5" allowed); never from "NA"."""
    if isinstance(value, bool):
        raise ValidationError(field, value, "must be a number, not yes/no")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace(",", "").replace("，", "")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(field, value, "must be a number") from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(field, value, "must be a finite number")
    return number


def clean_site_fields(values: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validate a dict of site fields; unknown names are refused."""
    unknown = set(values) - set(SITE_FIELD_MAP)
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError(name, values[name], "is not a site field")
    specs = [SITE_FIELD_MAP[n] for n in values] if partial else list(SITE_FIELDS)
    return {spec.name: clean_value(spec, values.get(spec.name)) for spec in specs}


def check_month(value: Any, field: str = "month") -> str:
    text = str(value).strip() if value is not None else ""
    if not MONTH_RE.match(text):
        raise ValidationError(field, value, "must be a month written YYYY-MM, e.g. 2023-01")
    return text


def month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def months_between(start: str, end: str) -> list[str]:
    a, b = month_index(start), month_index(end)
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(a, b + 1)]


def check_source(value: Any) -> str:
    text = (value or "meter").strip() if isinstance(value, str) or value is None else value
    if text not in ACTIVITY_SOURCES:
        raise ValidationError("source", value, f"must be one of: {', '.join(ACTIVITY_SOURCES)}")
    return str(text)
