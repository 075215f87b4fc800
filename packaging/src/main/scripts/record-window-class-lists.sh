#!/usr/bin/env bash
# Records the classes two real window runs load, for the start-up archive (decision 0045), where the build machine has
# Xvfb and xdotool: a first window on the store `status` just made, then a relaunch on the session it saved (the last
# session's picture, then live), each closed with Ctrl+Q once its start is over, as a user would.
#   record-window-class-lists.sh JAVA APP-JARS-FOLDER HOME FIRST-LIST RELAUNCH-LIST
# Without Xvfb or xdotool, or when a run does not get through its start, it writes no list and says so: the archive is
# then made from `status` and the window's jars alone, as before. It never fails the build.
set -u
java=$1 jars=$2 home=$3
lists=("$4" "$5")
rm -f "${lists[@]}"
for tool in Xvfb xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "Window class lists: no $tool here; the start-up archive is made from status and the window's jars alone."
        exit 0
    fi
done
# Xvfb picks a free display and prints its number once it takes clients.
exec 3< <(Xvfb -displayfd 1 -screen 0 1600x1000x24 -nolisten tcp 2>/dev/null & echo "$!")
read -r xvfb <&3
read -r -t 60 display <&3 || display=""
trap 'kill "$xvfb" 2>/dev/null' EXIT
if [ -z "$display" ]; then
    echo "Window class lists: Xvfb did not start; the start-up archive is made from status and the window's jars alone."
    exit 0
fi
export DISPLAY=:$display
unset WAYLAND_DISPLAY JAVA_TOOL_OPTIONS
ends=("settled after\|Session reopened" "Session reopened")
for run in 0 1; do
    log=${lists[$run]}.log
    BACKCHANNEL_HOME=$home "$java" -Xshare:off -XX:DumpLoadedClassList="${lists[$run]}" -cp "$jars/*" org.backchannel.app.Main \
        >"$log" 2>&1 &
    app=$!
    started=no
    for _ in $(seq 1 3000); do # ten minutes
        if grep -q "${ends[$run]}" "$log"; then started=yes; break; fi
        kill -0 "$app" 2>/dev/null || break
        sleep 0.2
    done
    # A few seconds for the session to be saved, which the relaunch draws from.
    [ "$started" = yes ] && sleep 4
    for window in $(xdotool search --name '^Backchannel$' 2>/dev/null); do
        xdotool key --window "$window" ctrl+q 2>/dev/null
    done
    for _ in $(seq 1 300); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$app" 2>/dev/null || [ "$started" = no ]; then
        kill -9 "$app" 2>/dev/null
        rm -f "${lists[@]}"
        echo "Window class lists: window run $((run + 1)) did not get through its start (see $log); the start-up archive is made from status and the window's jars alone."
        exit 0
    fi
    wait "$app"
done
echo "Window class lists: $(wc -l <"${lists[0]}") and $(wc -l <"${lists[1]}") lines recorded from two window runs."
