# Shared by the bench scripts: where things are, and how to start and stop a Karaf.
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$bench_dir")
out="$bench_dir/out"
mkdir -p "$out"

for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/*17*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -q '"17\.'; then
    export JAVA_HOME=$candidate; break
  fi
done

# The distribution archive, built first when there is none: a glob, not ls | head, which ends a
# script under 'set -e -o pipefail' when nothing matches.
built_archive() {
  local candidate
  for candidate in "$root"/distribution/target/nts-distribution-*.tar.gz; do
    if [ -f "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 0
}
distribution_archive() {
  local archive
  # NTS_BENCH_ARCHIVE: another build's archive, e.g. main before a change, for a run before and after
  if [ -n "${NTS_BENCH_ARCHIVE:-}" ]; then echo "$NTS_BENCH_ARCHIVE"; return 0; fi
  archive=$(built_archive)
  if [ -z "$archive" ]; then
    (cd "$root" && mvn -B -q -DskipTests package -pl distribution -am) >&2
    archive=$(built_archive)
    [ -n "$archive" ] || { echo "the build made no distribution archive" >&2; return 1; }
  fi
  echo "$archive"
}

# the benches' login: an operator, added to each unpacked runtime (LoadGen reads LOADGEN_AUTH)
bench_auth="bench:bench-password"
export LOADGEN_AUTH="$bench_auth"

# unpack ARCHIVE DIR: a fresh copy, as a first start sees it
unpack() {
  rm -rf "$2" && mkdir -p "$2"
  tar xzf "$1" -C "$2" --strip-components=1
  printf '\nbench = bench-password,kia-operator\n' >> "$2/etc/users.properties"
}

# set_ports HOME PORT: HTTP on PORT, ssh and JMX on ports derived from it
set_ports() {
  if grep -q "^org.osgi.service.http.port" "$1/etc/org.ops4j.pax.web.cfg" 2>/dev/null; then
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $2/" "$1/etc/org.ops4j.pax.web.cfg"
  else
    echo "org.osgi.service.http.port = $2" >> "$1/etc/org.ops4j.pax.web.cfg"
  fi
  sed -i "s/^sshPort *=.*/sshPort = $(( $2 + 1 ))/" "$1/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(( $2 + 2 ))/; s/^rmiServerPort *=.*/rmiServerPort = $(( $2 + 3 ))/" \
    "$1/etc/org.apache.karaf.management.cfg"
}

karaf_pid=
start_karaf() {
  KARAF_EXEC=exec "$1/bin/karaf" server > "$1/console.log" 2>&1 &
  karaf_pid=$!
}

stop_karaf() {
  if [ -n "$karaf_pid" ] && kill -0 "$karaf_pid" 2>/dev/null; then
    kill -TERM "$karaf_pid"; wait "$karaf_pid" 2>/dev/null || true
  fi
  karaf_pid=
}
trap stop_karaf EXIT

