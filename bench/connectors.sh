#!/usr/bin/env bash
# Connector runs at scale: COMPANIES HubSpot companies (default 100,000) imported through the
# connector-hubspot plugin from a HubSpot on 127.0.0.1 (HubSpotCompaniesServer.java, the list
# endpoint's wire format, 100 a page), then a second, full run over the same, unchanged data. For
# each run: records per second (the run's own start and end) and the most heap left after any
# collection during it (the collector's log); and, as the baseline of the same run and database, the
# same rows (organisation and external id) inserted by plain SQL: one INSERT ... SELECT per table
# over H2's SYSTEM_RANGE (jdbc:execute), which writes no audit entry, search words or change mark.
# Goal (issue 11): the first run at least half the baseline's rate; heap flat.
# Usage: bench/connectors.sh [COMPANIES]
set -euo pipefail
source "$(dirname "$0")/common.sh"
companies=${1:-100000}
port=20300
fake_port=20310
home="$out/connectors"
api="http://localhost:$port/api"
gc_log="$out/connectors-gc.log"
export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} -Xlog:gc:file=$gc_log"
json() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }

"$JAVA_HOME/bin/java" "$bench_dir/HubSpotCompaniesServer.java" "$fake_port" "$companies" > "$out/connectors-hubspot.txt" 2>&1 &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null || true; stop_karaf' EXIT

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
shell_access "$home" "$port"
printf 'loadOnFirstStart = false\n' > "$home/etc/nl.nts.platform.sampledata.cfg"
printf 'pageSize = 100\n' > "$home/etc/nl.nts.platform.connectors.cfg"
start_karaf "$home"
echo "started in $(wait_for "$api/technologies") s"
curl -sf -u "$bench_auth" -X POST -H 'Content-Type: application/json' -d '{"id":"connector-hubspot"}' "$api/plugins" > /dev/null
curl -sf -u "$bench_auth" -X PUT -H 'Content-Type: application/json' "$api/plugins/connector-hubspot/configuration/nl.nts.platform.connector.hubspot~bench" \
  -d "{\"properties\":{\"nts.connector.id\":\"hubspot-bench\",\"nts.connector.system\":\"hubspot-bench\",\".accessToken\":\"pat-bench\",\"baseUrl\":\"http://127.0.0.1:$fake_port/\"}}" > /dev/null
deadline=$(( SECONDS + 60 ))
until curl -s -u "$bench_auth" "$api/connectors" | grep -q hubspot-bench; do
  (( SECONDS < deadline )) || { echo "the connector did not appear within 60 s" >&2; exit 1; }
  sleep 0.5
done

# run QUERY: one run to its end; prints "seconds read created unchanged refused peak-heap-MB"
run() {
  local location run gc_from peak ms
  gc_from=$(wc -l < "$gc_log")
  location=$(curl -s -u "$bench_auth" -X POST -D - -o /dev/null "$api/connectors/hubspot-bench/runs$1" | tr -d '\r' | sed -n 's/^Location: //Ip')
  location="http://localhost:$port${location#*:$port}"
  until [ "$(curl -s -u "$bench_auth" "$location" | json status)" != RUNNING ]; do sleep 1; done
  run=$(curl -s -u "$bench_auth" "$location")
  [ "$(json status <<< "$run")" = DONE ] || { echo "the run did not end DONE: $run" >&2; exit 1; }
  ms=$(( $(date -d "$(json finished <<< "$run")" +%s%3N) - $(date -d "$(json started <<< "$run")" +%s%3N) ))
  peak=$(tail -n +"$(( gc_from + 1 ))" "$gc_log" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -1)
  echo "$ms $(json read <<< "$run") $(json created <<< "$run") $(json unchanged <<< "$run") $(json refused <<< "$run") ${peak:-?}"
}
read -r first_ms first_read first_created _ first_refused first_heap <<< "$(run "")"
read -r second_ms second_read _ second_unchanged _ second_heap <<< "$(run "?full=true")"

# baseline: the same rows by plain SQL in the same database, timed in the shell against an empty query
now="TIMESTAMP '2026-12-03 12:00:00'"
cat > "$out/connectors-baseline.sql" <<SQL
INSERT INTO NTS_ORGANISATION (ID, NAME, KIND, KVK_NUMBER, CITY, COUNTRY, PROVINCE, NUTS2, ROM_CODE, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)
  SELECT 5000000 + X, 'Baseline Company ' || X || ' B.V.', 'SME', CAST(30000000 + X AS VARCHAR), 'Eindhoven', 'NL', 'Noord-Brabant', 'NL41', 'BOM', 1,
    $now, 'bench', $now, 'bench' FROM SYSTEM_RANGE(1, $companies);
INSERT INTO NTS_ORGANISATION_EXTERNAL_ID (ORGANISATION_ID, SOURCE_SYSTEM, EXTERNAL_ID) SELECT 5000000 + X, 'baseline', CAST(X AS VARCHAR) FROM SYSTEM_RANGE(1, $companies);
SQL
# timed by the database itself, in one shell session: its clock before and after the script
stamps=$(karaf_shell "jdbc:query nts SELECT/**/LOCALTIMESTAMP(3)" "jdbc:execute nts RUNSCRIPT/**/FROM/**/'$out/connectors-baseline.sql'" \
  "jdbc:query nts SELECT/**/LOCALTIMESTAMP(3)" | tee "$out/connectors-baseline.txt" | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:.]+')
baseline_ms=$(( $(date -d "$(sed -n 2p <<< "$stamps")" +%s%3N) - $(date -d "$(sed -n 1p <<< "$stamps")" +%s%3N) ))
stop_karaf

awk -v n="$companies" -v fm="$first_ms" -v fr="$first_read" -v fc="$first_created" -v ff="$first_refused" -v fh="$first_heap" \
    -v sm="$second_ms" -v sr="$second_read" -v su="$second_unchanged" -v sh="$second_heap" -v bm="$baseline_ms" 'BEGIN {
  base = n * 1000 / bm
  printf "first run : %d read, %d created, %d refused in %.1f s: %.0f records/s (%.2f of the baseline); most heap after a collection %s MB\n", fr, fc, ff, fm / 1000, fr * 1000 / fm, fr * 1000 / fm / base, fh
  printf "second run: %d read, %d unchanged in %.1f s: %.0f records/s (%.2f of the baseline); most heap after a collection %s MB\n", sr, su, sm / 1000, sr * 1000 / sm, sr * 1000 / sm / base, sh
  printf "baseline  : %d rows by INSERT ... SELECT in %.1f s: %.0f rows/s\n", n, bm / 1000, base
}'
