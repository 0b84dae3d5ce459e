// A second program for the row-version tests: opens a programme file as seminardesk-cli does, reads
// one participant, says so by creating READY, waits for GO to exist, then changes the participant's
// region from what it read. A refusal is reported through the command line's own failure path, so
// that its exit status and sentence are the command line's.
//
//   row_version_writer FILE PARTICIPANT_ID REGION READY GO

#include "Commands.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 6)
        return 2;
    sd::Result<std::unique_ptr<sd::Database>> database = sd::cli::openFile(arguments[1], false);
    if (!database)
        return sd::cli::fail(database.error());
    sd::ProgrammeStore store(**database);
    sd::Result<sd::Participant> participant = store.participant(arguments[2].toLongLong());
    if (!participant)
        return sd::cli::fail(participant.error());
    QFile ready(arguments[4]);
    if (!ready.open(QIODevice::WriteOnly))
        return 3;
    ready.close();
    for (int waited = 0; !QFile::exists(arguments[5]); waited += 10) {
        if (waited > 120000)
            return 4;
        QThread::msleep(10);
    }
    participant->region = arguments[3];
    if (sd::Status changed = store.updateParticipant(*participant); !changed)
        return sd::cli::fail(changed.error());
    return 0;
}
