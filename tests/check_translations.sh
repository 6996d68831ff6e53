#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a catalog in translations/ is stale (lupdate over the sources would add, remove or change a message)
# or has an unfinished, empty or inconsistent entry (scripts/ts-tool check). Registered with CTest, so CI runs it.
# Usage: tests/check_translations.sh   (LUPDATE may name the lupdate binary)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d "${TMPDIR:-/tmp}/clickscope-ts.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

cp translations/clickscope_*.ts "$scratch/"
scripts/update-translations "$scratch" >/dev/null
status=0
for ts in translations/clickscope_*.ts; do
    if ! python3 scripts/ts-tool compare "$ts" "$scratch/$(basename "$ts")"; then
        echo "STALE: $ts differs from what lupdate makes of the sources; run scripts/update-translations" \
            "and translate the new entries" >&2
        status=1
    fi
done
if ! python3 scripts/ts-tool check translations/clickscope_*.ts; then
    echo "UNFINISHED: the entries above need a translation (or a fix) before they can be released" >&2
    status=1
fi
count=$(grep -c '<message' translations/clickscope_en.ts)
[ "$status" -eq 0 ] && echo "translations: 4 catalogs up to date and finished, $count messages each"
exit "$status"
