#!/usr/bin/python3
"""Writes hostile list files into the folder given, for the tests and the
benchmark that import each with seminardesk-cli and measure its memory and time. They are made at
test time rather than committed: some expand to hundreds of megabytes. Each is small on disk.
Names say what the file attacks.
Run: /usr/bin/python3 tests/data/hostile/make_hostile_files.py OUTPUT_FOLDER [NAME...]"""

import pathlib
import random
import sys
import zipfile

FIXED_TIME = (2024, 1, 1, 0, 0, 0)
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
    '<sheets><sheet name="Participantes" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def column_letters(column):
    letters = ""
    rest = column + 1
    while rest > 0:
        letters = chr(ord("A") + (rest - 1) % 26) + letters
        rest = (rest - 1) // 26
    return letters


def inline(reference, text):
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def shared(reference, index):
    return f'<c r="{reference}" t="s"><v>{index}</v></c>'


HEADER_ROW = ('<row r="1">' + inline("A1", "Nombre(s)") + inline("B1", "Apellidos") +
              inline("C1", "Institución") + inline("D1", "Género") + '</row>')


def sheet_xml(rows):
    """rows: an iterable of <row> strings, joined without building one list first."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>' +
            "".join(rows) + '</sheetData></worksheet>')


def shared_strings_xml(items):
    return (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}">' + "".join(items) + '</sst>')


def write_workbook(path, sheet, shared_strings=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        def part(name, text):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            book.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
        part("[Content_Types].xml", CONTENT_TYPES)
        part("_rels/.rels", ROOT_RELS)
        part("xl/workbook.xml", WORKBOOK)
        part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        part("xl/worksheets/sheet1.xml", sheet)
        if shared_strings is not None:
            part("xl/sharedStrings.xml", shared_strings)


def words(rng, count):
    letters = "abcdefghijklmnopqrstuvwxyzáéíóúñ"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))).capitalize()
            for _ in range(count)]


# --- XLSX -------------------------------------------------------------------------------------

def xlsx_zip_bomb(path):
    """A worksheet of 1 GiB of spaces, a megabyte compressed: refused by its declared size."""
    sheet = sheet_xml([HEADER_ROW]).replace("</sheetData>", " " * (1 << 30) + "</sheetData>")
    write_workbook(path, sheet)


def xlsx_ratio_bomb(path):
    """A worksheet of 100 MiB that says so, but compresses 1,000 to 1: refused by its ratio."""
    sheet = sheet_xml([HEADER_ROW]).replace("</sheetData>", "<row/>" * ((100 << 20) // 6) + "</sheetData>")
    write_workbook(path, sheet)


def xlsx_lying_bomb(path):
    """A worksheet of 120 MiB of empty rows whose zip headers say it holds 2,000 bytes: passes the
    declared-size checks and must be stopped while it inflates (minizip stops at the declared
    size and the CRC then fails)."""
    sheet = sheet_xml([HEADER_ROW]).replace("</sheetData>", "<row/>" * (20 << 20) + "</sheetData>")
    write_workbook(path, sheet)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    lie = (2000).to_bytes(4, "little")
    at = 0
    while (at := data.find(b"PK\x03\x04", at)) >= 0:  # local headers: the size at +22
        if data[at + 30:at + 30 + len(name)] == name:
            data[at + 22:at + 26] = lie
        at += 4
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:  # central directory: the size at +24
        if data[at + 46:at + 46 + len(name)] == name:
            data[at + 24:at + 28] = lie
        at += 4
    path.write_bytes(bytes(data))


def xlsx_shared_strings_count(path):
    """Two million short shared strings, distinct enough not to compress past the ratio limit."""
    rng = random.Random(9)
    items = (f"<si><t>{rng.randrange(36 ** 5):x}</t></si>" for _ in range(2_000_000))
    write_workbook(path, sheet_xml([HEADER_ROW]), shared_strings_xml(items))


def xlsx_shared_strings_text(path):
    """Shared strings of 32,767 characters each, 600 of them: 19.7 million characters in all."""
    rng = random.Random(10)
    items = ("<si><t>" + "".join(rng.choice("ab") for _ in range(32_767)) + "</t></si>" for _ in range(600))
    write_workbook(path, sheet_xml([HEADER_ROW]), shared_strings_xml(items))


def xlsx_one_huge_text(path):
    """One shared string of 2 MiB of digits: refused as text no cell can hold."""
    rng = random.Random(11)
    text = "".join(str(rng.randrange(10)) for _ in range(2 << 20))
    write_workbook(path, sheet_xml([HEADER_ROW]), shared_strings_xml([f"<si><t>{text}</t></si>"]))


def xlsx_repeated_shared_string(path):
    """One shared string of 32,767 characters in 2,000 cells: each cell would copy it."""
    text = "x" * 32_767
    rows = (f'<row r="{r}">' + shared(f"A{r}", 0) + shared(f"B{r}", 0) + '</row>' for r in range(2, 2002))
    write_workbook(path, sheet_xml([HEADER_ROW, *rows]), shared_strings_xml([f"<si><t>{text}</t></si>"]))


def xlsx_padded_sheet(path):
    """A header reaching column XFD, then 10,000 short rows: each padded to 16,384 cells."""
    header = '<row r="1">' + inline("A1", "Nombre(s)") + inline("B1", "Apellidos") + inline("XFD1", "Z") + '</row>'
    rows = (f'<row r="{r}">' + inline(f"A{r}", "Ana") + inline(f"B{r}", "Peña") + '</row>'
            for r in range(2, 10_002))
    write_workbook(path, sheet_xml([header, *rows]))


def xlsx_deep_nesting(path):
    """A shared string nested 1,000,000 elements deep."""
    depth = 1_000_000
    items = ["<si>" + "<r>" * depth + "<t>x</t>" + "</r>" * depth + "</si>"]
    write_workbook(path, sheet_xml([HEADER_ROW]), shared_strings_xml(items))


def xlsx_million_rows(path):
    """1,000,000 people, as a workbook would hold them: refused past the row limit."""
    rng = random.Random(12)
    given = words(rng, 500)
    family = words(rng, 500)
    strings = given + family
    rows = (f'<row r="{r}">' + shared(f"A{r}", rng.randrange(500)) + shared(f"B{r}", 500 + rng.randrange(500)) +
            '</row>' for r in range(2, 1_000_002))
    write_workbook(path, sheet_xml([HEADER_ROW, *rows]),
                   shared_strings_xml(f"<si><t>{text}</t></si>" for text in strings))


def xlsx_largest_list(path):
    """The largest list the limits let through: 30,000 distinct people (the row limit) with eight
    columns and positions of 230 characters, 9.6 million characters (the limit is 10 million).
    It must be read and planned within the budget."""
    rng = random.Random(13)
    given = words(rng, 400)
    family = words(rng, 400)
    institutions = [f"Institución {i}" for i in range(50)]
    strings = given + family + institutions + ["F", "H"]
    header = ('<row r="1">' + inline("A1", "Nombre(s)") + inline("B1", "Apellidos") + inline("C1", "Institución") +
              inline("D1", "Género") + inline("E1", "Cargo") + inline("F1", "Estado") +
              inline("G1", "Correo electrónico") + inline("H1", "Teléfono") + '</row>')
    rows = []
    for r in range(2, 30_002):
        position = " ".join(rng.choice(family) for _ in range(40))[:230]
        rows.append(f'<row r="{r}">' + shared(f"A{r}", rng.randrange(400)) +
                    inline(f"B{r}", f"{family[rng.randrange(400)]} {family[rng.randrange(400)]} {r * 7919 % 100_003}") +
                    shared(f"C{r}", 800 + rng.randrange(50)) + shared(f"D{r}", 850 + rng.randrange(2)) +
                    inline(f"E{r}", position) + inline(f"F{r}", rng.choice(family)) +
                    inline(f"G{r}", f"persona{r}@ejemplo{rng.randrange(90)}.org.mx") +
                    inline(f"H{r}", f"55 {rng.randrange(10**4):04d} {rng.randrange(10**4):04d}") + '</row>')
    write_workbook(path, sheet_xml([header, *rows]),
                   shared_strings_xml(f"<si><t>{text}</t></si>" for text in strings))


# --- CSV --------------------------------------------------------------------------------------

def csv_ten_megabyte_name(path):
    """A given name of 10 MiB in the second of three rows: that row is rejected, the others read."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Nombre(s),Apellidos,Género\r\n")
        out.write("Ana,Peña,F\r\n")
        out.write("J" + "o" * (10 << 20) + ",Pérez,H\r\n")
        out.write("Luis,Ortiz,H\r\n")


