#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace sd::test {

// A real folder on disk for a test's programme files; removed with the test.
class TempDir
{
public:
    TempDir() { EXPECT_TRUE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }
    // Writes a file of the folder holding contents and returns its path (an empty one, with a
    // failure recorded, when it cannot be written).
    QString write(const QString& name, const QByteArray& contents) const
    {
        const QString filePath = path(name);
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
            ADD_FAILURE() << "cannot write " << filePath.toStdString();
            return {};
        }
        return filePath;
    }

private:
    QTemporaryDir m_dir;
};

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(SD_TEST_DATA_DIR "/") + relative;
}

} // namespace sd::test
