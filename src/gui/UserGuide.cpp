#include "UserGuide.h"

#include "UiLanguage.h"

#include <QWidget>
#include <array>
#include <utility>

namespace sd::UserGuide {
namespace {

struct TopicSpec
{
    Topic topic;
    const char* page;
};

constexpr std::array kTopics{
    TopicSpec{Topic::Contents, "index.md"},        TopicSpec{Topic::Setup, "setup.md"},
    TopicSpec{Topic::Overview, "overview.md"},     TopicSpec{Topic::Activity, "activity.md"},
    TopicSpec{Topic::Attendance, "attendance.md"}, TopicSpec{Topic::Registers, "registers.md"},
    TopicSpec{Topic::Import, "import.md"},         TopicSpec{Topic::Certificates, "certificates.md"},
    TopicSpec{Topic::Results, "results.md"},       TopicSpec{Topic::Undo, "undo.md"},
    TopicSpec{Topic::Server, "server.md"},
};

// The window parts and dialogs F1 knows, by class: the first found walking up from a widget wins.
// An activity's list of enrolled participants is a register page inside the activity page, so
// F1 there opens the activity's page: the activity page is looked for first.
constexpr std::array kWidgetTopics{
    std::pair{"sd::AttendanceDialog", Topic::Attendance},  std::pair{"sd::ImportWizard", Topic::Import},
    std::pair{"sd::ConnectDialog", Topic::Server},         std::pair{"sd::ActivityPage", Topic::Activity},
    std::pair{"sd::ProjectOverviewPage", Topic::Overview}, std::pair{"sd::ResultsPage", Topic::Results},
    std::pair{"sd::RegisterPage", Topic::Registers},       std::pair{"sd::WelcomePage", Topic::Setup},
};

} // namespace

QList<Topic> topics()
{
    QList<Topic> all;
    for (const TopicSpec& spec : kTopics)
        all << spec.topic;
    return all;
}

QString pageName(Topic topic)
{
    for (const TopicSpec& spec : kTopics) {
        if (spec.topic == topic)
            return QString::fromLatin1(spec.page);
    }
    return QStringLiteral("index.md");
}

QUrl pageUrl(Topic topic, const QString& language)
{
    const QString chosen = language.isEmpty() ? UiLanguage::current() : language;
    return QUrl(QStringLiteral("qrc:/guide/%1/%2").arg(chosen, pageName(topic)));
}

Topic topicFor(const QWidget* widget)
{
    for (const auto& [className, topic] : kWidgetTopics) {
        for (const QWidget* part = widget; part; part = part->parentWidget()) {
            if (part->inherits(className))
                return topic;
        }
    }
    return Topic::Contents;
}

} // namespace sd::UserGuide
