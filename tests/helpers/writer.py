"""A writer process for robustness tests: performs operations and prints ACK lines after each commit."""

from __future__ import annotations

import sys

from assessment import ops
from assessment.db import open_database


def main(db_path: str, start: int, count: int) -> None:
    db = open_database(db_path)
    for n in range(start, start + count):
        code = f"K{n:05d}"
        _, a = ops.create_site(db, "writer", {"name": f"site {n}", "site_type": "park"}, campaign="C2023", code=code)
        assert a is not None
        rows = [{"carrier": "grid_electricity", "month": f"2023-{m:02d}", "quantity": 1000 + n, "unit": "kWh"}
                for m in range(1, 13)]
        ops.bulk_insert_activity(db, "writer", a.id, rows)
        sys.stdout.write(f"ACK {code} {a.id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
