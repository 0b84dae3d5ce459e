#include "import/InstitutionIndex.h"

#include "import/NameMatching.h"

#include <QRegularExpression>

namespace sd {

InstitutionIndex::InstitutionIndex(const QList<Institution>& institutions)
{
    for (const Institution& institution : institutions) {
        m_byName.insert(normaliseName(institution.name), institution.id);
        // A list may name the institution in Spanish: its Spanish name and acronym find it too (an
        // English name of another institution wins, and an acronym shared by two is ambiguous).
        const QString spanishName = normaliseName(institution.nameEs);
        if (!spanishName.isEmpty())
            m_bySpanishName.insert(spanishName, institution.id);
        for (const QString& each : {institution.acronym, institution.acronymEs}) {
            const QString acronym = normaliseName(each);
            if (!acronym.isEmpty() && !m_byAcronym[acronym].contains(institution.id))
                m_byAcronym[acronym].append(institution.id);
        }
        m_names.insert(institution.id, institution.name);
    }
}

InstitutionIndex::Ref InstitutionIndex::find(const QString& key, QStringList& ambiguous) const
{
    if (key.isEmpty())
        return 0;
    if (const auto named = m_byName.constFind(key); named != m_byName.constEnd())
        return *named;
    if (const auto named = m_bySpanishName.constFind(key); named != m_bySpanishName.constEnd())
        return *named;
    const QList<Ref> refs = m_byAcronym.value(key);
    if (refs.size() == 1)
        return refs.front();
    for (Ref ref : refs)
        ambiguous.append(nameOf(ref));
    return 0;
}

InstitutionIndex::Resolution InstitutionIndex::resolve(const QString& text, int line)
{
    Resolution resolution;
    const QString key = normaliseName(text);
    if (key.isEmpty())
        return resolution;
    resolution.ref = find(key, resolution.ambiguousNames);
    if (resolution.ref != 0 || !resolution.ambiguousNames.isEmpty())
        return resolution;

    // "Instituto Nacional de Migración (INM)": the name, then the acronym in brackets.
    static const QRegularExpression withAcronym(QStringLiteral(R"(^\s*(.*\S)\s*\(\s*([^()]*\S)\s*\)\s*$)"));
    const QRegularExpressionMatch match = withAcronym.match(text);
    QString name = text.simplified();
    QString acronym;
    if (match.hasMatch()) {
        name = match.captured(1).simplified();
        acronym = match.captured(2).simplified();
        QStringList ignored;
        resolution.ref = find(normaliseName(name), ignored);
        if (resolution.ref == 0)
            resolution.ref = find(normaliseName(acronym), ignored);
        if (resolution.ref != 0)
            return resolution;
    }

    NewInstitution added;
    added.institution.name = name;
    added.institution.acronym = acronym;
    added.institution.type = InstitutionType::Other;
    added.firstLine = line;
    m_new.append(added);
    resolution.ref = -Ref(m_new.size());
    m_byName.insert(key, resolution.ref);
    m_byName.insert(normaliseName(name), resolution.ref);
    if (!acronym.isEmpty())
        m_byAcronym[normaliseName(acronym)].append(resolution.ref);
    m_names.insert(resolution.ref, name);
    return resolution;
}

void InstitutionIndex::setTypeOfNew(Ref ref, InstitutionType type)
{
    if (!isNew(ref) || m_typed.contains(ref))
        return;
    m_new[newIndexOf(ref)].institution.type = type;
    m_typed.insert(ref);
}

QString InstitutionIndex::nameOf(Ref ref) const
{
    return m_names.value(ref);
}

} // namespace sd
