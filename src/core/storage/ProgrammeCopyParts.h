#pragma once

// The parts of ProgrammeCopy (storage/ProgrammeCopy.h): a source that reads a programme's tables
// row by row and a target that writes them, one pair for files (ProgrammeCopyFile.cpp) and one for
// servers (ProgrammeCopyServer.cpp). For ProgrammeCopy only.

#include "common/Result.h"
#include "storage/ProgrammeLocation.h"
#include "storage/TableSpec.h"

#include <QString>
#include <memory>
#include <vector>

namespace sd::programme_copy {

// Every table of a programme, parents before the rows that refer to them; taken from the specs, so
// that no table or column is spelt here.
std::vector<const TableShape*> tablesInOrder();

// "id, name, …": the columns' names from the spec, an allow-list fixed at compile time.
QString columnList(const TableShape& table, const std::vector<int>& columns);

// A unique name for each Qt Sql connection a copy opens (a copy may run beside others in a test).
QString connectionName(const char* role);

// One value of a row as the source gives it: UTF-8 bytes in the form both databases read back as
// the same value (whole numbers in decimal, dates as ISO text, reals in their shortest exact form),
// or NULL.
struct Field
{
    const char* data = nullptr; // nullptr: NULL
    qsizetype size = 0;
};

class RowTarget
{
public:
    virtual ~RowTarget() = default;
    // Before the source is read: refuses a target that is not new or empty, touching nothing.
    virtual Status prepare() = 0;
    // Once the source could be opened: makes the target ready for rows.
    virtual Status open() = 0;
    // The columns of the table the target takes, as indexes into the table's columns.
    virtual const std::vector<int>& columnsOf(const TableShape& table) const = 0;
    virtual Status beginTable(const TableShape& table) = 0;
    // One row: one field for each of columnsOf(table).
    virtual Status row(const Field* fields) = 0;
    virtual Status endTable() = 0;
    // Makes everything written durable and visible under the target's name. A target destroyed
    // without it leaves nothing behind.
    virtual Status commit() = 0;
    qint64 rows = 0;
};

class RowSource
{
public:
    virtual ~RowSource() = default;
    // Opens the source and begins its one read transaction.
    virtual Status beginRead() = 0;
    virtual Status read(const TableShape& table, const std::vector<int>& columns, RowTarget& target) = 0;
};

std::unique_ptr<RowSource> fileSource(const QString& path);
std::unique_ptr<RowTarget> fileTarget(const QString& path);
// password: the one a dialog asked for, when neither the address, ~/.pgpass nor a service entry
// holds one (empty: libpq finds its own).
std::unique_ptr<RowSource> serverSource(const ProgrammeLocation& location, const QString& password);
std::unique_ptr<RowTarget> serverTarget(const ProgrammeLocation& location, const QString& password);

} // namespace sd::programme_copy
