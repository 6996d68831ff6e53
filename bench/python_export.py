#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The plain Python export that DESIGN.md compares clickscope-cli against: urllib + json + csv, the campaign's
# link URLs from its detail, then every click page to a CSV file with the contract's columns.
# Usage: python_export.py BASE_URL CAMPAIGN_ID OUT.csv   (prints "rows seconds peak_rss_kib")
import csv
import json
import resource
import sys
import time
import urllib.request

base, campaign, out = sys.argv[1], sys.argv[2], sys.argv[3]
key, token = "clickscope-demo-key", "clickscope-demo-token"


def get(path):
    sep = "&" if "?" in path else "?"
    req = urllib.request.Request(base + path + sep + "api_key=" + key,
                                 headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


start = time.monotonic()
detail = get(f"/v2/emailmarketing/campaigns/{campaign}")
urls = {str(d["url_uid"]): d["url"] for d in detail.get("click_through_details", [])}
rows = 0
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["activity_type", "campaign_id", "link_id", "link_url", "contact_id", "email_address", "click_date"])
    path = f"/v2/emailmarketing/campaigns/{campaign}/tracking/clicks?limit=500"
    while path:
        page = get(path)
        for c in page["results"]:
            link = str(c.get("link_id", ""))
            w.writerow([c.get("activity_type"), c.get("campaign_id"), link, urls.get(link, ""), c.get("contact_id"),
                        c.get("email_address"), c.get("click_date")])
            rows += 1
        path = page["meta"]["pagination"].get("next_link")
print(rows, time.monotonic() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
