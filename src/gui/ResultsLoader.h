#pragma once

#include "counting/ResultsTable.h"
#include "domain/Records.h"
#include "storage/Database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <optional>

namespace sd {

// Counts results tables away from the window's thread, on a read-only connection of its own, so
// that the window stays interactive while a large programme is counted. Tables are kept until the
// file changes (invalidate()).
class ResultsLoader : public QObject
{
    Q_OBJECT

public:
    explicit ResultsLoader(Database::ReaderSpec source, QObject* parent = nullptr);
    ~ResultsLoader() override;

    // The table if it has been counted since the last change; otherwise starts counting it and
    // returns nothing: ready() follows.
    std::optional<ResultsTable> table(Id projectId, ResultsKey key, const ResultsPeriod& period = {});
    // Forgets every table (the file changed); tables being counted are dropped when they arrive.
    void invalidate();
    // Waits until nothing is being counted (tests and benchmarks).
    void waitForDone();

Q_SIGNALS:
    void ready(sd::Id projectId, sd::ResultsKey key);
    void failed(const QString& message);

private:
    static QString cacheKey(Id projectId, ResultsKey key, const ResultsPeriod& period);
    void deliver(quint64 generation, Id projectId, const ResultsTable& table);
    void fail(quint64 generation, const QString& cached, const QString& message);

    Database::ReaderSpec m_source;
    QThreadPool m_pool;
    QHash<QString, ResultsTable> m_tables;
    QSet<QString> m_pending;
    quint64 m_generation = 0;
};

} // namespace sd
