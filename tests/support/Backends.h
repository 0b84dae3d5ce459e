#pragma once

// The one parameterised fixture of the tests that run on both places a programme lives: a test is a
// TEST_P over Backend, instantiated with kBothBackends. Its programme is made as a file, as the
// fixtures have always made it (the store, a fixture script, the demo), and then opened where the
// parameter says: the file itself, or a new database of its own on the test server, into which the
// file was copied with ProgrammeCopy (every table with its ids and row versions, as
// `seminardesk-cli copy FILE URL` publishes a programme). No mocks: the server is the real
// PostgreSQL 15 that ctest starts (tests/server/pg-test-server.sh); a test program that uses this
// is added with NEEDS_SERVER.
#include "PgTestServer.h"
#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeStore.h"

#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <ostream>

namespace sd::test {

enum class Backend
{
    File,
    Server
};

inline std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::File ? "File" : "Server";
}

inline void PrintTo(Backend backend, std::ostream* out)
{
    *out << (backend == Backend::File ? "file" : "server");
}

inline auto bothBackends()
{
    return ::testing::Values(Backend::File, Backend::Server);
}

// Where a test's programme lives: on a file, the file; on the server, a new database (dropped with
// this) holding a copy of the file.
class BackendPlace
{
public:
    // The programme made at filePath (closed), opened on backend; null, with a failure recorded,
    // when it cannot be. Called once.
    std::unique_ptr<Database> open(Backend backend, const QString& filePath,
                                   const Database::Options& options = {})
    {
        m_address = filePath;
        if (backend == Backend::Server) {
            QString why;
            m_server = PgTestServer::find(&why);
            if (!m_server) {
                ADD_FAILURE() << why.toStdString();
                return nullptr;
            }
            // The machine's own libpq set-up (PGHOST, a service…) has no say in the tests.
            for (const char* name : {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD",
                                     "PGSERVICE", "PGSERVICEFILE", "PGSSLMODE"})
                qunsetenv(name);
            m_database = std::make_unique<PgTestDatabase>(*m_server);
            if (!m_database->created())
                return nullptr;
            m_address = m_database->socketUri();
            const Result<ProgrammeLocation> source = ProgrammeLocation::parse(filePath);
            const Result<ProgrammeLocation> target = ProgrammeLocation::parse(m_address);
            if (!source || !target) {
                ADD_FAILURE() << "cannot parse " << filePath.toStdString() << " or "
                              << m_address.toStdString();
                return nullptr;
            }
            const Result<ProgrammeCopyReport> copied = ProgrammeCopy::copy(*source, *target);
            if (!copied) {
                ADD_FAILURE() << "copy to the server: " << copied.error().message.toStdString();
                return nullptr;
            }
        }
        Result<std::unique_ptr<Database>> opened = Database::open(m_address, options);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return nullptr;
        }
        return std::move(opened).value();
    }

    // The file's path or the server database's address: what seminardesk-cli is given.
    const QString& address() const { return m_address; }

private:
    std::optional<PgTestServer> m_server; // before m_database, which refers to it
    std::unique_ptr<PgTestDatabase> m_database;
    QString m_address;
};

// A test on a new, empty programme on the parameter's backend, written to through the store.
class NewProgrammeOnBackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("programme.sdesk"));
        ASSERT_NE(newProgramme(path), nullptr);
        m_database = m_place.open(GetParam(), path);
        ASSERT_NE(m_database, nullptr);
        m_store = std::make_unique<ProgrammeStore>(*m_database);
    }

    TempDir m_dir;
    BackendPlace m_place;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgrammeStore> m_store;
};

} // namespace sd::test
