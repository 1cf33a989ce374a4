#!/usr/bin/env bash
# CI check of the Linux installer, as a QA tester would meet it (Debian/Ubuntu, as root):
#   1. builds the app image and the .deb with the documented command (mvn -Pinstaller package)
#   2. checks sizes and what the .deb declares (GTK 3, a CJK font, the CDS archive, both AOT caches,
#      JavaFX only once)
#   3. installs the .deb with dpkg -i
#   4. runs the installed launcher with --version (no display): prints "Token Refresher <version>", exit 0,
#      and with a command (decode), which must work without JavaFX or a display
#   5. starts the installed GUI (the menu entry's command) under Xvfb with a small window manager (openbox, which draws the window's
#      title bar and icon), waits for its window, takes a screenshot (target/installer/installed-window.png),
#      closes the window as a user would (wmctrl: the WM's close request) and expects the app to exit 0
#   6. checks from the JVM's own log (class+load: "source: shared objects file") that the installed app
#      maps its AOT caches, window and command line, where it is installed; then puts deliberately stale
#      caches (trained for other jars) in their place: commands and the window must still work
#   7. compares the time to the first window with `java -jar target/token-refresher.jar` on the full JDK
#   8. uninstalls (dpkg -r) and checks that nothing is left in /opt or the menu
# Installs what it needs itself with apt-get: fakeroot binutils xdg-utils (jpackage's .deb build),
# the JDK's jmods if missing (jlink), xvfb openbox wmctrl x11-utils imagemagick (the GUI check).
# Env: SKIP_BUILD=1 reuses target/installer/*.deb; MAX_DEB_MB (default 52).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

say() { printf '[ci-installer] %s\n' "$*"; }
fail() { printf '[ci-installer] FAIL: %s\n' "$*" >&2; exit 1; }

# 28 MB before the AOT caches; they add 14 MB compressed, the Java 25 runtime 5 MB (packaging/README.md);
# 48.1 MB with BouncyCastle for SM2 (trimmed) and this wave's features, whose classes the caches hold too.
# A guard against accidental growth, not the goal (issue 15's 30 MB is out of reach with the caches).
MAX_DEB_MB=${MAX_DEB_MB:-52}
out=target/installer
app=/opt/token-refresher
launcher=$app/bin/token-refresher
logs=target/installer-check   # logs of Xvfb, the window manager and the app
mkdir -p "$logs"

# --- tools --------------------------------------------------------------------------------------
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")
need=(fakeroot binutils xdg-utils xvfb openbox wmctrl x11-utils imagemagick)
if [ ! -e "$java_home/jmods/java.base.jmod" ]; then
  # Debian ships the JDK's jmods (needed by jlink) in their own package
  need+=("openjdk-$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/.*java.specification.version = //p')-jmods")
fi
say "installing: ${need[*]}"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

# --- build --------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-}" != 1 ]; then
  say "building: mvn -B -Pinstaller package -DskipTests"
  mvn -B -q -Pinstaller package -DskipTests
fi
deb=$(ls "$out"/token-refresher_*.deb 2>/dev/null | head -1)
tgz=$(ls "$out"/token-refresher-*-linux-*.tar.xz 2>/dev/null | head -1)
image=target/installer-work/image/token-refresher
[ -f "$deb" ] || fail "no .deb in $out"
[ -f "$tgz" ] || fail "no app-image archive in $out"
[ -x "$image/bin/token-refresher" ] || fail "no app image at $image"
version=$(sed -n 's/^version=//p' target/classes/io/tokenrefresher/core/version.properties)
[ -n "$version" ] || fail "no version in target/classes/.../version.properties"

# --- sizes and package metadata --------------------------------------------------------------------
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
jar_bytes=$(stat -c %s target/token-refresher.jar)
image_bytes=$(du -sb "$image" | cut -f1)
deb_bytes=$(stat -c %s "$deb")
tgz_bytes=$(stat -c %s "$tgz")
say "sizes: portable jar $(mb "$jar_bytes"), app image $(mb "$image_bytes") ($(mb "$tgz_bytes") as $(basename "$tgz")), .deb $(mb "$deb_bytes") ($(basename "$deb"))"
[ "$deb_bytes" -lt $((MAX_DEB_MB * 1000000)) ] || fail ".deb is $(mb "$deb_bytes"), over ${MAX_DEB_MB} MB"

