#!/usr/bin/python3
"""Writes the golden CSV cases: each folder holds input.csv (bytes exactly as the case needs) and
expected.json (what CsvReader must return). The expectations are written here by hand, not taken
from the reader. Run from anywhere: /usr/bin/python3 tests/data/csv/make_golden_cases.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def case(name, data, expected):
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    (folder / "input.csv").write_bytes(data)
    (folder / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def table(encoding, separator, header, rows, lines):
    assert len(rows) == len(lines)
    return {"encoding": encoding, "separator": separator, "header": header, "rows": rows,
            "lineNumbers": lines}


def error(message):
    return {"error": {"kind": "BadInput", "message": message}}


case("utf8-bom-comma",
     b"\xef\xbb\xbf" + "Given names,Family names,Email,Region\r\n"
     "Ana María,Ramírez López,ana.ramirez@example.org,Oaxaca\r\n"
     "José,Núñez,jose.nunez@example.org,Chiapas\r\n".encode("utf-8"),
     table("UTF-8 with BOM", ",", ["Given names", "Family names", "Email", "Region"],
           [["Ana María", "Ramírez López", "ana.ramirez@example.org", "Oaxaca"],
            ["José", "Núñez", "jose.nunez@example.org", "Chiapas"]],
           [2, 3]))

# Decimal commas inside cells must not make the comma look like the separator.
case("utf8-semicolon",
     "Nombre(s);Apellidos;Horas\n"
     "Lucía;Peña Ortiz;1,5\n"
     "Íñigo;Güemes;12,25\n"
     "Zoë;Castañeda;3\n".encode("utf-8"),
     table("UTF-8", ";", ["Nombre(s)", "Apellidos", "Horas"],
           [["Lucía", "Peña Ortiz", "1,5"], ["Íñigo", "Güemes", "12,25"], ["Zoë", "Castañeda", "3"]],
           [2, 3, 4]))

# What Excel writes on a Spanish-language Windows: Windows-1252, semicolons, CRLF. The en dash
# (0x96) and the euro sign (0x80) come from the 0x80-0x9F range where Windows-1252 is not Latin-1.
case("cp1252-semicolon-spanish-headers",
     "Nombre(s);Apellidos;Sexo;Institución;Cargo;Estado;Correo electrónico;Teléfono\r\n"
     "María;Ramírez;Mujer;Secretaría de Educación;Jefa de departamento – zona norte;Oaxaca;"
     "maria.ramirez@example.org;951 123 4567\r\n"
     "Raúl;Núñez;Hombre;Instituto Estatal de Ecología;Analista;Chiapas;;\r\n"
     "Begoña;Peña;Femenino;Fundación Niños € Futuro;Coordinadora;Yucatán;bpena@example.org;999 765 4321\r\n"
     .encode("cp1252"),
     table("Windows-1252", ";",
           ["Nombre(s)", "Apellidos", "Sexo", "Institución", "Cargo", "Estado", "Correo electrónico",
            "Teléfono"],
           [["María", "Ramírez", "Mujer", "Secretaría de Educación", "Jefa de departamento – zona norte",
             "Oaxaca", "maria.ramirez@example.org", "951 123 4567"],
            ["Raúl", "Núñez", "Hombre", "Instituto Estatal de Ecología", "Analista", "Chiapas", "", ""],
            ["Begoña", "Peña", "Femenino", "Fundación Niños € Futuro", "Coordinadora", "Yucatán",
             "bpena@example.org", "999 765 4321"]],
           [2, 3, 4]))

# Commas and semicolons inside tab-separated cells.
case("tab-separated",
     "Given names\tFamily names\tInstitution\tPosition\n"
     "Carmen\tOrtega\tSecretaría de Salud, Oaxaca\tDirector; planning\n"
     "Luis\tVega\tINEGI\tAnalyst\n".encode("utf-8"),
     table("UTF-8", "\t", ["Given names", "Family names", "Institution", "Position"],
           [["Carmen", "Ortega", "Secretaría de Salud, Oaxaca", "Director; planning"],
            ["Luis", "Vega", "INEGI", "Analyst"]],
           [2, 3]))

# Line breaks inside quoted cells, CRLF and LF, come out as LF; the rows after them keep their
# physical line numbers.
case("quoted-line-break",
     b"Nombre(s);Apellidos;Institucion;Notas\r\n"
     b"Ana;Ruiz;\"Secretaria de Salud\r\nOficina regional\";ok\r\n"
     b"Pedro;Soto;INE;\"primera linea\nsegunda linea\nterCera\"\r\n"
     b"Rosa;Luna;CONAGUA;\"\"\r\n",
     table("UTF-8", ";", ["Nombre(s)", "Apellidos", "Institucion", "Notas"],
           [["Ana", "Ruiz", "Secretaria de Salud\nOficina regional", "ok"],
            ["Pedro", "Soto", "INE", "primera linea\nsegunda linea\nterCera"],
            ["Rosa", "Luna", "CONAGUA", ""]],
           [2, 4, 7]))

case("quoted-separator-and-doubled-quotes",
     'Name,Institution,Position\n'
     '"Ing. ""Pepe"" López","Secretaría de Salud, Oaxaca","Jefe, ""A"""\n'
     'Laura,"",""""\n'
     '"a,b,c",x,"5"" screen"\n'.encode("utf-8"),
     table("UTF-8", ",", ["Name", "Institution", "Position"],
           [['Ing. "Pepe" López', "Secretaría de Salud, Oaxaca", 'Jefe, "A"'],
            ["Laura", "", '"'],
            ["a,b,c", "x", '5" screen']],
           [2, 3, 4]))

