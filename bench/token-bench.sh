#!/usr/bin/env bash
# The cached answer of `token-refresher token` against `java -version`, side by side (issue 12: the
# goal is within 2.5x of `java -version` on the installed command).
#
# Sets up a throw-away data folder (TOKEN_REFRESHER_HOME=bench/out/token-home) with one profile whose
# token cache holds a fresh pair from the local fake gateway, checks the answer comes from the cache
# (json "refreshed": false, one request at the gateway in all), then times both commands alternately:
# with hyperfine when it is installed, else a loop taking the median of RUNS wall times each.
#
# Builds nothing: run `mvn -o -q package -DskipTests` first (target/token-refresher.jar and the fake
# gateway in target/test-classes). The installed command (/usr/bin/token-refresher) is measured too
# when it is there.
#
# Usage: bench/token-bench.sh [RUNS]   (default 20; writes bench/results/token.md)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
PORT=${BENCH_PORT:-18198}
JAR=target/token-refresher.jar
WORK=bench/out
RESULTS=bench/results
export TOKEN_REFRESHER_HOME=$PWD/$WORK/token-home
mkdir -p "$WORK" "$RESULTS"
rm -rf "$TOKEN_REFRESHER_HOME"

[ -f "$JAR" ] || { echo "missing $JAR: run 'mvn -o -q package -DskipTests' first" >&2; exit 2; }
[ -f target/test-classes/io/tokenrefresher/testing/FakeGatewayMain.class ] \
  || { echo "missing target/test-classes: run 'mvn -o -q package -DskipTests' first" >&2; exit 2; }

java -cp "target/test-classes:$JAR" io.tokenrefresher.testing.FakeGatewayMain "$PORT" \
  >"$WORK/token-refresh-token.txt" 2>"$WORK/token-gateway.log" &
GATEWAY_PID=$!
trap 'kill $GATEWAY_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$WORK/token-refresh-token.txt" ] && break; sleep 0.2; done
RT=$(cat "$WORK/token-refresh-token.txt")
[ -n "$RT" ] || { echo "the fake gateway did not start:" >&2; cat "$WORK/token-gateway.log" >&2; exit 1; }

# a profile, and a pair in its token cache (refresh --profile stores it there, as the window would)
java -jar "$JAR" profiles add bench -g "http://127.0.0.1:$PORT" --placement form >/dev/null
java -jar "$JAR" refresh --profile bench -t "$RT" -o access-token >/dev/null
ANSWER=$(java -jar "$JAR" token --profile bench -o json)
echo "$ANSWER" | grep -q '"refreshed" : false' \
  || { echo "the token command did not answer from the cache:" >&2; echo "$ANSWER" >&2; exit 1; }

TOKEN_JAR="java -jar $JAR token --profile bench"
JAVA_VERSION="java -version"
COMMANDS=("java-version" "$JAVA_VERSION" "token-jar" "$TOKEN_JAR")
# without an installed app, the nearest to it: the jar with the installed command's JVM options and an
# AppCDS archive trained on this very command (the installer's archive is trained on refresh/decode)
JSA=$WORK/token-bench.jsa
INSTALLED_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
java $INSTALLED_OPTS -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" token --profile bench >/dev/null 2>&1
COMMANDS+=("token-jar-appcds" "java $INSTALLED_OPTS -XX:SharedArchiveFile=$JSA -jar $JAR token --profile bench")
if [ -x /usr/bin/token-refresher ]; then
  COMMANDS+=("token-installed" "/usr/bin/token-refresher token --profile bench")
else
  echo "no installed command (/usr/bin/token-refresher): measuring java -jar only" >&2
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if command -v hyperfine >/dev/null; then
  ARGS=()
  for ((i = 0; i < ${#COMMANDS[@]}; i += 2)); do ARGS+=(-n "${COMMANDS[i]}" "${COMMANDS[i + 1]}"); done
  hyperfine --warmup 3 --runs "$RUNS" --style basic -N --export-json "$WORK/token-bench.json" "${ARGS[@]}" \
    >"$WORK/token-hyperfine.log"
  MEDIANS=$(python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]: print(r["command"], r["median"]*1000)' "$WORK/token-bench.json")
else
  echo "hyperfine not installed: alternating loop, $RUNS runs each, medians" >&2
  : >"$WORK/token-times.txt"
  for _ in 1 2 3; do for ((i = 1; i < ${#COMMANDS[@]}; i += 2)); do ${COMMANDS[i]} >/dev/null 2>&1; done; done
  for _ in $(seq "$RUNS"); do
    for ((i = 0; i < ${#COMMANDS[@]}; i += 2)); do
      start=$(date +%s%N)
      ${COMMANDS[i + 1]} >/dev/null 2>&1
      end=$(date +%s%N)
      echo "${COMMANDS[i]} $(((end - start) / 1000))" >>"$WORK/token-times.txt"
    done
  done
  MEDIANS=$(for ((i = 0; i < ${#COMMANDS[@]}; i += 2)); do
    grep "^${COMMANDS[i]} " "$WORK/token-times.txt" | awk '{print $2}' | sort -n \
      | awk -v n="${COMMANDS[i]}" '{a[NR]=$1} END {printf "%s %.1f\n", n, a[int((NR+1)/2)]/1000}'
  done)
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "| Command | wall median (ms) | x java -version |"
  echo "|:---|---:|---:|"
  BASE=$(echo "$MEDIANS" | awk '$1 == "java-version" {print $2}')
  echo "$MEDIANS" | awk -v b="$BASE" '{printf "| %s | %.1f | %.2f |\n", $1, $2, $2 / b}'
  echo
  echo "runs: $RUNS each; machine: $(nproc) cores, load before $LOAD_BEFORE, after $LOAD_AFTER;" \
    "$(java -version 2>&1 | head -1)"
  echo "goal (issue 12): the installed command within 2.5x of java -version"
} | tee "$RESULTS/token.md"
