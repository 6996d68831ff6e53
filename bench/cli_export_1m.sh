#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory and time of a 1,000,000-click export to a file with clickscope-cli, against clickscope-sandbox in its
# own process (one link, 300,000 contacts), no rate limit; over v2, then over v3 (--api v3, the sandbox's fixed v3
# token, UUID ids) against the same sandbox process. Usage: bench/cli_export_1m.sh [BUILD_DIR]
set -euo pipefail
bin="${1:-build/release}/bin"
out="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
"$bin/clickscope-sandbox" --campaigns 1 --links 1 --clicks 1000000 --contacts 300000 > "$out/url" &
pid=$!
for _ in $(seq 100); do [ -s "$out/url" ] && break; sleep 0.1; done
base="$(head -1 "$out/url")"
export CLICKSCOPE_API_KEY=clickscope-demo-key CLICKSCOPE_ACCESS_TOKEN=clickscope-demo-token CLICKSCOPE_MAX_RPS=0
campaign="$("$bin/clickscope-cli" --api-base "$base" campaigns | sed -n 2p | cut -d, -f1)"
/usr/bin/time -f "%e s elapsed, %M KiB peak RSS" "$bin/clickscope-cli" --api-base "$base" clicks "$campaign" --output "$out/clicks.csv" 2> "$out/time"
echo "clickscope-cli clicks --output: $(tail -1 "$out/time"); $(($(wc -l < "$out/clicks.csv") - 1)) rows, $(du -m "$out/clicks.csv" | cut -f1) MiB"
/usr/bin/time -f "%e s elapsed, %M KiB peak RSS" "$bin/clickscope-cli" --api-base "$base" clicks "$campaign" --format jsonl --output "$out/clicks.jsonl" 2> "$out/time"
echo "clickscope-cli clicks --format jsonl --output: $(tail -1 "$out/time"); $(wc -l < "$out/clicks.jsonl") rows"
# v3: the access token alone (no API key), the campaign's UUID from the v3 campaign list.
unset CLICKSCOPE_API_KEY
export CLICKSCOPE_ACCESS_TOKEN=clickscope-demo-v3-token
campaign="$("$bin/clickscope-cli" --api v3 --api-base "$base" campaigns --status SENT | sed -n 2p | cut -d, -f1)"
/usr/bin/time -f "%e s elapsed, %M KiB peak RSS" "$bin/clickscope-cli" --api v3 --api-base "$base" clicks "$campaign" --output "$out/clicks3.csv" 2> "$out/time"
echo "v3: clickscope-cli --api v3 clicks --output: $(tail -1 "$out/time"); $(($(wc -l < "$out/clicks3.csv") - 1)) rows, $(du -m "$out/clicks3.csv" | cut -f1) MiB"
/usr/bin/time -f "%e s elapsed, %M KiB peak RSS" "$bin/clickscope-cli" --api v3 --api-base "$base" clicks "$campaign" --format jsonl --output "$out/clicks3.jsonl" 2> "$out/time"
echo "v3: clickscope-cli --api v3 clicks --format jsonl --output: $(tail -1 "$out/time"); $(wc -l < "$out/clicks3.jsonl") rows"
