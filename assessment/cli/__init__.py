"""Headless command line: every command module in this package registers its sub-commands here."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from assessment.errors import AssessmentError, NotFoundError

Handler = Callable[[argparse.Namespace, "Context"], int]


class Context:
    """Lazily opened database for a command, from --db / --db-url or the default location."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Any = None

    @property
    def db(self) -> Any:
        if self._db is None:
            from assessment.bootstrap import open_app_database

            url, file = getattr(self.args, "db_url", None), getattr(self.args, "db", None)
            if not url and file and not Path(file).exists() and not getattr(self.args, "creates_db", False):
                raise NotFoundError(f"no database file at {file}: check the path (`python main.py init --db {file}` "
                                    "creates a new, empty one)")
            self._db = open_app_database(url or file, with_demo=getattr(self.args, "with_demo", True))
        return self._db

    @property
    def actor(self) -> str:
        return getattr(self.args, "actor", None) or "cli"

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="SQLite database file (default: the one in your user data folder)")
    parser.add_argument("--db-url", help="database URL, e.g. postgresql+psycopg://user@host/db")
    parser.add_argument("--json", action="store_true", help="print data as JSON")
    parser.add_argument("--actor", help="your name, recorded in the audit trail (default: cli)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Near-zero-carbon demonstration site assessment. With no command, opens the app.",
    )
    add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    package = importlib.import_module(__name__)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(sub)
    for choice in sub.choices.values():
        add_common_if_missing(choice)
    return parser


def add_common_if_missing(parser: argparse.ArgumentParser) -> None:
    known = {a.dest for a in parser._actions}
    for flag, dest, kwargs in (
        ("--db", "db", {"help": "SQLite database file"}),
        ("--db-url", "db_url", {"help": "database URL"}),
        ("--json", "json", {"action": "store_true", "help": "print data as JSON"}),
        ("--actor", "actor", {"help": "your name for the audit trail"}),
    ):
        if dest not in known:
            parser.add_argument(flag, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                add_common_if_missing(child)


def run(argv: list[str]) -> int:
    """0 when done; 1 with a one-line message on stderr when the job fails; 2 for a usage error."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "func", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        sys.stderr.write("error: a command is required\n")
        return 2
    ctx = Context(args)
    try:
        return handler(args, ctx)
    except AssessmentError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"error: {exc.strerror or exc}: {exc.filename or ''}\n".replace(": \n", "\n"))
        return 1
    finally:
        ctx.close()
