// `marsad tokens FILE` and `marsad normalize TEXT`: the text layer on its own.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "commands.h"
#include "input.h"
#include "marsad/json_write.h"
#include "marsad/text.h"

namespace marsad::cli {
namespace {

const char* KindName(text::TokenKind k) {
  switch (k) {
    case text::TokenKind::kWord: return "word";
    case text::TokenKind::kNumber: return "number";
    case text::TokenKind::kPunct: return "punct";
    case text::TokenKind::kUrl: return "url";
    case text::TokenKind::kMention: return "mention";
    case text::TokenKind::kHashtag: return "hashtag";
    case text::TokenKind::kSymbol: return "symbol";
  }
  return "?";
}

int RunTokens(const std::string& path, bool strict, bool clitics) {
  auto bytes = ReadInput(path);
  if (!bytes.ok()) {
    Error(bytes.status().message());
    return kExitBadInput;
  }
  auto decoded = text::DecodeUtf8(*bytes, strict ? text::Utf8Mode::kStrict : text::Utf8Mode::kLenient);
  if (!decoded.ok()) {
    Error(path + ": " + decoded.status().message());
    return kExitBadInput;
  }
  const text::Utf8Text& t = *decoded;
  if (t.replaced > 0)
    Error(path + ": warning: " + std::to_string(t.replaced) + " invalid UTF-8 sequence(s) replaced by U+FFFD");
  text::Tokens toks = text::Tokenize(t);
  auto sentences = text::SplitSentences(t, toks);
  std::vector<uint32_t> sentence_of(toks.tokens.size(), 0);
  for (uint32_t s = 0; s < sentences.size(); ++s)
    for (uint32_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) sentence_of[i] = s;
  rapidjson::StringBuffer buf;
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    const auto& tok = toks.tokens[i];
    buf.Clear();
    json::Writer w(buf);
    w.StartObject();
    w.Key("i"); w.Uint(static_cast<unsigned>(i));
    w.Key("start"); w.Uint(tok.start);
    w.Key("end"); w.Uint(tok.end);
    auto surface = t.Slice(tok.start, tok.end);
    w.Key("text"); json::Str(w, surface);
    w.Key("kind"); w.String(KindName(tok.kind));
    auto key = toks.Key(tok);
    w.Key("key"); json::Str(w, key);
    w.Key("sentence"); w.Uint(sentence_of[i]);
    if (tok.Has(text::kDigitGlue)) { w.Key("glue"); w.Uint(tok.glue); }
    if (tok.Has(text::kHashtagPart)) { w.Key("hashtag"); w.Bool(true); }
    if (tok.Has(text::kPossessive)) { w.Key("possessive"); w.Bool(true); }
    if (tok.Has(text::kCapitalized)) { w.Key("cap"); w.Bool(true); }
    if (clitics && tok.script == text::Script::kArabic) {
      w.Key("stems");
      w.StartArray();
      for (const auto& c : text::AnalyzeClitics(key)) w.String(c.stem.c_str());
      w.EndArray();
    }
    w.EndObject();
    std::cout << buf.GetString() << '\n';
  }
  return kExitOk;
}

}  // namespace

void AddTokensCommand(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("tokens", "Tokenize a text file and print one JSON line per token");
  static std::string path;
  static bool strict = false, clitics = false;
  cmd->add_option("FILE", path, "UTF-8 text file, or - for stdin")->required();
  cmd->add_flag("--strict", strict, "Reject invalid UTF-8 instead of replacing it with U+FFFD");
  cmd->add_flag("--clitics", clitics, "Add candidate Arabic clitic segmentations (stems)");
  cmd->callback([&ctx]() { ctx.exit_code = RunTokens(path, strict, clitics); });
}

void AddNormalizeCommand(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("normalize", "Print the matching key of each argument (or stdin lines)");
  static std::vector<std::string> texts;
  cmd->add_option("TEXT", texts, "Names or text to normalize");
  cmd->callback([&ctx]() {
    if (texts.empty()) {
      std::string line;
      while (std::getline(std::cin, line)) texts.push_back(line);
    }
    for (const auto& s : texts) {
      auto d = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
      if (!d.ok()) {
        Error(d.status().message());
        ctx.exit_code = kExitBadInput;
        continue;
      }
      std::cout << text::NormalizeKey(s) << '\n';
    }
  });
}

}  // namespace marsad::cli
