// Times the exporters on a large table: 100,000 rows x 10 columns by default (the target is
// at most 3 s for XLSX). Usage: export_bench [ROWS] [FOLDER]; prints one line per format.

#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

namespace {

sd::Table syntheticTable(int rowCount)
{
    const QStringList givenNames = {QString::fromUtf8("Lucía"), QString::fromUtf8("José Ángel"),
                                    QStringLiteral("María Fernanda"), QString::fromUtf8("Begoña"),
                                    QStringLiteral("Juan Carlos")};
    const QStringList familyNames = {QString::fromUtf8("Peña Núñez"), QString::fromUtf8("Gómez Ibáñez"),
                                     QStringLiteral("Ruiz Salazar"), QString::fromUtf8("Muñoz Ortíz")};
    const QStringList institutions = {QString::fromUtf8("Instituto Nacional de Migración"),
                                      QStringLiteral("Comisión Mexicana de Ayuda a Refugiados"),
                                      QStringLiteral("Secretaría de Relaciones Exteriores")};
    const QStringList regions = {QStringLiteral("Chiapas"), QStringLiteral("Tabasco"),
                                 QString::fromUtf8("Ciudad de México"), QString::fromUtf8("Nuevo León")};

    using Kind = sd::TableColumn::Kind;
    sd::Table table;
    table.title = QStringLiteral("Participants");
    table.columns = {{QStringLiteral("Id"), Kind::Integer},
                     {QStringLiteral("Given names"), Kind::Text},
                     {QStringLiteral("Family names"), Kind::Text},
                     {QStringLiteral("Gender"), Kind::Text},
                     {QStringLiteral("Institution"), Kind::Text},
                     {QStringLiteral("Region"), Kind::Text},
                     {QStringLiteral("Activities"), Kind::Integer},
                     {QStringLiteral("Sessions"), Kind::Integer},
                     {QStringLiteral("Participant-days"), Kind::Decimal},
                     {QStringLiteral("Attendance rate"), Kind::Decimal}};
    table.rows.reserve(rowCount);
    for (int row = 0; row < rowCount; ++row) {
        const int sessions = 1 + row % 9;
        table.rows.append({row + 1, givenNames[row % givenNames.size()],
                           familyNames[row % familyNames.size()],
                           row % 2 == 0 ? QStringLiteral("female") : QStringLiteral("male"),
                           institutions[row % institutions.size()], regions[row % regions.size()],
                           1 + row % 4, sessions, sessions * 0.5 + row % 3, double(sessions) / 9.0});
    }
    table.totals = QList<QVariant>{QStringLiteral("Total"),
                                   QVariant(),
                                   QVariant(),
                                   QVariant(),
                                   QVariant(),
                                   QVariant(),
                                   QVariant(),
                                   QVariant(),
                                   QVariant(),
                                   QVariant()};
    table.notes = {QStringLiteral("Synthetic data for a benchmark.")};
    return table;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int rowCount = arguments.size() > 1 ? arguments[1].toInt() : 100000;
    QTemporaryDir scratch;
    const QString folder = arguments.size() > 2 ? arguments[2] : scratch.path();
    QTextStream out(stdout);

    const sd::Table table = syntheticTable(rowCount);
    const sd::AboutLines about = {
        {QStringLiteral("Source file"), QStringLiteral("synthetic")},
        {QStringLiteral("Time of export"), QDateTime::currentDateTime().toString(Qt::ISODate)}};

    // Wall time is what a user waits; CPU time shows the cost on a machine shared with other work.
    const auto cpuMs = [] {
        return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
    };
    QElapsedTimer timer;
    timer.start();
    qint64 cpuStart = cpuMs();
    const QString xlsxPath = folder + QStringLiteral("/export-bench.xlsx");
    const sd::Status xlsx = sd::writeTableToXlsx(xlsxPath, table, about);
    const qint64 xlsxMs = timer.elapsed();
    const qint64 xlsxCpuMs = cpuMs() - cpuStart;
    if (!xlsx) {
        out << xlsx.error().message << Qt::endl;
        return 1;
    }
    out << "xlsx " << rowCount << " rows x " << table.columns.size() << " columns: " << xlsxMs << " ms (CPU "
        << xlsxCpuMs << " ms), " << QFileInfo(xlsxPath).size() << " bytes" << Qt::endl;

    timer.restart();
    cpuStart = cpuMs();
    const QString csvPath = folder + QStringLiteral("/export-bench.csv");
    const sd::Status csv = sd::writeCsvFile(csvPath, table);
    const qint64 csvMs = timer.elapsed();
    const qint64 csvCpuMs = cpuMs() - cpuStart;
    if (!csv) {
        out << csv.error().message << Qt::endl;
        return 1;
    }
    out << "csv  " << rowCount << " rows x " << table.columns.size() << " columns: " << csvMs << " ms (CPU "
        << csvCpuMs << " ms), " << QFileInfo(csvPath).size() << " bytes" << Qt::endl;
    return 0;
}
