#!/usr/bin/env python3
"""Refreshes translations/seminardesk_es.ts, and the English plural forms in
translations/seminardesk_en.ts, from the sources with Qt 6's lupdate.

Every translated text goes through a class's tr(): QObjects have their own, other classes declare
Qt's with Q_DECLARE_TR_FUNCTIONS(sd::Name), so lupdate files each message under the context that
the program looks it up in. The .ts files hold no source locations, so that moving a line does not
touch them. The command line (src/cli) stays English, so it is not scanned.

Counted messages are written once, with %n and the plural ending in parentheses: tr("%n row(s)",
nullptr, n). Their English forms ("%n row", "%n rows") live in seminardesk_en.ts, which holds only
such messages (lupdate's -pluralonly). Forms already there are kept; new ones are derived from the
endings "(s)", "(es)" and "y(ies)"; a message without such an ending stays unfinished, for its forms
to be written by hand (tests/gui/UiLanguageTest fails until they are).

Usage: scripts/update-translations.py            (from anywhere; needs /usr/lib/qt6/bin/lupdate)
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_FILE = os.path.join("translations", "seminardesk_es.ts")
EN_FILE = os.path.join("translations", "seminardesk_en.ts")
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
SCANNED = ["src/core", "src/document", "src/gui", "src/app", "ui"]
PLURAL_ENDINGS = [(re.compile(r"(\w)y\(ies\)"), r"\1y", r"\1ies"),
                  (re.compile(r"\(es\)"), "", "es"),
                  (re.compile(r"\(s\)"), "", "s")]


def lupdate(ts_file, language, *options):
    command = [LUPDATE, "-silent", "-no-obsolete", "-locations", "none", "-target-language", language,
               *options, *SCANNED, "-ts", ts_file]
    subprocess.run(command, cwd=ROOT, check=True)


def english_forms(source):
    """The singular and plural of a counted message, or None when its endings do not say them."""
    one, other = source, source
    for pattern, singular, plural in PLURAL_ENDINGS:
        one = pattern.sub(singular, one)
        other = pattern.sub(plural, other)
    return None if one == source else (one, other)


def fill_english_forms(path):
    """Writes the derived forms into the unfinished counted messages; returns (count, unfinished)."""
    tree = ET.parse(path)
    count, unfinished = 0, 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        count += 1
        if translation.get("type") != "unfinished":
            continue
        forms = english_forms(message.find("source").text or "")
        if forms is None:
            unfinished += 1
            continue
        del translation.attrib["type"]
        for form in list(translation):
            translation.remove(form)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                     + ET.tostring(tree.getroot(), encoding="unicode") + "\n")
    return count, unfinished


def counts(path):
    root = ET.parse(path).getroot()
    messages = list(root.iter("message"))
    unfinished = sum(1 for m in messages if m.find("translation").get("type") == "unfinished")
    return len(messages), len(root.findall("context")), unfinished


def main():
    lupdate(TS_FILE, "es_MX")
    total, contexts, unfinished = counts(os.path.join(ROOT, TS_FILE))
    print(f"update-translations: {total} messages in {contexts} contexts, {unfinished} unfinished")
    lupdate(EN_FILE, "en", "-pluralonly")
    total, unfinished = fill_english_forms(os.path.join(ROOT, EN_FILE))
    print(f"update-translations: {total} counted messages in English, {unfinished} unfinished")


if __name__ == "__main__":
    sys.exit(main())
