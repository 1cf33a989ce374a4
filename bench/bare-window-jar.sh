#!/usr/bin/env bash
# Builds bench/out/bare-window.jar, the baseline window of the benchmarks: bench/BareWindow.java with the
# same JavaFX jars the app's shaded jar holds (from target/test-cp.txt), unpacked into one fat jar with a
# plain launcher, so it starts like the app's portable jar does. Used by run.sh and installed-bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
[ -f target/test-cp.txt ] || mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt >/dev/null
rm -rf "$out/bare" && mkdir -p "$out/bare/classes"
fx_jars=$(tr ':' '\n' < target/test-cp.txt | grep '/org/openjfx/javafx-' | paste -sd: -)
(cd "$out/bare/classes" && for j in ${fx_jars//:/ }; do unzip -qo "$j"; done && rm -rf module-info.class META-INF)
javac -d "$out/bare/classes" -cp "$fx_jars" bench/BareWindow.java
printf 'Main-Class: BareWindow\nMulti-Release: true\n' > "$out/bare/manifest.txt"
jar --create --file "$out/bare-window.jar" --manifest "$out/bare/manifest.txt" -C "$out/bare/classes" .
