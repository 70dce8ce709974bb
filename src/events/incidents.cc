// Event readings into incidents: one event per clause, the mentions of one incident in a
// document merged into one event with all its evidence, and each toll given to one
// incident, never summed and never copied (ACLED's rules; see incidents.h).
#include "incidents.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <tuple>

namespace marsad::events {

using namespace std::string_view_literals;

// Days between two ISO dates (b - a); 0 when either does not parse.
long DaysBetween(std::string_view a, std::string_view b) {
  namespace ch = std::chrono;
  int ya = 0, ma = 0, da = 0, yb = 0, mb = 0, db = 0;
  if (!ParseIsoDate(a, &ya, &ma, &da) || !ParseIsoDate(b, &yb, &mb, &db)) return 0;
  auto days = [](int y, int m, int d) {
    return ch::sys_days(ch::year(y) / ch::month(static_cast<unsigned>(m)) / ch::day(static_cast<unsigned>(d)));
  };
  return (days(yb, mb, db) - days(ya, ma, da)).count();
}

bool Violent(std::string_view type) {
  return type == "Battles" || type == "Explosions/Remote violence" || type == "Violence against civilians";
}

namespace {

// Of two readings of one incident in one clause, the more specific type: an air strike or
// a shelling that kills is Explosions/Remote violence, not "Violence against civilians /
// Attack" because the verb was "قتل"; a battle beats a bare attack.
int TypeRank(const Event& e) {
  if (e.event_type == "Explosions/Remote violence"sv) return 3;
  if (e.event_type == "Battles"sv) return e.sub_event_type == "Armed clash"sv ? 1 : 2;
  return 0;
}

// The family of an explosion's weapon: a suicide bombing and "a car bomb left outside the
// police station" are one blast told twice; an air strike and a rocket are two.
std::string_view Weapon(const Event& e) {
  return e.sub_event_type == "Suicide bomb"sv ? std::string_view("Remote explosive/landmine/IED") : e.sub_event_type;
}

bool SameKind(const Event& a, const Event& b) {
  return a.event_type == b.event_type && a.sub_event_type == b.sub_event_type && a.plover == b.plover;
}

// Every actor `a` names (actor 1, actor 2; -1 = unknown) is named the same way by `b`
// (`kind`: one class for the dictionary's entries that ACLED names alike: "سلاح الجو
// الإسرائيلي" and "الجيش الإسرائيلي" are both Military Forces of Israel).
bool ActorsWithin(int32_t a1, int32_t a2, const Event& b, const ActorKind& kind) {
  auto same = [&](int32_t x, int32_t y) { return x == y || (kind && x >= 0 && y >= 0 && kind(x, y)); };
  return (a1 < 0 || same(a1, b.actor1)) && (a2 < 0 || same(a2, b.actor2));
}

// Two readings may be one event as far as actors go: one's actors are a subset of the
// other's. Talks, agreements and refusals do not order their parties ("بين X و Y").
// The two sides of a clash named in either order ("بمقتل ثمانية عشر حوثياً خلال الاشتباكات ...
// في مدينة الضالع", told by the resistance, then "مواجهات ... في منطقة سناح عقب محاولة الحوثيين
// الهجوم على مواقع المقاومة"): with one figure told of both, one battle (MergeMentions).
bool ReversedClash(const Event& a, const Event& b) {
  return a.sub_event_type == "Armed clash"sv && b.sub_event_type == "Armed clash"sv && a.actor1 >= 0 &&
         a.actor2 >= 0 && a.actor1 == b.actor2 && a.actor2 == b.actor1;
}

bool ActorsAgree(const Event& a, const Event& b, const ActorKind& kind) {
  if (ActorsWithin(a.actor1, a.actor2, b, kind) || ActorsWithin(b.actor1, b.actor2, a, kind)) return true;
  if (a.event_type != "Strategic developments"sv) return false;
  return ActorsWithin(a.actor2, a.actor1, b, kind) || ActorsWithin(b.actor2, b.actor1, a, kind);
}

// Reading `x` names separate incidents ("الهجمات المنفصلة") after reading `y`'s trigger, and `y`
// is not their toll (a bare killing: "وقتل ثمانية أشخاص في موجة من الهجمات المنفصلة").
bool SeparateAfter(const Event& x, const EventMeta& xm, const Event& y, const EventMeta& ym) {
  return xm.separate && x.trigger_start > y.trigger_start && !ym.bare_kill;
}

}  // namespace

// One event per thing that happened: the readings of a document (one per sentence and
// trigger type) that report the same event are merged, in text order, into the first.
// Two readings are the same event when they have the same type and
//  - the later one is anaphoric ("الاتفاق" after an agreement was reported): the latest
//    earlier event of that type, whatever the actors;
//  - or their actors agree (a subset), their dates agree, and their places agree (equal,
//    or one is only the document focus; a strategic development located at the focus
//    agrees with any place: "مفاوضات تسليم الرقة" and the talks in Ayn Issa).
// The merged event keeps the actors found by the strongest cue, the most specific place
// (not for an anaphor: "the agreement" mentioned elsewhere does not move it) and the most
// confident evidence.
// An equal toll of at least this many told at two places of one province (the town in the
// lead, its province's city in the recap) is one incident told twice.
constexpr int64_t kSameTollAreaMin = 5;
// How many days apart one figure told of one named place is still the same dead.
constexpr long kRetoldWithinDays = 7;
// How many days before the publication a day an incident's own clause names makes it another
// incident than one the paper dates by nothing but its own day.
constexpr long kRecapDays = 3;

namespace {
// The reading names no weapon: its verb ("استهدفت") does not, and no reading merged into it did.
bool NoWeapon(const Event& e, const EventMeta& m) {
  return m.no_weapon && e.sub_event_type == "Shelling/artillery/missile attack"sv;
}
// Its type is the targeting verb's default, whichever reading of its clause was kept
// ("شنت المقاومة هجمات متعددة ومباغتة استهدفت الحوثيين").
bool Targeted(const Event& e, const EventMeta& m) {
  return m.targeted && e.sub_event_type == "Shelling/artillery/missile attack"sv;
}
}  // namespace

void MergeMentions(int64_t focus, const std::vector<Quantity>& quantities,
                   const std::function<bool(int64_t, int64_t)>& within,
                   const std::function<bool(int64_t, int64_t)>& same_area,
                   const std::function<bool(int64_t)>& province, std::vector<Event>* events,
                   std::vector<EventMeta>* meta, const ActorKind& kind) {
  // A toll that counts one group ("four civilians", "five rebel fighters": Quantity::of) is
  // part of the incident's, not another report of it.
  // A sum of such counts ("مقتل عشرة عناصر من التنظيم و18 مقاتلًا من الفصائل") is a whole.
  auto part = [&](const Event& x) {
    return x.fatalities_quantity >= 0 && !quantities[x.fatalities_quantity].of.empty() &&
           quantities[x.fatalities_quantity].value == x.fatalities;
  };
  auto vague = [&](const Event& x) {
    return x.fatalities_quantity >= 0 && quantities[x.fatalities_quantity].qualifier == "vague"sv;
  };
  // A stated figure of five or more (not a vague plural's count): one toll told twice is the
  // same dead (below).
  auto figure = [&](const Event& x) {
    return x.fatalities >= static_cast<uint64_t>(kSameTollAreaMin) && x.fatalities_quantity >= 0 &&
           quantities[x.fatalities_quantity].qualifier != "vague"sv;
  };
  // One place, or one inside the other (`within`: a quarter of its town).
  auto nested = [&](int64_t a, int64_t b) { return a == b || within(a, b) || within(b, a); };
  auto preliminary = [&](const Event& x) {
    return x.fatalities_quantity >= 0 && quantities[x.fatalities_quantity].preliminary;
  };
  // Merges the reading `e` (meta `m`) into the kept event `o` (meta `om`); `anaphor`: `e` named
  // `o` by an anaphor, which does not move its place nor its evidence.
  auto absorb = [&](Event& o, EventMeta& om, Event& e, const EventMeta& m, bool anaphor, bool other_side = false) {
    // "الهجوم" says nothing of the weapon: it does not retype the incident it names. A bare
    // "القصف" takes the weapon told of it ("الغارة").
    // Nor does "استهدفت" (no weapon at all) retype what it names; the weapon told of it does.
    // A blast told as a bomb and as a suicide bombing is the suicide bombing (ACLED's more
    // specific sub-event).
    const bool names_weapon = (om.unknown_weapon && !m.unknown_weapon && e.sub_event_type == "Air/drone strike"sv) ||
                              (NoWeapon(o, om) && !NoWeapon(e, m) && e.event_type == "Explosions/Remote violence"sv) ||
                              (o.sub_event_type == "Remote explosive/landmine/IED"sv && e.sub_event_type == "Suicide bomb"sv);
    // A verb that names no weapon ("شنت هجمات استهدفت الحوثيين") is a battle's when the same
    // incident is told as one ("المعارك ... في مديرية ذي ناعم"), and never retypes it.
    const bool names_battle = Targeted(o, om) && e.sub_event_type == "Armed clash"sv;
    if ((TypeRank(e) > TypeRank(o) || names_weapon || names_battle) && Violent(o.event_type) && !m.anaphoric_violent &&
        !NoWeapon(e, m)) {
      o.event_type = e.event_type;
      o.sub_event_type = e.sub_event_type;
      o.plover = e.plover;
      om.unknown_weapon = m.unknown_weapon;
      om.no_weapon = m.no_weapon;
    }
    // English news (SANA's, FA-KES) gives a town's toll of the day first, then its parts
    // ("Six civilians were killed ... in terrorist rocket attacks on several neighborhoods in
    // Aleppo city", then "two people were killed ... on Salah Eddin neighborhood"): a figure
    // at most half of the event's is a part of its toll, not the incident told again with
    // another figure; it neither lowers the toll nor moves the place. (In the Arabic corpus
    // the larger figure is as often a roundup's total of several incidents, whose own
    // figure is the lower one: there the most conservative figure stays.)
    // A later part may be more than half when the parts told add up to no more than the whole
    // ("Six civilians were killed ... on al-Midan ... and al-Muhafaza neighborhoods", then "two
    // civilians" on al-Midan, then "four people" on al-Muhafaza).
    const bool sub_part = m.english && !anaphor && figure(o) && e.fatalities > 0 &&
                          (e.fatalities * 2 <= o.fatalities ||
                           (om.parts > 0 && e.fatalities < o.fatalities && om.parts + e.fatalities <= o.fatalities));
    if (sub_part) om.parts += e.fatalities;
    const int n_o = (o.actor1 >= 0) + (o.actor2 >= 0), n_e = (e.actor1 >= 0) + (e.actor2 >= 0);
    // An anaphor ("خلال تلك المواجهات") names the sides of an incident that names none.
    if ((m.cue > om.cue && (!anaphor || o.actor1 < 0)) || (m.cue == om.cue && !anaphor && n_e > n_o)) {
      o.actor1 = e.actor1;
      o.actor2 = e.actor2;
      o.actor1_mention = e.actor1_mention;
      o.actor2_mention = e.actor2_mention;
      om.cue = m.cue;
    }
    // A town beats the province it is in ("Al Anbar" in the lead, "الرمادي" in the recap).
    const bool more_specific = e.place_mention >= 0 && (o.place_mention < 0 || (o.place == focus && e.place != focus) ||
                                                         (e.place != o.place && within(e.place, o.place)) ||
                                                         (province(o.place) && !province(e.place) && same_area(o.place, e.place)));
    if (e.place >= 0 && (o.place < 0 || (!anaphor && more_specific && !sub_part))) {
      o.place = e.place;
      o.place_mention = e.place_mention;
    }
    // ACLED's toll of an incident reported several times is the most conservative
    // figure given for it, never a sum; but a whole ("nine people were killed") is not
    // lowered by a part of it ("four civilians had been killed").
    // Nor is a count a vague plural stands for ("عدد من القتلى", read as 10 by convention): a
    // stated figure ("أسفر عن مقتل 27 شخصا") replaces it, and it replaces none.
    // So is a toll said to be preliminary ("حصيلة القتلى الأولية هي 10 ضحايا"): the later
    // figure of the ministry's statement ("أسفر عن مقتل 27 شخصا") is the toll.
    const bool e_vague = vague(e), o_vague = vague(o), e_early = preliminary(e), o_early = preliminary(o);
    const bool e_lower = e_vague != o_vague ? o_vague
                         : e_early != o_early ? o_early
                         : part(o) == part(e) ? e.fatalities < o.fatalities
                                              : part(o);
    if (other_side) {
      o.fatalities += e.fatalities;  // both sides' dead of one battle, or more dead (ACLED sums them)
    } else if (e.fatalities > 0 && (o.fatalities == 0 || (e_lower && !sub_part))) {
      o.fatalities = e.fatalities;
      o.fatalities_quantity = e.fatalities_quantity;
    }
    o.mentions.insert(o.mentions.end(), e.mentions.begin(), e.mentions.end());
    // A claim's day gives way to the incident's own ("تبنى ... أمس الهجوم" and "وقع الهجوم الأربعاء").
    if (((o.date_from_published || o.date_from_context) && !e.date_from_published &&
         (o.date_from_published || !e.date_from_context)) ||
        (o.date_from_claim && !e.date_from_claim && !e.date_from_published && !e.date_from_context)) {
      o.date = e.date;
      o.date_precision = e.date_precision;
      o.date_from_published = false;
      o.date_from_context = e.date_from_context;
      o.date_from_claim = e.date_from_claim;
      om.date_of_speech = m.date_of_speech;
    } else if (!anaphor && !other_side && !o.date_from_published && !o.date_from_context && !o.date_from_claim &&
               !e.date_from_published && !e.date_from_context && !e.date_from_claim && o.date_precision == "day"sv &&
               e.date_precision == "day"sv && e.date < o.date) {
      // One incident told with two days of its own ("أفاد مصدر ... اليوم الجمعة بمقتل ثمانية عشر
      // حوثياً", then "مواجهات عنيفة اندلعت مساء امس الخميس"): the earlier is the incident's, the
      // later the day it was told on. Its telling orders a clash's sides ("عقب محاولة الحوثيين
      // الهجوم على مواقع المقاومة": the attackers first), not the report's.
      o.date = e.date;
      om.date_of_speech = m.date_of_speech;
      if (ReversedClash(o, e)) {
        o.actor1 = e.actor1, o.actor1_mention = e.actor1_mention;
        o.actor2 = e.actor2, o.actor2_mention = e.actor2_mention;
      }
    }
    if (!anaphor && e.confidence > o.confidence) {
      o.start = e.start;
      o.end = e.end;
      o.trigger = e.trigger;
      o.trigger_start = e.trigger_start;
      o.trigger_end = e.trigger_end;
      o.cameo = e.cameo;
    }
    o.confidence = std::max(o.confidence, e.confidence);
  };
  std::vector<Event> kept;
  std::vector<EventMeta> kept_meta;
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    const EventMeta& m = (*meta)[i];
    const bool strategic = e.event_type == "Strategic developments"sv;
    size_t target = SIZE_MAX;
    if (m.anaphoric)
      for (size_t k = kept.size(); k-- > 0;)
        if (SameKind(kept[k], e)) {
          target = k;
          break;
        }
    // An outcome clause ("وأدى ذلك إلى مقتل ...") completes the last violent incident,
    // whatever verb each uses; so does a generic definite noun ("الهجوم") for one.
    // Not a blast ("التفجير الذي أوقع 32 قتيلا") into an air strike: a blast told before, or
    // none.
    const bool blast = m.anaphoric_violent && (e.sub_event_type == "Remote explosive/landmine/IED"sv ||
                                               e.sub_event_type == "Suicide bomb"sv);
    const bool own_day = !e.date_from_published && !e.date_from_context && !m.date_of_speech;
    // Not one said to be another ("تفجيراً مماثلاً ... أدى إلى مقتل شخص واحد").
    if ((m.outcome || m.anaphoric_violent) && !m.another && (Violent(e.event_type) || m.anaphoric_violent))
      for (size_t k = kept.size(); k-- > 0 && target == SIZE_MAX;)
        if (Violent(kept[k].event_type) && !(blast && Weapon(kept[k]) != Weapon(e) && !kept_meta[k].unknown_weapon) &&
            !(m.retold_plural && ((own_day && kept[k].date != e.date) ||
                                  (e.place_mention >= 0 && !nested(kept[k].place, e.place) &&
                                   !same_area(kept[k].place, e.place)))))
          target = k;
    // A trigger told again with the article, no day of its own: the latest incident read off the
    // same trigger without it, at its own place if it names one (or inside it, or in its province).
    // Its place of its own is the more specific as any merged reading's ("سقط الصاروخ ... على حي
    // المغاير الشعبي في حلب القديمة" after "سقوط صاروخ ... في وسط مدينة حلب"), not an anaphor's.
    const bool anaphor = target != SIZE_MAX;
    if (target == SIZE_MAX && m.definite_repeat && !m.another && !m.second)
      for (size_t k = kept.size(); k-- > 0 && target == SIZE_MAX;)
        if (kept[k].trigger == e.trigger && kept_meta[k].indefinite &&
            (e.place_mention < 0 || nested(kept[k].place, e.place) || same_area(kept[k].place, e.place)))
          target = k;
    // The other side's dead of the battle told just before, in the next sentence with no day
    // or place of its own ("وقتل 17 مسلحا من الحوثيين ... في مواجهات بمناطق متفرقة من مدينة تعز
    // مع قوات المقاومة", then "واشارت مصادر ... إلى مقتل 3 من المقاومة الشعبية"): the same
    // battle, its toll both sides' dead.
    bool other_side = false;
    // "The Observatory said that nine members of the Army of Conquest ... were also killed",
    // a few sentences after "Five medics were killed ... when an air strike hit a clinic": more
    // dead of the incident told last (English), no day or place of its own.
    constexpr uint32_t kAlsoKilledReach = 600;  // code points after the incident's last mention
    if (target == SIZE_MAX && m.also_killed && !m.another && e.fatalities > 0 && !kept.empty() &&
        (e.date_from_published || e.date_from_context) && e.place_mention < 0) {
      const size_t k = kept.size() - 1;
      const Event& o = kept[k];
      if (Violent(o.event_type) && o.fatalities > 0 && o.fatalities != e.fatalities &&
          e.start >= o.mentions.back().second && e.start <= o.mentions.back().second + kAlsoKilledReach) {
        target = k;
        other_side = true;
      }
    }
    if (target == SIZE_MAX && !m.another && !m.also && m.bare_kill && e.event_type == "Battles"sv &&
        (e.date_from_published || e.date_from_context) && e.fatalities > 0 && e.fatalities_quantity >= 0 &&
        !kept.empty()) {
      const size_t k = kept.size() - 1;
      const Event& o = kept[k];
      const int32_t qo = o.fatalities_quantity >= 0 ? quantities[o.fatalities_quantity].actor : -1;
      const int32_t qe = quantities[e.fatalities_quantity].actor;
      // (An equal figure is the same dead told again, whoever the sentence names.)
      // The dead are a side of it: one the battle names, or the reading's own victims.
      if (o.event_type == "Battles"sv && o.fatalities > 0 && o.fatalities != e.fatalities && qo >= 0 && qe >= 0 &&
          qo != qe && !(kind && kind(qo, qe)) && e.start >= o.mentions.back().second &&
          e.start <= o.mentions.back().second + 2 && (e.place_mention < 0 || e.place == o.place) &&
          (qe == o.actor1 || qe == o.actor2 || qe == e.actor2)) {
        target = k;
        other_side = true;
      }
    }
    for (size_t k = 0; k < kept.size() && target == SIZE_MAX && !m.another; ++k) {
      const Event& o = kept[k];
      // Two clauses of one sentence, each with a place of its own ("هجوم بسيارة مفخخة في حي البياع
      // ... أسفر عن مقتل 18 شخصا، فيما قتل اثنان في تفجير مزدوج استهدف منطقة الشعب"): two incidents.
      if (kept_meta[k].sentence_start == m.sentence_start && kept_meta[k].clause != m.clause && o.place_mention >= 0 &&
          e.place_mention >= 0 && o.place != e.place)
        continue;
      // Nor two readings of one sentence that CollapseClauses kept apart as separate incidents.
      if (kept_meta[k].sentence_start == m.sentence_start &&
          (SeparateAfter(e, m, o, kept_meta[k]) || SeparateAfter(o, kept_meta[k], e, m)))
        continue;
      // Violence at one named place on one date is one incident whatever verb each
      // mention uses ("الغارة" in the lead, "مقتل" in the recap).
      // Not two weapons: an air strike and rockets fired the same day from the same town
      // ("ثلاثة صواريخ أطلقت من مخيم المغازي", then "غارة شنها الطيران الإسرائيلي") are
      // two incidents.
      // A bare "القصف" names no weapon but a bombardment, by guns or by air ("مصابي القصف
      // الإسرائيلي على غزة", the air strike told after it); not a bomb.
      // Only by one named striker (the Houthis' shelling of Taiz is not the coalition's raid).
      const bool bombardment = o.actor1 >= 0 && o.actor1 == e.actor1 &&
                               ((m.unknown_weapon && o.sub_event_type == "Air/drone strike"sv) ||
                                (kept_meta[k].unknown_weapon && e.sub_event_type == "Air/drone strike"sv));
      // A verb that names no weapon ("أعلنت طالبان أنها استهدفت وحدات عسكرية") names none apart.
      const bool two_weapons = o.event_type == "Explosions/Remote violence"sv &&
                               e.event_type == "Explosions/Remote violence"sv && Weapon(o) != Weapon(e) && !bombardment &&
                               !NoWeapon(e, m) && !NoWeapon(o, kept_meta[k]);
      const bool same_site = Violent(o.event_type) && Violent(e.event_type) && o.place_mention >= 0 &&
                             e.place_mention >= 0 && o.place == e.place && !two_weapons;
      // One toll given twice ("At least 61 killed in air strike" in the headline, "three air
      // strikes hit the market in Atareb and killed at least 61 people") is one incident,
      // even when each mention reads the sides differently.
      // One dead each, one of them announced before ("وكانت القيادة قد أعلنت أخيرا عن استشهاد
      // جندي"), are two.
      const bool same_toll = Violent(o.event_type) && Violent(e.event_type) && o.fatalities > 0 &&
                             o.fatalities == e.fatalities && !two_weapons &&
                             (o.fatalities > 1 || (!m.earlier_report && !kept_meta[k].earlier_report));
      const bool same_blast = o.event_type == "Explosions/Remote violence"sv &&
                              e.event_type == "Explosions/Remote violence"sv && !two_weapons;
      const bool own_o = !o.date_from_published && !o.date_from_context;
      const bool own_e = !e.date_from_published && !e.date_from_context;
      // The sentence right after, with no day of its own, telling the same kind of incident
      // by the same side in the same province ("ضربة اسرائيلية ... استهدفت سيارة في القنيطرة",
      // then "وقصفت الطائرة السيارة عند مشارف قرية الحضر"): the incident told closer. A
      // government and its forces are one side there (`kind`).
      // Not a change of territory: one town taken after another ("سيطرت على زنجبار", then
      // "سيطرت على لودر") are two; nor a toll of its own (a list of strikes, each with its dead);
      // nor what is told "also" ("واكد المرصد ايضا مقتل ...").
      // A shooting told as a clash and then as an attack on the same two named sides ("قتل شرطي
      // ... في هجوم نفذه ملثمون", then "مجموعة مسلحين فتحت النار على الشرطيين") is one.
      const bool clash_or_attack =
          o.actor1 >= 0 && o.actor2 >= 0 && o.actor1 == e.actor1 && o.actor2 == e.actor2 &&
          (o.sub_event_type == "Armed clash"sv || o.sub_event_type == "Attack"sv) &&
          (e.sub_event_type == "Armed clash"sv || e.sub_event_type == "Attack"sv);
      // A bare killing ("Russian forces kill 120 ISIS fighters") then, in the next sentence,
      // the weapon that killed ("were killed in a series of Russian air strikes"): the one
      // incident, its toll the more conservative figure.
      // English only: in the Arabic corpus the next sentence is as often a general remark
      // ("بدأ تفجيرات انتحارية تستهدف جنودا") or another incident.
      // So is a bare "attack" then the weapon ("twin terrorist attacks that hit Homs eastern
      // countryside", then "The terrorists blew up a car and a motorcycle in al-Mukhraam").
      const bool bare_then_weapon = m.english && (kept_meta[k].bare_kill || kept_meta[k].generic_attack) &&
                                    !m.bare_kill && !m.generic_attack && Violent(o.event_type) &&
                                    o.event_type != "Explosions/Remote violence"sv &&
                                    e.event_type == "Explosions/Remote violence"sv;
      const bool next_sentence = (SameKind(o, e) || clash_or_attack || bare_then_weapon) && !own_e && !m.also &&
                                 e.start >= o.mentions.back().second && e.start <= o.mentions.back().second + 2 &&
                                 e.sub_event_type.find("territory") == std::string::npos &&
                                 (e.fatalities == 0 || e.fatalities == o.fatalities || bare_then_weapon) &&
                                 ActorsAgree(o, e, kind);
      // An attack its verb names no weapon of ("شنت المقاومة هجمات متعددة ومباغتة استهدفت
      // الحوثيين", "كمائن استهدفت دوريتين") and a clash of the same sides, place and day ("وتستمر
      // المعارك ... في مديرية ذي ناعم", "مصرع ثمانية حوثيين في كمين"): one incident, the clash.
      // Both placed, at one place or one inside the other, on one day.
      const bool untyped_clash = ((Targeted(o, kept_meta[k]) && e.sub_event_type == "Armed clash"sv) ||
                                  (Targeted(e, m) && o.sub_event_type == "Armed clash"sv)) &&
                                 o.place_mention >= 0 && e.place_mention >= 0 && o.date == e.date &&
                                 (nested(o.place, e.place) || same_area(o.place, e.place));
      const bool agree = ActorsAgree(o, e, {});
      const bool reversed = ReversedClash(o, e);
      // An English lead that counts its dead by a vague plural ("air strikes ... killing dozens",
      // "Hundreds of people have been killed") and, later, a figure of the same kind of
      // incident ("killed 45 civilians in and around Aleppo", "The death toll reached 330"):
      // the wire's figure of the incident the lead told, whoever the later sentence names (the
      // monitor quoted is often read as a side).
      const bool vague_then_figure = m.english && vague(o) && figure(e) && SameKind(o, e) &&
                                     e.fatalities >= o.fatalities;
      // Air strikes by one striker on one day of their own, at one place or one inside the other,
      // are one event (ACLED's unit: a striker's strikes on a location and a day), whatever each
      // telling reads as their target ("غارتين جويتين على معسكر يسيطر عليه الحوثيون", then
      // "غارتين جويتين استهدفتا ... معسكر المنار التابع لما كان يعرف بالحرس الجمهوري").
      const bool one_striker = o.sub_event_type == "Air/drone strike"sv && e.sub_event_type == "Air/drone strike"sv &&
                               o.actor1 >= 0 && o.actor1 == e.actor1 && own_o && own_e && o.date == e.date &&
                               o.place_mention >= 0 && e.place_mention >= 0 &&
                               nested(o.place, e.place);
      if (!(SameKind(o, e) || same_blast || same_site || same_toll || next_sentence || untyped_clash) ||
          !(same_toll || agree || next_sentence || vague_then_figure || one_striker))
        continue;
      // One toll told on two days a day apart ("أول من أمس" in the lead, "أمس" in the quote
      // of an official who spoke the day before) is one incident told twice.
      // A figure, not a vague plural ("العشرات", "عدد من"): those are equal by convention.
      const bool figures = same_toll && figure(o) && figure(e);
      // So is one figure told of one named place within the week ("at least 48 people killed in
      // a Syrian village last week ... Tuesday's executions", then "regime forces killed 48
      // alleged rebels in Hardatnin village ... according to a statement released Saturday",
      // "Regime forces killed 48 civilians ... before withdrawing from the village Friday night":
      // a day of the report or of what followed, the other of the killing): an equal toll of
      // five or more at the same place, or where one names none, is the same dead.
      const long apart = std::labs(DaysBetween(o.date, e.date));
      const bool retold = figures && (apart <= 1 || (apart <= kRetoldWithinDays && SameKind(o, e) &&
                                                    (o.place == e.place || o.place_mention < 0 || e.place_mention < 0)));
      if (own_o && own_e && o.date != e.date && !retold) continue;
      // A day of its own more than kRecapDays from the day of an incident dated by the paper
      // or by the context (its dateline), each with a toll of its own ("On October 13th 30
      // people were killed ...", a recap in a paper of the 23rd, and "A woman was killed when
      // a landmine exploded", the news of the day): two incidents.
      if (own_o != own_e && apart > kRecapDays &&
          o.fatalities > 0 && e.fatalities > 0 && o.fatalities != e.fatalities)
        continue;
      // So is a clause in the pluperfect with a day of its own more than kRecapDays before the
      // news ("وسيطرت القوات الموالية للرئيس هادي على منطقة مثلث العلم عند المدخل الشرقي لعدن.
      // وكانت قد انتزعت السيطرة على عدن من الحوثيين في 17 يوليو"): what had happened before, not
      // the day of the incident told.
      if (apart > kRecapDays && ((m.pluperfect && own_e && !own_o) || (kept_meta[k].pluperfect && own_o && !own_e)))
        continue;
      const bool places = untyped_clash || nested(o.place, e.place) || o.place_mention < 0 || e.place_mention < 0 ||
                          (strategic && (o.place == focus || e.place == focus)) ||
                          (((figures && (agree || reversed)) || next_sentence) && same_area(o.place, e.place)) ||
                          // One of them placed at the province only, the other in it, both of a day
                          // the text names, the same sides: "منطقة نجران" and "مدينة نجران".
                          (agree && own_o && own_e && (province(o.place) || province(e.place)) &&
                           same_area(o.place, e.place));
      if (places) target = k;
    }
    if (target == SIZE_MAX) {
      kept.push_back(std::move(e));
      kept_meta.push_back(m);
      continue;
    }
    absorb(kept[target], kept_meta[target], e, m, anaphor, other_side);
  }
  // A toll a merge gave an event after a later reading was compared with it ("8 killed in
  // yesterday's tragedy", told after the air strike that killed "at least eight"): one
  // figure of five or more, of the same kind, within the week, at one place (or in it, or
  // where one names none) is the same dead. The later joins the earlier.
  for (size_t j = 1; j < kept.size(); ++j) {
    Event& e = kept[j];
    if (!Violent(e.event_type) || !figure(e)) continue;
    for (size_t k = 0; k < j; ++k) {
      Event& o = kept[k];
      if (o.fatalities != e.fatalities || !SameKind(o, e) || !figure(o) || o.fatalities == 0) continue;
      if (std::labs(DaysBetween(o.date, e.date)) > kRetoldWithinDays) continue;
      // Or two places of one province, by the same sides (in either order, for a clash).
      if (!(nested(o.place, e.place) || o.place_mention < 0 || e.place_mention < 0 ||
            ((ActorsAgree(o, e, {}) || ReversedClash(o, e)) && same_area(o.place, e.place))))
        continue;
      absorb(o, kept_meta[k], e, kept_meta[j], false);
      e.fatalities = 0;
      e.event_type.clear();  // absorbed: dropped below
      break;
    }
  }
  for (size_t j = kept.size(); j-- > 0;)
    if (kept[j].event_type.empty()) {
      kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(j));
      kept_meta.erase(kept_meta.begin() + static_cast<std::ptrdiff_t>(j));
    }
  *events = std::move(kept);
  *meta = std::move(kept_meta);
}

