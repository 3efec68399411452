#!/usr/bin/env bash
# H2 against PostgreSQL: the load of bench/access.sh (reads of /api/organisations with HTTP Basic
# and with an API token, writes of workshops, each with its audit entry) on the same build, once
# with the embedded H2 and once with a PostgreSQL of its own (scripts/pg-test-server, on this
# machine, fsync on: PostgreSQL's defaults), in interleaved rounds (ABBA: H2 then PostgreSQL in odd
# rounds, the other way round in even ones), each round on a fresh database. Prints requests per
# second, p50 and p99 of each (medians over the rounds) and the ratios PG/H2.
# Usage: bench/databases.sh [ROUNDS] [SECONDS_PER_STEP] [WORKERS]   (default: 2 rounds, 10 s, 8 workers)
set -euo pipefail
source "$(dirname "$0")/common.sh"
rounds=${1:-2}
seconds=${2:-10}
workers=${3:-8}
port=${NTS_BENCH_PORT:-18881}
archive=$(distribution_archive)
pg_dir="$out/databases-postgresql"  # the cluster; the Karaf homes are databases-h2 and databases-pg
base="http://localhost:$port/api"

stop_all() { stop_karaf; "$root/scripts/pg-test-server" stop "$pg_dir" || true; }
trap stop_all EXIT
rm -rf "$pg_dir"
pg_admin=$("$root/scripts/pg-test-server" start "$pg_dir")
psql_admin() { PGPASSWORD=nts PGOPTIONS='-c client_min_messages=warning' psql -q -h 127.0.0.1 -p "$(cat "$pg_dir/port")" -U nts -d postgres -c "$1"; }

declare -A figures
load() { "$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "$1" "$workers" "$seconds" 3; }
keep() { # keep DB STEP LINE
  figures[$1.$2.rps]+="$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<< "$3") "
  figures[$1.$2.p50]+="$(sed -n 's/.* p50=\([0-9.]*\)ms.*/\1/p' <<< "$3") "
  figures[$1.$2.p99]+="$(sed -n 's/.* p99=\([0-9.]*\)ms.*/\1/p' <<< "$3") "
  echo "  $1 $2: $3"
}

one_round() { # one_round h2|pg ROUND
  local home="$out/databases-$1"
  unpack "$archive" "$home"
  set_ports "$home" "$port"
  if [ "$1" = pg ]; then
    local db="nts_bench_$2"
    psql_admin "DROP DATABASE IF EXISTS $db"; psql_admin "CREATE DATABASE $db"
    local cfg="$home/etc/org.ops4j.datasource-nts.cfg"
    # the lines the README tells an operator to change
    sed -i "s|^osgi.jdbc.driver.class *=.*|osgi.jdbc.driver.class = org.postgresql.Driver|; s|^url *=.*|url = ${pg_admin%/*}/$db|" "$cfg"
  fi
  start_karaf "$home"
  wait_for "$base/value-chains" > /dev/null
  keep "$1" basic "$(load "$base/organisations?size=20")"
  local secret
  secret=$(curl -sf -u "$bench_auth" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/tokens" \
    | sed -E 's/.*"secret":"([^"]+)".*/\1/')
  keep "$1" token "$(LOADGEN_BEARER=$secret load "$base/organisations?size=20")"
  keep "$1" write "$(LOADGEN_BODY='{"title":"Bench workshop","date":"2026-06-01","rom":"BOM","technologies":["NTS09"]}' load "$base/workshops")"
  stop_karaf
}

echo "$workers workers, $seconds s a step after 3 s warm-up, $rounds rounds; load generator and both databases on this $(nproc)-core machine"
for i in $(seq 1 "$rounds"); do
  if (( i % 2 )); then one_round h2 "$i"; one_round pg "$i"; else one_round pg "$i"; one_round h2 "$i"; fi
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b == 0) ? 0 : a / b }'; }
echo
printf '%-44s %10s %10s %7s | %9s %9s %7s | %9s %9s %7s\n' "step" "H2 rps" "PG rps" "PG/H2" "H2 p50" "PG p50" "PG/H2" "H2 p99" "PG p99" "PG/H2"
for step in basic token write; do
  case $step in
    basic) label="GET /api/organisations?size=20 (Basic)" ;;
    token) label="GET /api/organisations?size=20 (token)" ;;
    write) label="POST /api/workshops (+ audit entry)" ;;
  esac
  hr=$(median "${figures[h2.$step.rps]}"); pr=$(median "${figures[pg.$step.rps]}")
  h5=$(median "${figures[h2.$step.p50]}"); p5=$(median "${figures[pg.$step.p50]}")
  h9=$(median "${figures[h2.$step.p99]}"); p9=$(median "${figures[pg.$step.p99]}")
  printf '%-44s %10s %10s %7s | %7sms %7sms %7s | %7sms %7sms %7s\n' "$label" "$hr" "$pr" "$(ratio "$pr" "$hr")" \
    "$h5" "$p5" "$(ratio "$p5" "$h5")" "$h9" "$p9" "$(ratio "$p9" "$h9")"
done
echo "H2: embedded, WRITE_DELAY=0 (written to its file at each commit, not fsync'ed); PostgreSQL $(psql --version | awk '{print $3}'): own cluster on 127.0.0.1, fsync on"
