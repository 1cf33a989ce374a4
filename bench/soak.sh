#!/usr/bin/env bash
# Soak of one window session (issue 16): N refreshes clicked in the real window against a local fake
# gateway with short-lived tokens; heap after GC and live threads after 0, N/2 and N must not grow.
#   bench/soak.sh            (env N=1000 refreshes, SKIP_BUILD=1 to reuse the compiled classes)
# Writes bench/out/soak.txt; exits non-zero when heap or threads grew.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
command -v Xvfb >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb libgtk-3-0 >/dev/null; }
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/test-cp.txt ]; then
  mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt >/dev/null
fi
cp="target/test-classes:target/classes:$(cat target/test-cp.txt)"
disp=:$((500 + RANDOM % 200))
Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$disp
sleep 1
# never the profiles of whoever runs it
export TOKEN_REFRESHER_HOME=$PWD/$out/soak-home
rm -rf "$TOKEN_REFRESHER_HOME" && mkdir -p "$TOKEN_REFRESHER_HOME"
# a fixed heap ceiling, so that growth shows as growth and not as a lazier collector
java -Xmx256m -cp "$cp" io.tokenrefresher.bench.SoakBench "${N:-1000}" 2>"$out/soak.err" | tee "$out/soak.txt"
