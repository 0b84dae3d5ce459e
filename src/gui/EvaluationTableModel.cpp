#include "EvaluationTableModel.h"

#include "Formatting.h"

#include <QFont>
#include <QLocale>

namespace sd {
namespace {

using Kind = EvaluationField::Kind;

// The definition and denominator of an indicator, as the table's notes and the Indicators sheet
// state them.
QString definitionOf(const QString& key)
{
    const QList<EvaluationFields::Reference> references = EvaluationFields::reference();
    for (const EvaluationFields::Reference& reference : references) {
        if (reference.key == key)
            return EvaluationTableModel::tr("%1\nUnit: %2. Denominator: %3.")
                .arg(reference.definition, reference.unit, reference.denominator);
    }
    return {};
}

} // namespace

EvaluationTableModel::EvaluationTableModel(QObject* parent)
    : FlatTableModel(Selection::Cells, parent)
{
}

void EvaluationTableModel::setTable(const EvaluationTable& table)
{
    beginResetModel();
    m_table = table;
    m_hasTable = true;
    // The design only by activity, as the command line and the exports show it.
    m_fields.clear();
    for (const EvaluationField& field : EvaluationFields::all()) {
        if (field.kind != Kind::Design || table.by == ResultsKey::Activity)
            m_fields.append(field);
    }
    m_values.clear();
    m_texts.clear();
    m_values.reserve(table.rows.size() + 1);
    m_texts.reserve(table.rows.size() + 1);
    for (qsizetype row = 0; row <= table.rows.size(); ++row) {
        const bool totals = row == table.rows.size();
        QVariantList values;
        QStringList texts;
        for (const EvaluationField& field : std::as_const(m_fields)) {
            // The design belongs to an activity: the totals row leaves it empty.
            const QVariant value =
                totals
                    ? (field.kind == Kind::Design ? QVariant() : EvaluationFields::value(table.totals, field))
                    : EvaluationFields::value(table.rows.at(row), field);
            values.append(value);
            texts.append(totals && field.kind == Kind::Design ? QString() : displayText(value, field.kind));
        }
        m_values.append(values);
        m_texts.append(texts);
    }
    endResetModel();
}

void EvaluationTableModel::clear()
{
    beginResetModel();
    m_table = EvaluationTable{};
    m_fields.clear();
    m_values.clear();
    m_texts.clear();
    m_hasTable = false;
    endResetModel();
}

bool EvaluationTableModel::isTotalsRow(int row) const
{
    return m_hasTable && row == m_table.rows.size();
}

int EvaluationTableModel::rows() const
{
    return m_hasTable ? int(m_table.rows.size()) + 1 : 0;
}

int EvaluationTableModel::columns() const
{
    return m_hasTable ? int(m_fields.size()) + 1 : 0;
}

std::optional<EvaluationField> EvaluationTableModel::field(int column) const
{
    if (column < 1 || column > m_fields.size())
        return std::nullopt;
    return m_fields.at(column - 1);
}

int EvaluationTableModel::columnOf(const QString& key) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (key == QLatin1String(m_fields.at(i).key))
            return int(i) + 1;
    }
    return -1;
}

QString EvaluationTableModel::rowLabel(int row) const
{
    if (row < 0 || row > m_table.rows.size())
        return {};
    if (isTotalsRow(row))
        return tr("Total");
    const EvaluationRow& result = m_table.rows.at(row);
    return resultsRowHeading(m_table.by, result.key, result.label);
}

QVariant EvaluationTableModel::value(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() < 1 || index.row() >= m_values.size() ||
        index.column() > m_fields.size())
        return {};
    return m_values.at(index.row()).at(index.column() - 1);
}

QString EvaluationTableModel::displayText(const QVariant& value, EvaluationField::Kind kind)
{
    if (value.isNull())
        return QStringLiteral("–");
    const QLocale locale;
    switch (kind) {
    case Kind::Count:
        return locale.toString(value.toLongLong());
    case Kind::Percent:
        return locale.toString(value.toDouble(), 'f', 1);
    case Kind::Fraction:
    case Kind::Mean:
        return locale.toString(value.toDouble(), 'f', 2);
    case Kind::Design:
        return locale.toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

QVariant EvaluationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == 0 ? rowLabel(row) : m_texts.at(row).at(column - 1);
    case Qt::EditRole:
        return column == 0 ? QVariant(rowLabel(row)) : value(index);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == 0 ? (Qt::AlignLeft | Qt::AlignVCenter)
                                               : (Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (isTotalsRow(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == 0)
            return rowLabel(row);
        if (filterFor(index))
            return tr("Double-click to list the persons behind this number");
        return {};
    default:
        return {};
    }
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == 0 ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                : (Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole)
        return section == 0 ? QVariant() : QVariant(definitionOf(QString::fromLatin1(field(section)->key)));
    if (role != Qt::DisplayRole)
        return {};
    return section == 0 ? columnTitle(section) : headingOnTwoLines(columnTitle(section));
}

QString EvaluationTableModel::columnTitle(int section) const
{
    if (section == 0)
        return resultsKeyLabel(m_table.by);
    const std::optional<EvaluationField> shown = field(section);
    return shown ? shown->title : QString();
}

std::optional<ParticipantFilter> EvaluationTableModel::filterFor(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || !m_hasTable)
        return std::nullopt;
    const std::optional<EvaluationField> shown = field(index.column());
    if (!shown || shown->kind != Kind::Count)
        return std::nullopt;
    const std::optional<EvaluationIndicator> indicator =
        EvaluationFields::indicatorFromCode(QString::fromLatin1(shown->key));
    if (!indicator)
        return std::nullopt;
    ParticipantFilter filter;
    if (!isTotalsRow(index.row())) {
        ResultsRow row;
        row.key = m_table.rows.at(index.row()).key;
        filter = ParticipantFilter::forRow(m_table.by, row);
    }
    filter.period = m_table.period;
    filter.indicator = indicator;
    return filter;
}

QString EvaluationTableModel::describe(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const QString what = columnTitle(index.column());
    if (!m_table.period.isWhole())
        return tr("%1 · %2 · sessions held %3").arg(what, rowLabel(index.row()), m_table.period.describe());
    return tr("%1 · %2").arg(what, rowLabel(index.row()));
}

} // namespace sd
