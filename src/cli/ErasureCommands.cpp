// erase and legal-hold: the right of erasure on the command line (docs/privacy.md).
#include "Commands.h"
#include "privacy/LegalHold.h"
#include "privacy/ParticipantErasure.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QStringList>

namespace sd::cli {
namespace {

Result<Id> personId(const QString& text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::badInput(Cli::tr("'%1' is not a participant id; ids are whole numbers (the "
                                       "participants command lists them).")
                                   .arg(text));
    return id;
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

// "participations 12 → 11; unique participants 8 → 7; female 5 → 4"
QString changedTotals(const TotalsChange& change)
{
    struct Figure
    {
        QString name;
        double before;
        double after;
    };
    const ResultsTotals& b = change.before;
    const ResultsTotals& a = change.after;
    const Figure figures[] = {
        {Cli::tr("participations"), double(b.participations), double(a.participations)},
        {Cli::tr("unique participants"), double(b.uniqueParticipants), double(a.uniqueParticipants)},
        {Cli::tr("female"), double(b.female), double(a.female)},
        {Cli::tr("male"), double(b.male), double(a.male)},
        {Cli::tr("other"), double(b.other), double(a.other)},
        {Cli::tr("not stated"), double(b.notStated), double(a.notStated)},
        {Cli::tr("participant-days"), b.participantDays, a.participantDays},
    };
    QStringList said;
    for (const Figure& figure : figures) {
        if (figure.before != figure.after)
            said.append(
                QStringLiteral("%1 %2 → %3").arg(figure.name, number(figure.before), number(figure.after)));
    }
    return said.isEmpty() ? Cli::tr("no total changes") : said.join(QStringLiteral("; "));
}

QString completeReport(const ErasureReport& report, const QString& where)
{
    QString out =
        report.written
            ? Cli::tr("Deleting participant %1 changed these totals:\n").arg(report.participantId)
            : Cli::tr("Deleting participant %1 would change these totals:\n").arg(report.participantId);
    if (report.totals.isEmpty())
        out += Cli::tr("  none: the person is enrolled in no activity.\n");
    for (const TotalsChange& change : report.totals)
        out += QStringLiteral("  %1: %2\n").arg(change.projectCode, changedTotals(change));
    out += (report.written
                ? Cli::tr("Participant %1 erased completely from %2: the record, %3 enrolments, %4 "
                          "attendance marks and %5 evaluation answers deleted.\n")
                : Cli::tr("Dry run: participant %1 would be erased completely from %2: the record, %3 "
                          "enrolments, %4 attendance marks and %5 evaluation answers; nothing was "
                          "changed.\n"))
               .arg(report.participantId)
               .arg(where)
               .arg(report.removed.enrolments)
               .arg(report.removed.attendanceMarks)
               .arg(report.removed.evaluations);
    return out;
}

QString anonymisedReport(const ErasureReport& report, const QString& where)
{
    return (report.written
                ? Cli::tr(
                      "Participant %1 erased in %2: names, email, phone, position, consent and %3 evaluation "
                      "comments removed; the record is now \"Erased participant %1\". Gender, institution, "
                      "region, attendance and scores are kept, so every results table is unchanged.\n")
                : Cli::tr(
                      "Dry run: participant %1 would be erased in %2 (names, email, phone, position, consent "
                      "and %3 evaluation comments removed); nothing was changed.\n"))
        .arg(report.participantId)
        .arg(where)
        .arg(report.commentsRemoved);
}

// What still holds the erased values after a written erasure, and what to do about it.
QString afterwards(const ErasureReport& report, const Database& database)
{
    QString out;
    if (report.logEntriesScrubbed > 0)
        out += Cli::tr("%1 earlier change-log entries that named the person no longer do.\n")
                   .arg(report.logEntriesScrubbed);
    if (database.isServer()) {
        out +=
            Cli::tr("The server's own backups and archived logs, if its IT officer keeps any, still hold the "
                    "erased data until they expire.\n");
        return out;
    }
    if (!report.logEmptied)
        out +=
            Cli::tr(
                "Another program has the file open, so its write-ahead log (%1-wal) still holds the erased "
                "data until the last program that has it open closes it, which empties the log.\n")
                .arg(QDir::toNativeSeparators(database.path()));
    if (!report.backups.isEmpty()) {
        out += Cli::tr("These backups beside the file were written before the erasure and still hold the "
                       "person's data; delete them, or keep them as safe as the file:\n");
        for (const QString& backup : report.backups)
            out += QStringLiteral("  %1\n").arg(QDir::toNativeSeparators(backup));
    }
    out += Cli::tr("Copies made earlier (seminardesk-cli backup, the window's snapshots, exports) still hold "
                   "it too.\n");
    return out;
}

} // namespace

int runErase(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Erases a participant (docs/privacy.md): names, email, phone, position, consent and free-text "
        "comments are removed in one transaction and the record becomes \"Erased participant ID\"; "
        "gender, institution, region, attendance and scores stay, so the results tables keep their "
        "numbers. Refused while the person is under a legal hold."));
    const QCommandLineOption completely(
        QStringLiteral("completely"),
        Cli::tr("Delete the record with its enrolments, attendance marks and answers instead; the totals "
                "that change are printed."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Say what would be erased and which totals would change; change "
                                            "nothing."));
    parser.addOption(completely);
    parser.addOption(dryRun);
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 2, QStringLiteral("FILE ID"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().at(0);
    Result<Id> id = personId(parser.positionalArguments().at(1));
    if (!id)
        return usageError(invocation.command, id.error().message);
    Result<std::unique_ptr<Database>> database = openFile(path, false);
    if (!database)
        return fail(database.error());
    const auto mode =
        parser.isSet(completely) ? ParticipantErasure::Mode::Completely : ParticipantErasure::Mode::Anonymise;
    Result<ErasureReport> report =
        ParticipantErasure(**database).erase(*id, mode, QDate::currentDate(), parser.isSet(dryRun));
    if (!report)
        return fail(report.error());
    QString out = report->completely ? completeReport(*report, shownName(path))
                                     : anonymisedReport(*report, shownName(path));
    if (report->written)
        out += afterwards(*report, **database);
    printOut(out);
    return Done;
}

int runLegalHold(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Places a legal hold on a participant (a documented reason, such as a contractual reporting "
                "obligation, and the day it ends), or releases it. Erasure and retention leave a held person "
                "alone."));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why the data must be kept."),
                                    Cli::tr("TEXT"));
    const QCommandLineOption until(QStringLiteral("until"), Cli::tr("The last day of the hold (YYYY-MM-DD)."),
                                   Cli::tr("DATE"));
    const QCommandLineOption release(QStringLiteral("release"), Cli::tr("Lift the hold."));
    parser.addOption(reason);
    parser.addOption(until);
    parser.addOption(release);
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 2,
                      QStringLiteral("FILE ID (--reason TEXT --until DATE | --release)"), exitCode))
        return exitCode;
    const bool releasing = parser.isSet(release);
    if (releasing == (parser.isSet(reason) || parser.isSet(until)))
        return usageError(invocation.command, Cli::tr("give either --reason and --until, or --release."));
    const QDate end = QDate::fromString(parser.value(until), Qt::ISODate);
    if (!releasing && !end.isValid())
        return usageError(invocation.command, Cli::tr("--until takes a date written YYYY-MM-DD."));
    const QString path = parser.positionalArguments().at(0);
    Result<Id> id = personId(parser.positionalArguments().at(1));
    if (!id)
        return usageError(invocation.command, id.error().message);
    Result<std::unique_ptr<Database>> database = openFile(path, false);
    if (!database)
        return fail(database.error());
    LegalHold hold(**database);
    const Status done = releasing ? hold.release(*id) : hold.place(*id, parser.value(reason), end);
    if (!done)
        return fail(done.error());
    printOut(releasing
                 ? Cli::tr("Participant %1 in %2 is under no legal hold.\n").arg(*id).arg(shownName(path))
                 : Cli::tr("Participant %1 in %2 is under a legal hold until %3; erasure and retention "
                           "leave them alone until then.\n")
                       .arg(*id)
                       .arg(shownName(path), end.toString(Qt::ISODate)));
    return Done;
}

} // namespace sd::cli
