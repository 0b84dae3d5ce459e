#!/usr/bin/python3
"""Writes the XLSX test workbooks beside this script. participants.xlsx is written by openpyxl,
as a spreadsheet program would (openpyxl writes inline strings); the others are written part by
part with zipfile, to hold what openpyxl never writes (shared strings, rich text with phonetic
guides, cells without references, a hidden first sheet) and what must be refused. Timestamps are
fixed, so running it again gives the same bytes.
Run: /usr/bin/python3 tests/data/xlsx/make_xlsx_files.py"""

import datetime
import pathlib
import re
import zipfile

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def participants():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Participantes"
    # Rows 1 and 2 are left empty: the header is the first non-empty row (row 3).
    sheet["A3"] = "Nombre(s)"
    sheet["B3"] = "Apellidos"
    sheet["C3"] = "Institución"
    sheet["D3"] = "Teléfono"
    sheet["E3"] = "Horas"
    sheet["F3"] = "Asistió"
    sheet["G3"] = "Fecha"
    sheet.append([])
    sheet["A4"] = "María José"
    sheet["B4"] = "Ramírez Núñez"
    sheet["C4"] = "Secretaría de Salud, Oaxaca"
    sheet["D4"] = 9511234567
    sheet["E4"] = 3.5
    sheet["F4"] = True
    sheet["G4"] = datetime.date(2024, 4, 1)
    sheet["G4"].number_format = "yyyy-mm-dd"
    # Row 5 holds only spaces: empty. Row 6 has a gap in column C.
    sheet["B5"] = "   "
    sheet["A6"] = "Begoña"
    sheet["B6"] = "Peña"
    sheet["D6"] = 42
    sheet["E6"] = 12
    sheet["F6"] = False
    book.create_sheet("Notas")["A1"] = "not read"
    path = HERE / "participants.xlsx"
    book.save(path)
    normalise_times(path)


def normalise_times(path):
    """Rewrites a zip with fixed timestamps so that regenerating gives the same bytes."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    stamp = b"2024-01-01T00:00:00Z"
    parts = [(name, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
              if name == "docProps/core.xml" else data) for name, data in parts]
    write_parts(path, parts)


def write_parts(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

ROOT_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(sheets):
    """sheets: (name, relationship id, state or None) in tab order."""
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i + 1}" r:id="{rid}"' + (f' state="{state}"' if state else "") + "/>"
        for i, (name, rid, state) in enumerate(sheets))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>{entries}</sheets></workbook>').encode()


def workbook_rels(targets):
    """targets: (relationship id, target) pairs."""
    entries = "".join(
        f'<Relationship Id="{rid}" Type="{REL_NS}/worksheet" Target="{target}"/>' for rid, target in targets)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{entries}</Relationships>").encode()


def worksheet(rows_xml):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{MAIN_NS}"><sheetData>{rows_xml}</sheetData></worksheet>').encode()


def handmade():
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<sst xmlns="{MAIN_NS}" count="4" uniqueCount="4">'
              '<si><t>Nombre(s)</t></si>'
              '<si><t xml:space="preserve">Apellidos </t></si>'
              # Rich text in runs, with a phonetic guide that is not part of the text.
              '<si><r><rPr><b/></rPr><t>Peña</t></r><r><t xml:space="preserve"> Ortiz</t></r>'
              '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
              '<si><t>Institución</t></si>'
              '</sst>').encode()
    hidden = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>hidden sheet</t></is></c></row>')
    visible = worksheet(
        # Header with a formatted empty cell after it (column F), which must not widen the table.
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c>'
        '<c r="D1" t="inlineStr"><is><t>Valor</t></is></c><c r="E1" t="inlineStr"><is><t>Nota</t></is></c>'
        '<c r="F1" s="1"/></row>'
        # Cells without references follow each other; the row has no number either (row 2).
        '<row><c t="inlineStr"><is><t>Ana</t></is></c><c t="s"><v>2</v></c>'
        '<c t="inlineStr"><is><r><t>Secretaría </t></r><r><t>de Salud</t></r></is></c>'
        '<c><v>2.5E-3</v></c><c t="str"><v>formula text</v></c></row>'
        # Row 7 after a gap of rows; a gap of columns (C, D missing); an error value; a boolean.
        '<row r="7"><c r="A7" t="inlineStr"><is><t>Luis</t></is></c><c r="B7" t="b"><v>0</v></c>'
        '<c r="E7" t="e"><v>#N/A</v></c></row>'
        # Floating-point noise shows as Excel shows it; negative whole numbers stay whole.
        '<row r="8"><c r="A8"><v>0.30000000000000004</v></c><c r="B8"><v>-7</v></c>'
        '<c r="C8"><v>1E+20</v></c><c r="D8"><v>100</v></c></row>')
    write_parts(HERE / "handmade.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Oculta", "rId1", "hidden"), ("Lista", "rId2", None)])),
        # An absolute target and a relative one.
        ("xl/_rels/workbook.xml.rels",
         workbook_rels([("rId1", "worksheets/sheet1.xml"), ("rId2", "/xl/worksheets/lista.xml")])),
        ("xl/sharedStrings.xml", shared),
        ("xl/worksheets/sheet1.xml", hidden),
        ("xl/worksheets/lista.xml", visible),
    ])


def extra_cell():
    sheet = worksheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Email</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Ana</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Luis</t></is></c>'
        '<c r="D3" t="inlineStr"><is><t>stray note</t></is></c></row>')
    write_parts(HERE / "extra-cell.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Hoja1", "rId1", None)])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheets/sheet1.xml")])),
        ("xl/worksheets/sheet1.xml", sheet),
    ])


def no_worksheet():
    # An OpenDocument-like zip: a zip archive, but no Excel workbook inside.
    write_parts(HERE / "no-worksheet.xlsx", [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", b"<office:document-content/>"),
    ])


def empty_sheet():
    write_parts(HERE / "empty-sheet.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Hoja1", "rId1", None)])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheets/sheet1.xml")])),
        ("xl/worksheets/sheet1.xml", worksheet('<row r="1"><c r="A1" s="2"/></row>')),
    ])


participants()
handmade()
extra_cell()
no_worksheet()
empty_sheet()