// One incident per clause: the violent readings of one sentence (one per trigger type:
// "قصف" and "مقتل" and "غارات" in one sentence) are one event unless they are placed
// apart (an attack in Aden and a strike in Taiz), the most specific type kept. A
// strategic development other than an arrest or an agreement, in a sentence that reports
// violence, is part of it ("دمرت" in the report of a strike).
size_t ClauseOf(const std::vector<uint32_t>& breaks, uint32_t at) {
  return static_cast<size_t>(std::lower_bound(breaks.begin(), breaks.end(), at) - breaks.begin());
}

void CollapseClauses(const std::function<bool(int32_t)>& armed, const std::function<bool(int64_t, int64_t)>& one_area,
                     std::vector<Event>* events, std::vector<EventMeta>* meta, const std::vector<uint32_t>& clause_breaks) {
  auto clause = [&](const Event& x) { return ClauseOf(clause_breaks, x.trigger_start); };
  auto both_sides = [](const Event& x) { return x.actor1 >= 0 && x.actor2 >= 0; };
  // A reading whose author is its own light verb's subject (EventMeta::agent) and no side of
  // another reading.
  auto own_author = [](const Event& x, const EventMeta& xm, const Event& y) {
    return xm.agent && x.actor1 >= 0 && x.actor1 != y.actor1 && x.actor1 != y.actor2;
  };
  // Sides from words of their own (the light verb, a dyad, "بـ", "على يد"); a reading that only
  // took the nearest actors is the same incident as one with such an author, who is its author.
  auto strong = [](const EventMeta& xm) { return xm.agent || xm.cue >= kCueBy; };
  // One reading is a bare killing, the other its cause (EventMeta::bare_kill, cause).
  auto toll_and_cause = [](const EventMeta& x, const EventMeta& y) {
    return (x.cause && y.bare_kill) || (y.cause && x.bare_kill);
  };
  std::vector<Event> kept;
  std::vector<EventMeta> kept_meta;
  size_t sentence_begin = 0;  // first kept event of the current sentence
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    if (kept.empty() || kept[sentence_begin].start != e.start) sentence_begin = kept.size();
    size_t target = SIZE_MAX;
    for (size_t k = sentence_begin; k < kept.size() && target == SIZE_MAX; ++k) {
      const Event& o = kept[k];
      if (!Violent(o.event_type) || !Violent(e.event_type)) continue;
      // The place of "فقتل 32 شخصا ... في بلدة سوروتش" is the bombing's, whatever place the
      // clause named before it ("على امتداد جزء من حدودها مع سورية").
      // Nor a bare killing and its cause ("قتلوا ... إثر غارات") told in a town and its province.
      if (o.place_mention >= 0 && e.place_mention >= 0 && o.place != e.place && (*meta)[i].consequence == 0 &&
          !(toll_and_cause((*meta)[i], kept_meta[k]) && one_area(o.place, e.place)))
        continue;
      if (both_sides(o) && both_sides(e) && std::minmax(o.actor1, o.actor2) != std::minmax(e.actor1, e.actor2) &&
          clause(o) != clause(e) && (*meta)[i].consequence == 0)
        continue;
      // Nor a reading whose author is its own light verb's subject, not a side of the other
      // ("هجمات حزب العمال الكردستاني ضد الجيش وشن سلاح الجو التركي ضربات جوية"), when the
      // other's sides come from words of their own too (below: own_author, strong).
      if ((own_author(e, (*meta)[i], o) && strong(kept_meta[k])) || (own_author(o, kept_meta[k], e) && strong((*meta)[i])))
        continue;
      // Nor one that names itself another ("هجوم أول أوقع 15 قتيلا ... الاعتداء الثاني الذي أدى
      // إلى مقتل عشرين").
      if ((*meta)[i].second) continue;
      // Nor separate incidents told after a reading that is not their toll ("أطلقت امرأتان النار
      // على القنصلية ... وقتل ثمانية أشخاص في موجة من الهجمات المنفصلة": the shooting, then the
      // day's other attacks and their dead).
      if (SeparateAfter(e, (*meta)[i], o, kept_meta[k]) || SeparateAfter(o, kept_meta[k], e, (*meta)[i])) continue;
      // Nor dated apart: the incident the news is timed from ("وبعد أربعة أيام على هجوم
      // انتحاري ... شن سلاح الجو التركي اليوم أولى غاراته").
      if (!o.date_from_published && !e.date_from_published && !o.date_from_context && !e.date_from_context &&
          o.date != e.date)
        continue;
      target = k;
    }
    if (target == SIZE_MAX) {
      kept.push_back(std::move(e));
      kept_meta.push_back((*meta)[i]);
      continue;
    }
    Event& o = kept[target];
    // Of two weapons of one type in a clause, the surer words: "تفجير انتحاري" (a suicide
    // bombing, 0.98) over "استهدف" (targeted, read as shelling, 0.35).
    // A blast word's reading ("explosions", "انفجار": an IED by default) is what the clause's
    // air strike or shell did, not another weapon: "Coalition aircraft struck a weapons depot,
    // triggering huge explosions", "A rocket fired by militants exploded near a school".
    auto blast_of = [](const Event& x, const EventMeta& xm, const Event& y, const EventMeta& ym) {
      return xm.blast_word && x.sub_event_type == "Remote explosive/landmine/IED"sv &&
             (y.sub_event_type == "Air/drone strike"sv ||
              (y.sub_event_type == "Shelling/artillery/missile attack"sv && ym.weight >= 0.5f));
    };
    const bool blast_e = blast_of(e, (*meta)[i], o, kept_meta[target]);
    const bool blast_o = blast_of(o, kept_meta[target], e, (*meta)[i]);
    const bool surer = TypeRank(e) == TypeRank(o) && e.event_type == o.event_type && !blast_e &&
                       ((*meta)[i].weight > kept_meta[target].weight || blast_o);
    // A weapon read only from a targeting verb ("كمين استهدف قافلتهم": "استهدف", 0.35) is no
    // more specific than the battle the clause names with sure words ("كمين", 0.85).
    constexpr float kWeak = 0.5f, kSure = 0.7f;
    const float we = (*meta)[i].weight, wo = kept_meta[target].weight;
    const bool weak_weapon_e = e.event_type == "Explosions/Remote violence"sv && we < kWeak && wo >= kSure;
    const bool weak_weapon_o = o.event_type == "Explosions/Remote violence"sv && wo < kWeak && we >= kSure;
    // Fire in support of the clause's act is its means (SupportingFire): the act keeps its
    // type, and its sides when it names them ("تمكنت قوات المقاومة من تحرير مدينة عدن من الحوثيين،
    // بدعم من غارات التحالف": the Resistance takes Aden; read as the strikes, the coalition).
    // (Only beside an act of another kind: of two explosions, the surer words still win.)
    const bool support_e = (*meta)[i].supporting && o.event_type != "Explosions/Remote violence"sv;
    const bool support_o = kept_meta[target].supporting && e.event_type != "Explosions/Remote violence"sv;
    if (support_o) {
      o.actor1 = e.actor1, o.actor1_mention = e.actor1_mention;
      o.actor2 = e.actor2, o.actor2_mention = e.actor2_mention;
    }
    if (support_o || (!support_e && ((TypeRank(e) > TypeRank(o) && !weak_weapon_e) || surer ||
                                      (weak_weapon_o && e.event_type == "Battles"sv && TypeRank(e) < TypeRank(o))))) {
      kept_meta[target].supporting = (*meta)[i].supporting;
      kept_meta[target].weight = (*meta)[i].weight;
      kept_meta[target].targeted = (*meta)[i].targeted;
      std::swap(o.event_type, e.event_type);
      std::swap(o.sub_event_type, e.sub_event_type);
      o.trigger = e.trigger;
      o.trigger_start = e.trigger_start;
      o.trigger_end = e.trigger_end;
      o.cameo = e.cameo;
      o.plover = e.plover;
      // An English clash names its sides in no order ("after two days of fighting": the nearest
      // before it first), the reading kept for its type by its verb's subject and object ("Iraqi
      // troops retook the village from IS militants": who regains, who loses): the same two
      // sides take the kept reading's order. Not Arabic: there the second of two joined verbs
      // has no subject of its own ("المقاومة دحرت المتمردين الحوثيين وسيطرت على بعض مواقعهم":
      // the nearest before "سيطرت" are the Houthis), and the clash's reading is the surer.
      if ((*meta)[i].english && o.sub_event_type != "Armed clash"sv && e.sub_event_type == "Armed clash"sv && o.actor1 >= 0 &&
          o.actor2 >= 0 && o.actor1 == e.actor2 && o.actor2 == e.actor1) {
        std::swap(o.actor1, o.actor2);
        std::swap(o.actor1_mention, o.actor2_mention);
      }
    }
    // The light verb's subject is the author of the incident whichever reading is kept:
    // "شنت المقاومة الشعبية هجمات ... استهدفت الحوثيين" (the nearest actor for "استهدفت").
    if ((*meta)[i].agent && !kept_meta[target].agent && e.actor1 >= 0) {
      // Its target: its own, else the side of the kept reading that is not the author.
      std::pair<int32_t, int32_t> a2{-1, -1};  // actor, mention
      if (e.actor2 >= 0) a2 = {e.actor2, e.actor2_mention};
      else if (o.actor2 != e.actor1) a2 = {o.actor2, o.actor2_mention};
      else if (o.actor1 != e.actor1) a2 = {o.actor1, o.actor1_mention};
      o.actor1 = e.actor1, o.actor1_mention = e.actor1_mention;
      std::tie(o.actor2, o.actor2_mention) = a2;
      kept_meta[target].agent = true;
    }
    // "مقتل شرطي في هجوم": the killing noun's reading has the police as the victim, the
    // attack's took them, the nearest armed actor, for its author: a side one reading fills
    // in is never the other side of the reading it joins.
    // Its author is the killing reading's, else the other side the attack's reading named
    // ("قتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية").
    if ((*meta)[i].armed_victim && e.actor2 >= 0 && o.actor1 == e.actor2) {
      if (e.actor1 >= 0) o.actor1 = e.actor1, o.actor1_mention = e.actor1_mention;
      else if (o.actor2 >= 0 && armed(o.actor2)) o.actor1 = o.actor2, o.actor1_mention = o.actor2_mention;
      else o.actor1 = -1, o.actor1_mention = -1;
      o.actor2 = e.actor2, o.actor2_mention = e.actor2_mention;
    }
    // What the incident did names its author: the bombing's reading that took the bomber's
    // group ("انتحاري يعتقد أنه ينتمي إلى تنظيم داعش ... فقتل 32 شخصا") for its target and the
    // clause's subject ("شرعت تركيا") for its author has them the wrong way round.
    if ((*meta)[i].consequence == kConsequenceVerb && e.actor1 >= 0 && e.actor1 == o.actor2) {
      o.actor1 = e.actor1, o.actor1_mention = e.actor1_mention;
      o.actor2 = e.actor2, o.actor2_mention = e.actor2_mention;
    }
    if (o.actor1 < 0 && e.actor1 >= 0 && e.actor1 != o.actor2) o.actor1 = e.actor1, o.actor1_mention = e.actor1_mention;
    if (o.actor2 < 0 && e.actor2 >= 0 && e.actor2 != o.actor1) o.actor2 = e.actor2, o.actor2_mention = e.actor2_mention;
    if ((o.place_mention < 0 || ((*meta)[i].consequence != 0 && (*meta)[i].consequence != kConsequenceResult)) &&
        e.place_mention >= 0)
      o.place = e.place, o.place_mention = e.place_mention;
    o.confidence = std::max(o.confidence, e.confidence);
  }
  // Strategic side readings of a violent sentence.
  std::vector<char> drop(kept.size(), 0);
  for (size_t i = 0; i < kept.size(); ++i) {
    const Event& e = kept[i];
    // A killing the English sentence of a demonstration tells by a bare killing word is its
    // toll, not an attack of its own: "Demonstrators clashed with police in Basra, and one
    // protester was killed" is one riot with one dead, "Security forces opened fire on
    // protesters ..., killing 25" one use of excessive force (ACLED codes one event, the
    // demonstration, with its fatalities). Not placed apart; AssignTolls gives the count to
    // the demonstration that is left.
    if (kept_meta[i].english && kept_meta[i].bare_kill && e.event_type == "Violence against civilians"sv) {
      for (size_t k = 0; k < kept.size(); ++k) {
        const Event& o = kept[k];
        if (o.start == e.start && (o.event_type == "Protests"sv || o.event_type == "Riots"sv) &&
            (o.place_mention < 0 || e.place_mention < 0 || o.place == e.place))
          drop[i] = 1, kept_meta[k].demonstration_toll = true;
      }
      if (drop[i]) continue;
    }
    if (e.event_type != "Strategic developments"sv || e.sub_event_type == "Arrests"sv || e.sub_event_type == "Agreement"sv)
      continue;
    for (const Event& o : kept)
      if (o.start == e.start && Violent(o.event_type)) drop[i] = 1;
  }
  events->clear();
  meta->clear();
  for (size_t i = 0; i < kept.size(); ++i)
    if (!drop[i]) {
      events->push_back(std::move(kept[i]));
      meta->push_back(kept_meta[i]);
    }
}

