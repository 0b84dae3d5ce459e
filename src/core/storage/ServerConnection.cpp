#include "storage/ServerConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libpq-fe.h>
#include <memory>
#include <netdb.h>
#include <optional>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::ServerConnection", text);
}

const QString kDriver = QStringLiteral("QPSQL");

bool isSocketHost(const QString& host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
}

// A value for a libpq keyword=value string: single-quoted, with backslashes and quotes escaped.
QString conninfoValue(const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

int connectTimeoutSeconds(const ProgrammeLocation& location)
{
    bool ok = false;
    const int seconds = location.parameter("connect_timeout").toInt(&ok);
    // libpq treats 0 and negative values as "wait for ever" and raises 1 to 2.
    if (!ok || seconds <= 0)
        return ServerConnection::kDefaultConnectTimeoutSeconds;
    return std::max(seconds, 2);
}

// The parameters a connection uses: the URI's, the caller's password, and the defaults Seminar Desk
// adds (a connect timeout, a name in the server's list of sessions).
QList<ProgrammeLocation::Parameter> connectionParameters(const ProgrammeLocation& location,
                                                         const QString& password)
{
    QList<ProgrammeLocation::Parameter> parameters = location.parameters();
    if (!password.isEmpty() && location.parameter("password").isEmpty())
        parameters.append({QByteArrayLiteral("password"), password.toUtf8()});
    if (location.parameter("connect_timeout").isEmpty()) {
        parameters.append({QByteArrayLiteral("connect_timeout"),
                           QByteArray::number(ServerConnection::kDefaultConnectTimeoutSeconds)});
    }
    if (location.parameter("fallback_application_name").isEmpty())
        parameters.append({QByteArrayLiteral("fallback_application_name"), QByteArrayLiteral("seminardesk")});
    return parameters;
}

// libpq's words, fit for the log: any password the connection used is replaced by ***.
std::string forLog(QString words, const QList<ProgrammeLocation::Parameter>& parameters)
{
    for (const auto& [keyword, value] : parameters) {
        if ((keyword == "password" || keyword == "sslpassword") && !value.isEmpty())
            words.replace(QString::fromUtf8(value), QStringLiteral("***"));
    }
    return words.simplified().toStdString();
}

// ---------------------------------------------------------------------------------------------
// Why a connection failed. libpq's messages are translated (libpq5 ships Spanish ones) and the
// server's follow its own lc_messages, so nothing is learnt from their words: a second attempt made
// with libpq's verbose errors yields the server's SQLSTATE (and the function that raised it); libpq
// says when a password was wanted and none was given; and what happened before the server could
// answer (no such host, connection refused, no answer, TLS refused) is asked of the network itself.

struct PgConnFinish
{
    void operator()(PGconn* connection) const { PQfinish(connection); }
};

struct Attempt
{
    bool connected = false;
    bool timedOut = false;
    bool needsPassword = false;
    QString sqlState;
    QString routine; // the server function that raised the error, from the verbose LOCATION line
    QString host;    // what libpq tried: a name, an address or a socket folder
    QString port;
    QString user; // as libpq chose it (the URI's, PGUSER, a service entry's, the login name)
    QString database;
    QString words; // libpq's message, for the log
};

Attempt attemptWithLibpq(const QList<ProgrammeLocation::Parameter>& parameters, int timeoutSeconds)
{
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    Attempt attempt;
    const std::unique_ptr<PGconn, PgConnFinish> connection(
        PQconnectStartParams(keywords.data(), values.data(), 0));
    if (!connection) {
        attempt.words = QStringLiteral("libpq could not allocate a connection");
        return attempt;
    }
    PGconn* conn = connection.get();
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);
    QElapsedTimer clock;
    clock.start();
    PostgresPollingStatusType polling =
        PQstatus(conn) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (polling != PGRES_POLLING_OK && polling != PGRES_POLLING_FAILED) {
        const qint64 left = qint64(timeoutSeconds) * 1000 - clock.elapsed();
        if (left <= 0) {
            attempt.timedOut = true;
            break;
        }
        pollfd descriptor{PQsocket(conn), short(polling == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = ::poll(&descriptor, 1, int(left));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready == 0) {
            attempt.timedOut = true;
            break;
        }
        polling = PQconnectPoll(conn);
    }
    attempt.connected = polling == PGRES_POLLING_OK && PQstatus(conn) == CONNECTION_OK;
    attempt.needsPassword = PQconnectionNeedsPassword(conn) != 0;
    attempt.host = QString::fromUtf8(PQhost(conn));
    attempt.port = QString::fromUtf8(PQport(conn));
    attempt.user = QString::fromUtf8(PQuser(conn));
    attempt.database = QString::fromUtf8(PQdb(conn));
    attempt.words = QString::fromUtf8(PQerrorMessage(conn));
    // "SEVERITY:  SQLSTATE: message": two spaces after the (translated) severity, then the code.
    static const QRegularExpression sqlState(QStringLiteral(":  ([0-9A-Z]{5}): "));
    const QRegularExpressionMatch stateMatch = sqlState.match(attempt.words);
    if (stateMatch.hasMatch()) {
        attempt.sqlState = stateMatch.captured(1);
        // "LOCATION:  function, file.c:line" (the label is translated, the rest is not)
        static const QRegularExpression location(
            QStringLiteral("([A-Za-z_][A-Za-z0-9_]*), [A-Za-z0-9_]+\\.c:[0-9]+"));
        const QRegularExpressionMatch locationMatch = location.match(attempt.words, stateMatch.capturedEnd());
        if (locationMatch.hasMatch())
            attempt.routine = locationMatch.captured(1);
    }
    return attempt;
}

enum class Reach
{
    Reached,
    Refused,      // nothing listens at that port (or, for a socket, no server made it)
    SocketDenied, // the socket exists and may not be used by us
    UnknownHost,  // the name does not exist
    LookupFailed, // no name server answered
    NoAnswer,     // the connection attempt timed out
    Unreachable,  // no route to the host or its network
    Other,
};

struct Probe
{
    Reach reach = Reach::Other;
    bool tlsOffered = false; // when asked: the server answered the TLS request with 'S'
};

class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

Reach reachFromErrno(int error)
{
    switch (error) {
    case 0:
        return Reach::Reached;
    case ECONNREFUSED:
    case ENOENT:
        return Reach::Refused;
    case EACCES:
    case EPERM:
        return Reach::SocketDenied;
    case ETIMEDOUT:
        return Reach::NoAnswer;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENETDOWN:
    case EHOSTDOWN:
        return Reach::Unreachable;
    default:
        return Reach::Other;
    }
}

// Connects a non-blocking socket, waiting at most timeoutMs; returns 0 or the errno of the failure.
int connectWithin(int fd, const sockaddr* address, socklen_t length, int timeoutMs)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    if (::connect(fd, address, length) == 0)
        return 0;
    if (errno != EINPROGRESS)
        return errno;
    pollfd descriptor{fd, POLLOUT, 0};
    int ready = 0;
    do {
        ready = ::poll(&descriptor, 1, timeoutMs);
    } while (ready < 0 && errno == EINTR);
    if (ready == 0)
        return ETIMEDOUT;
    int error = 0;
    socklen_t size = sizeof error;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0)
        return errno;
    return error;
}

