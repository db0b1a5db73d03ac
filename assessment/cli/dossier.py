"""Documents from the command line: dossier, dossier --campaign, report, certificate, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assessment import ops
from assessment.cli import Context, print_json
from assessment.errors import AssessmentError

LANG_HELP = "zh, en or both (default: both)"
SIGN_HELP = ("sign with this PKCS#12 certificate (.p12/.pfx; passphrase from LCS_SIGN_PASSPHRASE); "
             "default: LCS_SIGN_P12 if set. Needs pyHanko (pip install 'lowcarbon-sites[sign]')")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("dossier", help="write the award dossier of a site, or of every site of a campaign")
    p.add_argument("site", nargs="?", help="site code, id or name (leave out with --campaign to do them all)")
    p.add_argument("--campaign", help="campaign code; with no SITE, writes one PDF per candidate into -o DIR")
    p.add_argument("-o", "--out", type=Path, required=True, help="the PDF file (one site) or a folder (campaign)")
    p.add_argument("--lang", default="both", choices=("zh", "en", "both"), help=LANG_HELP)
    p.add_argument("--font", help="a TrueType CJK font file to embed (default: found on this machine)")
    p.add_argument("--workers", type=int, default=2, help="worker processes for a campaign (default 2)")
    p.add_argument("--sign", help=SIGN_HELP)
    p.set_defaults(func=cmd_dossier)

    p = sub.add_parser("report", help="write the panel's summary report of a campaign")
    p.add_argument("--campaign", help="campaign code (default: newest)")
    p.add_argument("-o", "--out", type=Path, required=True)
    p.add_argument("--lang", default="both", choices=("zh", "en", "both"), help=LANG_HELP)
    p.add_argument("--font")
    p.add_argument("--sign", help=SIGN_HELP)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("certificate", help="write the one-page award certificate of an awarded site")
    p.add_argument("site")
    p.add_argument("--campaign")
    p.add_argument("-o", "--out", type=Path, required=True)
    p.add_argument("--lang", default="both", choices=("zh", "en", "both"), help=LANG_HELP)
    p.add_argument("--font")
    p.add_argument("--sign", help=SIGN_HELP)
    p.set_defaults(func=cmd_certificate)

    p = sub.add_parser("verify", help="check a dossier, certificate or report PDF against the database")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_verify)


def _warn(warnings: tuple[str, ...]) -> None:
    for w in warnings:
        sys.stderr.write(f"warning: {w}\n")


def cmd_dossier(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.dossier import export_campaign, export_dossier

    if args.site:
        aid = ops.site_assessment_id(ctx.db, args.site, args.campaign)
        res = export_dossier(ctx.db, aid, args.out, lang=args.lang, actor=ctx.actor, font=args.font,
                             sign=args.sign)
        _warn(res.warnings)
        if args.json:
            print_json(res)
        else:
            print(f"dossier {res.number} written: {res.path} ({res.size / 1e6:.1f} MB)\nfingerprint {res.fingerprint}")
        return 0
    if not args.campaign:
        raise AssessmentError("give a SITE, or --campaign C to write the dossiers of every candidate")

    def progress(done: int, total: int) -> None:
        if not args.json:
            sys.stderr.write(f"\rdossiers {done}/{total}")

    batch = export_campaign(ctx.db, args.campaign, args.out, lang=args.lang, actor=ctx.actor, font=args.font,
                            progress=progress, workers=args.workers, sign=args.sign)
    if not args.json:
        sys.stderr.write("\n")
    _warn(batch.warnings)
    if args.json:
        print_json(batch)
    else:
        print(f"{len(batch.written)} of {batch.total} dossiers written to {args.out}")
        for code, err in batch.failed:
            print(f"  failed: {code}: {err}")
    return 0 if not batch.failed else 1


def cmd_report(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.dossier import export_report

    res = export_report(ctx.db, args.campaign, args.out, lang=args.lang, font=args.font, sign=args.sign,
                        actor=ctx.actor)
    _warn(res.warnings)
    if args.json:
        print_json(res)
    else:
        print(f"summary report {res.number} written: {res.path}")
    return 0


def cmd_certificate(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.dossier import export_certificate

    aid = ops.site_assessment_id(ctx.db, args.site, args.campaign)
    res = export_certificate(ctx.db, aid, args.out, lang=args.lang, actor=ctx.actor, font=args.font,
                             sign=args.sign)
    _warn(res.warnings)
    if args.json:
        print_json(res)
    else:
        print(f"certificate {res.number} written: {res.path}")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.dossier import verify_pdf

    if not args.file.is_file():
        raise AssessmentError(f"no such file: {args.file}")
    v = verify_pdf(ctx.db, args.file)
    if args.json:
        print_json(v)
    elif v.ok:
        print(f"OK: {v.kind} {v.number} matches the database (fingerprint {v.printed})")
        if v.signed:
            print(f"  digitally signed, signature intact{': ' + v.signer if v.signer else ''}")
    else:
        print(f"MISMATCH: {v.kind} {v.number} does not match the database")
        print(f"  printed fingerprint: {v.printed}\n  database now:        {v.current}")
        for p in v.problems:
            print(f"  - {p}")
    return 0 if v.ok else 1
