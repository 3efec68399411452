#!/usr/bin/env bash
# Report formats on a national agenda of 1,000 and 10,000 actions: time and peak heap of each
# format in a JVM of its own (ReportFormats.java), and the ratios to CSV in the same run.
# Goal: PDF and XLSX within 3x the CSV time, heap flat (10,000 actions needing about what 1,000 do).
# Usage: bench/reports.sh [SIZES...]   (default: 1000 10000)
set -euo pipefail
source "$(dirname "$0")/common.sh"
sizes=("${@:-}")
if [ -z "${sizes[0]}" ]; then sizes=(1000 10000); fi
m2=()
if [ -n "${NTS_M2:-}" ]; then m2=(-Dmaven.repo.local="$NTS_M2"); fi

# the plugins and the API as built, and their libraries from the local Maven repository
(cd "$root" && mvn -B -q -o "${m2[@]}" install -DskipTests -pl core/api,plugins/report-csv,plugins/report-documents) >&2
(cd "$root/plugins/report-documents" && mvn -B -q -o "${m2[@]}" dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile="$out/reports.classpath") >&2
cp="$root/plugins/report-documents/target/classes:$root/plugins/report-csv/target/classes:$(cat "$out/reports.classpath")"

# a small young generation, so the heap's peak shows what a format keeps, not how late the collector runs
jvm=(-Xmx512m -Xmn16m -XX:+UseSerialGC)
printf '%-6s %8s %10s %10s %12s %10s %10s\n' format actions ms heap_MB bytes time/csv heap/csv
for n in "${sizes[@]}"; do
  read -r _ _ csv_ms csv_heap csv_bytes < <("$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" "$bench_dir/ReportFormats.java" csv "$n")
  printf '%-6s %8d %10d %10.1f %12d %10s %10s\n' csv "$n" "$csv_ms" "$csv_heap" "$csv_bytes" 1.00 1.00
  for format in md html xlsx pdf; do
    read -r _ _ ms heap bytes < <("$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" "$bench_dir/ReportFormats.java" "$format" "$n")
    printf '%-6s %8d %10d %10.1f %12d %10.2f %10.2f\n' "$format" "$n" "$ms" "$heap" "$bytes" \
      "$(echo "$ms / ($csv_ms + 0.001)" | bc -l)" "$(echo "$heap / ($csv_heap + 0.001)" | bc -l)"
  done
done
