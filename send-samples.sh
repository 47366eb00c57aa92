#!/usr/bin/env bash
# Sends labelled sample appeals through the gateway of a running local stack and prints how each was routed.
#   ./send-samples.sh [file.jsonl] [--gateway http://localhost:8080] [--timeout-seconds 30]
# The default file is ../shared/samples/appeals-sample.jsonl; GATEWAY_URL also sets the gateway.
set -euo pipefail

root="$(cd "$(dirname "$0")" && pwd)"
launcher="$root/local-launcher/target/local-launcher-0.1.0-SNAPSHOT.jar"
if [[ ! -f "$launcher" ]]; then
  echo "$launcher is missing: build first with ./run-local.sh (or ./mvnw -DskipTests install)" >&2
  exit 1
fi

if [[ $# -eq 0 || "$1" == --* ]]; then
  set -- "$root/../shared/samples/appeals-sample.jsonl" "$@"
fi

exec java -Xmx96m -cp "$launcher" org.appeals.launcher.samples.SampleSender "$@"
