#!/usr/bin/python3
"""Writes the input files of the import golden cases (tests/data/import/<case>/).

Each case folder holds an input list, command.txt (one seminardesk-cli command per line, {db}
standing for the programme file, which starts as the fixture of tests/import/ImportFixture.h),
expected-report.txt (what the commands print), expected-counts.json (exit codes and the file's
counts afterwards) and, where rows are rejected, expected-rejected.csv. The inputs are written by
this script because several need exact bytes (Windows-1252, a BOM, UTF-16, an XLSX workbook);
the expected files are written by import_tests with SEMINARDESK_UPDATE_GOLDEN=1 and then read
and checked by a person before they are committed.

Run: /usr/bin/python3 tests/data/import/make_cases.py   (needs python3-openpyxl for the XLSX case)
"""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(case, name, data):
    folder = os.path.join(HERE, case)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def text_case(case, lines, command, encoding="utf-8", bom=b"", newline="\r\n", name="input.csv"):
    body = newline.join(lines) + newline
    write(case, name, bom + body.encode(encoding))
    write(case, "command.txt", ("\n".join(command) + "\n").encode("utf-8"))


text_case("utf8-comma", [
    "Given names,Family names,Gender,Institution,Position,Region,Email,Phone",
    "Ana Lucía,Ramírez Soto,female,COMAR,Analyst,Chiapas,ana.ramirez@example.org,+52 962 555 0101",
    "Jorge,Cruz Peña,male,SEGOB,Director,,JORGE.CRUZ@EXAMPLE.ORG,",
    "Lucía,Méndez Ortiz,female,Instituto Nacional de Migración,Migration officer,Tabasco,lucia.mendez@example.org,",
    "Tomás,Vidal Núñez,other,Universidad Nacional,Researcher,,tomas.vidal@example.org,",
    "Carmen,Ibarra Luna,,Consejo Estatal de Población (COESPO),Analyst,Chiapas,,",
], ["import {db} participants input.csv"])

text_case("utf8-bom-semicolon", [
    "Nombre(s);Apellidos;Sexo;Dependencia;Puesto;Entidad;Correo;Teléfono",
    "Raúl;Ortega Salas;H;INM;Agente federal;Chiapas;raul.ortega@example.org;9621234567",
    "Begoña;Iturbe Díaz;M;COMAR;Oficial de elegibilidad;Tabasco;;",
    "José Luis;Pérez Gómez;H;COMAR;Coordinador de zona;;jl.perez@example.org;",
    "María José;Hernández Ruiz;M;COMAR;;;;",
], ["import {db} participants input.csv"], bom=b"\xef\xbb\xbf")

# The bulk-entry acceptance case: Windows-1252, semicolons, Spanish headings, a quoted line break,
# accent-less and upper-case retypings of the same people, and two bad rows (lines 9 and 10).
text_case("cp1252-semicolon-acceptance", [
    "Nombre(s);Apellidos;Sexo;Institución;Cargo;Estado;Correo electrónico;Teléfono",
    "Rosa María;Núñez Castillo;Mujer;INM;\"Jefa de departamento\r\nde asilo\";Chiapas;rosa.nunez@example.org;962 555 0199",
    "Héctor;Jiménez Ávila;Hombre;COMAR;Oficial;Tabasco;;",
    "ROSA MARIA;NUNEZ CASTILLO;F;INM;;;;",
    "Hector;Jimenez Avila;H;;;;hector.jimenez@example.org;",
    "Inés;Peña Vázquez;F;SEGOB;Asesora;Veracruz;ines.pena@example.org;",
    "ines;pena vazquez;;Secretaría de Gobernación;;;INES.PENA@EXAMPLE.ORG;",
    ";Sánchez Flores;F;INM;;;;",
    "Mónica;Ruiz Ortiz;X;INM;;;monica.ruiz@;",
], [
    "import {db} participants input.csv",
    "import {db} participants input.csv --skip-invalid",
    "import {db} participants input.csv --skip-invalid",
], encoding="cp1252")

text_case("tab-separated", [
    "Given names\tFamily names\tGender\tInstitution\tEmail",
    "Sofía\tGarcía López\tF\tINM\tsofia.garcia@example.org",
    "Andrés\tFlores Gómez\tM\tCOMAR\t",
], ["import {db} participants input.csv"], newline="\n")

