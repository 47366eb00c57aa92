#!/usr/bin/env bash
# Accuracy report of routing-service's classifier over a JSONL file of labelled appeals.
# Usage: ./routing-report.sh [file.jsonl]   (default: ../shared/samples/appeals-sample.jsonl)
# Builds routing-service only when its executable jar is missing; delete routing-service/target to rebuild.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file="${1:-$root/../shared/samples/appeals-sample.jsonl}"
if [[ ! -f "$file" ]]; then
  echo "no such file: $file" >&2
  exit 2
fi
file="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"

find_jar() { ls "$root"/routing-service/target/routing-service-*-exec.jar 2>/dev/null | head -n 1; }
jar="$(find_jar)"
if [[ -z "$jar" ]]; then
  (cd "$root" && ./mvnw -q -pl routing-service -am -DskipTests install)
  jar="$(find_jar)"
fi

# Boot's executable jar nests its libraries, so the PropertiesLauncher loads them and runs the report's main.
exec java -cp "$jar" -Dloader.main=org.appeals.routing.report.AccuracyReport \
  org.springframework.boot.loader.launch.PropertiesLauncher "$file"
