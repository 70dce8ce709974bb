// Who claims each event and count (marsad/provenance.h): attribution cues and their claimants.
//
// A claim is a cue (بحسب، قال، أفاد، according to, said) with its claimant: a phrase of
// claim_cues.tsv (مصدر خاص، أحد المدنيين), an outlet (وكالة سانا، رويترز), an actor
// (وزارة الداخلية), or a back-reference (المصدر، the source) to the last claimant named. A
// claim covers its sentence, and when the claimant introduces a quotation
// (وقال المصدر: “…”) the whole quotation, which may span sentences. An event or count takes
// the claim covering it whose cue is nearest; none when nothing attributes it (the outlet's
// own reporting).
#include <algorithm>
#include <climits>

#include "marsad/provenance.h"
#include "match.h"

namespace marsad::events {
namespace {

struct Claimant {
  size_t len = 0;  // tokens
  uint32_t start = 0, end = 0;
  std::string name_en;
};

struct Found {
  Claim claim;
  uint32_t cue = 0;                 // code point of the cue, for the nearest claim
  uint32_t cover_start = 0, cover_end = 0;
};

class Attributor {
 public:
  Attributor(const ProvenanceDictionaries& rd, const Dictionaries& d, const text::Utf8Text& text,
             const text::Tokens& toks, const EventResult& r, const PhraseStarts* starts)
      : rd_(rd), d_(d), text_(text), toks_(toks), starts_(starts) {
    actor_at_.assign(toks.tokens.size(), -1);
    for (size_t k = 0; k < r.actors.size(); ++k)
      if (r.actors[k].token_begin < actor_at_.size() && actor_at_[r.actors[k].token_begin] < 0)
        actor_at_[r.actors[k].token_begin] = static_cast<int32_t>(k);
    actors_ = &r.actors;
  }

  std::vector<Found> Find(const std::vector<text::Sentence>& sentences) {
    std::vector<Found> found;
    for (const auto& s : sentences) {
      for (size_t i = s.first_token; i < s.end_token; ++i) {
        auto m = LongestMatch(rd_.claim_phrases, text_, toks_, i, s.end_token, true, starts_);
        const ClaimCue* cue = CueOf(m, {ClaimCueKind::kIntro, ClaimCueKind::kVerb, ClaimCueKind::kContinues});
        if (cue == nullptr) continue;
        if (cue->kind == ClaimCueKind::kContinues) {  // قائلا: “…”: the last claimant speaks on
          if (found.empty()) continue;
          Found f{found.back().claim, toks_.tokens[i].start, s.start, s.end};
          Claimant at{m.len, toks_.tokens[i].start, toks_.tokens[i + m.len - 1].end, {}};
          f.cover_end = std::max(f.cover_end, QuotationEnd(at, s));
          found.push_back(std::move(f));
          i += m.len - 1;
          continue;
        }
        Claimant c = ClaimantFor(*cue, i, m.len, s);
        if (c.len == 0) continue;
        Found f{{c.start, c.end, c.name_en}, toks_.tokens[i].start, s.start, s.end};
        f.cover_end = std::max(f.cover_end, QuotationEnd(c, s));
        last_ = f.claim.name_en;
        found.push_back(std::move(f));
        i += m.len - 1;
      }
    }
    return found;
  }

 private:
  const ClaimCue* CueOf(const PhraseMatch& m, std::initializer_list<ClaimCueKind> kinds) const {
    for (uint32_t k : m.indexes)
      for (ClaimCueKind kind : kinds)
        if (rd_.claim_cues[k].kind == kind) return &rd_.claim_cues[k];
    return nullptr;
  }

  bool IsLatin(size_t i) const { return toks_.tokens[i].script == text::Script::kLatin; }

