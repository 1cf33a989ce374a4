#!/usr/bin/env bash
# Benchmark of the main window against a bare JavaFX window, side by side on this machine.
#   bench/run.sh            (env RUNS=10 launches of each, WARM=30 warm refreshes, SKIP_BUILD=1 to reuse jars)
# Writes bench/out/{launch.csv,memory.txt,refresh.txt,summary.txt} and prints the summary.
# See bench/README.md for what each figure means and the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
runs=${RUNS:-10}
mkdir -p "$out"

# ---- tools (same set as scripts/screenshot-tour.sh) ----
need=()
for c in Xvfb:xvfb xdotool:xdotool xclip:xclip; do
  command -v "${c%%:*}" >/dev/null || need+=("${c#*:}")
done
fc-list 2>/dev/null | grep -qiE 'wqy|noto.*cjk' || need+=(fonts-wqy-microhei)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" libgtk-3-0 >/dev/null
fi

# ---- build: the app's fat jar, the test classpath, and the bare window packaged the same way ----
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/token-refresher.jar ] || [ ! -f "$out/bare-window.jar" ]; then
  mvn -B -q -o package -DskipTests >/dev/null
  mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt >/dev/null
  bench/bare-window-jar.sh
fi
app_jar=target/token-refresher.jar
bare_jar=$out/bare-window.jar
cp="target/test-classes:target/classes:$(cat target/test-cp.txt)"

# ---- one X server for everything ----
disp=:$((300 + RANDOM % 200))
Xvfb "$disp" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
pids=()
cleanup() { for p in "${pids[@]}" $xvfb; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
export DISPLAY=$disp
sleep 1

probe=-Dtokenrefresher.bench.shown
# the app starts as on first run, and never reads or writes the profiles of whoever runs the benchmark
export TOKEN_REFRESHER_HOME=$PWD/$out/home
rm -rf "$TOKEN_REFRESHER_HOME" && mkdir -p "$TOKEN_REFRESHER_HOME"
# launch JAR once with =exit; prints the milliseconds from just before `java -jar` to the first laid-out frame
# and its CPU time (user+sys, ms, whole process until it exited), which other load on the machine disturbs less
launch_once() {
  local log=$out/launch-$$.err start shown cpu
  start=$(date +%s%3N)
  cpu=$( { TIMEFORMAT='%U %S'; time java "$probe=exit" -jar "$1" 2>"$log" >/dev/null || true; } 2>&1 )
  shown=$(sed -n 's/^shown-at-epoch-ms=//p' "$log" | head -1)
  [ -n "$shown" ] || { echo "no shown-at marker from $1:" >&2; cat "$log" >&2; exit 1; }
  echo "$((shown - start)),$(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%d", (u + s) * 1000 }')"
}

echo "launch: $runs alternating launches of each jar (plus one discarded warm-up each) on $disp ..." >&2
launch_once "$app_jar" >/dev/null; launch_once "$bare_jar" >/dev/null
echo "run,app_ms,bare_ms,app_cpu_ms,bare_cpu_ms,load1" > "$out/launch.csv"
for i in $(seq "$runs"); do
  if [ $((i % 2)) = 1 ]; then a=$(launch_once "$app_jar"); b=$(launch_once "$bare_jar")
  else b=$(launch_once "$bare_jar"); a=$(launch_once "$app_jar"); fi
  echo "$i,${a%,*},${b%,*},${a#*,},${b#*,},$(cut -d' ' -f1 /proc/loadavg)" >> "$out/launch.csv"
  echo "  run $i: app ${a%,*} ms (cpu ${a#*,} ms), bare ${b%,*} ms (cpu ${b#*,} ms)" >&2
done
rm -f "$out"/launch-*.err

# ---- memory ----
status_kb() { sed -n "s/^$2:[[:space:]]*\([0-9]*\) kB/\1/p" /proc/"$1"/status; }
wait_shown() { # log pid
  for _ in $(seq 300); do grep -q '^shown-at-epoch-ms=' "$1" && return 0; kill -0 "$2" 2>/dev/null || break; sleep 0.1; done
  echo "window did not show ($1)" >&2; cat "$1" >&2; exit 1
}
echo "memory: bare window idle after shown; app after one real refresh through the window ..." >&2
java "$probe=print" -jar "$bare_jar" 2>"$out/bare-mem.err" >/dev/null & bare=$!; pids+=($bare)
wait_shown "$out/bare-mem.err" $bare; sleep 3
bare_hwm=$(status_kb $bare VmHWM); bare_rss=$(status_kb $bare VmRSS)
kill $bare; wait $bare 2>/dev/null || true

port=$((20000 + RANDOM % 20000))
java -Dsun.net.httpserver.nodelay=true -cp "$cp" io.tokenrefresher.testing.FakeGatewayMain "$port" \
  >"$out/gateway-token.txt" 2>/dev/null & gw=$!; pids+=($gw)
