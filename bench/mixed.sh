#!/usr/bin/env bash
# 32 clients (or CLIENTS) mixing reads, writes, PUTs racing on one If-Match version and workflow
# steps racing on one input, for SECONDS, on a fresh start: answers of 5xx, client errors
# (timeouts, refused or reset connections) and lost updates are failures, and must all be 0.
# Usage: bench/mixed.sh [SECONDS] [CLIENTS]
# MIXED_ONLY=2 runs racing PUTs only; MIXED_KEEP=1 leaves the platform running afterwards, to read
# its audit trail.
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=${1:-30}
clients=${2:-32}
port=18581
home="$out/mixed"
unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
start_karaf "$home"
wait_for "http://localhost:$port/api/technologies" > /dev/null
"$JAVA_HOME/bin/java" "$bench_dir/MixedLoad.java" "http://localhost:$port/api" "$clients" "$seconds"
if [ -n "${MIXED_KEEP:-}" ]; then echo "running on port $port; Ctrl-C stops"; wait "$karaf_pid"; fi