text_case("utf16-tab", [
    "Nombre(s)\tApellidos\tSexo\tInstitución",
    "Iñaki\tOrtiz Peña\tHombre\tCOMAR",
    "Mónica\tCastillo Jiménez\tMujer\tINM",
], ["import {db} participants input.txt"], encoding="utf-16-le", bom=b"\xff\xfe", name="input.txt")

text_case("quoted-line-breaks", [
    "given_names,family_names,position,institution,email",
    "Verónica,\"Castillo\nRuiz\",\"Oficial de protección, zona sur\",\"\"\"La Casa\"\" del Migrante\",vero.castillo@example.org",
    "\"Luis\nAlberto\",Paz Mena,\"Jefe de\nunidad\",INM,",
], ["import {db} participants input.csv"], newline="\n")

text_case("spanish-split-family-names", [
    "Nombre;Apellido paterno;Apellido materno;Género;Institución;Cargo;Estado;Correo electrónico",
    "Guadalupe;Morales;Ríos;Femenino;INM;Subdirectora;Chiapas;gpe.morales@example.org",
    "Francisco;Torres;;Masculino;COMAR;;;",
    "Gpe.;Morales;Ríos;Femenino;INM;;;",
], ["import {db} participants input.csv"])

text_case("rejections-participants", [
    "Nombre;Apellidos;Sexo;Institución;Correo",
    "Carlos;;H;INM;carlos.rivas@example.org",
    ";Rivas;H;INM;",
    "Elena;Rivas;F;INM;elena@@example.org",
    "Pablo;Soto;Z;INM;",
    "Marta;Soto;F;UN;",
    "Juan Carlos;López Díaz;H;;",
    "Lorena;Vega;F;INM;lorena.vega@example.org",
], [
    "import {db} participants input.csv",
    "import {db} participants input.csv --skip-invalid",
])

text_case("gender-undecided-m", [
    "Nombre,Apellidos,Sexo",
    "Pilar,Serrano,M",
    "Diego,Serrano,Hombre",
    "Pilar,Cano,Mujer",
], ["import {db} participants input.csv --skip-invalid"])

text_case("attendance-sheet", [
    "Correo;Nombre;Apellidos;Institución;Actividad;Fecha;Turno;Asistencia",
    "mj.hernandez@example.org;María José;Hernández Ruiz;INM;1;13/03/2017;;Retardo",
    "mj.hernandez@example.org;María José;Hernández Ruiz;INM;1;14/03/17;;P",
    ";José Luis;Pérez Gómez;COMAR;1;2017-03-13;;Ausente",
    ";José Luis;Pérez Gómez;COMAR;1;15/3/2017;;justificado",
    "jorge.cruz@example.org;;;;2;10/05/2017;mañana;present",
    "jorge.cruz@example.org;;;;2;10/05/2017;tarde;late",
    ";Ana Lucía;Ramírez Soto;;1;13/03/2017;;A",
], [
    "import {db} attendance input.csv",
    "import {db} attendance input.csv",
])

text_case("rejections-attendance", [
    "Email,Given names,Family names,Activity,Date,Part,Status",
    "mj.hernandez@example.org,,,9,13/03/2017,,P",
    "mj.hernandez@example.org,,,,13/03/2017,,P",
    "mj.hernandez@example.org,,,1,31/02/2017,,P",
    "mj.hernandez@example.org,,,1,,,P",
    "mj.hernandez@example.org,,,1,20/03/2017,,P",
    "mj.hernandez@example.org,,,2,10/05/2017,,P",
    "mj.hernandez@example.org,,,2,10/05/2017,noche,P",
    "mj.hernandez@example.org,,,1,13/03/2017,afternoon,P",
    "mj.hernandez@example.org,,,1,14/03/2017,,",
    "mj.hernandez@example.org,,,1,14/03/2017,,maybe",
    "nobody@example.org,Nadie,Desconocido,1,14/03/2017,,P",
    ",Juan Carlos,López Díaz,1,14/03/2017,,P",
    "jorge.cruz@example.org,,,1,14/03/2017,,P",
    "jorge.cruz@example.org,,,1,14/03/2017,,A",
], ["import {db} attendance input.csv --skip-invalid"])

