#pragma once

#include "common/Result.h"
#include "import/ImportField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// An explicit choice for one column (`--map COLUMN=FIELD`, or the mapping step of the window):
// the column by its heading, and the field it holds, or nullopt to leave the column out.
struct ColumnOverride
{
    QString column;
    std::optional<ImportField> field;
};

// Which field each column of a list holds: recognised from the headings, then the explicit choices
// applied. Built only when the fields a kind of list needs are there, each in one column.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(sd::ColumnMapping)

public:
    // Parses "COLUMN=FIELD" (FIELD a code of importFieldCode, or "ignore").
    static Result<ColumnOverride> parseOverride(const QString& text);

    static Result<ColumnMapping> build(const QStringList& header, ImportKind kind,
                                       const QList<ColumnOverride>& overrides, const QString& fileName);

    // The column of a field, or -1.
    int column(ImportField field) const;
    bool has(ImportField field) const { return column(field) >= 0; }
    const QStringList& header() const { return m_header; }
    std::optional<ImportField> fieldOf(int column) const { return m_fields.value(column); }
    // The heading a message uses for a field: the column's heading, or the field code.
    QString headingOf(ImportField field) const;
    // "Nombre(s) -> given_names, Correo -> email; not used: Observaciones".
    QString describe() const;

private:
    QStringList m_header;
    QList<std::optional<ImportField>> m_fields; // one per column
};

} // namespace sd
