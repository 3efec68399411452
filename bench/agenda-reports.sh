#!/usr/bin/env bash
# A national agenda's report as a user waits for it: GET /api/agendas/NTS09/report in every
# national format, through REST in the real platform, with 1,000 and 10,000 actions on the agenda
# (common.sh's fill, on top of the sample data), the median of 3 downloads after two warm-ups, the formats taken in turn, as a
# ratio to CSV's time in the same runtime and the same run. The core reads the agenda from the
# database while the format writes, so this is the time a report takes, not only its format's
# (bench/reports.sh measures the formats alone, with their peak heap). The platform's heap after a
# full GC, before and after the downloads, shows what a report leaves behind.
# NTS_BENCH_HEAP=160m runs the platform with that much heap (-Xms and -Xmx): a report that
# holds its agenda shows as a failed download or a slow one at 100,000 actions.
# Usage: bench/agenda-reports.sh [ACTIONS...]   (default: 1000 10000)
set -euo pipefail
source "$(dirname "$0")/common.sh"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
port=20300
home="$out/agenda-reports"
api="http://localhost:$port/api"
formats=(csv md html xlsx pdf)
# the collector's log: the heap after each collection during the downloads shows what a report holds
extra="-Xlog:gc:file=$out/agenda-reports-gc-%p.log"
# Karaf's JAVA_MAX_MEM is not used once JAVA_OPTS is set; a later -Xmx wins over an earlier one
if [ -n "${NTS_BENCH_HEAP:-}" ]; then extra="$extra -Xms$NTS_BENCH_HEAP -Xmx$NTS_BENCH_HEAP"; fi
export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} $extra"

# milliseconds of one download, failing on anything but 200
download() {
  local answer
  answer=$(curl -s -u "$bench_auth" --max-time 300 -o "$out/agenda-report.bin" -w '%{http_code} %{time_total}' "$api/agendas/NTS09/report?format=$1")
  [ "${answer%% *}" = 200 ] || { echo "GET .../report?format=$1 answered ${answer%% *}: $(head -c 300 "$out/agenda-report.bin")" >&2; exit 1; }
  awk -v t="${answer#* }" 'BEGIN { printf "%d", t * 1000 }'
}
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
# the platform's used heap in MB after a full collection
heap() {
  "$JAVA_HOME/bin/jcmd" "$karaf_pid" GC.run > /dev/null
  "$JAVA_HOME/bin/jcmd" "$karaf_pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); printf "%.0f", v / 1024; exit } }'
}

printf '%-6s %8s %10s %12s %10s\n' format actions ms bytes time/csv
for n in "${sizes[@]}"; do
  start_with_samples "$home" "$port"
  # CSV, the baseline, is a plugin the distribution carries but does not install
  curl -sf -u "$bench_auth" -X POST "$api/plugins" -H 'Content-Type: application/json' -d '{"id":"report-csv"}' > /dev/null
  until curl -s -u "$bench_auth" "$api/reports" | grep -q '"id":"csv"'; do sleep 0.5; done
  fill 10 "$n"
  on_agenda=$(curl -s -u "$bench_auth" "$api/actions?technology=NTS09&size=1" | grep -o '"total":[0-9]*' | tail -1 | cut -d: -f2)
  before=$(heap)
  gc_log="$out/agenda-reports-gc-$karaf_pid.log"
  gc_from=$(wc -l < "$gc_log")
  declare -A ms=()
  installed=$(curl -s -u "$bench_auth" "$api/reports")
  measured=()
  for format in "${formats[@]}"; do
    # a build before a format existed (NTS_BENCH_ARCHIVE) says so instead of failing
    if grep -q "\"id\":\"$format\"" <<< "$installed"; then measured+=("$format"); fi
  done
  # two warm-up downloads of each, then three rounds taking the formats in turn (so none gains
  # from coming later), the median of each
  for round in 1 2; do for format in "${measured[@]}"; do download "$format" > /dev/null; done; done
  declare -A times=() ms=() size=()
  for round in 1 2 3; do
    for format in "${measured[@]}"; do
      times[$format]="${times[$format]:-} $(download "$format")"
      size[$format]=$(stat -c %s "$out/agenda-report.bin")
    done
  done
  for format in "${measured[@]}"; do
    # shellcheck disable=SC2086 # the three times, one word each
    ms[$format]=$(median3 ${times[$format]})
  done
  for format in "${formats[@]}"; do
    if [ -z "${ms[$format]:-}" ]; then printf '%-6s %8d %10s\n' "$format" "$on_agenda" "(not installed)"; continue; fi
    printf '%-6s %8d %10d %12d %10.2f\n' "$format" "$on_agenda" "${ms[$format]}" "${size[$format]}" "$(echo "${ms[$format]} / (${ms[csv]} + 0.001)" | bc -l)"
  done
  # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->80M(160M) 3.1ms": the largest heap left after a collection
  peak=$(tail -n +"$(( gc_from + 1 ))" "$gc_log" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -1)
  printf 'heap after a full GC: %s MB before the downloads, %s MB after; the most left after any collection during them: %s MB\n' \
    "$before" "$(heap)" "${peak:-?}"
  stop_karaf
done
