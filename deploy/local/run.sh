#!/usr/bin/env bash
# Builds OCOP Fair and runs the whole system on the embedded default: a Kafka broker (KRaft) and a
# MongoDB wire server in one JVM, every service and the gateway in JVMs of their own.
#   deploy/local/run.sh            keep the data of the last run
#   deploy/local/run.sh --fresh    start from an empty system (demo data is loaded again)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

start=$(date +%s)
echo "Building (./mvnw -DskipTests package)…"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
echo "Built in $(( $(date +%s) - start )) s."

exec java -Xmx512m -XX:+UseSerialGC \
  -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" \
  vn.ocop.fair.local.LocalSystem --root="$root" "$@"
