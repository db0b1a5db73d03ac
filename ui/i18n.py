"""Language: Qt translators from resources/i18n, bilingual data labels, locale-aware numbers and dates."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

_state = {"lang": "zh_CN"}
_translators: list[QTranslator] = []

LABELS: dict[str, Any] = {  # QT_TRANSLATE_NOOP returns the text itself
    # site types
    "park": QT_TRANSLATE_NOOP("Labels", "Park"),
    "school": QT_TRANSLATE_NOOP("Labels", "School"),
    "building": QT_TRANSLATE_NOOP("Labels", "Building"),
    "public_facility": QT_TRANSLATE_NOOP("Labels", "Public facility"),
    # statuses
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "decided": QT_TRANSLATE_NOOP("Labels", "Decided"),
    # life-cycle stages
    "planning": QT_TRANSLATE_NOOP("Labels", "Early planning"),
    "construction": QT_TRANSLATE_NOOP("Labels", "Construction"),
    "completion_acceptance": QT_TRANSLATE_NOOP("Labels", "Completion acceptance"),
    "operation": QT_TRANSLATE_NOOP("Labels", "Operation"),
    "demolition": QT_TRANSLATE_NOOP("Labels", "Demolition"),
    # occupant kinds
    "students": QT_TRANSLATE_NOOP("Labels", "Students"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    "visitors": QT_TRANSLATE_NOOP("Labels", "Visitors"),
    # sources, outcomes
    "meter": QT_TRANSLATE_NOOP("Labels", "Meter"),
    "bill": QT_TRANSLATE_NOOP("Labels", "Bill"),
    "estimate": QT_TRANSLATE_NOOP("Labels", "Estimate"),
    "awarded": QT_TRANSLATE_NOOP("Labels", "Awarded"),
    "not_awarded": QT_TRANSLATE_NOOP("Labels", "Not awarded"),
    "deferred": QT_TRANSLATE_NOOP("Labels", "Deferred"),
    # item and gate states
    "pass": QT_TRANSLATE_NOOP("Labels", "Pass"),
    "fail": QT_TRANSLATE_NOOP("Labels", "Fail"),
    "scored": QT_TRANSLATE_NOOP("Labels", "Scored"),
    "info": QT_TRANSLATE_NOOP("Labels", "Information"),
    "not_available": QT_TRANSLATE_NOOP("Labels", "Not available"),
    "awaiting_panel": QT_TRANSLATE_NOOP("Labels", "Awaiting panel"),
    "not_applicable": QT_TRANSLATE_NOOP("Labels", "Not applicable"),
    "ok": QT_TRANSLATE_NOOP("Labels", "OK"),
    "warning": QT_TRANSLATE_NOOP("Labels", "Warning"),
    "error": QT_TRANSLATE_NOOP("Labels", "Error"),
    # audit actions
    "create_site": QT_TRANSLATE_NOOP("Labels", "Site registered"),
    "update_site": QT_TRANSLATE_NOOP("Labels", "Site field changed"),
    "create_assessment": QT_TRANSLATE_NOOP("Labels", "Assessment opened"),
    "add_activity": QT_TRANSLATE_NOOP("Labels", "Value added"),
    "update_activity": QT_TRANSLATE_NOOP("Labels", "Value changed"),
    "delete_activity": QT_TRANSLATE_NOOP("Labels", "Value deleted"),
    "bulk_add_activity": QT_TRANSLATE_NOOP("Labels", "Values imported"),
    "set_response": QT_TRANSLATE_NOOP("Labels", "Answer set"),
    "set_response_note": QT_TRANSLATE_NOOP("Labels", "Answer note set"),
    "attach_evidence": QT_TRANSLATE_NOOP("Labels", "Evidence attached"),
    "update_evidence": QT_TRANSLATE_NOOP("Labels", "Evidence changed"),
    "remove_evidence": QT_TRANSLATE_NOOP("Labels", "Evidence removed"),
    "status_submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "status_draft": QT_TRANSLATE_NOOP("Labels", "Returned to draft"),
    "status_under_review": QT_TRANSLATE_NOOP("Labels", "Review started"),
    "status_decided": QT_TRANSLATE_NOOP("Labels", "Decided"),
    "decide": QT_TRANSLATE_NOOP("Labels", "Decision recorded"),
    "amend": QT_TRANSLATE_NOOP("Labels", "Amendment started"),
}


def language() -> str:
    return _state["lang"]


def is_zh() -> bool:
    return _state["lang"] == "zh_CN"


def pick(zh: str | None, en: str | None) -> str:
    """The data's own bilingual text in the current language (falls back to the other one)."""
    return (zh or en or "") if is_zh() else (en or zh or "")


def label(code: str | None) -> str:
    if not code:
        return ""
    text = LABELS.get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def locale() -> QLocale:
    if is_zh():
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def fmt_number(value: float | None, decimals: int = 2, *, trim: bool = True) -> str:
    """1,234.5 (both languages use grouping); trailing zeros trimmed unless asked not to."""
    if value is None:
        return "—"
    text = locale().toString(float(value), "f", decimals)
    if trim and decimals > 0:
        point = locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
    return text


def fmt_datetime(value: datetime | None) -> str:
    """Stored times are UTC; show them in the computer's local time."""
    if value is None:
        return "—"
    value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
    if is_zh():
        return value.strftime("%Y年%m月%d日 %H:%M")
    return value.strftime("%d %b %Y %H:%M")


def fmt_month(month: str) -> str:
    """'2023-07' as 2023年07月 or Jul 2023."""
    try:
        when = datetime.strptime(month, "%Y-%m")
    except ValueError:
        return month
    return f"{when.year}年{when.month:02d}月" if is_zh() else when.strftime("%b %Y")


def i18n_dir() -> Path:
    return Path(str(resources.files("resources") / "i18n"))


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Load lcs_<lang>.qm (and Qt's own catalogue when available); True when ours was found."""
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()
    _state["lang"] = lang if lang in ("zh_CN", "en") else "zh_CN"
    ours = QTranslator(app)
    found = ours.load(str(i18n_dir() / f"lcs_{_state['lang']}.qm"))
    if found:
        app.installTranslator(ours)
        _translators.append(ours)
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (OK, Cancel, Close…)
    if _state["lang"] != "en" and qt_own.load(f"qtbase_{_state['lang']}",
                                               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _translators.append(qt_own)
    QLocale.setDefault(locale())
    return found


def install_cjk_font(app: QApplication) -> str | None:
    """Make sure Chinese renders as Chinese (also offscreen): add a CJK font and use it as fallback."""
    if "cjk" in _state:
        return _state["cjk"] or None
    known = ("Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Zen Hei",
             "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Droid Sans Fallback")
    families = set(QFontDatabase.families())
    family = next((f for f in known if f in families), None)
    if family is None:  # e.g. offscreen without fontconfig: load the font file ourselves
        from assessment.fonts import find_cjk_font  # fontTools: only imported when needed

        path = find_cjk_font()
        if path is not None:
            font_id = QFontDatabase.addApplicationFont(str(path))
            found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = found[0] if found else None
    if family:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), family])
        app.setFont(font)
    _state["cjk"] = family or ""
    return family
