#pragma once

#include <QString>

namespace sd {

// Makes a text cell inert for spreadsheets (OWASP, "CSV Injection"): a text beginning with `=`, `+`,
// `-`, `@`, a tab, a carriage return or a line feed gets a leading single quote, so that Excel,
// LibreOffice and Google Sheets show it as text instead of evaluating it as a formula. Only text
// cells go through here: numbers stored as numbers (a negative count) are not touched.
QString neutraliseCell(const QString& text);

} // namespace sd
