#pragma once

#include "ProgrammeQueries.h"
#include "domain/Records.h"
#include "import/ParticipantMatcher.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <optional>

namespace sd {

// Looks, while a new participant is typed, for the people the file already holds that they probably
// are (ParticipantMatcher: the rules of the import and of Find duplicate participants). The file's
// participants are read and indexed once, on a connection and a thread of their own, as soon as
// the check is made, so that typing never waits for them; each check then runs after a pause in
// typing and looks only at the few names near the typed one.
class DuplicateCheck : public QObject
{
    Q_OBJECT

public:
    // How long typing must pause before a check runs.
    static constexpr int kPauseMs = 300;
    // How many matches a check keeps to show.
    static constexpr qsizetype kShown = 5;

    explicit DuplicateCheck(ProgrammeQueries::Source source, QObject* parent = nullptr);
    ~DuplicateCheck() override;

    // People not in the file yet to compare with too (the walk-ins of an open attendance sheet,
    // under their stand-in ids).
    void setPendingPeople(const QList<Participant>& people);

    // Checks the person once typing pauses; matchesChanged() follows when the result differs.
    void schedule(const Participant& typed);
    // Checks the person now, waiting for the file's participants if they are still being read.
    void checkNow(const Participant& typed);

    const QList<ProbableMatch>& matches() const { return m_matches; }
    // How many matches there are in all (matches() keeps the first kShown).
    qsizetype total() const { return m_total; }
    // Whether a check is waiting for typing to pause or for the participants to be read.
    bool isPending() const { return m_pause.isActive() || m_waiting; }

Q_SIGNALS:
    void matchesChanged();

private:
    void loaded();
    void run();
    std::shared_ptr<const ParticipantMatcher> matcher();

    QThreadPool m_pool;
    QMutex m_mutex; // guards m_matcher, which the loading thread sets
    std::shared_ptr<const ParticipantMatcher> m_matcher;
    std::optional<ParticipantMatcher> m_pending;
    QTimer m_pause;
    Participant m_typed;
    bool m_waiting = false;
    QList<ProbableMatch> m_matches;
    qsizetype m_total = 0;
};

} // namespace sd
