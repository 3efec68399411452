#!/usr/bin/env bash
# What login and the audit trail cost: reads with HTTP Basic against reads with an API token,
# and writes (each one a record plus its audit entry in one transaction), on a fresh start.
# Usage: bench/access.sh [SECONDS_PER_STEP] [WORKERS]   (default: 15 s at 8 workers)
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=${1:-15}
workers=${2:-8}
port=18381
home="$out/access"
base="http://localhost:$port/api"

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
start_karaf "$home"
wait_for "$base/value-chains" > /dev/null

load() { "$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "$1" "$workers" "$seconds" 5; }

echo "$workers workers, $seconds s a step after 5 s warm-up; load generator on the same $(nproc)-core machine"
echo "GET /api/organisations?size=20 with HTTP Basic (a JAAS login each request):"
load "$base/organisations?size=20"

secret=$(curl -sf -u "$bench_auth" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/tokens" \
  | sed -E 's/.*"secret":"([^"]+)".*/\1/')
echo "GET /api/organisations?size=20 with an API token (a hash lookup each request):"
LOADGEN_BEARER=$secret load "$base/organisations?size=20"

before=$(curl -sf -u "$bench_auth" "$base/audit?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "POST /api/workshops (a new workshop and its audit entry each request):"
LOADGEN_BODY='{"title":"Bench workshop","date":"2026-06-01","rom":"BOM","technologies":["NTS09"]}' load "$base/workshops"
after=$(curl -sf -u "$bench_auth" "$base/audit?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
workshops=$(curl -sf -u "$bench_auth" "$base/workshops?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "audit entries written: $(( after - before )); workshops now: $workshops"
du -sh "$home/data/nts" | awk '{print "database on disk: " $1}'
