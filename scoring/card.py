"""The score card and its parts: plain frozen data with deterministic dict/JSON round trips."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .accounting import CarbonAccount
from .lazy import Lazy

__all__ = [
    "GateResult", "ItemResult", "CategoryResult", "TierResult", "BonusResult", "Blocker", "Gap",
    "QualityFinding", "ScoreCard", "to_plain", "from_plain",
]

FLOAT_DIGITS = 6


@dataclass(frozen=True, slots=True)
class QualityFinding:
    """A data-quality check outcome: level "ok" | "warning" | "error"."""

    level: str
    code: str
    message_zh: str
    message_en: str


@dataclass(frozen=True)
class GateResult(Lazy):
    """status: "pass" | "fail" | "not_available" | "not_applicable"."""

    code: str
    name_zh: str
    name_en: str
    status: str
    value: float | str | bool | None
    rule_zh: str
    rule_en: str
    reason_zh: str
    reason_en: str
    source: str
    evidence_required: bool
    evidence_present: bool


@dataclass(frozen=True)
class ItemResult(Lazy):
    """status: "scored" | "info" | "not_available" | "awaiting_panel" | "not_applicable"."""

    code: str
    category: str
    kind: str
    name_zh: str
    name_en: str
    status: str
    input_value: float | str | bool | None
    points: float
    max_points: float
    rule_zh: str
    rule_en: str
    explanation_zh: str
    explanation_en: str
    evidence_required: bool
    evidence_present: bool
    source: str
    unit: str = ""


@dataclass(frozen=True)
class CategoryResult:
    """``points`` are scaled to ``max_points`` when some items do not apply (see note)."""

    code: str
    name_zh: str
    name_en: str
    points: float
    max_points: float
    raw_points: float
    applicable_max: float
    share: float | None
    min_share: float
    minimum_met: bool
    note_zh: str = ""
    note_en: str = ""


@dataclass(frozen=True, slots=True)
class TierResult:
    code: str
    name_zh: str
    name_en: str
    min_total: float


@dataclass(frozen=True, slots=True)
class BonusResult:
    points: float
    raw_points: float
    cap: float


@dataclass(frozen=True, slots=True)
class Blocker:
    """Why ``tier`` was missed although the total reached it: kind "gate" | "category" | "condition"."""

    tier: str
    kind: str
    ref: str
    message_zh: str
    message_en: str


@dataclass(frozen=True, slots=True)
class Gap:
    """One change towards ``tier``: kind "points" | "gate" | "category" | "condition" | "data"."""

    tier: str
    kind: str
    ref: str
    current: float | str | bool | None
    target: float | str | bool | None
    gain_points: float | None
    message_zh: str
    message_en: str


@dataclass(frozen=True)
class ScoreCard(Lazy):
    """Everything the panel sees about one scored assessment.

    Cards from :func:`scoring.score` compute their text-heavy parts (gaps, quality findings,
    blockers, explanations, the input hash) on first read; the values are the same either way.
    """

    criteria_code: str
    criteria_version: str
    factor_version: str
    input_hash: str
    is_what_if: bool
    total: float
    base_total: float
    max_total: float
    scale: float
    tier: TierResult | None
    next_tier: TierResult | None
    bonus: BonusResult
    gates: tuple[GateResult, ...]
    categories: tuple[CategoryResult, ...]
    items: tuple[ItemResult, ...]
    blocked_by: tuple[Blocker, ...]
    gaps: tuple[Gap, ...]
    account: CarbonAccount
    quality: tuple[QualityFinding, ...]
    notes: tuple[str, ...] = ()
    overrides: Mapping[str, float | str | bool | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict with floats rounded to 6 decimals (stable for snapshots)."""
        out = to_plain(self)
        assert isinstance(out, dict)
        return out

    def to_json(self) -> str:
        """Deterministic JSON: sorted keys, fixed rounding, UTF-8 text (byte-identical for same inputs)."""
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoreCard:
        """Rebuild a card from ``to_dict()`` output (e.g. a stored snapshot)."""
        out = from_plain(cls, data)
        assert isinstance(out, ScoreCard)
        return out

    @classmethod
    def from_json(cls, text: str) -> ScoreCard:
        return cls.from_dict(json.loads(text))

    def item(self, code: str) -> ItemResult:
        for it in self.items:
            if it.code == code:
                return it
        raise KeyError(code)

    def gate(self, code: str) -> GateResult:
        for g in self.gates:
            if g.code == code:
                return g
        raise KeyError(code)


_FIELDS: dict[type, tuple[str, ...]] = {}


def to_plain(obj: object) -> object:
    """Dataclasses/tuples/mappings -> JSON-ready structures, floats rounded."""
    t = type(obj)
    if t is float:
        r = round(obj, FLOAT_DIGITS)  # type: ignore[call-overload]
        return 0.0 if r == 0 else r
    if obj is None or t is str or t is bool or t is int:
        return obj
    names = _FIELDS.get(t)
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS[t] = tuple(f.name for f in dataclasses.fields(obj))
    if names is not None:  # scalars inline (the bulk of a card), anything else recursively
        out: dict[str, object] = {}
        for n in names:
            v = getattr(obj, n)
            tv = type(v)
            if tv is str or tv is bool or tv is int or v is None:
                out[n] = v
            elif tv is float:
                r = round(v, FLOAT_DIGITS)
                out[n] = 0.0 if r == 0 else r
            else:
                out[n] = to_plain(v)
        return out
    if isinstance(obj, Mapping):
        return {str(k): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, tuple | list):
        return [to_plain(v) for v in obj]
    if isinstance(obj, frozenset | set):
        return [to_plain(v) for v in sorted(obj, key=repr)]
    if isinstance(obj, float):  # float subclasses, e.g. numpy.float64
        return to_plain(float(obj))
    if isinstance(obj, bool):
        return bool(obj)
    if isinstance(obj, int):
        return int(obj)
    if isinstance(obj, str):
        return str(obj)
    return str(obj)


_HINTS: dict[type, dict[str, Any]] = {}


def from_plain(tp: Any, data: Any) -> Any:
    """Inverse of :func:`to_plain` guided by type hints."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return from_plain(args[0], data)
        return data  # scalar unions (float | str | bool) keep their JSON type
    if tp is float:
        return float(data)
    if tp in (int, str, bool, Any, object):
        return data
    if origin is tuple:
        elem = typing.get_args(tp)[0]
        return tuple(from_plain(elem, v) for v in data)
    if origin in (Mapping, dict) or tp in (Mapping, dict):
        targs = typing.get_args(tp)
        val_tp = targs[1] if targs else Any
        return {k: from_plain(val_tp, v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _HINTS.get(tp)
        if hints is None:
            hints = _HINTS[tp] = typing.get_type_hints(tp)
        kw = {f.name: from_plain(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data}
        return tp(**kw)
    return data
