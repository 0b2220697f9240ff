#!/bin/sh
# Refresh the Japanese translation from the source code, then compile it.
#
#   resources/translations/update.sh           # lupdate + lrelease
#   resources/translations/update.sh --check   # also fail if anything is untranslated
#
# 1. pyside6-lupdate scans playground/**/*.py and runtime_strings.py (strings
#    translated at run time that lupdate cannot see) into nn_playground_ja.ts.
#    Existing translations are kept; new or changed strings appear as
#    type="unfinished"; strings gone from the code are dropped (-no-obsolete).
# 2. Translate the unfinished entries (pyside6-linguist, or any text editor).
# 3. Run this script again: pyside6-lrelease compiles nn_playground_ja.qm.
#
# PYSIDE6_BIN overrides where the tools are (default: the project's .venv/bin,
# else whatever is on PATH).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ts="$here/nn_playground_ja.ts"
qm="$here/nn_playground_ja.qm"

if [ -n "${PYSIDE6_BIN:-}" ]; then
    bin="$PYSIDE6_BIN/"
elif [ -x "$root/.venv/bin/pyside6-lupdate" ]; then
    bin="$root/.venv/bin/"
else
    bin=""
fi

cd "$root"
trap 'rm -f "$here/.sources.lst"' EXIT
# Sorted, so the locations in the .ts do not reorder between machines.
find playground -name '*.py' | LC_ALL=C sort > "$here/.sources.lst"
echo "resources/translations/runtime_strings.py" >> "$here/.sources.lst"
"${bin}pyside6-lupdate" -silent -no-obsolete -target-language ja_JP \
    @"$here/.sources.lst" -ts "$ts"
"${bin}pyside6-lrelease" -silent "$ts" -qm "$qm"

unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
total=$(grep -c '<message' "$ts" || true)
echo "nn_playground_ja.ts: $total messages, $unfinished unfinished; wrote nn_playground_ja.qm"
if [ "$unfinished" -gt 0 ]; then
    echo "untranslated (shown in English until translated):"
    grep -B2 'type="unfinished"' "$ts" | sed -n 's/.*<source>\(.*\)<\/source>.*/  \1/p'
    if [ "${1:-}" = "--check" ]; then
        exit 1
    fi
fi
