#include "storage/ProgrammeLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <cstring>
#include <libpq-fe.h>
#include <memory>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

struct ConninfoFree
{
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};
using ConninfoOptions = std::unique_ptr<PQconninfoOption, ConninfoFree>;

// The parameters libpq marks as secret ("*": a password field), so that nothing stored or shown
// depends on a list of names kept here.
bool isSecretKeyword(const QByteArray& keyword)
{
    static const QList<QByteArray> secrets = [] {
        QList<QByteArray> names;
        const ConninfoOptions defaults(PQconndefaults());
        for (const PQconninfoOption* option = defaults.get(); option && option->keyword; ++option) {
            if (option->dispchar && std::strchr(option->dispchar, '*'))
                names.append(QByteArray(option->keyword));
        }
        // Should libpq ever fail to describe its options (out of memory), the password still counts.
        if (names.isEmpty())
            names = {QByteArrayLiteral("password"), QByteArrayLiteral("sslpassword")};
        return names;
    }();
    return secrets.contains(keyword);
}

// The address as the user wrote it, for an error sentence about it, with a password it may hold
// replaced by ***: the address could not be parsed, so the password cannot be told apart exactly.
QString maskedAddress(const QString& text)
{
    QString masked = text;
    static const QRegularExpression userInfo(QStringLiteral("^([a-z]+://[^:/?#@]*):[^/?#]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    masked.replace(userInfo, QStringLiteral("\\1:***@"));
    static const QRegularExpression passwordParameter(QStringLiteral("([?&](?:ssl)?password=)[^&]*"),
                                                      QRegularExpression::CaseInsensitiveOption);
    masked.replace(passwordParameter, QStringLiteral("\\1***"));
    return masked;
}

// libpq's words about a malformed address quote parts of it, which may hold a password: the log
// gets them with every quotation elided.
std::string elidedQuotations(const char* message)
{
    QString text = QString::fromUtf8(message).trimmed();
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    text.replace(quoted, QStringLiteral("\"…\""));
    return text.toStdString();
}

bool isSocketHost(const QString& host)
{
    return host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
}

QString defaultValue(const char* keyword)
{
    const ConninfoOptions defaults(PQconndefaults());
    for (const PQconninfoOption* option = defaults.get(); option && option->keyword; ++option) {
        if (std::strcmp(option->keyword, keyword) == 0)
            return option->val ? QString::fromUtf8(option->val) : QString();
    }
    return {};
}

// The parameters that Qt's QPSQL driver receives as its own fields; the others go through its
// connect options, where a semicolon separates options and cannot be quoted.
bool isQtField(const QByteArray& keyword)
{
    return keyword == "host" || keyword == "dbname" || keyword == "user" || keyword == "password" ||
           keyword == "port";
}

} // namespace

bool ProgrammeLocation::looksLikeServerAddress(const QString& text)
{
    // The prefixes libpq itself recognises as a URI, which it compares case-sensitively.
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

ProgrammeLocation ProgrammeLocation::file(const QString& path)
{
    ProgrammeLocation location;
    location.m_filePath = path;
    return location;
}

ProgrammeLocation ProgrammeLocation::server(const QString& host, const QString& port, const QString& database,
                                            const QString& user, const QString& sslMode)
{
    ProgrammeLocation location;
    location.m_server = true;
    // In libpq's own order of parameters (its PQconndefaults list), as parse() keeps them.
    const std::pair<const char*, QString> parts[] = {
        {"user", user.trimmed()}, {"dbname", database.trimmed()}, {"host", host.trimmed()},
        {"port", port.trimmed()}, {"sslmode", sslMode.trimmed()},
    };
    for (const auto& [keyword, value] : parts) {
        if (!value.isEmpty())
            location.m_parameters.append({QByteArray(keyword), value.toUtf8()});
    }
    return location;
}

Result<ProgrammeLocation> ProgrammeLocation::parse(const QString& text)
{
    if (!looksLikeServerAddress(text))
        return file(text);

    char* message = nullptr;
    const ConninfoOptions options(PQconninfoParse(text.toUtf8().constData(), &message));
    if (!options) {
        spdlog::warn("a server address was refused by libpq: {}",
                     message ? elidedQuotations(message) : std::string("out of memory"));
        PQfreemem(message);
        return Error::badInput(tr("%1 is not a valid server address; check it for typing errors. A server "
                                  "address looks like postgresql://user@host:5432/database.")
                                   .arg(maskedAddress(text)));
    }

    ProgrammeLocation location;
    location.m_server = true;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (option->val)
            location.m_parameters.append({QByteArray(option->keyword), QByteArray(option->val)});
    }
    const QString shown = maskedAddress(text);
    for (const char* keyword : {"host", "hostaddr", "port"}) {
        if (location.parameter(keyword).contains(QLatin1Char(','))) {
            return Error::badInput(tr("%1 names several servers; Seminar Desk connects to one. Name a single "
                                      "host and port.")
                                       .arg(shown));
        }
    }
    const QString port = location.port();
    bool numeric = false;
    const int portNumber = port.toInt(&numeric);
    if (!port.isEmpty() && (!numeric || portNumber < 1 || portNumber > 65535)) {
        return Error::badInput(
            tr("%1 gives the port \"%2\", which is not a port number (1 to 65535).").arg(shown, port));
    }
    for (const Parameter& parameter : std::as_const(location.m_parameters)) {
        if (!isQtField(parameter.first) && parameter.second.contains(';')) {
            return Error::badInput(
                tr("%1 has a semicolon in its option %2, which Qt's PostgreSQL driver cannot "
                   "pass on; leave it out.")
                    .arg(shown, QString::fromLatin1(parameter.first)));
        }
    }
    return location;
}

QString ProgrammeLocation::parameter(const char* keyword) const
{
    for (const Parameter& parameter : m_parameters) {
        if (parameter.first == keyword)
            return QString::fromUtf8(parameter.second);
    }
    return {};
}

bool ProgrammeLocation::hasSecret() const
{
    for (const Parameter& parameter : m_parameters) {
        if (isSecretKeyword(parameter.first))
            return true;
    }
    return false;
}

QString ProgrammeLocation::displayText() const
{
    if (isFile())
        return QFileInfo(m_filePath).fileName();
    // What the URI leaves out comes from libpq's defaults (PGHOST, PGUSER, PGSERVICE's entry, the
    // login name), as it would for a connection; only a service named in the URI itself is beyond
    // them, so such a location is shown by its service until it is connected.
    QString where = host();
    if (where.isEmpty())
        where = parameter("hostaddr");
    const QString service = parameter("service");
    const bool fromService = where.isEmpty() && !service.isEmpty();
    if (where.isEmpty() && !fromService)
        where = defaultValue("host");
    QString user = this->user();
    if (user.isEmpty() && !fromService)
        user = defaultValue("user");
    QString database = this->database();
    if (database.isEmpty() && !fromService)
        database = defaultValue("dbname");
    if (database.isEmpty())
        database = user; // libpq's own default
    if (fromService && database.isEmpty())
        return tr("service %1").arg(service);
    if (fromService)
        return tr("%1 through the service %2").arg(database, service);
    QString port = this->port();
    if (port.isEmpty())
        port = defaultValue("port");
    return serverDisplayText(database, where, port, user);
}

QString ProgrammeLocation::serverDisplayText(const QString& database, const QString& host,
                                             const QString& port, const QString& user)
{
    if (host.isEmpty() || isSocketHost(host)) {
        if (user.isEmpty())
            return tr("%1 on this computer").arg(database);
        return tr("%1 on this computer as %2").arg(database, user);
    }
    QString where = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (!port.isEmpty() && port != QLatin1String("5432"))
        where += QLatin1Char(':') + port;
    if (user.isEmpty())
        return tr("%1 on %2").arg(database, where);
    return tr("%1 on %2 as %3").arg(database, where, user);
}

QString ProgrammeLocation::storableText() const
{
    if (isFile())
        return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absoluteFilePath();

    // Rebuilt from libpq's parameters, each part percent-encoded as libpq decodes it: the user and a
    // network host before the path, the database as the path, everything else (a socket folder too)
    // in the query, secrets left out.
    const auto encoded = [](const QString& value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QString uri = QStringLiteral("postgresql://");
    const QString user = this->user();
    if (!user.isEmpty())
        uri += encoded(user) + QLatin1Char('@');
    const QString host = this->host();
    const bool hostInQuery = isSocketHost(host);
    if (!host.isEmpty() && !hostInQuery) {
        if (host.contains(QLatin1Char(':')))
            uri += QLatin1Char('[') + host + QLatin1Char(']');
        else
            uri += encoded(host);
    }
    const QString port = this->port();
    if (!port.isEmpty())
        uri += QLatin1Char(':') + port;
    uri += QLatin1Char('/') + encoded(database());

    QStringList query;
    for (const Parameter& parameter : m_parameters) {
        const QByteArray& keyword = parameter.first;
        if (isSecretKeyword(keyword) || keyword == "user" || keyword == "port" || keyword == "dbname")
            continue;
        if (keyword == "host" && !hostInQuery)
            continue;
        query.append(QString::fromLatin1(keyword) + QLatin1Char('=') +
                     encoded(QString::fromUtf8(parameter.second)));
    }
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

} // namespace sd
