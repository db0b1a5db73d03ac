#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: Debian's binaries, a fresh cluster in a temp folder,
# listening on 127.0.0.1 only. `start` prints `export LCS_TEST_PG_URL=... LCS_TEST_PG_DIR=...` for eval;
# `stop DIR` shuts it down and removes the folder. Works as root (runs the server as `postgres`) or as a user.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "postgres.sh: no PostgreSQL server found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@" </dev/null; else "$@" </dev/null; fi
}

case "${1:-start}" in
  start)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/lcs-pg.XXXXXX")
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --encoding=UTF8 --locale=C \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Test-only speed settings: a crash of this throwaway cluster loses nothing anyone needs.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
          -c full_page_writes=off -c max_connections=100" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
      -c "CREATE ROLE lcs_test LOGIN CREATEDB PASSWORD 'lcs_test'" \
      -c "CREATE DATABASE lcs_test OWNER lcs_test TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
      >&2
    echo "export LCS_TEST_PG_URL='postgresql+psycopg://lcs_test:lcs_test@127.0.0.1:$port/lcs_test'"
    echo "export LCS_TEST_PG_DIR='$dir'"
    ;;
  stop)
    dir=${2:?usage: postgres.sh stop DIR}
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
