#!/usr/bin/env bash
# 1,000 auto-refreshes in one run (issue 11): the real AutoRefresher keeps 20 sessions alive against a
# fake gateway (another process, 2-second access tokens) and prints heap after GC and the thread count
# at 0, 500 and 1,000 refreshes. Neither may grow. Rerunnable; stops by itself (10 minutes at most).
# Usage: bench/keepalive-soak.sh [SESSIONS] [REFRESHES]
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS=${1:-20}
REFRESHES=${2:-1000}
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/test-cp.txt)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -cp "$CP" io.tokenrefresher.testing.FakeGatewayMain "$PORT" --access-lifetime PT2S >/tmp/keepalive-soak-gateway.log 2>&1 &
GW=$!
trap 'kill $GW 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break
  sleep 0.2
done
java -Xmx256m -cp "$CP" io.tokenrefresher.bench.KeepAliveSoak "http://127.0.0.1:$PORT" "$SESSIONS" "$REFRESHES"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
