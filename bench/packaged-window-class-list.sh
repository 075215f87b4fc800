#!/usr/bin/env bash
# The packaged app's start-up archive made from today's class list (A: `status` plus every class of the window's
# jars) against one that also holds what two real window runs load (B), alternating on the same app image
# (docs/decisions/0045). Build the image with its archive first:
#   ./mvnw -pl packaging -am package -DskipTests -Darchive.skip=false
#   bench/packaged-window-class-list.sh [pairs]        (default 3)
# Records B's window runs under Xvfb (a first start on a new home, then a relaunch on the session it saved; each closed
# with Ctrl+Q once its start is over), makes archive B with the image's launcher, then relaunches the window on that
# home with A and B in turn (-Xshare:on) and prints, for each, the load, and ms / s of CPU after the JVM's start at
# "Window shown" and "First frame on screen"; last, one run of each with -Xlog:class+load counts the classes not taken
# from the archive before the window. Needs Xvfb and xdotool. Puts everything in packaging/target/window-class-list/
# and leaves archive A in the image. WINDOW_CLASS_LIST_DISPLAY=74 uses the X server at :74 instead of starting Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-3}
image=packaging/target/jpackage/image/Backchannel
app=$image/lib/app
jsa=$app/backchannel.jsa
work=$PWD/packaging/target/window-class-list
[ -f "$jsa" ] || { echo "no archive in $image; build it with -Darchive.skip=false" >&2; exit 2; }
for tool in Xvfb xdotool; do command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done
rm -rf "$work" && mkdir -p "$work"
cp "$jsa" "$work/A.jsa"

if [ -n "${WINDOW_CLASS_LIST_DISPLAY:-}" ]; then
    export DISPLAY=:$WINDOW_CLASS_LIST_DISPLAY # an X server already running there
else
    # Xvfb picks a free display and prints its number once it takes clients.
    exec 3< <(Xvfb -displayfd 1 -screen 0 1600x1000x24 -nolisten tcp 2>/dev/null & echo "pid $!")
    read -r _ xvfb <&3
    read -r display <&3
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    export DISPLAY=:$display
fi

# $1: log; $2: the line that ends the start; then the command. Closes the window as a user does, once the start is over.
run_window() {
    local log=$1 done=$2; shift 2
    BACKCHANNEL_HOME=$work/home "$@" >"$log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 3000); do grep -q "$done" "$log" && break; kill -0 $pid 2>/dev/null || break; sleep 0.2; done
    sleep 4 # the session saved, as it is a few seconds after a change
    for window in $(xdotool search --name '^Backchannel$'); do xdotool key --window "$window" ctrl+q 2>/dev/null || true; done
    wait $pid || true
}

figures() {
    grep -o "\(Window shown\|First frame on screen\) [0-9]* ms after the JVM started, [0-9.]* s" "$1" \
        | sed 's/ ms after the JVM started, / ms, /; s/$/ of CPU/' | paste -sd';'
}

java=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java
run_window "$work/record-1.log" "settled after" "$java" -Xshare:off -XX:DumpLoadedClassList="$work/window-1.classlist" -cp "$app/*" org.backchannel.app.Main
run_window "$work/record-2.log" "Session reopened" "$java" -Xshare:off -XX:DumpLoadedClassList="$work/window-2.classlist" -cp "$app/*" org.backchannel.app.Main
# Today's list, then the window runs' lines it lacks, without the lines Java 17 cannot parse.
awk 'length($0) <= 4095 && !/^#/ && NF && !seen[$0]++' "$app/backchannel.classlist" "$work/window-1.classlist" "$work/window-2.classlist" >"$work/B.classlist"
echo "class lists: A $(wc -l <"$app/backchannel.classlist") lines, B $(wc -l <"$work/B.classlist")"
rm -f "$jsa"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/B.classlist -Xlog:disable -Xlog:all=error:stderr" "$image/bin/Backchannel" >"$work/dump-B.log" 2>&1
mv "$jsa" "$work/B.jsa"

for i in $(seq 1 "$pairs"); do
    for variant in A B; do
        cp "$work/$variant.jsa" "$jsa"
        load=$(cut -d' ' -f1 /proc/loadavg)
        run_window "$work/start-$variant-$i.log" "Session reopened" env JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/Backchannel"
        echo "pair $i, $variant (load $load): $(figures "$work/start-$variant-$i.log")"
        rm -f "$jsa"
    done
done
for variant in A B; do
    cp "$work/$variant.jsa" "$jsa"
    run_window "$work/classes-$variant.log" "Session reopened" \
        env JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/classes-$variant.txt:uptime" "$image/bin/Backchannel"
    shown=$(grep -o "Window shown [0-9]*" "$work/classes-$variant.log" | grep -o "[0-9]*$")
    awk -v limit="$shown" -v variant="$variant" -F'[][]' '{ t = $2; sub("s", "", t); if (t * 1000 <= limit) {
            if ($0 ~ /shared objects file/) shared++; else if ($0 ~ /Lambda|0x/) made++; else read++ } }
        END { printf "%s, before the window: %d classes from the archive, %d generated, %d read from jars or the runtime\n", variant, shared, made, read }' \
        "$work/classes-$variant.txt"
    rm -f "$jsa"
done
cp "$work/A.jsa" "$jsa"
