#pragma once

#include <QList>
#include <QString>
#include <optional>

class QWidget;

namespace sd {

// The file formats the window exports tables in.
enum class ExportFormat
{
    Csv,
    CsvWithBom, // CSV that begins with a byte order mark, so that Excel reads accents right
    Xlsx,
    Json
};

// The save dialog of every export of the window: one filter per format offered, the first chosen at
// first. A filter the user picks names the format (and the suffix is set to match); with the first
// filter left as it was, a suffix the user typed names it (report.json is JSON), else the first format.
class ExportFileChooser
{
public:
    struct Choice
    {
        QString path;
        ExportFormat format = ExportFormat::Csv;
    };

    // `suggestedStem` is a file name without suffix; the dialog starts in `folder`. Nothing when cancelled.
    static std::optional<Choice> ask(QWidget* parent, const QString& caption, const QString& folder,
                                     const QString& suggestedStem, const QList<ExportFormat>& formats);

    static QString filterText(ExportFormat format);
    static QString suffix(ExportFormat format);
    // The format of a chosen file name and filter, and the name with its suffix (see the class).
    static Choice resolve(const QString& path, const QString& selectedFilter,
                          const QList<ExportFormat>& formats);
};

} // namespace sd
