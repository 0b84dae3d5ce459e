#pragma once

#include "storage/Tables.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// One field of a record seen three ways when a change meets someone else's: as it was when I
// started (base), as I left it (mine) and as the file holds it now (theirs).
struct FieldVersions
{
    const char* column = nullptr; // the column's name in the spec (storage/Tables): "given_names"
    QString base;
    QString mine;
    QString theirs;
    bool mineChanged = false;
    bool theirsChanged = false;

    // Both changed it, and not to the same value: only a person can choose.
    bool conflicts() const { return mineChanged && theirsChanged && mine != theirs; }
};

// Every field of the record that its dialog edits (not its id, owner, derived counts or version),
// the lists it keeps in link tables last, in the order of its table's spec.
template <typename R>
QList<FieldVersions> fieldVersions(const R& base, const R& mine, const R& theirs)
{
    QList<FieldVersions> fields;
    for (const Column<R>& column : tableOf<R>().recordColumns()) {
        if (column.shape.is(Key | Generated | Owner | Derived | Version))
            continue;
        fields.append(FieldVersions{column.shape.name, column.text(base), column.text(mine),
                                    column.text(theirs), !column.same(base, mine),
                                    !column.same(base, theirs)});
    }
    for (const LinkList<R>& link : tableOf<R>().links()) {
        const auto text = [&link](const R& record) {
            QStringList ids;
            for (Id id : record.*link.member)
                ids.append(QString::number(id));
            return ids.join(QStringLiteral(", "));
        };
        fields.append(FieldVersions{link.table->name(), text(base), text(mine), text(theirs),
                                    base.*link.member != mine.*link.member,
                                    base.*link.member != theirs.*link.member});
    }
    return fields;
}

// Whether any field was changed on both sides to different values.
inline bool anyConflict(const QList<FieldVersions>& fields)
{
    for (const FieldVersions& field : fields) {
        if (field.conflicts())
            return true;
    }
    return false;
}

// The file's record (theirs, at its version) with the fields I changed since base set to mine: the
// fields only they changed keep theirs, the fields only I changed take mine, and where both changed
// mine wins (what "apply mine to the fields I changed" writes).
template <typename R>
R withMyChanges(const R& base, const R& mine, const R& theirs)
{
    R merged = theirs;
    for (const Column<R>& column : tableOf<R>().recordColumns()) {
        if (column.shape.is(Key | Generated | Owner | Derived | Version))
            continue;
        if (!column.same(base, mine))
            column.copy(merged, mine);
    }
    for (const LinkList<R>& link : tableOf<R>().links()) {
        if (base.*link.member != mine.*link.member)
            merged.*link.member = mine.*link.member;
    }
    return merged;
}

} // namespace sd
