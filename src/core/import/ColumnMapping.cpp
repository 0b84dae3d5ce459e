#include "import/ColumnMapping.h"

#include "import/NameMatching.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace sd {

namespace {

QString quotedList(const QStringList& headings)
{
    QStringList quoted;
    for (const QString& heading : headings)
        quoted.append(u'"' + heading + u'"');
    return quoted.join(QStringLiteral(", "));
}

QString fieldCodes(ImportKind kind)
{
    QStringList codes;
    for (ImportField field : importFields(kind))
        codes.append(importFieldCode(field));
    return codes.join(QStringLiteral(", "));
}

int findColumn(const QStringList& header, const QString& wanted)
{
    const QString trimmed = wanted.trimmed();
    for (int column = 0; column < header.size(); ++column) {
        if (header[column].trimmed() == trimmed)
            return column;
    }
    const QString normalised = normaliseName(trimmed);
    for (int column = 0; column < header.size(); ++column) {
        if (!normalised.isEmpty() && normaliseName(header[column]) == normalised)
            return column;
    }
    return -1;
}

} // namespace

Result<ColumnOverride> ColumnMapping::parseOverride(const QString& text)
{
    const qsizetype equals = text.lastIndexOf(u'=');
    if (equals <= 0 || equals == text.size() - 1)
        return Error::badInput(
            tr("--map '%1' is not COLUMN=FIELD; write for example --map \"Correo=email\".").arg(text));
    ColumnOverride choice;
    choice.column = text.left(equals).trimmed();
    const QString fieldText = text.mid(equals + 1).trimmed();
    if (fieldText.compare(QLatin1String("ignore"), Qt::CaseInsensitive) == 0)
        return choice;
    choice.field = importFieldFromCode(fieldText);
    if (!choice.field)
        return Error::badInput(
            tr("--map '%1' names the field '%2', which does not exist; the fields are %3 and "
               "ignore.")
                .arg(text, fieldText, fieldCodes(ImportKind::Attendance)));
    return choice;
}

Result<ColumnMapping> ColumnMapping::build(const QStringList& header, ImportKind kind,
                                           const QList<ColumnOverride>& overrides, const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    ColumnMapping mapping;
    mapping.m_header = header;
    for (const QString& heading : header)
        mapping.m_fields.append(recogniseHeading(heading, kind));

    QSet<int> chosen;
    for (const ColumnOverride& choice : overrides) {
        const int column = findColumn(header, choice.column);
        if (column < 0)
            return Error::badInput(tr("%1 has no column \"%2\" for --map; its columns are %3.")
                                       .arg(name, choice.column, quotedList(header)));
        if (choice.field && !importFields(kind).contains(*choice.field))
            return Error::badInput(
                tr("--map \"%1\" names the field %2, which a list of this kind does not take; "
                   "the fields are %3.")
                    .arg(choice.column, importFieldCode(*choice.field), fieldCodes(kind)));
        mapping.m_fields[column] = choice.field;
        chosen.insert(column);
    }
    // An explicit choice wins over a column merely recognised as the same field.
    for (int column : std::as_const(chosen)) {
        for (int other = 0; other < mapping.m_fields.size(); ++other) {
            if (!chosen.contains(other) && mapping.m_fields[column] &&
                mapping.m_fields[other] == mapping.m_fields[column])
                mapping.m_fields[other] = std::nullopt;
        }
    }

    for (int column = 0; column < mapping.m_fields.size(); ++column) {
        const std::optional<ImportField> field = mapping.m_fields[column];
        if (!field)
            continue;
        for (int other = column + 1; other < mapping.m_fields.size(); ++other) {
            if (mapping.m_fields[other] == field)
                return Error::badInput(
                    tr("%1 has two columns for %2, \"%3\" and \"%4\"; choose one with --map \"%4=ignore\" "
                       "(or "
                       "map it to another field).")
                        .arg(name, importFieldCode(*field), header[column], header[other]));
        }
    }

    const bool hasFamily = mapping.has(ImportField::FamilyNames) || mapping.has(ImportField::FirstFamilyName);
    if (mapping.has(ImportField::FamilyNames) &&
        (mapping.has(ImportField::FirstFamilyName) || mapping.has(ImportField::SecondFamilyName)))
        return Error::badInput(
            tr("%1 has a column for the family names and one for a first or second family name; "
               "leave one out with --map \"COLUMN=ignore\".")
                .arg(name));
    if (mapping.has(ImportField::SecondFamilyName) && !mapping.has(ImportField::FirstFamilyName))
        return Error::badInput(
            tr("%1 has a column for the second family name but none for the first; name it with "
               "--map \"COLUMN=first_family_name\".")
                .arg(name));
    const bool hasNames = mapping.has(ImportField::GivenNames) && hasFamily;
    if (kind == ImportKind::Participants && !hasNames) {
        const QString missing = mapping.has(ImportField::GivenNames) ? QStringLiteral("family_names")
                                                                     : QStringLiteral("given_names");
        return Error::badInput(
            tr("%1 has no column recognised as %2 (its columns are %3); name it with --map "
               "\"COLUMN=%2\".")
                .arg(name, missing, quotedList(header)));
    }
    if (kind == ImportKind::Attendance && !hasNames && !mapping.has(ImportField::Email))
        return Error::badInput(
            tr("%1 has no column that tells who signed: neither an email column nor given and "
               "family names (its columns are %2); name them with --map \"COLUMN=email\".")
                .arg(name, quotedList(header)));
    return mapping;
}

int ColumnMapping::column(ImportField field) const
{
    for (int column = 0; column < m_fields.size(); ++column) {
        if (m_fields[column] == field)
            return column;
    }
    return -1;
}

QString ColumnMapping::headingOf(ImportField field) const
{
    const int at = column(field);
    if (at >= 0 && !m_header[at].trimmed().isEmpty())
        return m_header[at].trimmed();
    return importFieldCode(field);
}

QString ColumnMapping::describe() const
{
    QStringList used;
    QStringList unused;
    for (int column = 0; column < m_fields.size(); ++column) {
        if (m_fields[column])
            used.append(QStringLiteral("%1 -> %2").arg(m_header[column], importFieldCode(*m_fields[column])));
        else
            unused.append(m_header[column]);
    }
    QString text = used.join(QStringLiteral(", "));
    if (!unused.isEmpty())
        text += tr("; not used: %1").arg(unused.join(QStringLiteral(", ")));
    return text;
}

} // namespace sd