def csv_long_name(path):
    """A family name of 80,000 characters (the quadratic case of the reproduction), quoted."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Nombre(s),Apellidos\r\n")
        out.write('Ana,"' + "Ñ" * 80_000 + '"\r\n')
        out.write("Luis,Ortiz\r\n")


def csv_name_over_limit(path):
    """A family name of 201 characters: under a cell's limit, over a name's."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Nombre(s),Apellidos\r\n")
        out.write("Ana," + "P" * 201 + "\r\n")
        out.write("Luis,Ortiz\r\n")


def csv_huge_line(path):
    """One line of 30 MiB of separators and letters: refused at the column limit."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Nombre(s),Apellidos\r\n")
        out.write("a," * (15 << 20) + "\r\n")


def csv_huge_quoted_cell(path):
    """A quoted cell of 25 MiB holding line breaks: one cell, cut and its row rejected."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Nombre(s),Apellidos\r\n")
        out.write('Ana,"' + "Peña\n" * (4 << 20) + '"\r\n')


def csv_million_rows(path):
    """1,000,000 rows: refused past the row limit."""
    rng = random.Random(14)
    given = words(rng, 300)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Nombre(s),Apellidos\n")
        out.writelines(f"{given[rng.randrange(300)]},{given[rng.randrange(300)]}\n" for _ in range(1_000_000))


