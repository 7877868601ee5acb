#!/usr/bin/env python3
"""What an HTML5 parser (html5lib, the WHATWG algorithm) makes of an HTML file, as JSON: parse
errors, the lang and title, the headings in order, the tables' header cells and their scope,
images with their alt and src kind, scripts, external references, and the text of every p, li,
td and heading. usage: html_structure.py FILE.html"""
import json
import sys

import html5lib

parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
with open(sys.argv[1], "rb") as f:
    tree = parser.parse(f)


def text_of(el):
    parts = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "br":
            parts.append("\n")
        else:
            parts.append(text_of(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


out = {
    "errors": [str(e) for e in parser.errors],
    "lang": tree.get("lang"),
    "title": text_of(tree.find(".//title")) if tree.find(".//title") is not None else None,
    "headings": [],
    "th": [],
    "captions": [text_of(c) for c in tree.iter("caption")],
    "images": [],
    "scripts": sum(1 for _ in tree.iter("script")),
    "external": [],
    "texts": [],
    "tags": sorted({el.tag for el in tree.iter() if isinstance(el.tag, str)}),
}
for el in tree.iter():
    if not isinstance(el.tag, str):
        continue
    if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        out["headings"].append([int(el.tag[1]), text_of(el)])
    if el.tag == "th":
        out["th"].append([text_of(el), el.get("scope")])
    if el.tag == "img":
        src = el.get("src") or ""
        out["images"].append({"alt": el.get("alt"), "data_uri": src.startswith("data:image/png;base64,")})
    for attr in ("src", "href"):
        value = el.get(attr)
        if value and not value.startswith("data:") and not value.startswith("#"):
            out["external"].append(value)
    if el.tag in ("p", "li", "td", "h1", "h2", "h3", "figcaption", "caption"):
        out["texts"].append(text_of(el))
json.dump(out, sys.stdout, ensure_ascii=False)
