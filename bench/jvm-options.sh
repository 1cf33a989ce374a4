#!/usr/bin/env bash
# Which JVM options for the installed window: each variant's own AOT cache is trained (a real window run,
# app.startup.WindowTraining, as the build does: GC and object-header options must match the cache's),
# then launches to the first frame alternate with the bare window; medians of PAIRS (default 5) and
# VmHWM 1 s after shown. Env APP_DIR (default /opt/token-refresher; a copy made with cp -a does). Prints a
# markdown table for packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out/jvm-options && rm -rf "$out" && mkdir -p "$out"
pairs=${PAIRS:-5}
app_dir=${APP_DIR:-/opt/token-refresher}
java=$app_dir/lib/runtime/bin/java
cp=$(sed -n "s|^app.classpath=\$APPDIR|$app_dir/lib/app|p" "$app_dir/lib/app/token-refresher.cfg" | paste -sd: -)
common="--enable-native-access=javafx.graphics --sun-misc-unsafe-memory-access=allow -Xlog:aot=off -Xlog:cds=off"
variants=(
  "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
  "-XX:+UseSerialGC"
  "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+UseCompactObjectHeaders"
  "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn8m -XX:ReservedCodeCacheSize=32m"
)
[ -f bench/out/bare-window.jar ] || bench/bare-window-jar.sh
disp=:$((700 + RANDOM % 200))
Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$disp TOKEN_REFRESHER_HOME=$PWD/$out/home
sleep 1
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run() { # LOG CMD... -> "ms hwm_kb"
  local log=$1 start pid shown; shift
  rm -rf "$TOKEN_REFRESHER_HOME"; mkdir -p "$TOKEN_REFRESHER_HOME"; : >"$log"
  start=$(date +%s%3N)
  "$1" -Dtokenrefresher.bench.shown=print "${@:2}" >/dev/null 2>"$log" & pid=$!
  for _ in $(seq 600); do grep -q '^shown-at-epoch-ms=' "$log" && break; sleep 0.05; done
  shown=$(sed -n 's/^shown-at-epoch-ms=//p' "$log")
  [ -n "$shown" ] || { echo "no first frame from $*" >&2; kill $pid; return 1; }
  sleep 1
  echo "$((shown - start)) $(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' /proc/$pid/status)"
  kill $pid; wait $pid 2>/dev/null || true
}
echo "| JVM options (each with its own AOT cache) | shown (ms) | bare (ms) | ratio | VmHWM (MiB) | bare VmHWM | load |"
echo "|---|---:|---:|---:|---:|---:|---:|"
n=0
for v in "${variants[@]}"; do
  n=$((n + 1)); cache=$out/v$n.aot
  rm -rf "$TOKEN_REFRESHER_HOME"; mkdir -p "$TOKEN_REFRESHER_HOME"
  # shellcheck disable=SC2086
  timeout 300 "$java" $v $common -XX:AOTCacheOutput="$cache" -Dtokenrefresher.train=window -cp "$cp" \
    io.tokenrefresher.app.Main >"$out/train-$n.log" 2>&1 || true
  [ -s "$cache" ] || { echo "variant $n: no cache" >&2; continue; }
  a=(); b=(); am=(); bm=()
  for i in $(seq "$pairs"); do
    # shellcheck disable=SC2086
    read -r t m < <(run "$out/a.err" "$java" $v $common -XX:AOTCache="$cache" -cp "$cp" io.tokenrefresher.app.Main); a+=("$t"); am+=("$m")
    read -r t m < <(run "$out/b.err" java -jar bench/out/bare-window.jar); b+=("$t"); bm+=("$m")
  done
  ma=$(printf '%s\n' "${a[@]}" | median); mb=$(printf '%s\n' "${b[@]}" | median)
  printf '| `%s` | %s | %s | %.2f | %d | %d | %s |\n' "$v" "$ma" "$mb" "$(awk -v a="$ma" -v b="$mb" 'BEGIN { print a / b }')" \
    "$(( $(printf '%s\n' "${am[@]}" | median | cut -d. -f1) / 1024 ))" "$(( $(printf '%s\n' "${bm[@]}" | median | cut -d. -f1) / 1024 ))" "$(cut -d' ' -f1 /proc/loadavg)"
done
