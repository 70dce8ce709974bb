// Small pieces of HTTP handling for `marsad serve`: error bodies, the Host and token
// checks, form and query parameters, and the static assets (tools/server).
#pragma once

#include <httplib.h>

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace marsad::server {

inline constexpr const char* kJson = "application/json; charset=utf-8";

struct Asset {
  std::string body;
  std::string type;
  bool vendor = false;
};

// The reason phrase of an HTTP status.
const char* ReasonPhrase(int status);

// The JSON error body {"status","error","message"}, and a response set to it.
std::string ErrorJson(int status, std::string_view message);

void SetError(httplib::Response& res, int status, std::string_view message);

// The route label of a request path for metrics (bounded cardinality).
std::string_view RouteLabel(const std::string& path);

// Whether a Host header names the loopback interface: localhost, 127.x.y.z or [::1],
// with or without a port.
bool LoopbackHost(std::string_view host);

// The paths a bearer token guards: the API and the metrics, not the health check and the
// static map page.
bool NeedsToken(const std::string& path);

// a == b in time that does not depend on where they first differ.
bool SameSecret(std::string_view a, std::string_view b);

// A POST body read by the handler itself: httplib would refuse url-encoded forms larger
// than 8 KiB (CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH, fixed in Debian's build),
// and a CLIFF client posts the whole article as a form field.
struct Body {
  std::string raw;
  httplib::Params form;  // the fields of an application/x-www-form-urlencoded body
};

// An application/x-www-form-urlencoded body, and its fields.
bool IsForm(const httplib::Request& req);

void ParseForm(std::string_view body, httplib::Params& out);

// A query parameter, else a form field.
bool HasParam(const httplib::Request& req, const Body& b, const char* name);

std::string GetParam(const httplib::Request& req, const Body& b, const char* name);

// A query flag: present empty, 1, true, yes or on (any case).
bool ParamTrue(const httplib::Request& req, const char* name);

// The media type of a static file by its extension; "" for files not served.
std::string ContentTypeFor(const std::string& ext);

// Loads the files of `dir` (recursively) accepted by `keep` under URL prefix `prefix`.
void LoadTree(std::unordered_map<std::string, Asset>& out, const std::string& prefix, const std::filesystem::path& dir,
              bool vendor, const std::function<bool(const std::string& rel)>& keep);

}  // namespace marsad::server
