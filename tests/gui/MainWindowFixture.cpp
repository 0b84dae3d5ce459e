#include "MainWindowFixture.h"

#include "ProgrammeDocument.h"
#include "ResultsLoader.h"
#include "demo/DemoProgramme.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

namespace sd::test {
namespace {

QMutex warningsMutex;
QStringList collectedWarnings;
QtMessageHandler previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        QMutexLocker lock(&warningsMutex);
        collectedWarnings << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void MainWindowFixture::SetUp()
{
    clearWarnings();
    previousHandler = qInstallMessageHandler(collectWarnings);
    m_demoPath = m_dir.path(QStringLiteral("mexico-ii.sdesk"));
    writeDemo(m_demoPath);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ASSERT_TRUE(m_window->openFile(m_demoPath));
}

void MainWindowFixture::TearDown()
{
    m_window.reset();
    qInstallMessageHandler(previousHandler);
    QStringList unexpected = warnings();
    for (const QString& tolerated : std::as_const(m_tolerated))
        unexpected.removeAll(tolerated);
    EXPECT_TRUE(unexpected.isEmpty()) << unexpected.join(QLatin1Char('\n')).toStdString();
}

void MainWindowFixture::writeDemo(const QString& path)
{
    Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(path);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    Status written = writeDemoProgramme(created.value()->store());
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
}

qint64 MainWindowFixture::scalar(const QString& sql, const QVariantList& values)
{
    Database::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> database = Database::open(window().document()->path(), options);
    if (!database) {
        ADD_FAILURE() << database.error().message.toStdString();
        return -1;
    }
    QSqlQuery query(database.value()->connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return -1;
    }
    return query.value(0).toLongLong();
}

bool MainWindowFixture::waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void MainWindowFixture::waitForResults()
{
    if (window().resultsLoader())
        window().resultsLoader()->waitForDone();
    QCoreApplication::processEvents();
}

void MainWindowFixture::testModel(QAbstractItemModel* model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, model);
}

QStringList MainWindowFixture::warnings()
{
    QMutexLocker lock(&warningsMutex);
    return collectedWarnings;
}

void MainWindowFixture::clearWarnings()
{
    QMutexLocker lock(&warningsMutex);
    collectedWarnings.clear();
}

} // namespace sd::test
