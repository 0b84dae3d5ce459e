// `duplicates` and `merge`: probable duplicate participants, and merging two records into one.
#include "Commands.h"
#include "import/DuplicateFinder.h"
#include "import/ParticipantMerge.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {
namespace {

QString reasonCode(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail:
        return QStringLiteral("same_email");
    case DuplicateReason::SameNames:
        return QStringLiteral("same_names");
    case DuplicateReason::SplitDifferently:
        return QStringLiteral("split_differently");
    case DuplicateReason::Swapped:
        return QStringLiteral("swapped");
    case DuplicateReason::Abbreviated:
        return QStringLiteral("abbreviated");
    case DuplicateReason::OneTypo:
        return QStringLiteral("one_typo");
    }
    return {};
}

Result<Id> participantId(const QString& text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::badInput(
            Cli::tr("'%1' is not a participant id; ids are whole numbers (see 'seminardesk-cli "
                    "duplicates FILE').")
                .arg(text));
    return id;
}

} // namespace

int runDuplicates(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists probable duplicate participants, with the reason for each pair."));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("text or json (default text)."),
                                    Cli::tr("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json")
        return usageError(invocation.command, Cli::tr("--format is text or json, not '%1'.").arg(formatName));
    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    ImportStore store(**database);
    Result<QList<Participant>> participants = store.participants();
    if (!participants)
        return fail(participants.error());
    const QList<DuplicatePair> pairs = DuplicateFinder::find(*participants);
    QHash<Id, const Participant*> byId;
    for (const Participant& participant : std::as_const(*participants))
        byId.insert(participant.id, &participant);

    if (formatName == u"json") {
        QJsonArray array;
        for (const DuplicatePair& pair : pairs) {
            const Participant* first = byId.value(pair.firstId);
            const Participant* second = byId.value(pair.secondId);
            array.append(QJsonObject{{QStringLiteral("first_id"), pair.firstId},
                                     {QStringLiteral("first_name"), first->fullName()},
                                     {QStringLiteral("second_id"), pair.secondId},
                                     {QStringLiteral("second_name"), second->fullName()},
                                     {QStringLiteral("reason"), reasonCode(pair.reason)},
                                     {QStringLiteral("reason_text"), describe(pair.reason)}});
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Done;
    }
    QString out =
        (pairs.size() == 1 ? Cli::tr("%1 probable duplicate pair among the %2 participants of %3.\n")
                           : Cli::tr("%1 probable duplicate pairs among the %2 participants of %3.\n"))
            .arg(pairs.size())
            .arg(participants->size())
            .arg(shownName(path));
    for (const DuplicatePair& pair : pairs) {
        const Participant* first = byId.value(pair.firstId);
        const Participant* second = byId.value(pair.secondId);
        out += Cli::tr("  %1 \"%2\" and %3 \"%4\": %5\n")
                   .arg(pair.firstId)
                   .arg(first->fullName())
                   .arg(pair.secondId)
                   .arg(second->fullName(), describe(pair.reason));
    }
    if (!pairs.isEmpty())
        out +=
            Cli::tr("Merge a pair that is one person with 'seminardesk-cli merge FILE KEEP_ID OTHER_ID'.\n");
    printOut(out);
    return Done;
}

int runMerge(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Merges two participant records of one person: KEEP_ID stays, OTHER_ID "
                "goes, its enrolments and attendance marks move over."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 3, QStringLiteral("FILE KEEP_ID OTHER_ID"), exitCode))
        return exitCode;
    const QStringList positionals = parser.positionalArguments();
    const QString path = positionals[0];
    Result<Id> keepId = participantId(positionals[1]);
    if (!keepId)
        return usageError(invocation.command, keepId.error().message);
    Result<Id> otherId = participantId(positionals[2]);
    if (!otherId)
        return usageError(invocation.command, otherId.error().message);
    Result<std::unique_ptr<Database>> database = openFile(path, false);
    if (!database)
        return fail(database.error());
    Result<MergeRecord> merged = ParticipantMerge::merge(**database, *keepId, *otherId);
    if (!merged)
        return fail(merged.error());
    QString out =
        Cli::tr(
            "Merged participant %1 (%2) into participant %3 (%4) in %5: %6 enrolments moved, %7 combined, "
            "%8 attendance marks added, %9 improved.\n")
            .arg(*otherId)
            .arg(merged->removed.participant.displayName())
            .arg(*keepId)
            .arg(merged->keptAfter.displayName(), shownName(path))
            .arg(merged->movedEnrolmentIds.size())
            .arg(merged->combinedEnrolmentIds.size())
            .arg(merged->marksAdded.size())
            .arg(merged->marksImprovedAfter.size());
    if (!merged->filledFields.isEmpty())
        out += Cli::tr("Empty fields filled in from the other record: %1.\n")
                   .arg(merged->filledFields.join(QStringLiteral(", ")));
    printOut(out);
    return Done;
}

} // namespace sd::cli
