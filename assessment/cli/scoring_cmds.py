"""Scoring commands: score, criteria list/show/validate/diff, factors list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assessment import ops
from assessment.cli import Context, print_json
from assessment.errors import AssessmentError, PermissionDenied, ValidationError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("score", help="score one site (or --all) from its stored data")
    p.add_argument("site", nargs="?", help="site code, id or name")
    p.add_argument("--campaign")
    p.add_argument("--all", action="store_true", help="re-score every candidate of the campaign")
    p.add_argument("--what-if", action="append", default=[], metavar="KEY=VALUE",
                   help="hypothetical input (not stored), e.g. PK-E5=yes or metric:renewable_share=30")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("criteria", help="criteria sets: list, show, validate, diff")
    csub = p.add_subparsers(dest="criteria_command", metavar="ACTION")
    c = csub.add_parser("list", help="all criteria sets and versions")
    c.set_defaults(func=cmd_criteria_list)
    c = csub.add_parser("show", help="one criteria set")
    c.add_argument("code", help="set code, optionally CODE@VERSION")
    c.set_defaults(func=cmd_criteria_show)
    c = csub.add_parser("validate", help="check a criteria file")
    c.add_argument("file", type=Path)
    c.set_defaults(func=cmd_criteria_validate)
    c = csub.add_parser("diff", help="what changed between two versions (CODE@V1 CODE@V2 or files)")
    c.add_argument("a")
    c.add_argument("b")
    c.set_defaults(func=cmd_criteria_diff)
    p.set_defaults(func=lambda args, ctx: (p.print_help(), 2)[1])

    p = sub.add_parser("factors", help="emission-factor sets")
    fsub = p.add_subparsers(dest="factors_command", metavar="ACTION")
    f = fsub.add_parser("list", help="factor sets, or the factors of one set with --version")
    f.add_argument("--version", dest="factor_version")
    f.set_defaults(func=cmd_factors_list)
    p.set_defaults(func=cmd_factors_list, factor_version=None)


def parse_what_if(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise ValidationError("--what-if", pair, "write KEY=VALUE, e.g. PK-E5=yes")
        value: Any = raw.strip()
        low = value.lower()
        if low in ("yes", "true", "是"):
            value = True
        elif low in ("no", "false", "否"):
            value = False
        else:
            try:
                value = float(value)
            except ValueError:
                pass
        out[key.strip()] = value
    return out


def _card_line(card: Any) -> str:
    tier = card.tier.name_en if card.tier else "—"
    return f"{card.total:.1f}/{card.max_total:g}  {tier}"


def cmd_score(args: argparse.Namespace, ctx: Context) -> int:
    from assessment.scores import refresh_cached_score

    if args.all:
        rows = ops.list_sites(ctx.db, args.campaign, viewer=ctx.actor)
        results = []
        for n, row in enumerate(rows, 1):
            card = refresh_cached_score(ctx.db, row.assessment_id)
            if row.hidden_reason:  # a panel member may not see this total (see assessment.panel.guard)
                results.append({"code": row.code, "name": row.name, "total": None, "tier": None, "hash": None,
                                "hidden": row.hidden_reason})
            else:
                results.append({"code": row.code, "name": row.name, "total": card.total,
                                "tier": card.tier.code if card.tier else None, "hash": card.input_hash})
            if not args.json:
                sys.stderr.write(f"\rscored {n}/{len(rows)}")
        if args.json:
            print_json(results)
        else:
            sys.stderr.write("\n")
            for r in results:
                total = "—" if r["total"] is None else f"{r['total']:.1f}"
                print(f"{r['code']:<10} {total:>6}  {r['tier'] or '—':<16} {r['name']}")
        return 0
    if not args.site:
        raise ValidationError("site", None, "name a site, or use --all")
    overrides = parse_what_if(args.what_if)
    from assessment.panel.guard import score_card

    card, source = score_card(ctx.db, ctx.actor, ops.site_assessment_id(ctx.db, args.site, args.campaign),
                              overrides or None)
    if card is None:
        raise PermissionDenied(f"{ctx.actor} has a conflict of interest with {args.site}: its score is not shown")
    if args.json:
        sys.stdout.write(card.to_json() + "\n")
        return 0
    if card.is_what_if:
        print("WHAT-IF (hypothetical inputs, nothing stored): " + ", ".join(f"{k}={v}" for k, v in overrides.items()))
    print(f"total {_card_line(card)}   criteria {card.criteria_code}@{card.criteria_version}   "
          f"factors {card.factor_version}")
    for g in card.gates:
        print(f"  gate {g.code:<7} {g.status:<14} {g.reason_en}")
    for c in card.categories:
        mark = "" if c.minimum_met else "  (below minimum share)"
        print(f"  category {c.code:<4} {c.points:>5.1f}/{c.max_points:<5g} {c.name_en}{mark}")
    for it in card.items:
        print(f"    {it.code:<7} {it.points:>5.1f}/{it.max_points:<4g} {it.explanation_en}")
    for b in card.blocked_by:
        print(f"  blocked: {b.message_en}")
    for q in card.quality:
        if q.level != "ok":
            print(f"  data {q.level}: {q.message_en}")
    for gap in card.gaps:
        print(f"  to reach {gap.tier}: {gap.message_en}")
    print(f"  input hash {card.input_hash}")
    return 0


def _load_set(ref: str) -> Any:
    from scoring import load_criteria_file, load_criteria_set

    if ref.endswith((".yaml", ".yml")) or Path(ref).is_file():
        return load_criteria_file(Path(ref))
    code, _, version = ref.partition("@")
    return load_criteria_set(code, version or None)


def _criteria_errors() -> tuple[type[Exception], ...]:
    from scoring import CriteriaError

    return (CriteriaError, KeyError, LookupError)


def cmd_criteria_list(args: argparse.Namespace, ctx: Context) -> int:
    from scoring import list_criteria_sets

    infos = list_criteria_sets()
    if args.json:
        print_json(infos)
        return 0
    for i in infos:
        print(f"{i.code:<16} {i.version:<8} {i.site_type:<16} {i.name_zh} / {i.name_en}")
    return 0


def cmd_criteria_show(args: argparse.Namespace, ctx: Context) -> int:
    try:
        cs = _load_set(args.code)
    except _criteria_errors() as exc:
        raise AssessmentError(str(exc)) from None
    if args.json:
        print_json({"code": cs.code, "version": cs.version, "site_type": cs.site_type, "scale": cs.scale,
                    "bonus_cap": cs.bonus_cap, "gates": cs.gates, "categories": cs.categories, "items": cs.items,
                    "tiers": cs.tiers})
        return 0
    print(f"{cs.code} {cs.version}  {cs.name_zh} / {cs.name_en}  (site type {cs.site_type}, "
          f"scale {cs.scale:g} + bonus up to {cs.bonus_cap:g})")
    for g in cs.gates:
        print(f"  gate {g.code:<7} [{g.kind}] {g.name_en} — {g.source}")
    for c in cs.categories:
        print(f"  category {c.code} {c.name_en}")
        for it in cs.items:
            if it.category == c.code:
                print(f"    {it.code:<7} {it.max_points:>4g} pts [{it.kind}] {it.name_en} — {it.source}")
    for t in cs.tiers:
        print(f"  tier {t.code:<14} ≥ {t.min_total:g}  {t.name_zh} / {t.name_en}")
    return 0


def cmd_criteria_validate(args: argparse.Namespace, ctx: Context) -> int:
    from scoring import load_criteria_file

    if not args.file.is_file():
        raise ValidationError("file", str(args.file), "does not exist")
    try:
        cs = load_criteria_file(args.file)
    except _criteria_errors() as exc:
        raise AssessmentError(str(exc)) from None
    print(f"{args.file}: valid ({cs.code} {cs.version}, {len(cs.items)} items, {len(cs.gates)} gates)")
    return 0


def cmd_criteria_diff(args: argparse.Namespace, ctx: Context) -> int:
    from scoring import diff_criteria

    try:
        a, b = _load_set(args.a), _load_set(args.b)
    except _criteria_errors() as exc:
        raise AssessmentError(str(exc)) from None
    changes = diff_criteria(a, b)
    if args.json:
        print_json(changes)
        return 0
    print(f"{a.code} {a.version} -> {b.code} {b.version}: {len(changes)} change(s)")
    for ch in changes:
        print(f"  {ch}")
    return 0


def cmd_factors_list(args: argparse.Namespace, ctx: Context) -> int:
    from scoring import list_factor_sets, load_factor_set

    if args.factor_version:
        try:
            fs = load_factor_set(args.factor_version)
        except LookupError as exc:
            raise AssessmentError(str(exc)) from None
        if args.json:
            print_json(fs.factors)
            return 0
        for f in fs.factors:
            print(f"{f.id:<34} {f.series:<26} {f.region:<12} {f.year or '':<5} {f.value:>9g} {f.unit:<12} {f.source}")
        return 0
    infos = list_factor_sets()
    if args.json:
        print_json(infos)
        return 0
    for i in infos:
        print(f"{i.version:<10} {i.published:<12} {i.name_zh} / {i.name_en}")
    return 0
