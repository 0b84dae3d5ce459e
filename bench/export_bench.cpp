// Times the export budgets on a generated programme (docs/performance.md):
//   - every participant of a file of 100,000 to XLSX (read from the file, laid out, written): <= 3 s;
//   - 500 certificates of attendance in one PDF (read, laid out, written): <= 10 s.
// Usage: export_bench [PARTICIPANTS] [CERTIFICATES]; prints one line per step with wall and CPU time,
// since the machine may be shared with other work.

#include "demo/Generator.h"
#include "documents/CertificateDocument.h"
#include "documents/DocumentData.h"
#include "documents/PdfOutput.h"
#include "export/CsvWriter.h"
#include "export/ExportAbout.h"
#include "export/ParticipantExport.h"
#include "export/XlsxWriter.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>
#include <functional>

namespace {

// Wall time is what a user waits; CPU time (of this process) shows the cost on a loaded machine.
struct Timing
{
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
};

Timing timed(const std::function<bool()>& step, bool& ok)
{
    QElapsedTimer wall;
    const std::clock_t cpuStart = std::clock();
    wall.start();
    ok = step();
    return {wall.elapsed(), qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC};
}

// Whether status is a success; a failure's reason goes into failure, for main() to print.
bool succeeded(const sd::Status& status, QString& failure)
{
    if (!status)
        failure = status.error().message;
    return status.ok();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDF
    const QStringList arguments = app.arguments();
    const qint64 participants = arguments.size() > 1 ? arguments[1].toLongLong() : 100000;
    const qsizetype certificates = arguments.size() > 2 ? arguments[2].toLongLong() : 500;
    QTextStream out(stdout);
    QTemporaryDir scratch;
    const auto report = [&](const QString& what, const Timing& timing, const QString& path) {
        out << what << ": " << timing.wallMs << " ms (CPU " << timing.cpuMs << " ms)";
        if (!path.isEmpty())
            out << ", " << QFileInfo(path).size() << " bytes";
        out << Qt::endl;
    };
    // Says why a step failed; what main() returns then.
    const auto stop = [&out](const QString& why) {
        out << why << Qt::endl;
        return 1;
    };

    // The programme: one activity per 500 participants, each with enough enrolments for the
    // certificates to come from a single activity.
    const QString file = scratch.filePath(QStringLiteral("bench.sdesk"));
    sd::Result<std::unique_ptr<sd::Database>> database = sd::Database::create(file);
    if (!database)
        return stop(database.error().message);
    sd::GeneratorOptions options;
    options.participants = participants;
    options.activities = std::max<qint64>(1, participants / 500);
    options.enrolmentsPerActivity = int(std::max<qsizetype>(certificates + certificates / 5, 100));
    options.sessionsPerActivity = 3;
    bool ok = false;
    sd::Result<sd::GeneratorReport> generated = sd::GeneratorReport{};
    report(
        QStringLiteral("generate %1 participants, %2 activities").arg(participants).arg(options.activities),
        timed([&] { return (generated = sd::generateProgramme(**database, options)).ok(); }, ok), QString());
    if (!ok)
        return stop(generated.error().message);

    // Every participant of the file to XLSX, as `participants FILE --format xlsx -o OUT` does it.
    const QString xlsxPath = scratch.filePath(QStringLiteral("participants.xlsx"));
    QString failure;
    qsizetype rowCount = 0;
    const Timing xlsx = timed(
        [&] {
            auto rows = sd::ParticipantExport(**database).load(std::nullopt, 0);
            if (!rows) {
                failure = rows.error().message;
                return false;
            }
            rowCount = rows->size();
            sd::Table table =
                sd::ParticipantExport::toTable(*rows, false, sd::ParticipantExport::Headings::Titles);
            table.totals =
                QList<QVariant>{QStringLiteral("Total"), QStringLiteral("%1 participants").arg(rowCount)};
            sd::ExportContext context;
            context.sourcePath = file;
            context.contents = QStringLiteral("Every participant in the file");
            return succeeded(sd::writeTableToXlsx(xlsxPath, table, sd::aboutLines(context)), failure);
        },
        ok);
    if (!ok)
        return stop(failure);
    report(QStringLiteral("xlsx of %1 participants (read + write)").arg(rowCount), xlsx, xlsxPath);

    // The two halves of that step, to see where the time goes.
    QList<sd::ParticipantExportRow> rows;
    report(QStringLiteral("  read %1 participants and their activities").arg(rowCount),
           timed(
               [&] {
                   auto loaded = sd::ParticipantExport(**database).load(std::nullopt, 0);
                   rows = loaded ? std::move(loaded).value() : QList<sd::ParticipantExportRow>();
                   return loaded.ok();
               },
               ok),
           QString());
    report(QStringLiteral("  write them as XLSX"),
           timed(
               [&] {
                   const sd::Table table =
                       sd::ParticipantExport::toTable(rows, false, sd::ParticipantExport::Headings::Titles);
                   return sd::writeTableToXlsx(xlsxPath, table, {}).ok();
               },
               ok),
           xlsxPath);

    const QString csvPath = scratch.filePath(QStringLiteral("participants.csv"));
    report(QStringLiteral("csv of %1 participants (read + write)").arg(rowCount),
           timed(
               [&] {
                   auto loaded = sd::ParticipantExport(**database).load(std::nullopt, 0);
                   return loaded.ok() && sd::writeCsvFile(csvPath, sd::ParticipantExport::toTable(
                                                                       *loaded, false,
                                                                       sd::ParticipantExport::Headings::Keys))
                                             .ok();
               },
               ok),
           csvPath);

    // Certificates: everyone who took part in the first activity, the first `certificates` of them.
    const QString pdfPath = scratch.filePath(QStringLiteral("certificates.pdf"));
    qsizetype printed = 0;
    const Timing pdf = timed(
        [&] {
            QSqlQuery first((**database).connection());
            if (!first.exec(QStringLiteral("SELECT MIN(id) FROM activity")) || !first.next())
                return false;
            auto list = sd::DocumentData(**database).certificatesForActivity(first.value(0).toLongLong(), 0);
            if (!list) {
                failure = list.error().message;
                return false;
            }
            if (list->size() > certificates)
                list->resize(certificates);
            printed = list->size();
            return succeeded(sd::writePdf(pdfPath, sd::CertificateDocument(std::move(list).value()),
                                          sd::PaperSize::Letter),
                             failure);
        },
        ok);
    if (!ok)
        return stop(failure);
    report(QStringLiteral("pdf of %1 certificates (read + lay out + write)").arg(printed), pdf, pdfPath);
    return 0;
}
