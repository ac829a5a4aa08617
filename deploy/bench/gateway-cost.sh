#!/usr/bin/env bash
# Measures what the gateway costs: the same requests sent straight to the service and through the
# gateway, in one run of the whole local system (full JIT, fresh data), after a warm-up:
# GET /api/catalog/products/{id} (catalog-service) and POST /api/orders (order-service, one delivery
# per order, a fresh Idempotency-Key each). Prints requests/s and p50/p99 latency per path, and
# gateway as a share of direct.
#   deploy/bench/gateway-cost.sh [seconds-per-run=20] [connections=32]
# GATEWAY_JFR=/tmp/gw also records the gateway with JFR during its measured runs: /tmp/gw-get.jfr, /tmp/gw-post.jfr
# Needs wrk (apt-get install wrk) and the default ports free (8080-8084, 8090-8094, 9092-9093, 27017).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
secs=${1:-20}
conns=${2:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }

data=$(mktemp -d /tmp/ocop-bench.XXXXXX)
work=$(mktemp -d /tmp/ocop-bench-work.XXXXXX)  # outside the data folder, which --fresh wipes
./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
# the gateway's per-client limits would answer 429 to a benchmark: lift them for this run only
export OCOP_GATEWAY_LIMITS_BROWSING_CAPACITY=100000000 OCOP_GATEWAY_LIMITS_ORDERING_CAPACITY=100000000
java -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" \
  vn.ocop.fair.local.LocalSystem --root="$root" --data="$data" --fresh --full-jit > "$work/launcher.log" 2>&1 &
launcher=$!
trap 'kill -TERM $launcher 2>/dev/null; wait $launcher 2>/dev/null; rm -rf "$data" "$work"' EXIT
echo "Starting the system (full JIT)…"
until grep -q "is up in" "$work/launcher.log"; do
  kill -0 $launcher 2>/dev/null || { cat "$work/launcher.log"; tail -n 40 "$data"/logs/*.log; exit 1; }
  sleep 1
done
grep "is up in" "$work/launcher.log"

token() { curl -sf -X POST localhost:8080/auth/token -d username="$1" -d password=demo123 \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/'; }
browser=$(token bantochuc)
customer=$(token khachhang)
id=$(curl -sf 'localhost:8080/api/catalog/products?size=1' | sed -E 's/.*"id":"([^"]+)".*/\1/')
export PRODUCT=$id
# order-service learns the product from catalog's events: wait until it can price it
until curl -sf "localhost:8082/api/orders/products/$id" >/dev/null; do sleep 1; done
gateway=$(pgrep -f "$root/gateway/target/gateway-.*[.]jar" | head -1)

run() { # name url script seconds (TOKEN and RUN from the environment)
  local out
  out=$(RUN="$1-$(date +%s)" wrk -t2 -c"$conns" -d"$4"s --latency ${3:+-s "$3"} "$2")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf "%-34s %10s req/s   p50 %-9s p99 %-9s non-2xx %s\n" "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
  echo "$rps" > "$work/$1.rps"
}

get() { TOKEN=$browser run "$@"; }
post() { TOKEN=$customer run "$@"; }
record() { # JFR.start|dump|stop on the gateway, when GATEWAY_JFR is set
  [ -z "${GATEWAY_JFR:-}" ] || jcmd "$gateway" "JFR.$1" name=gateway-cost "${@:2}" >/dev/null
}
direct_get="http://localhost:8081/api/catalog/products/$id"
gateway_get="http://localhost:8080/api/catalog/products/$id"

echo "Warming up (${secs}s per path)…"
get warmup-get-direct "$direct_get" deploy/bench/get-with-token.lua "$secs" >/dev/null
get warmup-get-gateway "$gateway_get" deploy/bench/get-with-token.lua "$secs" >/dev/null
post warmup-post-direct http://localhost:8082/api/orders deploy/bench/post-order.lua "$secs" >/dev/null
post warmup-post-gateway http://localhost:8080/api/orders deploy/bench/post-order.lua "$secs" >/dev/null

echo "Measured, ${secs}s each, ${conns} connections, wrk and the whole system on the same $(nproc) cores:"
get get-direct "$direct_get" deploy/bench/get-with-token.lua "$secs"
record start settings=profile
get get-gateway "$gateway_get" deploy/bench/get-with-token.lua "$secs"
record stop filename="${GATEWAY_JFR:-}-get.jfr"
post post-direct http://localhost:8082/api/orders deploy/bench/post-order.lua "$secs"
record start settings=profile
post post-gateway http://localhost:8080/api/orders deploy/bench/post-order.lua "$secs"
record stop filename="${GATEWAY_JFR:-}-post.jfr"
awk -v g="$(cat "$work/get-gateway.rps")" -v d="$(cat "$work/get-direct.rps")" \
  'BEGIN {printf "GET  through the gateway: %.0f%% of direct\n", 100*g/d}'
awk -v g="$(cat "$work/post-gateway.rps")" -v d="$(cat "$work/post-direct.rps")" \
  'BEGIN {printf "POST through the gateway: %.0f%% of direct\n", 100*g/d}'
