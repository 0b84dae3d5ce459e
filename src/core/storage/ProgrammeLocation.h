#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace sd {

// Where a programme lives: a file, or a database on a PostgreSQL server named by a libpq connection
// URI (postgresql://[user[:password]@]host[:port]/database[?sslmode=…], postgresql:///db?host=/dir
// for a Unix socket; postgres:// too). A URI is read by libpq's own PQconninfoParse, so every form
// libpq accepts is accepted and nothing else is.
class ProgrammeLocation
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProgrammeLocation)

public:
    // One libpq parameter as the URI gives it, e.g. ("sslmode", "require").
    using Parameter = std::pair<QByteArray, QByteArray>;

    // What a user typed, a command line got or the recent list held: a text starting with
    // postgresql:// or postgres:// names a server, anything else a file. A malformed URI is an Error
    // (BadInput) whose sentence never quotes a password.
    static Result<ProgrammeLocation> parse(const QString& text);
    static ProgrammeLocation file(const QString& path);
    // A server location from its parts, as the connect dialog's fields give them; an empty part is
    // left to libpq's defaults. The host may be a folder (a Unix socket); sslMode is one of libpq's
    // modes (disable, prefer, require, verify-ca, verify-full) or empty.
    static ProgrammeLocation server(const QString& host, const QString& port, const QString& database,
                                    const QString& user, const QString& sslMode = {});
    static bool looksLikeServerAddress(const QString& text);

    bool isFile() const { return !m_server; }
    bool isServer() const { return m_server; }
    // The file's path as given (files only).
    const QString& filePath() const { return m_filePath; }

    // The server's parts as the URI gives them, empty when it leaves them to libpq's defaults
    // (PGHOST, PGUSER, a service entry, the login name, the default socket folder).
    QString host() const { return parameter("host"); }
    QString port() const { return parameter("port"); }
    QString database() const { return parameter("dbname"); }
    QString user() const { return parameter("user"); }
    QString sslMode() const { return parameter("sslmode"); }
    // The value of a libpq parameter the URI gives, else empty.
    QString parameter(const char* keyword) const;
    // Every parameter the URI gives, in libpq's order, secrets (the password) included: for
    // connecting only, never for showing or storing.
    const QList<Parameter>& parameters() const { return m_parameters; }
    // Whether the URI holds a password (which storableText() leaves out).
    bool hasSecret() const;

    // For titles and status bars: "mexico-ii.sdesk" for a file; "mexico-ii on db.example.org as
    // mlopez" for a server, "mexico-ii on this computer as mlopez" through a Unix socket. What the
    // URI leaves out is filled in from libpq's defaults as a connection would be.
    QString displayText() const;
    // For the recent list and settings: the file's absolute path, or the URI rebuilt from its
    // parameters without any password (libpq marks which parameters are secret).
    QString storableText() const;

    // "mexico-ii on db.example.org as mlopez": the words every server location is shown with. An
    // empty host, or a host that is a folder (a Unix socket), is "this computer"; a port other than
    // 5432 is shown after the host.
    static QString serverDisplayText(const QString& database, const QString& host, const QString& port,
                                     const QString& user);

    bool operator==(const ProgrammeLocation& other) const = default;

private:
    bool m_server = false;
    QString m_filePath;
    QList<Parameter> m_parameters;
};

} // namespace sd
