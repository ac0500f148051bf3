"""Refresh the translation sources and rebuild the compiled translations.

    .venv/bin/python tools/update_translations.py      (or: make translations)

1. pyside6-lupdate extracts every string from briefing/ui/**/*.py.
2. Strings behind a module's own wrapper get their real context. Many
   modules name their context once::

       def tr(text: str) -> str:
           return QCoreApplication.translate("PeopleEditor", text)

   lupdate cannot see through the wrapper: it files ``tr("Name")`` under an
   empty context (and reads ``tr("Ctx", "text")`` as text plus comment), so
   at run time Qt would look in "PeopleEditor" and find nothing. This script
   reads the wrapper and files the string where the app will look for it.
3. Existing translations in resources/translations/briefing_<lang>.ts are kept;
   new strings are added as unfinished; strings gone from the code are dropped.
4. pyside6-lrelease compiles each .ts into the .qm that the app loads.

Translate unfinished entries (pyside6-linguist, or by hand in the .ts) and run
this again. tests/ui/test_shell_translations.py fails while any is unfinished.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr",)
ONE_ARG = re.compile(
    r'def tr\(\s*\w+(?:\s*:\s*str)?\s*\)[^:]*:\s*(?:"""[^"]*"""\s*)?return QCoreApplication\.translate\(\s*"([^"]+)"'
)
TWO_ARGS = re.compile(r"def tr\(\s*\w+(?:\s*:\s*str)?\s*,\s*\w+(?:\s*:\s*str)?\s*\)")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def wrapper_of(path: Path) -> str | None:
    """The module's translation context: "Ctx" for a one-argument wrapper, "" for tr(ctx, text)."""
    text = path.read_text(encoding="utf-8")
    if match := ONE_ARG.search(text):
        return match.group(1)
    if TWO_ARGS.search(text):
        return ""
    return None


def extract(sources: list[str], language: str) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "extract.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "absolute",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        tree = ET.parse(ts)
    found: list[dict] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            comment = message.find("comment")
            entry = {
                "context": name,
                "source": message.findtext("source") or "",
                "comment": comment.text if comment is not None else "",
                "numerus": message.get("numerus") == "yes",
            }
            if not name and location is not None:
                wrapper = wrapper_of((Path(ts).parent / location.get("filename", "")).resolve())
                if wrapper:
                    entry["context"] = wrapper
                elif wrapper == "" and entry["comment"]:  # tr("Ctx", "text") read as text + comment
                    entry["context"], entry["source"], entry["comment"] = entry["source"], entry["comment"], ""
            found.append(entry)
    return found


def existing(ts: Path) -> dict[tuple, ET.Element]:
    if not ts.exists():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            comment = message.find("comment")
            key = (name, message.findtext("source") or "", comment.text if comment is not None else "")
            out[key] = message.find("translation")
    return out


def write(ts: Path, language: str, entries: list[dict]) -> tuple[int, int]:
    old = existing(ts)
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    seen: set[tuple] = set()
    unfinished = 0
    # Sorted, so that moving code between files does not reorder the file.
    for entry in sorted(entries, key=lambda e: (e["context"], e["source"].casefold(), e["comment"])):
        key = (entry["context"], entry["source"], entry["comment"])
        if key in seen:
            continue
        seen.add(key)
        if entry["context"] not in contexts:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = entry["context"]
            contexts[entry["context"]] = context
        message = ET.SubElement(contexts[entry["context"]], "message")
        if entry["numerus"]:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = entry["source"]
        if entry["comment"]:
            ET.SubElement(message, "comment").text = entry["comment"]
        previous = old.get(key)
        if previous is not None:
            message.append(previous)
            done = previous.get("type") not in ("unfinished", "vanished", "obsolete")
        else:
            translation = ET.SubElement(message, "translation", type="unfinished")
            if entry["numerus"]:
                for _ in range(2):
                    ET.SubElement(translation, "numerusform")
            done = False
        unfinished += not done
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return len(seen), unfinished


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "briefing" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = ROOT / "resources" / "translations" / f"briefing_{language}.ts"
        total, unfinished = write(ts, language, extract(sources, language))
        print(f"{ts.relative_to(ROOT)}: {total} strings, {unfinished} to translate")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
