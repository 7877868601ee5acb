#!/usr/bin/env python3
"""What cmark (the CommonMark reference parser) makes of a Markdown file, as JSON: the headings,
the list items, how many links, emphasis, code spans and raw HTML it found, and the text of
every paragraph, item and heading. usage: markdown_structure.py FILE.md"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://commonmark.org/xml/1.0}"


def text_of(node):
    parts = []
    for n in node.iter():
        tag = n.tag.replace(NS, "")
        if tag in ("text", "code"):
            parts.append(n.text or "")
        elif tag == "linebreak":
            parts.append("\n")
        elif tag == "softbreak":
            parts.append(" ")
    return "".join(parts)


xml = subprocess.run(["cmark", "--to", "xml", sys.argv[1]], check=True, capture_output=True).stdout
root = ET.fromstring(xml)
out = {"headings": [], "items": [], "paragraphs": [], "counts": {}}
for tag in ("link", "image", "emph", "strong", "code", "code_block", "html_inline", "html_block",
            "list", "item", "heading", "thematic_break", "block_quote"):
    out["counts"][tag] = sum(1 for _ in root.iter(NS + tag))
for h in root.iter(NS + "heading"):
    out["headings"].append([int(h.get("level")), text_of(h)])
for i in root.iter(NS + "item"):
    out["items"].append(text_of(i))
for p in root.iter(NS + "paragraph"):
    out["paragraphs"].append(text_of(p))
json.dump(out, sys.stdout, ensure_ascii=False)
