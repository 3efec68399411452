#!/usr/bin/env bash
# This build against another distribution archive (e.g. the last release, or main before a
# change), measured in one run and interleaved, so that a machine that speeds up or slows down
# meanwhile weighs on both alike (the order alternates, ABBA: other then this in odd rounds,
# this then other in even ones): first-start time to GET /api/technologies, and requests per
# second of GET /api/value-chains at 1 and 8 workers. Prints each figure and the ratio.
# Usage: bench/compare.sh OTHER_ARCHIVE [ROUNDS] [SECONDS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
other=$(readlink -f "${1:?usage: bench/compare.sh OTHER_ARCHIVE [ROUNDS] [SECONDS]}")
rounds=${2:-3}
seconds=${3:-10}
ours=$(distribution_archive)
port=18381

declare -A start rps1 rps8
one_round() { # one_round NAME ARCHIVE
  local home="$out/compare-$1" t line
  unpack "$2" "$home"
  set_ports "$home" "$port"
  start_karaf "$home"
  t=$(wait_for "http://localhost:$port/api/technologies")
  start[$1]+="$t "
  wait_for "http://localhost:$port/api/value-chains" > /dev/null
  for w in 1 8; do
    line=$("$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "http://localhost:$port/api/value-chains" "$w" "$seconds" 3)
    if [ "$w" = 1 ]; then rps1[$1]+="$(sed -n 's/.* rps=\([0-9]*\).*/\1/p' <<< "$line") "; else rps8[$1]+="$(sed -n 's/.* rps=\([0-9]*\).*/\1/p' <<< "$line") "; fi
  done
  stop_karaf
}

for i in $(seq 1 "$rounds"); do
  if (( i % 2 )); then
    one_round other "$other"; one_round this "$ours"
  else
    one_round this "$ours"; one_round other "$other"
  fi
done

report() { # report LABEL VALUES_THIS VALUES_OTHER
  local a b
  a=$(median "$2"); b=$(median "$3")
  printf '%-34s this: %-8s other: %-8s this/other: %s   (this: %s| other: %s)\n' "$1" "$a" "$b" \
    "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')" "$2" "$3"
}
echo "this build ($(basename "$ours")) against $other; $rounds interleaved rounds (ABBA order); $(nproc) cores"
report "first start, s (lower is better)" "${start[this]}" "${start[other]}"
report "rps, 1 worker (higher is better)" "${rps1[this]}" "${rps1[other]}"
report "rps, 8 workers (higher is better)" "${rps8[this]}" "${rps8[other]}"