def csv_wide_short_rows(path):
    """A header of 16,000 columns over 200,000 short rows: each row padded to the header's width."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Nombre(s),Apellidos," + ",".join(f"c{i}" for i in range(16_000)) + "\n")
        out.writelines("Ana,Peña\n" for _ in range(200_000))


# name -> writer; tests/import/HostileInputTest.cpp holds what seminardesk-cli must answer to each.
HOSTILE_FILES = {
    "zip-bomb.xlsx": xlsx_zip_bomb,
    "ratio-bomb.xlsx": xlsx_ratio_bomb,
    "lying-bomb.xlsx": xlsx_lying_bomb,
    "shared-strings-count.xlsx": xlsx_shared_strings_count,
    "shared-strings-text.xlsx": xlsx_shared_strings_text,
    "one-huge-text.xlsx": xlsx_one_huge_text,
    "repeated-shared-string.xlsx": xlsx_repeated_shared_string,
    "padded-sheet.xlsx": xlsx_padded_sheet,
    "deep-nesting.xlsx": xlsx_deep_nesting,
    "million-rows.xlsx": xlsx_million_rows,
    "largest-list.xlsx": xlsx_largest_list,
    "ten-megabyte-name.csv": csv_ten_megabyte_name,
    "long-name.csv": csv_long_name,
    "name-over-limit.csv": csv_name_over_limit,
    "huge-line.csv": csv_huge_line,
    "huge-quoted-cell.csv": csv_huge_quoted_cell,
    "million-rows.csv": csv_million_rows,
    "wide-short-rows.csv": csv_wide_short_rows,
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = pathlib.Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    names = sys.argv[2:] or list(HOSTILE_FILES)
    for name in names:
        HOSTILE_FILES[name](folder / name)


if __name__ == "__main__":
    main()
