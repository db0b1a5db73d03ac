"""Review-panel commands: rank, compare, decide, and `panel ...` for members, phases, conflicts and scores."""

from __future__ import annotations

import argparse
from pathlib import Path

from assessment.cli import Context, print_json
from assessment.errors import ValidationError
from assessment.panel import comparison, decisions, exchange, ranking, scoring_ops, setup, xlsx
from assessment.panel.views import CandidatePanelView


def _fmt(v: object) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.1f}" if abs(v) >= 10 else f"{v:.2f}".rstrip("0").rstrip(".")
    return str(v)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rank", help="ranking per site type and overall, with quotas and the shortlist")
    p.add_argument("--campaign", help="campaign code (default: newest)")
    p.add_argument("--xlsx", type=Path, metavar="OUT", help="write the ranking to an Excel file")
    p.set_defaults(func=cmd_rank)

    p = sub.add_parser("compare", help="compare 2 to 6 candidates side by side")
    p.add_argument("sites", nargs="+", help="site codes")
    p.add_argument("--campaign")
    p.add_argument("--xlsx", type=Path, metavar="OUT", help="write the comparison to an Excel file")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("decide", help="record the panel's decision on a candidate (chair or secretariat)")
    p.add_argument("site")
    p.add_argument("--outcome", required=True, choices=("awarded", "not_awarded", "deferred"))
    p.add_argument("--for", dest="votes_for", type=int, default=0)
    p.add_argument("--against", dest="votes_against", type=int, default=0)
    p.add_argument("--abstain", dest="votes_abstain", type=int, default=0)
    p.add_argument("--rationale", required=True)
    p.add_argument("--campaign")
    p.set_defaults(func=cmd_decide)

    p = sub.add_parser("panel", help="review panel: members, phase, conflicts, scores, offline score files")
    psub = p.add_subparsers(dest="panel_command", metavar="ACTION", required=True)

    def add(name: str, func: object, help_: str) -> argparse.ArgumentParser:
        q = psub.add_parser(name, help=help_)
        q.add_argument("--campaign")
        q.set_defaults(func=func)
        return q  # type: ignore[no-any-return]

    add("members", cmd_members, "who is on the panel, with roles")
    add("status", cmd_status, "phase, aggregation method, and (chair/secretariat) scoring progress")
    q = add("phase", cmd_phase, "move the panel to the next phase (chair only)")
    q.add_argument("--set", dest="phase", required=True, choices=("independent", "read", "revise", "decision"))
    q.add_argument("--reason")
    q = add("aggregation", cmd_aggregation, "set median, mean or trimmed_mean (chair or secretariat)")
    q.add_argument("--set", dest="method", required=True, choices=("median", "mean", "trimmed_mean"))
    add("conflicts", cmd_conflicts, "conflicts of interest (the chair sees all, a member their own)")
    q = add("declare", cmd_declare, "declare a conflict of interest with a site")
    q.add_argument("site")
    q.add_argument("--reason", required=True)
    q.add_argument("--member", help="record for another member (chair or secretariat)")
    add("suggest", cmd_suggest, "store likely conflicts (same organisation) for the chair to review")
    for name, status in (("confirm", "confirmed"), ("dismiss", "dismissed")):
        q = add(name, cmd_resolve, f"mark a conflict {status} (chair)")
        q.add_argument("member")
        q.add_argument("site")
        q.add_argument("--reason")
        q.set_defaults(status=status)
    add("sheet", cmd_sheet, "your own scoring sheet")
    q = add("score", cmd_score, "score one judgement item of a candidate")
    q.add_argument("site")
    q.add_argument("item")
    q.add_argument("points")
    q.add_argument("--comment")
    q.add_argument("--reason", help="why the score changed (revise phase)")
    q = add("show", cmd_show, "one candidate's panel scores as you may see them")
    q.add_argument("site")
    q = add("history", cmd_history, "changes to a candidate's panel scores that you may see")
    q.add_argument("site")
    q = add("decision", cmd_decision, "the recorded decision with its frozen score and the what-if")
    q.add_argument("site")
    q = add("export-scores", cmd_export, "write your own scores to a file (offline laptop)")
    q.add_argument("out", type=Path)
    q = add("import-scores", cmd_import, "import a member's score file (secretariat)")
    q.add_argument("file", type=Path)
    q.add_argument("--member", help="refuse the file unless it holds this member's scores")


