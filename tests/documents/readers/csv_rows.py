#!/usr/bin/env python3
"""A CSV file as Python's csv module reads it (UTF-8 with its BOM), as JSON: {"bom": bool,
"crlf": bool, "rows": [[cell, ...], ...]}. usage: csv_rows.py FILE.csv"""
import csv
import json
import sys

raw = open(sys.argv[1], "rb").read()
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
json.dump({"bom": raw.startswith(b"\xef\xbb\xbf"), "crlf": raw.endswith(b"\r\n"), "rows": rows},
          sys.stdout, ensure_ascii=False)
