"""The exchange dialogs' texts in Chinese, keyed by their English (no .ts entry needed: see ui/i18n_build.py)."""

from __future__ import annotations

from ui.i18n import pick

ZH: dict[str, str] = {
    "Data exchange": "数据交换",
    "Excel and CSV in and out; offline packages between laptops and the secretariat; conflicts to decide.":
        "Excel 与 CSV 的导入导出；笔记本与秘书处之间的离线数据包；待决定的合并冲突。",
    "Import a workbook or CSV…": "导入工作簿或 CSV…",
    "Export to Excel or CSV…": "导出为 Excel 或 CSV…",
    "Offline packages…": "离线数据包…",
    "Merge conflicts…": "合并冲突…",
    "Browse…": "浏览…",
    "Merge conflicts": "合并冲突",
    "Show resolved conflicts too": "同时显示已解决的冲突",
    "Why (kept in the audit trail)": "理由（记入审计日志）",
    "Keep the value here": "保留本机的值",
    "Take the incoming value": "采用导入的值",
    "A conflict: the same field was changed here and on the other side since the last exchange. Nothing was "
    "overwritten; choose which value to keep.":
        "冲突：自上次交换以来，本机和对方都修改了同一字段。没有任何数据被覆盖，请选择保留哪个值。",
    "Site": "场地", "Record": "记录", "Field": "字段", "Here now": "本机当前值", "Incoming": "导入的值",
    "Last agreed": "上次一致的值", "From": "来自", "Status": "状态", "Note": "备注", "here": "本机",
    "incoming": "导入", "last agreed": "上次一致",
    "Export to Excel or CSV": "导出为 Excel 或 CSV",
    "site codes separated by spaces (empty: all; comparison: 2 to 6)":
        "场地编号，以空格分隔（留空为全部；对比需 2 至 6 个）",
    "Export to": "导出到",
    "Excel (*.xlsx);;CSV, UTF-8 (*.csv)": "Excel (*.xlsx);;CSV，UTF-8 (*.csv)",
    "Text that a spreadsheet would run as a formula is written with a leading apostrophe; numbers stay numbers.":
        "可能被电子表格当作公式执行的文本会加上前导单引号；数字保持为数字。",
    "What:": "内容：", "Campaign:": "批次：", "Sites:": "场地：", "File (.xlsx or .csv):": "文件（.xlsx 或 .csv）：",
    "Export": "导出", "Site data": "场地资料", "Monthly data": "月度数据", "Score cards": "评分卡",
    "Ranking": "排名", "Comparison of chosen sites": "所选场地对比",
    "Give a file name ending in .xlsx or .csv.": "请输入以 .xlsx 或 .csv 结尾的文件名。",
    "%1 row(s) written to %2": "已写入 %1 行：%2",
    "%1: %2 site(s), %3 monthly row(s), %4 answer(s) ready; %5 problem(s).":
        "%1：可导入 %2 个场地、%3 行月度数据、%4 个回答；%5 个问题。",
    "Import a workbook or CSV file": "导入工作簿或 CSV 文件",
    "Workbook or CSV file": "工作簿或 CSV 文件",
    "Workbooks (*.xlsx *.csv)": "工作簿 (*.xlsx *.csv)",
    "Check": "检查", "File:": "文件：", "Problems": "问题", "Mapped columns": "列的对应", "Rows": "行",
    "Choose a file and press Check. Nothing is stored until you press Import.":
        "请选择文件并点击“检查”。点击“导入”之前不会保存任何数据。",
    "Import only the valid rows (rows with problems are skipped)": "只导入有效的行（跳过有问题的行）",
    "Import": "导入", "Choose a file first.": "请先选择文件。",
    "Fix them and check again, or choose to import only the valid rows.": "请修正后重新检查，或选择只导入有效的行。",
    "Sheet": "工作表", "Column": "列", "Header in the file": "文件中的列标题", "Imported as": "导入为",
    "Row": "行号", "Cells": "单元格", "Value": "值", "Reason": "原因", "Checking %1…": "正在检查 %1…",
    "(not imported)": "（不导入）", "problem": "有问题", "ok": "正常",
    "Package written: %1 (%2 site(s), %3 evidence file(s), %4 bytes)":
        "数据包已写入：%1（%2 个场地，%3 个证明材料文件，%4 字节）",
    "Offline packages": "离线数据包", "Save the package as": "数据包另存为", "Export package": "导出数据包",
    "Export: send sites to another laptop or to the secretariat": "导出：把场地数据发送到另一台笔记本或秘书处",
    "Local data is never removed by an export.": "导出不会删除本机数据。",
    "Package to import": "要导入的数据包",
    "only when this database does not hold the campaign's key": "仅当本数据库没有该批次的密钥时填写",
    "Import package": "导入数据包", "Import: merge a package into this database": "导入：把数据包合并到本数据库",
    "Signing key:": "签名密钥：",
    "The report of the last export or import appears here.": "最近一次导出或导入的报告显示在这里。",
    "Resolve conflicts…": "解决冲突…", "Writing the package…": "正在写入数据包…",
    "Checking and importing the package…": "正在检查并导入数据包…",
    "Choose one or more sites and a file name.": "请选择一个或多个场地并输入文件名。",
    "Choose a package file.": "请选择数据包文件。",
    "This package was imported before; nothing changed.": "该数据包此前已导入，没有任何变化。",
    "Imported without conflicts.": "已导入，没有冲突。",
    "Cancelled; nothing was changed.": "已取消，没有任何更改。",
    "Imported. %1 conflict(s) wait for your decision; nothing was overwritten.":
        "已导入。%1 个冲突等待您决定；没有任何数据被覆盖。",
    # what an import did (ui/exchange/reports.py)
    "%1: stored %2 new site(s), updated %3; monthly data %4 added, %5 changed; %6 answer(s)":
        "%1：新建 %2 个场地，更新 %3 个；月度数据新增 %4 行，修改 %5 行；回答 %6 项",
    "; %1 row(s) with problems skipped": "；跳过 %1 行有问题的数据",
    "%1 %2": "%2 %1", "nothing": "无",
    "campaign": "评选批次", "people": "人员", "campaign roles": "批次角色", "sites": "场地",
    "assessments": "评估", "score snapshots": "评分快照", "decisions": "评审决定", "monthly data rows": "月度数据",
    "checklist answers": "清单回答", "evidence records": "证明材料记录", "panel scores": "专家评分",
    "conflict-of-interest declarations": "利益冲突声明",
    "verified": "已验证", "unsigned": "未签名",
    "not checked (this database holds no signing key for campaign %1)": "未验证（本数据库没有批次 %1 的签名密钥）",
    "site code %1 is already used here by another site; the incoming site “%2” was stored as %3 "
    "(merge by hand if they are the same place)":
        "场地编号 %1 在本机已被另一场地使用；导入的场地“%2”已保存为 %3（如为同一地点，请手工合并）",
    "%1  %2  %3 %4  field %5: here %6, incoming %7 (from %8), last agreed %9":
        "%1  %2  %3 %4  字段 %5：本机 %6，导入 %7（来自 %8），上次一致 %9",
    "Package %1 from %2 (device %3), made %4, campaign %5; signature: %6":
        "数据包 %1，来自 %2（设备 %3），生成于 %4，批次 %5；签名：%6",
    "Sites: %1": "场地：%1", "Added: %1": "新增：%1", "Updated: %1": "更新：%1",
    "Deleted (deleted on the other side, unchanged here): %1": "删除（对方已删除，本机未改动）：%1",
    "Evidence files: %1 new, %2 already here (deduplicated by hash)":
        "证明材料文件：新增 %1 个，%2 个本机已有（按哈希去重）",
    "Audit trail: %1 event(s) appended, %2 already here": "审计日志：追加 %1 条，%2 条本机已有",
    "Note: %1": "注意：%1",
    "%1 conflict(s) need a person to decide (nothing was overwritten):":
        "%1 个冲突需要人工决定（没有任何数据被覆盖）：",
    "Decide them with “Resolve conflicts…”.": "请点击“解决冲突…”逐一决定。",
    "No conflicts.": "没有冲突。",
    "site": "场地", "assessment": "评估", "monthly value": "月度数据", "answer": "回答", "evidence": "证明材料",
    "panel score": "专家评分",
}


def tx(en: str) -> str:
    """The text in the app's language (Chinese from ZH, English as written in the code)."""
    return pick(ZH.get(en), en)