  // The claimant of cue tokens [i, i+n): after an intro (skipping "ما" and a verb: بحسب ما
  // أكد مصدر) or an Arabic verb (قال مصدر); before an English verb (the ministry said), else
  // after it (said a spokesman).
  Claimant ClaimantFor(const ClaimCue& cue, size_t i, size_t n, const text::Sentence& s) {
    size_t j = i + n;
    if (cue.kind == ClaimCueKind::kVerb && IsLatin(i)) {
      for (size_t b = i > s.first_token + 8 ? i - 8 : s.first_token; b < i; ++b) {
        Claimant c = At(b, i);
        if (c.len > 0 && b + c.len == i) return c;
      }
      return At(j, s.end_token);
    }
    for (int skip = 0; skip < 2 && j < s.end_token; ++skip) {
      if (KeyIs(toks_, j, {"ما"})) {
        ++j;
        continue;
      }
      auto m = LongestMatch(rd_.claim_phrases, text_, toks_, j, s.end_token, true, starts_);
      if (CueOf(m, {ClaimCueKind::kVerb}) == nullptr) break;
      j += m.len;
    }
    return j < s.end_token ? At(j, s.end_token) : Claimant{};
  }

  // The longest claimant starting at token i (a claim phrase, an outlet or an actor), with
  // its modifiers (الذين خرجوا من المدينة) and the outlet it speaks for (للرقة24).
  Claimant At(size_t i, size_t limit) {
    Claimant best;
    if (i >= limit) return best;  // "said" ending its sentence: nobody after it
    auto m = LongestMatch(rd_.claim_phrases, text_, toks_, i, limit, true, starts_);
    if (const ClaimCue* c = CueOf(m, {ClaimCueKind::kClaimant, ClaimCueKind::kBackRef})) {
      best = Span(i, m.len, m.prefix_cp);
      best.name_en = c->kind == ClaimCueKind::kBackRef && !last_.empty() ? last_ : c->name_en;
    }
    auto o = LongestMatch(rd_.outlet_phrases, text_, toks_, i, limit, true, starts_);
    if (o.len > best.len && !o.indexes.empty()) {
      best = Span(i, o.len, o.prefix_cp);
      best.name_en = rd_.outlets[o.indexes.front()].name;
    }
    if (int32_t a = actor_at_[i]; a >= 0) {
      const auto& am = (*actors_)[a];
      size_t len = am.token_end - am.token_begin;
      if (len > best.len && am.token_end <= limit) {
        best = Claimant{len, am.start, am.end, d_.actors[am.actor].name_en};
      }
    }
    if (best.len > 0) Extend(i, limit, &best);
    return best;
  }

  Claimant Span(size_t i, size_t len, uint32_t prefix_cp) const {
    return Claimant{len, toks_.tokens[i].start + prefix_cp, toks_.tokens[i + len - 1].end, {}};
  }

  // Modifiers after the claimant, and an outlet or actor it speaks for: "of Raqqa24".
  void Extend(size_t i, size_t limit, Claimant* c) {
    for (int round = 0; round < 2; ++round) {
      size_t j = i + c->len;
      if (j >= limit) return;
      auto m = LongestMatch(rd_.claim_phrases, text_, toks_, j, limit, true, starts_);
      if (const ClaimCue* mod = CueOf(m, {ClaimCueKind::kModifier})) {
        Grow(i, j, m.len, " " + mod->name_en, c);
        continue;
      }
      const bool open = c->name_en.ends_with(" for") || c->name_en.ends_with(" by");
      // "لـ الرقة24" as two words: the preposition stands alone.
      const bool lam = KeyIs(toks_, j, {"ل"}, false) && j + 1 < limit;
      if (lam) ++j;
      if (int32_t glued = OutletAfterLam(j); glued >= 0) {  // للرقة24: one token, digits glued
        Grow(i, j, 1, " of " + rd_.outlets[glued].name, c);
        continue;
      }
      auto o = LongestMatch(rd_.outlet_phrases, text_, toks_, j, limit, true, starts_);
      if (o.len > 0 && !o.indexes.empty() && (open || lam || o.prefix_cp > 0)) {
        Grow(i, j, o.len, (open ? " " : " of ") + rd_.outlets[o.indexes.front()].name, c);
        continue;
      }
      if (int32_t a = actor_at_[j]; a >= 0 && open && !lam) {
        const auto& am = (*actors_)[a];
        if (am.token_end <= limit) {
          Grow(i, j, am.token_end - am.token_begin, " " + d_.actors[am.actor].name_en, c);
          continue;
        }
      }
      return;
    }
  }

