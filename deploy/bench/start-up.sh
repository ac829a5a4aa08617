#!/usr/bin/env bash
# Measures the local system's start-up ("OCOP Fair is up in …"), from its jars alone and with each
# service's class-data archive (run.sh's default, see deploy/local/.../ClassDataArchive.java), taking
# turns so that both meet the same machine: first one start that records the archives (stopped
# normally, as Ctrl-C would), then ROUNDS rounds of one start each way. Fresh data every start,
# default C1 JIT, as run.sh starts it. Prints each start and the medians.
#   deploy/bench/start-up.sh [rounds=2] [--no-build]
# Needs the default ports free (8080-8084, 8090-8094, 9092-9093, 27017, 3025, 3143).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
rounds=${1:-2}
[ "${2:-}" = "--no-build" ] || ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package

data=$(mktemp -d /tmp/ocop-start-up.XXXXXX)
trap 'pkill -TERM -f "LocalSystem --root=$root" 2>/dev/null || true; rm -rf "$data"' EXIT

start() { # mode (plain|archives): starts fresh, prints the seconds to up, stops and waits for the stop
  local options=() attempt log launcher
  [ "$1" = archives ] && options=(--class-data)
  for attempt in 1 2 3 4 5 6; do # the last stop's ports may linger for a few seconds
    log=$(mktemp "$data/$1-XXXX.log") # a new file each start: a stale "is up in" must never be read
    java -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" \
      vn.ocop.fair.local.LocalSystem --root="$root" --data="$data/system" --fresh "${options[@]}" > "$log" 2>&1 &
    launcher=$!
    until grep -q "is up in" "$log" 2>/dev/null || ! kill -0 $launcher 2>/dev/null; do sleep 1; done
    if grep -q "is up in" "$log"; then
      sed -nE 's/.*is up in ([0-9.]+) s.*/\1/p' "$log"
      kill -TERM $launcher
      wait $launcher || true
      return
    fi
    wait $launcher || true
    grep -q "in use" "$log" || { cat "$log" >&2; exit 1; }
    sleep 5
  done
  echo "the ports stayed in use" >&2
  exit 1
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

rm -rf ./*/target/class-data # the first start records them, as after a build
echo "$(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1)"
printf "%-34s %6s s (extracts the jars, records the archives as it stops)\n" "first start after a build" "$(start archives)"
plain=() archived=()
for ((i = 1; i <= rounds; i++)); do
  plain+=("$(start plain)")
  archived+=("$(start archives)")
  printf "round %d: from the jars %6s s   with class-data archives %6s s\n" "$i" "${plain[-1]}" "${archived[-1]}"
done
p=$(printf "%s\n" "${plain[@]}" | median)
a=$(printf "%s\n" "${archived[@]}" | median)
awk -v p="$p" -v a="$a" 'BEGIN {printf "median: from the jars %.1f s, with class-data archives %.1f s (%.0f%% of it)\n", p, a, 100 * a / p}'
