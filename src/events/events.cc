// Event assembly: trigger phrases per sentence → ACLED type/sub-type, CAMEO, PLOVER; the
// actors from the sentence's structure; place, date and fatalities from the other stages.
#include <algorithm>
#include <map>

#include "marsad/events.h"
#include "match.h"

namespace marsad::events {
namespace {

constexpr float kMinTriggerWeight = 0.3f;

bool Armed(const ActorInfo& a) { return a.inter >= 1 && a.inter <= 4 ? true : a.inter == 8; }

struct SentenceActors {
  std::vector<int32_t> mentions;  // indexes into EventResult::actors, text order
};

}  // namespace

EventResult EventExtractor::Extract(const text::Utf8Text& text, const text::Tokens& toks,
                                    const std::vector<text::Sentence>& sentences, const geo::GeoResult& geo,
                                    std::string_view published) const {
  EventResult r;
  FindActors(text, toks, sentences, &r);
  FindQuantities(text, toks, sentences, &r);
  FindDates(text, toks, published, &r);
  int py = 0, pm = 0, pd = 0;
  std::string pub_iso;
  if (ParseIsoDate(published, &py, &pm, &pd)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", py, pm, pd);
    pub_iso = buf;
  }
  // Document focus: the first city, else admin1, else country.
  int64_t focus = -1;
  for (const auto* list : {&geo.focus.cities, &geo.focus.admin1s, &geo.focus.countries})
    if (focus < 0 && !list->empty()) focus = list->front().place;

  const size_t n = toks.tokens.size();
  std::pair<int32_t, int32_t> doc_dyad{-1, -1};  // the first "X ضد Y" of the document
  std::vector<char> in_actor(n, 0);
  for (const auto& a : r.actors)
    for (size_t k = a.token_begin; k < a.token_end; ++k) in_actor[k] = 1;

  for (const auto& s : sentences) {
    // Actor mentions of this sentence (media outlets report events, they are not parties).
    std::vector<int32_t> sa;
    for (size_t m = 0; m < r.actors.size(); ++m) {
      const auto& a = r.actors[m];
      if (a.token_begin >= s.first_token && a.token_end <= s.end_token && d_.actors[a.actor].type != "media")
        sa.push_back(static_cast<int32_t>(m));
    }
    // Triggers: the best phrase per (event type, sub-type) in the sentence.
    std::map<std::pair<std::string, std::string>, std::pair<uint32_t, size_t>> best;  // → trigger, token
    std::map<std::pair<std::string, std::string>, PhraseMatch> best_match;
    for (size_t i = s.first_token; i < s.end_token;) {
      if (in_actor[i]) {
        ++i;
        continue;
      }
      auto m = LongestMatch(d_.trigger_phrases, text, toks, i, s.end_token);
      if (m.len == 0) {
        ++i;
        continue;
      }
      // A negated trigger ("بعدم القتال", "no clashes") reports no event.
      if (i > s.first_token && (KeyIs(toks, i - 1, {"عدم", "دون", "بدون", "لا", "لم"}) || toks.Key(i - 1) == "no" ||
                                toks.Key(i - 1) == "not")) {
        i += m.len;
        continue;
      }
      const char* lang = toks.tokens[i].script == text::Script::kArabic ? "ar" : "en";
      for (uint32_t ti : m.indexes) {
        const auto& t = d_.triggers[ti];
        if (t.lang != lang || t.weight < kMinTriggerWeight) continue;
        auto key = std::make_pair(t.event_type, t.sub_event_type);
        auto it = best.find(key);
        if (it == best.end() || d_.triggers[it->second.first].weight < t.weight) {
          best[key] = {ti, i};
          best_match[key] = m;
        }
      }
      i += m.len;
    }
    if (best.empty()) continue;

    // Structure cues shared by the sentence's events.
    auto armed = [&](int32_t m) { return Armed(d_.actors[r.actors[m].actor]); };
    auto first_after = [&](size_t tok, int32_t not_actor, bool armed_only = false) -> int32_t {
      for (int32_t m : sa)
        if (r.actors[m].token_begin >= tok && r.actors[m].actor != not_actor && (!armed_only || armed(m))) return m;
      return -1;
    };
    auto last_before = [&](size_t tok, int32_t not_actor, bool armed_only = false) -> int32_t {
      int32_t out = -1;
      for (int32_t m : sa)
        if (r.actors[m].token_end <= tok && r.actors[m].actor != not_actor && (!armed_only || armed(m))) out = m;
      return out;
    };
    int32_t s_a1 = -1, s_a2 = -1;
    for (size_t i = s.first_token; i < s.end_token && s_a1 < 0; ++i) {
      std::string_view k = toks.Key(i);
      if (KeyIs(toks, i, {"ضد"}) || k == "against") {
        s_a1 = last_before(i, -1);
        s_a2 = first_after(i + 1, s_a1 >= 0 ? r.actors[s_a1].actor : -1);
        if (s_a1 < 0 || s_a2 < 0) s_a1 = s_a2 = -1;
        if (s_a1 >= 0 && doc_dyad.first < 0) doc_dyad = {r.actors[s_a1].actor, r.actors[s_a2].actor};
      } else if (KeyIs(toks, i, {"بين"}) || k == "between") {
        s_a1 = first_after(i + 1, -1);
        if (s_a1 >= 0 && r.actors[s_a1].token_begin <= i + 3) {
          s_a2 = first_after(r.actors[s_a1].token_end, r.actors[s_a1].actor);
        }
        if (s_a2 < 0 || r.actors[s_a2].token_begin > r.actors[s_a1].token_end + 3) s_a1 = s_a2 = -1;
      } else if ((KeyIs(toks, i, {"قبل"}) && i > s.first_token && toks.Key(i - 1) == "من") || k == "by") {
        s_a1 = first_after(i + 1, -1);
        if (s_a1 >= 0 && r.actors[s_a1].token_begin > i + 3) s_a1 = -1;
        if (s_a1 >= 0) {
          s_a2 = last_before(i - 1, r.actors[s_a1].actor);
          if (s_a2 < 0) s_a2 = first_after(r.actors[s_a1].token_end, r.actors[s_a1].actor);
        }
      }
    }

    for (const auto& [key, tv] : best) {
      const auto& [ti, tok] = tv;
      const auto& t = d_.triggers[ti];
      const auto& m = best_match[key];
      Event e;
      e.start = s.start;
      e.end = s.end;
      e.trigger = static_cast<int32_t>(ti);
      e.trigger_start = toks.tokens[tok].start + m.prefix_cp;
      e.trigger_end = toks.tokens[tok + m.len - 1].end;
      e.event_type = t.event_type;
      e.sub_event_type = t.sub_event_type;
      e.cameo = t.cameo;
      e.plover = t.plover;
      int32_t a1 = s_a1, a2 = s_a2;
      // Without structure: the nearest armed actor before the trigger (SVO), else after it
      // (VSO); civilians, notables and officials are actor 2 of violence, or associated.
      const bool violent_type = t.plover == "ASSAULT" || t.plover == "COERCE";
      if (a1 < 0) {
        for (bool armed_only : {true, false}) {
          if (a1 >= 0) break;
          a1 = last_before(tok, -1, armed_only);
          if (a1 < 0) a1 = first_after(tok + m.len, -1, armed_only);
        }
        if (a1 >= 0) {
          size_t after = std::max<size_t>(tok + m.len, r.actors[a1].token_end);
          for (bool armed_only : {!violent_type, false}) {
            if (a2 >= 0) break;
            a2 = first_after(after, r.actors[a1].actor, armed_only);
            if (a2 < 0) a2 = last_before(r.actors[a1].token_begin, r.actors[a1].actor, armed_only);
          }
        }
      }
      e.actor1_mention = a1;
      e.actor2_mention = a2;
      e.actor1 = a1 >= 0 ? r.actors[a1].actor : -1;
      e.actor2 = a2 >= 0 ? r.actors[a2].actor : -1;
      // Place: the sentence's mention nearest the trigger, else the document focus.
      uint32_t best_dist = UINT32_MAX;
      for (size_t g = 0; g < geo.mentions.size(); ++g) {
        const auto& gm = geo.mentions[g];
        if (gm.start < s.start || gm.end > s.end || gm.demonym || (gm.place < 0 && !gm.relation)) continue;
        uint32_t dist = gm.start > e.trigger_start ? gm.start - e.trigger_start : e.trigger_start - gm.start;
        if (dist < best_dist) {
          best_dist = dist;
          e.place_mention = static_cast<int32_t>(g);
          e.place = gm.place;
          if (gm.relation && gm.relation->anchor >= 0 && gm.place < 0)
            e.place = geo.mentions[gm.relation->anchor].place;
        }
      }
      if (e.place_mention < 0) e.place = focus;
      // Date: a resolved date in the sentence, else the publication date.
      for (const auto& dm : r.dates)
        if (dm.resolved && dm.start >= s.start && dm.end <= s.end) {
          e.date = dm.date;
          e.date_precision = dm.precision;
          break;
        }
      if (e.date.empty() && !pub_iso.empty()) {
        e.date = pub_iso;
        e.date_precision = "day";
      }
      for (const auto& q : r.quantities)
        if (q.category == "killed" && q.start >= s.start && q.end <= s.end) e.fatalities = std::max(e.fatalities, q.value);
      // ACLED codebook refinements of the trigger's default reading.
      const ActorInfo* A1 = e.actor1 >= 0 ? &d_.actors[e.actor1] : nullptr;
      const ActorInfo* A2 = e.actor2 >= 0 ? &d_.actors[e.actor2] : nullptr;
      bool violent = e.event_type == "Battles" || e.event_type == "Explosions/Remote violence";
      if (violent && A1 && A2 && A2->inter == 7 && A1->inter != 7) {
        e.event_type = "Violence against civilians";
        e.sub_event_type = "Attack";
      } else if (e.sub_event_type == "Non-state actor overtakes territory" && A1 && A1->type == "state_force") {
        e.sub_event_type = "Government regains territory";
      } else if (e.event_type == "Violence against civilians" && e.sub_event_type == "Attack" && A1 && A2 &&
                 Armed(*A1) && Armed(*A2) && A2->type != "civilians" && t.cameo.starts_with("19")) {
        e.event_type = "Battles";
        e.sub_event_type = "Armed clash";
      }
      e.confidence = 0.55f * t.weight + (A1 ? 0.2f : 0.f) + (A2 ? 0.1f : 0.f) + (e.place_mention >= 0 ? 0.15f : 0.f);
      if (a1 >= 0 && r.actors[a1].back_reference) e.confidence -= 0.05f;
      e.confidence = std::clamp(e.confidence, 0.f, 1.f);
      r.events.push_back(std::move(e));
    }
  }
  // Violence with no actor in its sentence ("عودة القصف على المدينة") belongs, by default,
  // to the document's stated conflict dyad, with lower confidence.
  if (doc_dyad.first >= 0) {
    for (auto& e : r.events) {
      if (e.actor1 >= 0 || (e.event_type != "Battles" && e.event_type != "Explosions/Remote violence")) continue;
      e.actor1 = doc_dyad.first;
      e.actor2 = doc_dyad.second;
      e.confidence = std::max(0.f, e.confidence - 0.05f);
    }
  }
  // One event per (type, sub-type, actors, place) in a document: repeated mentions of the
  // same agreement are one event; the most confident evidence is kept.
  std::vector<Event> kept;
  for (auto& e : r.events) {
    auto same = std::find_if(kept.begin(), kept.end(), [&](const Event& k) {
      return k.event_type == e.event_type && k.sub_event_type == e.sub_event_type && k.actor1 == e.actor1 &&
             k.actor2 == e.actor2 && k.place == e.place;
    });
    if (same == kept.end()) kept.push_back(std::move(e));
    else if (e.confidence > same->confidence) *same = std::move(e);
  }
  r.events = std::move(kept);
  return r;
}

}  // namespace marsad::events
