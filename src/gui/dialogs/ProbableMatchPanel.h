#pragma once

#include "import/ParticipantMatcher.h"

#include <QFrame>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace sd {

// Under a new person's form, when the file probably holds them already: who (name, institution,
// email and why they match, strongest first) and what to do — take that person instead (open
// their record, enrol them: the form says which) or create the new one anyway. Hidden when there
// is no match. Typing goes on while it shows.
class ProbableMatchPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ProbableMatchPanel(QWidget* parent = nullptr);

    // The words of the take button for a match ("Open that record"); without them there is none.
    void setTakeText(std::function<QString(const Participant&)> text);
    // How an institution id is named in the list of matches.
    void setInstitutionName(std::function<QString(Id)> name);

    void setMatches(const QList<ProbableMatch>& matches, qsizetype total);
    const QList<ProbableMatch>& matches() const { return m_matches; }
    // The match the take button acts on: the one selected in the list.
    std::optional<Participant> chosen() const;

    // OK was pressed while matches show: say that an answer is needed, and offer the buttons.
    void ask();

    QPushButton* takeButton() const { return m_take; }
    QPushButton* createAnywayButton() const { return m_createAnyway; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void takeRequested(const sd::Participant& match);
    void createAnywayRequested();

private:
    void updateTakeButton();

    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_more = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_createAnyway = nullptr;
    QList<ProbableMatch> m_matches;
    std::function<QString(const Participant&)> m_takeText;
    std::function<QString(Id)> m_institutionName;
};

} // namespace sd
