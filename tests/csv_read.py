#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# An independent CSV reader for the export tests: Python's csv module, printing the rows as JSON.
import csv
import io
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    raw = f.read()
# Every line must end with CRLF (RFC 4180); a bare LF is only allowed inside a quoted cell.
ok_line_ends = raw.endswith("\r\n")
rows = list(csv.reader(io.StringIO(raw, newline="")))
print(json.dumps({"crlf": ok_line_ends, "rows": rows}, ensure_ascii=False))
