#!/usr/bin/env bash
# Console benchmark: every page of the staff console interactive in under 1 s with 50,000 appeals stored? Seeds the
# store to --appeals appeals over the adapters' Kafka entry (appeals.submitted), waits until every service has handled
# them, logs the demo people in at the console as a browser does (Keycloak's login form) and prints each page's time
# to the last byte: median, p95, max, bytes, status. A benchmark that prints figures, not a test.
#   ./console-benchmark.sh [--appeals N] [--rounds N] [--warmup N] [--keep] [other options of ConsoleBench]
# If nothing listens on 8080 a stack is started with its data in .local/bench-console (Keycloak on,
# RATE_LIMIT_RPS=100000 unless set) and stopped afterwards; its store (Kafka, MongoDB, logs) is deleted unless --keep,
# with which the next run starts from it and seeds only what is missing (Keycloak, unpacked there once, is always
# kept). A stack already on 8080 is used (and topped up) as it is.
set -euo pipefail

root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"

data_dir=.local/bench-console
stack_log=.local/console-benchmark-stack.log
keep=false
bench_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) bench_args+=("$1"); shift ;;
  esac
done

bench_jar=load-bench/target/load-bench-0.1.0-SNAPSHOT.jar
if [[ ! -f "$bench_jar" || ! -f local-launcher/target/local-launcher-0.1.0-SNAPSHOT.jar ]]; then
  # a fresh clone: the bench and the stack it starts are built together, as ./run-local.sh builds them
  echo "Building (./mvnw -q -DskipTests install) ..."
  ./mvnw -q -DskipTests install
fi

gateway_up() { (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; }

# everything but Keycloak's unpacked server, which takes a minute to unpack and build again
clear_store() {
  if [[ -d "$data_dir" ]]; then
    find "$data_dir" -mindepth 1 -maxdepth 1 ! -name keycloak -exec rm -rf {} +
  fi
}

launcher_pid=""
stop_stack() {
  if [[ -n "$launcher_pid" ]]; then
    echo "Stopping the stack this script started ..."
    kill "$launcher_pid" 2>/dev/null || true
    wait "$launcher_pid" 2>/dev/null || true
    if [[ "$keep" == true ]]; then
      echo "Kept the seeded store in $data_dir (the next --keep run starts from it)."
    else
      clear_store
    fi
  fi
}
trap stop_stack EXIT

if gateway_up; then
  echo "A stack already listens on 8080: timing it as it is, and topping its store up to the wanted appeals."
else
  [[ "$keep" == true ]] || clear_store
  mkdir -p "$data_dir"
  echo "Nothing on 8080: starting a stack (data and logs in $data_dir, its output in $stack_log) ..."
  # Keycloak on: people log in at the console through it, exactly as in a browser
  APPEALS_LOCAL_DIR="$data_dir" APPEALS_KEYCLOAK=on RATE_LIMIT_RPS="${RATE_LIMIT_RPS:-100000}" \
    ./run-local.sh --no-build > "$stack_log" 2>&1 &
  launcher_pid=$!
  until grep -q "Appeals platform is up" "$stack_log"; do
    if ! kill -0 "$launcher_pid" 2>/dev/null; then
      tail -30 "$stack_log" >&2
      launcher_pid=""
      exit 1
    fi
    sleep 1
  done
  grep "Appeals platform is up" "$stack_log"
fi

samples=()
for file in "$root/../shared/samples/appeals-sample.jsonl" routing-service/src/test/resources/evaluation/*.jsonl; do
  [[ -f "$file" ]] && samples+=("$file")
done

# C1 and the serial collector: the bench shares the cores with what it measures, so it should take little of them
java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$bench_jar" org.appeals.bench.console.ConsoleBench \
  "${bench_args[@]}" "${samples[@]}"
