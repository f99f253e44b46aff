#!/usr/bin/env bash
# Starts InvoiceDash on a real X server (Xvfb) under a window manager
# (openbox) and checks what the window manager was told about the overlay:
# _NET_WM_STATE_ABOVE (stays on top) and _NET_WM_STATE_SKIP_TASKBAR (no
# taskbar entry), also after click-through was switched on and off again,
# while the main window keeps its taskbar entry.
#   overlay_window_state.sh /path/to/invoicedash
set -euo pipefail
app=${1:?usage: overlay_window_state.sh /path/to/invoicedash}
for tool in Xvfb openbox xprop xdotool; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing; scripts/setup.sh installs it" >&2
        exit 1
    }
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A free display number: Xvfb writes it to the fd given by -displayfd.
exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
display=
for _ in $(seq 100); do
    read -r -t 0.1 -u "$fd" display && break || true
done
[[ -n "$display" ]] || { echo "FAIL: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=:$display

openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
wait_for() { # wait_for SECONDS COMMAND...: until the command succeeds
    local deadline=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}
wait_for 20 sh -c 'xprop -root _NET_SUPPORTING_WM_CHECK | grep -q "window id"' \
    || { echo "FAIL: openbox did not start" >&2; cat "$work/openbox.log" >&2; exit 1; }

export INVOICEDASH_DATA_DIR=$work/data QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8
unset LANGUAGE
"$app" >"$work/app.log" 2>&1 &
pids+=($!)

window_named() { xdotool search --onlyvisible --name "^$1\$" | head -n 1; }
wait_for 30 sh -c 'xdotool search --onlyvisible --name "^InvoiceDash dashboard$" | grep -q .' \
    || { echo "FAIL: the overlay window did not appear" >&2; cat "$work/app.log" >&2; exit 1; }
overlay=$(window_named "InvoiceDash dashboard")
main=$(window_named "InvoiceDash")

failures=0
check_state() { # check_state WINDOW WHAT ATOM yes|no
    local state
    state=$(xprop -id "$1" _NET_WM_STATE)
    if [[ "$state" == *"$3"* ]]; then [[ $4 == yes ]]; else [[ $4 == no ]]; fi || {
        echo "FAIL: $2: expected $3 to be $4, got: $state" >&2
        failures=$((failures + 1))
        return 0
    }
    echo "ok: $2: $3 $4"
}
# The window manager processes the map request asynchronously.
wait_for 10 sh -c "xprop -id $overlay _NET_WM_STATE | grep -q _NET_WM_STATE_ABOVE" || true
check_state "$overlay" "overlay" _NET_WM_STATE_ABOVE yes
check_state "$overlay" "overlay" _NET_WM_STATE_SKIP_TASKBAR yes
check_state "$main" "main window" _NET_WM_STATE_SKIP_TASKBAR no
check_state "$main" "main window" _NET_WM_STATE_ABOVE no

# Click-through on and off (View > Click-Through Dashboard, Ctrl+Shift+T)
# re-maps the overlay's window; it must come back with the same states and
# keep them (a window manager still withdrawing the old mapping may drop
# them a moment later, so each check samples for a second). Three rounds:
# the race does not happen every time.
for round in on off on off on off; do
    xdotool windowactivate --sync "$main" >/dev/null 2>&1 || xdotool windowfocus "$main"
    before=$(grep -c "Overlay click-through $round" "$work/app.log" || true)
    xdotool key --window "$main" ctrl+shift+t
    wait_for 10 sh -c "[ \$(grep -c 'Overlay click-through $round' '$work/app.log') -gt $before ]" \
        || { echo "FAIL: Ctrl+Shift+T did not turn click-through $round" >&2; cat "$work/app.log" >&2; exit 1; }
    wait_for 10 sh -c 'xdotool search --onlyvisible --name "^InvoiceDash dashboard$" | grep -q .' \
        || { echo "FAIL: the overlay vanished after click-through $round" >&2; exit 1; }
    overlay=$(window_named "InvoiceDash dashboard")
    wait_for 10 sh -c "xprop -id $overlay _NET_WM_STATE | grep -q _NET_WM_STATE_ABOVE" || true
    for sample in 1 2 3 4 5; do
        sleep 0.2
        check_state "$overlay" "overlay, click-through $round ($sample)" _NET_WM_STATE_ABOVE yes
        check_state "$overlay" "overlay, click-through $round ($sample)" _NET_WM_STATE_SKIP_TASKBAR yes
    done
done

if ((failures)); then
    echo "--- app log" >&2
    cat "$work/app.log" >&2
    exit 1
fi
echo "overlay window state: OK"
