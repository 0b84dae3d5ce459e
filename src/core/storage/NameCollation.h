#pragma once

#include "common/Result.h"

#include <QStringView>

namespace sd {

class Database;

// Orders names as a reader of a list expects, not by code point: case and accents are ignored
// (Álvarez sorts with Alvarez, Cárdenas before Cruz), ñ comes after n as in Spanish, and the exact
// text breaks ties so that the order is total.
int compareNames(QStringView left, QStringView right);

// Whether text contains a fragment, as an officer searching expects: case and accents ignored, ñ
// found by n ("nunez" finds Núñez).
bool containsFolded(QStringView text, QStringView fragment);

// The SQL names of both, usable once useNameCollation() ran on the connection:
// ORDER BY name COLLATE sd_name, WHERE sd_contains(name, 'fragment').
inline constexpr char kNameCollation[] = "sd_name";
inline constexpr char kContainsFunction[] = "sd_contains";

// Makes COLLATE sd_name and sd_contains() available on the database's connection (SQLite). Only
// queries use them; no index or table does, so the file stays readable by any SQLite tool. (A server's
// schema carries its own: the ICU collation sd_name, and sd_fold with trigram indexes on the folded
// names for the search; see docs/schema.md.)
Status useNameCollation(Database& database);

} // namespace sd
