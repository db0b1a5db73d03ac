"""Foundation commands: init, demo, sites, show, backup, restore, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select

from assessment import ops
from assessment.cli import Context, print_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="create a new, empty database (migrated, without the demo campaign)")
    p.set_defaults(func=cmd_init, creates_db=True, with_demo=False)

    p = sub.add_parser("demo", help="create the demo campaign (or reload it with --reload)")
    p.add_argument("--reload", action="store_true", help="(re)create the demo campaign if it is missing")
    p.set_defaults(func=cmd_demo, creates_db=True)

    p = sub.add_parser("sites", help="list the candidates of a campaign")
    p.add_argument("--campaign", help="campaign code (default: newest)")
    p.add_argument("--type", dest="site_type", help="park, school, building or public_facility")
    p.add_argument("--district")
    p.add_argument("--status")
    p.add_argument("--search")
    p.set_defaults(func=cmd_sites)

    p = sub.add_parser("show", help="one site's profile, assessment and data")
    p.add_argument("site", help="site code, id or name")
    p.add_argument("--campaign")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("out", type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the old file is kept aside)")
    p.add_argument("backup", type=Path)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="integrity check of the database and the audit chain")
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.models import AppMeta, Campaign

    with ctx.db.write() as s:
        campaigns = len(s.execute(select(Campaign.id)).all())
        if s.get(AppMeta, "demo_installed") is None:  # empty on purpose: later opens do not add the demo
            s.add(AppMeta(key="demo_installed", value="no (created empty by init)"))
    if args.json:
        print_json({"database": ctx.db.shown_url, "campaigns": campaigns})
    else:
        print(f"database ready: {ctx.db.shown_url}"
              + (f" (it already holds {campaigns} campaign(s))" if campaigns else " (empty)"))
    return 0


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.demo import install_demo

    code = install_demo(ctx.db, lambda done, total: sys.stderr.write(f"\rdemo sites {done}/{total}"))
    sys.stderr.write("\n")
    rows = ops.list_sites(ctx.db, code)
    if args.json:
        print_json({"campaign": code, "sites": len(rows)})
    else:
        print(f"demo campaign {code}: {len(rows)} sample sites")
    return 0


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def cmd_sites(args: argparse.Namespace, ctx: Context) -> int:
    rows = ops.list_sites(ctx.db, args.campaign, site_type=args.site_type, district=args.district,
                          status=args.status, search=args.search, viewer=ctx.actor)
    if args.json:
        print_json(rows)
        return 0
    print(f"{'code':<10} {'type':<16} {'district':<10} {'status':<13} {'score':>6}  name")
    for r in rows:
        print(f"{r.code:<10} {r.site_type:<16} {(r.district or ''):<10} {(r.status or ''):<13} "
              f"{_fmt(r.total):>6}  {r.name}")
    print(f"{len(rows)} site(s)")
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    detail = ops.assessment_detail(ctx.db, ops.site_assessment_id(ctx.db, args.site, args.campaign),
                                   viewer=ctx.actor)
    if args.json:
        print_json(detail)
        return 0
    s, a = detail.site, detail.assessment
    print(f"{s.code}  {s.name}")
    print(f"  type: {s.site_type}{' / ' + s.subtype if s.subtype else ''}   district: {s.district or '—'}   "
          f"stage: {s.lifecycle_stage}")
    print(f"  floor area: {s.floor_area_m2 or '—'} m²   occupants: {s.occupants or '—'} {s.occupant_kind or ''}")
    print(f"  campaign: {detail.campaign.code}   period: {a.period_start}..{a.period_end}   status: {a.status}"
          f"   revision: {a.revision}   score: {_fmt(a.last_total)} {a.last_tier or ''}")
    carriers: dict[str, list[float]] = {}
    for r in detail.activity:
        carriers.setdefault(f"{r.carrier} [{r.unit}]", []).append(r.quantity)
    print(f"  activity data: {len(detail.activity)} rows")
    for name, values in sorted(carriers.items()):
        print(f"    {name:<32} {len(values):>3} months, total {sum(values):,.1f}")
    print(f"  responses: {len(detail.responses)}   evidence files: {len(detail.evidence)}")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.backup import backup_sqlite
    from assessment.errors import AssessmentError

    if ctx.db.path is None:
        raise AssessmentError("backup works on a SQLite file; use the server's own tools for a server")
    out = backup_sqlite(ctx.db.path, args.out)
    if args.json:
        print_json({"backup": str(out)})
    else:
        print(f"backup written and checked: {out}")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.audit import verify_chain

    problems = ctx.db.integrity_check()
    with ctx.db.read() as s:
        chain = [str(p) for p in verify_chain(s)]
    ok = not problems and not chain
    if args.json:
        print_json({"ok": ok, "database": problems, "audit_chain": chain})
    else:
        print("database integrity: " + ("ok" if not problems else "; ".join(problems)))
        print("audit chain: " + ("ok" if not chain else "; ".join(chain)))
    if not ok:
        sys.stderr.write("error: check found problems\n")
    return 0 if ok else 1


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.backup import restore_sqlite
    from assessment.errors import AssessmentError
    from assessment.paths import default_db_path

    if args.db_url:
        raise AssessmentError("restore works on a SQLite file; use the server's own tools for a server")
    target = Path(args.db) if args.db else default_db_path()
    kept = restore_sqlite(args.backup, target)
    print(f"restored {target} from {args.backup}" + (f"; the replaced file is kept as {kept}" if kept else ""))
    return 0
