"""Bilingual labels of the documents (section titles, table heads, code values), and choosing a language."""

from __future__ import annotations

from assessment.dossier.data import Bi

LANGS = ("zh", "en", "both")

SITE_TYPES: dict[str, Bi] = {
    "park": ("园区", "Park"), "school": ("校园", "School"), "building": ("建筑", "Building"),
    "public_facility": ("公共设施", "Public facility"),
}
STATUSES: dict[str, Bi] = {
    "draft": ("草稿", "Draft"), "submitted": ("已提交", "Submitted"), "under_review": ("评审中", "Under review"),
    "decided": ("已决定", "Decided"),
}
OUTCOMES: dict[str, Bi] = {
    "awarded": ("授予", "Awarded"), "not_awarded": ("不予授予", "Not awarded"), "deferred": ("暂缓", "Deferred"),
}
STAGES: dict[str, Bi] = {
    "planning": ("前期规划", "Early planning"), "construction": ("建设", "Construction"),
    "completion_acceptance": ("竣工验收", "Completion acceptance"), "operation": ("运营", "Operation"),
    "demolition": ("拆除", "Demolition"),
}
GATE_STATUS: dict[str, Bi] = {
    "pass": ("通过", "pass"), "fail": ("未通过", "fail"), "not_available": ("无法判定", "not available"),
    "not_applicable": ("不适用", "n/a"),
}
ITEM_STATUS: dict[str, Bi] = {
    "scored": ("已评分", "scored"), "info": ("信息", "info"), "not_available": ("无法评分", "not available"),
    "awaiting_panel": ("待评审打分", "awaiting panel"), "not_applicable": ("不适用", "n/a"),
}
LEVELS: dict[str, Bi] = {"ok": ("正常", "OK"), "warning": ("可能有问题", "possible issue"),
                         "error": ("错误", "error"), "not_checked": ("未检查", "not checked")}
PROVISIONAL: Bi = ("暂定", "provisional")
NONE: Bi = ("—", "—")

