#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace sd {

namespace {

std::optional<QString> nextFileName;

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
                                    const QString& filter)
{
    QString fileName;
    if (takeNextFileName(fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}

bool FileDialog::takeNextFileName(QString& fileName)
{
    if (!nextFileName)
        return false;
    fileName = *nextFileName;
    nextFileName.reset();
    return true;
}

} // namespace sd