namespace {

// The two sides of the conflicts in the news: the state, its forces, foreign forces and
// those fighting for the government, against everyone else.
bool GovernmentSide(const ActorInfo& a) {
  return a.inter == 1 || a.inter == 8 || a.pro_government || a.type == "state_force"sv || a.type == "external_force"sv ||
         a.type == "government"sv;
}

// How often the article names each party (not civilians), in order of first mention.
std::vector<std::pair<int32_t, int>> PartyCounts(const Dictionaries& d, const EventResult& r) {
  std::vector<std::pair<int32_t, int>> counts;
  for (const auto& m : r.actors) {
    if (m.actor < 0 || !d.actors[m.actor].party || d.actors[m.actor].type == "civilians"sv) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == m.actor; });
    if (it == counts.end())
      counts.push_back({m.actor, 1});
    else
      ++it->second;
  }
  return counts;
}

// The party named most often (the earliest on a tie) among those `want` accepts.
template <typename Want>
int32_t MostNamed(const std::vector<std::pair<int32_t, int>>& counts, Want want) {
  int32_t best = -1;
  int most = 0;
  for (const auto& [a, n] : counts)
    if (n > most && want(a)) best = a, most = n;
  return best;
}

}  // namespace

void ImpliedSides(const Dictionaries& d, const std::vector<int32_t>& flyers, const ImpliedDrone& drone,
                  EventResult* r) {
  if (r->events.empty()) return;
  const auto counts = PartyCounts(d, *r);  // once per document, not per event
  auto state_force = [&](int32_t a) {
    const ActorInfo& x = d.actors[a];
    return (x.inter == 1 || x.inter == 8) && x.type != "government"sv;
  };
  auto named_flyer = [&](int32_t a) {
    return state_force(a) && std::find(flyers.begin(), flyers.end(), a) != flyers.end();
  };
  // Whose aircraft the article names ("طائرات التحالف") before whoever it names most.
  const int32_t most_named_flyer = MostNamed(counts, named_flyer);
  const bool flyer_named = most_named_flyer >= 0;
  const int32_t default_flyer = flyer_named ? most_named_flyer : MostNamed(counts, state_force);
  for (auto& e : r->events) {
    // The aircraft last named before the trigger fly it ("قصفت طائرات حربية تركية ... أن
    // ثلاث مقاتلات إف- 16 قصفت", American aircraft named later in the article), else the
    // article's most named.
    int32_t flyer = default_flyer;
    // When the article names no aircraft and no state force: the state last named before the
    // strike, its forces for a government ("غارات جوية نفذها الطيران التابع للنظام السوري على
    // مناطق في محافظة إدلب ... وقتل طفلان في غارة من طائرات حربية على مدينة معرة النعمان": the
    // regime's too). Not beside a state force named elsewhere: the government last named is
    // then as often one that comments (Iran, the UN) as one that flies.
    int32_t last_state = -1;
    for (const auto& m : r->actors) {
      if (m.start >= e.trigger_start) break;
      if (named_flyer(m.actor)) flyer = m.actor;
      const ActorInfo& x = d.actors[m.actor];
      if (x.country.empty()) continue;  // a state's, not the UN's or a coalition's word
      if (x.type == "government"sv && x.forces >= 0) last_state = x.forces;
      else if (state_force(m.actor)) last_state = m.actor;
    }
    if (default_flyer < 0 && last_state >= 0) flyer = last_state;
    // A drone strike nobody is named to have flown: the theatre's drone operator (ACLED:
    // "غارة لطائرة بدون طيار يرجح أنها أمريكية فوق جنوب اليمن" is the United States').
    if (e.sub_event_type == "Air/drone strike"sv && drone.operator_actor >= 0 && !flyer_named &&
        (e.actor1 < 0 || !GovernmentSide(d.actors[e.actor1])) && drone.by_drone && drone.by_drone(e)) {
      if (e.actor1 >= 0 && e.actor1 != drone.operator_actor) e.actor2 = e.actor1, e.actor2_mention = e.actor1_mention;
      e.actor1 = drone.operator_actor, e.actor1_mention = -1;
      continue;
    }
    // A strike no one in its clause is named to have flown, in an article that names no
    // state force: the state last named. (Not the article's most named force: its readings
    // then stopped joining the incident's other mentions, dev type and precision fell.)
    // So is one in an article that names whose aircraft strike ("شنت طائرات التحالف العربي
    // غارات جوية ...", then "كما استهدفت غارة أخرى منطقة صرواح"): those aircraft, last named
    // before it, never an unidentified armed group (which flies none).
    if (e.sub_event_type == "Air/drone strike"sv && e.actor1 < 0 && (default_flyer < 0 || flyer_named) && flyer >= 0 &&
        flyer != e.actor2) {
      e.actor1 = flyer, e.actor1_mention = -1;
      continue;
    }
    if (e.sub_event_type == "Air/drone strike"sv && e.actor1 >= 0 && flyer >= 0 && e.actor1 != flyer) {
      // A non-state actor flies no air strike; nor does a state force named after the
      // trigger when the article names whose aircraft they were: in "الطيران شن غارات
      // استهدفت مواقع الحوثيين وقوات صالح" both are targets, the first one actor 2.
      // Not the genitive right after the trigger noun: "غارات التحالف العربي" names who flew.
      const bool target = e.actor1_mention >= 0 && r->actors[e.actor1_mention].start > e.trigger_end + 1;
      if (!GovernmentSide(d.actors[e.actor1]) || (flyer_named && target && !named_flyer(e.actor1))) {
        const bool second_first = e.actor2_mention >= 0 && e.actor1_mention >= 0 &&
                                  r->actors[e.actor2_mention].start < r->actors[e.actor1_mention].start;
        if (!second_first) e.actor2 = e.actor1, e.actor2_mention = e.actor1_mention;
        e.actor1 = flyer, e.actor1_mention = -1;
      }
    }
    if (e.event_type != "Battles"sv || e.actor1 < 0) continue;
    const bool gov = GovernmentSide(d.actors[e.actor1]);
    // Allies named together ("الجيش الموالي للشرعية والمقاومة الجنوبية") are one side,
    // not a battle's two: the other side is still to be found.
    if (e.actor2 >= 0 && !(gov && GovernmentSide(d.actors[e.actor2]))) continue;
    e.actor2 = MostNamed(counts, [&](int32_t a) { return a != e.actor1 && GovernmentSide(d.actors[a]) != gov; });
    e.actor2_mention = -1;
  }
}

