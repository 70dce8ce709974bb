// CLIFF's routes (docs/cliff-compat.md): /parse/text, /parse/sentences and /geonames, at
// the root and under /cliff-2.6.1, the prefix CLIFF is deployed under and the one its
// Python client (mediacloud's cliff-api-client) posts to.
#include <rapidjson/document.h>

#include <charconv>

#include "server_impl.h"

namespace marsad::server {

namespace {
constexpr const char* kCliffPrefixes[] = {"", "/cliff-2.6.1"};
}  // namespace

Result<std::string> SentencesText(std::string_view q) {
  rapidjson::Document d;
  d.Parse(q.data(), q.size());
  if (d.HasParseError() || !d.IsArray())
    return InvalidInput("q must be a JSON array of sentences ([{\"sentence\": \"...\"}, ...] or [\"...\", ...])");
  std::string text;
  for (const auto& s : d.GetArray()) {
    const rapidjson::Value* v = &s;
    if (s.IsObject()) {
      auto it = s.FindMember("sentence");
      v = it == s.MemberEnd() ? nullptr : &it->value;
    }
    if (v == nullptr || !v->IsString())
      return InvalidInput("q: each sentence must be a string or an object with a string \"sentence\"");
    text.append(v->GetString(), v->GetStringLength()).push_back('\n');
  }
  return text;
}

void Server::Impl::HandleGeonames(const httplib::Request& req, httplib::Response& res, const Body& body) {
  const std::string id = GetParam(req, body, "id");
  uint64_t n = 0;
  auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), n);
  auto error = [&](int status, const std::string& message) {
    res.status = status;
    res.set_content(output::CliffError(message, opt.version), kJson);
  };
  if (id.empty() || ec != std::errc() || end != id.data() + id.size() || n > UINT32_MAX)
    return error(400, "id must be a GeoNames id (a number), not \"" + id + "\"");
  const auto& gaz = res_ref().gazetteer;
  int64_t place = gaz.FindById(static_cast<uint32_t>(n));
  if (place < 0) return error(404, "no place with GeoNames id " + id + " in the gazetteer");
  res.set_content(output::CliffGeoname(gaz, place, opt.version), kJson);
}

void Server::Impl::CliffRoutes() {
  using httplib::Request;
  using httplib::Response;
  for (const char* prefix : kCliffPrefixes) {
    const std::string p(prefix);
    for (const char* route : {"/parse/text", "/parse/sentences"}) {
      http.Get(p + route, [this](const Request& q, Response& r) { HandleCliff(q, r, Body{}); });
      http.Post(p + route, WithBody(&Impl::HandleCliff));
    }
    http.Get(p + "/geonames", [this](const Request& q, Response& r) { HandleGeonames(q, r, Body{}); });
    http.Post(p + "/geonames", WithBody(&Impl::HandleGeonames));
    for (const char* route : {"/parse/text", "/parse/sentences", "/geonames"}) {
      auto not_allowed = [](const Request& q, Response& r) {
        SetError(r, 405, q.method + " is not allowed on " + q.path + " (allowed: GET, HEAD, POST)");
        r.set_header("Allow", "GET, HEAD, POST");
      };
      http.Put(p + route, not_allowed);
      http.Patch(p + route, not_allowed);
      http.Delete(p + route, not_allowed);
      http.Options(p + route, not_allowed);
    }
  }
}

}  // namespace marsad::server
