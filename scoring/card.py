"""The score card and its parts: plain frozen data with deterministic dict/JSON round trips."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from .accounting import CarbonAccount, MetricValue
from .lazy import Lazy, lazy_fields

__all__ = [
    "GateResult", "ItemResult", "CategoryResult", "TierResult", "BonusResult", "Blocker", "Gap",
    "QualityFinding", "ScoreCard", "to_plain", "from_plain",
]

FLOAT_DIGITS = 6
# to_plain() output is a fresh tree, so the encoder's circular-reference bookkeeping is not needed
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_ROUNDED: dict[float, float] = {}  # memo of _round (round() is slow; many values repeat across cards)


def _round(v: float) -> float:
    r = _ROUNDED.get(v)
    if r is None:
        r = round(v, FLOAT_DIGITS)
        r = 0.0 if r == 0 else r  # -0.0 and 0.0 share a key: both give 0.0
        if len(_ROUNDED) < 20_000:
            _ROUNDED[v] = r
    return r


@dataclass(frozen=True, slots=True)
class QualityFinding:
    """A data-quality check outcome: level "ok" | "warning" | "error"."""

    level: str
    code: str
    message_zh: str
    message_en: str


@lazy_fields("rule_zh", "rule_en", "reason_zh", "reason_en")
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


@lazy_fields("explanation_zh", "explanation_en")
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


@lazy_fields("input_hash", "bonus", "gates", "categories", "items", "blocked_by", "gaps", "quality")
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
        # the plain structure is built with sorted keys already, so the encoder need not sort them
        return _ENCODER.encode(to_plain(self, sort=True))

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


#: Per dataclass: its field names and one getter reading them all (in field order, or sorted by name).
_SPECS: dict[tuple[type, bool], tuple[tuple[str, ...], Callable[[object], tuple[object, ...]]]] = {}
_TEMPLATED = frozenset({ItemResult})  # types whose engine-made instances may carry a PlainTemplate


#: A result type's plain dicts with the fields its instances share already converted (keys sorted, and in
#: field order; the other fields' values are placeholders) and the names of the other fields.
PlainTemplate = tuple[dict[str, object], dict[str, object], tuple[str, ...]]


def plain_template(cls: type, fixed: Mapping[str, object]) -> PlainTemplate:
    """The template :func:`to_plain` copies for an instance of ``cls`` carrying it under ``"_plain"``.

    The engine gives its item results one per criteria item: most of their fields are the item's own.
    """
    names = [f.name for f in dataclasses.fields(cls)]
    ordered = {n: to_plain(fixed[n]) if n in fixed else None for n in names}
    return {n: ordered[n] for n in sorted(names)}, ordered, tuple(n for n in names if n not in fixed)


def _spec(t: type, sort: bool) -> tuple[tuple[str, ...], Callable[[object], tuple[object, ...]]]:
    names = tuple(f.name for f in dataclasses.fields(t))
    if sort:
        names = tuple(sorted(names))
    get: Callable[[object], tuple[object, ...]] = attrgetter(*names)
    if len(names) == 1:  # attrgetter of one name gives the value, not a 1-tuple
        one = attrgetter(names[0])
        get = lambda obj: (one(obj),)  # noqa: E731
    spec = _SPECS[(t, sort)] = (names, get)
    return spec


def to_plain(obj: object, sort: bool = False) -> object:
    """Dataclasses/tuples/mappings -> JSON-ready structures, floats rounded.

    ``sort`` makes every dict's keys come in sorted order (what ``json.dumps(sort_keys=True)`` writes).
    """
    t = type(obj)
    if t is float:
        return _round(obj)  # type: ignore[arg-type]
    if obj is None or t is str or t is bool or t is int:
        return obj
    if t is MetricValue:  # the most numerous object of a card (two per metric): written out directly
        mv: MetricValue = obj  # type: ignore[assignment]
        x = mv.value
        pv = _round(x) if type(x) is float else to_plain(x)
        if sort:
            return {"reason_en": mv.reason_en, "reason_zh": mv.reason_zh, "value": pv}
        return {"value": pv, "reason_zh": mv.reason_zh, "reason_en": mv.reason_en}
    spec = _SPECS.get((t, sort))
    if spec is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        spec = _spec(t, sort)
    if spec is not None:  # scalars inline (the bulk of a card), anything else recursively
        out: dict[str, object]
        tpl: PlainTemplate | None = obj.__dict__.get("_plain") if t in _TEMPLATED else None
        if tpl is not None:  # the shared fields are in the template already
            out = (tpl[0] if sort else tpl[1]).copy()
            for n in tpl[2]:
                out[n] = to_plain(getattr(obj, n), sort)
            return out
        out = {}
        names, get = spec
        for n, v in zip(names, get(obj), strict=True):
            tv = type(v)
            if tv is str or tv is bool or tv is int or v is None:
                out[n] = v
            elif tv is float:
                out[n] = _round(v)  # type: ignore[arg-type]
            else:
                out[n] = to_plain(v, sort)
        return out
    if isinstance(obj, Mapping):
        d = {str(k): to_plain(v, sort) for k, v in obj.items()}
        return dict(sorted(d.items())) if sort else d
    if isinstance(obj, tuple | list):
        return [to_plain(v, sort) for v in obj]
    if isinstance(obj, frozenset | set):
        return [to_plain(v, sort) for v in sorted(obj, key=repr)]
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
