// Output layer (src/output): PostGIS output. The tables `documents`, `places`, `events`,
// `actors` and `quantities` (docs/batch.md), the SQL that creates and fills them, and the
// conversion of JSON output records into COPY rows (text format).
//
// Loading is idempotent: rows are COPYed into temporary staging tables, then every document
// id staged replaces the stored document of the same id (its places and events go with it,
// ON DELETE CASCADE). When a batch holds an id twice, its last record wins. Used by
// `marsad extract --format pgsql` (a psql script) and `marsad load --postgres` (libpq).
// Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/gazetteer.h"
#include "marsad/status.h"

namespace marsad::pgsql {

// CREATE EXTENSION postgis and the tables (a GiST index on each geometry), all IF NOT
// EXISTS; tables of an older marsad's schema are an error that says what to do.
std::string SchemaSql();
// Temporary staging tables, dropped at the end of the transaction.
std::string StagingSql();
// COPY ... FROM STDIN statements (without the ';') for the staging tables.
const char* CopyDocumentsSql();
const char* CopyPlacesSql();
const char* CopyEventsSql();
const char* CopyActorsSql();
const char* CopyQuantitiesSql();
// Replaces stored documents by the staged ones (see above) and empties the staging tables.
std::string UpsertSql();

// COPY text-format rows, one per line.
struct Rows {
  std::string documents, places, events, actors, quantities;
  size_t n_documents = 0, n_places = 0, n_events = 0, n_actors = 0, n_quantities = 0;
  void clear() { *this = Rows(); }
};

// Appends the rows of one output record of `marsad extract` (a result or an error record
// {"id","source","line","error"}); `ord` orders records of one load (the last wins). Fails
// when the line is not a JSON object with a string id. With `gaz`, events get ACLED's
// admin1 (the region's name) beside the GeoNames admin1 code; without, it is null.
Status AppendRows(std::string_view record_json, uint64_t ord, Rows* rows,
                  const gazetteer::Gazetteer* gaz = nullptr);

// COPY text escaping of one value (backslash, tab, newline, carriage return).
void AppendCopyValue(std::string* out, std::string_view v);

}  // namespace marsad::pgsql
