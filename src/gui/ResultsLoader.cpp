#include "ResultsLoader.h"

#include "DocumentReports.h"
#include "ProgrammeQueries.h"

#include <QFileInfo>

namespace sd {

ResultsLoader::ResultsLoader(Database::ReaderSpec source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    // One table at a time: the machine's other core keeps the window responsive.
    m_pool.setMaxThreadCount(1);
}

ResultsLoader::~ResultsLoader()
{
    // Jobs post back to this object; it must outlive them. Those not started yet are dropped.
    m_pool.clear();
    m_pool.waitForDone();
}

Language ResultsLoader::documentLanguage(Id projectId) const
{
    const QString location = m_source.location.isServer() ? m_source.location.storableText()
                                                          : QFileInfo(m_source.path).absoluteFilePath();
    return DocumentReports::languageFor(location, projectId);
}

QString ResultsLoader::cacheKey(Id projectId, ResultsKey key, const ResultsPeriod& period)
{
    return QString::number(projectId) + QLatin1Char('/') + resultsKeyCode(key) + QLatin1Char('/') +
           period.fromText() + QLatin1Char('/') + period.toText();
}

std::optional<ResultsTable> ResultsLoader::table(Id projectId, ResultsKey key, const ResultsPeriod& period)
{
    const QString cached = cacheKey(projectId, key, period);
    if (auto found = m_tables.constFind(cached); found != m_tables.constEnd())
        return found.value();
    if (m_pending.contains(cached))
        return std::nullopt;
    m_pending.insert(cached);
    const quint64 generation = m_generation;
    const Language language = documentLanguage(projectId);
    m_pool.start([this, source = m_source, generation, projectId, key, period, cached, language] {
        const auto failWith = [this, generation, cached](const QString& message) {
            QMetaObject::invokeMethod(
                this, [this, generation, cached, message] { fail(generation, cached, message); },
                Qt::QueuedConnection);
        };
        Result<std::unique_ptr<ProgrammeQueries>> reader = ProgrammeQueries::openReader(source);
        if (!reader)
            return failWith(reader.error().message);
        Result<ResultsTable> counted = (*reader)->results(language).results(projectId, key, period);
        if (!counted)
            return failWith(counted.error().message);
        QMetaObject::invokeMethod(
            this,
            [this, generation, projectId, table = std::move(counted.value())] {
                deliver(generation, projectId, table);
            },
            Qt::QueuedConnection);
    });
    return std::nullopt;
}

std::optional<ResultsLoader::EvaluationOutcome> ResultsLoader::evaluation(Id projectId, ResultsKey key,
                                                                          const ResultsPeriod& period)
{
    const QString cached = QStringLiteral("evaluation/") + cacheKey(projectId, key, period);
    if (auto found = m_evaluations.constFind(cached); found != m_evaluations.constEnd())
        return found.value();
    if (m_pending.contains(cached))
        return std::nullopt;
    m_pending.insert(cached);
    const quint64 generation = m_generation;
    m_pool.start([this, source = m_source, generation, projectId, key, period, cached] {
        EvaluationOutcome outcome;
        Result<std::unique_ptr<ProgrammeQueries>> reader = ProgrammeQueries::openReader(source);
        if (!reader) {
            outcome.error = reader.error().message;
        } else {
            Result<EvaluationTable> counted = (*reader)->evaluation().evaluation(projectId, key, period);
            if (counted)
                outcome.table = std::move(counted).value();
            else
                outcome.error = counted.error().message;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, projectId, key, cached, outcome = std::move(outcome)] {
                deliverEvaluation(generation, projectId, key, cached, outcome);
            },
            Qt::QueuedConnection);
    });
    return std::nullopt;
}

void ResultsLoader::invalidate()
{
    ++m_generation;
    m_tables.clear();
    m_evaluations.clear();
    m_pending.clear();
}

void ResultsLoader::waitForDone()
{
    m_pool.waitForDone();
}

void ResultsLoader::deliver(quint64 generation, Id projectId, const ResultsTable& table)
{
    if (generation != m_generation)
        return;
    const QString cached = cacheKey(projectId, table.by, table.period);
    m_pending.remove(cached);
    m_tables.insert(cached, table);
    Q_EMIT ready(projectId, table.by);
}

void ResultsLoader::deliverEvaluation(quint64 generation, Id projectId, ResultsKey key, const QString& cached,
                                      const EvaluationOutcome& outcome)
{
    if (generation != m_generation)
        return;
    m_pending.remove(cached);
    m_evaluations.insert(cached, outcome);
    Q_EMIT evaluationReady(projectId, key);
}

void ResultsLoader::fail(quint64 generation, const QString& cached, const QString& message)
{
    if (generation != m_generation)
        return;
    m_pending.remove(cached);
    Q_EMIT failed(message);
}

} // namespace sd
