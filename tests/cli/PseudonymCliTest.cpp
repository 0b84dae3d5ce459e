// Pseudonyms under each programme's random key (docs/privacy.md, "Pseudonyms"): the same across
// exports of one programme, different in a second programme written by `demo`, and none of them the
// one the old scheme (a key made from the project's code alone) gives for any person of the file.
#include "Backends.h"
#include "Process.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

// The pseudonyms of a pseudonymised export of the demo's project.
QSet<QString> pseudonymsOf(const QString& address)
{
    const ProcessRun run =
        cli({QStringLiteral("participants"), address, QStringLiteral("--project"), QStringLiteral("MX-II"),
             QStringLiteral("--pseudonymise"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QSet<QString> pseudonyms;
    for (const QJsonValue& person : QJsonDocument::fromJson(run.bytes).array())
        pseudonyms.insert(person.toObject().value(QStringLiteral("pseudonym")).toString());
    return pseudonyms;
}

// Version 1's pseudonym: HMAC-SHA256 under SHA-256 of a fixed text and the project's code.
QString oldScheme(const QString& projectCode, Id id)
{
    const QByteArray key = QCryptographicHash::hash(
        QByteArrayLiteral("seminardesk pseudonym v1\n") + projectCode.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(QByteArray::number(id), key, QCryptographicHash::Sha256);
    return QStringLiteral("P-") + QString::fromLatin1(mac.toHex().left(12));
}

class PseudonymCliTest : public ::testing::TestWithParam<Backend>
{
protected:
    QString demo(const QString& name, BackendPlace& place)
    {
        const QString file = m_dir.path(name);
        const ProcessRun made = cli({QStringLiteral("demo"), file});
        EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        EXPECT_NE(place.open(GetParam(), file), nullptr);
        return place.address();
    }

    TempDir m_dir;
    BackendPlace m_first;
    BackendPlace m_second;
};

TEST_P(PseudonymCliTest, StableWithinAProgrammeDifferentAcrossProgrammesNoneOfTheOldScheme)
{
    const QString first = demo(QStringLiteral("first.sdesk"), m_first);
    const QString second = demo(QStringLiteral("second.sdesk"), m_second);
    const QSet<QString> once = pseudonymsOf(first);
    ASSERT_GT(once.size(), 100);
    EXPECT_EQ(pseudonymsOf(first), once) << "the same programme gives the same pseudonyms";
    const QSet<QString> other = pseudonymsOf(second);
    EXPECT_EQ(other.size(), once.size()) << "the same people";
    EXPECT_FALSE(other.intersects(once)) << "another programme, another key";

    const ProcessRun all =
        cli({QStringLiteral("participants"), first, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(all.exitCode, 0);
    Id largest = 0;
    for (const QJsonValue& person : QJsonDocument::fromJson(all.bytes).array())
        largest = std::max<Id>(largest, person.toObject().value(QStringLiteral("id")).toInteger());
    ASSERT_GT(largest, 0);
    for (Id id = 1; id <= largest; ++id) {
        const QString old = oldScheme(QStringLiteral("MX-II"), id);
        EXPECT_FALSE(once.contains(old)) << "person " << id << " keeps the old, recomputable pseudonym";
        EXPECT_FALSE(other.contains(old)) << "person " << id;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, PseudonymCliTest, bothBackends(), backendName);

} // namespace