L: dict[str, Bi] = {
    "dossier": ("示范基地评审档案", "Demonstration Site Award Dossier"),
    "contents": ("目录", "Contents"),
    "campaign": ("评选批次", "Campaign"),
    "site": ("候选场景", "Candidate site"), "number": ("档案编号", "Dossier number"),
    "date": ("出具日期", "Date of issue"), "award": ("授予 / 等级", "Award / tier"), "total": ("总分", "Total score"),
    "status": ("状态", "Status"), "criteria": ("评价标准版本", "Criteria version"),
    "factors": ("排放因子库版本", "Emission-factor set"), "basis": ("评分依据", "Score basis"),
    "fingerprint": ("档案指纹 (SHA-256)", "Fingerprint (SHA-256)"),
    "profile": ("一、场景概况", "1. Site profile"), "data": ("二、能源与资源数据", "2. Energy and resource data"),
    "carbon": ("三、碳排放核算", "3. Carbon accounts"), "score": ("四、评分结果", "4. Score card"),
    "quality": ("五、数据质量检查", "5. Data-quality findings"), "panel": ("六、评审意见", "6. The panel's view"),
    "evidence": ("附录：佐证材料", "Appendix: evidence"), "signatures": ("签署", "Signatures"),
    "location": ("位置", "Location"), "description": ("简介", "Description"),
    "monthly_table": ("逐月数据（按能源品种）", "Monthly data by carrier"),
    "chart_energy": ("逐月能耗（按品种，tce）", "Monthly energy use by carrier (tce)"),
    "chart_emissions_m": ("逐月碳排放（tCO2）", "Monthly emissions (tCO2)"),
    "chart_mix": ("能源结构", "Energy mix"),
    "chart_sources": ("排放来源（市场法）", "Emissions by source (market-based)"),
    "chart_radar": ("各类得分率", "Category profile (share of maximum)"),
    "chart_cats": ("各类得分与满分", "Points and maximum per category"),
    "carrier": ("品种", "Carrier"), "unit": ("单位", "Unit"), "sum": ("合计", "Total"),
    "quantity": ("数量", "Quantity"), "energy_tce": ("能耗 tce", "Energy tce"),
    "location_t": ("排放 tCO2（位置法）", "tCO2 location"), "market_t": ("排放 tCO2（市场法）", "tCO2 market"),
    "share": ("占比", "Share"), "factor_list": ("排放因子", "Emission factors"), "factor": ("因子", "Factor"),
    "series": ("系列", "Series"), "region": ("地区", "Region"), "year": ("年份", "Year"), "source": ("来源", "Source"),
    "summary": ("核算结果", "Results"), "elec_series": ("电力因子系列", "Electricity factor series"),
    "gates": ("控制项 / 否决项", "Gates (prerequisites and vetoes)"), "categories": ("分类得分", "Categories"),
    "items": ("评分条目", "Items"), "code": ("编号", "Code"), "name": ("名称", "Name"),
    "value": ("数值", "Value"), "rule": ("评分规则", "Rule applied"), "points": ("得分", "Points"),
    "max": ("满分", "Max"), "min_share": ("最低得分率", "Minimum share"), "met": ("达标", "Met"),
    "evidence_col": ("佐证", "Evidence"), "reason": ("说明", "Reason"), "bonus": ("加分项", "Bonus"),
    "blocked": ("未达更高等级的原因", "Blocked from a higher tier by"), "level": ("级别", "Level"),
    "message": ("内容", "Finding"), "method": ("汇总方法", "Aggregation"), "members": ("人数", "Members"),
    "median": ("汇总分", "Aggregate"), "range": ("范围", "Range"), "comments": ("评审意见", "Comments"),
    "member": ("评审专家", "Member"), "item": ("条目", "Item"), "comment": ("意见", "Comment"),
    "decision": ("评审决定", "Decision"), "outcome": ("结论", "Outcome"), "vote": ("表决", "Vote"),
    "votes_fmt": ("赞成 {f} / 反对 {a} / 弃权 {b}", "{f} for / {a} against / {b} abstaining"),
    "rationale": ("理由", "Rationale"), "decided_by": ("记录人", "Recorded by"), "decided_at": ("决定时间", "Decided"),
    "no_decision": ("尚未作出决定。", "No decision has been recorded yet."),
    "no_panel": ("尚无评审打分。", "No panel scores yet."),
    "captured": ("拍摄时间", "Captured"), "gps": ("GPS", "GPS"), "sha": ("SHA-256", "SHA-256"),
    "file": ("文件", "File"), "supports": ("支撑条目", "Supports"), "caption": ("说明", "Caption"),
    "not_image": ("（非图片文件，见电子档案）", "(not an image; see the electronic file)"),
    "sign_role_assessor": ("评估员", "Assessor"), "sign_role_chair": ("评审组长", "Panel chair"),
    "sign_role_secretariat": ("秘书处", "Secretariat"), "sign_date": ("日期", "Date"),
    "sign_here": ("签名", "Signature"),
    "provisional_note": ("暂定：本档案基于草稿数据的实时评分，并非正式评审结果。",
                         "PROVISIONAL: this dossier shows a live score of draft data, not a decided result."),
    "page": ("第 {x} 页 / 共 {y} 页", "page {x} of {y}"),
    "verify_hint": ("校验：python main.py verify 本文件", "Verify: python main.py verify FILE.pdf"),
    "certificate": ("荣誉证书", "Certificate of Award"),
    "cert_body": ("经评审，该场景被评为", "after review by the panel, is recognised as"),
    "report": ("评审汇总报告", "Panel Summary Report"), "ranking": ("分类排名", "Ranking by site type"),
    "rank": ("名次", "Rank"), "award_list": ("拟授予名单", "Award list"),
    "vote_summary": ("表决汇总", "Vote summary"), "quota": ("名额", "Quota"), "counts": ("概况", "Overview"),
    "chart_totals": ("候选总分", "Candidates' totals"), "chart_outcomes": ("评审结论", "Outcomes"),
    "chart_tiers": ("等级分布", "Tiers"), "no_awards": ("尚无授予决定。", "No award decided yet."),
    "tier": ("等级", "Tier"),
    "no_data": ("未录入能源与资源数据：无法出具逐月数据表和图表。",
                "No energy or resource data recorded: no monthly table or charts can be shown."),
    "profile_facts": ("基本信息", "Facts"),
}


def pick(bi: Bi, lang: str, sep: str = " / ") -> str:
    """The text in the chosen language; both languages joined by sep (skipping a duplicate)."""
    zh, en = bi
    if lang == "zh":
        return zh or en
    if lang == "en":
        return en or zh
    if not zh or not en or zh == en:
        return zh or en
    return f"{zh}{sep}{en}"


def tr(key: str, lang: str, sep: str = " / ") -> str:
    return pick(L[key], lang, sep)
