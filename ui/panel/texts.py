"""Chinese for the panel's explanatory notes, which the operations write in English (fixed phrases)."""

from __future__ import annotations

import re

from ui.i18n import is_zh

FIXED = {
    "conflict of interest: nothing of this candidate's panel review is shown":
        "存在利益冲突：不显示该候选的任何评审内容",
    "only the panel and the secretariat see panel scores": "仅评审组和秘书处可查看评分",
    "independent phase: others' scores stay hidden until the chair opens the read phase":
        "独立评分阶段：组长开启查阅阶段前，他人评分不可见",
    "independent phase: the secretariat sees completion counts only": "独立评分阶段：秘书处仅可查看完成数量",
    "score every judgement item of this candidate first; then others' scores are shown":
        "请先完成该候选全部评议项的评分，之后显示他人评分",
    "tie at the quota boundary: the panel must choose": "名额边界并列：需评审组决定",
    "top tier not reached: not eligible for the shortlist": "未达到最高等级：不能入围",
    "panel points hidden": "评议分暂不显示",
    "Panel points are left out where you may not see them yet (independent phase, or your own scores are not "
    "all in).": "尚不可见的评议分未计入（独立评分阶段，或您本人的评分尚未完成）。",
    "Panel points are hidden for some candidates in your view (independent phase, or your own scores are not all "
    "in); their totals leave panel points out.":
        "部分候选的评议分在您的视图中隐藏（独立评分阶段，或您本人的评分尚未完成），其总分不含评议分。",
    "Candidates of different site types are scored against different criteria sets.":
        "不同类型的候选按不同的评价标准评分。",
}
PATTERNS = (
    (re.compile(r"what-if under criteria (\S+) / factors (\S+)"), r"按标准 \1、因子 \2 的假设重算"),
    (re.compile(r"(\d+) candidate\(s\) not shown: conflict of interest\. Ranks count only the candidates shown "
                r"here\."), r"\1 个候选因利益冲突未显示；排名仅在所显示的候选中计算。"),
)


def note(text: str) -> str:
    """The note in the app's language: each '; '-separated phrase translated when known."""
    if not text or not is_zh():
        return text
    out = []
    for part in text.split("; "):
        zh = FIXED.get(part)
        if zh is None:
            for pattern, repl in PATTERNS:
                if pattern.fullmatch(part):
                    zh = pattern.sub(repl, part)
                    break
        out.append(zh or part)
    return "；".join(out)
