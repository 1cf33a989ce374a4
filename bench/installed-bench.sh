#!/usr/bin/env bash
# The installed app against bare baselines, side by side in one run (issue 15's goals table):
#   bench/installed-bench.sh          env PAIRS=9, APP_DIR=/opt/token-refresher, DEB=target/installer/*.deb, JAR
#   launch -> main window shown   installed app (APP_DIR/bin/token-refresher.sh, what the menu entry and the
#                                 command on the PATH start) vs the bare JavaFX window fat jar on Java 17, and
#                                 the portable jar (java -jar target/token-refresher.jar) vs the same bare window
#   peak RSS after the first frame   installed vs bare (VmHWM 1 s after shown)
#   `refresh` wall time           installed command vs a bare one-POST Java program (BareRefresh) on Java 17
#   first refresh in the window   click -> tokens rendered (app.startup.RefreshProbe) minus the server's own
#                                 answer time (ServerAnswerTime, warm, from a separate JVM)
#   .deb size
# Launches alternate (order swapped every pair, one discarded launch of each first) under one Xvfb with the
# real GTK glass. Medians of PAIRS pairs, the machine's load beside every figure. The launch round is rerun
# (up to ROUNDS=3 times, the steadiest kept) while the bare window's spread, (p75 - p25) / median, is over
# MAX_SPREAD=15 %. Needs: mvn -o package run once (target/token-refresher.jar, target/test-classes), the app
# installed (or APP_DIR pointing at a copy of it: cp -a keeps the jars' times, so its AOT caches apply),
# xvfb and libgtk-3-0. Writes bench/out/installed/{launch.csv,cli.csv,summary.md}.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out/installed
pairs=${PAIRS:-9}
rounds=${ROUNDS:-3}
max_spread=${MAX_SPREAD:-15}
app_dir=${APP_DIR:-/opt/token-refresher}
launcher=$app_dir/bin/token-refresher.sh
jar=${JAR:-target/token-refresher.jar}
java17=${JAVA17:-java}
mkdir -p "$out"
[ -x "$launcher" ] || { echo "no installed app at $app_dir (dpkg -i target/installer/*.deb, or APP_DIR=...)" >&2; exit 2; }
[ -f "$jar" ] && [ -f target/test-classes/io/tokenrefresher/testing/FakeGatewayMain.class ] \
  || { echo "run 'mvn -o -q package -DskipTests' first (jar and test classes)" >&2; exit 2; }
"$java17" -version 2>&1 | grep -q '"17\.' || { echo "JAVA17=$java17 is not a Java 17" >&2; exit 2; }
[ -f bench/out/bare-window.jar ] || bench/bare-window-jar.sh
bare_jar=bench/out/bare-window.jar
mkdir -p "$out/bare-refresh" && javac -d "$out/bare-refresh" bench/BareRefresh.java

load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }
spread() { sort -n | awk '{ v[NR] = $1 } END { q1 = v[int(NR / 4) + 1]; q3 = v[NR - int(NR / 4)]; m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f", (q3 - q1) * 100 / m }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
col() { tail -n +2 "$1" | cut -d, -f"$2"; }

disp=:$((500 + RANDOM % 200))
Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
pids=()
cleanup() { for p in "${pids[@]}" "$xvfb"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
export DISPLAY=$disp
export TOKEN_REFRESHER_HOME=$PWD/$out/home   # a first start, never the runner's own profiles
sleep 1
probe=-Dtokenrefresher.bench.shown

# one launch to the first laid-out frame, then exit: prints the ms from just before the exec to the marker
launch_once() { # installed|portable|bare
  local log=$out/launch.err start shown
  rm -rf "$TOKEN_REFRESHER_HOME"; mkdir -p "$TOKEN_REFRESHER_HOME"
  start=$(date +%s%3N)
  case $1 in
    installed) JDK_JAVA_OPTIONS="$probe=exit" "$launcher" >/dev/null 2>"$log" || true ;;
    portable) "$java17" "$probe=exit" -jar "$jar" >/dev/null 2>"$log" || true ;;
    bare) "$java17" "$probe=exit" -jar "$bare_jar" >/dev/null 2>"$log" || true ;;
  esac
  shown=$(sed -n 's/^shown-at-epoch-ms=//p' "$log" | head -1)
  [ -n "$shown" ] || { echo "no shown-at marker from $1:" >&2; cat "$log" >&2; exit 1; }
  echo $((shown - start))
}

