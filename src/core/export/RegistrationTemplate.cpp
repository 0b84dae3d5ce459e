#include "export/RegistrationTemplate.h"

#include "domain/Language.h"
#include "export/CellSafety.h"
#include "export/XlsxWriter.h"
#include "import/ImportValues.h"

#include <QCoreApplication>
#include <QDir>
#include <array>
#include <xlsxwriter.h>

namespace sd {

namespace {

class Template
{
    Q_DECLARE_TR_FUNCTIONS(sd::Export)
};

// One column of the template: its heading in each language (each recognised by import, see
// recogniseHeading) and its width in characters.
struct Column
{
    const char* spanish;
    const char* english;
    double width;
};

enum ColumnIndex : lxw_col_t
{
    GivenNamesColumn,
    FamilyNamesColumn,
    GenderColumn,
    InstitutionColumn,
    InstitutionTypeColumn,
    PositionColumn,
    RegionColumn,
    EmailColumn,
    PhoneColumn,
};

constexpr std::array<Column, 9> kColumns{{
    {"Nombre(s)", "Given names", 22},
    {"Apellidos", "Family names", 24},
    {"Sexo", "Gender", 14},
    {"Institución", "Institution", 40},
    {"Tipo de institución", "Institution type", 26},
    {"Cargo", "Position", 28},
    {"Entidad federativa", "Region", 20},
    {"Correo electrónico", "Email", 30},
    {"Teléfono", "Phone", 16},
}};

// The gender values a template offers; parseGender reads each of them.
QStringList genderChoices(bool spanish)
{
    return spanish ? QStringList{QStringLiteral("Mujer"), QStringLiteral("Hombre"), QStringLiteral("Otro"),
                                 QStringLiteral("Prefiero no decirlo")}
                   : QStringList{QStringLiteral("Female"), QStringLiteral("Male"), QStringLiteral("Other"),
                                 QStringLiteral("Prefer not to say")};
}

struct Texts
{
    QByteArray sheet;
    QByteArray noticeSheet;
    QByteArray listsSheet;
    QByteArray chooseTitle;
    QByteArray genderMessage;
    QByteArray typeMessage;
    QByteArray institutionMessage;
    QByteArray refusedTitle;
    QByteArray refusedMessage;
};

Texts textsFor(bool spanish)
{
    if (spanish)
        return {"Registro",
                "Aviso de privacidad",
                "Listas",
                "Elija de la lista",
                "Mujer, Hombre, Otro o Prefiero no decirlo.",
                "El tipo de la institución, si no está en la lista de la columna Institución.",
                "Elija una institución de la lista, o escriba el nombre completo de una nueva.",
                "Valor no válido",
                "Elija un valor de la lista."};
    return {"Registration",
            "Privacy notice",
            "Lists",
            "Choose from the list",
            "Female, Male, Other or Prefer not to say.",
            "The institution's type, when it is not in the Institution column's list.",
            "Choose an institution from the list, or write the full name of a new one.",
            "Not a valid value",
            "Choose a value from the list."};
}

// A drop-down list over a column of the hidden Lists sheet, on every row of one column.
Status addList(lxw_worksheet* sheet, lxw_col_t column, const QByteArray& range, bool refuseOthers,
               const QByteArray& title, const QByteArray& message, const Texts& texts)
{
    QByteArray formula = range;
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
    QByteArray inputTitle = title;
    QByteArray inputMessage = message;
    QByteArray errorTitle = texts.refusedTitle;
    QByteArray errorMessage = texts.refusedMessage;
    validation.input_title = inputTitle.data();
    validation.input_message = inputMessage.data();
    validation.error_type =
        refuseOthers ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_INFORMATION;
    validation.error_title = errorTitle.data();
    validation.error_message = errorMessage.data();
    if (worksheet_data_validation_range(sheet, 1, column, kRegistrationTemplateRows, column, &validation) !=
        LXW_NO_ERROR)
        return Error::badInput(Template::tr("Could not add a drop-down list to the registration template."));
    return {};
}

// Writes `values` down column `column` of the Lists sheet and returns the range that names them.
QByteArray writeListColumn(lxw_worksheet* lists, const QByteArray& listsName, lxw_col_t column,
                           const QStringList& values)
{
    for (qsizetype row = 0; row < values.size(); ++row)
        worksheet_write_string(lists, lxw_row_t(row), column,
                               neutraliseCell(values[row]).toUtf8().constData(), nullptr);
    const QByteArray letter(1, char('A' + column));
    return "='" + listsName + "'!$" + letter + "$1:$" + letter + "$" +
           QByteArray::number(qMax<qsizetype>(1, values.size()));
}

Status fill(lxw_workbook* workbook, const RegistrationTemplateOptions& options)
{
    const bool spanish = options.language == QLatin1String("es");
    const Texts texts = textsFor(spanish);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, texts.sheet.constData());
    lxw_worksheet* notice = workbook_add_worksheet(workbook, texts.noticeSheet.constData());
    lxw_worksheet* lists = workbook_add_worksheet(workbook, texts.listsSheet.constData());
    if (sheet == nullptr || notice == nullptr || lists == nullptr)
        return Error::badInput(Template::tr("Could not add the sheets of the registration template."));

    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_bg_color(heading, 0xDDEBF7);
    format_set_border(heading, LXW_BORDER_THIN);
    for (std::size_t index = 0; index < kColumns.size(); ++index) {
        const Column& column = kColumns[index];
        worksheet_write_string(sheet, 0, lxw_col_t(index), spanish ? column.spanish : column.english,
                               heading);
        worksheet_set_column(sheet, lxw_col_t(index), lxw_col_t(index), column.width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    const QByteArray listsName = texts.listsSheet;
    const QByteArray genders = writeListColumn(lists, listsName, 0, genderChoices(spanish));
    const QByteArray types = writeListColumn(
        lists, listsName, 1, institutionTypeNames(spanish ? QStringLiteral("es") : QStringLiteral("en")));
    if (Status added =
            addList(sheet, GenderColumn, genders, true, texts.chooseTitle, texts.genderMessage, texts);
        !added)
        return added;
    if (Status added =
            addList(sheet, InstitutionTypeColumn, types, true, texts.chooseTitle, texts.typeMessage, texts);
        !added)
        return added;
    if (!options.institutions.isEmpty()) {
        const QByteArray institutions = writeListColumn(lists, listsName, 2, options.institutions);
        if (Status added = addList(sheet, InstitutionColumn, institutions, false, texts.chooseTitle,
                                   texts.institutionMessage, texts);
            !added)
            return added;
    }
    worksheet_hide(lists);

    lxw_format* wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    worksheet_set_column(notice, 0, 0, 100, nullptr);
    const QString text = options.privacyNotice.trimmed().isEmpty()
                             ? defaultPrivacyNotice(options.language, options.projectTitle)
                             : options.privacyNotice.trimmed();
    worksheet_set_row(notice, 0, 15.0 * (1 + text.size() / 90), nullptr);
    worksheet_write_string(notice, 0, 0, neutraliseCell(text).toUtf8().constData(), wrapped);
    return {};
}

} // namespace

Status writeRegistrationTemplate(const QString& path, const RegistrationTemplateOptions& options)
{
    if (path.isEmpty())
        return Error::badInput(
            Template::tr("No file name was given for the registration template; choose a file."));
    return writeWorkbookFile(path, false, [&](lxw_workbook* workbook) { return fill(workbook, options); });
}

QStringList registrationInstitutionChoices(const QList<Institution>& institutions, const QString& language)
{
    const Language chosen = languageFromCode(language).value_or(Language::English);
    QStringList names;
    for (const Institution& institution : institutions) {
        const QString name = inLanguage(chosen, institution.name, institution.nameEs);
        const QString acronym = inLanguage(chosen, institution.acronym, institution.acronymEs);
        names.append(acronym.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, acronym));
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString defaultPrivacyNotice(const QString& language, const QString& projectTitle)
{
    if (language == QLatin1String("es"))
        return QStringLiteral(
                   "Aviso de privacidad. Los datos personales que se recaban en esta lista (nombre, sexo, "
                   "institución, cargo, entidad federativa, correo electrónico y teléfono) se utilizan "
                   "únicamente para registrar su participación en las actividades de %1, emitir sus "
                   "constancias "
                   "e informar a quienes financian el proyecto mediante estadísticas que no le identifican. "
                   "No "
                   "se transfieren a terceros. Puede ejercer sus derechos de acceso, rectificación, "
                   "cancelación "
                   "y oposición (derechos ARCO) ante la coordinación del proyecto.")
            .arg(projectTitle.isEmpty() ? QStringLiteral("este proyecto") : projectTitle);
    return QStringLiteral(
               "Privacy notice. The personal data collected on this list (name, gender, institution, "
               "position, "
               "region, email and phone) are used only to record your participation in the activities of %1, "
               "to issue your certificates and to report to the project's funders in statistics that do not "
               "identify you. They are not passed on to third parties. You may ask the project's "
               "coordination "
               "to see, correct or erase them, or object to their use.")
        .arg(projectTitle.isEmpty() ? QStringLiteral("this project") : projectTitle);
}

} // namespace sd
