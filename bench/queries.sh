#!/usr/bin/env bash
# SQL statements per REST read: starts the distribution with EclipseLink's SQL log on
# (configuration only, through Aries JPA's per-unit configuration), sends each read once and
# counts the statements it caused. A read that a screen needs must not cost a query per row.
# "ids" counts the ids and chain codes in the answer (records and the records they embed).
# Usage: bench/queries.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
port=18381
home="$out/queries"

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
cat > "$home/etc/org.apache.aries.jpa.nts.cfg" <<'CFG'
eclipselink.logging.level.sql = FINE
eclipselink.logging.parameters = false
CFG
cat >> "$home/etc/org.ops4j.pax.logging.cfg" <<'CFG'
log4j2.logger.ntsbenchsql.name = org.eclipse.persistence
log4j2.logger.ntsbenchsql.level = DEBUG
CFG
start_karaf "$home"
wait_for "http://localhost:$port/api/value-chains" > /dev/null

log="$home/data/log/karaf.log"
base="http://localhost:$port/api"
plan=$(curl -sf -u "$bench_auth" "$base/plans?size=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
count() { grep -cE '\| (SELECT|INSERT|UPDATE|DELETE|select) ' "$log" || true; }

printf '%-48s %8s %10s\n' "request" "ids" "SQL"
for path in "/value-chains" "/organisations?size=5" "/organisations?size=50" "/organisations?rom=BOM&technology=NTS09" "/workshops" "/inputs?size=50" \
            "/actions" "/plans/$plan/overview" "/agendas" "/agendas/NTS09" "/value-chains/VC01/resilience" "/funding-calls"; do
  before=$(count)
  body=$(curl -sf -u "$bench_auth" "$base$path")
  sleep 0.2 # the log is written asynchronously
  after=$(count)
  records=$( { printf '%s' "$body" | grep -o '"id":[0-9]*\|"code":"VC[0-9]*"' || true; } | wc -l)
  printf '%-48s %8s %10s\n' "GET /api$path" "$records" "$(( after - before ))"
done
