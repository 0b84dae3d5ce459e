#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sd {

// What the window shows with no programme file open, or a file with no project yet: what to do next,
// as buttons.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        NoFile,
        NoProject
    };

    explicit WelcomePage(QWidget* parent = nullptr);
    void setMode(Mode mode);
    // Whether "New project…" can be offered (the project dialog is available).
    void setNewProjectAvailable(bool available);

Q_SIGNALS:
    void openRequested();
    void newFileRequested();
    void demoRequested();
    void newProjectRequested();

private:
    QLabel* m_heading = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_newFile = nullptr;
    QPushButton* m_demo = nullptr;
    QPushButton* m_newProject = nullptr;
    Mode m_mode = Mode::NoFile;
    bool m_newProjectAvailable = false;
};

} // namespace sd
