#!/usr/bin/env bash
# Backup and restore of a large platform: ORGANISATIONS organisations (default 100,000) and ACTIONS
# actions (default 10,000) on top of the sample data, on embedded H2. Prints the time of a backup
# taken over REST while the platform runs (POST /api/backups, the job's own start and end), the
# file's size, and the time of its restore into a new, empty platform (POST /api/restores); and,
# as the baseline of the same run, H2's own SCRIPT dump of the same database (compressed), whose
# file is neither database-neutral nor checked, but shows what the database itself needs.
#
# The data is made fast with SQL in the running platform's database (common.sh's fill).
# Usage: bench/backup.sh [ORGANISATIONS] [ACTIONS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
organisations=${1:-100000}
actions=${2:-10000}
port=20100
restore_port=20110
home="$out/backup-source"
target="$out/backup-target"
api="http://localhost:$port/api"
# the API's links (Location, a job's download) are paths: they are resolved against the address asked
url() { printf 'http://localhost:%s%s' "$1" "$2"; }

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
shell_access "$home" "$port"
seconds() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e9 }'; }
json() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }

start_karaf "$home"
echo "started in $(wait_for "$api/technologies") s; making $organisations organisations and $actions actions"
# the sample data's plan: loaded on a thread of its own after the first answer
deadline=$(( SECONDS + 120 ))
until [ "$(curl -s --max-time 10 -u "$bench_auth" "$api/plans" | json total)" = 1 ]; do
  (( SECONDS < deadline )) || { echo "the sample data did not load within 120 s" >&2; exit 1; }
  sleep 0.5
done
began=$(date +%s%N)
fill "$organisations" "$actions"
echo "made in $(seconds $(( $(date +%s%N) - began ))) s; the API counts $(curl -s -u "$bench_auth" "$api/organisations?size=1" | json total) organisations, $(curl -s -u "$bench_auth" "$api/actions?size=1" | json total) actions"

# ours: a backup over REST, while the platform runs
location=$(url "$port" "$(curl -s -u "$bench_auth" -X POST -D - -o /dev/null "$api/backups" | tr -d '\r' | sed -n 's/^Location: //Ip')")
until [ "$(curl -s -u "$bench_auth" "$location" | json state)" != RUNNING ]; do sleep 0.5; done
job=$(curl -s -u "$bench_auth" "$location")
[ "$(json state <<< "$job")" = DONE ] || { echo "the backup failed: $job" >&2; exit 1; }
backup_ms=$(( $(date -d "$(json finished <<< "$job")" +%s%3N) - $(date -d "$(json started <<< "$job")" +%s%3N) ))
rows=$(json rows <<< "$job")
curl -s -u "$bench_auth" -o "$out/backup.zip" "$(url "$port" "$(json download <<< "$job")")"
size=$(stat -c %s "$out/backup.zip")

# baseline: H2's own dump of the same database, timed in the shell against an empty query
t0=$(date +%s%N); karaf_shell "jdbc:query nts SELECT/**/1" > /dev/null; t1=$(date +%s%N)
karaf_shell "jdbc:execute nts SCRIPT/**/TO/**/'$out/backup-h2.sql.zip'/**/COMPRESSION/**/ZIP" > /dev/null; t2=$(date +%s%N)
script_ms=$(( ((t2 - t1) - (t1 - t0)) / 1000000 ))
script_size=$(stat -c %s "$out/backup-h2.sql.zip")
stop_karaf

# the restore into a new platform, started empty
unpack "$(distribution_archive)" "$target"
set_ports "$target" "$restore_port"
printf 'loadOnFirstStart = false\n' > "$target/etc/nl.nts.platform.sampledata.cfg"
start_karaf "$target"
wait_for "http://localhost:$restore_port/api/technologies" > /dev/null
location=$(curl -s -u "$bench_auth" -X POST -H 'Content-Type: application/zip' --data-binary "@$out/backup.zip" -D - -o /dev/null \
  "http://localhost:$restore_port/api/restores" | tr -d '\r' | sed -n 's/^Location: //Ip')
[ -n "$location" ] || { echo "the restore was not accepted" >&2; exit 1; }
location=$(url "$restore_port" "$location")
until [ "$(curl -s -u "$bench_auth" "$location" | json state)" != RUNNING ]; do sleep 0.5; done
job=$(curl -s -u "$bench_auth" "$location")
[ "$(json state <<< "$job")" = DONE ] || { echo "the restore failed: $job" >&2; exit 1; }
restore_ms=$(( $(date -d "$(json finished <<< "$job")" +%s%3N) - $(date -d "$(json started <<< "$job")" +%s%3N) ))
restored=$(curl -s -u "$bench_auth" "http://localhost:$restore_port/api/organisations?size=1" | json total)
stop_karaf

awk -v rows="$rows" -v b="$backup_ms" -v r="$restore_ms" -v s="$size" -v hs="$script_ms" -v hz="$script_size" -v o="$restored" 'BEGIN {
  printf "backup : %d rows in %.1f s (%.0f rows/s), %.1f MB\n", rows, b / 1000, rows * 1000 / b, s / 1048576
  printf "restore: %d rows in %.1f s (%.0f rows/s) into an empty platform; it counts %d organisations\n", rows, r / 1000, rows * 1000 / r, o
  printf "H2 SCRIPT (baseline): %.1f s, %.1f MB; backup/SCRIPT time %.2f, size %.2f\n", hs / 1000, hz / 1048576, b / hs, s / hz
}'
