#!/bin/sh
# Prints the tmux screens used in docs/user-guide.md, one "=== NAME" block each.
#
#   swift build && sh scripts/capture-guide.sh [path/to/fleetplan] > /tmp/screens.txt
#
# Runs the workbench on a copy of docs/examples/payments.fleet.yaml in a private tmux
# server (its own socket), 100x30, and captures the pane after each step.
set -eu
BIN=${1:-$(pwd)/.build/debug/fleetplan}
ROOT=$(pwd)
WORK=$(mktemp -d)
SOCKET=fleetplan-guide-$$
cp "$ROOT/docs/examples/payments.fleet.yaml" "$WORK/payments.fleet.yaml"
t() { tmux -L "$SOCKET" "$@"; }
trap 't kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
shot() { sleep 0.4; echo "=== $1"; t capture-pane -p -t guide; }
start() {
    t new-session -d -s guide -x 100 -y 30 -e LANG=C.UTF-8 -e TERM=tmux-256color -e FLEETPLAN_AUTOSAVE_SECONDS=1 \
        "cd $WORK && exec $BIN payments.fleet.yaml"
    sleep 0.8
}

start
shot start
t send-keys -t guide j j j j j Enter C-u 9
shot editing
t send-keys -t guide Enter
shot edited
t send-keys -t guide BTab
shot findings
t send-keys -t guide u
shot undo
t send-keys -t guide G l
shot modified
t send-keys -t guide C-s
shot saved
t send-keys -t guide l
sleep 2
# Simulate a crash: the recovery copy written after 1 s survives kill -9.
kill -9 "$(pgrep -f "$BIN payments.fleet.yaml" | head -1)"
sleep 0.3
t kill-server 2>/dev/null || true
start
shot recovery
t send-keys -t guide r
shot restored
t send-keys -t guide C-s X
shot export-command
t send-keys -t guide Enter
shot export-dialog
t send-keys -t guide Enter
shot exported
t send-keys -t guide q
