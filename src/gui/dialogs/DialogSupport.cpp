#include "dialogs/DialogSupport.h"

#include <QDateEdit>
#include <QListWidget>
#include <QLocale>
#include <spdlog/spdlog.h>

namespace sd {

void warnUnread(const char* dialog, const QString& message)
{
    spdlog::warn("{}: {}", dialog, message.toStdString());
}

void selectId(QComboBox* combo, Id id)
{
    const int index = combo->findData(QVariant::fromValue<qint64>(id));
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

Id selectedId(const QComboBox* combo)
{
    return combo->currentData().toLongLong();
}

void addCheckItem(QListWidget* list, const QString& text, Id id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void setCheckedIds(QListWidget* list, const QList<Id>& ids)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QList<Id> checkedIds(const QListWidget* list)
{
    QList<Id> ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void setUpDateEdit(QDateEdit* edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setDateRange(QDate(1990, 1, 1), QDate(2099, 12, 31));
    // Room for the longest date ("30 Sept 2099") beside the calendar button.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("30 Sept 20999")) + 40);
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace sd
