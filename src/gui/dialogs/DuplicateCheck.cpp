#include "dialogs/DuplicateCheck.h"

#include <QMutexLocker>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace sd {

DuplicateCheck::DuplicateCheck(ProgrammeQueries::Source source, QObject* parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &DuplicateCheck::run);
    m_pool.setMaxThreadCount(1);
    m_pool.start([this, source = std::move(source)] {
        std::shared_ptr<const ParticipantMatcher> matcher;
        Result<std::unique_ptr<ProgrammeQueries>> reader = ProgrammeQueries::openReader(source);
        Result<QList<Participant>> people =
            reader ? (*reader)->participants() : Result<QList<Participant>>(reader.error());
        if (people) {
            matcher = std::make_shared<const ParticipantMatcher>(std::move(people).value());
        } else {
            // Entry goes on without the check: it only warns, and Find duplicate participants remains.
            spdlog::warn("duplicate check at entry: the participants could not be read: {}",
                         people.error().message.toStdString());
            matcher = std::make_shared<const ParticipantMatcher>();
        }
        {
            const QMutexLocker locker(&m_mutex);
            m_matcher = std::move(matcher);
        }
        QMetaObject::invokeMethod(this, &DuplicateCheck::loaded, Qt::QueuedConnection);
    });
}

DuplicateCheck::~DuplicateCheck()
{
    // The loading job posts back to this object: it must be done first.
    m_pool.waitForDone();
}

std::shared_ptr<const ParticipantMatcher> DuplicateCheck::matcher()
{
    const QMutexLocker locker(&m_mutex);
    return m_matcher;
}

void DuplicateCheck::setPendingPeople(const QList<Participant>& people)
{
    if (people.isEmpty())
        m_pending.reset();
    else
        m_pending.emplace(people);
}

void DuplicateCheck::schedule(const Participant& typed)
{
    m_typed = typed;
    m_pause.start();
}

void DuplicateCheck::checkNow(const Participant& typed)
{
    m_typed = typed;
    m_pause.stop();
    m_pool.waitForDone();
    run();
}

void DuplicateCheck::loaded()
{
    if (m_waiting)
        run();
}

void DuplicateCheck::run()
{
    const std::shared_ptr<const ParticipantMatcher> stored = matcher();
    if (!stored) {
        m_waiting = true;
        return;
    }
    m_waiting = false;
    qsizetype total = 0;
    QList<ProbableMatch> matches = stored->find(m_typed, kShown, &total);
    if (m_pending) {
        qsizetype pendingTotal = 0;
        matches += m_pending->find(m_typed, kShown, &pendingTotal);
        total += pendingTotal;
        std::stable_sort(matches.begin(), matches.end(),
                         [](const ProbableMatch& a, const ProbableMatch& b) { return a.reason < b.reason; });
        if (matches.size() > kShown)
            matches.resize(kShown);
    }
    const auto sameIds = [](const QList<ProbableMatch>& a, const QList<ProbableMatch>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const ProbableMatch& x, const ProbableMatch& y) {
                              return x.participant.id == y.participant.id && x.reason == y.reason;
                          });
    };
    if (total == m_total && sameIds(matches, m_matches))
        return;
    m_matches = std::move(matches);
    m_total = total;
    Q_EMIT matchesChanged();
}

} // namespace sd