// PostgreSQL's SSLRequest (protocol 3, "Message Formats"): the server answers 'S' when it offers TLS
// and 'N' when it does not, before anything else is said.
bool serverOffersTls(int fd, int timeoutMs)
{
    const std::array<unsigned char, 8> request{0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f}; // length 8, 80877103
    if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) != ssize_t(request.size()))
        return false;
    pollfd descriptor{fd, POLLIN, 0};
    if (::poll(&descriptor, 1, timeoutMs) <= 0)
        return false;
    char answer = 0;
    return ::recv(fd, &answer, 1, 0) == 1 && answer == 'S';
}

Probe probe(const QString& host, const QString& port, bool askTls, int timeoutMs)
{
    Probe result;
    if (isSocketHost(host)) {
        const QByteArray path = (host + QStringLiteral("/.s.PGSQL.") + port).toUtf8();
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (size_t(path.size()) >= sizeof address.sun_path)
            return result;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        if (host.startsWith(QLatin1Char('@')))
            address.sun_path[0] = '\0'; // an abstract socket, as libpq reads "@name"
        const Descriptor fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (fd.get() < 0)
            return result;
        result.reach = reachFromErrno(connectWithin(fd.get(), reinterpret_cast<const sockaddr*>(&address),
                                                    socklen_t(sizeof address), timeoutMs));
        return result;
    }

    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* addresses = nullptr;
    const int lookup =
        ::getaddrinfo(host.toUtf8().constData(), port.toUtf8().constData(), &hints, &addresses);
    if (lookup != 0) {
        result.reach = lookup == EAI_AGAIN || lookup == EAI_FAIL ? Reach::LookupFailed : Reach::UnknownHost;
        return result;
    }
    const std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> owned(addresses, &::freeaddrinfo);
    // The first address that answers decides; else the first address's failure is told.
    std::optional<Reach> first;
    for (const addrinfo* address = addresses; address; address = address->ai_next) {
        const Descriptor fd(
            ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol));
        if (fd.get() < 0)
            continue;
        const Reach reach =
            reachFromErrno(connectWithin(fd.get(), address->ai_addr, address->ai_addrlen, timeoutMs));
        if (reach == Reach::Reached) {
            result.reach = reach;
            result.tlsOffered = askTls && serverOffersTls(fd.get(), timeoutMs);
            return result;
        }
        if (!first)
            first = reach;
    }
    result.reach = first.value_or(Reach::Other);
    return result;
}

