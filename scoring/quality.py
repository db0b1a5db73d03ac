"""Data-quality checks on activity data, each reported as ok / warning / error with a sentence."""

from __future__ import annotations

from .card import QualityFinding
from .carriers import CARRIERS
from .inputs import AssessmentInputs
from .scan import Scan, scan

__all__ = ["check_quality", "ESTIMATED_WARN_SHARE", "OUTLIER_RATIO"]

#: A share of estimated records above this is a warning (above 50 % an error).
ESTIMATED_WARN_SHARE = 0.2
#: A month more than this many times above (or below 1/x of) the carrier's median is an outlier.
OUTLIER_RATIO = 3.0


def _f(level: str, code: str, zh: str, en: str) -> QualityFinding:
    return QualityFinding(level, code, zh, en)


def _ym(i: int) -> str:
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def check_quality(inputs: AssessmentInputs) -> tuple[QualityFinding, ...]:
    """Run every check; one finding per check (ok when nothing is wrong), in a fixed order."""
    sc = scan(inputs)
    cached = sc.memo.get("quality")
    if isinstance(cached, tuple):
        return cached + _profile_findings(inputs)
    found = _activity_findings(sc)
    sc.memo["quality"] = found
    return found + _profile_findings(inputs)


def _activity_findings(sc: Scan) -> tuple[QualityFinding, ...]:
    if sc.period_error:
        return (_f("error", "period", f"评价期有误：{sc.period_error}",
                   f"Assessment period is wrong: {sc.period_error}"),)
    out: list[QualityFinding] = []
    lo, hi, n, monthly = sc.lo, sc.hi, sc.hi - sc.lo + 1, sc.monthly
    bad, negative, dups = sc.bad, sc.negative, sc.duplicates
    if bad:
        out.append(_f("error", "units", f"{len(bad)} 条记录无法换算（已排除）：{'; '.join(bad[:3])}",
                      f"{len(bad)} record(s) cannot be converted and were excluded: {'; '.join(bad[:3])}"))
    else:
        out.append(_f("ok", "units", "所有记录的单位均与能源品种相符", "Every record's unit fits its carrier"))
    if negative:
        out.append(_f("error", "negative", f"存在负值：{', '.join(negative[:5])}",
                      f"Negative quantities: {', '.join(negative[:5])}"))
    if sc.outside:
        k = len(sc.outside)
        out.append(_f("warning", "outside_period", f"{k} 条记录不在评价期内，未计入：{', '.join(sc.outside[:3])}",
                      f"{k} record(s) fall outside the period and were not counted: {', '.join(sc.outside[:3])}"))
    # every month in the table is in the period (the records pass left the others out): a carrier with n
    # months covers the period, and a carrier's table of n months has none missing
    full = any(len(per) == n for per in monthly.values())
    n_covered = n if full else len({m for per in monthly.values() for m in per})
    if not monthly:
        out.append(_f("error", "months", "评价期内没有能源活动数据", "No activity data in the assessment period"))
    elif n < 12 or n_covered < 12:
        out.append(_f("warning", "months", f"评价期内仅有 {n_covered} 个月的数据（应不少于12个月）",
                      f"Only {n_covered} month(s) of data in the period; 12 are required"))
    else:
        out.append(_f("ok", "months", f"共有 {n_covered} 个月的数据", f"{n_covered} months of data"))
    gaps: list[str] = []
    gaps_zh: list[str] = []
    for code in sorted(monthly):
        if CARRIERS.get(code) is None:
            continue
        cm = monthly[code]
        missing = [m for m in range(lo, hi + 1) if m not in cm] if len(cm) < n else []
        if missing:
            months = f"{', '.join(_ym(m) for m in missing[:4])}{'…' if len(missing) > 4 else ''}"
            gaps.append(f"{code} ({months})")
            gaps_zh.append(f"{CARRIERS[code].name_zh}（{months}）")
    if gaps:
        out.append(_f("warning", "gaps", f"以下能源品种存在缺失月份：{'；'.join(gaps_zh)}",
                      f"Months missing for: {'; '.join(gaps)}"))
    elif monthly:
        out.append(_f("ok", "gaps", "各能源品种逐月数据完整", "No missing months for any carrier"))
    if dups:
        out.append(_f("error", "duplicates", f"同一计量表同一月份重复录入：{', '.join(dups[:5])}",
                      f"Duplicate months for the same meter: {', '.join(dups[:5])}"))
    else:
        out.append(_f("ok", "duplicates", "无重复月份", "No duplicate or overlapping months"))
    outliers: list[str] = []
    outliers_zh: list[str] = []
    for code in sorted(monthly):
        vals = sorted(monthly[code].values())
        if len(vals) < 6:
            continue
        med = vals[len(vals) // 2] if len(vals) % 2 else (vals[len(vals) // 2 - 1] + vals[len(vals) // 2]) / 2
        if med <= 0 or (vals[-1] <= med * OUTLIER_RATIO and vals[0] >= med / OUTLIER_RATIO):
            continue  # (the smallest and largest value are in range: all are)
        for m, v in sorted(monthly[code].items()):
            if v > med * OUTLIER_RATIO or v < med / OUTLIER_RATIO:
                outliers.append(f"{code} {_ym(m)} ({v:g} vs median {med:g})")
                outliers_zh.append(f"{CARRIERS[code].name_zh} {_ym(m)}（{v:g}，中位数 {med:g}）")
    if outliers:
        out.append(_f("warning", "outliers", f"月度数据异常（偏离中位数3倍以上）：{'；'.join(outliers_zh[:5])}",
                      f"Months far from the others (over 3x from the median): {'; '.join(outliers[:5])}"))
    elif monthly:
        out.append(_f("ok", "outliers", "未发现异常月份", "No outlying months"))
    if sc.counted:
        share = sc.estimated / sc.counted
        pct = f"{100 * share:.0f}%"
        if share > 0.5:
            out.append(_f("error", "estimated", f"估算值占比 {pct}，超过50%",
                          f"{pct} of values are estimated (over 50 %)"))
        elif share > ESTIMATED_WARN_SHARE:
            out.append(_f("warning", "estimated", f"估算值占比 {pct}，超过20%",
                          f"{pct} of values are estimated (over 20 %)"))
        else:
            out.append(_f("ok", "estimated", f"估算值占比 {pct}", f"{pct} of values are estimated"))
    return tuple(out)


def _profile_findings(inputs: AssessmentInputs) -> tuple[QualityFinding, ...]:
    out: list[QualityFinding] = []
    p = inputs.profile
    if p.floor_area_m2 is None or p.floor_area_m2 <= 0:
        out.append(_f("warning", "floor_area", "缺少建筑面积，无法计算单位面积碳排放强度和能耗强度",
                      "Floor area missing: intensity per m² and energy use intensity cannot be computed"))
    else:
        out.append(_f("ok", "floor_area", "已提供建筑面积", "Floor area given"))
    if p.occupants is None or p.occupants <= 0:
        out.append(_f("warning", "occupants", "缺少人数，无法计算人均碳排放",
                      "Number of occupants missing: emissions per person cannot be computed"))
    else:
        out.append(_f("ok", "occupants", "已提供人数", "Number of occupants given"))
    return tuple(out)
