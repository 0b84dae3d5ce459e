#pragma once

// Registration lists for the tests that import from another process while something else uses the
// file: people nobody in the demo programme matches, each with an email of their own.

#include <QFile>
#include <QString>
#include <QTextStream>
#include <gtest/gtest.h>

namespace sd::test {

// `count` people whose names no other list uses (each family name carries `tag`), all at one
// institution, with the headings of a Mexican list (Nombre(s), Apellidos, Sexo, ...).
inline QString
writeRegistrationList(const QString& path, const QString& tag, int count,
                      const QString& institution = QStringLiteral("Instituto Nacional de Migración"))
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    QTextStream out(&file);
    out << "Nombre(s),Apellidos,Sexo,Institución,Correo\n";
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("Persona %1,%2 Número %3,F,%4,%2.%3@example.org\n")
                   .arg(i)
                   .arg(tag)
                   .arg(i)
                   .arg(institution);
    return path;
}

// `rows` new people (given names "Invitada"), numbered from `first`, whose family names are made of
// syllables so that no two are alike or near one another (nobody is a possible duplicate).
inline QString writeGuestList(const QString& path, int rows, int first = 0)
{
    static const char* const syllables[] = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru",
                                            "sa", "te", "vi", "zo", "ka", "lu", "mo", "na", "pe", "ri"};
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    QTextStream out(&file);
    out << "Given names,Family names,Gender,Institution,Email\n";
    for (int i = first; i < first + rows; ++i) {
        QString family;
        for (int n = i + 1000; n > 0; n /= 20)
            family += QLatin1String(syllables[n % 20]);
        family[0] = family[0].toUpper();
        out << "Invitada," << family << " Externa,female,COMAR,invitada" << i << "@example.org\n";
    }
    return path;
}

} // namespace sd::test
