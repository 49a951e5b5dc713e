#!/usr/bin/env bash
# Smoke test of a frozen build: does it start, find its own data, and quit cleanly?
#
#     packaging/smoke_test.sh [FROZEN_DIR]            (default: dist/ovelse; make package-smoke)
#
# The build is copied to a temporary folder and run from there, with no virtual
# environment, no checkout on the path and no display, as a user's machine would; so a
# file the spec forgot, or a path that still points into the checkout, fails here.
#
# The heart of it is `ovelse selftest` (a hidden subcommand, src/ovelse/selftest.py): it
# renders every built-in pack, records a short session, writes the PDF report and the
# exports, builds the main window offscreen and exits 0. With xvfb-run installed it runs a
# second time on a real X server; SMOKE_XCB=0 skips that. SMOKE_TIMEOUT (default 120 s)
# bounds every step.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
SOURCE_DIR=${1:-$ROOT/dist/ovelse}
TIMEOUT=${SMOKE_TIMEOUT:-120}

if [ ! -x "$SOURCE_DIR/ovelse" ]; then
    echo "smoke_test: no frozen build in $SOURCE_DIR (run: make package)" >&2
    exit 2
fi
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -a "$SOURCE_DIR" "$WORK/ovelse"
APP="$WORK/ovelse"
EXE="$APP/ovelse"
DATA=$(dirname "$(find "$APP" -maxdepth 3 -type d -name scenarios -print -quit)")
mkdir -p "$WORK/home" "$WORK/basedir" "$WORK/bin"
ln -s "$EXE" "$WORK/bin/ovelse"  # as /usr/bin/ovelse -> /opt/ovelse/ovelse in the .deb

cd "$WORK" || exit 2
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV DISPLAY WAYLAND_DISPLAY
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
export PATH="/usr/bin:/bin"

failures=0
passed=0
notes=()

# run NAME COMMAND... : runs with a timeout, keeps stdout/stderr in $WORK/NAME.{out,err},
# sets $status and $elapsed.
run() {
    local name=$1
    shift
    local started=$EPOCHREALTIME
    timeout --kill-after=10 "$TIMEOUT" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
    status=$?
    elapsed=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.1f", b - a}')
}

pass() {
    passed=$((passed + 1))
    printf 'ok    %-34s %5ss\n' "$1" "$elapsed"
}

fail() {
    failures=$((failures + 1))
    printf 'FAIL  %-34s %5ss  %s\n' "$1" "$elapsed" "$2"
    for stream in out err; do
        [ -s "$WORK/$1.$stream" ] && sed 's/^/      | /' "$WORK/$1.$stream" | tail -n 25
    done
}

# A frozen build must never announce that it is missing a module, a file or a Qt plugin.
clean_stderr() {
    ! grep -Eqi 'Traceback|ModuleNotFoundError|ImportError|FileNotFoundError|Could not (load|find) the Qt platform plugin|Failed to execute script' "$WORK/$1.err"
}

check() { # check NAME CONDITION-DESCRIPTION : pass/fail on $ok
    if [ "$ok" = 1 ]; then pass "$1"; else fail "$1" "$2"; fi
}

total_started=$EPOCHREALTIME

# 1. --version prints the version pyproject.toml declares.
run version "$EXE" --version
ok=0
[ $status -eq 0 ] && grep -qx "Øvelse $VERSION" "$WORK/version.out" && ok=1
check version "expected exit 0 and «Øvelse $VERSION»"

# 2. The built-in packs load from inside the frozen folder, not from the checkout.
run scenarios "$EXE" scenarios --json
expected=$(find "$DATA/scenarios" -mindepth 2 -maxdepth 2 -name scenario.yaml | wc -l)
listed=$(grep -c '"id":' "$WORK/scenarios.out")
outside=$(grep '"path":' "$WORK/scenarios.out" | grep -vc "\"$DATA/scenarios/")
ok=0
[ $status -eq 0 ] && [ "$expected" -gt 0 ] && [ "$listed" -eq "$expected" ] && [ "$outside" -eq 0 ] &&
    clean_stderr scenarios && ok=1
