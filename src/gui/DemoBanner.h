#pragma once

#include "storage/DemoContent.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace sd {

// A strip above the pages while the open file is a demo (see DemoContent): what the file is, and a
// way to a programme of one's own. When the demo is first changed it turns prominent and says that
// the change went into the demo, so that nobody types real people into it by accident; it does not
// stop the change (the demo is there to be tried).
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget* parent = nullptr);

    // Shown for a file holding fictional people (quiet until warnOfChange()); hidden for any other.
    void showFor(const DemoContent& content);
    // The demo was changed: the banner says so, prominently, until another file is shown.
    void warnOfChange();
    bool isProminent() const { return m_prominent; }

    QString text() const;
    QPushButton* startButton() const { return m_start; }

    // "Mexico II" for the demo's "Mexico II: Seminars on International Protection and Integration".
    static QString shortTitle(const QString& projectTitle);

Q_SIGNALS:
    // "Start your own programme…": the new-programme wizard.
    void startOwnProgrammeRequested();

private:
    void setProminent(bool prominent);

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_start = nullptr;
    QString m_name;
    bool m_prominent = false;
};

} // namespace sd
