#!/usr/bin/env bash
# The fair-day benchmark (issue 12): starts the whole local system (full JIT, fresh data in a temporary
# folder, the gateway's rate limits raised, its local issuer signing with a key the bench holds), runs
# deploy/bench's FairDayBench against it and prints every figure side by side for two passes (about
# 1,000 and 50,000 stored orders), then asserts that nothing was oversold, nothing left PENDING, and
# every decided order notified exactly once per channel. Exit status 1 when an invariant fails.
#   deploy/bench/fair-day.sh [--quick] [--no-build] [--c1] [bench options, see deploy/bench/README.md]
#   deploy/bench/fair-day.sh --attach=KEYFILE [bench options]   against a system you started yourself
#     with OCOP_GATEWAY_LOCALISSUER_SIGNINGKEYFILE=KEYFILE and raised limits (see the README)
# Needs the JDK and the default ports free (8080-8084, 8090-8094, 9092-9093, 27017, 3025, 3143).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

build=1
attach=""
jit=--full-jit
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --c1) jit="" ;; # the launcher's default C1-only JIT: starts faster on a crowded machine, runs slower
    --attach=*) attach="${arg#--attach=}" ;;
    *) args+=("$arg") ;;
  esac
done

if [[ $build == 1 ]]; then
  echo "Building (./mvnw -DskipTests package)…"
  ./mvnw -q -B ${MAVEN_OFFLINE:+-o} -DskipTests -Dspotless.check.skip=true package \
    -pl deploy/local,catalog-service,order-service,event-service,notification-service,gateway,deploy/bench -am
fi
bench_cp="deploy/bench/target/classes:$(cat deploy/bench/target/classpath.txt)"

machine() {
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1), load average$(uptime | sed 's/.*load average//')"
}

if [[ -n "$attach" ]]; then
  machine
  exec java -Xmx768m -XX:+UseSerialGC -cp "$bench_cp" vn.ocop.fair.bench.FairDayBench --key="$attach" "${args[@]}"
fi

# one local system at a time on this machine: the ports are fixed
lock=${OCOP_LOCALRUN_LOCK:-/tmp/ocop-localrun.lock}
exec 9>"$lock"
if ! flock -n 9; then
  echo "Waiting for $lock: another local system is running…"
  flock 9
fi

work=$(mktemp -d /tmp/ocop-fair-day.XXXXXX)
key="$work/issuer-key.json"
java -cp "$bench_cp" vn.ocop.fair.bench.FairDayBench keygen "$key"
export OCOP_GATEWAY_LOCALISSUER_SIGNINGKEYFILE="$key"
# the gateway's per-client limits would answer 429 to a benchmark: lifted for this run only
export OCOP_GATEWAY_LIMITS_BROWSING_CAPACITY=100000000 OCOP_GATEWAY_LIMITS_ORDERING_CAPACITY=100000000
launcher=""
status=1
finish() {
  if [[ -n "$launcher" ]]; then
    kill -TERM "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
  fi
  if [[ $status == 0 ]]; then
    rm -rf "$work"
  else
    echo "Logs kept in $work/data/logs and $work/launcher.log"
  fi
}
trap finish EXIT
# on a busy machine a service may miss the launcher's 180 s start-up limit: one more try
for attempt in 1 2; do
  echo "Starting the system (${jit:+full JIT}${jit:-C1 JIT only}, fresh data in $work)…"
  java -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" \
    vn.ocop.fair.local.LocalSystem --root="$root" --data="$work/data" --fresh $jit > "$work/launcher.log" 2>&1 &
  launcher=$!
  until grep -qs "is up in" "$work/launcher.log" || ! kill -0 "$launcher" 2>/dev/null; do
    sleep 1
  done
  if grep -qs "is up in" "$work/launcher.log"; then
    break
  fi
  wait "$launcher" 2>/dev/null || true
  launcher=""
  grep -E "Start-up failed" "$work/launcher.log" || tail -20 "$work/launcher.log"
  [[ $attempt == 2 ]] && exit 1
done
grep -E "  UP  |is up in" "$work/launcher.log"
machine
echo "system:  services ${jit:+with both JIT compilers (--full-jit)}${jit:-C1 JIT only (--c1)}, gateway limits raised, fresh data"
set +e
java -Xmx768m -XX:+UseSerialGC -cp "$bench_cp" vn.ocop.fair.bench.FairDayBench --key="$key" "${args[@]}"
status=$?
set -e
exit $status
