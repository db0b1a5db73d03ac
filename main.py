"""Entry point: with no command, open the desktop app; with a command, run it headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui_flags = {"--db", "--db-url", "--lang"}
    wants_gui = not argv or (argv[0] in gui_flags and len(argv) == 2)
    if wants_gui:
        from ui.app import run_app

        db = argv[1] if argv and argv[0] in ("--db", "--db-url") else None
        return run_app(db)
    from assessment.cli import run

    return run(argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # dossier batches run on worker processes, also in a frozen build
    sys.exit(main())