# Blank lines before the header and between rows, rows of separators only (Excel writes them for
# formatted empty rows), a whitespace-only row, a short row (padded) and a row with empty cells
# beyond the header (dropped).
case("empty-rows",
     b"\r\n"
     b";;;\r\n"
     b"Nombre(s);Apellidos;Estado\r\n"
     b"\r\n"
     b"Ana;Ruiz;Puebla\r\n"
     b";;\r\n"
     b"   ;  ;\r\n"
     b"Pedro;Soto\r\n"
     b"Rosa;Luna;Tlaxcala;;;\r\n"
     b"\r\n",
     table("UTF-8", ";", ["Nombre(s)", "Apellidos", "Estado"],
           [["Ana", "Ruiz", "Puebla"], ["Pedro", "Soto", ""], ["Rosa", "Luna", "Tlaxcala"]],
           [5, 8, 9]))

# A PNG image renamed to .csv: the first NUL is at byte 8.
case("binary-file",
     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa",
     error("{file} is not a text CSV file (it contains binary data at byte 8). Save the list as CSV or "
           "XLSX and try again."))

case("unterminated-quote",
     b"Nombre(s);Apellidos;Institucion\n"
     b"Ana;Ruiz;INE\n"
     b"Pedro;\"Soto;CONAGUA\n"
     b"Rosa;Luna;INEGI\n",
     error("{file}, line 3: a quoted cell opens here and is never closed; add the closing quote (\") or "
           "remove the opening one and try again."))

case("too-many-cells",
     b"Name;Institution\n"
     b"Ana;INE\n"
     b"Pedro;Secretaria de Salud;Oaxaca\n",
     error("{file}, line 3: the row has 3 cells but the header has 2; put quotes around cells that "
           "contain the separator (semicolon) or give the column a header and try again."))

# Excel's "sep=" first line names the separator; the header is then on line 2.
case("excel-separator-hint",
     b"sep=;\r\n"
     b"Name;Hours\r\n"
     b"Ana,Maria;1,5\r\n",
     table("UTF-8", ";", ["Name", "Hours"], [["Ana,Maria", "1,5"]], [3]))

# Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
case("utf16-tab",
     "Nombre(s)\tApellidos\r\nMaría\tNúñez\r\n".encode("utf-16"),
     table("UTF-16LE with BOM", "\t", ["Nombre(s)", "Apellidos"], [["María", "Núñez"]], [2]))
