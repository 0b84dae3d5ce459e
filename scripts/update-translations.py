#!/usr/bin/env python3
"""Refreshes translations/seminardesk_es.ts, and the English plural forms in
translations/seminardesk_en.ts, from the sources with Qt 6's lupdate.

Many source files translate through a file-local helper, `tr(text)` that calls
QCoreApplication::translate("sd::Context", text). lupdate cannot see through such a helper: it files
the message under the enclosing class or namespace ("sd", "sd::CertificateDocument"), and at run time
the lookup under "sd::Documents" would miss. This script runs lupdate into a scratch file, moves every
message found in such a file to the helper's context (unless it comes from a QObject class's own tr()
or an explicit translate call with another context), keeps the translations already in the .ts and
marks new messages unfinished. The command line (src/cli) stays English, so it is not scanned.

Counted messages are written once, with %n and the plural ending in parentheses: tr("%n row(s)",
nullptr, n). Their English forms ("%n row", "%n rows") live in seminardesk_en.ts, which holds only
such messages (as lupdate's -pluralonly would): forms already there are kept, new ones are derived
from the endings "(s)", "(es)" and "y(ies)", and a message without such an ending is marked
unfinished, for its forms to be written by hand.

Usage: scripts/update-translations.py            (from anywhere; needs /usr/lib/qt6/bin/lupdate)
"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_FILE = os.path.join(ROOT, "translations", "seminardesk_es.ts")
EN_FILE = os.path.join(ROOT, "translations", "seminardesk_en.ts")
PLURAL_ENDINGS = [(re.compile(r"(\w)y\(ies\)"), r"\1y", r"\1ies"),
                  (re.compile(r"\(es\)"), "", "es"),
                  (re.compile(r"\(s\)"), "", "s")]
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
SCANNED = ["src/core", "src/document", "src/gui", "src/app", "ui"]

HELPER = re.compile(
    r"(?:QString\s+(?:tr|translated)\s*\(const char\*[^)]*\)\s*\{|const auto tr = \[\]\(const char\* text\)\s*\{)"
    r"\s*return QCoreApplication::translate\(\s*\"([^\"]+)\"")
EXPLICIT = re.compile(r"(?:translate|QT_TRANSLATE_NOOP3?)\(\s*\"([^\"]+)\"")
QOBJECT_CLASS = re.compile(r"class\s+(\w+)[^;{]*\{\s*(?:Q_OBJECT|Q_DECLARE_TR_FUNCTIONS)")


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def source_files():
    for folder in SCANNED:
        for base, _, names in os.walk(os.path.join(ROOT, folder)):
            for name in names:
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(base, name)


def scan_sources():
    """Returns {relative file: helper context}, {relative file: explicit contexts}, QObject contexts."""
    helpers, explicit, qobjects = {}, {}, set()
    for path in source_files():
        text = read(path)
        relative = os.path.relpath(path, ROOT)
        match = HELPER.search(text)
        if match:
            helpers[relative] = match.group(1)
        explicit[relative] = set(EXPLICIT.findall(text))
        qobjects.update("sd::" + name for name in QOBJECT_CLASS.findall(text))
    return helpers, explicit, qobjects


def message_key(context, message):
    comment = message.find("comment")
    return (context, message.find("source").text or "", comment.text if comment is not None else "")


def copy_element(element):
    return ET.fromstring(ET.tostring(element))


def add_locations(message, locations):
    """Inserts locations before the source element, where lupdate writes them."""
    for location in locations:
        message.insert(len(message.findall("location")), copy_element(location))


def copy_message(message, locations):
    copy = ET.Element(message.tag, message.attrib)
    add_locations(copy, locations)
    for child in message:
        if child.tag != "location":
            copy.append(copy_element(child))
    return copy


def run_lupdate(scratch):
    command = [LUPDATE, "-silent", "-no-obsolete", "-locations", "absolute", "-tr-function-alias",
               "tr+=translated", "-target-language", "es_MX"] + SCANNED + ["-ts", scratch]
    # lupdate warns about every class whose members call the file-local tr() helper ("lacks Q_OBJECT
    # macro"); those messages are exactly the ones this script moves, so the warning is noise here.
    result = subprocess.run(command, cwd=ROOT, check=True, stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if "lacks Q_OBJECT macro" not in line:
            print(line, file=sys.stderr)


def file_of(location, ts_folder):
    return os.path.relpath(os.path.normpath(os.path.join(ts_folder, location.get("filename"))), ROOT)


def english_forms(source):
    """The singular and plural of a counted message, or None when its endings do not say them."""
    one, other = source, source
    for pattern, singular, plural in PLURAL_ENDINGS:
        one = pattern.sub(singular, one)
        other = pattern.sub(plural, other)
    return None if one == source else (one, other)


def write_english_plurals(merged):
    old = {}
    if os.path.exists(EN_FILE):
        for context in ET.parse(EN_FILE).getroot().iter("context"):
            name = context.find("name").text
            for message in context.findall("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") != "unfinished":
                    old[message_key(name, message)] = [form.text for form in translation.findall("numerusform")]
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    count, unfinished = 0, 0
    for name in sorted(merged):
        numerus = [m for m in merged[name].values() if m.get("numerus") == "yes"]
        if not numerus:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in numerus:
            copy = ET.SubElement(context, "message", numerus="yes")
            for child in message:
                if child.tag in ("location", "source", "comment"):
                    copy.append(copy_element(child))
            source = message.find("source").text or ""
            forms = old.get(message_key(name, message)) or english_forms(source)
            translation = ET.SubElement(copy, "translation")
            if forms is None:
                translation.set("type", "unfinished")
                forms = [source, source]
                unfinished += 1
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            count += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(EN_FILE, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"update-translations: {count} counted messages in English, {unfinished} unfinished")


def main():
    helpers, explicit, qobjects = scan_sources()
    # The scratch file sits beside the .ts so that lupdate writes the same relative locations.
    os.makedirs(os.path.dirname(TS_FILE), exist_ok=True)
    handle, scratch = tempfile.mkstemp(suffix=".ts", dir=os.path.dirname(TS_FILE))
    os.close(handle)
    try:
        os.remove(scratch)
        run_lupdate(scratch)
        fresh = ET.parse(scratch).getroot()
    finally:
        if os.path.exists(scratch):
            os.remove(scratch)

    old = {}
    if os.path.exists(TS_FILE):
        for context in ET.parse(TS_FILE).getroot().iter("context"):
            name = context.find("name").text
            for message in context.findall("message"):
                old[message_key(name, message)] = message.find("translation")

    merged = {}  # context -> {key: message}
    ts_folder = os.path.dirname(TS_FILE)
    for context in fresh.iter("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            # lupdate merges the same text from several files under one context; each file's helper
            # may have its own context, so the message is split by the context of each location.
            by_target = {}
            for location in message.findall("location"):
                relative = file_of(location, ts_folder)
                helper = helpers.get(relative)
                target = name
                if helper and name not in qobjects and name not in explicit.get(relative, set()) - {helper}:
                    target = helper
                by_target.setdefault(target, []).append(location)
            if not by_target:
                by_target[name] = []
            for target, locations in by_target.items():
                copy = copy_message(message, locations)
                key = message_key(target, copy)
                messages = merged.setdefault(target, {})
                if key in messages:
                    add_locations(messages[key], locations)
                    continue
                messages[key] = copy
                previous = old.get(key)
                if previous is not None and previous.get("type") not in ("unfinished", "obsolete", "vanished"):
                    copy.remove(copy.find("translation"))
                    copy.append(copy_element(previous))

    root = ET.Element("TS", version="2.1", language="es_MX")
    for name in sorted(merged):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in merged[name].values():
            context.append(message)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(TS_FILE, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")

    total = sum(len(messages) for messages in merged.values())
    unfinished = sum(1 for messages in merged.values() for message in messages.values()
                     if message.find("translation").get("type") == "unfinished")
    print(f"update-translations: {total} messages in {len(merged)} contexts, {unfinished} unfinished")
    write_english_plurals(merged)


if __name__ == "__main__":
    sys.exit(main())
