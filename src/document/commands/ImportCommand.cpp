#include "commands/ImportCommand.h"

#include "storage/Tables.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

namespace {

// The version each of the records is at in the file now (0: there is none), one read each.
template <typename R>
Status readVersions(const ProgrammeStore& store, QList<ImportCommand::Version>& records, bool after)
{
    for (ImportCommand::Version& record : records) {
        Result<qint64> now = store.versionNow<R>(record.id);
        if (!now)
            return now.error();
        (after ? record.after : record.before) = *now;
    }
    return {};
}

} // namespace

ImportCommand::ImportCommand(ProgrammeDocument& document, ImportPlan plan, CsvTable table,
                             ImportOptions options)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Everything})
    , m_plan(std::move(plan))
    , m_table(std::move(table))
    , m_options(std::move(options))
{
    const ImportCounts counts = m_plan.counts();
    const auto counted = [](const char* text, qint64 n) {
        return QCoreApplication::translate("sd::ImportCommand", text, nullptr, int(n));
    };
    setText(
        QCoreApplication::translate("sd::ImportCommand", "Import %1 (%2, %3, %4)")
            .arg(
                QFileInfo(m_plan.fileName).fileName(),
                counted(QT_TRANSLATE_N_NOOP("sd::ImportCommand", "%n new participant(s)"),
                        counts.newParticipants),
                counted(QT_TRANSLATE_N_NOOP("sd::ImportCommand", "%n enrolment(s)"), counts.newEnrolments),
                counted(QT_TRANSLATE_N_NOOP("sd::ImportCommand", "%n attendance mark(s)"), counts.newMarks)));
}

template <typename R>
Status ImportCommand::unchangedSince(const QList<Version>& records, bool undoing) const
{
    const char* table = tableOf<R>().name();
    for (const Version& record : records) {
        const qint64 expected =
            document().versionNow(table, record.id, undoing ? record.after : record.before);
        Result<qint64> now = store().versionNow<R>(record.id);
        if (!now)
            return now.error();
        if (*now == expected)
            continue;
        Result<R> current = store().get<R>(record.id);
        R named = current ? *current : R{};
        named.id = record.id;
        return ProgrammeStore::changedElsewhere(named);
    }
    return {};
}

template <typename R>
Status ImportCommand::noteVersions(const QList<Version>& records, bool undoing) const
{
    const char* table = tableOf<R>().name();
    for (const Version& record : records) {
        Result<qint64> now = store().versionNow<R>(record.id);
        if (!now)
            return now.error();
        document().setVersionNow(table, record.id, undoing ? record.before : record.after, *now);
    }
    return {};
}

Status ImportCommand::apply()
{
    if (m_result)
        return writeChecked(false);
    Importer importer(database());
    // The versions the import leaves are read in its own transaction: nobody's change comes between.
    return inOneTransaction(database(), [this, &importer]() -> Status {
        Result<ImportRun> written =
            importer.run(*m_table, m_plan.fileName, m_options,
                         Importer::acceptOnly(m_plan, QFileInfo(document().path()).fileName()));
        if (!written)
            return written.error();
        QList<Version> participants;
        for (const Participant& added : std::as_const(written->result.participantsAdded))
            participants.append({added.id, 0, 0});
        for (const Participant& filled : std::as_const(written->result.participantsBefore))
            participants.append({filled.id, filled.rowVersion, 0});
        QList<Version> institutions;
        for (const Institution& added : std::as_const(written->result.institutions))
            institutions.append({added.id, 0, 0});
        if (Status read = readVersions<Participant>(store(), participants, true); !read)
            return read;
        if (Status read = readVersions<Institution>(store(), institutions, true); !read)
            return read;
        m_participants = std::move(participants);
        m_institutions = std::move(institutions);
        m_result = std::move(written->result);
        m_table.reset();
        return {};
    });
}

Status ImportCommand::revert()
{
    return writeChecked(true);
}

Status ImportCommand::writeChecked(bool undoing)
{
    return inOneTransaction(database(), [this, undoing]() -> Status {
        // Someone else changed a person or an institution this import wrote: nothing is written over it.
        if (Status unchanged = unchangedSince<Participant>(m_participants, undoing); !unchanged)
            return unchanged;
        if (Status unchanged = unchangedSince<Institution>(m_institutions, undoing); !unchanged)
            return unchanged;
        if (Status written =
                undoing ? Importer::undo(database(), *m_result) : Importer::redo(database(), *m_result);
            !written)
            return written;
        if (Status noted = noteVersions<Participant>(m_participants, undoing); !noted)
            return noted;
        return noteVersions<Institution>(m_institutions, undoing);
    });
}

} // namespace sd