java "$probe=print" -jar "$app_jar" 2>"$out/app-mem.err" >/dev/null & app=$!; pids+=($app)
wait_shown "$out/app-mem.err" $app
app_shown_hwm=$(status_kb $app VmHWM)
for _ in $(seq 300); do [ -s "$out/gateway-token.txt" ] && break; sleep 0.2; done
[ -s "$out/gateway-token.txt" ] || { echo "the fake gateway did not start" >&2; exit 1; }
win=$(xdotool search --name "Token Refresher" | head -1)
xdotool windowmove "$win" 0 0; sleep 2   # a user takes a moment too; the background warm-up runs meanwhile
# the gateway is typed and only the token goes through the clipboard: a busy app handles its key events late,
# so a second clipboard change could overtake the first paste
# positions at the default size 1120x780 with the window at 0,0 (below the profile bar); update them when the
# layout moves (a screenshot of a failed run is saved)
gateway_xy="300 79"; token_xy="600 135"; copy_x=371; copy_ys="262 242"   # Copy: with / without the pasted-token notice
token=$(cat "$out/gateway-token.txt")
xdotool mousemove $gateway_xy click 1 key ctrl+a type --delay 5 "http://127.0.0.1:$port"
printf '%s' "$token" | xclip -selection clipboard
xdotool mousemove $token_xy click 1 key ctrl+a key ctrl+v
sleep 1
xdotool key ctrl+Return
# done when the access token's Copy button copies a JWT other than the pasted refresh token
refreshed=no
for _ in $(seq 120); do
  sleep 0.5
  for y in $copy_ys; do
    xdotool mousemove $copy_x "$y" click 1
    copied=$(xclip -o -selection clipboard 2>/dev/null || true)
    case "$copied" in eyJ*) [ "$copied" != "$token" ] && { refreshed=yes; break 2; };; esac
  done
done
if [ $refreshed != yes ]; then
  command -v import >/dev/null && import -window root "$out/refresh-failed.png"
  echo "the refresh through the window did not finish (screen in $out/refresh-failed.png if imagemagick is there)" >&2
  exit 1
fi
sleep 2
app_hwm=$(status_kb $app VmHWM); app_rss=$(status_kb $app VmRSS)
kill $app $gw; wait $app $gw 2>/dev/null || true
printf '' | xclip -selection clipboard   # no token left on the clipboard
{
  echo "bare_hwm_kb=$bare_hwm"; echo "bare_rss_kb=$bare_rss"
  echo "app_hwm_at_shown_kb=$app_shown_hwm"; echo "app_hwm_kb=$app_hwm"; echo "app_rss_kb=$app_rss"
} > "$out/memory.txt"
rm -f "$out/gateway-token.txt"

# ---- refresh timing (in-window, test classpath, gateway in its own process) ----
echo "refresh: RefreshBench (server answer time, first and warm refreshes) ..." >&2
java -cp "$cp" io.tokenrefresher.bench.RefreshBench "${WARM:-30}" 2>"$out/refresh.err" | tee "$out/refresh.txt" >&2

# ---- summary ----
stats() { # column of launch.csv -> "median min max"
  tail -n +2 "$out/launch.csv" | cut -d, -f"$1" | sort -n | awk '{v[NR]=$1} END {
    m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d %d %d", m, v[1], v[NR] }'
}
read -r am amin amax <<<"$(stats 2)"
read -r bm bmin bmax <<<"$(stats 3)"
read -r acpu _ _ <<<"$(stats 4)"
read -r bcpu _ _ <<<"$(stats 5)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "PASS" : "MISS" }'; }
lr=$(ratio "$am" "$bm"); mr=$(ratio "$app_hwm" "$bare_hwm")
first=$(sed -n 's/^first_over_server_ms=//p' "$out/refresh.txt")
warm=$(sed -n 's/^warm_median_over_server_ms=//p' "$out/refresh.txt")
warm90=$(sed -n 's/^warm_p90_over_server_ms=//p' "$out/refresh.txt")
server=$(sed -n 's/^server_answer_median_ms=//p' "$out/refresh.txt")
{
  echo "Token Refresher benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-44s %10s %10s %10s %8s %s\n' "" "app" "bare" "ratio" "target" ""
  printf '%-44s %10s %10s %10s %8s %s\n' "launch -> shown, median of $runs (ms)" "$am" "$bm" "$lr" "<=1.20" "$(verdict "$lr" 1.2)"
  printf '%-44s %10s %10s\n' "launch -> shown, min..max (ms)" "$amin..$amax" "$bmin..$bmax"
  printf '%-44s %10s %10s %10s\n' "CPU time of a launch (user+sys), median (ms)" "$acpu" "$bcpu" "$(ratio "$acpu" "$bcpu")"
  printf '%-44s %10s %10s %10s %8s %s\n' "peak memory VmHWM after a refresh (MiB)" "$((app_hwm / 1024))" "$((bare_hwm / 1024))" "$mr" "<=1.10" "$(verdict "$mr" 1.1)"
  printf '%-44s %10s %10s\n' "resident VmRSS then (MiB)" "$((app_rss / 1024))" "$((bare_rss / 1024))"
  printf '%-44s %10s\n' "app VmHWM when first shown (MiB)" "$((app_shown_hwm / 1024))"
  printf '%-44s %10s\n' "server's own answer time, median (ms)" "$server"
  printf '%-44s %10s %10s %10s %8s %s\n' "first refresh over the server (ms)" "$first" "" "" "<=150" "$(verdict "$first" 150)"
  printf '%-44s %10s %10s %10s %8s %s\n' "warm refresh over the server, median (ms)" "$warm" "" "" "<=20" "$(verdict "$warm" 20)"
  printf '%-44s %10s\n' "warm refresh over the server, p90 (ms)" "$warm90"
} | tee "$out/summary.txt"
