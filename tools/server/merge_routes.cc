// POST /v1/merge: `marsad merge` over HTTP. The body is extraction output (JSON lines, as
// /v1/extract/batch or `marsad extract` write them); the answer is one merged record per
// incident (marsad/records.h, docs/merge.md), as JSON lines or, with format=acled, CSV.
#include "marsad/records.h"
#include "marsad/tsv.h"
#include "server_impl.h"

namespace marsad::server {

void Server::Impl::HandleMerge(const httplib::Request& req, httplib::Response& res, const Body& body) {
  std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  if (format != "json" && format != "acled")
    return SetError(res, 400, "format must be json or acled on /v1/merge, not \"" + format + "\"");
  if (body.raw.find_first_not_of(" \t\r\n") == std::string::npos)
    return SetError(res, 400, "empty body: send extraction output, JSON lines as /v1/extract/batch writes them");
  auto slot = AcquireOr503(res, false);
  if (!slot) return;
  auto t0 = Clock::now();
  // The body is in memory already; the sort buffer is the default: a large body spills
  // sorted runs to the temporary directory like the command does.
  records::Merger merger(records::MergeOptions{});
  LineCursor lines(body.raw);
  std::string_view line;
  while (lines.Next(&line)) {
    if (LineCursor::Blank(line)) continue;
    Status s = merger.AddLine(line, "request line " + std::to_string(lines.line_no()));
    if (!s.ok()) return SetError(res, s.code() == StatusCode::kInvalidInput ? 400 : 500, s.message());
  }
  std::string out;
  if (format == "acled") out = records::RecordsAcledHeader() + "\n";
  Status s = merger.Finish([&](const records::Record& r) {
    out += format == "acled" ? records::RecordAcledRow(r, this->res.provenance) : records::RecordJson(r);
    out += '\n';
    return Status::Ok();
  });
  if (!s.ok()) return SetError(res, 500, s.message());
  const auto& st = merger.stats();
  auto f = format == "acled" ? output::Format::kAcled : output::Format::kJson;
  res.set_content(std::move(out), output::ContentType(f, false));
  res.set_header("X-Marsad-Events", std::to_string(st.reports));
  res.set_header("X-Marsad-Records", std::to_string(st.records));
  res.set_header("X-Marsad-Milliseconds", std::to_string(Millis(t0)));
}

}  // namespace marsad::server
