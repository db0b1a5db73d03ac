"""The exchange commands: template, import (dry run, all or nothing, valid rows only), packages, conflicts."""

from __future__ import annotations

import openpyxl

from assessment import ops
from assessment.cli import run
from assessment.exchange.columns import ACTIVITY_SHEET
from assessment.exchange.package_export import export_package
from assessment.models import AppMeta
from tests.assessment.conftest import ACTOR


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_template_and_import(park, capsys, tmp_path):
    db = str(park.db.path)
    book = tmp_path / "t.xlsx"
    assert cli(capsys, "template", "--type", "park", "-o", str(book), "--db", db)[0] == 0
    code = ops.get_site(park.db, park.site_id).code
    wb = openpyxl.load_workbook(book)
    ws = wb[ACTIVITY_SHEET]
    for r, m in enumerate(range(1, 4), 3):
        for c, v in enumerate([code, "grid_electricity", "0001", f"2023-{m:02d}", 500, "kWh"], 1):
            ws.cell(row=r, column=c, value=v)
    for c, v in enumerate([code, "grid_electricity", "0001", "2023-04", "NA", "kWh"], 1):
        ws.cell(row=6, column=c, value=v)
    wb.save(book)
    rc, out, _ = cli(capsys, "import", str(book), "--dry-run", "--db", db)
    assert rc == 1 and "row 6, column E" in out and "'NA' — must be a number" in out
    rc, _, err = cli(capsys, "import", str(book), "--db", db)
    assert rc == 1 and "nothing was stored" in err
    assert ops.list_activity(park.db, park.assessment_id) == []
    rc, out, _ = cli(capsys, "import", str(book), "--valid-rows-only", "--db", db)
    assert rc == 0 and "3 added" in out and "1 row(s) with problems skipped" in out
    assert len(ops.list_activity(park.db, park.assessment_id)) == 3


def test_package_commands_and_conflicts(filled, peer, capsys, tmp_path):
    with peer.write() as s:
        s.merge(AppMeta(key="demo_installed", value="1"))
    src, dst = str(filled.db.path), str(peer.path)
    pkg = tmp_path / "p.zip"
    rc, out, _ = cli(capsys, "package", "export", filled.site_code, "-o", str(pkg), "--db", src)
    assert rc == 0 and "1 evidence file(s)" in out
    rc, out, _ = cli(capsys, "package", "import", str(pkg), "--db", dst, "--actor", "秘书处")
    assert rc == 0 and "no conflicts" in out and "24 monthly data rows" in out
    rc, out, _ = cli(capsys, "package", "import", str(pkg), "--db", dst)
    assert "imported before: nothing changed" in out
    ops.update_site(filled.db, ACTOR, filled.site_code, {"district": "福田区"})
    ops.update_site(peer, ACTOR, filled.site_code, {"district": "宝安区"})
    export_package(filled.db, "assessor", [filled.site_code], tmp_path / "p2.zip")
    rc, out, _ = cli(capsys, "package", "import", str(tmp_path / "p2.zip"), "--db", dst)
    assert rc == 0 and "1 conflict(s) need a person to decide" in out
    rc, out, _ = cli(capsys, "conflicts", "--db", dst)
    assert "district" in out and '"宝安区"' in out and '"福田区"' in out
    conflict_id = out.split()[0]
    rc, out, _ = cli(capsys, "conflicts", "resolve", conflict_id, "--keep", "incoming", "--db", dst)
    assert rc == 0 and ops.get_site(peer, filled.site_code).district == "福田区"
    rc, out, _ = cli(capsys, "conflicts", "--db", dst)
    assert "0 open conflict(s)" in out
    rc, _, err = cli(capsys, "package", "import", str(tmp_path / "missing.zip"), "--db", dst)
    assert rc == 1 and "missing.zip" in err


def test_package_key_generate_and_set(filled, peer, capsys, tmp_path):
    with peer.write() as s:
        s.merge(AppMeta(key="demo_installed", value="1"))
    rc, out, _ = cli(capsys, "package", "key", "--generate", "--db", str(filled.db.path), "--json")
    assert rc == 0
    import json

    key = json.loads(out)["key"]
    pkg = tmp_path / "signed.zip"
    rc, out, _ = cli(capsys, "package", "export", filled.site_code, "-o", str(pkg), "--db", str(filled.db.path))
    assert rc == 0 and "signed" in out
    rc, _, err = cli(capsys, "package", "import", str(pkg), "--db", str(peer.path), "--key", "wrong-key-0123456789")
    assert rc == 1 and "bad signature" in err
    rc, out, _ = cli(capsys, "package", "import", str(pkg), "--db", str(peer.path), "--key", key)
    assert rc == 0 and "signature: verified" in out
    history = ops.audit_history(filled.db, field="signing_key")
    assert history and key not in (history[-1].new_value or "")


def test_generated_keys_can_be_typed_after_key_on_a_command_line():
    """A key beginning with '-' would be taken for an option by `package import --key KEY` (a CI run hit one)."""
    from assessment.exchange.keys import MAX_KEY, MIN_KEY, generate_key

    keys = [generate_key() for _ in range(500)]
    assert len(set(keys)) == 500
    assert all(MIN_KEY <= len(k) <= MAX_KEY and k[0].isalnum() for k in keys)
