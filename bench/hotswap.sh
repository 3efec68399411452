#!/usr/bin/env bash
# Hot swap under load: installs the report-csv plugin, measures GET of a plan's CSV report in
# steady state, then again while the plugin bundle is updated SWAPS times with Karaf's own
# bundle:update. Prints requests served, failed, and latency percentiles of both phases.
# Usage: bench/hotswap.sh [SWAPS] [WORKERS]   (default: 20 swaps, 8 workers)
set -euo pipefail
source "$(dirname "$0")/common.sh"
swaps=${1:-20}
workers=${2:-8}
port=18681
home="$out/hotswap"

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
printf '\nbenchshell = %s,kia-operator,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' "$password" >> "$home/etc/users.properties"
start_karaf "$home"
base="http://localhost:$port/api"
wait_for "$base/value-chains" > /dev/null
curl -sf -u "$bench_auth" -X POST -H 'Content-Type: application/json' -d '{"id":"report-csv"}' "$base/plugins" > /dev/null
plan=$(curl -sf -u "$bench_auth" "$base/plans?size=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
url="$base/plans/$plan/report?format=csv"

echo "GET /api/plans/$plan/report?format=csv with $workers workers; $(nproc) cores, load generator on the same machine"
printf 'steady state (20 s):        '
"$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "$url" "$workers" 20 5

seconds=$(( swaps * 3 / 2 + 5 ))
"$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "$url" "$workers" "$seconds" 2 > "$out/hotswap-load.txt" &
loadgen=$!
sleep 3
updated=0
for i in $(seq 1 "$swaps"); do
  if printf '%s\n' "bundle:update nts-plugin-report-csv" \
      | "$home/bin/client" -u benchshell -p "$password" -a $(( port + 1 )) -r 10 -d 1 -b > "$out/hotswap-client.txt" 2>&1; then
    updated=$(( updated + 1 ))
  else
    cat "$out/hotswap-client.txt" >&2
  fi
  sleep 1
done
wait "$loadgen"
printf 'during %2d updates (%2d s):  ' "$updated" "$seconds"
cat "$out/hotswap-load.txt"
