#!/usr/bin/env bash
# Start-up time: our distribution until GET /api/technologies answers, against stock Karaf
# 4.4.10 booting the same third-party features (cxf-jaxrs, jpa, eclipselink, pax-jdbc-h2 and
# the pool, config and transaction features the data source needs) until CXF answers.
# RUNS rounds, the two taken in turn (ABBA: ours first in odd rounds, stock Karaf in even ones),
# each a fresh unpack started once (a first start) and once more on the same folder (a restart
# with warm caches); medians and the ratios ours/stock. Usage: bench/startup.sh [RUNS]
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

# one_system ID ARCHIVE URL [prepare-function]: a fresh unpack started until URL answers (a first
# start), stopped, started again on the same folder (a restart); seconds in $first and $restart
one_system() {
  local home="$out/startup-$1" archive=$2 url=$3 prepare=${4:-}
  unpack "$archive" "$home"
  set_ports "$home" "$port"
  [ -n "$prepare" ] && "$prepare" "$home"
  start_karaf "$home"; first=$(wait_for "$url"); stop_karaf
  start_karaf "$home"; restart=$(wait_for "$url"); stop_karaf
}

echo "start-up to first answer, $runs rounds in ABBA order (ours first in odd rounds, stock first in even ones); $(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
ours_first=(); ours_restart=(); stock_first=(); stock_restart=()
for round in $(seq 1 "$runs"); do
  if (( round % 2 )); then order=(ours stock); else order=(stock ours); fi
  for system in "${order[@]}"; do
    if [ "$system" = ours ]; then
      one_system ours "$ours_archive" "http://localhost:$port/api/technologies"
      ours_first+=("$first"); ours_restart+=("$restart")
    else
      one_system stock "$stock_archive" "http://localhost:$port/cxf/" prepare_stock
      stock_first+=("$first"); stock_restart+=("$restart")
    fi
    printf 'round %s %-5s first start %5s s   restart %5s s\n' "$round" "$system" "$first" "$restart"
  done
done
of=$(median "${ours_first[*]}"); or=$(median "${ours_restart[*]}")
sf=$(median "${stock_first[*]}"); sr=$(median "${stock_restart[*]}")
printf '%-40s first start %5s s   restart %5s s\n' "nts-platform (GET /api/technologies)" "$of" "$or"
printf '%-40s first start %5s s   restart %5s s\n' "stock Karaf + same features (/cxf/)" "$sf" "$sr"
awk -v of="$of" -v or="$or" -v sf="$sf" -v sr="$sr" 'BEGIN { printf "ratio ours/stock (goal 1.0 or less):     first start %5.2f     restart %5.2f\n", of / sf, or / sr }'