  // The outlet of a one-word name after the preposition ل (للرقة24 → الرقة24, لسانا → سانا),
  // which the clitic analysis leaves whole when digits are glued on; -1 when none.
  int32_t OutletAfterLam(size_t j) const {
    constexpr std::string_view kLam = "\xD9\x84", kAlef = "\xD8\xA7";
    std::string_view key = toks_.Key(j);
    if (!key.starts_with(kLam)) return -1;
    const std::string rest(key.substr(kLam.size()));
    for (const std::string& k : {rest, std::string(kAlef) + rest}) {
      auto it = rd_.outlet_phrases.entries.find(k);
      if (it != rd_.outlet_phrases.entries.end() && !it->second.empty()) return static_cast<int32_t>(it->second.front().index);
    }
    return -1;
  }

  void Grow(size_t first, size_t j, size_t len, const std::string& words, Claimant* c) const {
    c->len = j + len - first;
    c->end = toks_.tokens[j + len - 1].end;
    c->name_en += words;
  }

  // Where a quotation the claimant introduces ends (وقال المصدر: “…”), 0 when none.
  uint32_t QuotationEnd(const Claimant& c, const text::Sentence& s) const {
    // The first token at or after the claimant's end (a binary search: a scan from the
    // first token for every claim made long documents quadratic).
    size_t j = std::partition_point(toks_.tokens.begin(), toks_.tokens.end(),
                                    [&](const text::Token& t) { return t.start < c.end; }) -
               toks_.tokens.begin();
    for (int k = 0; k < 2 && j < toks_.tokens.size(); ++k, ++j) {
      std::string_view t = text_.Slice(toks_.tokens[j].start, toks_.tokens[j].end);
      if (t == ":" || t == "،" || t == ",") continue;
      const text::Quote open = text::QuoteMark(t);
      if (open != text::Quote::kOpening && open != text::Quote::kStraight) return 0;  // “ « "
      for (size_t q = j + 1; q < toks_.tokens.size(); ++q) {
        const text::Quote close = text::QuoteMark(text_.Slice(toks_.tokens[q].start, toks_.tokens[q].end));
        if (close == text::Quote::kClosing || close == text::Quote::kStraight) return toks_.tokens[q].end;  // ” » "
        if (toks_.tokens[q].Has(text::kNewlineBefore) && toks_.tokens[q].start > s.end) return 0;
      }
      return 0;
    }
    return 0;
  }

  const ProvenanceDictionaries& rd_;
  const Dictionaries& d_;
  const text::Utf8Text& text_;
  const text::Tokens& toks_;
  const PhraseStarts* starts_;  // may be null: phrases are then tried at every token
  const std::vector<ActorMention>* actors_ = nullptr;
  std::vector<int32_t> actor_at_;  // token → the actor mention starting there
  std::string last_;               // the last claimant named, for المصدر / the source
};

// The claim covering code point `at` whose cue is nearest to it, -1 when none.
int32_t Nearest(const std::vector<Found>& found, uint32_t at) {
  int32_t best = -1;
  uint32_t best_d = UINT32_MAX;
  for (size_t k = 0; k < found.size(); ++k) {
    const Found& f = found[k];
    if (at < f.cover_start || at >= f.cover_end) continue;
    uint32_t d = at > f.cue ? at - f.cue : f.cue - at;
    if (d < best_d) best = static_cast<int32_t>(k), best_d = d;
  }
  return best;
}

}  // namespace

void AttributeClaims(const ProvenanceDictionaries& rd, const Dictionaries& d, const text::Utf8Text& text,
                     const text::Tokens& tokens, const std::vector<text::Sentence>& sentences, EventResult* r,
                     const PhraseStarts* starts) {
  r->claims.clear();
  if (rd.claim_cues.empty()) return;
  Attributor a(rd, d, text, tokens, *r, starts);
  std::vector<Found> found = a.Find(sentences);
  for (auto& f : found) r->claims.push_back(f.claim);
  for (auto& e : r->events) {
    e.claim = Nearest(found, e.trigger_start);
    for (size_t k = 1; e.claim < 0 && k < e.mentions.size(); ++k) e.claim = Nearest(found, e.mentions[k].first);
  }
  for (auto& q : r->quantities) q.claim = Nearest(found, q.start);
}

}  // namespace marsad::events
