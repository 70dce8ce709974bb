// `marsad load --postgres URL FILE...`: loads JSONL results of `marsad extract` (also
// .gz/.zst) into PostGIS tables documents, places and events (include/marsad/pgsql.h).
// Idempotent: a document loaded again replaces its earlier rows. One transaction per run.
#include <cstdio>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "commands.h"
#include "marsad/batch.h"
#include "marsad/gazetteer.h"
#include "marsad/pgsql.h"

#ifdef MARSAD_HAVE_LIBPQ
#include <dlfcn.h>
#include <libpq-fe.h>
#endif

namespace marsad::cli {
namespace {

struct LoadArgs {
  std::string url, index;
  std::vector<std::string> files;
  bool quiet = false;
};

#ifdef MARSAD_HAVE_LIBPQ
// libpq, opened when `marsad load` runs instead of linked: every other command then starts
// without it and its TLS, Kerberos and LDAP libraries (~10 ms less per process).
struct Pq {
  decltype(&PQconnectdb) connectdb;
  decltype(&PQstatus) status;
  decltype(&PQerrorMessage) error_message;
  decltype(&PQfinish) finish;
  decltype(&PQsetClientEncoding) set_client_encoding;
  decltype(&PQexec) exec;
  decltype(&PQresultStatus) result_status;
  decltype(&PQclear) clear;
  decltype(&PQputCopyData) put_copy_data;
  decltype(&PQputCopyEnd) put_copy_end;
  decltype(&PQgetResult) get_result;

  static Result<Pq> Open() {
    void* h = ::dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (h == nullptr)
      return NotFound(std::string("cannot load libpq (Debian package libpq5): ") + ::dlerror());
    Pq pq;
    std::string missing;
    auto sym = [&](auto* fn, const char* name) {
      *fn = reinterpret_cast<std::remove_pointer_t<decltype(fn)>>(::dlsym(h, name));
      if (*fn == nullptr) missing += std::string(missing.empty() ? "" : ", ") + name;
    };
    sym(&pq.connectdb, "PQconnectdb");
    sym(&pq.status, "PQstatus");
    sym(&pq.error_message, "PQerrorMessage");
    sym(&pq.finish, "PQfinish");
    sym(&pq.set_client_encoding, "PQsetClientEncoding");
    sym(&pq.exec, "PQexec");
    sym(&pq.result_status, "PQresultStatus");
    sym(&pq.clear, "PQclear");
    sym(&pq.put_copy_data, "PQputCopyData");
    sym(&pq.put_copy_end, "PQputCopyEnd");
    sym(&pq.get_result, "PQgetResult");
    if (!missing.empty()) return NotFound("libpq.so.5 lacks " + missing);
    return pq;
  }
};

class Db {
 public:
  Db(const Pq& pq, PGconn* c) : pq_(pq), c_(c) {}
  ~Db() { pq_.finish(c_); }
  Status Exec(const std::string& sql) {
    PGresult* r = pq_.exec(c_, sql.c_str());
    auto st = pq_.result_status(r);
    Status s = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? Status::Ok() : IoError(pq_.error_message(c_));
    pq_.clear(r);
    return s;
  }
  Status Copy(const char* sql, const std::string& rows) {
    PGresult* r = pq_.exec(c_, sql);
    bool in = pq_.result_status(r) == PGRES_COPY_IN;
    pq_.clear(r);
    if (!in) return IoError(pq_.error_message(c_));
    if (!rows.empty() && pq_.put_copy_data(c_, rows.data(), static_cast<int>(rows.size())) != 1) {
      return IoError(pq_.error_message(c_));
    }
    if (pq_.put_copy_end(c_, nullptr) != 1) return IoError(pq_.error_message(c_));
    Status s;
    while (PGresult* e = pq_.get_result(c_)) {
      if (pq_.result_status(e) != PGRES_COMMAND_OK) s = IoError(pq_.error_message(c_));
      pq_.clear(e);
    }
    return s;
  }

