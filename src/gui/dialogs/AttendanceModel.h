#pragma once

#include "commands/SaveAttendanceCommand.h"
#include "common/Result.h"
#include "domain/Records.h"
#include "storage/ProgrammeStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace sd {

// The attendance sheet of one activity: a row per enrolled participant (family, given names;
// institution), a column per session, and the participant's attendance rate. Marks edited here
// stay pending until save; changes() lists them for one SaveAttendanceCommand.
// Walk-ins are pending too: a row each, under a stand-in enrolment id below zero, until the save
// writes them with the marks (SaveAttendanceCommand::Arrivals).
// Loaded with three queries (enrolled participants, sessions, marks), whatever the size.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // a session cell's status code ("present"…), or an invalid QVariant
        SearchKeyRole,                 // name and institution folded for type-to-filter
        SortRole,                      // what a header click sorts by
        EnrolmentIdRole,
        ChangedRole, // true for a cell whose mark is not saved yet
        // For a cell someone else changed too since this sheet read it, while its own change is not
        // saved yet: the mark it had then (a status code, or an empty string for unmarked).
        ConflictRole,
    };
    static constexpr int kNameColumn = 0;
    static constexpr int kInstitutionColumn = 1;
    static constexpr int kFirstSessionColumn = 2;

    AttendanceModel(const ProgrammeStore& store, Id activityId, QObject* parent = nullptr);

    // A person who arrived while the sheet is open: a new participant (under a stand-in id below
    // zero) or a stored one enrolled on the spot, not in the file until the save.
    struct WalkIn
    {
        Id enrolmentId = 0; // stand-in, below zero
        Participant person;
        QString institution; // as the sheet shows it
    };

    // Reads the sheet again (after an enrolment, or a save refused because others changed some of
    // the same cells), keeping the pending marks and walk-ins. Cells only others changed show their
    // mark; a pending mark that another has made too is no longer pending; a pending mark of a cell
    // another set to something else stays pending and becomes a conflict (ConflictRole), so that the
    // next save writes it over theirs once the officer has seen both. A walk-in of a stored person
    // whom the file now has enrolled becomes that enrolment, with their marks.
    Status load();

    // Adds a walk-in's row, in name order, marked status at the session (none: no mark); returns the row.
    int addWalkIn(const WalkIn& walkIn, int session, std::optional<AttendanceStatus> status);
    // Takes walk-ins off the sheet, with their marks.
    void removeWalkIns(const QList<Id>& enrolmentIds);
    const QList<WalkIn>& walkIns() const { return m_walkIns; }
    static bool isWalkIn(Id enrolmentId) { return enrolmentId < 0; }
    // The participants on the sheet, stored and walk-ins (stand-in ids for the new ones).
    QList<Id> participantIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Sets a session cell's pending mark: a status code for StatusRole or Qt::EditRole, an empty
    // value for unmarked.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const QList<Session>& sessions() const { return m_sessions; }
    bool isSessionColumn(int column) const;
    int sessionIndex(int column) const { return column - kFirstSessionColumn; }
    int rateColumn() const { return kFirstSessionColumn + static_cast<int>(m_sessions.size()); }
    int rowOfEnrolment(Id enrolmentId) const;
    // The enrolment on a row (a walk-in's stand-in id is negative).
    Id enrolmentAt(int row) const;

    std::optional<AttendanceStatus> status(int row, int session) const;
    // Sets the same pending mark on many cells at once (one signal per column touched).
    void setStatus(const QModelIndexList& indexes, std::optional<AttendanceStatus> status);

    // The pending marks someone else changed differently since the sheet read them (see load()).
    int conflictCount() const;
    // The pending marks whose participant or session a load() no longer found (they were dropped).
    int droppedByLastLoad() const { return m_droppedByLastLoad; }

    QList<SaveAttendanceCommand::Change> changes() const;
    bool hasChanges() const;
    // After a save: the pending marks are now the stored ones, and the walk-ins are read back from
    // the file with their new ids.
    Status acceptChanges();

    // Live counts: participants present or late at a session, and at one session at least.
    int takingPart(int session) const;
    int tookPartAtAll() const;
    double averageRate() const;

    static QString letter(std::optional<AttendanceStatus> status);

Q_SIGNALS:
    void countsChanged();

private:
    struct Row
    {
        ProgrammeStore::EnrolledParticipant who;
        QString name;
        QString institution;
        QString searchKey;
        QString sortKey;
        QList<qint8> saved; // -1 unmarked, else AttendanceStatus
        QList<qint8> current;
    };

    int rate(const Row& row) const;
    Row rowOf(const ProgrammeStore::EnrolledParticipant& who) const;
    void reindex();

    const ProgrammeStore& m_store;
    Id m_activityId = 0;
    QList<Row> m_rows;
    QList<Session> m_sessions;
    QHash<Id, int> m_rowOfEnrolment;
    QList<WalkIn> m_walkIns;
    // (enrolment, session) → the mark the cell had when the officer's pending change to it was made,
    // for the cells someone else has changed differently since.
    QHash<std::pair<Id, Id>, qint8> m_conflicts;
    int m_droppedByLastLoad = 0;
};

} // namespace sd
