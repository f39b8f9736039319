#!/usr/bin/env bash
# Load benchmark of the map server (issue targets: viewport requests median < 50 ms and
# p99 < 200 ms with 32 clients on Chengdu; 64 clients for 60 s and what-if with 8 without errors,
# memory stable). Loopback only, fixed durations: it stops by itself.
#
#   bench/web-load.sh [SHARED_DATA_DIR]      (default ../shared/data)
#
# Imports the Chengdu extract into a temporary embedded store, starts ./lifecircle serve on a free
# loopback port, drives it with wrk (Debian package wrk) and writes bench/results/web.md.
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "${1:-$home/../shared/data}" && pwd)"
command -v wrk >/dev/null || { echo "web-load: needs wrk (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
export LIFECIRCLE_DATA_DIR="$work/data"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$home/lifecircle" import --name chengdu --osm "$shared/osm/chengdu-central-2018.osm" \
  --districts "$shared/boundaries/chengdu-districts.gcj02.geojson@gcj02" >/dev/null
LIFECIRCLE_JAVA_OPTS="-Xmx2g -XX:+UseTransparentHugePages" "$home/lifecircle" serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs "$base/api/datasets" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/api/datasets/chengdu/districts?category=childcare" >/dev/null

info=$(curl -fs "$base/api/datasets/chengdu")
export DATASET=chengdu
export BBOX=$(python3 -c 'import json,sys; print(",".join(str(v) for v in json.loads(sys.argv[1])["bbox"]))' "$info")
export POINTS=$(curl -fs "$base/api/datasets/chengdu/facilities?bbox=$BBOX" | python3 -c 'import json,sys
print(";".join("%.6f %.6f" % tuple(f["geometry"]["coordinates"]) for f in json.load(sys.stdin)["features"]))')

heap() { # used heap of the server JVM after a full GC, in MB
  local pid=$server   # the launcher execs java, so its pid is the server's (it runs a copy in target/run)
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for(i=1;i<=NF;i++) if($i=="used") {v=$(i+1); gsub("K","",v); print int(v/1024); exit}}'
}
run() { # name connections seconds mode
  MODE="$4" wrk -t2 -c"$2" -d"$3s" --latency -s "$home/bench/scripts/viewports.lua" "$base" | grep '^RESULT' \
    | sed "s/^RESULT/$1 connections=$2/"
}

MODE=mixed wrk -t2 -c8 -d10s -s "$home/bench/scripts/viewports.lua" "$base" >/dev/null   # warm-up
heap_before=$(heap)
r_areas=$(run areas 32 30 areas)
r_districts=$(run districts 32 30 districts)
r_mixed=$(run mixed-64 64 60 mixed)
heap_mid=$(heap)
r_whatif=$(run whatif 8 30 whatif)
heap_after=$(heap)

field() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k {print $2}'; }
row() { echo "| $1 | $(field "$2" connections) | $(field "$2" requests) | $(field "$2" rps) | $(field "$2" p50_ms) | $(field "$2" p90_ms) | $(field "$2" p99_ms) | $(field "$2" max_ms) | $(field "$2" socket_errors) | $(field "$2" non2xx) |"; }
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 < b + 0) ? "pass" : "**FAIL**" }'; }

mkdir -p "$home/bench/results"
{
  echo "# Map server load"
  echo
  echo "Written by \`bench/web-load.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(java -version 2>&1 | head -1)."
  echo "Server: \`./lifecircle serve\` with -Xmx2g on loopback, embedded store, dataset: Chengdu extract"
  echo "(3,293 nodes, 349 areas, 48 facilities, 20 districts). Load: wrk, 2 threads; each request a different"
  echo "viewport of about 1.5 x 1 km at zoom 15-16 and a rotating category. The load generator shares the 2 cores."
  echo
  echo "| run | connections | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | socket errors | non-2xx |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  row "areas by viewport, 30 s" "$r_areas"
  row "districts, 30 s" "$r_districts"
  row "areas + districts, 60 s" "$r_mixed"
  row "what-if (one proposal), 30 s" "$r_whatif"
  echo
  echo "Targets: viewport areas p50 < 50 ms: $(verdict "$(field "$r_areas" p50_ms)" 50);"
  echo "p99 < 200 ms: $(verdict "$(field "$r_areas" p99_ms)" 200); districts p50 < 50 ms: $(verdict "$(field "$r_districts" p50_ms)" 50),"
  echo "p99 < 200 ms: $(verdict "$(field "$r_districts" p99_ms)" 200)."
  echo
  echo "Used heap after a full GC: ${heap_before} MB before the runs, ${heap_mid} MB after the 64-client minute,"
  echo "${heap_after} MB after the what-if runs (stable when these stay close)."
} > "$home/bench/results/web.md"
cat "$home/bench/results/web.md"
