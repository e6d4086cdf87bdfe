#!/usr/bin/env bash
# Runs bench_service against a private PostgreSQL cluster with a 1,000,000-person population and
# prints its figures. The cluster seeds without fsync; bench_service turns fsync on before it
# times anything, so every measured commit is durable.
#   tests/benchmarks/run-service-benchmark.sh BUILD_DIR [bench_service options...]
# BENCH=bench_search runs the search-quality benchmark against such a cluster instead.
set -euo pipefail
build=${1:?usage: run-service-benchmark.sh BUILD_DIR [options]}
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=$(mktemp -d /tmp/tv-bench.XXXXXX)
trap '"$here/../scripts/postgres-fixture.sh" stop "$state/pg" >/dev/null; rm -rf "$state"' EXIT
"$here/../scripts/postgres-fixture.sh" start "$state/pg"
host=$(sed -n 's/^host=//p' "$state/pg/connection.ini")
port=$(sed -n 's/^port=//p' "$state/pg/connection.ini")
runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/createdb" -h "$host" -p "$port" transform_bench
cat >"$state/bench.ini" <<INI
[database]
driver=postgres
host=$host
port=$port
name=transform_bench
user=postgres
INI
"$build/tests/benchmarks/${BENCH:-bench_service}" --config "$state/bench.ini" "$@"
