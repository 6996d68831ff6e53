#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The plain Python pager that DESIGN.md compares against: urllib + json, following next_link to the end.
# Usage: python_pager.py BASE_URL PATH   (prints "rows seconds")
import json
import sys
import time
import urllib.request

base, path = sys.argv[1], sys.argv[2]
key, token = "clickscope-demo-key", "clickscope-demo-token"
rows = 0
start = time.monotonic()
while path:
    sep = "&" if "?" in path else "?"
    req = urllib.request.Request(base + path + sep + "api_key=" + key,
                                 headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    with urllib.request.urlopen(req) as r:
        page = json.load(r)
    rows += len(page["results"])
    path = page["meta"]["pagination"].get("next_link")
print(rows, time.monotonic() - start)