// Each event's own toll: a killed count of its sentence that is not a running total, the
// count going to the event whose trigger is nearest when a sentence reports two
// incidents, and never to more than one event.
//
// A toll of kMaxUndatedToll or more is a war's or a massacre's total ("قتل 400 ألف من أبناء
// شعبه", "800 ألف شخص") unless its own clause dates it to a day (a day named near it): no single incident in the
// news is coded with such a figure on the strength of a bare number.
constexpr uint64_t kMaxUndatedToll = 1000;

void AssignTolls(const std::vector<Quantity>& quantities, const std::vector<DateMention>& dates,
                 std::string_view published, std::vector<Event>* events, const std::vector<TollRelation>& relations,
                 const std::vector<EventMeta>* meta, const std::vector<uint32_t>* clause_breaks) {
  // Whether a clause break lies between two code points: "أسفر الهجوم في مروة عن مقتل 11
  // شخصا فيما لقي نحو 42 مصرعهم في تفجيرين في غومبيه": the 11 is the attack's, though the
  // second clause's trigger is nearer.
  auto crosses = [&](uint32_t a, uint32_t b) {
    if (!clause_breaks) return false;
    if (a > b) std::swap(a, b);
    const auto it = std::upper_bound(clause_breaks->begin(), clause_breaks->end(), a);
    return it != clause_breaks->end() && *it < b;
  };
  for (auto& e : *events) e.fatalities = 0, e.fatalities_quantity = -1;
  // A day named in the count's own clause, near it: "قتل 1200 شخص أمس في"; not the "أمس"
  // of another clause of a long sentence ("تمكنت القوات أمس من ... لتورطه في المجزرة التي
  // راح ضحيتها نحو 1700 مجند").
  // And a day of the news, within a week before publication: "بين الأول من يناير و30 يونيو
  // قتل 1592 شخصا" names the ends of a period, not the day of an incident.
  constexpr uint32_t kNear = 100;  // code points
  constexpr long kRecentDays = 7;
  auto day_dated = [&](const Event& e, const Quantity& q) {
    return std::any_of(dates.begin(), dates.end(), [&](const DateMention& dm) {
      return dm.resolved && dm.precision == "day"sv && dm.start >= e.start && dm.end <= e.end &&
             dm.start <= q.end + kNear && q.start <= dm.end + kNear &&
             (published.empty() || std::labs(DaysBetween(dm.date, published)) <= kRecentDays);
    });
  };
  // Where an undated total was refused, the counts after it in its sentence are its
  // breakdown ("مقتل 4844 مدنيا، هم 995 طفلا و681 امرأة"), not an incident's toll.
  // The totals are few: listed once, not looked for among all the counts for every count.
  std::vector<const Quantity*> totals;
  for (const Quantity& t : quantities)
    if (t.category == "killed"sv && t.value >= kMaxUndatedToll) totals.push_back(&t);
  auto after_refused_total = [&](const Event& e, const Quantity& q) {
    return std::any_of(totals.begin(), totals.end(), [&](const Quantity* t) {
      return t->start >= e.start && t->end <= q.start && !day_dated(e, *t);
    });
  };
  // Which events take a killed count: the violent ones, and a demonstration that took in its
  // sentence's bare killing (CollapseClauses: demonstration_toll).
  const bool per_event_meta = meta && meta->size() == events->size();
  auto takes_toll = [&](const Event& e) {
    return Violent(e.event_type) || (per_event_meta && (*meta)[&e - events->data()].demonstration_toll);
  };
  size_t last_killed = SIZE_MAX, last_given = SIZE_MAX - 1;  // the last killed count; the last one that set a toll
  const Event* last_event = nullptr;                            // whose toll it set
  for (size_t qi = 0; qi < quantities.size(); ++qi) {
    const Quantity& q = quantities[qi];
    if (q.category != "killed"sv || q.cumulative || q.earlier_incident) continue;

    Event* best = nullptr;
    uint32_t best_dist = UINT32_MAX;
    bool best_crosses = true;
    // A count in the phrase of an incident the news is timed from is that incident's.
    size_t phrase_owner = SIZE_MAX;
    for (size_t k = 0; meta && k < meta->size() && k < events->size(); ++k)
      if ((*meta)[k].phrase_end > 0 && q.start >= (*meta)[k].phrase_start && q.end <= (*meta)[k].phrase_end)
        phrase_owner = k;
    for (auto& e : *events) {
      if (q.start < e.start || q.end > e.end || !takes_toll(e)) continue;
      if (phrase_owner != SIZE_MAX && &e != &(*events)[phrase_owner]) continue;
      // "الآلاف" (thousands) is a total whatever the day near it ("وقتل الآلاف من الأبرياء ...
      // ثم يأتي اليوم ليقول").
      if ((q.value >= kMaxUndatedToll && (q.qualifier == "vague"sv || !day_dated(e, q))) || after_refused_total(e, q))
        continue;
      const uint32_t dist = q.start > e.trigger_start ? q.start - e.trigger_start : e.trigger_start - q.start;
      const bool cross = crosses(q.start, e.trigger_start);
      if ((!cross && best_crosses) || (cross == best_crosses && dist < best_dist))
        best_dist = dist, best = &e, best_crosses = cross;
    }
    if (!best) continue;
    const TollRelation rel = qi < relations.size() ? relations[qi] : TollRelation::kNone;
    // A part of the toll counted just before, for the same event: the toll is their sum.
    if (rel == TollRelation::kPart && best->fatalities_quantity >= 0 && last_killed == last_given &&
        best == last_event) {
      best->fatalities += q.value;  // fatalities_quantity stays the first part's
      last_killed = last_given = qi;
      continue;
    }
    last_killed = qi;
    // Two sources' figures for one toll: ACLED codes the lower ("the most conservative").
    // Not against a lone victim named before ("مقتل القيادي ... و7 من مرافقيه، فيما قالت
    // سبأ إن 4 مواطنين قتلوا": the first source's toll is more than its one named man).
    const bool alternative = rel == TollRelation::kOtherSource && best->fatalities > 1;
    if (alternative ? q.value < best->fatalities : q.value > best->fatalities) {
      best->fatalities = q.value;
      best->fatalities_quantity = static_cast<int32_t>(qi);
      last_given = qi, last_event = best;
    } else if (!alternative && q.value == best->fatalities) {
      // The toll told again (the headline's "kill 50 Qaeda fighters", then "killed 50
      // Al-Qaeda militants and eight civilians"): its parts that follow add to it.
      last_given = qi, last_event = best;
    }
  }
}

}  // namespace marsad::events
