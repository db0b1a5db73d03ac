"""The workbook's sheets and columns, shared by the template writer and the importer (bilingual headers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessment.fields import SITE_FIELDS
from scoring import CARRIERS


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    width: float = 16
    text: bool = False  # written and read as text (codes, ids: leading zeros kept)
    required: bool = False

    @property
    def header(self) -> str:
        return f"{self.zh} {self.en}"


SITE_SHEET = "场地 Sites"
ACTIVITY_SHEET = "月度数据 Monthly data"
CHECKLIST_SHEET = "检查表 Checklist"
INSTRUCTIONS_SHEET = "说明 Instructions"
LISTS_SHEET = "代码 Lists"
EXAMPLE_CODE = "示例-EXAMPLE"

SITE_COLUMNS: tuple[Column, ...] = (
    Column("code", "场地编号", "Site code", 14, text=True, required=True),
    *(Column(f.name, f.label_zh, f.label_en, 30 if f.kind == "text" else 16, text=f.kind in ("text", "choice"),
             required=f.required and f.name != "lifecycle_stage") for f in SITE_FIELDS),
    Column("period_start", "报告期起", "Period start (YYYY-MM)", 14, text=True),
    Column("period_end", "报告期止", "Period end (YYYY-MM)", 14, text=True),
)
ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column("site_code", "场地编号", "Site code", 14, text=True, required=True),
    Column("carrier", "能源/资源品种", "Carrier", 22, text=True, required=True),
    Column("meter_id", "表计编号", "Meter id", 14, text=True),
    Column("month", "月份", "Month (YYYY-MM)", 12, text=True, required=True),
    Column("quantity", "数量", "Quantity", 14, required=True),
    Column("unit", "单位", "Unit", 10, text=True, required=True),
    Column("source", "数据来源", "Source (meter/bill/estimate)", 14, text=True),
    Column("note", "备注", "Note", 30, text=True),
)
CHECKLIST_COLUMNS: tuple[Column, ...] = (
    Column("site_code", "场地编号", "Site code", 14, text=True),
    Column("item_code", "条目编号", "Item code", 12, text=True, required=True),
    Column("item_name", "条目名称", "Item", 40, text=True),
    Column("kind", "类型", "Kind", 10, text=True),
    Column("allowed", "可填写", "Allowed answers", 28, text=True),
    Column("answer", "回答", "Answer", 14, text=True),
    Column("note", "备注", "Note", 30, text=True),
)
KINDS: dict[str, tuple[Column, ...]] = {"sites": SITE_COLUMNS, "activity": ACTIVITY_COLUMNS,
                                         "checklist": CHECKLIST_COLUMNS}
#: A sheet is recognised by these keys among its headers.
SIGNATURES: dict[str, frozenset[str]] = {
    "activity": frozenset({"carrier", "month", "quantity"}),
    "checklist": frozenset({"item_code", "answer"}),
    "sites": frozenset({"code", "name"}),
}
_SPACE = re.compile(r"[\s_\-:：()（）\[\]/]+")


def norm(text: object) -> str:
    return _SPACE.sub("", str(text or "")).casefold()


def aliases(kind: str) -> dict[str, str]:
    """Normalised header text -> column key (key, Chinese, English, or both as in the template)."""
    out: dict[str, str] = {}
    for col in KINDS[kind]:
        for alias in (col.key, col.zh, col.en, col.header, col.en.split(" (")[0]):
            out.setdefault(norm(alias), col.key)
    if kind == "activity":
        for alias, key in (("site", "site_code"), ("meter", "meter_id"), ("品种", "carrier"), ("能源品种", "carrier"),
                           ("能源种类", "carrier"), ("用量", "quantity"), ("数值", "quantity"), ("表号", "meter_id")):
            out.setdefault(norm(alias), key)
    if kind == "checklist":
        out.setdefault(norm("value"), "answer")
    return out


def carrier_aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in CARRIERS.values():
        for alias in (c.code, c.name_zh, c.name_en):
            out[norm(alias)] = c.code
    return out


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