def cmd_rank(args: argparse.Namespace, ctx: Context) -> int:
    r = ranking.ranking(ctx.db, ctx.actor, args.campaign)
    if args.xlsx:
        xlsx.save(xlsx.ranking_workbook(r), args.xlsx)
    if args.json:
        print_json(r)
        return 0
    print(f"campaign {r.campaign}   phase {r.phase}   aggregation {r.aggregation}   viewer {r.viewer}")
    print(f"tie-break: {r.tie_break_en}")
    for site_type, rows in r.by_type.items():
        quota = r.quotas.get(site_type, 0)
        print(f"\n{site_type}  (quota {quota}, awarded {r.awarded.get(site_type, 0)})")
        print(f"  {'rank':>5} {'code':<12} {'total':>6} {'panel':>6} {'tier':<14} {'from':<13} {'short':<5} name")
        for row in rows:
            rank = "—" if row.rank is None else (f"={row.rank}" if row.tied else str(row.rank))
            wi = f"  [what-if {_fmt(row.what_if_total)} {row.what_if_tier or ''}]" if row.what_if_total is not None \
                else ""
            print(f"  {rank:>5} {row.site_code:<12} {_fmt(row.total):>6} {_fmt(row.panel_points):>6} "
                  f"{(row.tier or '—'):<14} {row.source:<13} {('yes' if row.shortlisted else ''):<5} "
                  f"{row.site_name}{wi}{'  (' + row.note + ')' if row.note else ''}")
    for note in r.notes:
        print(f"note: {note}")
    if args.xlsx:
        print(f"written: {args.xlsx}")
    return 0


def cmd_compare(args: argparse.Namespace, ctx: Context) -> int:
    c = comparison.compare(ctx.db, ctx.actor, args.sites, args.campaign)
    if args.xlsx:
        xlsx.save(xlsx.comparison_workbook(c), args.xlsx)
    if args.json:
        print_json(c)
        return 0
    print(f"{'':<40}" + "".join(f"{col.site_code:>14}" for col in c.columns))
    for row in c.rows:
        cells = "".join(f"{(('*' if b else '') + _fmt(v)):>14}" for v, b in zip(row.values, row.best, strict=True))
        print(f"{(row.section + ' ' + row.label_en)[:40]:<40}{cells}")
    print("* best value in the row")
    for note in c.notes:
        print(f"note: {note}")
    return 0


def cmd_decide(args: argparse.Namespace, ctx: Context) -> int:
    d = decisions.record_decision(ctx.db, ctx.actor, args.site, args.outcome, votes_for=args.votes_for,
                                  votes_against=args.votes_against, votes_abstain=args.votes_abstain,
                                  rationale=args.rationale, campaign=args.campaign)
    if args.json:
        print_json(d)
    else:
        _print_decision(d)
    return 0


def _print_decision(d: decisions.DecisionView) -> None:
    print(f"{d.site_code} {d.site_name}: {d.outcome}  (for {d.votes_for}, against {d.votes_against}, "
          f"abstain {d.votes_abstain})  by {d.decided_by} at {d.decided_at:%Y-%m-%d %H:%M}")
    print(f"  frozen score: {_fmt(d.total)} {d.tier or ''}  criteria {d.criteria_code}@{d.criteria_version}  "
          f"factors {d.factor_version}  hash {d.card_hash[:16]}")
    if d.what_if is not None and d.what_if.changed:
        print(f"  what-if (not the decision): {_fmt(d.what_if.total)} {d.what_if.tier or ''} under criteria "
              f"{d.what_if.criteria_version}, factors {d.what_if.factor_version}")
    print(f"  rationale: {d.rationale}")


def cmd_members(args: argparse.Namespace, ctx: Context) -> int:
    rows = setup.list_members(ctx.db, args.campaign)
    if args.json:
        print_json(rows)
        return 0
    for m in rows:
        print(f"{m.name:<24} {', '.join(m.roles):<28} {m.organisation or ''}")
    return 0


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    st = scoring_ops.status(ctx.db, ctx.actor, args.campaign)
    if args.json:
        print_json(st)
        return 0
    print(f"campaign {st.campaign_code}: phase {st.phase}, aggregation {st.aggregation}; you: {st.viewer} "
          f"({', '.join(st.roles)})")
    for name, done in st.progress.items():
        print(f"  {name:<24} {done} items scored")
    return 0


def cmd_phase(args: argparse.Namespace, ctx: Context) -> int:
    phase = setup.set_phase(ctx.db, ctx.actor, args.campaign, args.phase, args.reason)
    print_json({"phase": phase}) if args.json else print(f"panel phase: {phase}")
    return 0


