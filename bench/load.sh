#!/usr/bin/env bash
# Throughput and latency of GET /api/value-chains (the 14 sample chains) under concurrent
# closed-loop load, on a fresh start of the distribution.
# Usage: bench/load.sh [SECONDS_PER_STEP] [WORKERS...]   (default: 20 s at 1, 8 and 32 workers)
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=${1:-20}
shift || true
workers=("$@")
[ ${#workers[@]} -gt 0 ] || workers=(1 8 32)
port=18281
home="$out/load"

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
start_karaf "$home"
wait_for "http://localhost:$port/api/value-chains" > /dev/null

echo "GET /api/value-chains, $seconds s a step after 5 s warm-up; load generator on the same $(nproc)-core machine"
for w in "${workers[@]}"; do
  "$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "http://localhost:$port/api/value-chains" "$w" "$seconds" 5
done
