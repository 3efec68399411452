#!/usr/bin/env bash
# nts-platform: start the platform in the foreground (embedded H2, sample data), or open its shell.
#
#   ./run.sh            build what is missing, start, print the URL; Ctrl-C stops it
#   ./run.sh shell      open the Karaf shell of the running platform (nts:technologies, ...)
#   ./run.sh shell CMD  run one shell command, e.g. ./run.sh shell nts:value-chains --rom BOM
#
# The platform runs from runtime/nts-platform/; its database lives in runtime/nts-platform/data/nts
# and survives restarts and rebuilds. Environment: NTS_HTTP_PORT (default 8181), NTS_HTTP_HOST
# (the address HTTP listens on; default 127.0.0.1, the demo's passwords are public). With another
# HTTP port, SSH and JMX move along to the next three ports (Karaf's 8101, 1099 and 44444 otherwise),
# so two checkouts run side by side and './run.sh shell' reaches its own platform.
set -euo pipefail

cd "$(dirname "$0")"
root=$(pwd)
runtime="$root/runtime"
home="$runtime/nts-platform"
port="${NTS_HTTP_PORT:-8181}"
host="${NTS_HTTP_HOST:-127.0.0.1}"
# Where this script (and the printed URL) reaches HTTP: the address it listens on, or loopback
# when it listens on every address. The first one when NTS_HTTP_HOST lists several.
reach=${host%%,*}; reach=${reach// /}; reach=${reach#[}; reach=${reach%]}
case "$reach" in
  0.0.0.0 | "") reach=127.0.0.1 ;;
  ::) reach=::1 ;;
esac
case "$reach" in *:*) url_host="[$reach]" ;; *) url_host=$reach ;; esac

say() { printf 'nts: %s\n' "$*"; }
fail() { printf 'nts: %s\n' "$*" >&2; exit 1; }

# Karaf 4.4 runs on Java 17 (not on the Java 25 also found on these machines).
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
choose_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME/bin/java")" = 17 ]; then return; fi
  if command -v java >/dev/null && [ "$(java_major java)" = 17 ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); export JAVA_HOME; return
  fi
  for candidate in /usr/lib/jvm/*17*; do
    if [ -x "$candidate/bin/java" ]; then JAVA_HOME=$candidate; export JAVA_HOME; return; fi
  done
  fail "Java 17 is needed and was not found; set JAVA_HOME to a Java 17 JDK"
}

# The distribution archive, or nothing when none is built yet (a fresh clone): a glob, not ls,
# which would end the script under 'set -e -o pipefail' before it gets to build.
archive() {
  local candidate
  for candidate in "$root"/distribution/target/nts-distribution-*.tar.gz; do
    if [ -f "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 0
}

build_if_needed() {
  local current; current=$(archive)
  if [ -n "$current" ] && [ -z "$(find pom.xml core features distribution plugins -newer "$current" \
        -not -path '*/target/*' -type f 2>/dev/null | head -n 1)" ]; then
    return
  fi
  say "building the distribution (mvn package, tests skipped; './run.sh' rebuilds only after source changes)"
  mvn -B -q -DskipTests package -pl distribution -am || fail "the build failed; see the Maven output above"
}

# Unpack a new build over the old one, keeping the database and the admin account.
install_runtime() {
  local current stamp
  current=$(archive)
  stamp=$(sha1sum "$current" | cut -d' ' -f1)
  if [ -f "$runtime/.installed" ] && [ "$(cat "$runtime/.installed")" = "$stamp" ] && [ -d "$home" ]; then
    return
  fi
  say "installing $(basename "$current") into runtime/"
  local keep="$runtime/.keep"
  rm -rf "$keep" && mkdir -p "$keep"
  [ -d "$home/data/nts" ] && mv "$home/data/nts" "$keep/nts"
  rm -rf "$home" "$runtime/unpack" && mkdir -p "$runtime/unpack"
  tar xzf "$current" -C "$runtime/unpack"
  mv "$runtime"/unpack/nts-distribution-* "$home" && rmdir "$runtime/unpack"
  mkdir -p "$home/data"
  [ -d "$keep/nts" ] && mv "$keep/nts" "$home/data/nts"
  rm -rf "$keep"
  configure_runtime
  echo "$stamp" > "$runtime/.installed"
}

# Accounts of this local demo runtime only; the distribution ships none. 'admin' gets a
# generated password (runtime/admin-password); the demo users' passwords are in the README.
configure_runtime() {
  local password_file="$runtime/admin-password"
  if [ ! -s "$password_file" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
  fi
  {
    echo ""
    echo "# added by run.sh for the local demo runtime"
    echo "admin = $(cat "$password_file"),kia-operator,_g_:admingroup"
    echo "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh"
    echo "kia = kia-demo,kia-operator"
    echo "integrator = integrator-demo,integrator"
    echo "bom-admin = bom-admin-demo,rom-admin:BOM,rom-member:BOM"
    echo "bom-member = bom-member-demo,rom-member:BOM"
    echo "liof-admin = liof-admin-demo,rom-admin:LIOF,rom-member:LIOF,liof-advisory-board"
    echo "liof-member = liof-member-demo,rom-member:LIOF"
  } >> "$home/etc/users.properties"
  sed -i "s/^sshHost *=.*/sshHost = 127.0.0.1/" "$home/etc/org.apache.karaf.shell.cfg"
}

