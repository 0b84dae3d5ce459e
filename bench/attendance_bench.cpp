// Benchmark of the attendance dialog: for an activity with 500 enrolled
// participants and 5 sessions it must open within 200 ms and save within 100 ms.
//
//   attendance_bench [--large] [google benchmark flags]
//
// The activity is written through the store into a new file. With --large it is added to the
// large programme of the first issue (100,000 participants, 2,000 activities, about 1,000,000
// attendance marks), generated first, so the queries run against a full file.
// Runs headless (QT_QPA_PLATFORM=offscreen unless set).
#include "ProgrammeDocument.h"
#include "demo/Generator.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstring>
#include <memory>

namespace {

constexpr int kEnrolled = 500;
constexpr int kSessions = 5;

bool g_large = false;
std::unique_ptr<QTemporaryDir> g_dir;
std::unique_ptr<sd::ProgrammeDocument> g_document;
sd::Id g_activity = 0;

template <typename T>
T orDie(sd::Result<T> result, const char* doing)
{
    if (!result) {
        std::fprintf(stderr, "attendance_bench: %s failed: %s\n", doing,
                     result.error().message.toUtf8().constData());
        std::exit(1);
    }
    return std::move(result).value();
}

void orDie(const sd::Status& status, const char* doing)
{
    if (!status) {
        std::fprintf(stderr, "attendance_bench: %s failed: %s\n", doing,
                     status.error().message.toUtf8().constData());
        std::exit(1);
    }
}

// The file: one activity of five days with 500 participants enrolled and half of the marks set,
// written through the store on a connection of its own; the document opens it afterwards.
void writeFile(const QString& path)
{
    const std::unique_ptr<sd::Database> database = orDie(sd::Database::create(path), "create");
    sd::ProgrammeStore store(*database);
    if (g_large) {
        sd::GeneratorOptions options;
        options.participants = 100000;
        options.activities = 2000;
        const sd::GeneratorReport report = orDie(sd::generateProgramme(*database, options), "generate");
        std::fprintf(stderr, "generated %lld rows, %lld attendance marks in %.1f s\n",
                     static_cast<long long>(report.rowsWritten),
                     static_cast<long long>(report.attendanceMarks), report.seconds);
    }
    QList<sd::Project> projects = orDie(store.projects(), "projects");
    sd::Id project = 0;
    sd::Id component = 0;
    if (projects.isEmpty()) {
        sd::Project p;
        p.code = QStringLiteral("BENCH");
        p.title = QStringLiteral("Benchmark programme");
        p.startDate = QDate(2020, 1, 1);
        p.endDate = QDate(2022, 12, 31);
        project = orDie(store.addProject(p), "add project");
        component = orDie(store.addComponent(sd::Component{0, project, 1, QStringLiteral("Component"), {}}),
                          "component");
    } else {
        project = projects.first().id;
        component = orDie(store.components(project), "components").first().id;
    }
    const sd::Project p = orDie(store.project(project), "project");

    sd::Transaction transaction(*database);
    orDie(transaction.begun(), "begin");
    sd::Activity activity;
    activity.projectId = project;
    activity.code = QStringLiteral("B.500");
    activity.title = QStringLiteral("Seminar with 500 participants");
    activity.componentIds = {component};
    activity.venueCity = QStringLiteral("Tapachula");
    activity.startDate = p.startDate.addDays(30);
    activity.endDate = activity.startDate.addDays(kSessions - 1);
    g_activity = orDie(store.addActivity(activity), "add activity");
    const QList<sd::Session> sessions = orDie(store.sessions(g_activity), "sessions");
    QList<sd::ProgrammeStore::MarkChange> marks;
    for (int i = 0; i < kEnrolled; ++i) {
        sd::Participant participant;
        participant.givenNames = QStringLiteral("María %1").arg(i);
        participant.familyNames = QStringLiteral("Hernández Núñez %1").arg(i, 3, 10, QLatin1Char('0'));
        participant.region = QStringLiteral("Chiapas");
        const sd::Id id = orDie(store.addParticipant(participant), "add participant");
        const sd::Id enrolment = orDie(store.enrol(g_activity, id), "enrol");
        for (int s = 0; s < sessions.size(); ++s) {
            if ((i + s) % 2 == 0)
                marks.append({enrolment, sessions[s].id, sd::AttendanceStatus::Present});
        }
    }
    orDie(store.setAttendance(marks), "marks");
    orDie(transaction.commit(), "commit");
}

void buildFile()
{
    g_dir = std::make_unique<QTemporaryDir>();
    const QString path = g_dir->filePath(QStringLiteral("attendance.sdesk"));
    writeFile(path);
    g_document = orDie(sd::ProgrammeDocument::open(path), "open");
}

// From the officer's click to a painted grid: constructing the dialog (three queries, the models,
// the views), showing it and handling the events of its first paint.
void OpenAttendanceDialog(benchmark::State& state)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto dialog = std::make_unique<sd::AttendanceDialog>(*g_document, g_activity);
        dialog->show();
        QApplication::processEvents();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!dialog->loaded() || dialog->sheet()->rowCount() != kEnrolled) {
            state.SkipWithError("the dialog did not load the activity");
            return;
        }
        dialog->hide();
        dialog.reset();
        QApplication::processEvents();
    }
}

// Saving every cell of the sheet (2,500 changed marks): one undo command, one transaction.
void SaveAttendance(benchmark::State& state)
{
    // Counts across the runs Google Benchmark makes, so that every round changes every cell.
    static int round = 0;
    for (auto _ : state) {
        auto dialog = std::make_unique<sd::AttendanceDialog>(*g_document, g_activity);
        sd::AttendanceModel* sheet = dialog->sheet();
        QModelIndexList cells;
        for (int row = 0; row < sheet->rowCount(); ++row) {
            for (int column = sd::AttendanceModel::kFirstSessionColumn; column < sheet->rateColumn();
                 ++column)
                cells.append(sheet->index(row, column));
        }
        sheet->setStatus(cells,
                         round++ % 2 == 0 ? sd::AttendanceStatus::Late : sd::AttendanceStatus::Excused);
        const qsizetype changed = sheet->changes().size();
        QElapsedTimer timer;
        timer.start();
        const bool saved = dialog->save();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!saved || changed != kEnrolled * kSessions) {
            state.SkipWithError("the marks were not saved");
            return;
        }
        state.counters["marks"] = static_cast<double>(changed);
    }
}

BENCHMARK(OpenAttendanceDialog)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(SaveAttendance)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--large") == 0) {
            g_large = true;
            for (int j = i; j + 1 < argc; ++j)
                argv[j] = argv[j + 1];
            --argc;
            break;
        }
    }
    buildFile();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_document.reset();
    return 0;
}
