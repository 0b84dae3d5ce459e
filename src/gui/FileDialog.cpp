#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace sd {

namespace {

std::optional<QString> nextFileName;
QString nextSelectedFilter;

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    QString fileName;
    if (takeNextFileName(fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter, QString* selectedFilter)
{
    QString fileName;
    if (takeNextFileName(fileName, selectedFilter))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, selectedFilter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    QString folder;
    if (takeNextFileName(folder))
        return folder;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextFileName(const QString& fileName, const QString& selectedFilter)
{
    nextFileName = fileName;
    nextSelectedFilter = selectedFilter;
}

bool FileDialog::takeNextFileName(QString& fileName, QString* selectedFilter)
{
    if (!nextFileName)
        return false;
    fileName = *nextFileName;
    if (selectedFilter && !nextSelectedFilter.isEmpty())
        *selectedFilter = nextSelectedFilter;
    nextFileName.reset();
    nextSelectedFilter.clear();
    return true;
}

} // namespace sd
