#!/usr/bin/env bash
# Load benchmark of the whole platform: appeals through the gateway at a set rate (or flat out) into the departments'
# inboxes, optionally answered and approved until the reply reaches the channel, then the raw broker measured with
# Kafka's ProducerPerformance for comparison. A benchmark that prints figures, not a test.
#   ./benchmark.sh [--rate N] [--seconds S] [--warmup-seconds S] [--answer] [--jfr DIR] [other load-bench options]
# --rate 0 (default) is flat out; 15 s of warm-up (not counted) unless --warmup-seconds says otherwise. If nothing
# listens on 8080 a fresh stack is started with its data in .local/bench (emptied first, so runs compare and the
# demo data in .local stays as it was; ./run-local.sh --no-build, Keycloak only with --answer, RATE_LIMIT_RPS=100000
# unless set, so the gateway's per-key limit does not cap the bench) and stopped afterwards.
# --jfr DIR records every service with Java Flight Recorder (jcmd, settings=profile) during the run, into DIR.
set -euo pipefail

root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"

jfr_dir=""
bench_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jfr) jfr_dir="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) bench_args+=("$1"); shift ;;
  esac
done
[[ " ${bench_args[*]-} " == *" --warmup-seconds "* ]] || bench_args+=(--warmup-seconds 15)

bench_jar=load-bench/target/load-bench-0.1.0-SNAPSHOT.jar
if [[ ! -f "$bench_jar" || ! -f local-launcher/target/local-launcher-0.1.0-SNAPSHOT.jar ]]; then
  # a fresh clone: the bench and the stack it starts are built together, as ./run-local.sh builds them
  echo "Building (./mvnw -q -DskipTests install) ..."
  ./mvnw -q -DskipTests install
fi

gateway_up() { (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; }

launcher_pid=""
stop_stack() {
  if [[ -n "$launcher_pid" ]]; then
    echo "Stopping the stack this script started ..."
    kill "$launcher_pid" 2>/dev/null || true
    wait "$launcher_pid" 2>/dev/null || true
  fi
}
trap stop_stack EXIT

if ! gateway_up; then
  rm -rf .local/bench
  mkdir -p .local/bench
  echo "Nothing on 8080: starting a fresh stack (data and logs in .local/bench, its output in .local/benchmark-stack.log) ..."
  # Keycloak only for --answer (staff act there): posting appeals takes machine keys alone, and Keycloak's half a
  # GiB would compete with what is measured
  keycloak=off
  [[ " ${bench_args[*]-} " == *" --answer "* ]] && keycloak=on
  APPEALS_LOCAL_DIR=.local/bench APPEALS_KEYCLOAK="$keycloak" RATE_LIMIT_RPS="${RATE_LIMIT_RPS:-100000}" \
    ./run-local.sh --no-build \
    > .local/benchmark-stack.log 2>&1 &
  launcher_pid=$!
  until grep -q "Appeals platform is up" .local/benchmark-stack.log; do
    if ! kill -0 "$launcher_pid" 2>/dev/null; then
      tail -30 .local/benchmark-stack.log >&2
      launcher_pid=""
      exit 1
    fi
    sleep 1
  done
  grep "Appeals platform is up" .local/benchmark-stack.log
fi

service_pids() { jcmd -l | awk '/-service-.*-exec\.jar|gateway-.*-exec\.jar/ {print $1}'; }
if [[ -n "$jfr_dir" ]]; then
  for pid in $(service_pids); do
    jcmd "$pid" JFR.start name=bench settings=profile > /dev/null
  done
fi

samples=("$root/../shared/samples/appeals-sample.jsonl")
for file in routing-service/src/test/resources/evaluation/*.jsonl; do
  [[ -f "$file" ]] && samples+=("$root/$file")
done

status=0
# C1 and the serial collector: the bench shares the cores with what it measures, so it should take little of them
java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$bench_jar" "${bench_args[@]}" "${samples[@]}" || status=$?

if [[ -n "$jfr_dir" ]]; then
  for pid in $(service_pids); do
    name=$(jcmd -l | awk -v p="$pid" '$1 == p {print $2}' | sed 's|.*/||; s|-0.1.0-SNAPSHOT-exec.jar||')
    jcmd "$pid" JFR.stop name=bench filename="$jfr_dir/$name.jfr" > /dev/null
    echo "JFR recording of $name: $jfr_dir/$name.jfr"
  done
fi
exit $status
