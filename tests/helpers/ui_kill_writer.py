"""Open the main window on a database, store one value through the energy grid, then get killed (SIGKILL).

Usage: python ui_kill_writer.py DB_PATH VALUE — prints STORED once the edit is acknowledged, then dies.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db_path: str, value: str) -> None:

    from assessment.db import open_database
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    app = make_application()
    win = MainWindow(open_database(db_path), Preferences(), interactive=False)
    win.show()
    win.load()

    def wait(cond: object) -> None:
        end = time.perf_counter() + 60
        while not cond() and time.perf_counter() < end:  # type: ignore[operator]
            app.processEvents()

    wait(lambda: win.editor.current is not None and win.session.tasks.pending == 0)
    draft = next(r for r in win.site_list.model.rows() if r.status == "draft")
    win.site_list.select(draft.assessment_id)
    wait(lambda: win.editor.current.detail.assessment.id == draft.assessment_id and win.session.tasks.pending == 0)
    model = win.editor.energy.model
    acknowledged: list[str] = []
    win.session.data_changed.connect(acknowledged.append)  # emitted only after the transaction committed
    model.setData(model.index(0, 0), value)
    wait(lambda: bool(acknowledged))
    print("STORED", draft.assessment_id, model.series[0].carrier, model.series[0].meter_id, model.months[0],
          flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no clean shutdown: as if the laptop's battery died


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
