#!/usr/bin/env bash
# Paged lists at size: organisations, actions and inputs at 10,000 and 100,000 rows (ROWS, on top of the
# sample data, made with SQL: common.sh's fill), each list's first page, its last page, a page of
# a search and of a filter, in requests per second next to GET /api (the index, the most trivial
# answer) in the same runtime and the same run. A list whose time grows with its table shows as
# a ratio that falls from the smaller table to the larger. Usage: bench/paging.sh [SECONDS] [ROWS...]
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=${1:-5}
shift || true
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10000 100000); fi
port=20200
home="$out/paging"
api="http://localhost:$port/api"
json() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }
rate() {
  local line; line=$("$JAVA_HOME/bin/java" "$bench_dir/LoadGen.java" "$1" 2 "$seconds" 2)
  grep -q 'failed=0 ' <<< "$line" || { echo "GET $1 failed: $line" >&2; exit 1; }
  sed -n 's/.* rps=\([0-9.]*\) .*/\1/p' <<< "$line"
}

for rows in "${sizes[@]}"; do
  start_with_samples "$home" "$port"
  fill "$rows" "$rows" "$rows"
  organisations=$(curl -s -u "$bench_auth" "$api/organisations?size=1" | json total)
  actions=$(curl -s -u "$bench_auth" "$api/actions?size=1" | json total)
  inputs=$(curl -s -u "$bench_auth" "$api/inputs?size=1" | json total)
  index=$(rate "$api")
  printf '%s rows: GET /api %s req/s (the baseline)\n' "$rows" "$index"
  for path in "organisations?size=50" "organisations?size=50&page=$(( (organisations + 49) / 50 ))" "organisations?size=50&q=organisation+4711" \
      "organisations?size=50&technology=NTS03" "organisations?size=50&sort=-name" \
      "actions?size=50" "actions?size=50&page=$(( (actions + 49) / 50 ))" "actions?size=50&technology=NTS09" "actions?size=50&q=action+4711" \
      "inputs?size=50" "inputs?size=50&page=$(( (inputs + 49) / 50 ))" "inputs?size=50&technology=NTS03" "inputs?size=50&q=input+4711"; do
    r=$(rate "$api/$path")
    # the list's total beside the rate: a search that finds nothing is fast for no good reason
    found=$(curl -s -u "$bench_auth" "$api/$path" | json total)
    awk -v p="$path" -v r="$r" -v b="$index" -v n="$rows" -v t="$found" 'BEGIN { printf "%s rows: GET /api/%-45s %8.1f req/s  ratio %.3f  total %s\n", n, p, r, r / b, t }'
  done
  stop_karaf
done
