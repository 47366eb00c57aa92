#!/usr/bin/env bash
# Speed of routing-service's classifier alone: appeals classified per second on one thread, after a warm-up.
# Usage: ./routing-benchmark.sh [seconds]   (default 10). A benchmark that prints figures, not a test.
set -euo pipefail
cd "$(dirname "$0")/routing-service"
../mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  org.appeals.routing.classify.ClassifierBenchmark "${1:-10}"
