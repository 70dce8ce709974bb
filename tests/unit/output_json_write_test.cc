// json::Writer (include/marsad/json_write.h) writes strings and keys faster than RapidJSON's
// Writer and must write exactly the same bytes: every record of `marsad extract` goes
// through it.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "marsad/json_write.h"

namespace marsad::json {
namespace {

// The object {"<s>": "<s>", "k": ["<s>", 1]} written by `W`.
template <typename W>
std::string Record(const std::string& s) {
  rapidjson::StringBuffer buf;
  W w(buf);
  w.StartObject();
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.Key("k");
  w.StartArray();
  w.String(s.c_str());
  w.Int(1);
  w.EndArray();
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

std::string Rapid(const std::string& s) { return Record<rapidjson::Writer<rapidjson::StringBuffer>>(s); }
std::string Ours(const std::string& s) { return Record<Writer>(s); }

TEST(JsonWriter, EveryByteAtEveryPlaceOfAWordIsWrittenAsRapidJsonWritesIt) {
  // Each byte value at each of the positions 0..18 of a 19-byte string of Arabic letters'
  // UTF-8 bytes: the eight-byte test and the byte loop both see it.
  const std::string arabic = "\xD8\xAD\xD9\x84\xD8\xA8 \xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xA8\xD8\xA7";
  ASSERT_EQ(arabic.size(), 19u);
  for (int b = 1; b < 256; ++b) {
    for (size_t at = 0; at < arabic.size(); ++at) {
      std::string s = arabic;
      s[at] = static_cast<char>(b);
      const std::string plain = s.substr(0, at + 1);  // also as the string's last byte
      ASSERT_EQ(Ours(s), Rapid(s)) << "byte " << b << " at " << at;
      ASSERT_EQ(Ours(plain), Rapid(plain)) << "byte " << b << " ending a string of " << at + 1;
    }
  }
}

TEST(JsonWriter, EveryByteAtEveryPlaceOfASentenceIsWrittenAsRapidJsonWritesIt) {
  // A 38-byte string (an event's evidence is a sentence): sixteen-byte blocks, the last one
  // overlapping the one before, each byte value at each position and as the last byte of
  // every length from 1 to 38.
  const std::string arabic =
      "\xD9\x82\xD8\xAA\xD9\x84 20 \xD9\x85\xD8\xAF\xD9\x86\xD9\x8A\xD8\xA7 \xD9\x81\xD9\x8A "
      "\xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9 x";
  ASSERT_EQ(arabic.size(), 38u);
  for (int b = 1; b < 256; ++b) {
    for (size_t at = 0; at < arabic.size(); ++at) {
      std::string s = arabic;
      s[at] = static_cast<char>(b);
      const std::string plain = s.substr(0, at + 1);
      ASSERT_EQ(Ours(s), Rapid(s)) << "byte " << b << " at " << at;
      ASSERT_EQ(Ours(plain), Rapid(plain)) << "byte " << b << " ending a string of " << at + 1;
    }
  }
}

TEST(JsonWriter, ControlsQuotesAndBackslashesAreEscapedAsRapidJsonEscapesThem) {
  EXPECT_EQ(Ours("a\"b\\c\n\t\r\b\f\x01\x1A\x1F/d"), Rapid("a\"b\\c\n\t\r\b\f\x01\x1A\x1F/d"));
  EXPECT_EQ(Ours("\"\"\"\"\"\"\"\"\"\""), Rapid("\"\"\"\"\"\"\"\"\"\""));
  EXPECT_EQ(Ours(""), Rapid(""));
  EXPECT_EQ(Ours(std::string("x\0y", 3)), Rapid(std::string("x\0y", 3)));  // NUL: \u0000
  EXPECT_EQ(Ours("قتل 20 \"مدنيا\" في\nالرقة"), Rapid("قتل 20 \"مدنيا\" في\nالرقة"));
}

TEST(JsonWriter, RandomStringsAreWrittenAsRapidJsonWritesThem) {
  std::mt19937 rng(17);
  // Mostly plain bytes, with controls, quotes and backslashes now and then.
  const std::string alphabet = std::string("ab \xD8\xA7\xD9\x84") + "\"\\\n\x02\x1F\x7F\x80\xFF";
  for (int n = 0; n < 3000; ++n) {
    std::string s(rng() % 40, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    ASSERT_EQ(Ours(s), Rapid(s)) << s;
  }
}

// KeyNum's numbers (Writer::Rounded) are RapidJSON's Double of the rounded value, byte for
// byte: coordinates, scores and distances of every size and sign, at 0 to 7 decimals,
// values on and next to the decimals' halfway points, and the ones Rounded leaves to
// Double (0, -0, NaN, infinities, the huge).
std::string RapidRounded(double v, int digits) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  const double p = std::pow(10.0, digits);
  w.StartArray();
  w.Double(std::round(v * p) / p);
  w.EndArray();
  return {buf.GetString(), buf.GetSize()};
}
std::string OursRounded(double v, int digits) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartArray();
  w.Rounded(v, digits);
  w.EndArray();
  return {buf.GetString(), buf.GetSize()};
}

TEST(JsonWriter, RoundedNumbersAreWrittenAsRapidJsonWritesThem) {
  for (double v : {0.0, -0.0, 0.5, -0.5, 1.0, 36.0, 100.0, 0.00001, 0.000004, -0.000004, 0.000005, 1e-7, 123456789.125,
                   9007199254740991.0, 1e17, 1e300, -1e300, 36.123455, 0.1 + 0.2, std::nan(""), HUGE_VAL, -HUGE_VAL})
    for (int digits = 0; digits <= 7; ++digits)
      ASSERT_EQ(OursRounded(v, digits), RapidRounded(v, digits)) << v << " at " << digits;
  std::mt19937_64 rng(17);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int n = 0; n < 400000; ++n) {
    const int digits = static_cast<int>(rng() % 8);
    const double scale = std::pow(10.0, static_cast<int>(rng() % 14) - 6);
    double v = (unit(rng) * 2 - 1) * scale;
    if (n % 4 == 1) v = std::round(v * std::pow(10.0, digits)) / std::pow(10.0, digits);  // already rounded
    if (n % 4 == 2) v = (std::floor(v * std::pow(10.0, digits)) + 0.5) / std::pow(10.0, digits);  // halfway
    if (n % 4 == 3) v = std::nextafter(v, (rng() & 1) ? HUGE_VAL : -HUGE_VAL);
    ASSERT_EQ(OursRounded(v, digits), RapidRounded(v, digits)) << std::hexfloat << v << " at " << digits;
  }
}

// RawMembers copies members written by another Writer (after its '{'): the record reads
// as if they had been written in place, before and after other members, in nested objects.
TEST(JsonWriter, RawMembersReadAsTheMembersWrittenInPlace) {
  auto members = [](Writer& w) {
    KeyStr(w, "name", "Raqqa \"al\"");
    w.Key("geonameid");
    w.Uint(163345);
    KeyNum(w, "lat", 35.95, 5);
  };
  rapidjson::StringBuffer scratch_buf;
  Writer scratch(scratch_buf);
  scratch.StartObject();
  members(scratch);
  ASSERT_EQ(scratch.MembersSoFar(), 3u);
  const std::string raw(scratch_buf.GetString() + 1, scratch_buf.GetSize() - 1);
  for (bool first : {true, false}) {
    rapidjson::StringBuffer a_buf, b_buf;
    Writer a(a_buf), b(b_buf);
    for (Writer* w : {&a, &b}) {
      w->StartObject();
      w->Key("place");
      w->StartObject();
      if (!first) KeyStr(*w, "surface", "الرقة");
    }
    members(a);
    b.RawMembers(raw, scratch.MembersSoFar());
    for (Writer* w : {&a, &b}) {
      w->Key("confidence");
      w->Double(0.83);
      w->EndObject();
      w->Key("after");
      w->Bool(true);
      w->EndObject();
    }
    EXPECT_EQ(std::string(b_buf.GetString()), std::string(a_buf.GetString()));
    EXPECT_TRUE(b.IsComplete());
  }
}

}  // namespace
}  // namespace marsad::json
