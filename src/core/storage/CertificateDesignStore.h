#pragma once

#include "common/Result.h"
#include "documents/CertificateDesign.h"

#include <QCoreApplication>

namespace sd {

class Database;

// A project's certificate design and privacy notice (docs/schema.md, `certificate_design`), read and
// written on a file or a server alike.
class CertificateDesignStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::CertificateDesignStore)

public:
    explicit CertificateDesignStore(Database& database);

    // The project's design; the defaults (rowVersion 0) when none is stored.
    Result<CertificateDesign> read(Id projectId) const;
    // Writes the design in one transaction, checked inside it: the project must exist, the design must
    // have no problem(), and the stored design must still be at `expectedVersion` (0: none stored);
    // otherwise nothing is written. Returns the version now stored.
    Result<qint64> write(const CertificateDesign& design, qint64 expectedVersion);

private:
    Database& m_database;
};

} // namespace sd
