#!/usr/bin/env bash
# The national picture against the most trivial endpoint, in one runtime and one run: requests
# per second of each read of the picture (value chains, a chain's resilience, agendas,
# technologies, ROMs, themes) as a ratio of GET /api (the index), with wrk (2 threads,
# 16 connections), rounds alternating between the index and the read (ABBA). The goal is 0.8 or more.
# Usage: bench/picture.sh [SECONDS_PER_ROUND] [ROUNDS]   (default 10 s, 2 rounds)
# Needs wrk (Debian's package 'wrk'; installed when missing and this runs as root).
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=${1:-10}
rounds=${2:-2}
port=18291
home="$out/picture"
if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq > /dev/null && apt-get install -y -qq wrk > /dev/null; else echo "bench/picture.sh needs wrk (apt-get install wrk)" >&2; exit 1; fi
fi

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
start_karaf "$home"
api="http://localhost:$port/api"
wait_for "$api/value-chains" > /dev/null

# rps URL [AUTH]: requests per second; with AUTH, as the benches' operator (Basic)
rps() {
  local header=()
  [ -n "${2:-}" ] && header=(-H "Authorization: Basic $(printf '%s' "$bench_auth" | base64)")
  wrk -t2 -c16 -d"${seconds}s" "${header[@]}" "$1" | awk '/Requests\/sec/ {print $2}'
}
# warm-up: both sides, so the JIT has seen them
wrk -t2 -c16 -d5s "$api" > /dev/null
for path in /value-chains /value-chains/VC01/resilience /technologies /roms /themes; do
  wrk -t2 -c16 -d3s "$api$path" > /dev/null
done

echo "wrk -t2 -c16, $seconds s a round, $rounds rounds a read, alternating with GET /api; $(nproc) cores shared with the load generator"
printf '%-34s %12s %12s %8s\n' "read" "read rps" "/api rps" "ratio"
# the agendas need a login: they are compared with the index read with the same login
for read in /value-chains /value-chains/VC01 /value-chains/VC01/resilience /technologies /roms /themes /agendas:auth /agendas/NTS01:auth; do
  path=${read%%:*}; auth=; [ "$read" != "$path" ] && auth=yes
  ours=0 index=0
  for round in $(seq 1 "$rounds"); do
    # ABBA: the order alternates each round, so a drift of the machine's speed does not favour one side
    if (( round % 2 )); then i=$(rps "$api" "$auth"); r=$(rps "$api$path" "$auth")
    else r=$(rps "$api$path" "$auth"); i=$(rps "$api" "$auth"); fi
    index=$(echo "$index + $i" | bc); ours=$(echo "$ours + $r" | bc)
  done
  printf '%-34s %12.0f %12.0f %8.2f\n' "GET /api$path${auth:+ (login)}" "$(echo "$ours / $rounds" | bc -l)" "$(echo "$index / $rounds" | bc -l)" "$(echo "$ours / $index" | bc -l)"
done
