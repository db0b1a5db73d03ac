"""Real refusals of assessment/ reach a Chinese user in Chinese, with the concrete values (codes, file names)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assessment import ops
from assessment.errors import AssessmentError

ACTOR = "Test Assessor"
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}")  # three English words in a row: a sentence


@pytest.fixture
def zh(app: Any) -> Iterator[Any]:
    from ui import i18n

    assert i18n.install_language(app, "zh_CN")
    yield app
    i18n.install_language(app, "en")


def refusal(fn: Any) -> AssessmentError:
    with pytest.raises(AssessmentError) as info:
        fn()
    return info.value


def shown(exc: BaseException) -> str:
    from ui.messages import MessageBridge

    msg = MessageBridge().describe(exc)
    assert msg.kind in ("refused", "environment")
    return f"{msg.text}\n{msg.detail}"


def assert_chinese(text: str, *values: str) -> None:
    assert re.search(r"[\u4e00-\u9fff]", text), text
    for value in values:
        assert value in text, f"{value!r} missing from {text!r}"
    rest = text
    for value in sorted(values, key=len, reverse=True):
        rest = rest.replace(value, " ")
    assert not ENGLISH_RUN.search(rest), f"English left in {text!r}"


@pytest.fixture
def new_school(demo_db: Any) -> Any:
    """A school registered in the demo campaign with nothing filled in: its draft cannot be submitted."""
    campaign = ops.list_campaigns(demo_db)[0].code
    site, assessment = ops.create_site(demo_db, ACTOR, {"name": "第九测试学校", "site_type": "school"},
                                       campaign=campaign)
    return site, assessment


def test_submit_with_missing_data_lists_the_findings_in_chinese(zh: Any, demo_db: Any, new_school: Any) -> None:
    _site, a = new_school
    exc = refusal(lambda: ops.submit(demo_db, ACTOR, a.id))
    assert str(exc).startswith("cannot submit, fix these first: ")  # the CLI's English is unchanged
    blocking = [f for f in ops.submission_check(demo_db, a.id) if f.level == "error"]
    text = shown(exc)
    assert "无法提交，请先修正：" in text and "缺少建筑面积。" in text
    codes = [f.code.split(".", 1)[1] for f in blocking if f.code.startswith(("item.", "gate."))]
    assert codes
    assert_chinese(text, *codes)


def test_wrong_transition_names_the_statuses_in_chinese(zh: Any, demo_db: Any, new_school: Any) -> None:
    exc = refusal(lambda: ops.start_review(demo_db, ACTOR, new_school[1].id))
    text = shown(exc)
    assert "无法开始评审处于“草稿”状态的评估（仅允许的状态：已提交）" in text
    assert_chinese(text)


def test_bad_profile_value_has_the_field_label_value_and_problem(zh: Any, demo_db: Any, new_school: Any) -> None:
    exc = refusal(lambda: ops.update_site(demo_db, ACTOR, new_school[0].id, {"floor_area_m2": "12,5 平米"}))
    text = shown(exc)
    assert "建筑面积" in text and "必须是数字" in text
    assert_chinese(text, "12,5 平米")


def test_several_bad_monthly_rows_one_line_each(zh: Any, demo_db: Any, new_school: Any) -> None:
    rows = [{"carrier": "grid_electricity", "month": "2023-13", "quantity": 10, "unit": "kWh"},
            {"carrier": "grid_electricity", "month": "2023-02", "quantity": -5, "unit": "kWh"},
            {"carrier": "grid_electricity", "month": "2023-03", "quantity": 7, "unit": "kg"}]
    exc = refusal(lambda: ops.record_activity(demo_db, ACTOR, new_school[1].id, rows))
    text = shown(exc)
    lines = text.splitlines()
    assert lines[0] == "全部未保存：" and len(lines) == 4
    assert "月份" in lines[1] and "2023-13" in lines[1] and "YYYY-MM" in lines[1]
    assert "数量" in lines[2] and "不能为负数" in lines[2]
    assert "单位" in lines[3] and "电网" in lines[3] and "kWh" in lines[3]
    assert_chinese(text, "2023-13", "YYYY-MM", "2023-01", "kWh", "MWh", "kg", "-5")


def _tampered_package(db: Any, tmp_path: Path) -> tuple[Path, str]:
    from assessment.exchange.package_export import export_package

    site = ops.list_sites(db)[0]
    good = tmp_path / "good.zip"
    export_package(db, ACTOR, [site.code], good)
    with zipfile.ZipFile(good) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    data = next(n for n in members if n.startswith("data/"))
    raw = members[data]
    digit = re.search(rb"\d", raw[20:]).start() + 20  # one digit changed: same size, another SHA-256
    members[data] = raw[:digit] + str((int(chr(raw[digit])) + 1) % 10).encode() + raw[digit + 1:]
    bad = tmp_path / "改过的数据包.zip"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, raw in members.items():
            zf.writestr(name, raw)
    return bad, data


def test_package_failing_its_hash_check(zh: Any, demo_db: Any, tmp_path: Path) -> None:
    from assessment.db import open_database
    from assessment.exchange.package_import import import_package

    bad, member = _tampered_package(demo_db, tmp_path)
    peer = open_database(tmp_path / "peer" / "peer.sqlite3")
    try:
        exc = refusal(lambda: import_package(peer, "secretariat", bad))
    finally:
        peer.dispose()
    text = shown(exc)
    assert "与清单中的 SHA-256 不符（已被改动或已损坏）" in text
    assert_chinese(text, f"'{member}'", "SHA-256")


def test_not_a_workbook_names_the_file(zh: Any, demo_db: Any, tmp_path: Path) -> None:
    from assessment.exchange.workbook_import import preview_file

    fake = tmp_path / "能耗台账.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not a workbook at all")
    text = shown(refusal(lambda: preview_file(demo_db, fake)))
    assert "能耗台账.xlsx" in text
    assert "不是安全的 .xlsx 工作簿" in text
    assert "不是 zip 文件" in text  # what the zip library says, too
    assert_chinese(text, "能耗台账.xlsx", ".xlsx", "zip")


def test_english_detail_is_the_message_itself(app: Any, demo_db: Any, new_school: Any) -> None:
    from ui.messages import MessageBridge

    for fn in (lambda: ops.submit(demo_db, ACTOR, new_school[1].id),
               lambda: ops.update_site(demo_db, ACTOR, new_school[0].id, {"floor_area_m2": "abc"}),
               lambda: ops.start_review(demo_db, ACTOR, new_school[1].id)):
        exc = refusal(fn)
        assert MessageBridge().describe(exc).detail == str(exc)


def test_workbook_problems_and_refused_import_in_chinese(zh: Any, demo_db: Any, new_school: Any,
                                                         tmp_path: Path) -> None:
    """The import dialog's Problems table (reason, tooltip) and the refusal to store a file with problems."""
    from assessment.exchange.workbook_import import commit_import, preview_file
    from ui.problems import translate_located, translate_problem

    code = new_school[0].code
    path = tmp_path / "三月能耗.csv"
    path.write_text("场地编号,品种,表计编号,月份,数量,单位\n"
                    f"{code},grid_electricity,00042,2023-01,-3,kWh\n"
                    "NOPE-77,grid_electricity,00042,2023-02,5,kWh\n"
                    f"{code},grid_electricity,00042,2023-03,5,kg\n", encoding="utf-8-sig")
    preview = preview_file(demo_db, path)
    assert len(preview.errors) == 3
    for p in preview.problems:
        reason, tip = translate_problem(p.reason), translate_located(str(p))
        assert_chinese(reason, *re.findall(r"'[^']*'|\b\w+-\d+\b", reason))
        assert_chinese(tip, p.value, p.sheet, *re.findall(r"'[^']*'|\b\w+-\d+\b", tip))
    text = shown(refusal(lambda: commit_import(demo_db, ACTOR, preview)))
    assert "三月能耗.csv 中有 3 个问题，全部未保存。第一个问题：" in text and "不能为负数" in text
    assert_chinese(text, "三月能耗.csv", "-3")


def test_full_disk_detail_in_chinese(zh: Any, tmp_path: Path) -> None:
    import errno

    target = str(tmp_path / "评估数据.sqlite3")
    text = shown(OSError(errno.ENOSPC, "No space left on device", target))
    assert text.startswith("磁盘已满。") and "磁盘空间不足（错误号 28）" in text
    assert_chinese(text, target)


def test_allowed_values_show_their_labels_and_the_codes_to_type(zh: Any, demo_db: Any, new_school: Any) -> None:
    exc = refusal(lambda: ops.update_site(demo_db, ACTOR, new_school[0].id, {"lifecycle_stage": "retired"}))
    text = shown(exc)
    assert "运行（operation）" in text and "“retired”" in text
    assert_chinese(text, "retired", "planning", "construction", "completion", "operation", "demolition")
