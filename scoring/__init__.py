"""Pure scoring engine for near-zero-carbon demonstration-site assessments.

Plain data in, plain data out: no Qt, SQLAlchemy, pandas or ReportLab here (pint and
PyYAML only).  Typical use::

    cs = load_criteria_set(criteria_code_for_site_type(site.site_type), campaign.criteria_version)
    fs = load_factor_set(campaign.factor_version)
    card = score(inputs, cs, fs)                       # ScoreCard, deterministic
    what_if = score(inputs, cs, fs, overrides={"PK-E4": 60, "renewable_share": 12})
    snapshot = card.to_json(); ScoreCard.from_json(snapshot)

Modules:

* ``inputs``        frozen input dataclasses (:class:`AssessmentInputs`, :class:`ActivityRecord`, ...).
* ``carriers``      energy/resource carriers (:data:`CARRIERS`): scope, renewable/clean, units.
* ``units``         explicit unit conversion (:func:`to_canonical`, :func:`units_for`, :class:`UnitError`);
  pint does the maths once per (carrier, unit), then it is a dict lookup.
* ``factors``       versioned emission-factor sets in ``resources/factors``; ``FactorSet.select(series,
  region, year)`` never leaves its series and notes every fallback (earlier year, national region).
* ``criteria_*``    versioned criteria sets in ``resources/criteria``: model, strict parser (errors name
  file, item and problem), loader/cache, :func:`diff_criteria`.
* ``metrics``       the metrics the accounting computes (:data:`METRICS`); criteria items name them.
* ``scan``          one pass over the records, cached on the frozen inputs object (a lean pass for the usual
  records, the full loop for anything unusual).
* ``accounting``    :func:`account`: scope 1, scope 2 location/market based, tce, shares, intensities,
  EUI, PUE, reduction against a baseline; ``aggregate`` prices carrier-years (recipe per set of carrier-years
  cached on the factor set) and makes the carrier lines.
* ``quality``       :func:`check_quality`: ok / warning / error findings with zh/en sentences.
* ``evaluate``, ``rules``  one gate / one item -> status, points, explanation (zh/en).
* ``engine``        :func:`score` -> :class:`ScoreCard`; ``gaps`` the gap analysis; ``card`` the result types.
* ``compiled``, ``lazy``, ``assemble``  the fast path: statuses, points and metric numbers as plain lists and
  floats (plan prepared once per criteria set); result objects, explanations, gaps, quality findings, blockers,
  carrier lines and the input hash are made on first read (same functions, same values).

Conventions: totals are on the set's ``scale`` (100) plus a capped bonus (``max_total = scale +
bonus_cap``).  Missing data is "not_available" with its reason, panel items without a value are
"awaiting_panel", items for another subtype are "not_applicable" (their points leave the maximum and
the category is rescaled).  Electricity defaults to the MEE/NBS location-based series for the site's
region (``guangdong``, ``southern_grid``, ``national``) and each month's data year; the carbon-market
factor is only used when a criteria set asks for ``electricity_series: carbon_market``.  Metrics use
market-based emissions (certified green power counts as zero) unless the set says ``emissions_basis:
location``.  What-if override keys: item/gate codes (answers; panel items take points; metric items
set their metric), metric names, ``profile.<field>``, ``baseline.<key>``.
"""

from .accounting import KWH_PER_TCE, CarbonAccount, CarrierLine, MetricValue, account
from .card import (
    Blocker,
    BonusResult,
    CategoryResult,
    Gap,
    GateResult,
    ItemResult,
    QualityFinding,
    ScoreCard,
    TierResult,
)
from .carriers import CARRIERS, Carrier
from .criteria_diff import CriteriaChange, diff_criteria
from .criteria_load import (
    CriteriaError,
    UnknownCriteriaSet,
    criteria_code_for_site_type,
    list_criteria_sets,
    load_criteria_file,
    load_criteria_set,
    load_criteria_text,
)
from .criteria_model import (
    Category,
    Choice,
    Condition,
    CriteriaSet,
    CriteriaSetInfo,
    Gate,
    Item,
    Rule,
    Tier,
    TierCondition,
)
from .engine import input_hash, score
from .factors import (
    CoalFactor,
    Factor,
    FactorError,
    FactorSet,
    FactorSetInfo,
    SinkFactor,
    UnknownFactorSet,
    list_factor_sets,
    load_factor_set,
)
from .inputs import ActivityRecord, AssessmentInputs, SiteProfile
from .metrics import METRICS, MetricDef
from .quality import check_quality
from .units import UnitError, to_canonical, units_for

__all__ = [
    "ActivityRecord", "AssessmentInputs", "SiteProfile",
    "CARRIERS", "Carrier", "UnitError", "to_canonical", "units_for",
    "Factor", "FactorError", "FactorSet", "FactorSetInfo", "CoalFactor", "SinkFactor", "list_factor_sets",
    "load_factor_set", "KWH_PER_TCE",
    "CriteriaError", "UnknownCriteriaSet", "UnknownFactorSet",
    "CriteriaSet", "CriteriaSetInfo", "Category", "Choice", "Condition", "Gate", "Item", "Rule",
    "Tier", "TierCondition", "list_criteria_sets", "load_criteria_set", "load_criteria_file",
    "load_criteria_text", "criteria_code_for_site_type", "diff_criteria", "CriteriaChange",
    "METRICS", "MetricDef",
    "account", "CarbonAccount", "CarrierLine", "MetricValue", "check_quality",
    "score", "input_hash", "ScoreCard", "GateResult", "ItemResult", "CategoryResult", "TierResult",
    "BonusResult", "Blocker", "Gap", "QualityFinding",
]
