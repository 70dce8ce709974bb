// Documents out of JSON lines, and the language of a text (marsad/document.h).
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "marsad/document.h"
#include "marsad/json_read.h"
#include "marsad/pubdate.h"
#include "marsad/text.h"

namespace marsad {

std::string DetectLanguage(std::string_view utf8) {
  size_t arabic = 0, latin = 0, i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      ++i;
    } else {
      char32_t cp = text::NextCodePoint(utf8, i);
      arabic += (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0xFB50 && cp <= 0xFEFF);
    }
  }
  return arabic * 2 >= latin && arabic > 0 ? "ar" : "en";
}

std::string ValidUtf8(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(s);
  auto t = text::DecodeUtf8(s, text::Utf8Mode::kLenient);
  return t.ok() ? std::move(t->utf8) : std::string();
}

Result<Document> ParseJsonDocument(std::string_view line, const std::string& source, size_t line_no) {
  rapidjson::Document d;
  // A line nested 150,000 deep must be an error record, not a stack overflow.
  thread_local std::string scratch;
  json::ParseText(d, line, &scratch);
  std::string where = source + ":" + std::to_string(line_no);
  if (d.HasParseError()) {
    return InvalidInput(where + ": malformed JSON at byte " + std::to_string(d.GetErrorOffset()) + ": " +
                        rapidjson::GetParseError_En(d.GetParseError()));
  }
  if (!json::NestsWithin(d)) {
    return InvalidInput(where + ": JSON nested more than " + std::to_string(json::kMaxDepth) +
                        " levels deep: not a document");
  }
  if (!d.IsObject()) return InvalidInput(where + ": a JSON object is expected");
  Document doc;
  doc.source = source;
  doc.line = line_no;
  auto get = [&](const char* k, std::string* out) -> Status {
    auto it = d.FindMember(k);
    if (it == d.MemberEnd() || it->value.IsNull()) return Status::Ok();
    if (it->value.IsString()) {
      out->assign(it->value.GetString(), it->value.GetStringLength());
    } else if (it->value.IsNumber() && std::string_view(k) == "id") {
      rapidjson::StringBuffer b;
      rapidjson::Writer<rapidjson::StringBuffer> w(b);
      it->value.Accept(w);
      *out = b.GetString();
    } else {
      return InvalidInput(where + ": field \"" + k + "\" must be a string");
    }
    return Status::Ok();
  };
  RETURN_IF_ERROR(get("id", &doc.id));
  if (doc.id.empty()) doc.id = where;
  if (!d.HasMember("text")) return InvalidInput(where + ": missing field \"text\"");
  RETURN_IF_ERROR(get("text", &doc.text));
  RETURN_IF_ERROR(get("lang", &doc.lang));
  for (const char* k : kPublishedFields) {
    auto it = d.FindMember(k);
    if (it == d.MemberEnd() || it->value.IsNull()) continue;
    Result<std::string> date = InvalidInput("");
    if (it->value.IsString()) {
      std::string_view v(it->value.GetString(), it->value.GetStringLength());
      if (v.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;  // "date": ""
      date = NormalizePublished(v);
      if (date.ok()) doc.published_hour = PublishedLocalHour(v);
    } else if (it->value.IsNumber()) {
      date = PublishedFromUnixTime(it->value.GetDouble());
    } else {
      date = InvalidInput("not a string or a number");
    }
    if (date.ok()) {
      doc.published = std::move(date).value();
    } else {
      doc.warnings.push_back("field \"" + std::string(k) + "\": " + date.status().message() +
                             "; the document has no publication date");
    }
    break;
  }
  RETURN_IF_ERROR(get("url", &doc.url));
  RETURN_IF_ERROR(get("title", &doc.title));
  // The outlet (the record's source), by its code or name: "source" in most archives.
  for (const char* k : {"source", "outlet"})
    if (doc.outlet.empty()) RETURN_IF_ERROR(get(k, &doc.outlet));
  // Copied into the record as they are: invalid UTF-8 would make the record invalid JSON.
  for (std::string* f : {&doc.id, &doc.url, &doc.title, &doc.lang, &doc.outlet}) *f = ValidUtf8(*f);
  return doc;
}

}  // namespace marsad
