"""Translations: committed .qm match the .ts, every visible string has Chinese, the window switches language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from ui import i18n_build


def test_committed_catalogues_are_built_from_the_sources(tmp_path: Path) -> None:
    for lang in i18n_build.LANGS:
        ts = i18n_build.I18N / f"lcs_{lang}.ts"
        built = tmp_path / f"lcs_{lang}.qm"
        subprocess.run([i18n_build.tool("pyside6-lrelease"), str(ts), "-qm", str(built)], check=True,
                       capture_output=True)
        committed = i18n_build.I18N / f"lcs_{lang}.qm"
        assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is stale: run python -m ui.i18n_build"


def test_every_visible_string_is_translated(tmp_path: Path) -> None:
    """Re-extract the strings from ui/ into copies of the .ts: nothing may be new or unfinished."""
    for lang in i18n_build.LANGS:
        copy = tmp_path / f"lcs_{lang}.ts"
        shutil.copy(i18n_build.I18N / f"lcs_{lang}.ts", copy)
        subprocess.run([i18n_build.tool("pyside6-lupdate"), *i18n_build.sources(), "-locations", "none",
                        "-no-obsolete", "-ts", str(copy)], cwd=i18n_build.ROOT, check=True, capture_output=True)
        missing = i18n_build.untranslated(copy)
        assert missing == [], f"untranslated in {lang}: {missing[:10]} — run python -m ui.i18n_build"


def test_window_in_chinese(app: Any, qtbot: Any, demo_db: Any) -> None:
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    assert i18n.install_language(app, "zh_CN")
    window = MainWindow(demo_db, Preferences(), interactive=False)
    try:
        with qtbot.waitSignal(window.ready, timeout=15000):
            window.load()
        qtbot.waitUntil(lambda: window.editor.current is not None, timeout=15000)
        qtbot.waitUntil(lambda: window.session.tasks.pending == 0, timeout=15000)
        tabs = [window.editor.tabs.tabText(i) for i in range(window.editor.tabs.count())]
        assert tabs == ["概况", "能源与资源", "评价清单", "证明材料", "评分"]
        assert "个场地" in window.site_list.counts.text()
        assert i18n.fmt_month("2023-07") == "2023年07月"
        assert i18n.fmt_number(1234567.5, 1) == "1,234,567.5"
        statuses = {window.site_list.model.index(r, 4).data() for r in range(window.site_list.model.rowCount())}
        assert statuses <= {"草稿", "已提交", "评审中", "已决定"}
    finally:
        window.close()
        window.deleteLater()
        i18n.install_language(app, "en")


@pytest.mark.parametrize("lang, month", [("en", "Jul 2023"), ("zh_CN", "2023年07月")])
def test_month_format_follows_language(app: Any, lang: str, month: str) -> None:
    from ui import i18n

    i18n.install_language(app, lang)
    assert i18n.fmt_month("2023-07") == month
    i18n.install_language(app, "en")


def test_validation_problems_are_shown_in_chinese(app: Any) -> None:
    from ui import i18n
    from ui.problems import translate_problem

    i18n.install_language(app, "zh_CN")
    try:
        assert translate_problem("must be a number") == "必须是数字"
        assert translate_problem("must be at least 1900") == "不能小于 1900"
        outside = translate_problem("is outside the reporting period 2023-01 to 2023-12")
        assert outside == "不在统计期 2023-01 至 2023-12 之内"
        assert translate_problem("something new") == "something new"
    finally:
        i18n.install_language(app, "en")
