#include "domain/SearchText.h"

namespace sd {

QString foldForSearch(const QString& text)
{
    // Canonical decomposition splits "í" into "i" and a combining accent, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c.toCaseFolded());
    }
    return folded;
}

} // namespace sd
