#!/usr/bin/env bash
# Prometheus (and Grafana, if installed) against the local run of deploy/local/run.sh.
#   deploy/observability/run-prometheus.sh            Prometheus on http://localhost:9090
#   PROMETHEUS_PORT=9191 deploy/observability/run-prometheus.sh
# Needs Debian's prometheus package (sudo apt-get install -y prometheus). Scrapes the documented
# ports (catalog 8081, order 8082, event 8083, notification 8084, the gateway's management 8090)
# every 5 s, evaluates the alert rules; data in deploy/observability/data (throw-away).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${PROMETHEUS_PORT:-9090}"
data="${PROMETHEUS_DATA:-$here/data/prometheus}"
command -v prometheus >/dev/null || { echo "prometheus is not installed: sudo apt-get install -y prometheus" >&2; exit 1; }
mkdir -p "$data"
promtool check config "$here/prometheus/prometheus.yml" >/dev/null

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM

prometheus --config.file="$here/prometheus/prometheus.yml" \
  --storage.tsdb.path="$data" --storage.tsdb.retention.time=2d \
  --web.listen-address="127.0.0.1:$port" --log.level=warn &
pids+=($!)
echo "Prometheus: http://localhost:$port (targets: /targets, alerts: /alerts)"

if command -v grafana-server >/dev/null; then
  grafana_home="${GRAFANA_HOME:-/usr/share/grafana}"
  mkdir -p "$here/data/grafana"
  PROMETHEUS_URL="http://127.0.0.1:$port" JAEGER_URL="http://127.0.0.1:16686" \
  DASHBOARDS_DIR="$here/grafana/dashboards" \
  GF_PATHS_PROVISIONING="$here/grafana/provisioning" GF_PATHS_DATA="$here/data/grafana" \
  GF_SERVER_HTTP_PORT="${GRAFANA_PORT:-3000}" GF_AUTH_ANONYMOUS_ENABLED=true GF_AUTH_ANONYMOUS_ORG_ROLE=Viewer \
    grafana-server --homepath "$grafana_home" &
  pids+=($!)
  echo "Grafana: http://localhost:${GRAFANA_PORT:-3000} (admin/admin; dashboards in the folder OCOP Fair)"
else
  echo "Grafana is not installed: the dashboards' queries work in Prometheus' own graph page too."
fi
wait
