#pragma once

#include "common/Result.h"
#include "domain/Language.h"
#include "domain/Records.h"
#include "export/Pseudonymiser.h"
#include "export/Table.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

class Database;

// One person of a participant list, as `participants` exports it.
struct ParticipantExportRow
{
    Id id = 0;
    QString givenNames;
    QString familyNames;
    Gender gender = Gender::NotStated;
    QString institution; // name; empty when none is recorded
    QString institutionAcronym;
    QString institutionType; // type code, empty when no institution
    QString position;
    QString region;
    QString email;
    QString phone;
    QStringList activities;   // codes of the activities the person took part in
    QString pseudonym;        // set when the list is pseudonymised
    bool generalised = false; // gender, institution and region blanked: a small group (SmallCells)
};

// The persons behind a number, for the evaluator: read from the file in two statements (persons,
// then who took part where) and written as a Table (CSV, XLSX) or as JSON, an array of one object a person
// (docs/exports.md). Pseudonymised, a row keeps gender, institution, region and activities and replaces the
// id, names, email, phone and position with a pseudonym (see Pseudonymiser).
class ParticipantExport
{
public:
    // Column headings: the JSON keys (CSV, so that scripts read both alike) or words for people (XLSX).
    enum class Headings
    {
        Keys,
        Titles
    };

    // Whether the persons' names, positions, emails and phones are read: not for a pseudonymised
    // list, which an evaluator's login on a server may read without them.
    enum class Persons
    {
        Named,
        Withheld
    };

    // The institutions' names and acronyms in `language` (domain/Language), falling back to the other form.
    explicit ParticipantExport(Database& database, Language language = Language::English);

    // The participants with these ids (every participant of the file when `ids` is not given), by id.
    // Their activities are those of `projectId` they took part in; with `projectId` 0, those of every
    // project, each code written "PROJECT:CODE" when the file holds more than one project.
    Result<QList<ParticipantExportRow>> load(const std::optional<QList<Id>>& ids, Id projectId,
                                             Persons persons = Persons::Named) const;

    // The pseudonyms of a project in this programme, under its key.
    Result<Pseudonymiser> pseudonymiser(const QString& projectCode) const
    {
        return Pseudonymiser::forProject(m_database, projectCode);
    }
    // Replaces who the persons are with their pseudonyms.
    static void pseudonymise(QList<ParticipantExportRow>& rows, const Pseudonymiser& pseudonymiser);

    static Table toTable(const QList<ParticipantExportRow>& rows, bool pseudonymised, Headings headings);
    // An array of objects, one a person, keys in a fixed order, one object a line.
    static QByteArray toJson(const QList<ParticipantExportRow>& rows, bool pseudonymised);

private:
    Database& m_database;
    Language m_language;
};

} // namespace sd
