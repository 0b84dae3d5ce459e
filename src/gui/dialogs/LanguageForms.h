#pragma once

#include <QCoreApplication>

class QWidget;

namespace sd {

// The Spanish and English forms of one text, side by side in a record dialog (QLineEdit or
// QPlainTextEdit each). While one form is empty and the other is not, the empty one says so in its
// placeholder, with the language whose form documents print in its place ("(EN)", "(ES)"): the fallback
// the documents make is visible where the texts are entered.
class LanguageForms
{
    Q_DECLARE_TR_FUNCTIONS(sd::LanguageForms)

public:
    static void link(QWidget* spanish, QWidget* english);
};

} // namespace sd
