#include "storage/ProgrammeLocation.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <gtest/gtest.h>

using sd::ErrorKind;
using sd::ProgrammeLocation;

namespace {

// libpq's defaults come from the environment: each test starts from none of them.
class ProgrammeLocationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const char* name : {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE",
                                 "PGSERVICEFILE", "PGSSLMODE"})
            qunsetenv(name);
        qputenv("PGSYSCONFDIR", QByteArrayLiteral("/nonexistent")); // no system-wide service file
    }

    static ProgrammeLocation parsed(const QString& text)
    {
        const sd::Result<ProgrammeLocation> location = ProgrammeLocation::parse(text);
        EXPECT_TRUE(location.ok()) << text.toStdString() << ": "
                                   << (location ? std::string() : location.error().message.toStdString());
        return location ? *location : ProgrammeLocation();
    }

    static sd::Error refused(const QString& text)
    {
        const sd::Result<ProgrammeLocation> location = ProgrammeLocation::parse(text);
        EXPECT_FALSE(location.ok()) << text.toStdString() << " was accepted";
        return location ? sd::Error() : location.error();
    }
};

TEST_F(ProgrammeLocationTest, AnythingButAServerAddressIsAFile)
{
    for (const QString& text : {QStringLiteral("/tmp/mexico-ii.sdesk"), QStringLiteral("mexico-ii.sdesk"),
                                QStringLiteral("postgresql.sdesk"), QStringLiteral("postgresql:/x"),
                                QStringLiteral("POSTGRESQL://db.example.org/x")}) {
        const ProgrammeLocation location = parsed(text);
        EXPECT_TRUE(location.isFile()) << text.toStdString();
        EXPECT_EQ(location.filePath(), text);
    }
    const ProgrammeLocation relative = parsed(QStringLiteral("mexico-ii.sdesk"));
    EXPECT_EQ(relative.displayText(), QStringLiteral("mexico-ii.sdesk"));
    EXPECT_EQ(relative.storableText(), QDir::current().absoluteFilePath(QStringLiteral("mexico-ii.sdesk")));
    EXPECT_EQ(parsed(QStringLiteral("/data/programmes/mexico-ii.sdesk")).displayText(),
              QStringLiteral("mexico-ii.sdesk"));
}

TEST_F(ProgrammeLocationTest, ReadsAServerAddressWithLibpq)
{
    const ProgrammeLocation location =
        parsed(QStringLiteral("postgresql://mlopez@db.example.org:5432/mexico-ii?sslmode=require"));
    ASSERT_TRUE(location.isServer());
    EXPECT_EQ(location.host(), QStringLiteral("db.example.org"));
    EXPECT_EQ(location.port(), QStringLiteral("5432"));
    EXPECT_EQ(location.database(), QStringLiteral("mexico-ii"));
    EXPECT_EQ(location.user(), QStringLiteral("mlopez"));
    EXPECT_EQ(location.sslMode(), QStringLiteral("require"));
    EXPECT_FALSE(location.hasSecret());
    EXPECT_EQ(location.displayText(), QStringLiteral("mexico-ii on db.example.org as mlopez"));

    const ProgrammeLocation shortPrefix =
        parsed(QStringLiteral("postgres://mlopez@db.example.org/mexico-ii"));
    EXPECT_TRUE(shortPrefix.isServer());
    EXPECT_EQ(shortPrefix.displayText(), QStringLiteral("mexico-ii on db.example.org as mlopez"));
}

