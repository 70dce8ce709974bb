// Small pieces of HTTP handling for `marsad serve` (http_util.h).
#include "http_util.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "marsad/json_write.h"

namespace marsad::server {

namespace fs = std::filesystem;
using Writer = json::Writer;

const char* ReasonPhrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return status >= 500 ? "Server Error" : "Client Error";
  }
}

std::string ErrorJson(int status, std::string_view message) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("status");
  w.Int(status);
  w.Key("error");
  w.String(ReasonPhrase(status));
  w.Key("message");
  json::Str(w, message);
  w.EndObject();
  return buf.GetString();
}

void SetError(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(ErrorJson(status, message), kJson);
}

std::string_view RouteLabel(const std::string& path) {
  static const std::unordered_set<std::string_view> kApi = {
      "/v1/extract", "/v1/extract/batch", "/v1/merge", "/v1/gazetteer/lookup", "/v1/gazetteer/places", "/healthz",
      "/metrics", "/parse/text", "/parse/sentences", "/geonames"};
  static constexpr std::string_view kCliffPrefix = "/cliff-2.6.1";  // CLIFF's routes, labelled as at the root
  if (path.starts_with(kCliffPrefix) && kApi.contains(std::string_view(path).substr(kCliffPrefix.size())))
    return *kApi.find(std::string_view(path).substr(kCliffPrefix.size()));
  if (auto it = kApi.find(path); it != kApi.end()) return *it;
  return "static";
}

bool LoopbackHost(std::string_view host) {
  std::string h(host);
  std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return std::tolower(c); });
  if (h.starts_with("[")) {
    size_t end = h.find(']');
    if (end == std::string::npos) return false;
    return h.substr(1, end - 1) == "::1";
  }
  if (size_t colon = h.rfind(':'); colon != std::string::npos) h.resize(colon);
  if (h.ends_with(".")) h.pop_back();
  const bool ipv4 = !h.empty() && h.find_first_not_of("0123456789.") == std::string::npos;
  return h == "localhost" || h.ends_with(".localhost") || (ipv4 && h.starts_with("127."));
}

bool NeedsToken(const std::string& path) {
  return path.starts_with("/v1/") || path.starts_with("/parse/") || path.starts_with("/cliff-") ||
         path == "/geonames" || path == "/metrics";
}

bool SameSecret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); ++i) diff |= static_cast<unsigned char>(i < a.size() ? a[i] ^ b[i] : 1);
  return diff == 0;
}

bool IsForm(const httplib::Request& req) {
  return req.get_header_value("Content-Type").find("application/x-www-form-urlencoded") != std::string::npos;
}

void ParseForm(std::string_view body, httplib::Params& out) {
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t amp = body.find('&', pos);
    if (amp == std::string_view::npos) amp = body.size();
    std::string_view field = body.substr(pos, amp - pos);
    if (!field.empty()) {
      size_t eq = field.find('=');
      std::string key(field.substr(0, eq));
      std::string value(eq == std::string_view::npos ? std::string_view() : field.substr(eq + 1));
      out.emplace(httplib::detail::decode_url(key, true), httplib::detail::decode_url(value, true));
    }
    pos = amp + 1;
  }
}

bool HasParam(const httplib::Request& req, const Body& b, const char* name) {
  return req.has_param(name) || b.form.count(name) > 0;
}

std::string GetParam(const httplib::Request& req, const Body& b, const char* name) {
  if (req.has_param(name)) return req.get_param_value(name);
  auto it = b.form.find(name);
  return it == b.form.end() ? std::string() : it->second;
}

bool ParamTrue(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return false;
  std::string v = req.get_param_value(name);
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  return v.empty() || v == "1" || v == "true" || v == "yes" || v == "on";
}

std::string ContentTypeFor(const std::string& ext) {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"}, {".png", "image/png"}, {".svg", "image/svg+xml"},
      {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".txt", "text/plain; charset=utf-8"},
      {".ico", "image/x-icon"}};
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "" : it->second;
}

void LoadTree(std::unordered_map<std::string, Asset>& out, const std::string& prefix, const fs::path& dir,
              bool vendor, const std::function<bool(const std::string& rel)>& keep) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    std::string type = ContentTypeFor(it->path().extension().string());
    if (ec || type.empty() || !keep(rel) || it->file_size() > 4 * 1024 * 1024) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    out[prefix + rel] = Asset{ss.str(), type, vendor};
  }
}

}  // namespace marsad::server
