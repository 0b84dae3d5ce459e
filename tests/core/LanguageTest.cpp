// The two forms of a programme text and the fallback between them (domain/Language), and the documents'
// fixed texts drawn in a language of their own (documents/DocumentLanguage), whatever the application's.
#include "domain/Language.h"

#include "documents/DocumentLanguage.h"
#include "documents/DocumentText.h"

#include <QDate>
#include <gtest/gtest.h>

using namespace sd;

TEST(Language, TheChosenFormOrTheOtherWhereItIsEmpty)
{
    const QString en = QStringLiteral("National Institute of Migration");
    const QString es = QStringLiteral("Instituto Nacional de Migración");
    EXPECT_EQ(inLanguage(Language::Spanish, en, es), es);
    EXPECT_EQ(inLanguage(Language::English, en, es), en);
    EXPECT_EQ(inLanguage(Language::Spanish, en, QString()), en);
    EXPECT_EQ(inLanguage(Language::English, QString(), es), es);
    EXPECT_TRUE(isFallback(Language::Spanish, en, QString()));
    EXPECT_TRUE(isFallback(Language::English, QString(), es));
    EXPECT_FALSE(isFallback(Language::Spanish, en, es));
    EXPECT_FALSE(isFallback(Language::Spanish, QString(), QString())) << "nothing to fall back to";
    EXPECT_EQ(inLanguageSql(Language::Spanish, "a.title"),
              QStringLiteral("COALESCE(NULLIF(a.title_es, ''), a.title)"));
    EXPECT_EQ(inLanguageSql(Language::English, "i.name"),
              QStringLiteral("COALESCE(NULLIF(i.name, ''), i.name_es)"));
}

TEST(Language, CodesAreEsAndEnOnly)
{
    EXPECT_EQ(languageFromCode(QStringLiteral("es")), Language::Spanish);
    EXPECT_EQ(languageFromCode(QStringLiteral(" EN ")), Language::English);
    EXPECT_FALSE(languageFromCode(QStringLiteral("fr")).has_value());
    EXPECT_FALSE(languageFromCode(QString()).has_value());
    EXPECT_EQ(languageCode(Language::Spanish), QStringLiteral("es"));
    EXPECT_EQ(languageCode(Language::English), QStringLiteral("en"));
}

// No translator is installed in this test program, as in the command line: only the document's scope
// makes its texts and dates Spanish, and they go back to English when the scope ends.
TEST(DocumentLanguage, AScopeDrawsTheFixedTextsAndDatesInItsLanguage)
{
    const QDate date(2017, 5, 16);
    EXPECT_EQ(Documents::tr("Certificate of Attendance"), QStringLiteral("Certificate of Attendance"));
    {
        const DocumentLanguageScope spanish(Language::Spanish);
        EXPECT_EQ(Documents::tr("Certificate of Attendance"), QStringLiteral("Constancia de Asistencia"));
        EXPECT_EQ(documentDate(date), QStringLiteral("16 de mayo de 2017"));
        {
            const DocumentLanguageScope english(Language::English);
            EXPECT_EQ(documentDate(date), QStringLiteral("16 May 2017"));
        }
        EXPECT_EQ(DocumentLanguageScope::current(), Language::Spanish);
        const DocumentLanguageScope none(std::nullopt);
        EXPECT_EQ(DocumentLanguageScope::current(), Language::Spanish) << "no language keeps the outer one";
    }
    EXPECT_FALSE(DocumentLanguageScope::current().has_value());
    EXPECT_EQ(documentDate(date), QStringLiteral("16 May 2017"));
}
