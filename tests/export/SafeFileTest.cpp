#include "export/SafeFile.h"

#include "ExportFixture.h"
#include "TempDir.h"

#include <QFile>
#include <QIODevice>
#include <gtest/gtest.h>

namespace sd {
namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

TEST(SafeFile, ReplacesTheFileOnSuccess)
{
    test::TempDir folder;
    const QString path = folder.path(QStringLiteral("out.txt"));
    writeBytes(path, "old content");
    const Status written = writeFileAtomically(path, [](QIODevice* device) -> Status {
        device->write("new content");
        return {};
    });
    ASSERT_TRUE(written.ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("new content"));
}

TEST(SafeFile, AFailedWriteLeavesTheExistingFileAndNoTemporaryFile)
{
    test::TempDir folder;
    const QString path = folder.path(QStringLiteral("out.txt"));
    writeBytes(path, "precious content");
    const QByteArray before = test::fileHash(path);

    const Status written = writeFileAtomically(path, [](QIODevice* device) -> Status {
        device->write("half of the new");
        return Error::badInput(QStringLiteral("The export stopped half way."));
    });
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().message, QStringLiteral("The export stopped half way."));
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_EQ(test::folderEntries(folder.root()), QStringList{QStringLiteral("out.txt")});
}

TEST(SafeFile, AFailedWriteCreatesNoFile)
{
    test::TempDir folder;
    const QString path = folder.path(QStringLiteral("new.txt"));
    const Status written = writeFileAtomically(path, [](QIODevice* device) -> Status {
        device->write("partial");
        return Error::badInput(QStringLiteral("Stopped."));
    });
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(test::folderEntries(folder.root()).isEmpty());
}

TEST(SafeFile, AMissingFolderIsAnErrorThatNamesTheFile)
{
    test::TempDir folder;
    const QString path = folder.path(QStringLiteral("no-such-folder/out.txt"));
    bool called = false;
    const Status written = writeFileAtomically(path, [&](QIODevice*) -> Status {
        called = true;
        return {};
    });
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(called);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("out.txt")));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace sd
