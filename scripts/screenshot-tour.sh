#!/usr/bin/env bash
# Takes screenshots of the real window under Xvfb against the local fake gateway:
#   1-main.png (a refresh done), 5-advanced.png (the same with Advanced open), 2-error.png (connection
#   refused), 3-expired.png (expired countdown), 4-editor.png (the profile editor), 6-help.png (F1)
# Usage: scripts/screenshot-tour.sh [OUT_DIR]   (after `mvn package`; env LANG_TAG=zh_CN.UTF-8 for Chinese)
#   SIZE=WxH  the screen (default 1280x860); the window then opens as the app fits it to the screen
#   SCALE=1.5 the UI scale, as on a 2560x1440 screen at 150 % (JavaFX's -Dglass.gtk.uiScale)
#   THEME=DARK the dark theme (a settings.json in the fresh profiles folder)
# Needs xvfb, xdotool, xclip, imagemagick, libgtk-3-0, fonts-wqy-microhei (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
mkdir -p "$out"
need=()
for c in Xvfb:xvfb xdotool:xdotool xclip:xclip import:imagemagick; do
  command -v "${c%%:*}" >/dev/null || need+=("${c#*:}")
done
fc-list 2>/dev/null | grep -qiE 'wqy|noto.*cjk' || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" libgtk-3-0 >/dev/null
fi
[ -f target/token-refresher.jar ] || mvn -B -q package -DskipTests
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-cp.txt)"
port=$((20000 + RANDOM % 20000))
disp=:$((200 + RANDOM % 100))
Xvfb "$disp" -screen 0 "${SIZE:-1280x860}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
java -Dsun.net.httpserver.nodelay=true -cp "$cp" io.tokenrefresher.testing.FakeGatewayMain "$port" >target/tour-token.txt 2>/dev/null & gw=$!
expired_port=$((port + 1))
java -Dsun.net.httpserver.nodelay=true -cp "$cp" io.tokenrefresher.testing.FakeGatewayMain "$expired_port" --access-lifetime -PT3M >/dev/null 2>&1 & gw2=$!
trap 'kill $app $gw $gw2 $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$disp
if [ -n "${LANG_TAG:-}" ]; then export LANG="$LANG_TAG" LC_ALL="$LANG_TAG"; fi
export TOKEN_REFRESHER_HOME=$(mktemp -d)   # a fresh profiles folder: first run, example profile
[ -z "${THEME:-}" ] || printf '{"theme":"%s"}' "$THEME" > "$TOKEN_REFRESHER_HOME/settings.json"
# JAVA_OPTS="-Duser.language=zh -Duser.country=CN" shows the Chinese window where no zh_CN locale is installed
java ${SCALE:+-Dglass.gtk.uiScale=$SCALE} ${JAVA_OPTS:-} -jar target/token-refresher.jar >target/tour-app.log 2>&1 & app=$!
for _ in $(seq 60); do
  win=$(xdotool search --name "Token Refresher" 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break; sleep 0.5
done
[ -n "$win" ] || { echo "window did not appear"; exit 1; }
[ -n "${SIZE:-}" ] || { xdotool windowmove "$win" 0 0 windowsize "$win" 1280 860; sleep 1; }
for _ in $(seq 20); do [ -s target/tour-token.txt ] && break; sleep 0.5; done

paste() { # text: replaces the focused field's text
  printf '%s' "$1" | xclip -selection clipboard
  sleep 0.3; xdotool key ctrl+a key ctrl+v; sleep 0.5
}
# the window's own shortcuts, so any screen size works
focus_gateway() { xdotool key ctrl+l; sleep "${STEP_DELAY:-1.5}"; }
focus_token() { xdotool key ctrl+t; sleep "${STEP_DELAY:-1.5}"; }
sleep 3
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus "$win"; sleep 0.5
focus_gateway; paste "http://127.0.0.1:$port"
focus_token; paste "$(cat target/tour-token.txt)"
xdotool key ctrl+Return; sleep 4
import -window root "$out/1-main.png"
xdotool key ctrl+shift+a; sleep 1
import -window root "$out/5-advanced.png"
xdotool key ctrl+shift+a; sleep 1

focus_gateway; paste "http://127.0.0.1:1"
xdotool key ctrl+Return; sleep 3
import -window root "$out/2-error.png"

focus_gateway; paste "http://127.0.0.1:$expired_port"
xdotool key ctrl+Return; sleep 4
import -window root "$out/3-expired.png"

xdotool key ctrl+e; sleep 3      # the profile editor
import -window root "$out/4-editor.png"
xdotool key Escape; sleep 1
xdotool key F1; sleep 1
import -window root "$out/6-help.png"
xdotool key F1
echo "screenshots in $out"
