#!/usr/bin/env bash
# The embedded MongoDB wire server's backends side by side (in memory vs H2 file), with 1,000 and
# 50,000 stored orders: insertOne on 1 and 8 threads, conditional update by _id, find by _id, and
# how many queries read a whole collection. JDK only.
#   deploy/bench/store.sh [seconds-per-figure=5]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl deploy/local -am -DskipTests -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd deploy/local
echo "$(date -u +%FT%TZ) commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1)"
exec java -Xmx2g -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.ocop.fair.local.bench.StoreBenchmark "$@"
