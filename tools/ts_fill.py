"""Fill Qt Linguist .ts files from a small JSON glossary, for edits without Linguist.

    python tools/ts_fill.py resources/translations/sammen_nb.ts glossary.json

The glossary maps "Context|source text" (or just "source text", for every context) to a
translation, or to a list of plural forms for %n strings. Only unfinished messages are
touched; finished ones stay as translators left them. Prints what is still unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, glossary: dict[str, str | list[str]]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("unfinished", None) or (
                translation.get("type") is None and (translation.text or len(translation))
            ):
                continue
            value = glossary.get(f"{name}|{source}", glossary.get(source))
            if value is None:
                missing.append(f"{name}|{source}")
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
    ET.indent(tree, space="    ")
    with ts_path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return missing


if __name__ == "__main__":
    glossary = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    left = fill(Path(sys.argv[1]), glossary)
    for item in left:
        print("unfinished:", item)
    sys.exit(1 if left else 0)