# ---- launch -> shown, rerun while the bare window is too noisy ----
best=
for round in $(seq "$rounds"); do
  csv=$out/launch-$round.csv
  echo "pair,installed_ms,bare_ms,portable_ms,load1" >"$csv"
  launch_once installed >/dev/null; launch_once bare >/dev/null; launch_once portable >/dev/null
  for i in $(seq "$pairs"); do
    if [ $((i % 2)) = 1 ]; then a=$(launch_once installed); b=$(launch_once bare); p=$(launch_once portable)
    else p=$(launch_once portable); b=$(launch_once bare); a=$(launch_once installed); fi
    echo "$i,$a,$b,$p,$(load)" >>"$csv"
    echo "  launch $round.$i: installed $a ms, bare $b ms, portable $p ms, load $(load)" >&2
  done
  s=$(col "$csv" 3 | spread)
  echo "  round $round: bare window spread ${s}% (rerun above ${max_spread}%)" >&2
  if [ -z "$best" ] || [ "$s" -lt "$best_spread" ]; then best=$csv; best_spread=$s; fi
  [ "$s" -le "$max_spread" ] && break
done
cp "$best" "$out/launch.csv"
inst_ms=$(col "$out/launch.csv" 2 | median); bare_ms=$(col "$out/launch.csv" 3 | median)
port_ms=$(col "$out/launch.csv" 4 | median); launch_load=$(col "$out/launch.csv" 5 | median)

# ---- peak RSS after the first frame (VmHWM 1 s after shown), 3 alternating pairs ----
hwm_after_shown() { # installed|bare -> KiB
  local log=$out/mem.err pid
  rm -rf "$TOKEN_REFRESHER_HOME"; mkdir -p "$TOKEN_REFRESHER_HOME"; : >"$log"
  if [ "$1" = installed ]; then JDK_JAVA_OPTIONS="$probe=print" "$launcher" >/dev/null 2>"$log" & pid=$!
  else "$java17" "$probe=print" -jar "$bare_jar" >/dev/null 2>"$log" & pid=$!; fi
  pids+=("$pid")
  for _ in $(seq 600); do grep -q '^shown-at-epoch-ms=' "$log" && break; sleep 0.1; done
  sleep 1
  sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
mem_i=(); mem_b=()
for _ in 1 2 3; do mem_i+=("$(hwm_after_shown installed)"); mem_b+=("$(hwm_after_shown bare)"); done
inst_kb=$(printf '%s\n' "${mem_i[@]}" | median); bare_kb=$(printf '%s\n' "${mem_b[@]}" | median); mem_load=$(load)

# ---- the fake gateway (its own JVM), the refresh command vs a bare one-POST program ----
port=$((20000 + RANDOM % 20000))
"$java17" -cp "target/test-classes:$jar" io.tokenrefresher.testing.FakeGatewayMain "$port" >"$out/token.txt" 2>/dev/null & gw=$!
pids+=("$gw")
for _ in $(seq 100); do [ -s "$out/token.txt" ] && break; sleep 0.2; done
rt=$(cat "$out/token.txt"); rm -f "$out/token.txt"
[ -n "$rt" ] || { echo "the fake gateway did not start" >&2; exit 1; }
gateway=http://127.0.0.1:$port
url=$gateway/cams-auth/oauth/token
wall_ms() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; echo $((($(date +%s%N) - s) / 1000000)); }
"$launcher" refresh -g "$gateway" -t "$rt" -o access-token >/dev/null
"$java17" -cp "$out/bare-refresh" BareRefresh "$url" "$rt" >/dev/null
echo "pair,installed_ms,bare_ms,load1" >"$out/cli.csv"
for i in $(seq $((pairs * 2))); do
  if [ $((i % 2)) = 1 ]; then a=$(wall_ms "$launcher" refresh -g "$gateway" -t "$rt" -o access-token); b=$(wall_ms "$java17" -cp "$out/bare-refresh" BareRefresh "$url" "$rt")
  else b=$(wall_ms "$java17" -cp "$out/bare-refresh" BareRefresh "$url" "$rt"); a=$(wall_ms "$launcher" refresh -g "$gateway" -t "$rt" -o access-token); fi
  echo "$i,$a,$b,$(load)" >>"$out/cli.csv"
