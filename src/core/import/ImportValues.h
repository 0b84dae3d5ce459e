#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// Reading the values officers type into lists, in English and Spanish, case and accents ignored.

// What the letter M means in a gender column: Spanish lists write H (hombre) and M (mujer), English
// ones F (female) and M (male). The other letters of the column decide; with neither or both, M is
// left undecided and such rows are refused rather than guessed.
enum class GenderLetters
{
    Undecided,
    FemaleMale,
    HombreMujer
};

GenderLetters genderLettersOf(const QStringList& columnValues);

// F, Femenino, Mujer, female -> female; H, Hombre, Masculino, male -> male; Otro, other -> other;
// empty, "No especificado", "not stated" -> not stated. nullopt for anything else (and for an
// undecided M).
std::optional<Gender> parseGender(const QString& text, GenderLetters letters);
bool isUndecidedGenderLetter(const QString& text, GenderLetters letters);

// P/L/E/A, Presente/Retardo/Justificado/Ausente, present/late/excused/absent (and R, J, Falta).
std::optional<AttendanceStatus> parseAttendanceStatus(const QString& text);

// An institution's type as a list writes it: the code ("civil_society"), or its name in English or
// Spanish ("Civil society", "Sociedad civil", "Poder Judicial"). nullopt for anything else.
std::optional<InstitutionType> parseInstitutionType(const QString& text);
// The names parseInstitutionType reads, one per type in the order of the enum, in English or in
// Spanish ("es"): the choices a registration template offers.
QStringList institutionTypeNames(const QString& language);

// Morning/afternoon/full day, Mañana/Matutino/Tarde/Vespertino/Día completo, AM/PM.
std::optional<SessionPart> parseSessionPart(const QString& text);

// dd/mm/yyyy, d/m/yy (20yy), yyyy-mm-dd, with '/', '-' or '.' between the numbers, and the serial
// number a spreadsheet stores for a date (days since 1899-12-30). An invalid QDate when none fits.
QDate parseListDate(const QString& text);

} // namespace sd
