#!/usr/bin/env bash
# One node against two: REST reads (/api/organisations with HTTP Basic) and writes (workshops, each
# with its audit entry) on one node, then on two nodes of the same build sharing one PostgreSQL
# (scripts/pg-test-server, fsync on) behind a round-robin client (LoadGen with both URLs), and the
# time a plugin installed for the cluster group on node 1 (cluster:feature-install, Karaf Cellar, feature
# nts-cluster) takes to be ACTIVE on node 2.
# Everything on this machine: the load generator, both nodes and the database share its cores, so
# two nodes measure the platform's overhead of a cluster, not the gain of a second machine.
# Usage: bench/cluster.sh [SECONDS_PER_STEP] [WORKERS]   (default: 10 s, 8 workers)
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=${1:-10}
workers=${2:-8}
port1=${NTS_BENCH_PORT:-18891}
port2=$(( port1 + 10 ))
archive=$(distribution_archive)
pg_dir="$out/cluster-postgresql"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$root/scripts/pg-test-server" stop "$pg_dir" || true
}
trap stop_all EXIT
rm -rf "$pg_dir"
pg_admin=$("$root/scripts/pg-test-server" start "$pg_dir")
PGPASSWORD=nts psql -q -h 127.0.0.1 -p "$(cat "$pg_dir/port")" -U nts -d postgres -c "CREATE DATABASE nts_bench_cluster"
db_url="${pg_admin%/*}/nts_bench_cluster"
members="127.0.0.1:$(( port1 + 5 )),127.0.0.1:$(( port2 + 5 ))"

node() { # node N PORT: unpacked and configured as the README's "Several nodes" says
  local home="$out/cluster-node$1"
  unpack "$archive" "$home"
  set_ports "$home" "$2"
  shell_access "$home" "$2"
  sed -i "s|^osgi.jdbc.driver.class *=.*|osgi.jdbc.driver.class = org.postgresql.Driver|; s|^url *=.*|url = $db_url|" \
    "$home/etc/org.ops4j.datasource-nts.cfg"
  printf '\nnts.node = node-%s\nnts.cluster.name = nts-bench\nnts.cluster.members = %s\nnts.cluster.port = %s\n' \
    "$1" "$members" "$(( $2 + 5 ))" >> "$home/etc/system.properties"
}
start() { # start N: in the background, its pid kept for the stop (not in a subshell: the pid would be lost)
  KARAF_EXEC=exec "$out/cluster-node$1/bin/karaf" server > "$out/cluster-node$1/console.log" 2>&1 &
  pids+=("$!"); karaf_pid=$!
}
on() { shell_home="$out/cluster-node$1"; shell_port=$(( $2 + 1 )); }
load() { "$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "$1" "$workers" "$seconds" 3; }
workshop='{"title":"Bench workshop","date":"2026-06-01","rom":"BOM","technologies":["NTS09"]}'
api1="http://localhost:$port1/api"
api2="http://localhost:$port2/api"

node 1 "$port1"; node 2 "$port2"
start 1
echo "node 1 answers after $(wait_for "$api1/technologies") s (schema made on PostgreSQL)"
start 2
echo "node 2 answers after $(wait_for "$api2/technologies") s"
echo "$workers workers, $seconds s a step after 3 s warm-up; load generator, two nodes and PostgreSQL on this $(nproc)-core machine"
echo "  one node,  read:  $(load "$api1/organisations?size=20")"
echo "  two nodes, read:  $(load "$api1/organisations?size=20,$api2/organisations?size=20")"
echo "  one node,  write: $(LOADGEN_BODY=$workshop load "$api1/workshops")"
echo "  two nodes, write: $(LOADGEN_BODY=$workshop load "$api1/workshops,$api2/workshops")"

for n in 1 2; do
  p=$port1; [ "$n" = 2 ] && p=$port2
  on "$n" "$p"; karaf_shell "feature:install -r nts-cluster" > "$out/cluster-install-$n.txt"
done
on 1 "$port1"
deadline=$(( SECONDS + 120 ))
until karaf_shell "cluster:node-list" | grep -c '127.0.0.1' | grep -q '^2$'; do
  (( SECONDS < deadline )) || { echo "the nodes formed no cluster group within 120 s" >&2; exit 1; }
  sleep 1
done
start_ns=$(date +%s%N)
karaf_shell "cluster:feature-install default nts-plugin-report-csv" > "$out/cluster-feature-install.txt"
on_node1=$(( $(date +%s%N) - start_ns ))
until curl -sf -u "$bench_auth" "$api2/plugins/report-csv" | grep -q '"state":"ACTIVE"'; do
  (( ($(date +%s%N) - start_ns) / 1000000000 < 120 )) || { echo "report-csv not ACTIVE on node 2 within 120 s" >&2; exit 1; }
  sleep 0.05
done
awk -v a="$on_node1" -v b=$(( $(date +%s%N) - start_ns )) \
  'BEGIN { printf "  plugin report-csv: cluster:feature-install on node 1 took %.2f s; ACTIVE on node 2 %.2f s after the command began\n", a / 1e9, b / 1e9 }'
