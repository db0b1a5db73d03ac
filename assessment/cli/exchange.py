"""Exchange commands: workbook template, import, export, offline packages and merge conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assessment.cli import Context, print_json
from assessment.errors import AssessmentError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("template", help="write a data-entry workbook for a site type or criteria set")
    p.add_argument("--type", dest="kind", required=True, help="site type (park, school, ...) or criteria code")
    p.add_argument("-o", "--out", type=Path, required=True, help="FILE.xlsx")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("import", help="import a filled workbook (.xlsx) or a CSV file (UTF-8 or GBK)")
    p.add_argument("file", type=Path)
    p.add_argument("--campaign", help="campaign code (default: newest)")
    p.add_argument("--valid-rows-only", action="store_true", help="store the valid rows, skip the bad ones")
    p.add_argument("--dry-run", action="store_true", help="check and show the preview; store nothing")
    p.add_argument("--reason", help="why (needed when a submitted assessment changes)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export site data, score cards, ranking or a comparison (xlsx or csv)")
    p.add_argument("what", choices=("sites", "activity", "scores", "ranking", "compare"))
    p.add_argument("-o", "--out", type=Path, required=True, help="FILE.xlsx or FILE.csv")
    p.add_argument("--campaign", help="campaign code (default: newest)")
    p.add_argument("--site", action="append", default=[], help="site code (repeat; compare needs 2 or more)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("package", help="offline packages between laptops and the panel's database")
    psub = p.add_subparsers(dest="package_command", metavar="ACTION")
    q = psub.add_parser("export", help="write the package of one or more sites")
    q.add_argument("sites", nargs="+", help="site codes, ids or names")
    q.add_argument("-o", "--out", type=Path, required=True)
    q.add_argument("--campaign", help="campaign code (default: newest)")
    q.set_defaults(func=cmd_package_export)
    q = psub.add_parser("import", help="merge a package into this database")
    q.add_argument("file", type=Path)
    q.add_argument("--key", help="the campaign's signing key, when this database does not hold it")
    q.set_defaults(func=cmd_package_import)
    q = psub.add_parser("key", help="generate or set the campaign's package-signing key")
    q.add_argument("--campaign", help="campaign code (default: newest)")
    g = q.add_mutually_exclusive_group(required=True)
    g.add_argument("--generate", action="store_true", help="make a new random key and print it once")
    g.add_argument("--set", dest="key", help="the key the secretariat gave you")
    q.set_defaults(func=cmd_package_key)
    p.set_defaults(func=lambda a, c: _usage(p))

    p = sub.add_parser("conflicts", help="list merge conflicts, or resolve one")
    p.add_argument("--all", action="store_true", help="also the resolved ones")
    csub = p.add_subparsers(dest="conflict_command", metavar="ACTION")
    q = csub.add_parser("resolve", help="resolve one conflict")
    q.add_argument("id", help="conflict id (the first 8 characters are enough)")
    q.add_argument("--keep", choices=("local", "incoming"), required=True)
    q.add_argument("--note")
    q.set_defaults(func=cmd_resolve)
    p.set_defaults(func=cmd_conflicts)


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_usage(sys.stderr)
    return 2


def cmd_template(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.template import write_template

    out = write_template(args.kind, args.out)
    _say(args, {"template": str(out)}, f"template written: {out}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.workbook_import import commit_import, preview_file

    preview = preview_file(ctx.db, args.file, campaign=args.campaign)
    bad = [p for p in preview.problems if p.level == "error"]
    if args.json and (args.dry_run or bad and not args.valid_rows_only):
        print_json(preview.summary())
    elif not args.json:
        print(preview.describe())
    if args.dry_run:
        return 0 if not bad else 1
    if bad and not args.valid_rows_only:
        raise AssessmentError(f"{len(bad)} problem(s) in {args.file.name}; nothing was stored "
                              "(fix them, or use --valid-rows-only to store only the valid rows)")
    result = commit_import(ctx.db, ctx.actor, preview, valid_rows_only=args.valid_rows_only, reason=args.reason)
    _say(args, result, result.describe())
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.exports import export_table

    out = export_table(ctx.db, args.what, args.out, campaign=args.campaign, sites=args.site, actor=ctx.actor)
    _say(args, {"file": str(out.path), "rows": out.rows}, f"{out.rows} row(s) written to {out.path}")
    return 0


def cmd_package_export(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.package_export import export_package

    r = export_package(ctx.db, ctx.actor, args.sites, args.out, campaign=args.campaign)
    _say(args, r, f"package {r.package_id[:8]} written to {r.path}: {', '.join(r.sites)}; {r.assessments} "
                  f"assessment(s), {r.evidence_files} evidence file(s), {r.bytes:,} bytes"
                  + ("; signed" if r.signed else ""))
    return 0


def cmd_package_import(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.package_import import import_package
    from assessment.exchange.report import describe_report

    r = import_package(ctx.db, ctx.actor, args.file, signing_key=args.key)
    _say(args, r, describe_report(r))
    return 0


def cmd_package_key(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.keys import set_signing_key

    key, fp = set_signing_key(ctx.db, ctx.actor, args.campaign, None if args.generate else args.key)
    shown = key if args.generate else "(as entered)"
    _say(args, {"fingerprint": fp, **({"key": key} if args.generate else {})},
         f"signing key set, fingerprint {fp}; key: {shown}" + (
             "\nhand this key to the campaign's assessors (python main.py package key --set KEY)"
             if args.generate else ""))
    return 0


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.conflicts import list_conflicts
    from assessment.exchange.report import describe_conflict

    rows = list_conflicts(ctx.db, status=None if args.all else "open")
    if args.json:
        print_json(rows)
        return 0
    for c in rows:
        print(describe_conflict(c))
    print(f"{len(rows)} {'' if args.all else 'open '}conflict(s)"
          + ("; resolve with: python main.py conflicts resolve ID --keep local|incoming" if rows else ""))
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.exchange.conflicts import resolve_conflict

    c = resolve_conflict(ctx.db, ctx.actor, args.id, args.keep, note=args.note)
    _say(args, c, f"conflict {c.id[:8]} resolved: kept the {args.keep} value of {c.entity} {c.record} {c.field}")
    return 0


def _say(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print_json(data)
    else:
        print(text)
