"""Build the translations: pyside6-lupdate (ui/*.py -> .ts, translations kept), pyside6-lrelease (.ts -> .qm)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name, Path(sys.executable).parent / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{name} not found (it comes with PySide6)")


OWN_CATALOGUES = ("panel", "dossier", "exchange")  # sub-packages that bring their own bilingual texts


def sources() -> list[str]:
    """The ui/ modules whose tr() strings go into lcs_*.ts (add a package here when it starts using tr())."""
    files = []
    for p in sorted((ROOT / "ui").rglob("*.py")):
        rel = p.relative_to(ROOT)
        if len(rel.parts) > 2 and rel.parts[1] in OWN_CATALOGUES:
            continue
        files.append(str(rel))
    return files


def update_sources() -> None:
    """Extract every tr() string into the .ts files; English gets source = translation."""
    for lang in LANGS:
        ts = I18N / f"lcs_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True, capture_output=True)
    fill_english(I18N / "lcs_en.ts")


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    changed = False
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            tr.text = msg.findtext("source")
            del tr.attrib["type"]
            changed = True
    if changed:
        write_ts(tree, ts)


def write_ts(tree: Any, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def untranslated(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip():
            if tr is None or tr.get("type") not in ("obsolete", "vanished"):
                out.append(msg.findtext("source") or "")
    return out


def compile_catalogues(out_dir: Path = I18N) -> list[Path]:
    out = []
    for lang in LANGS:
        qm = out_dir / f"lcs_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(I18N / f"lcs_{lang}.ts"), "-qm", str(qm)], check=True,
                       capture_output=True)
        out.append(qm)
    return out


def main() -> int:
    update_sources()
    compile_catalogues()
    missing = untranslated(I18N / "lcs_zh_CN.ts")
    for text in missing:
        print(f"untranslated (zh_CN): {text!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
