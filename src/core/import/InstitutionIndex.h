#pragma once

#include "domain/Records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sd {

// Finds the institution a list cell names: by name or by acronym, ignoring case, accents and
// punctuation, also in the form "Name (ACRONYM)". A name it does not know becomes a new institution,
// kept here until the import writes it, so that later rows naming it again share it.
class InstitutionIndex
{
public:
    explicit InstitutionIndex(const QList<Institution>& institutions);

    // A reference to an institution while planning: a stored id (> 0), a new institution (< 0,
    // see newIndexOf) or none (0).
    using Ref = qint64;
    static bool isNew(Ref ref) { return ref < 0; }
    static int newIndexOf(Ref ref) { return int(-ref - 1); }

    struct Resolution
    {
        Ref ref = 0;
        QStringList ambiguousNames; // set when the text is the acronym of several institutions
    };
    // Resolves a cell; an unknown name is added as a new institution first seen on `line`.
    Resolution resolve(const QString& text, int line);

    // The new institutions in the order first seen, with the line of the list that named each first.
    struct NewInstitution
    {
        Institution institution;
        int firstLine = 0;
    };
    const QList<NewInstitution>& newInstitutions() const { return m_new; }
    // Gives a new institution the type its list names; the first line that names a type decides.
    void setTypeOfNew(Ref ref, InstitutionType type);
    QString nameOf(Ref ref) const;

private:
    Ref find(const QString& key, QStringList& ambiguous) const;

    QHash<QString, Ref> m_byName;
    QHash<QString, Ref> m_bySpanishName; // found after the English names
    QHash<QString, QList<Ref>> m_byAcronym;
    QHash<Ref, QString> m_names;
    QList<NewInstitution> m_new;
    QSet<Ref> m_typed;
};

} // namespace sd
