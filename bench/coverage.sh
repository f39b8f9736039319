#!/usr/bin/env bash
# End-to-end coverage benchmark (issue target: ./lifecircle coverage on the Chengdu extract, three
# categories, under 5 s wall time including JVM start; the analysis itself under 0.5 s).
# Runs the command RUNS times (default 5) after one warm-up and writes bench/results/coverage.md.
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "${1:-$home/../shared/data}" && pwd)"
runs="${RUNS:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cmd=("$home/lifecircle" coverage --osm "$shared/osm/chengdu-central-2018.osm"
     --districts "$shared/boundaries/chengdu-districts.gcj02.geojson@gcj02" --out "$out/run")
"${cmd[@]}" >/dev/null   # builds the jar if needed, warms the disk cache
walls=(); analyses=(); networks=(); inputs=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "${cmd[@]}" >/dev/null
  end=$(date +%s%N)
  walls+=("$(( (end - start) / 1000000 ))")
  read -r n i a < <(python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["timingsMillis"]; print(t.get("network",0), t.get("inputs",0), t.get("analysis",0))' "$out/run/summary.json")
  networks+=("$n"); inputs+=("$i"); analyses+=("$a")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall=$(median "${walls[@]}"); analysis=$(median "${analyses[@]}")
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 < b + 0) ? "pass" : "**FAIL**" }'; }
mkdir -p "$home/bench/results"
{
  echo "# Coverage end to end"
  echo
  echo "Written by \`bench/coverage.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the end."
  echo "Command: \`./lifecircle coverage --osm chengdu-central-2018.osm --districts chengdu-districts.gcj02.geojson@gcj02\`"
  echo "(facilities and 349 residential areas from the OSM file, three categories, profile tianjin-2022); median of $runs runs"
  echo "after one warm-up. Wall time is the whole process, JVM start included; the steps are summary.json's timings."
  echo
  echo "| figure | median | all runs (ms) | target | result |"
  echo "|---|---:|---|---|---|"
  echo "| wall time, JVM start included | ${wall} ms | ${walls[*]} | < 5 s | $(verdict "$wall" 5000) |"
  echo "| read OSM and build the graph | $(median "${networks[@]}") ms | ${networks[*]} | | |"
  echo "| read facilities, areas, districts; estimate populations | $(median "${inputs[@]}") ms | ${inputs[*]} | | |"
  echo "| analysis (snapping, three searches, coverage, districts) | ${analysis} ms | ${analyses[*]} | < 0.5 s | $(verdict "$analysis" 500) |"
} > "$home/bench/results/coverage.md"
cat "$home/bench/results/coverage.md"