check scenarios "exit $status, $listed of $expected packs listed, $outside outside the build"

# 3. Every built-in pack validates (YAML loader, schema, sandboxed rendering).
packs=()
for yaml in "$DATA"/scenarios/*/scenario.yaml; do
    [ -e "$yaml" ] && packs+=("$(dirname "$yaml")")
done
if ((${#packs[@]})); then
    run validate "$EXE" validate "${packs[@]}"
    ok=0
    [ $status -eq 0 ] && clean_stderr validate && ok=1
    check validate "exit $status for ${#packs[@]} packs"
fi

# 3b. A built-in pack as a dreiebok workbook and back (openpyxl is in the build).
if ((${#packs[@]})); then
    run dreiebok-export "$EXE" export-dreiebok "${packs[0]}" -o "$WORK/dreiebok.xlsx"
    ok=0
    [ $status -eq 0 ] && [ -s "$WORK/dreiebok.xlsx" ] && clean_stderr dreiebok-export && ok=1
    check dreiebok-export "exit $status, or no workbook written"
    run dreiebok-import "$EXE" import-dreiebok "$WORK/dreiebok.xlsx" --media "${packs[0]}" \
        -o "$WORK/dreiebok-pakke"
    ok=0
    [ $status -eq 0 ] && [ -f "$WORK/dreiebok-pakke/scenario.yaml" ] &&
        clean_stderr dreiebok-import && ok=1
    check dreiebok-import "exit $status, or no pack written"
fi

# 4. The JSON Schema is generated and the shipped copy is in the build.
run schema "$EXE" schema
ok=0
[ $status -eq 0 ] && grep -qF "\"\$defs\"" "$WORK/schema.out" &&
    [ -f "$DATA/ovelse/scenario/scenario.schema.json" ] && ok=1
check schema "exit $status, or scenario.schema.json missing from the build"

# 5. Started through a symlink, from another directory (the .deb's /usr/bin/ovelse).
run symlink "$WORK/bin/ovelse" scenarios
ok=0
[ $status -eq 0 ] && clean_stderr symlink && ok=1
check symlink "exit $status when started through a symlink"

# 5b. The compiled translations are in the build: help in nynorsk and in English.
run languages sh -c '"$1" --lang nn --help && "$1" --lang en --help' sh "$EXE"
ok=0
[ $status -eq 0 ] && grep -q "kommandoar" "$WORK/languages.out" &&
    grep -q "commands" "$WORK/languages.out" && clean_stderr languages && ok=1
check languages "exit $status, or --help not in nynorsk and English"

# 6. The hidden selftest: every pack rendered, a short session recorded, the PDF report
#    and the CSV/JSON exports written, the main window built offscreen.
run selftest "$EXE" --basedir "$WORK/basedir" selftest
ok=0
[ $status -eq 0 ] && clean_stderr selftest && ok=1
check selftest "exit $status"

# 7. The same on a real X server, if there is one to start: the xcb plugin and the
#    system libraries the .deb depends on.
if [ "${SMOKE_XCB:-1}" != 0 ] && command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb run selftest-xcb xvfb-run -a "$EXE" --basedir "$WORK/basedir" selftest
    ok=0
    [ $status -eq 0 ] && clean_stderr selftest-xcb && ok=1
    check selftest-xcb "exit $status on Xvfb"
else
    notes+=("xvfb-run not found: the X11 (xcb) run was skipped")
fi

total=$(awk -v a="$total_started" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.1f", b - a}')
echo "frozen build: $(du -sh "$APP" | cut -f1) in $(find "$APP" -type f | wc -l) files; smoke test ${total}s"
for note in "${notes[@]}"; do
    echo "note: $note"
done
if [ $failures -gt 0 ]; then
    echo "smoke_test: $failures of $((passed + failures)) checks failed" >&2
    exit 1
fi
echo "smoke_test: all $passed checks passed"
