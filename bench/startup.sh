#!/usr/bin/env bash
# Start-up time: our distribution until GET /api/technologies answers, against stock Karaf
# 4.4.10 booting the same third-party features (cxf-jaxrs, jpa, eclipselink, pax-jdbc-h2 and
# the pool, config and transaction features the data source needs) until CXF answers.
# Each is started RUNS times from a fresh unpack (a first start), then once more on the
# same folder (a restart with warm caches). Usage: bench/startup.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-3}
port=18181

ours_archive=$(distribution_archive)
stock_archive="$out/apache-karaf-4.4.10.tar.gz"
if [ ! -f "$stock_archive" ]; then
  mvn -B -q dependency:copy -Dartifact=org.apache.karaf:apache-karaf:4.4.10:tar.gz -DoutputDirectory="$out" >&2
fi

prepare_stock() {
  local home=$1
  # the same repositories and third-party features our nts-core pulls in, without our bundles
  sed -i 's#^featuresRepositories *= *\\#featuresRepositories = mvn:org.apache.cxf.karaf/apache-cxf/3.6.10/xml/features, mvn:org.apache.karaf.features/enterprise/4.4.10/xml/features, \\#' \
    "$home/etc/org.apache.karaf.features.cfg"
  sed -i 's#^featuresBoot *= *\\#featuresBoot = scr, http, cxf-jaxrs, cxf-jackson, jpa, eclipselink, transaction, pax-jdbc-config, pax-jdbc-pool-dbcp2, pax-jdbc-h2, jdbc, \\#' \
    "$home/etc/org.apache.karaf.features.cfg"
}

measure() { # measure ID NAME ARCHIVE URL [prepare-function]
  local home="$out/startup-$1" name=$2 archive=$3 url=$4 prepare=${5:-} firsts=() t
  for i in $(seq 1 "$runs"); do
    unpack "$archive" "$home"
    set_ports "$home" "$port"
    [ -n "$prepare" ] && "$prepare" "$home"
    start_karaf "$home"
    t=$(wait_for "$url"); firsts+=("$t")
    stop_karaf
  done
  start_karaf "$home"
  t=$(wait_for "$url")
  stop_karaf
  printf '%-34s first start: %s s (runs: %s)   restart: %s s\n' "$name" \
    "$(printf '%s\n' "${firsts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "${firsts[*]}" "$t"
}

echo "start-up to first answer, median of $runs fresh starts; $(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
measure ours "nts-platform (GET /api/technologies)" "$ours_archive" "http://localhost:$port/api/technologies"
measure stock "stock Karaf + same features (/cxf/)" "$stock_archive" "http://localhost:$port/cxf/" prepare_stock
