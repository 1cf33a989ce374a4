#!/usr/bin/env bash
# Start-up benchmark of `token-refresher refresh` against the local fake gateway (re-runnable).
#
# Compares, for the same refresh against the same server:
#   bare          a bare Java program doing one HttpClient POST (BareRefresh.java, compiled to a jar)
#   cli-jar       java -jar target/token-refresher.jar refresh ...            (no JVM options)
#   installed-command   token-refresher refresh ... from the installed .deb: the command on the PATH
#                       (its own runtime, AppCDS archive, C1, serial GC; see bench/cli.md)
#   installed-launcher  the same through the native jpackage launcher /opt/token-refresher/bin/token-refresher
#   java-version  java -version, the JVM's own floor
# and the peak RSS of each (/usr/bin/time, median of several runs).
#
# Builds nothing of the project: run `mvn -o -q package` first (it leaves target/token-refresher.jar
# and target/test-classes, where the fake gateway lives). Needs hyperfine (apt-get install hyperfine).
#
# Usage: bench/cli-bench.sh [RUNS]   (default 20; writes bench/results/*.md|json)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
PORT=${BENCH_PORT:-18199}
JAR=target/token-refresher.jar
WORK=bench/out
RESULTS=bench/results
mkdir -p "$WORK" "$RESULTS"

[ -f "$JAR" ] || { echo "missing $JAR: run 'mvn -o -q package' first" >&2; exit 2; }
[ -f target/test-classes/io/tokenrefresher/testing/FakeGatewayMain.class ] \
  || { echo "missing target/test-classes: run 'mvn -o -q package' (tests may be skipped, not their compilation)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install -y hyperfine" >&2; exit 2; }

# the yardstick, compiled like any program would be shipped
javac -d "$WORK/bare" bench/BareRefresh.java
jar --create --file "$WORK/bare-refresh.jar" -C "$WORK/bare" .

# the fake gateway: its classes from the test build, Jackson and java-jwt from the shaded jar
java -cp "target/test-classes:$JAR" io.tokenrefresher.testing.FakeGatewayMain "$PORT" \
  >"$WORK/refresh-token.txt" 2>"$WORK/gateway.log" &
GATEWAY_PID=$!
trap 'kill $GATEWAY_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$WORK/refresh-token.txt" ] && break; sleep 0.2; done
RT=$(cat "$WORK/refresh-token.txt")
[ -n "$RT" ] || { echo "the fake gateway did not start:" >&2; cat "$WORK/gateway.log" >&2; exit 1; }
GW=http://127.0.0.1:$PORT
URL=$GW/cams-auth/oauth/token

# the installed app, when there is one (a .deb: mvn -B -Pinstaller package -DskipTests, then
# dpkg -i target/installer/token-refresher_*.deb): the command on the PATH (the script
# /opt/token-refresher/bin/token-refresher.sh, with the AppCDS archive postinst made) and the native
# jpackage launcher (same JVM options and archive, plus its rpm/dpkg queries)
INSTALLED=()
CLI_CMD=/usr/bin/token-refresher
CLI_LAUNCHER=/opt/token-refresher/bin/token-refresher
if [ -x "$CLI_CMD" ] && [ -x "$CLI_LAUNCHER" ]; then
  INSTALLED=(-n installed-command "$CLI_CMD refresh -g $GW -t $RT -o access-token"
             -n installed-launcher "$CLI_LAUNCHER refresh -g $GW -t $RT -o access-token")
else
  echo "no installed app ($CLI_CMD, $CLI_LAUNCHER): the installed rows are skipped" >&2
fi

BARE="java -cp $WORK/bare-refresh.jar BareRefresh $URL $RT"
CLI_JAR="java -jar $JAR refresh -g $GW -t $RT -o access-token"
JAVA_VERSION="java -version"

# every command must work before it is timed
for c in "$BARE" "$CLI_JAR" ${INSTALLED[2]:+"${INSTALLED[2]}"} ${INSTALLED[5]:+"${INSTALLED[5]}"}; do $c >/dev/null; done

hyperfine --warmup 3 --runs "$RUNS" --style basic --export-markdown "$RESULTS/startup.md" \
  --export-json "$RESULTS/startup.json" \
  -N -n bare "$BARE" -n cli-jar "$CLI_JAR" "${INSTALLED[@]}" \
  -n java-version "$JAVA_VERSION" \
  >"$WORK/hyperfine.log"
cat "$RESULTS/startup.md"

peak_rss() { # median peak RSS in MiB of 7 runs
  for _ in 1 2 3 4 5 6 7; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done \
    | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1024}'
}
{
  echo
  echo "| Command | Peak RSS (MiB, median of 7) |"
  echo "|:---|---:|"
  echo "| bare | $(peak_rss $BARE) |"
  echo "| cli-jar | $(peak_rss $CLI_JAR) |"
  if [ ${#INSTALLED[@]} -gt 0 ]; then
    echo "| installed-command | $(peak_rss ${INSTALLED[2]}) |"
    echo "| installed-launcher | $(peak_rss ${INSTALLED[5]}) |"
  fi
  echo "| java-version | $(peak_rss java -version) |"
} | tee "$RESULTS/memory.md"

# ratios the issue asks for
python3 - "$RESULTS/startup.json" <<'PY' | tee "$RESULTS/summary.md"
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print()
print("| Command | wall mean (s) | wall median (s) | CPU user+sys (s) |")
print("|:---|---:|---:|---:|")
for name, x in r.items():
    print(f"| {name} | {x['mean']:.3f} | {x['median']:.3f} | {x['user'] + x['system']:.3f} |")
bare = r["bare"]
cpu = lambda x: x["user"] + x["system"]
print()
print(f"cli-jar / bare: wall {r['cli-jar']['median'] / bare['median']:.2f} (median), "
      f"CPU {cpu(r['cli-jar']) / cpu(bare):.2f}  (limit 1.10)")
for n in ("installed-command", "installed-launcher"):
    if n in r:
        print(f"{n}: wall {r[n]['median']:.3f} s median, {r[n]['median'] / bare['median']:.2f} x bare  (limit 0.500 s)")
PY
echo; echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