info=$(dpkg-deb -f "$deb" Package Version Depends Section)
say "control: $(echo "$info" | grep -v '^Depends' | tr '\n' ' ')"
depends=$(dpkg-deb -f "$deb" Depends)
for want in 'libgtk-3-0' 'fonts-wqy-microhei | fonts-noto-cjk'; do
  grep -qF "$want" <<<"$depends" || fail "Depends lacks '$want': $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "package version is not $version-1"
contents=$(dpkg-deb -c "$deb")
grep -q "\./opt/token-refresher/lib/runtime/lib/server/classes.jsa" <<<"$contents" || fail "no CDS archive in the runtime"
for cache in token-refresher.aot token-refresher-cli.aot; do
  grep -q "\./opt/token-refresher/lib/app/$cache" <<<"$contents" || fail "no AOT cache lib/app/$cache in the .deb"
done
grep -q '^JAVA_VERSION="25' "$image/lib/runtime/release" || fail "the runtime is not Java 25: $(grep JAVA_VERSION "$image/lib/runtime/release")"
if grep -qE '\./opt/token-refresher/lib/app/javafx-' <<<"$contents"; then fail "JavaFX jars shipped next to the linked runtime"; fi
grep -q "\./opt/token-refresher/lib/runtime/lib/libglassgtk3.so" <<<"$contents" || fail "JavaFX native libraries not in the runtime's lib/"
say "Depends has GTK 3 and a CJK font; runtime has classes.jsa and JavaFX once (modules + lib/*.so)"

# --- install ------------------------------------------------------------------------------------
# a leftover from an earlier run (installed, or removed with its record kept) is purged first
if dpkg -s token-refresher >/dev/null 2>&1; then dpkg --purge token-refresher >/dev/null; fi
say "dpkg -i $(basename "$deb")"
if ! dpkg -i "$deb"; then
  say "dpkg -i left dependencies open: apt-get -f install"
  apt-get install -f -y -qq --no-install-recommends >/dev/null
