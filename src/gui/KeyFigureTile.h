#pragma once

#include <QFrame>

class QLabel;

namespace sd {

// One key figure as a tile: a big number over its caption. Clicking it asks for the persons
// behind the number when there are any.
class KeyFigureTile : public QFrame
{
    Q_OBJECT

public:
    // name is the tile's object name, by which tests and the window find it.
    KeyFigureTile(const QString& caption, const QString& name, QWidget* parent = nullptr);

    void setValue(const QString& value);
    void setPending();
    QString value() const;
    void setCaption(const QString& caption);
    QString caption() const;
    void setClickable(bool clickable);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QLabel* m_value = nullptr;
    QLabel* m_caption = nullptr;
    bool m_clickable = false;
};

} // namespace sd