 private:
  const Pq& pq_;
  PGconn* c_;
};

int RunLoad(const LoadArgs& a) {
  auto pq = Pq::Open();
  if (!pq.ok()) {
    Error(pq.status().message());
    return kExitBadInput;
  }
  PGconn* conn = pq->connectdb(a.url.c_str());
  Db db(*pq, conn);
  if (pq->status(conn) != CONNECTION_OK) {
    Error("cannot connect to PostgreSQL: " + std::string(pq->error_message(conn)));
    return kExitBadInput;
  }
  pq->set_client_encoding(conn, "UTF8");
  auto fail = [&](const Status& s) {
    Error("load failed, nothing committed: " + s.message());
    return kExitBadInput;
  };
  Status s = db.Exec("SET client_min_messages = warning; BEGIN;\n" + pgsql::SchemaSql() + pgsql::StagingSql());
  if (!s.ok()) return fail(s);
  // The index gives events ACLED's admin1 names; without one they stay null.
  gazetteer::OpenOptions quick;
  quick.verify_checksum = false;
  auto gaz = gazetteer::Gazetteer::Open(a.index.empty() ? DefaultIndexPath() : a.index, quick);
  if (!gaz.ok() && !a.index.empty()) return Error(gaz.status().message()), kExitBadInput;
  pgsql::Rows rows, total;
  auto flush = [&]() -> Status {
    if (rows.n_documents == 0) return Status::Ok();
    RETURN_IF_ERROR(db.Copy(pgsql::CopyDocumentsSql(), rows.documents));
    RETURN_IF_ERROR(db.Copy(pgsql::CopyPlacesSql(), rows.places));
    RETURN_IF_ERROR(db.Copy(pgsql::CopyEventsSql(), rows.events));
    RETURN_IF_ERROR(db.Copy(pgsql::CopyActorsSql(), rows.actors));
    RETURN_IF_ERROR(db.Copy(pgsql::CopyQuantitiesSql(), rows.quantities));
    RETURN_IF_ERROR(db.Exec(pgsql::UpsertSql()));
    total.n_documents += rows.n_documents;
    total.n_places += rows.n_places;
    total.n_events += rows.n_events;
    total.n_actors += rows.n_actors;
    total.n_quantities += rows.n_quantities;
    rows.clear();
    return Status::Ok();
  };
  size_t bad = 0;
  uint64_t ord = 0;
  for (const auto& f : a.files) {
    auto src = batch::ByteSource::Open(f);
    if (!src.ok()) {
      Error(src.status().message());
      ++bad;
      continue;
    }
    batch::LineReader lines(src->get());
    std::string_view line;
    size_t line_no = 0;
    while (lines.Next(&line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      Status st = pgsql::AppendRows(line, ord++, &rows, gaz.ok() ? &*gaz : nullptr);
      if (!st.ok()) {
        Error(f + ":" + std::to_string(line_no) + ": skipped: " + st.message());
        ++bad;
        continue;
      }
      if (rows.documents.size() + rows.places.size() > (16u << 20)) {
        if (Status fs = flush(); !fs.ok()) return fail(fs);
      }
    }
    if ((*src)->failed()) {
      Error((*src)->error());
      ++bad;
    }
  }
  if (Status fs = flush(); !fs.ok()) return fail(fs);
  if (Status cs = db.Exec("COMMIT"); !cs.ok()) return fail(cs);
  if (!a.quiet) {
    std::fprintf(stderr,
                 "marsad load: %zu document(s), %zu place(s), %zu event(s), %zu actor(s), %zu count(s) loaded; "
                 "%zu line(s) skipped\n",
                 total.n_documents, total.n_places, total.n_events, total.n_actors, total.n_quantities, bad);
  }
  return bad == 0 ? kExitOk : kExitBadInput;
}
#else
int RunLoad(const LoadArgs&) {
  Error("this marsad was built without libpq (Debian libpq-dev); use extract --format pgsql | psql instead");
  return kExitBadInput;
}
#endif

}  // namespace

void AddLoadCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<LoadArgs>();
  auto* cmd = app.add_subcommand("load", "Load JSONL results of marsad extract into PostgreSQL/PostGIS");
  cmd->add_option("--postgres", a->url, "Connection URL or conninfo, e.g. postgresql://user@host:5432/db")
      ->required();
  cmd->add_option("FILE", a->files, "JSONL result files (.gz/.zst too); - for stdin")->required();
  cmd->add_option("--index", a->index,
                  "Gazetteer index for the events' admin1 names (default: the default index, if present)");
  cmd->add_flag("-q,--quiet", a->quiet, "No summary on stderr");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunLoad(*a); });
}

}  // namespace marsad::cli