# The demo's users and passwords are in the README: its HTTP listens on loopback unless
# NTS_HTTP_HOST says otherwise (Pax Web 8 binds to org.ops4j.pax.web.listening.addresses).
set_host() {
  local cfg="$home/etc/org.ops4j.pax.web.cfg"
  sed -i '/^org.ops4j.pax.web.listening.addresses *=/d' "$cfg"
  echo "org.ops4j.pax.web.listening.addresses = $host" >> "$cfg"
}

# put FILE KEY VALUE: sets one key of a Karaf .cfg file
put() {
  if grep -q "^$2 *=" "$1"; then sed -i "s/^$2 *=.*/$2 = $3/" "$1"; else echo "$2 = $3" >> "$1"; fi
}

set_port() {
  put "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$port"
  local ssh=8101 registry=1099 server=44444
  if [ "$port" != 8181 ]; then ssh=$(( port + 1 )); registry=$(( port + 2 )); server=$(( port + 3 )); fi
  put "$home/etc/org.apache.karaf.shell.cfg" sshPort "$ssh"
  put "$home/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$registry"
  put "$home/etc/org.apache.karaf.management.cfg" rmiServerPort "$server"
}

start() {
  command -v mvn >/dev/null || fail "Maven is needed to build the platform and was not found"
  choose_java
  if (exec 3<>"/dev/tcp/$reach/$port") 2>/dev/null; then
    fail "port $port is in use (is the platform already running?); stop that or set NTS_HTTP_PORT"
  fi
  build_if_needed
  install_runtime
  set_port
  set_host

  say "starting Apache Karaf in $home (log: data/log/karaf.log)"
  # exec: the pid below is the JVM itself, so a signal reaches Karaf's shutdown hook
  KARAF_EXEC=exec "$home/bin/karaf" server > "$runtime/console.log" 2>&1 &
  karaf_pid=$!
  local pid=$karaf_pid started=$SECONDS status=0
  trap stop INT TERM

  local url="http://$url_host:$port/api"
  until curl -sfg --max-time 10 -o /dev/null "$url/technologies"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$runtime/console.log" >&2
      fail "Karaf stopped during start-up; see $home/data/log/karaf.log"
    fi
    if (( SECONDS - started > 180 )); then
      kill -TERM "$pid"; fail "no answer from $url within 180 s; see $home/data/log/karaf.log"
    fi
    sleep 0.5
  done
  say "ready after $(( SECONDS - started )) s"
  say "open http://$url_host:$port/   (the web application; log in as a demo user, e.g. bom-member / bom-member-demo)"
  say "API: $url   (reference data without a login; the rest as a demo user: curl -u kia:kia-demo ...)"
  say "API page: $url/docs   shell: ./run.sh shell   stop: Ctrl-C"
  wait "$pid" || status=$?
  [ "$status" = 0 ] || fail "Karaf stopped by itself (exit $status); see $home/data/log/karaf.log"
  say "Karaf stopped by itself (exit 0)"
}

# Ctrl-C or TERM: stop Karaf and say how it ended. On SIGTERM the JVM runs Karaf's shutdown hook
# and ends with 143 (128 + 15), or 0 when Karaf's own exit gets there first: both are a clean
# stop. Anything else (a crash, a kill -9) is not, and this script then ends with that status.
stop() {
  trap '' INT TERM
  say "stopping ..."
  kill -TERM "$karaf_pid" 2>/dev/null || true
  local status=0
  wait "$karaf_pid" 2>/dev/null || status=$?
  if [ "$status" = 0 ] || [ "$status" = 143 ]; then
    say "stopped (exit $status)"
    exit 0
  fi
  say "stopped (exit $status): not a clean stop; see $home/data/log/karaf.log"
  exit "$status"
}

shell() {
  choose_java
  [ -x "$home/bin/client" ] || fail "the platform was never started here; run ./run.sh first"
  local password ssh
  password=$(cat "$runtime/admin-password")
  # this runtime's own SSH port, as set_port wrote it (another checkout may listen on Karaf's default)
  ssh=$(sed -n 's/^sshPort *= *//p' "$home/etc/org.apache.karaf.shell.cfg" | tail -n 1)
  if [ $# -eq 0 ]; then
    exec "$home/bin/client" -a "${ssh:-8101}" -u admin -p "$password" -r 10 -d 1
  fi
  printf '%s\n' "$(shell_line "$@")" | "$home/bin/client" -a "${ssh:-8101}" -u admin -p "$password" -r 10 -d 1 -b
}

# The command line for Karaf's shell: one argument is a whole command line, as typed there;
# several are a command and its arguments, each kept one word as the user's shell quoted it
# (./run.sh shell nts:measure 2 "start-ups with pilot-line access" 7).
shell_line() {
  if [ $# -eq 1 ]; then
    printf '%s' "$1"
    return
  fi
  local line="$1" arg
  shift
  for arg in "$@"; do
    if [[ "$arg" =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then
      line+=" $arg"
    elif [[ "$arg" != *"'"* ]]; then
      line+=" '$arg'"
    else
      # double quotes, with what the Karaf shell expands there escaped
      arg=${arg//\\/\\\\}
      arg=${arg//\"/\\\"}
      arg=${arg//\$/\\\$}
      line+=" \"$arg\""
    fi
  done
  printf '%s' "$line"
}

case "${1:-start}" in
  start) start ;;
  shell) shift; shell "$@" ;;
  *) fail "usage: ./run.sh [start | shell [command]]" ;;
esac
