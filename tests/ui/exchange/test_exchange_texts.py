"""Every text of the exchange dialogs has Chinese; the dialogs show it when the app is in Chinese."""

from __future__ import annotations

import ast
from pathlib import Path

import ui.exchange
from ui.exchange.texts import ZH

PACKAGE = Path(ui.exchange.__file__).parent


def tx_calls() -> list[tuple[str, int, object]]:
    out = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tx":
                arg = node.args[0]
                out.append((path.name, node.lineno, arg.value if isinstance(arg, ast.Constant) else None))
    return out


def test_every_text_has_chinese():
    calls = tx_calls()
    assert len(calls) > 60
    assert [c for c in calls if c[2] is None] == [], "tx() takes a literal English text"
    assert [c for c in calls if c[2] not in ZH] == []


def test_no_qt_tr_left():
    for path in PACKAGE.glob("*.py"):
        assert "self.tr(" not in path.read_text(encoding="utf-8"), path.name


def test_dialog_in_chinese(app, qtbot, park, close_after):
    from ui import i18n
    from ui.exchange.import_dialog import ImportDialog
    from ui.exchange.package_dialog import PackageDialog

    assert i18n.install_language(app, "zh_CN")
    try:
        dialog = close_after(ImportDialog(park.db, "评估员", None))
        assert dialog.windowTitle() == "导入工作簿或 CSV 文件"
        assert dialog.tabs.tabText(0) == "问题" and dialog.import_button.text() == "导入"
        package = close_after(PackageDialog(park.db, "评估员", None))
        package.show()
        qtbot.waitUntil(lambda: package.sites.count() == 1)
        from tests.ui.exchange.conftest import SHOTS

        SHOTS.mkdir(exist_ok=True)
        package.grab().save(str(SHOTS / "package_zh.png"))
        qtbot.waitUntil(lambda: not dialog.busy)
    finally:
        i18n.install_language(app, "en")
