"""Pure scoring engine for near-zero-carbon demonstration-site assessments.

Plain data in, plain data out; no Qt, SQLAlchemy, pandas or ReportLab here.

* ``inputs``      - frozen input dataclasses (:class:`AssessmentInputs` and parts).
* ``carriers``    - energy/resource carriers (:data:`CARRIERS`) and how each is counted.
* ``units``       - explicit unit conversion (:func:`to_canonical`, :class:`UnitError`).
* ``factors``     - versioned emission-factor sets in ``resources/factors`` (:func:`load_factor_set`);
  ``FactorSet.select(series, region, year)`` never mixes series and notes every fallback.
* ``criteria_*``  - versioned criteria sets in ``resources/criteria``, strictly validated
  (:func:`load_criteria_set`, :func:`load_criteria_file`, :func:`diff_criteria`).
* ``accounting``  - :func:`account`: scopes 1/2 (location and market based), tce, shares, intensities, PUE.
* ``quality``     - :func:`check_quality`: ok / warning / error findings on the activity data.
* ``engine``      - :func:`score` -> :class:`ScoreCard` (gates, categories, items, bonus, tier,
  "blocked by", gap analysis, what-if overrides, SHA-256 of the inputs).

Totals are on the set's ``scale`` (100) plus a capped bonus: ``max_total = scale + bonus_cap``.
Missing data is reported as not available with its reason, never as a silent zero.
"""

from .accounting import CarbonAccount, CarrierLine, MetricValue, account
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
from .factors import Factor, FactorError, FactorSet, FactorSetInfo, list_factor_sets, load_factor_set
from .inputs import ActivityRecord, AssessmentInputs, SiteProfile
from .metrics import METRICS, MetricDef
from .quality import check_quality
from .units import UnitError, to_canonical, units_for

__all__ = [
    "ActivityRecord", "AssessmentInputs", "SiteProfile",
    "CARRIERS", "Carrier", "UnitError", "to_canonical", "units_for",
    "Factor", "FactorError", "FactorSet", "FactorSetInfo", "list_factor_sets", "load_factor_set",
    "CriteriaError", "CriteriaSet", "CriteriaSetInfo", "Category", "Choice", "Condition", "Gate", "Item", "Rule",
    "Tier", "TierCondition", "list_criteria_sets", "load_criteria_set", "load_criteria_file",
    "load_criteria_text", "criteria_code_for_site_type", "diff_criteria", "CriteriaChange",
    "METRICS", "MetricDef",
    "account", "CarbonAccount", "CarrierLine", "MetricValue", "check_quality",
    "score", "input_hash", "ScoreCard", "GateResult", "ItemResult", "CategoryResult", "TierResult",
    "BonusResult", "Blocker", "Gap", "QualityFinding",
]
