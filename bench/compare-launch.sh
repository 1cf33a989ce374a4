#!/usr/bin/env bash
# Start-up of two builds of the app side by side, to see whether a change made it slower:
#   bench/compare-launch.sh BASE.jar NEW.jar      (env RUNS=10)
# e.g. build the base from a clean clone of the commit before the change (`mvn -q package -DskipTests`).
# Launches alternate (order swapped every run, one discarded launch of each first) under one Xvfb with
# the real GTK glass; each prints the time from just before `java -jar` to the first laid-out frame
# (StartupProbe's marker) and the CPU time of the whole process. Prints medians and NEW/BASE ratios, with
# the machine's load; writes bench/out/compare-launch.csv. Needs xvfb and libgtk-3-0 (installed if missing).
# NEW_SETTINGS='{"language":"ENGLISH","theme":"LIGHT","fontSize":"NORMAL"}' writes that settings.json before each
# launch of NEW (pass the same jar twice to see what a saved settings file costs a start).
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,8p' "$0"; exit 2; }
base_jar=$(realpath "$1"); new_jar=$(realpath "$2")
cd "$(dirname "$0")/.."
out=bench/out
runs=${RUNS:-10}
mkdir -p "$out"
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
disp=:$((300 + RANDOM % 200))
Xvfb "$disp" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$disp
sleep 1
# first-run start each time, in a folder of its own: never the profiles of whoever runs it
export TOKEN_REFRESHER_HOME=$PWD/$out/compare-home

launch_once() { # JAR [SETTINGS_JSON] -> "shown_ms,cpu_ms"
  local log=$out/compare-$$.err start shown cpu
  rm -rf "$TOKEN_REFRESHER_HOME" && mkdir -p "$TOKEN_REFRESHER_HOME"
  [ -z "${2:-}" ] || printf '%s' "$2" > "$TOKEN_REFRESHER_HOME/settings.json"
  start=$(date +%s%3N)
  cpu=$( { TIMEFORMAT='%U %S'; time java -Dtokenrefresher.bench.shown=exit -jar "$1" 2>"$log" >/dev/null || true; } 2>&1 )
  shown=$(sed -n 's/^shown-at-epoch-ms=//p' "$log" | head -1)
  [ -n "$shown" ] || { echo "no shown-at marker from $1:" >&2; cat "$log" >&2; exit 1; }
  echo "$((shown - start)),$(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%d", (u + s) * 1000 }')"
}

launch_once "$base_jar" >/dev/null; launch_once "$new_jar" "${NEW_SETTINGS:-}" >/dev/null
echo "run,base_ms,new_ms,base_cpu_ms,new_cpu_ms,load1" > "$out/compare-launch.csv"
for i in $(seq "$runs"); do
  if [ $((i % 2)) = 1 ]; then b=$(launch_once "$base_jar"); n=$(launch_once "$new_jar" "${NEW_SETTINGS:-}")
  else n=$(launch_once "$new_jar" "${NEW_SETTINGS:-}"); b=$(launch_once "$base_jar"); fi
  echo "$i,${b%,*},${n%,*},${b#*,},${n#*,},$(cut -d' ' -f1 /proc/loadavg)" >> "$out/compare-launch.csv"
  echo "  run $i: base ${b%,*} ms (cpu ${b#*,}), new ${n%,*} ms (cpu ${n#*,})" >&2
done
rm -f "$out"/compare-*.err
rm -rf "$TOKEN_REFRESHER_HOME"
awk -F, 'NR > 1 { b[NR]=$2; n[NR]=$3; bc[NR]=$4; nc[NR]=$5; l[NR]=$6 }
  function median(a,   k, m, v, i, j, t) { m = 0; for (k in a) v[++m] = a[k]
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2 }
  END { mb = median(b); mn = median(n); mbc = median(bc); mnc = median(nc); ml = median(l)
    printf "launch -> shown, median of %d: base %d ms, new %d ms, new/base %.2f\n", NR - 1, mb, mn, mn / mb
    printf "CPU of a launch, median:      base %d ms, new %d ms, new/base %.2f\n", mbc, mnc, mnc / mbc
    printf "machine load (1 min) during the runs, median: %.2f on %d cores\n", ml, '"$(nproc)"' }' "$out/compare-launch.csv"
