#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sd {

// A strip above the pages while a programme on a server has lost its connection: that changes are
// not being saved, that the window is connecting again, and a button to try at once. Once connected
// after a change whose answer was lost, it stays to say so until dismissed.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget* parent = nullptr);

    // The connection to server was lost; the next attempt is in seconds (0: under way), and the last
    // attempt failed with lastFailure (empty before the first).
    void showLost(const QString& server, int seconds, const QString& lastFailure);
    // Connected again after a change whose answer was lost with the connection.
    void showUncertainChange(const QString& server);

    QString text() const;
    QPushButton* reconnectButton() const { return m_reconnect; }
    QPushButton* dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void reconnectRequested();

private:
    void setTone(bool alarm);

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_reconnect = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace sd
