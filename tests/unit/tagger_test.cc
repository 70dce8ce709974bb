// The trained recognizer (marsad/tagger.h): learns a tiny synthetic set, decodes it, and
// its model file round-trips and rejects truncated or mismatched files clearly.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "marsad/tagger.h"

namespace marsad::geo {
namespace {

// "Fighting in Zorbat ." → a TrainDoc with the marked names as spans. Markers: [P ...]
// place, [N ...] person, [O ...] organisation; code points equal bytes (ASCII only).
TrainDoc Doc(const std::string& marked) {
  TrainDoc d;
  for (size_t i = 0; i < marked.size();) {
    if (marked[i] == '[') {
      char kind = marked[i + 1];
      size_t close = marked.find(']', i);
      std::string name = marked.substr(i + 3, close - i - 3);
      LabeledSpan s;
      s.start = static_cast<uint32_t>(d.text.size());
      d.text += name;
      s.end = static_cast<uint32_t>(d.text.size());
      s.label = kind == 'P' ? EntityLabel::kPlace : kind == 'N' ? EntityLabel::kPerson : EntityLabel::kOrg;
      d.spans.push_back(s);
      i = close + 1;
    } else {
      d.text += marked[i++];
    }
  }
  return d;
}

std::vector<TrainDoc> Synthetic() {
  const char* places[] = {"Zorbat", "Melvin", "Quxor", "Tarin", "Velda", "Hasker", "Ombir"};
  const char* people[] = {"Kalo", "Brun", "Fesk", "Dorit", "Jamo", "Pell"};
  const char* orgs[] = {"Vantec", "Norlux", "Grevo"};
  const char* templates[] = {
      "Fighting broke out in [P %p] on Monday .",   "Mr [N %n] said the talks in [P %p] failed .",
      "[N %n] arrived in [P %p] yesterday .",         "Troops left [P %p] and moved north .",
      "The company [O %o] opened an office in [P %p] .", "Shares of [O %o] fell , Mr [N %n] said .",
      "People in [P %p] protested against [O %o] .",  "Ms [N %n] met Mr [N %n] .",
  };
  std::vector<TrainDoc> docs;
  size_t k = 0;
  for (int rep = 0; rep < 6; ++rep) {
    for (const char* t : templates) {
      std::string s;
      for (const char* c = t; *c; ++c) {
        if (*c == '%' && c[1]) {
          ++c;
          ++k;
          if (*c == 'p') s += places[(k * 7 + rep) % 7];
          else if (*c == 'n') s += people[(k * 5 + rep) % 6];
          else s += orgs[(k + rep) % 3];
        } else {
          s += *c;
        }
      }
      docs.push_back(Doc(s));
    }
  }
  return docs;
}

text::Tokens Tok(const std::string& s, text::Utf8Text* keep) {
  *keep = text::DecodeUtf8(s, text::Utf8Mode::kStrict).value();
  return text::Tokenize(*keep);
}

std::string Show(const std::string& text, const std::vector<TaggedSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    out += std::string(EntityLabelName(s.label)) + ":" + text.substr(s.start, s.end - s.start) + " ";
  }
  return out;
}

TEST(Tagger, LearnsSyntheticSet) {
  TrainOptions opt;
  opt.epochs = 10;
  opt.rows_log2 = 14;
  Tagger t = Tagger::Train(Synthetic(), TaggerContext{}, opt);
  text::Utf8Text u;
  std::string s = "Mr Brun said fighting broke out in Velda on Monday .";
  auto spans = t.Tag(Tok(s, &u), TaggerContext{});
  EXPECT_EQ(Show(s, spans), "PERSON:Brun PLACE:Velda ");
  // A name never seen in training, recognized from its context.
  s = "Fighting broke out in Krasnit on Monday .";
  EXPECT_EQ(Show(s, t.Tag(Tok(s, &u), TaggerContext{})), "PLACE:Krasnit ");
  // Margins are positive for the decoded spans.
  for (const auto& sp : spans) EXPECT_GT(sp.margin, 0.f);
}

TEST(Tagger, DeterministicForASeed) {
  TrainOptions opt;
  opt.epochs = 3;
  opt.rows_log2 = 12;
  opt.seed = 7;
  auto dir = std::filesystem::temp_directory_path();
  auto a = (dir / "marsad_tagger_det_a.bin").string(), b = (dir / "marsad_tagger_det_b.bin").string();
  ASSERT_TRUE(Tagger::Train(Synthetic(), TaggerContext{}, opt).Save(a).ok());
  ASSERT_TRUE(Tagger::Train(Synthetic(), TaggerContext{}, opt).Save(b).ok());
  std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
  std::string sa((std::istreambuf_iterator<char>(fa)), {}), sb((std::istreambuf_iterator<char>(fb)), {});
  EXPECT_EQ(sa, sb);
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST(Tagger, GoldTagsFollowSpans) {
  text::Utf8Text u;
  auto toks = Tok("Mr Pell went to New Quxor .", &u);
  std::vector<LabeledSpan> spans = {{3, 7, EntityLabel::kPerson}, {16, 25, EntityLabel::kPlace}};
  EXPECT_EQ(Tagger::GoldTags(toks, spans), (std::vector<int>{0, 3, 0, 0, 1, 2, 0}));
}

// Feature rows of token `i` of `s`, sorted (a set: order of templates does not matter).
std::vector<uint32_t> RowsOf(const std::string& s, size_t i, const TaggerContext& ctx) {
  text::Utf8Text u;
  auto rows = Tagger::FeatureRows(Tok(s, &u), ctx, 20);
  std::vector<uint32_t> r = rows.at(i);
  std::sort(r.begin(), r.end());
  return r;
}

TEST(TaggerFeatures, DeterministicAndContextSensitive) {
  TaggerContext none;
  EXPECT_EQ(RowsOf("Fighting in Zorbat .", 2, none), RowsOf("Fighting in Zorbat .", 2, none));
  // Same token, different left neighbour: some rows differ.
  EXPECT_NE(RowsOf("Fighting in Zorbat .", 2, none), RowsOf("Fighting at Zorbat .", 2, none));
  // Every row is inside the table.
  text::Utf8Text u;
  for (const auto& tok : Tagger::FeatureRows(Tok("Mr Pell went to New Quxor .", &u), none, 10))
    for (uint32_t r : tok) EXPECT_LT(r, 1u << 10);
}

TEST(TaggerFeatures, DocumentEvidenceReachesBareMentions) {
  Lexicons lex;
  lex.cues_before["in"] = Cue{"preposition", true, "", 0.5f};
  lex.person_before["mr"] = true;
  TaggerContext ctx{nullptr, &lex};
  // The second "Zorbat" has the same neighbours in both texts; only the first occurrence's
  // context (a place cue or not) differs, and it reaches the second through the document.
  const auto a = RowsOf("Fighting in Zorbat . Zorbat is calm .", 4, ctx);
  const auto b = RowsOf("Fighting at Zorbat . Zorbat is calm .", 4, ctx);
  EXPECT_NE(a, b);
  // A person title elsewhere does too.
  EXPECT_NE(RowsOf("Mr Zorbat spoke . Zorbat is calm .", 4, ctx), RowsOf("The Zorbat spoke . Zorbat is calm .", 4, ctx));
  // Without a second occurrence nothing is carried: the token's rows depend on its own context only.
  EXPECT_EQ(RowsOf("Fighting in Zorbat . Velda is calm .", 4, ctx), RowsOf("Fighting at Zorbat . Velda is calm .", 4, ctx));
}

TEST(TaggerFeatures, CapitalizationInContext) {
  TaggerContext none;
  // "Will" at a sentence start vs inside a sentence, and lower-case "will".
  EXPECT_NE(RowsOf("They said Will left .", 2, none), RowsOf("They said will left .", 2, none));
  // A lower-case occurrence elsewhere in the document marks the key as a common word.
  EXPECT_NE(RowsOf("They said Will left . It will .", 2, none), RowsOf("They said Will left . It Will .", 2, none));
}

class TaggerFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("marsad_tagger_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".bin"))
                .string();
    TrainOptions opt;
    opt.epochs = 5;
    opt.rows_log2 = 12;
    model_ = Tagger::Train(Synthetic(), TaggerContext{}, opt);
    ASSERT_TRUE(model_.Save(path_).ok());
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string Bytes() {
    std::ifstream in(path_, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
  }
  void Write(const std::string& s) {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out << s;
  }
  std::string path_;
  Tagger model_{12};
};

TEST_F(TaggerFileTest, RoundTrip) {
  auto loaded = Tagger::Load(path_);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->rows(), 4096u);
  text::Utf8Text u;
  std::string s = "Ms Dorit met Mr Jamo in Tarin .";
  auto toks = Tok(s, &u);
  EXPECT_EQ(Show(s, loaded->Tag(toks, {})), Show(s, model_.Tag(toks, {})));
  EXPECT_FALSE(Show(s, model_.Tag(toks, {})).empty());
}

TEST_F(TaggerFileTest, Truncated) {
  std::string b = Bytes();
  Write(b.substr(0, b.size() / 2));
  auto r = Tagger::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("truncated"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find(path_), std::string::npos);
  Write(b.substr(0, 10));
  EXPECT_FALSE(Tagger::Load(path_).ok());
}

TEST_F(TaggerFileTest, WrongVersions) {
  std::string b = Bytes();
  std::string v = b;
  v[8] = static_cast<char>(kTaggerFileVersion + 1);
  Write(v);
  auto r = Tagger::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("file format version"), std::string::npos) << r.status().message();
  v = b;
  v[12] = static_cast<char>(kFeatureSetVersion + 1);
  Write(v);
  r = Tagger::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("feature set version"), std::string::npos) << r.status().message();
  v = b;
  v[0] = 'X';
  Write(v);
  r = Tagger::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("bad magic"), std::string::npos);
  v = b;
  v[v.size() / 2] ^= 0x55;
  Write(v);
  r = Tagger::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("checksum"), std::string::npos);
  std::filesystem::remove(path_);
  r = Tagger::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not found"), std::string::npos);
}

}  // namespace
}  // namespace marsad::geo
