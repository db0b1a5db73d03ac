"""What an import did, told in the app's language: the package report (with a conflict) and the import summary."""

from __future__ import annotations

import re

from assessment import ops
from assessment.exchange.package_export import export_package
from assessment.exchange.package_import import import_package
from assessment.exchange.report import describe_report
from assessment.exchange.workbook_import import ImportResult
from tests.assessment.conftest import ACTOR, twelve_months
from ui.exchange.reports import fill, import_summary, package_report

ENGLISH_WORDS = re.compile(r"\b(added|updated|evidence|audit|conflict|signature|package|sites?|stored|answers?|"
                           r"monthly|nothing|here|incoming|agreed)\b", re.IGNORECASE)


def _report_with_a_conflict(park, peer, tmp_path):
    code = ops.get_site(park.db, park.site_id).code
    ops.record_activity(park.db, ACTOR, park.assessment_id, twelve_months())
    import_package(peer, "评估员", export_package(park.db, "秘书处", [code], tmp_path / "p1.zip").path)
    jan = {"carrier": "grid_electricity", "month": "2023-01", "unit": "kWh"}
    ops.record_activity(park.db, ACTOR, park.assessment_id, [{**jan, "quantity": 90_000}])
    ops.record_activity(peer, ACTOR, park.assessment_id, [{**jan, "quantity": 95_000}])
    return import_package(park.db, "秘书处", export_package(peer, "评估员", [code], tmp_path / "p2.zip").path)


def test_package_report_in_chinese_keeps_every_value(app, park, peer, tmp_path):
    from ui import i18n

    report = _report_with_a_conflict(park, peer, tmp_path)
    assert i18n.install_language(app, "zh_CN")
    try:
        text = package_report(report)
    finally:
        i18n.install_language(app, "en")
    assert text.startswith(f"数据包 {report.package_id[:8]}，来自 评估员") and "签名：未签名" in text
    assert "1 个冲突需要人工决定" in text and "上次一致 100000.0" in text
    assert "本机 90000.0，导入 95000.0（来自 " in text
    assert "月度数据 电网购电 2023-01  字段 数量：本机 90000.0" in text and "请点击“解决冲突…”" in text
    assert "审计日志：追加 " in text and "证明材料文件：新增 " in text
    assert ENGLISH_WORDS.findall(text) == []


def test_package_report_in_english_says_what_the_command_line_says(app, park, peer, tmp_path):
    report = _report_with_a_conflict(park, peer, tmp_path)
    text, cli = package_report(report), describe_report(report)
    for line in ("Added: ", "Audit trail: ", "1 conflict(s) need a person to decide (nothing was overwritten):",
                 "Decide them with “Resolve conflicts…”."):
        assert line in text
    assert cli.count("\n") == text.count("\n")  # the same lines, the dialog's in sentence case


def test_import_summary_in_both_languages(app):
    from ui import i18n

    result = ImportResult("数据.xlsx", 2, 1, 24, 3, 17, 1)
    assert import_summary(result) == ("数据.xlsx: stored 2 new site(s), updated 1; monthly data 24 added, 3 changed; "
                                      "17 answer(s); 1 row(s) with problems skipped")
    assert i18n.install_language(app, "zh_CN")
    try:
        assert import_summary(result) == ("数据.xlsx：新建 2 个场地，更新 1 个；月度数据新增 24 行，修改 3 行；"
                                          "回答 17 项；跳过 1 行有问题的数据")
    finally:
        i18n.install_language(app, "en")


def test_a_value_that_looks_like_a_placeholder_stays_as_it_is():
    assert fill("%1  %2  %3 %4  field %5: here %6, incoming %7 (from %8), last agreed %9",
                "id", "园区 %2", "s", "r", "f", "a", "b", "c", "d").startswith("id  园区 %2  s r")
