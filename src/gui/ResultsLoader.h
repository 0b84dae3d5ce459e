#pragma once

#include "counting/EvaluationTable.h"
#include "counting/ResultsTable.h"
#include "domain/Language.h"
#include "domain/Records.h"
#include "storage/Database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <optional>

namespace sd {

// Counts results and evaluation tables away from the window's thread, on a read-only connection of its own,
// so that the window stays interactive while a large programme is counted. Tables are kept until the file
// changes (invalidate()).
class ResultsLoader : public QObject
{
    Q_OBJECT

public:
    explicit ResultsLoader(Database::ReaderSpec source, QObject* parent = nullptr);
    ~ResultsLoader() override;

    // The table if it has been counted since the last change; otherwise starts counting it and
    // returns nothing: ready() follows.
    std::optional<ResultsTable> table(Id projectId, ResultsKey key, const ResultsPeriod& period = {});

    // An evaluation table as counted: the table, or the core's sentence why there is none (a period
    // or a breakdown it cannot count, a file it cannot read), which the page shows in its place.
    struct EvaluationOutcome
    {
        std::optional<EvaluationTable> table;
        QString error;
    };
    // The outcome if it has been counted since the last change; otherwise starts counting it and
    // returns nothing: evaluationReady() follows.
    std::optional<EvaluationOutcome> evaluation(Id projectId, ResultsKey key,
                                                const ResultsPeriod& period = {});
    // Forgets every table (the file changed); tables being counted are dropped when they arrive.
    void invalidate();
    // Waits until nothing is being counted (tests and benchmarks).
    void waitForDone();

Q_SIGNALS:
    void ready(sd::Id projectId, sd::ResultsKey key);
    void failed(const QString& message);
    void evaluationReady(sd::Id projectId, sd::ResultsKey key);

private:
    static QString cacheKey(Id projectId, ResultsKey key, const ResultsPeriod& period);
    // The language of the project's rows' titles and names: its document language (DocumentReports).
    Language documentLanguage(Id projectId) const;
    void deliver(quint64 generation, Id projectId, const ResultsTable& table);
    void fail(quint64 generation, const QString& cached, const QString& message);
    void deliverEvaluation(quint64 generation, Id projectId, ResultsKey key, const QString& cached,
                           const EvaluationOutcome& outcome);

    Database::ReaderSpec m_source;
    QThreadPool m_pool;
    QHash<QString, ResultsTable> m_tables;
    QHash<QString, EvaluationOutcome> m_evaluations;
    QSet<QString> m_pending;
    quint64 m_generation = 0;
};

} // namespace sd
