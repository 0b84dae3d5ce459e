#pragma once

namespace sd {

// Counted messages are written once, with %n and the plural ending in parentheses:
// tr("%n row(s)", nullptr, n). Their English forms ("1 row", "2 rows") come from
// translations/seminardesk_en.ts, embedded as ":/i18n/seminardesk_en.qm". This installs that
// translator on the application, once; a translator installed later (the Spanish window's) is
// asked first. Every program that shows such messages calls it after creating its application
// object. Returns false if the translation is missing from the build.
bool installEnglishPlurals();

} // namespace sd
