#!/usr/bin/env bash
# Fault-injection benchmark: on a fresh local stack (data and logs in .local/chaos, emptied first; no Keycloak;
# RATE_LIMIT_RPS=100000 unless set), a steady load of appeals through the gateway from an adapter that retries each
# until 202 with the same externalId, while intake, routing, department, notification, the gateway, Kafka and the
# MongoDB-wire server are killed with SIGKILL one after another and started again (each back and every service
# healthy before the next). Then drains and prints sent, accepted, placed, lost, duplicated, the adapter's errors by
# kind and each kill's down -> healthy times. A benchmark that prints figures, not a test; exit code 0 only if clean.
#   ./chaos.sh [--seconds S] [--rate N] [--outage-seconds S] [--settle-seconds S] [--drain-seconds S]
# Defaults: 120 s (sending goes on until the last part is back), 10 appeals/s, 5 s down, 10 s between kills.
# The stack is this run's own: it kills only the processes it started, and refuses to start if the ports are taken.
set -euo pipefail

root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"

for arg in "$@"; do
  [[ "$arg" == -h || "$arg" == --help ]] && { sed -n '2,10p' "$0"; exit 0; }
done

bench_jar=load-bench/target/load-bench-0.1.0-SNAPSHOT.jar
if [[ ! -f "$bench_jar" ]] || ! ls intake-service/target/intake-service-*-exec.jar > /dev/null 2>&1; then
  echo "Building (./mvnw -q -DskipTests install) ..."
  ./mvnw -q -DskipTests install
fi

samples=("$root/../shared/samples/appeals-sample.jsonl")
for file in routing-service/src/test/resources/evaluation/*.jsonl; do
  [[ -f "$file" ]] && samples+=("$root/$file")
done

rm -rf .local/chaos
export APPEALS_LOCAL_DIR=.local/chaos APPEALS_KEYCLOAK=off RATE_LIMIT_RPS="${RATE_LIMIT_RPS:-100000}"
# exec: Ctrl-C reaches the run's shutdown hook, which stops the stack it started
exec java -Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$bench_jar" org.appeals.bench.ChaosRun "$@" \
  "${samples[@]}"