bool wantsTls(const QString& sslMode)
{
    return sslMode == QLatin1String("require") || sslMode == QLatin1String("verify-ca") ||
           sslMode == QLatin1String("verify-full");
}

// The sentence for a failed connection, learnt as described above.
Error diagnose(const ProgrammeLocation& location, const QList<ProgrammeLocation::Parameter>& parameters,
               const QString& qtWords)
{
    const int timeoutSeconds = connectTimeoutSeconds(location);
    const Attempt attempt = attemptWithLibpq(parameters, timeoutSeconds);

    const QString host = attempt.host.isEmpty() ? location.host() : attempt.host;
    QString port = attempt.port.isEmpty() ? location.port() : attempt.port;
    if (port.isEmpty())
        port = QStringLiteral("5432");
    const bool local = isSocketHost(host);
    const QString socketPath = QStringLiteral("%1/.s.PGSQL.%2").arg(host, port);
    // "db.example.org:5432", "[2001:db8::1]:5432", or "this computer (socket /run/postgresql/…)"
    const QString where =
        local ? tr("this computer (socket %1)").arg(socketPath)
              : (host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
                    .arg(host, port);
    const QString user = attempt.user.isEmpty() ? location.user() : attempt.user;
    const QString database = attempt.database.isEmpty() ? location.database() : attempt.database;
    const QString shownUser = user.isEmpty() ? tr("your user name") : user;
    const QString shownDatabase = database.isEmpty() ? tr("(default)") : database;
    const bool tls = wantsTls(location.sslMode());

    const std::string logWhere = local ? socketPath.toStdString() : where.toStdString();
    spdlog::warn("could not connect to {}: {}", logWhere, forLog(qtWords, parameters));
    if (!attempt.connected && attempt.words != qtWords)
        spdlog::warn("connecting to {} again: {}", logWhere, forLog(attempt.words, parameters));

    if (attempt.connected) {
        return Error::database(
            tr("Could not connect to the server on %1 at first, and it answered when tried "
               "again; try again. If this happens again, the details are in the log for your "
               "IT officer.")
                .arg(where));
    }
    const QString& state = attempt.sqlState;
    if (state == QLatin1String("28P01")) {
        return Error::database(
            tr("The server on %1 did not accept the password of %2; check the user name and "
               "the password (or its ~/.pgpass entry) and try again.")
                .arg(where, shownUser));
    }
    if (state == QLatin1String("3D000")) {
        return Error::database(
            tr("There is no database %1 on the server on %2; check its name, or ask your IT "
               "officer to create it.")
                .arg(shownDatabase, where));
    }
    if (state == QLatin1String("28000") && attempt.routine == QLatin1String("InitializeSessionUserId")) {
        return Error::database(tr("There is no user %1 that may log in to the server on %2; check the user "
                                  "name or ask your IT officer.")
                                   .arg(shownUser, where));
    }
    if (state == QLatin1String("28000") && tls) {
        return Error::database(
            tr("The server on %1 does not let %2 connect to %3 from this computer: no rule "
               "of its pg_hba.conf allows it; ask your IT officer.")
                .arg(where, shownUser, shownDatabase));
    }
    if (state == QLatin1String("28000")) {
        return Error::database(
            tr("The server on %1 does not let %2 connect to %3 from this computer: no rule "
               "of its pg_hba.conf allows it. It may accept encrypted connections only (add "
               "sslmode=require to the address); else ask your IT officer.")
                .arg(where, shownUser, shownDatabase));
    }
    if (state == QLatin1String("42501")) {
        return Error::database(
            tr("%1 may not connect to the database %2 on %3; ask your IT officer for access.")
                .arg(shownUser, shownDatabase, where));
    }
    if (state == QLatin1String("53300")) {
        return Error::database(
            tr("The server on %1 accepts no more connections now; try again in a moment, or "
               "ask your IT officer.")
                .arg(where));
    }
    if (state == QLatin1String("57P03")) {
        return Error::database(
            tr("The server on %1 is starting up or shutting down; try again in a moment.").arg(where));
    }
    if (!state.isEmpty()) {
        return Error::database(
            tr("The server on %1 refused the connection (PostgreSQL code %2); the details are "
               "in the log for your IT officer.")
                .arg(where, state));
    }
    if (attempt.needsPassword) {
        return Error::database(
            tr("The server on %1 asks for the password of %2, and none was given; enter it, "
               "or put it in ~/.pgpass or a PGSERVICE entry.")
                .arg(where, shownUser));
    }

    const Probe reached = probe(host, port, tls, timeoutSeconds * 1000);
    switch (reached.reach) {
    case Reach::Refused:
        if (local) {
            return Error::database(
                tr("Could not reach the server on this computer: nothing listens at %1; start "
                   "PostgreSQL or check the address.")
                    .arg(socketPath));
        }
        return Error::database(
            tr("Could not reach %1: connection refused; check the address or ask your IT officer.")
                .arg(where));
    case Reach::SocketDenied:
        return Error::database(tr("You may not use the socket %1 of the server on this computer (permission "
                                  "denied); ask your IT officer.")
                                   .arg(socketPath));
    case Reach::UnknownHost:
        return Error::database(
            tr("Could not reach %1: there is no computer of that name; check the address for typing errors.")
                .arg(host));
    case Reach::LookupFailed:
        return Error::database(tr("Could not look up %1: no name server answered; check your network "
                                  "connection and try again.")
                                   .arg(host));
    case Reach::Unreachable:
        return Error::database(tr("Could not reach %1: the network has no way there; check your network "
                                  "connection or ask your IT officer.")
                                   .arg(where));
    case Reach::Reached:
        if (tls && !reached.tlsOffered) {
            return Error::database(
                tr("The server on %1 does not offer an encrypted (TLS) connection, which the "
                   "address asks for (sslmode=%2); ask your IT officer to turn TLS on.")
                    .arg(where, location.sslMode()));
        }
        if (tls) {
            return Error::database(
                tr("Could not set up an encrypted connection to %1: the server's certificate "
                   "was not accepted (sslmode=%2); ask your IT officer for the certificate "
                   "of the authority that signed it.")
                    .arg(where, location.sslMode()));
        }
        break;
    case Reach::NoAnswer:
    case Reach::Other:
        break;
    }
    if (reached.reach == Reach::NoAnswer || attempt.timedOut) {
        return Error::database(
            tr("Could not reach %1: no answer within %2 seconds; check the address and your "
               "network, or ask your IT officer.")
                .arg(where)
                .arg(timeoutSeconds));
    }
    return Error::database(tr("Could not connect to the server on %1; the details are in the log for your IT "
                              "officer. Check the address and try again.")
                               .arg(where));
}

} // namespace

