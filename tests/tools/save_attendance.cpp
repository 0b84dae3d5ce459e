// sd-save-attendance FILE ACTIVITY_CODE: the attendance dialog's Save in a process of its own, for the
// kill tests (tests/reliability/KillTest.cpp). It makes the one core call the dialog's Save makes
// (SaveAttendanceCommand::apply → ProgrammeStore::setAttendance) with a mark for every enrolment and
// session of the activity, cycling present, late, excused, absent. `seminardesk-cli import FILE
// attendance` writes marks through the importer's bulk statements instead, so it is not this path.
// Exit status: 0 saved, 2 wrong usage, 3 or 4 as the command line (bad input, database problem).
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: sd-save-attendance FILE ACTIVITY_CODE\n", stderr);
        return 2;
    }
    sd::Result<std::unique_ptr<sd::Database>> opened = sd::Database::open(arguments[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().message.toUtf8().constData());
        return opened.error().kind == sd::ErrorKind::Database ? 4 : 3;
    }
    sd::Database& database = **opened;
    QList<sd::ProgrammeStore::MarkChange> changes;
    {
        QSqlQuery query(database.connection());
        query.prepare(
            QStringLiteral("SELECT e.id, s.id FROM activity a JOIN enrolment e ON e.activity_id = a.id "
                           "JOIN session s ON s.activity_id = a.id WHERE a.code = ? ORDER BY e.id, s.id"));
        query.addBindValue(arguments[2]);
        if (!query.exec()) {
            std::fprintf(stderr, "%s\n",
                         database.errorFor(query, QStringLiteral("reading the activity's enrolments"))
                             .message.toUtf8()
                             .constData());
            return 4;
        }
        const sd::AttendanceStatus cycle[] = {sd::AttendanceStatus::Present, sd::AttendanceStatus::Late,
                                              sd::AttendanceStatus::Excused, sd::AttendanceStatus::Absent};
        while (query.next())
            changes.append(
                {query.value(0).toLongLong(), query.value(1).toLongLong(), cycle[changes.size() % 4]});
    }
    if (changes.isEmpty()) {
        std::fprintf(stderr, "activity %s has no enrolment to mark\n", arguments[2].toUtf8().constData());
        return 3;
    }
    sd::ProgrammeStore store(database);
    if (sd::Status saved = store.setAttendance(changes); !saved) {
        std::fprintf(stderr, "%s\n", saved.error().message.toUtf8().constData());
        return saved.error().kind == sd::ErrorKind::Database ? 4 : 3;
    }
    std::printf("saved %lld marks\n", static_cast<long long>(changes.size()));
    return 0;
}
