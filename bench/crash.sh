#!/usr/bin/env bash
# Crash safety: WORKERS concurrent writers create workshops (each with a participant) while the
# JVM is killed with -9 after SECONDS; after a restart, every workshop that was acknowledged
# with 201 must be there, whole (with its participant and its audit entry). ROUNDS times.
# Prints per round: acknowledged, lost, half written, and unverified (the check after the restart
# got no answer or not a 200, so neither lost nor whole is known), and what the writers met
# (answers other than 201, timeouts, other I/O errors). Usage: bench/crash.sh [ROUNDS] [WORKERS] [SECONDS]
# CRASH_H2_WRITE_DELAY=500 bench/crash.sh runs the same against H2's default write delay, for comparison.
# CRASH_DB=postgres bench/crash.sh runs it on a PostgreSQL of its own (scripts/pg-test-server, fsync on),
# the data source switched the way the README tells an operator.
set -euo pipefail
source "$(dirname "$0")/common.sh"
rounds=${1:-3}
workers=${2:-24}
seconds=${3:-8}
port=18781
home="$out/crash"

unpack "$(distribution_archive)" "$home"
set_ports "$home" "$port"
if [ "${CRASH_H2_WRITE_DELAY:-}" != "" ]; then
  # for comparison: H2 with another write delay than the distribution's (its default is 500 ms)
  sed -i "s/;WRITE_DELAY=0/;WRITE_DELAY=$CRASH_H2_WRITE_DELAY/" "$home/etc/org.ops4j.datasource-nts.cfg"
fi
if [ "${CRASH_DB:-h2}" = postgres ]; then
  pg_dir="$out/crash-pg"
  stop_pg() { stop_karaf; "$root/scripts/pg-test-server" stop "$pg_dir" || true; }
  trap stop_pg EXIT
  rm -rf "$pg_dir"
  pg_admin=$("$root/scripts/pg-test-server" start "$pg_dir")
  PGPASSWORD=nts psql -q -h 127.0.0.1 -p "$(cat "$pg_dir/port")" -U nts -d postgres -c "CREATE DATABASE nts_crash"
  sed -i "s|^osgi.jdbc.driver.class *=.*|osgi.jdbc.driver.class = org.postgresql.Driver|; s|^url *=.*|url = ${pg_admin%/*}/nts_crash|" \
    "$home/etc/org.ops4j.datasource-nts.cfg"
fi
echo "database url: $(grep '^url' "$home/etc/org.ops4j.datasource-nts.cfg")"
api="http://localhost:$port/api"
total_acked=0 total_lost=0 total_half=0 total_unverified=0
for round in $(seq 1 "$rounds"); do
  start_karaf "$home"
  wait_for "$api/technologies" > /dev/null
  acked="$out/crash-acked-$round.txt"
  rm -f "$acked.started"
  "$JAVA_HOME/bin/java" "$bench_dir/CrashWriters.java" "$api" "$workers" "$acked" > "$out/crash-writers.txt" &
  writers=$!
  # the kill comes SECONDS after the first acknowledged write (the writers' JVM and first logins
  # take a while on a busy machine), within 120 s at most
  for _ in $(seq 1 240); do [ -e "$acked.started" ] && break; sleep 0.5; done
  sleep "$seconds"
  kill -9 "$karaf_pid"; wait "$karaf_pid" 2>/dev/null || true; karaf_pid=
  wait "$writers"
  start_karaf "$home"
  wait_for "$api/technologies" > /dev/null
  line=$("$JAVA_HOME/bin/java" "$bench_dir/CrashWriters.java" verify "$api" "$acked")
  echo "round $round: $line   (writers: $(cat "$out/crash-writers.txt"))"
  n=$(sed -n 's/^acknowledged \([0-9]*\),.*/\1/p' <<< "$line"); lost=$(sed -n 's/.*lost \([0-9]*\),.*/\1/p' <<< "$line")
  half=$(sed -n 's/.*half written \([0-9]*\).*/\1/p' <<< "$line"); unverified=$(sed -n 's/.*unverified \([0-9]*\).*/\1/p' <<< "$line")
  total_acked=$((total_acked + n)); total_lost=$((total_lost + lost)); total_half=$((total_half + half))
  total_unverified=$((total_unverified + unverified))
  stop_karaf
done
echo "all rounds: acknowledged $total_acked, lost $total_lost, half written $total_half, unverified $total_unverified ($workers writers, kill -9 after $seconds s)"
