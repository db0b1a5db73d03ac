"""copy-db: move a campaign between this database (a laptop's SQLite file) and another (the panel's server)."""

from __future__ import annotations

import argparse
from pathlib import Path

from assessment.cli import Context, print_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "copy-db",
        help="copy a campaign to (--to) or from (--from) another database, e.g. the panel's PostgreSQL server",
        description="Copies a campaign with its sites, data, evidence files, panel work and audit events, then "
                    "checks row counts and every score card's input hash; refuses (copying nothing) when both "
                    "sides changed the campaign. The source is only read. This database is --db / --db-url "
                    "(default: the one in your user data folder).",
    )
    side = p.add_mutually_exclusive_group(required=True)
    side.add_argument("--to", dest="to_db", metavar="URL_OR_FILE",
                      help="copy from this database into that one, e.g. postgresql+psycopg://user@host/lcs")
    side.add_argument("--from", dest="from_db", metavar="URL_OR_FILE", help="copy from that database into this one")
    p.add_argument("--campaign", help="campaign code (default: every campaign)")
    p.add_argument("--evidence-dir", type=Path,
                   help="evidence folder of the server side (default: $LCS_EVIDENCE_DIR or your user data folder)")
    p.set_defaults(func=cmd_copy_db)


def cmd_copy_db(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.copydb import copy_campaigns
    from assessment.db import open_database
    from assessment.paths import default_db_path

    here = open_database(getattr(args, "db_url", None) or getattr(args, "db", None) or default_db_path())
    try:
        there = open_database(args.to_db or args.from_db, evidence_dir=args.evidence_dir)
        try:
            source, target = (here, there) if args.to_db else (there, here)
            report = copy_campaigns(source, target, args.campaign, actor=ctx.actor)
        finally:
            there.dispose()
    finally:
        here.dispose()
    if args.json:
        print_json(report)
        return 0
    copied = sum(report.copied.values())
    print(f"{', '.join(report.campaigns) or 'no campaign'}: {report.source} -> {report.target}")
    print(f"  rows copied: {copied}" + (" (the target already had everything)" if not copied else "")
          + f"; rows checked: {sum(report.rows.values())}; score cards matching: {report.score_hashes}")
    print(f"  audit events appended: {report.audit_events}; evidence files copied: {report.evidence_files}")
    if report.missing_files:
        print(f"  warning: {len(report.missing_files)} evidence file(s) were already missing in the source folder")
    return 0