text_case("attendance-create-missing", [
    "Nombre(s),Apellidos,Correo electrónico,Fecha,Turno,Estatus",
    "Valeria,Nava Ríos,valeria.nava@example.org,2017-05-10,Matutino,Presente",
    "Valeria,Nava Ríos,valeria.nava@example.org,2017-05-10,Vespertino,Retardo",
    ",,solo.correo@example.org,2017-05-10,AM,P",
    "Jorge,Cruz Peña,,10/05/2017,PM,P",
], [
    "import {db} attendance input.csv --activity 2",
    "import {db} attendance input.csv --activity 2 --create-missing --skip-invalid",
])

text_case("duplicates-within-file", [
    "Given names,Family names,Institution,Email",
    "Patricia,Gómez Herrera,INM,patricia.gomez@example.org",
    "PATRICIA,GOMEZ HERRERA,,",
    "Patricia,Gomez Herera,INM,",
    "Gómez Herrera,Patricia,INM,",
    "P.,Gómez Herrera,INM,",
    "Ricardo,Salinas Vega,COMAR,r.salinas@example.org",
    "Ricardo,Salinas Vega,COMAR,ricardo.salinas@example.org",
    "Ricardo,Salinas Vega,INM,",
], ["import {db} participants input.csv", "duplicates {db}"])

text_case("duplicates-against-stored", [
    "Nombre(s);Apellidos;Institución;Correo",
    "Ma. José;Hernández Ruiz;INM;",
    "Hernández Ruiz;María José;;",
    "Jose Luis;Perez Gomes;COMAR;",
    "José;Pérez Gómez;COMAR;",
    "Ana Lucia;Ramirez Soto;;",
], ["import {db} participants input.csv"])

text_case("reimport", [
    "Given names,Family names,Gender,Institution,Email",
    "Mariana,Delgado Ponce,F,INM,mariana.delgado@example.org",
    "José Luis,Pérez Gómez,M,COMAR,",
    "Jorge,Cruz Peña,M,SEGOB,jorge.cruz@example.org",
], [
    "import {db} participants input.csv --activity 1",
    "import {db} participants input.csv --activity 1",
])

text_case("explicit-mapping", [
    "Prénom,Nom de famille,Courriel,Organisme,Notes",
    "Élodie,Martin,elodie.martin@example.org,COMAR,vegetariana",
    "Hugo,Bernard,,INM,",
], [
    "import {db} participants input.csv",
    "import {db} participants input.csv --map Prénom=given_names --map \"Nom de famille=family_names\" "
    "--map Courriel=email --map Organisme=institution --map Notes=ignore",
])

text_case("dry-run", [
    "Given names,Family names,Email",
    "Gabriela,Soto Luna,gabriela.soto@example.org",
    "Gabriela,,",
], [
    "import {db} participants input.csv --dry-run",
    "import {db} participants input.csv --dry-run --skip-invalid",
])

# Bytes that are no list at all: the start of a PNG image, passed as CSV.
write("binary-file", "input.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
write("binary-file", "command.txt", b"import {db} participants input.csv\n")


def xlsx_case():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Registro"
    sheet.append(["Nombre(s)", "Apellidos", "Sexo", "Institución", "Correo electrónico", "Teléfono",
                  "Fecha de registro"])
    sheet.append(["Alejandra", "Fuentes Mora", "M", "INM", "alejandra.fuentes@example.org", 9621234567,
                  datetime.date(2017, 3, 1)])
    sheet.append([])
    sheet.append(["Emilio", "Ramos Cid", "H", "COMAR", None, None, datetime.date(2017, 3, 2)])
    sheet.append(["ALEJANDRA", "FUENTES MORA", None, None, None, "962 123 4567", None])
    sheet["G2"].number_format = "dd/mm/yyyy"
    sheet["G4"].number_format = "dd/mm/yyyy"
    folder = os.path.join(HERE, "xlsx-list")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "input.xlsx")
    book.save(path)
    write("xlsx-list", "command.txt", b"import {db} participants input.xlsx\n")


xlsx_case()
