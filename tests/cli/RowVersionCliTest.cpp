// Two processes change one participant, both starting from the same version. The first to write
// wins; the second is refused with exit status 6 and one sentence naming the record, and the file
// holds the first one's change. Then the demo file through the real seminardesk-cli: its records
// are at version 1 and `check` passes.

#include "Process.h"
#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

bool waitForFile(const QString& path)
{
    QDeadlineTimer deadline(60000);
    while (!QFile::exists(path)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
    return true;
}

void touch(const QString& path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
}

TEST(RowVersionCli, TheSecondProcessToChangeARecordFromTheSameVersionExitsSixAndWritesNothing)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sdesk"));
    Id person = 0;
    {
        std::unique_ptr<Database> database = newProgramme(path);
        ASSERT_NE(database, nullptr);
        ProgrammeStore store(*database);
        Result<Id> id = store.addParticipant(fixturePerson("Iñaki", "Pérez", Gender::Male, 0));
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        person = *id;
    }

    const auto start = [&](QProcess& process, const char* name, const QString& region) {
        process.start(QStringLiteral(SD_ROW_VERSION_WRITER),
                      {path, QString::number(person), region,
                       dir.path(QStringLiteral("%1.ready").arg(QLatin1String(name))),
                       dir.path(QStringLiteral("%1.go").arg(QLatin1String(name)))});
        ASSERT_TRUE(process.waitForStarted());
    };
    QProcess first;
    QProcess second;
    start(first, "first", QStringLiteral("Chiapas"));
    start(second, "second", QStringLiteral("Oaxaca"));
    // Both have read the participant at version 1 before either writes.
    ASSERT_TRUE(waitForFile(dir.path(QStringLiteral("first.ready"))));
    ASSERT_TRUE(waitForFile(dir.path(QStringLiteral("second.ready"))));

    touch(dir.path(QStringLiteral("first.go")));
    ASSERT_TRUE(first.waitForFinished(60000));
    EXPECT_EQ(first.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();

    touch(dir.path(QStringLiteral("second.go")));
    ASSERT_TRUE(second.waitForFinished(60000));
    EXPECT_EQ(second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second.exitCode(), 6);
    EXPECT_EQ(QString::fromUtf8(second.readAllStandardError()),
              QStringLiteral("seminardesk-cli: Participant 'Iñaki Pérez' (id %1) was changed by someone else "
                             "since you opened it; nothing was saved; reload it and try again.\n")
                  .arg(person));

    Result<std::unique_ptr<Database>> shared = Database::open(path);
    ASSERT_TRUE(shared.ok());
    ProgrammeStore store(**shared);
    Result<Participant> stored = store.participant(person);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->region, QStringLiteral("Chiapas"));
    EXPECT_EQ(stored->rowVersion, 2);
}

TEST(RowVersionCli, TheDemoFileStartsEveryRecordAtVersionOneAndChecks)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.sdesk"));
    ProcessRun demo = cli({QStringLiteral("demo"), path});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    ProcessRun check = cli({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(opened.ok());
    QSqlQuery query((*opened)->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM participant WHERE row_version <> 1")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), 0);
}

} // namespace
