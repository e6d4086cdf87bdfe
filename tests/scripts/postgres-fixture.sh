#!/usr/bin/env bash
# Starts or stops a private PostgreSQL cluster for the test suite.
#
#   postgres-fixture.sh start DIR   initdb + pg_ctl start as `postgres`, socket in a temp dir,
#                                   listening on a free loopback port; writes DIR/connection.ini
#   postgres-fixture.sh stop DIR    stops it and removes everything it created
#
# The cluster trusts connections on its own socket and on loopback only; it holds only the
# fictional data the tests create and lives only as long as the test run.
set -euo pipefail

action=${1:?usage: postgres-fixture.sh start|stop DIR}
dir=${2:?usage: postgres-fixture.sh start|stop DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $bindir/pg_ctl ]] || { echo "postgres-fixture: PostgreSQL server binaries not found" >&2; exit 1; }

as_postgres() {
  if [[ $(id -un) == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi
}

stop_cluster() {
  if [[ -f $dir/runtime ]]; then
    local runtime
    runtime=$(cat "$dir/runtime")
    if [[ -d $runtime/data ]]; then
      as_postgres "$bindir/pg_ctl" -D "$runtime/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf -- "$runtime"
  fi
  rm -rf -- "$dir"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "postgres-fixture: no free port found" >&2
  return 1
}

case $action in
start)
  stop_cluster # a previous run that was killed may have left one behind
  mkdir -p "$dir"
  runtime=$(mktemp -d /tmp/tv-pg.XXXXXX)
  echo "$runtime" >"$dir/runtime"
  chown postgres: "$runtime"
  chmod 700 "$runtime"
  as_postgres "$bindir/initdb" -D "$runtime/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$runtime/initdb.log" 2>&1 || { cat "$runtime/initdb.log" >&2; exit 1; }
  port=$(free_port)
  # In the configuration file, not on the command line, so a benchmark can turn fsync back on
  # with ALTER SYSTEM and a reload. Tests need no durability.
  echo "fsync = off" >>"$runtime/data/postgresql.conf"
  as_postgres "$bindir/pg_ctl" -D "$runtime/data" -l "$runtime/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $runtime -c max_connections=200 -c shared_buffers=1GB" start \
    >/dev/null || { cat "$runtime/server.log" >&2; exit 1; }
  cat >"$dir/connection.ini" <<INI
[postgres]
host=$runtime
port=$port
user=postgres
database=postgres
INI
  echo "postgres-fixture: PostgreSQL running on 127.0.0.1:$port (socket in $runtime)"
  ;;
stop)
  stop_cluster
  echo "postgres-fixture: stopped"
  ;;
*)
  echo "usage: postgres-fixture.sh start|stop DIR" >&2
  exit 2
  ;;
esac
