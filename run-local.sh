#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker: Keycloak, Kafka, a MongoDB-wire server, a mail server, the
# channel stub, the services and the channel adapters, each its own process, data and logs under .local/. Ctrl-C stops
# everything.
#   ./run-local.sh              build (skipping tests), then start
#   ./run-local.sh --no-build   start what was built last
#   ./run-local.sh mail send|read ...   write to the centre by e-mail / read a resident's mail on the running stack
# A demo: demo secrets, demo keys and the realm's demo people (the banner lists them). APPEALS_KEYCLOAK=off leaves
# Keycloak out (people cannot log in, machine keys still work).
set -euo pipefail

cd "$(dirname "$0")"

launcher=local-launcher/target/local-launcher-0.1.0-SNAPSHOT.jar
if [[ "${1:-}" == mail ]]; then
  # the launcher's mail command against the mail server of a run started in another terminal
  exec java -jar "$launcher" "$@"
fi

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (use --no-build, or mail send|read)" >&2; exit 2 ;;
  esac
done

if [[ "$build" == true ]]; then
  echo "Building (./mvnw -q -DskipTests install) ..."
  ./mvnw -q -DskipTests install
fi

if [[ ! -f "$launcher" ]]; then
  echo "$launcher is missing: run ./run-local.sh without --no-build first" >&2
  exit 1
fi

# exec: the launcher becomes this process, so Ctrl-C reaches its shutdown hook, which stops the children in order
exec java -Xmx96m -XX:+UseSerialGC -jar "$launcher"