QString ServerIdentity::displayText() const
{
    return ProgrammeLocation::serverDisplayText(database, host, port, user);
}

bool ServerConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(kDriver);
}

Result<QSqlDatabase> ServerConnection::open(const ProgrammeLocation& location, const QString& connectionName,
                                            const QString& password)
{
    if (!location.isServer()) {
        // A file given here would make libpq connect to its defaults (this computer's server).
        return Error::badInput(
            tr("%1 is a file, not a server address (postgresql://…).").arg(location.filePath()));
    }
    if (!driverAvailable()) {
        return Error::database(tr("Qt's PostgreSQL driver (QPSQL) is not installed on this computer, so %1 "
                                  "cannot be opened; install the Debian package libqt6sql6-psql.")
                                   .arg(location.displayText()));
    }
    const QList<ProgrammeLocation::Parameter> parameters = connectionParameters(location, password);

    QString qtWords;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, connectionName);
        QStringList options;
        for (const auto& [keyword, value] : parameters) {
            const QString text = QString::fromUtf8(value);
            if (keyword == "host")
                db.setHostName(text);
            else if (keyword == "dbname")
                db.setDatabaseName(text);
            else if (keyword == "user")
                db.setUserName(text);
            else if (keyword == "password")
                db.setPassword(text);
            else if (keyword == "port")
                db.setPort(text.toInt());
            else
                options.append(QString::fromLatin1(keyword) + QLatin1Char('=') + conninfoValue(text));
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (db.open())
            return db;
        qtWords = db.lastError().databaseText();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return diagnose(location, parameters, qtWords);
}

pg_conn* ServerConnection::nativeHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef; Qt 5 used the typedef's name.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        if (handle.isValid())
            spdlog::error("the QPSQL driver's handle is a {}, not libpq's connection", handle.typeName());
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.constData());
}

ServerIdentity ServerConnection::identity(const QSqlDatabase& db)
{
    ServerIdentity identity;
    PGconn* conn = nativeHandle(db);
    if (!conn)
        return identity;
    identity.host = QString::fromUtf8(PQhost(conn));
    identity.port = QString::fromUtf8(PQport(conn));
    identity.database = QString::fromUtf8(PQdb(conn));
    identity.user = QString::fromUtf8(PQuser(conn));
    identity.encrypted = PQsslInUse(conn) != 0;
    return identity;
}

} // namespace sd