def cmd_aggregation(args: argparse.Namespace, ctx: Context) -> int:
    method = setup.set_aggregation(ctx.db, ctx.actor, args.campaign, args.method)
    print_json({"aggregation": method}) if args.json else print(f"aggregation: {method}")
    return 0


def _print_conflicts(rows: list) -> None:  # type: ignore[type-arg]
    for c in rows:
        print(f"{c.site_code:<12} {c.member:<24} {c.status:<10} {c.reason or ''}")
    print(f"{len(rows)} conflict(s)")


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    rows = setup.list_conflicts(ctx.db, ctx.actor, args.campaign)
    print_json(rows) if args.json else _print_conflicts(rows)
    return 0


def cmd_declare(args: argparse.Namespace, ctx: Context) -> int:
    c = setup.declare_conflict(ctx.db, ctx.actor, args.campaign, args.site, args.reason, args.member)
    print_json(c) if args.json else _print_conflicts([c])
    return 0


def cmd_suggest(args: argparse.Namespace, ctx: Context) -> int:
    rows = setup.suggest_conflicts(ctx.db, ctx.actor, args.campaign)
    print_json(rows) if args.json else _print_conflicts(rows)
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    c = setup.resolve_conflict(ctx.db, ctx.actor, args.campaign, args.member, args.site, args.status, args.reason)
    print_json(c) if args.json else _print_conflicts([c])
    return 0


def cmd_sheet(args: argparse.Namespace, ctx: Context) -> int:
    rows = scoring_ops.my_sheet(ctx.db, ctx.actor, args.campaign)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r.site_code:<12} {r.item_code:<8} {_fmt(r.points):>5}/{r.max_points:g}  {r.item_name_en:<50} "
              f"{r.comment or ''}{'  [' + r.note + ']' if r.note else ''}")
    return 0


def cmd_score(args: argparse.Namespace, ctx: Context) -> int:
    v = scoring_ops.score_item(ctx.db, ctx.actor, args.site, args.item, args.points, args.comment,
                               campaign=args.campaign, reason=args.reason)
    print_json(v) if args.json else _print_candidate(v)
    return 0


def _print_candidate(v: CandidatePanelView) -> None:
    print(f"{v.site_code} {v.site_name}  ({v.status})")
    if v.hidden_reason:
        print(f"  {v.hidden_reason}")
    for it in v.items:
        own = f"yours {_fmt(it.own.points)}" if it.own else "yours —"
        agg = ""
        if it.aggregate is not None and it.aggregate.value is not None:
            a = it.aggregate
            agg = (f"  {a.method} {_fmt(a.value)} (n={a.n}, spread {_fmt(a.spread)}"
                   f"{', STRONG DISAGREEMENT' if a.disagreement else ''})")
        print(f"  {it.code:<8} /{it.max_points:g}  {own}{agg}  {it.name_en}")
        for o in it.others:
            print(f"      {o.member:<20} {_fmt(o.points):>5}  {o.comment or ''}")


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    v = scoring_ops.candidate_view(ctx.db, ctx.actor, args.site, args.campaign)
    print_json(v) if args.json else _print_candidate(v)
    return 0


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    rows = scoring_ops.history(ctx.db, ctx.actor, args.site, args.campaign)
    if args.json:
        print_json(rows)
        return 0
    for e in rows:
        print(f"{e.at:%Y-%m-%d %H:%M}  {e.member:<20} {e.item_code:<8} {e.old or '—'} -> {e.new}  {e.reason or ''}")
    return 0


def cmd_decision(args: argparse.Namespace, ctx: Context) -> int:
    d = decisions.decision_view(ctx.db, ctx.actor, args.site, args.campaign)
    print_json(d) if args.json else _print_decision(d)
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    n = exchange.export_scores(ctx.db, ctx.actor, args.out, args.campaign)
    print_json({"file": args.out, "scores": n}) if args.json else print(f"{n} score(s) written to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    if not args.file.exists():
        raise ValidationError("file", str(args.file), "does not exist")
    r = exchange.import_scores(ctx.db, ctx.actor, args.file, args.campaign, args.member)
    if args.json:
        print_json(r)
        return 0
    if r.already_imported:
        print(f"{args.file.name}: {r.skipped[0]}; nothing changed")
        return 0
    print(f"{r.member}: {r.applied} score(s) imported, {r.unchanged} unchanged, {len(r.skipped)} skipped")
    for s in r.skipped:
        print(f"  skipped: {s}")
    return 0
