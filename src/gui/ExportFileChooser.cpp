#include "ExportFileChooser.h"

#include "FileDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace sd {

QString ExportFileChooser::filterText(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QCoreApplication::translate("sd::ExportFileChooser", "CSV, UTF-8 (*.csv)");
    case ExportFormat::CsvWithBom:
        return QCoreApplication::translate("sd::ExportFileChooser",
                                           "CSV for Excel, UTF-8 with byte order mark (*.csv)");
    case ExportFormat::Xlsx:
        return QCoreApplication::translate("sd::ExportFileChooser", "Excel workbook (*.xlsx)");
    case ExportFormat::Json:
        return QCoreApplication::translate("sd::ExportFileChooser", "JSON (*.json)");
    }
    return {};
}

QString ExportFileChooser::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
    case ExportFormat::CsvWithBom:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

ExportFileChooser::Choice ExportFileChooser::resolve(const QString& path, const QString& selectedFilter,
                                                     const QList<ExportFormat>& formats)
{
    const ExportFormat initial = formats.isEmpty() ? ExportFormat::Csv : formats.first();
    std::optional<ExportFormat> picked;
    for (ExportFormat format : formats) {
        if (format != initial && filterText(format) == selectedFilter)
            picked = format;
    }
    const QFileInfo file(path);
    const QString fileSuffix = file.suffix().toLower();
    if (!picked) {
        // The filter left as it was: a suffix the user typed names the format.
        for (ExportFormat format : formats) {
            if (fileSuffix == suffix(format))
                return {path, format};
        }
        return {path + QLatin1Char('.') + suffix(initial), initial};
    }
    // A filter the user chose: it names the format, and the suffix follows it.
    if (fileSuffix == suffix(*picked))
        return {path, *picked};
    for (ExportFormat format : formats) {
        if (fileSuffix == suffix(format))
            return {file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + suffix(*picked)),
                    *picked};
    }
    return {path + QLatin1Char('.') + suffix(*picked), *picked};
}

std::optional<ExportFileChooser::Choice> ExportFileChooser::ask(QWidget* parent, const QString& caption,
                                                                const QString& folder,
                                                                const QString& suggestedStem,
                                                                const QList<ExportFormat>& formats)
{
    QStringList filters;
    for (ExportFormat format : formats)
        filters << filterText(format);
    QString selectedFilter = filters.value(0);
    const QString suggestion =
        QDir(folder).filePath(suggestedStem + QLatin1Char('.') + suffix(formats.value(0, ExportFormat::Csv)));
    const QString path = FileDialog::getSaveFileName(parent, caption, suggestion,
                                                     filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return std::nullopt;
    return resolve(path, selectedFilter, formats);
}

} // namespace sd