done
cli_ms=$(col "$out/cli.csv" 2 | median); bare_cli_ms=$(col "$out/cli.csv" 3 | median); cli_load=$(col "$out/cli.csv" 4 | median)
bruno="not measured (no \`bru\` on this machine)"
if command -v bru >/dev/null; then bruno="bru installed: see bench/cli-bench.sh"; fi

# ---- first refresh in the window: click -> tokens rendered, over the server's own answer time ----
server_before=$("$java17" bench/ServerAnswerTime.java "$url" "$rt" | sed -n 's/^server_answer_median_ms=//p')
firsts=()
for i in $(seq "$pairs"); do
  rm -rf "$TOKEN_REFRESHER_HOME"; mkdir -p "$TOKEN_REFRESHER_HOME"
  JDK_JAVA_OPTIONS="-Dtokenrefresher.bench.refresh=$gateway -Dtokenrefresher.bench.token=$rt" \
    timeout 60 "$launcher" >/dev/null 2>"$out/first.err" || true
  f=$(sed -n 's/^first-refresh-ms=//p' "$out/first.err" | head -1)
  [ -n "$f" ] || { echo "no first-refresh marker:" >&2; cat "$out/first.err" >&2; exit 1; }
  firsts+=("$f"); echo "  first refresh $i: $f ms, load $(load)" >&2
done
server_after=$("$java17" bench/ServerAnswerTime.java "$url" "$rt" | sed -n 's/^server_answer_median_ms=//p')
server_ms=$(printf '%s\n%s\n' "$server_before" "$server_after" | median)
first_ms=$(printf '%s\n' "${firsts[@]}" | median); first_load=$(load)
over=$(awk -v f="$first_ms" -v s="$server_ms" 'BEGIN { printf "%+.0f", f - s }')

deb=${DEB:-$(ls target/installer/token-refresher_*.deb 2>/dev/null | head -1 || true)}
deb_mb=$([ -f "$deb" ] && awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f MB", b / 1e6 }' || echo "no .deb")

{
  echo "Installed app benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, app $app_dir ($("$app_dir/lib/runtime/bin/java" -version 2>&1 | head -1)), baselines on $("$java17" -version 2>&1 | head -1)"
  echo
  echo "| figure | installed | baseline | ratio / difference | goal | load |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| launch -> main window shown, median of $pairs pairs (ms) | $inst_ms | bare window $bare_ms | **$(ratio "$inst_ms" "$bare_ms")x** | <= 0.8x | $launch_load |"
  echo "| portable jar on Java 17, same pairs (ms) | $port_ms | bare window $bare_ms | $(ratio "$port_ms" "$bare_ms")x | not worse | $launch_load |"
  echo "| bare window spread (p75-p25)/median | | ${best_spread}% | | <= ${max_spread}% | |"
  echo "| peak RSS after the first frame, median of 3 (MiB) | $((inst_kb / 1024)) | bare window $((bare_kb / 1024)) | **$(ratio "$inst_kb" "$bare_kb")x** | <= 1.1x | $mem_load |"
  echo "| \`refresh\` command wall time, median of $((pairs * 2)) pairs (ms) | $cli_ms | BareRefresh $bare_cli_ms | **$(ratio "$cli_ms" "$bare_cli_ms")x** | <= 0.4x | $cli_load |"
  echo "| \`refresh\` vs Bruno CLI | | $bruno | | <= 0.12x | |"
  echo "| first refresh in the window, click -> tokens rendered, median of $pairs (ms) | $first_ms | server $server_ms | **$over ms** | <= +120 ms | $first_load |"
  echo "| .deb size | $deb_mb | | | <= 30 MB | |"
} | tee "$out/summary.md"