# wait_for URL: seconds (with millisecond precision) from now until URL answers 200
wait_for() {
  local start end
  start=$(date +%s%N)
  # a time limit per try: a request accepted while Jetty restarts during boot can wait for ever
  until curl -sf --max-time 10 -o /dev/null "$1"; do
    kill -0 "$karaf_pid" 2>/dev/null || { echo "Karaf died; see its data/log/karaf.log" >&2; return 1; }
    (( ($(date +%s%N) - start) / 1000000000 < 300 )) || { echo "no answer from $1 within 300 s" >&2; return 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  awk -v ns=$(( end - start )) 'BEGIN { printf "%.1f", ns / 1e9 }'
}

# shell_access HOME PORT: an SSH shell user (benchadmin) in HOME, and karaf_shell CMD... runs
# commands in the runtime whose HTTP port is PORT (its SSH port is the next one)
shell_access() {
  printf 'benchadmin = bench-password,kia-operator,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' >> "$1/etc/users.properties"
  shell_home=$1; shell_port=$(( $2 + 1 ))
}
karaf_shell() { printf '%s\n' "$@" | "$shell_home/bin/client" -u benchadmin -p bench-password -a "$shell_port" -r 30 -d 1 -b 2>&1; }

# start_with_samples HOME PORT: a fresh runtime with shell access, started, once its sample data
# has loaded (the plans are there)
start_with_samples() {
  unpack "$(distribution_archive)" "$1"
  set_ports "$1" "$2"
  shell_access "$1" "$2"
  start_karaf "$1"
  wait_for "http://localhost:$2/api/technologies" > /dev/null
  local deadline=$(( SECONDS + 120 ))
  until curl -s --max-time 10 -u "$bench_auth" "http://localhost:$2/api/plans?size=1" | grep -q '"total":[1-9]'; do
    (( SECONDS < deadline )) || { echo "the sample data did not load within 120 s" >&2; return 1; }
    sleep 0.5
  done
}

# fill ORGANISATIONS ACTIONS [INPUTS]: that many organisations and actions (and inputs, none unless
# given) on top of the sample data, made
# with SQL in the running platform's H2 (jdbc:execute over the shell, H2's SYSTEM_RANGE): as many
# records through REST would take longer than any benchmark. The rows follow the schema the core
# wrote (stamps, versions, a technology each, a budget per action, all in the sample's first
# plan, the inputs all in the sample's first workshop); ids start at 1,000,000. Needs shell_access first.
fill() {
  local now="TIMESTAMP '2026-11-29 12:00:00'" script="$out/fill-$$.sql"
  cat > "$script" <<SQL
INSERT INTO NTS_ORGANISATION (ID, NAME, KIND, COUNTRY, CITY, TRL, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)
  SELECT 1000000 + X, 'Bench organisation ' || X, 'SME', 'BE', 'Antwerpen', MOD(X, 9) + 1, 1, $now, 'bench', $now, 'bench' FROM SYSTEM_RANGE(1, $1);
INSERT INTO NTS_ORGANISATION_TECHNOLOGY (ORGANISATION_ID, TECHNOLOGY_CODE) SELECT 1000000 + X, 'NTS0' || (MOD(X, 9) + 1) FROM SYSTEM_RANGE(1, $1);
INSERT INTO NTS_ACTION (ID, PLAN_ID, TITLE, DESCRIPTION, OWNER_ID, HORIZON, STATUS, BUDGET_TOTAL, BUDGET_PUBLIC, BUDGET_PRIVATE, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)
  SELECT 1000000 + X, (SELECT MIN(ID) FROM NTS_PLAN), 'Bench action ' || X, 'An action of the benchmarks', 1000001 + MOD(X - 1, GREATEST($1, 1)), 'ROADMAP', 'IDEA',
    100000.00, 60000.00, 40000.00, 1, $now, 'bench', $now, 'bench' FROM SYSTEM_RANGE(1, $2);
INSERT INTO NTS_ACTION_TECHNOLOGY (ACTION_ID, TECHNOLOGY_CODE) SELECT 1000000 + X, 'NTS09' FROM SYSTEM_RANGE(1, $2);
INSERT INTO NTS_INPUT (ID, WORKSHOP_ID, ORGANISATION_ID, KIND, THEME, TEXT, STATUS, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)
  SELECT 1000000 + X, (SELECT MIN(ID) FROM NTS_WORKSHOP), NULL, CASEWHEN(MOD(X, 4) = 0, 'RISK', 'CHALLENGE'), 'TALENT',
    'Bench input ' || X || ' about the field', 'received', 1, $now, 'bench', $now, 'bench' FROM SYSTEM_RANGE(1, ${3:-0});
INSERT INTO NTS_INPUT_TECHNOLOGY (INPUT_ID, TECHNOLOGY_CODE) SELECT 1000000 + X, 'NTS0' || (MOD(X, 9) + 1) FROM SYSTEM_RANGE(1, ${3:-0});
SQL
  # one word: the client's batch mode hands quotes to the shell as they are, so SQL comments stand in for blanks
  karaf_shell "jdbc:execute nts RUNSCRIPT/**/FROM/**/'$script'" > "$out/fill.txt" || { cat "$out/fill.txt" >&2; return 1; }
  # the text search's words of those rows, as the domain writes them (SearchIndex: lower case, one row a word);
  # a build from before the word index has no NTS_SEARCH_WORD, and searches the texts themselves
  cat > "$script" <<SQL
INSERT INTO NTS_SEARCH_WORD (RECORD_KIND, WORD, RECORD_ID) SELECT 'organisation', W, 1000000 + X
  FROM SYSTEM_RANGE(1, $1), (VALUES ('antwerpen'), ('bench'), ('organisation')) T(W);
INSERT INTO NTS_SEARCH_WORD (RECORD_KIND, WORD, RECORD_ID) SELECT 'organisation', CAST(X AS VARCHAR), 1000000 + X FROM SYSTEM_RANGE(1, $1);
INSERT INTO NTS_SEARCH_WORD (RECORD_KIND, WORD, RECORD_ID) SELECT 'action', W, 1000000 + X
  FROM SYSTEM_RANGE(1, $2), (VALUES ('action'), ('an'), ('bench'), ('benchmarks'), ('of'), ('the')) T(W);
INSERT INTO NTS_SEARCH_WORD (RECORD_KIND, WORD, RECORD_ID) SELECT 'action', CAST(X AS VARCHAR), 1000000 + X FROM SYSTEM_RANGE(1, $2);
INSERT INTO NTS_SEARCH_WORD (RECORD_KIND, WORD, RECORD_ID) SELECT 'input', W, 1000000 + X
  FROM SYSTEM_RANGE(1, ${3:-0}), (VALUES ('about'), ('bench'), ('field'), ('input'), ('the')) T(W);
INSERT INTO NTS_SEARCH_WORD (RECORD_KIND, WORD, RECORD_ID) SELECT 'input', CAST(X AS VARCHAR), 1000000 + X FROM SYSTEM_RANGE(1, ${3:-0});
SQL
  if ! karaf_shell "jdbc:execute nts RUNSCRIPT/**/FROM/**/'$script'" > "$out/fill-words.txt"; then
    grep -q 'NTS_SEARCH_WORD' "$out/fill-words.txt" || { cat "$out/fill-words.txt" >&2; return 1; }
  fi
  rm -f "$script"
}

# median "N N N ...": the median of numbers given as one word list (the mean of the middle two for an even count)
median() { tr ' ' '\n' <<< "$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
