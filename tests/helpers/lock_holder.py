"""Holds the database write lock until told to stop (stdin closes), for lock-contention tests."""

from __future__ import annotations

import sqlite3
import sys

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
sys.stdout.write("LOCKED\n")
sys.stdout.flush()
sys.stdin.read()
conn.execute("ROLLBACK")
