#include "domain/NaturalOrder.h"

#include <QStringView>

namespace sd {

bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype iEnd = i;
            while (iEnd < a.size() && a.at(iEnd).isDigit())
                ++iEnd;
            qsizetype jEnd = j;
            while (jEnd < b.size() && b.at(jEnd).isDigit())
                ++jEnd;
            QStringView left = QStringView(a).mid(i, iEnd - i);
            QStringView right = QStringView(b).mid(j, jEnd - j);
            while (left.size() > 1 && left.front() == QLatin1Char('0'))
                left = left.mid(1);
            while (right.size() > 1 && right.front() == QLatin1Char('0'))
                right = right.mid(1);
            if (left.size() != right.size())
                return left.size() < right.size();
            if (const int order = left.compare(right); order != 0)
                return order < 0;
            i = iEnd;
            j = jEnd;
            continue;
        }
        const QChar left = a.at(i).toCaseFolded();
        const QChar right = b.at(j).toCaseFolded();
        if (left != right)
            return left < right;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

} // namespace sd
