// The registration list template (`seminardesk-cli template`, Reports ▸ Registration list template):
// read by openpyxl as a spreadsheet program would, filled in there, and imported back with no mapping.
#include "CliDemoSuite.h"
#include "Process.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace sd::test;

namespace {

// Prints what openpyxl sees in the template: the sheets (and which are hidden), the headings, every
// drop-down list with its cells and its choices, and the notice. Then fills two rows and saves the
// workbook as a user would: a person of an institution of the list, and a person of a new one.
const char* const kReadAndFill = R"py(
import sys, openpyxl
path, filled, institution, new_type = sys.argv[1:5]
book = openpyxl.load_workbook(path)
for sheet in book.worksheets:
    print("sheet", sheet.title, sheet.sheet_state)
data = book.worksheets[0]
print("headings", "|".join(cell.value for cell in data[1]))
lists = book.worksheets[2]
for validation in data.data_validations.dataValidation:
    formula = validation.formula1.lstrip("=")
    sheet_name, cells = formula.rsplit("!", 1)
    first, last = cells.replace("$", "").split(":")
    column = first[0]
    values = [lists[column + str(row)].value for row in range(int(first[1:]), int(last[1:]) + 1)]
    print("list", str(validation.sqref), validation.errorStyle or "stop", "|".join(values))
print("notice", book.worksheets[1]["A1"].value)
data.append(["Xóchitl", "Zamarripa Quetzal", "Mujer", institution, "", "Jefa de departamento",
             "Oaxaca", "xochitl.zamarripa@example.org", ""])
data.append(["Tlaloc", "Ixtapa Nezahual", "Hombre", "Colectivo Frontera Digna", new_type, "Coordinador",
             "Chiapas", "tlaloc.ixtapa@example.org", ""])
book.save(filled)
)py";

class TemplateCliTest : public CliDemoSuite
{
protected:
    ProcessRun readAndFill(const QString& path, const QString& filled, const QString& institution,
                           const QString& type)
    {
        return runProgram(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromUtf8(kReadAndFill), path, filled, institution, type});
    }
};

TEST_F(TemplateCliTest, ASpanishTemplateFilledInImportsWithNoMapping)
{
    const QString file = demoCopy(QStringLiteral("demo.sdesk"));
    const QString path = m_dir.path(QStringLiteral("registro.xlsx"));
    const ProcessRun written = cli({QStringLiteral("template"), file, QStringLiteral("-o"), path,
                                    QStringLiteral("--language"), QStringLiteral("es")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();

    const QString filled = m_dir.path(QStringLiteral("registro-lleno.xlsx"));
    const ProcessRun read = readAndFill(path, filled, QStringLiteral("Instituto Nacional de Migración (INM)"),
                                        QStringLiteral("Sociedad civil"));
    ASSERT_EQ(read.exitCode, 0) << read.err.toStdString();
    const QStringList lines = read.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.value(0), QStringLiteral("sheet Registro visible"));
    EXPECT_EQ(lines.value(1), QStringLiteral("sheet Aviso de privacidad visible"));
    EXPECT_EQ(lines.value(2), QStringLiteral("sheet Listas hidden"));
    EXPECT_EQ(lines.value(3),
              QStringLiteral("headings Nombre(s)|Apellidos|Sexo|Institución|Tipo de institución|"
                             "Cargo|Entidad federativa|Correo electrónico|Teléfono"));
    EXPECT_TRUE(lines.contains(QStringLiteral("list C2:C1001 stop Mujer|Hombre|Otro|Prefiero no decirlo")))
        << read.out.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "list E2:E1001 stop Federal|Estatal|Municipal|Poder Judicial|Sociedad civil|Organismo internacional|"
        "Administración de un Estado miembro de la UE|Académica|Otro")))
        << read.out.toStdString();
    // The institutions are suggested, not imposed: a new one may be typed in.
    const QStringList institutionList = lines.filter(QStringLiteral("list D2:D1001 information "));
    ASSERT_EQ(institutionList.size(), 1) << read.out.toStdString();
    EXPECT_TRUE(institutionList.first().contains(QStringLiteral("|Instituto Nacional de Migración (INM)|")))
        << institutionList.first().toStdString();
    const QStringList notice = lines.filter(QStringLiteral("notice "));
    ASSERT_EQ(notice.size(), 1);
    EXPECT_TRUE(
        notice.first().startsWith(QStringLiteral("notice Aviso de privacidad. Los datos personales")));
    EXPECT_TRUE(notice.first().contains(QStringLiteral("ARCO")));

    // What the user filled in imports without a mapping: both persons, the new institution with its type.
    const ProcessRun imported = cli({QStringLiteral("import"), file, QStringLiteral("participants"), filled});
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
    const ProcessRun people = sqliteShell(
        file,
        QStringLiteral("SELECT p.family_names, p.gender, i.name, i.type FROM participant p JOIN institution "
                       "i ON i.id = p.institution_id WHERE p.family_names IN ('Zamarripa Quetzal', 'Ixtapa "
                       "Nezahual') ORDER BY 1;"));
    ASSERT_EQ(people.exitCode, 0) << people.err.toStdString();
    EXPECT_EQ(people.out,
              QStringLiteral("Ixtapa Nezahual|male|Colectivo Frontera Digna|civil_society\n"
                             "Zamarripa Quetzal|female|National Institute of Migration|federal\n"));
}

TEST_F(TemplateCliTest, AnEnglishTemplateHasEnglishHeadingsAndLists)
{
    const QString path = m_dir.path(QStringLiteral("registration.xlsx"));
    const ProcessRun written = cli({QStringLiteral("template"), s_demo, QStringLiteral("-o"), path});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const ProcessRun read =
        readAndFill(path, m_dir.path(QStringLiteral("filled.xlsx")),
                    QStringLiteral("Instituto Nacional de Migración (INM)"), QStringLiteral("Civil society"));
    ASSERT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_TRUE(read.out.contains(QStringLiteral("headings Given names|Family names|Gender|Institution|"
                                                 "Institution type|Position|Region|Email|Phone\n")))
        << read.out.toStdString();
    EXPECT_TRUE(
        read.out.contains(QStringLiteral("list C2:C1001 stop Female|Male|Other|Prefer not to say\n")));
    EXPECT_TRUE(read.out.contains(QStringLiteral("notice Privacy notice. The personal data")));
}

TEST_F(TemplateCliTest, WrongUsesAreToldInOneSentence)
{
    const ProcessRun noOutput = cli({QStringLiteral("template"), s_demo});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_TRUE(noOutput.err.contains(QStringLiteral("-o OUT.xlsx"))) << noOutput.err.toStdString();
    const ProcessRun csv =
        cli({QStringLiteral("template"), s_demo, QStringLiteral("-o"), m_dir.path(QStringLiteral("t.csv"))});
    EXPECT_EQ(csv.exitCode, 2);
    const ProcessRun language =
        cli({QStringLiteral("template"), s_demo, QStringLiteral("-o"), m_dir.path(QStringLiteral("t.xlsx")),
             QStringLiteral("--language"), QStringLiteral("fr")});
    EXPECT_EQ(language.exitCode, 2);
    EXPECT_TRUE(language.err.contains(QStringLiteral("es or en"))) << language.err.toStdString();
    const ProcessRun missing = cli({QStringLiteral("template"), m_dir.path(QStringLiteral("none.sdesk")),
                                    QStringLiteral("-o"), m_dir.path(QStringLiteral("t.xlsx"))});
    EXPECT_EQ(missing.exitCode, 3) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.path(QStringLiteral("t.xlsx"))));
}

} // namespace