TEST_F(ProgrammeLocationTest, SaysWhereAndAsWhom)
{
    EXPECT_EQ(parsed(QStringLiteral("postgresql://mlopez@db.example.org:5433/mexico-ii")).displayText(),
              QStringLiteral("mexico-ii on db.example.org:5433 as mlopez"));
    EXPECT_EQ(parsed(QStringLiteral("postgresql://mlopez@[2001:db8::1]:5433/mexico-ii")).displayText(),
              QStringLiteral("mexico-ii on [2001:db8::1]:5433 as mlopez"));
    EXPECT_EQ(
        parsed(QStringLiteral("postgresql:///mexico-ii?host=/var/run/postgresql&user=mlopez")).displayText(),
        QStringLiteral("mexico-ii on this computer as mlopez"));
    EXPECT_EQ(
        parsed(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/mexico-ii?user=mlopez")).displayText(),
        QStringLiteral("mexico-ii on this computer as mlopez"));
    // Percent-encoded parts are decoded by libpq.
    EXPECT_EQ(
        parsed(QStringLiteral("postgresql://m%C3%B3nica@db.example.org/m%C3%A9xico%20ii")).displayText(),
        QStringLiteral("méxico ii on db.example.org as mónica"));
}

TEST_F(ProgrammeLocationTest, WhatTheAddressLeavesOutComesFromLibpqsDefaults)
{
    qputenv("PGUSER", QByteArrayLiteral("envuser"));
    EXPECT_EQ(parsed(QStringLiteral("postgresql://db.example.org/mexico-ii")).displayText(),
              QStringLiteral("mexico-ii on db.example.org as envuser"));
    // libpq's default database is the user's name, and its default host this computer's socket.
    EXPECT_EQ(parsed(QStringLiteral("postgresql://")).displayText(),
              QStringLiteral("envuser on this computer as envuser"));
    qputenv("PGHOST", QByteArrayLiteral("pg.office.example"));
    qputenv("PGPORT", QByteArrayLiteral("6543"));
    EXPECT_EQ(parsed(QStringLiteral("postgresql:///mexico-ii")).displayText(),
              QStringLiteral("mexico-ii on pg.office.example:6543 as envuser"));
    // A service named in the address is read only when connecting.
    EXPECT_EQ(parsed(QStringLiteral("postgresql:///mexico-ii?service=office")).displayText(),
              QStringLiteral("mexico-ii through the service office"));
    EXPECT_EQ(parsed(QStringLiteral("postgresql://?service=office")).displayText(),
              QStringLiteral("service office"));
}

TEST_F(ProgrammeLocationTest, TheStorableFormHoldsNoPassword)
{
    const ProgrammeLocation inUserInfo =
        parsed(QStringLiteral("postgresql://mlopez:s3cr%40t@db.example.org/mexico-ii?sslmode=require"));
    EXPECT_TRUE(inUserInfo.hasSecret());
    EXPECT_EQ(inUserInfo.parameter("password"), QStringLiteral("s3cr@t"));
    EXPECT_EQ(inUserInfo.storableText(),
              QStringLiteral("postgresql://mlopez@db.example.org/mexico-ii?sslmode=require"));
    EXPECT_FALSE(inUserInfo.displayText().contains(QStringLiteral("s3cr")));

    const ProgrammeLocation inQuery = parsed(
        QStringLiteral("postgresql://db.example.org/mexico-ii?user=mlopez&password=s3cret&sslpassword=k3y&"
                       "sslmode=verify-full&application_name=office"));
    EXPECT_TRUE(inQuery.hasSecret());
    const QString stored = inQuery.storableText();
    EXPECT_FALSE(stored.contains(QStringLiteral("s3cret"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QStringLiteral("k3y"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QStringLiteral("password"))) << stored.toStdString();
    // The options come in libpq's order.
    EXPECT_EQ(stored, QStringLiteral("postgresql://mlopez@db.example.org/mexico-ii?application_name=office&"
                                     "sslmode=verify-full"))
        << stored.toStdString();
}

// The stored form, read again by libpq, names the same server, database, user and options.
TEST_F(ProgrammeLocationTest, TheStorableFormReadsBackTheSame)
{
    const QStringList addresses = {
        QStringLiteral("postgresql://mlopez@db.example.org:5433/mexico-ii?sslmode=require&connect_timeout=5"),
        QStringLiteral("postgresql:///mexico-ii?host=/var/run/postgresql&port=5433&user=mlopez"),
        QStringLiteral(
            "postgresql://m%40lopez:pw@db.example.org/m%C3%A9xico%20ii%2Fdos?application_name=a%26b%3Dc"),
        QStringLiteral("postgres://[::1]:6000/mexico-ii"),
        QStringLiteral("postgresql://db.example.org"),
        QStringLiteral("postgresql://"),
        QStringLiteral("postgresql://host.example.org/db?hostaddr=192.0.2.7&target_session_attrs=read-write"),
        QStringLiteral("postgresql:///db?host=@abstract-socket"),
    };
    for (const QString& address : addresses) {
        const ProgrammeLocation original = parsed(address);
        const ProgrammeLocation again = parsed(original.storableText());
        QList<ProgrammeLocation::Parameter> expected;
        for (const ProgrammeLocation::Parameter& parameter : original.parameters()) {
            if (parameter.first != "password")
                expected.append(parameter);
        }
        QList<ProgrammeLocation::Parameter> actual = again.parameters();
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        EXPECT_EQ(actual, expected) << address.toStdString() << " stored as "
                                    << original.storableText().toStdString();
        EXPECT_EQ(again.storableText(), original.storableText());
    }
}

TEST_F(ProgrammeLocationTest, AMalformedAddressIsBadInputAndQuotesNoPassword)
{
    const sd::Error unknownOption =
        refused(QStringLiteral("postgresql://mlopez:s3cret@db.example.org:5432/mexico-ii?nonsense=1"));
    EXPECT_EQ(unknownOption.kind, ErrorKind::BadInput);
    EXPECT_EQ(unknownOption.message,
              QStringLiteral(
                  "postgresql://mlopez:***@db.example.org:5432/mexico-ii?nonsense=1 is not a valid server "
                  "address; check it for typing errors. A server address looks like "
                  "postgresql://user@host:5432/database."));

    const sd::Error badEncoding =
        refused(QStringLiteral("postgresql://db.example.org/mexico-ii?password=s3cr%zzt"));
    EXPECT_EQ(badEncoding.kind, ErrorKind::BadInput);
    EXPECT_FALSE(badEncoding.message.contains(QStringLiteral("s3cr"))) << badEncoding.message.toStdString();
    EXPECT_TRUE(badEncoding.message.contains(QStringLiteral("password=***")))
        << badEncoding.message.toStdString();

    EXPECT_EQ(refused(QStringLiteral("postgresql://[::1/mexico-ii")).kind, ErrorKind::BadInput);
    EXPECT_EQ(refused(QStringLiteral("postgresql://db.example.org/mexico-ii?sslmode")).kind,
              ErrorKind::BadInput);
}

TEST_F(ProgrammeLocationTest, RefusesWhatItCannotConnectTo)
{
    EXPECT_EQ(refused(QStringLiteral("postgresql://one.example.org,two.example.org/mexico-ii")).message,
              QStringLiteral(
                  "postgresql://one.example.org,two.example.org/mexico-ii names several servers; Seminar "
                  "Desk connects to one. Name a single host and port."));
    EXPECT_EQ(
        refused(QStringLiteral("postgresql://db.example.org:99999/mexico-ii")).message,
        QStringLiteral("postgresql://db.example.org:99999/mexico-ii gives the port \"99999\", which is not a "
                       "port number (1 to 65535)."));
    EXPECT_EQ(refused(QStringLiteral("postgresql://db.example.org:54x/mexico-ii")).kind, ErrorKind::BadInput);
    // Qt's driver splits its options at semicolons; a semicolon in a user name or database is fine.
    EXPECT_EQ(refused(QStringLiteral("postgresql://db.example.org/mexico-ii?application_name=a%3Bb")).message,
              QStringLiteral(
                  "postgresql://db.example.org/mexico-ii?application_name=a%3Bb has a semicolon in its "
                  "option application_name, which Qt's PostgreSQL driver cannot pass on; leave it out."));
    EXPECT_TRUE(parsed(QStringLiteral("postgresql://a%3Bb@db.example.org/c%3Bd")).isServer());
}

} // namespace

// The connect dialog's fields make the same location as the address a user would type, and its
// stored form reads back to the same fields.
TEST_F(ProgrammeLocationTest, FromItsPartsAsTheConnectDialogGivesThem)
{
    const ProgrammeLocation fromParts = ProgrammeLocation::server(
        QStringLiteral(" db.example.org "), QStringLiteral("5433"), QStringLiteral("mexico-ii"),
        QStringLiteral("mlopez"), QStringLiteral("require"));
    EXPECT_TRUE(fromParts.isServer());
    EXPECT_EQ(fromParts,
              parsed(QStringLiteral("postgresql://mlopez@db.example.org:5433/mexico-ii?sslmode=require")));
    EXPECT_EQ(fromParts.displayText(), QStringLiteral("mexico-ii on db.example.org:5433 as mlopez"));
    EXPECT_EQ(parsed(fromParts.storableText()), fromParts);

    // A socket folder for a host, a user name that needs encoding, the defaults left out.
    const ProgrammeLocation socket =
        ProgrammeLocation::server(QStringLiteral("/run/postgresql"), {}, QStringLiteral("mexico ii"),
                                  QStringLiteral("m.lópez@sre"), {});
    EXPECT_EQ(socket.host(), QStringLiteral("/run/postgresql"));
    EXPECT_TRUE(socket.port().isEmpty());
    EXPECT_TRUE(socket.sslMode().isEmpty());
    EXPECT_EQ(parsed(socket.storableText()), socket) << socket.storableText().toStdString();
    EXPECT_EQ(socket.displayText(), QStringLiteral("mexico ii on this computer as m.lópez@sre"));
}
