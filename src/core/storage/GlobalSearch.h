#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sd {

class Database;

// The kinds of record the window's one search finds, in the order their groups are shown.
enum class SearchKind
{
    Activity,
    Participant,
    Expert,
    Institution
};

// One record found: what identifies it in a list of results, as stored (the window formats it).
struct SearchHit
{
    SearchKind kind = SearchKind::Participant;
    Id id = 0;
    QString title; // "Hernández Ruiz, María José", "2.1 Seminar on …", "National Commission … (COMAR)"
    QString detail; // institution and email; project and venue; country and institution; acronym …
    QDate date;     // an activity's first day (null for the other kinds)
};

// The records of one kind that match, at most the limit asked for; `more` when others match too.
struct SearchGroup
{
    SearchKind kind = SearchKind::Participant;
    QList<SearchHit> hits;
    bool more = false;
};

// The window's one search over a programme file: activities by code, title or venue; participants by
// names or email; experts by names, institution or country; institutions by name or acronym. Every
// word of the text must appear in one of a record's fields, accents and case aside ("inaki" finds
// Iñaki, "migracion" finds Migración), as NameCollation's sd_contains() decides. All values are
// bound; each kind is one statement with a limit, so a keystroke costs the same on a file of
// 100,000 participants whatever it matches (docs/performance.md).
class GlobalSearch
{
public:
    static constexpr int kDefaultLimit = 8;

    explicit GlobalSearch(Database& database);

    // The groups in SearchKind order, each sorted: activities by exact code first, then by project
    // and date; persons and institutions by name as a reader expects, names starting with the first
    // word first. Blank text finds nothing.
    Result<QList<SearchGroup>> find(const QString& text, int limitPerKind = kDefaultLimit) const;
    // One kind only.
    Result<SearchGroup> find(SearchKind kind, const QString& text, int limit = kDefaultLimit) const;

    // The words a text is searched by: blanks collapsed, at most kMaxWords (the rest ignored).
    static QStringList words(const QString& text);
    static constexpr int kMaxWords = 6;

private:
    Status prepareConnection() const;

    Database& m_database;
    mutable bool m_functionsReady = false;
};

} // namespace sd
