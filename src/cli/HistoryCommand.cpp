// `history`: who changed what in a programme, newest first, from its change log.
#include "Commands.h"
#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sd::cli {

int runHistory(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Who changed what in the programme, newest first: the login, the time and the record "
                "with the fields or counts changed (never a value)."));
    const QCommandLineOption record(QStringLiteral("record"),
                                    Cli::tr("only the changes to one record, as TYPE:ID (project, objective, "
                                            "component, activity, participant, expert or institution)."),
                                    Cli::tr("TYPE:ID"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("at most N entries (default 50)."),
                                   Cli::tr("N"), QStringLiteral("50"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("text or json (default text)."),
                                    Cli::tr("FORMAT"), QStringLiteral("text"));
    parser.addOptions({record, limit, format});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json")
        return usageError(invocation.command, Cli::tr("--format is text or json, not '%1'.").arg(formatName));
    bool limitOk = false;
    const int count = parser.value(limit).toInt(&limitOk);
    if (!limitOk || count < 1)
        return usageError(
            invocation.command,
            Cli::tr("--limit is a whole number of at least 1, not '%1'.").arg(parser.value(limit)));
    HistoryRecord only;
    if (parser.isSet(record)) {
        static const QRegularExpression shape(QStringLiteral("^([a-z]+):([1-9][0-9]*)$"));
        const QRegularExpressionMatch match = shape.match(parser.value(record));
        if (!match.hasMatch() || !ChangeHistory::isRecordTable(match.captured(1)))
            return usageError(invocation.command,
                              Cli::tr("--record is TYPE:ID, such as activity:12 or participant:40, not '%1'.")
                                  .arg(parser.value(record)));
        only = {match.captured(1), match.captured(2).toLongLong(), QString()};
    }

    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    // Attendance and older entries name an activity or a project by its code only.
    ProgrammeStore store(**database);
    if (only.table == u"activity") {
        Result<Activity> activity = store.get<Activity>(only.id);
        if (!activity)
            return fail(activity.error());
        only.code = activity->code;
    } else if (only.table == u"project") {
        Result<Project> project = store.get<Project>(only.id);
        if (!project)
            return fail(project.error());
        only.code = project->code;
    }
    Result<QList<HistoryEntry>> entries = ChangeHistory(**database).page(only, count);
    if (!entries)
        return fail(entries.error());

    if (formatName == u"json") {
        QJsonArray array;
        for (const HistoryEntry& entry : std::as_const(*entries)) {
            array.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                     {QStringLiteral("changed_at"), entry.changedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("changed_by"), entry.changedBy},
                                     {QStringLiteral("kind"), entry.kind},
                                     {QStringLiteral("description"), entry.description},
                                     {QStringLiteral("text"), ChangeHistory::sentence(entry)}});
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Done;
    }
    QString out;
    for (const HistoryEntry& entry : std::as_const(*entries)) {
        out += Cli::tr("%1  %2  %3\n")
                   .arg(entry.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        entry.changedBy.isEmpty() ? Cli::tr("(not recorded)") : entry.changedBy,
                        ChangeHistory::sentence(entry));
    }
    if (entries->isEmpty())
        out = only.isSet() ? Cli::tr("No change to %1 is logged in %2.\n")
                                 .arg(ChangeHistory::recordName(only), shownName(path))
                           : Cli::tr("No change is logged in %1.\n").arg(shownName(path));
    printOut(out);
    return Done;
}

} // namespace sd::cli