fi
[ "$(dpkg-query -W -f '${Status}' token-refresher)" = "install ok installed" ] || fail "token-refresher not installed"
[ -x "$launcher" ] || fail "no launcher $launcher"
desktop=$(ls /usr/share/applications/*token-refresher*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry in /usr/share/applications"
grep -qx 'Name=Token Refresher' "$desktop" || fail "desktop entry name: $(grep '^Name=' "$desktop")"
grep -qx 'Categories=Development;Utility;' "$desktop" || fail "desktop entry categories: $(grep '^Categories=' "$desktop")"
menu_exec=$(sed -n 's/^Exec=//p' "$desktop")
[ -x "$menu_exec" ] || fail "the desktop entry's Exec '$menu_exec' is not an executable"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$icon" ] || fail "desktop entry icon $icon missing"
say "installed: $app ($(du -sh "$app" | cut -f1)), launcher $launcher, menu entry $desktop (icon $icon)"

# --- --version, without a display ----------------------------------------------------------------
got=$(env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" --version) || fail "$launcher --version exited $?"
[ "$got" = "Token Refresher $version" ] || fail "--version printed '$got', expected 'Token Refresher $version'"
say "$launcher --version -> '$got' (exit 0)"

# the command line from the installed launcher: decode the gateway document's sample token (no network)
seed_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX25hbWUiOiJidWxsZnJvZ19jcG1zIiwibmlja19uYW1lIjoi54mb6JuZLWNwbXPlr7nmjqXotKYiLCJleHAiOjE2MzYzMzY3OTgsImF0aSI6ImZiMTM1MjY1In0.c2ln
decoded=$(env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" decode "$seed_token" --output json) \
  || fail "$launcher decode exited $?"
case "$decoded" in
  *bullfrog_cpms*) say "$launcher decode -> claims shown (exit 0)" ;;
  *) fail "decode printed no claims: $decoded" ;;
esac
"$app/lib/runtime/bin/java" -Xshare:on -version >/dev/null 2>&1 || fail "the runtime's CDS archive does not map (-Xshare:on)"
say "the runtime maps its CDS archive (-Xshare:on)"
# The AOT caches, trained at build time in target/ and installed under /opt: the JVM's own class-loading
# log shows whether the classes come from the cache ("source: shared objects file") where it is installed.
# JDK_JAVA_OPTIONS adds the log to the launcher's own options (it writes to a file: stdout stays clean).
runtime_java=$app/lib/runtime/bin/java
shared_share() { # LOG -> "SHARED TOTAL" classes loaded
  awk '/\[class,load\]/ { t++ } /source: shared objects file/ { s++ } END { print s + 0, t + 0 }' "$1"
}
uses_cache() { # LOG CLASS: the class came from the AOT cache
  grep -q " $2 source: shared objects file" "$1"
}
rm -f "$logs"/cli-classes.log
got=$(env -u DISPLAY JDK_JAVA_OPTIONS="-Xlog:class+load=info:file=$logs/cli-classes.log" \
  token-refresher decode "$seed_token" --output json 2>/dev/null) || fail "token-refresher decode with a class log exited $?"
case "$got" in *bullfrog_cpms*) ;; *) fail "decode with a class log printed no claims: $got" ;; esac
uses_cache "$logs/cli-classes.log" io.tokenrefresher.cli.Cli \
  || fail "the command line does not use its AOT cache (io.tokenrefresher.cli.Cli not from the cache)"
read -r shared total < <(shared_share "$logs/cli-classes.log")
say "the command line maps lib/app/token-refresher-cli.aot: $shared of $total classes from the cache"
grep -q -- '-XX:AOTCache=$APPDIR/token-refresher.aot' "$app/lib/app/token-refresher.cfg" \
  || fail "the launcher does not name the window's AOT cache"
grep -q -- '-XX:AOTCache=$APPDIR/$CACHE' "$app/bin/token-refresher.sh" \
  && grep -q 'CACHE=token-refresher-cli.aot' "$app/bin/token-refresher.sh" \
  && grep -q 'CACHE=token-refresher.aot' "$app/bin/token-refresher.sh" \
  || fail "the launcher script does not name the AOT caches"
# the command on the PATH: the script that skips the native launcher's package-manager queries
[ "$(readlink /usr/bin/token-refresher)" = "$app/bin/token-refresher.sh" ] \
  || fail "/usr/bin/token-refresher is not the launcher script: $(ls -l /usr/bin/token-refresher 2>&1)"
got=$(env -u DISPLAY token-refresher --version) || fail "token-refresher --version (PATH) exited $?"
[ "$got" = "Token Refresher $version" ] || fail "token-refresher --version (PATH) printed '$got'"
decoded=$(env -u DISPLAY token-refresher decode "$seed_token" --output json) || fail "token-refresher decode (PATH) exited $?"
case "$decoded" in *bullfrog_cpms*) ;; *) fail "token-refresher decode (PATH) printed no claims: $decoded" ;; esac
say "token-refresher on the PATH -> $(readlink /usr/bin/token-refresher): --version and decode work"
say "AOT caches: window $(du -h "$app/lib/app/token-refresher.aot" | cut -f1), command line $(du -h "$app/lib/app/token-refresher-cli.aot" | cut -f1)"

# Deliberately stale caches: trained by the installed runtime for a copy of the app's jars in which the
# app jar differs (one more entry), so they do not match the installed jars. The JVM must start without
# them, silently (nothing on stdout), for a command and for the window (checked with the GUI below).
stale=$PWD/$logs/stale && rm -rf "$stale" && mkdir -p "$stale/app" "$stale/extra"
cp -p "$app"/lib/app/*.jar "$stale/app/"
echo stale >"$stale/extra/stale.txt"
(cd "$stale/extra" && "$java_home/bin/jar" uf "$stale/app/token-refresher-$version.jar" stale.txt)
stale_cp=$(sed -n "s|^app.classpath=\$APPDIR|$stale/app|p" "$app/lib/app/token-refresher.cfg" | paste -sd: -)
for mode in cli window; do
  env -u DISPLAY TOKEN_REFRESHER_HOME="$stale/home" "$runtime_java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -XX:AOTCacheOutput="$stale/$mode.aot" -cp "$stale_cp" io.tokenrefresher.app.Main --train-startup-archive "$mode" \
    >"$logs/stale-$mode.log" 2>&1 || true
  [ -s "$stale/$mode.aot" ] || fail "could not make a stale $mode cache: $(tail -5 "$logs/stale-$mode.log")"
done
cp -p "$app/lib/app/token-refresher.aot" "$stale/good-window.aot"
cp -p "$app/lib/app/token-refresher-cli.aot" "$stale/good-cli.aot"
cp "$stale/cli.aot" "$app/lib/app/token-refresher-cli.aot"
rm -f "$logs/stale-classes.log"
got=$(env -u DISPLAY JDK_JAVA_OPTIONS="-Xlog:class+load=info:file=$logs/stale-classes.log" token-refresher --version 2>/dev/null) \
  || fail "token-refresher --version with a stale cache exited $?"
[ "$got" = "Token Refresher $version" ] || fail "with a stale cache --version printed '$got'"
if uses_cache "$logs/stale-classes.log" io.tokenrefresher.app.Main; then fail "a stale AOT cache was used"; fi
head -c 1000000 "$stale/good-cli.aot" >"$app/lib/app/token-refresher-cli.aot"   # and a truncated one
got=$(env -u DISPLAY token-refresher --version 2>/dev/null) || fail "token-refresher --version with a truncated cache exited $?"
[ "$got" = "Token Refresher $version" ] || fail "with a truncated cache --version printed '$got'"
cp -p "$stale/good-cli.aot" "$app/lib/app/token-refresher-cli.aot"
say "a stale and a truncated command-line cache: --version still prints only '$got' (exit 0), the cache unused"

# --- the GUI under Xvfb --------------------------------------------------------------------------
disp=:$((200 + RANDOM % 100))
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
gui_pid=
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
  [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "${gui_home:-/nonexistent}"
}
trap cleanup EXIT
export DISPLAY=$disp
# a fresh home: no saved window bounds or profiles from earlier runs, nothing left in root's home
gui_home=$(mktemp -d)
export HOME=$gui_home XDG_CONFIG_HOME=$gui_home/.config XDG_DATA_HOME=$gui_home/.local/share
for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
openbox >"$logs/openbox.log" 2>&1 &
wm_pid=$!
sleep 1

# The window of process $1: one titled "Token Refresher", else any window that it maps (the window
# title is the app's to set). Prints the window id; waits up to $2 seconds.
wait_for_window() {
  local pid=$1 limit=$2 start=$SECONDS wid
  while [ $((SECONDS - start)) -lt "$limit" ]; do
    kill -0 "$pid" 2>/dev/null || return 1
    wid=$(wmctrl -l -p 2>/dev/null | awk -v p="$pid" '$3 == p && / Token Refresher$/ { print $1; exit }')
    [ -n "$wid" ] || wid=$(wmctrl -l -p 2>/dev/null | awk -v p="$pid" '$3 == p { print $1; exit }')
    if [ -n "$wid" ]; then echo "$wid"; return 0; fi
    sleep 0.05
  done
  return 1
}

# Time from exec to a mapped window: prints "WALL_MS CPU_MS" (CPU: user+system time of the process
# until then, which a busy machine disturbs far less than wall time); closes the window again.
time_to_window() {
  local t0 pid wid wall cpu
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  wid=$(wait_for_window "$pid" 60) || { kill "$pid" 2>/dev/null; echo "no window from: $*" >&2; return 1; }
  wall=$(( ($(date +%s%N) - t0) / 1000000 ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat")
  wmctrl -i -c "$wid"
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$wall $cpu"
}

say "starting the menu entry's $menu_exec under Xvfb $disp"
rm -f "$logs/window-classes.log"
JDK_JAVA_OPTIONS="-Xlog:class+load=info:file=$logs/window-classes.log" "$menu_exec" >"$logs/installed-app.log" 2>&1 &
gui_pid=$!
wid=$(wait_for_window "$gui_pid" 30) || { tail -20 "$logs/installed-app.log" >&2; fail "no window within 30 s"; }
# wait until it has painted its content (a freshly mapped window is one flat colour), up to 30 s
for _ in $(seq 60); do
  import -window "$wid" "$logs/window.png" 2>/dev/null \
    && [ "$(identify -format %k "$logs/window.png" 2>/dev/null || echo 0)" -gt 64 ] && break
  sleep 0.5
done
sleep 1
title=$(xprop -id "$wid" _NET_WM_NAME 2>/dev/null | sed -n 's/.*= "\(.*\)"$/\1/p')
geometry=$(xwininfo -id "$wid" | awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h }')
icons=$(xprop -id "$wid" -notype _NET_WM_ICON 2>/dev/null | grep -oE 'Icon \([0-9]+ x [0-9]+\)' | sed 's/Icon (\(.*\))/\1/' | tr '\n' ',' | sed 's/,$//; s/ //g')
import -window root "$out/installed-window.png"
say "window $wid '${title}' ${geometry}, $(identify -format %k "$out/installed-window.png") colours, icon(s) set by the app: ${icons:-none}; screenshot $out/installed-window.png"
[ "$title" = "Token Refresher" ] || say "note: the window title is '${title}', not yet 'Token Refresher'"
[ -n "$icons" ] || say "note: the window sets no icons yet (stage.getIcons().setAll(AppIcons.all()))"

say "closing the window (wmctrl -c, as the close button does)"
wmctrl -i -c "$wid"
rc=
for _ in $(seq 150); do
  if ! kill -0 "$gui_pid" 2>/dev/null; then
    set +e; wait "$gui_pid"; rc=$?; set -e
    break
  fi
  sleep 0.1
done
if [ -z "$rc" ]; then
  kill -TERM "$gui_pid"
  set +e; wait "$gui_pid"; rc=$?; set -e
  fail "the app did not exit within 15 s of its window being closed (SIGTERM: $rc)"
fi
gui_pid=
[ "$rc" = 0 ] || fail "the app exited $rc after its window was closed"
say "the app exited 0 after its window was closed"
uses_cache "$logs/window-classes.log" io.tokenrefresher.ui.main.MainController \
  || fail "the window does not use its AOT cache (MainController not from lib/app/token-refresher.aot)"
read -r shared total < <(shared_share "$logs/window-classes.log")
say "the window maps lib/app/token-refresher.aot: $shared of $total classes loaded from the cache"

# the window with the stale cache: it must still show, and close with exit 0
cp "$stale/window.aot" "$app/lib/app/token-refresher.aot"
rm -f "$logs/stale-window-classes.log"
read -r w c < <(JDK_JAVA_OPTIONS="-Xlog:class+load=info:file=$logs/stale-window-classes.log" time_to_window "$menu_exec") \
  || fail "no window with a stale AOT cache"
if uses_cache "$logs/stale-window-classes.log" io.tokenrefresher.app.Main; then fail "a stale window cache was used"; fi
cp -p "$stale/good-window.aot" "$app/lib/app/token-refresher.aot"
say "with a stale window cache the window still shows (after $w ms, CPU $c ms) and the cache is not used"

# --- start-up: installed app vs the portable jar on the full JDK -------------------------------------
full_java="$java_home/bin/java"
runs=${STARTUP_RUNS:-5}
inst_wall=(); inst_cpu=(); jdk_wall=(); jdk_cpu=()
time_to_window "$menu_exec" >/dev/null || true      # warm the page cache (and ~/.openjfx for the jar)
time_to_window "$full_java" -jar target/token-refresher.jar >/dev/null || true
for _ in $(seq "$runs"); do
  read -r w c < <(time_to_window "$menu_exec") || fail "no window from the installed app"
  inst_wall+=("$w"); inst_cpu+=("$c")
  read -r w c < <(time_to_window "$full_java" -jar target/token-refresher.jar) || fail "no window from java -jar"
  jdk_wall+=("$w"); jdk_cpu+=("$c")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
say "start-up to the first window, median of $runs (wall ms / CPU ms):" \
    "installed $(median "${inst_wall[@]}") / $(median "${inst_cpu[@]}")," \
    "java -jar target/token-refresher.jar on the full JDK $(median "${jdk_wall[@]}") / $(median "${jdk_cpu[@]}")"
say "  installed wall ${inst_wall[*]}; cpu ${inst_cpu[*]}"
say "  java -jar  wall ${jdk_wall[*]}; cpu ${jdk_cpu[*]}"
# judged on CPU time, with some slack for noise: a lost CDS archive or compressed classes cost far more
mi=$(median "${inst_cpu[@]}"); mj=$(median "${jdk_cpu[@]}")
[ "$mi" -le $((mj * 12 / 10 + 150)) ] || fail "the installed app needs more CPU to start ($mi ms) than java -jar on the full JDK ($mj ms)"

cleanup
trap - EXIT

# --- uninstall ----------------------------------------------------------------------------------
say "dpkg -r token-refresher"
dpkg -r token-refresher >/dev/null
[ "$(dpkg-query -W -f '${Status}' token-refresher 2>/dev/null)" != "install ok installed" ] || fail "still installed after dpkg -r"
[ ! -e "$launcher" ] || fail "$launcher still there after dpkg -r"
[ ! -e "$desktop" ] || fail "$desktop still there after dpkg -r"
[ ! -e /usr/bin/token-refresher ] && [ ! -L /usr/bin/token-refresher ] || fail "/usr/bin/token-refresher still there after dpkg -r"
[ ! -e "$app" ] || fail "$app still there after dpkg -r: $(find "$app" | head -5)"
say "uninstalled: $app and $desktop are gone"
dpkg --purge token-refresher >/dev/null 2>&1 || true
say "installer check passed"
