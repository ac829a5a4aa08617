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

# The launcher holds the broker and every document of the wire server (about 10 KB per stored
# order): a 2 GB heap, and G1 with short pauses, since a pause stalls the broker and the store at once.
exec java -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=50 \
  -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" \
  vn.ocop.fair.local.LocalSystem --root="$root" --class-data "$@"
