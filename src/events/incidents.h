// Event readings into incidents (internal to src/events): how the readings of one
// document's sentences become one event per incident — one per clause, the mentions of
// one incident merged, each toll given to one incident (src/events/incidents.cc).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "marsad/events.h"

namespace marsad::events {

// How the actors of an event were found, weakest first: when mentions of one event are
// merged, the actors found by the strongest cue are kept.
enum ActorCue : uint8_t { kCueDocumentDyad = 0, kCueNearest = 1, kCueBy = 2, kCueDyad = 3 };

// Sentence-level event readings are merged per document (see the end of Extract); what
// the merge needs to know about each reading beyond the Event itself.
constexpr uint8_t kConsequenceVerb = 1, kConsequenceParticiple = 2, kConsequenceResult = 3;
struct EventMeta {
  ActorCue cue = kCueNearest;
  bool anaphoric = false;  // a definite nominal trigger ("الاتفاق"): the event named before
  bool anaphoric_violent = false;  // "الهجوم" with no date of its own, or what a statement goes on to say
                                   // ("وذكر البيان ... مواقع استهدفت", "دمرت"): the violent incident named before
  bool another = false;    // "تفجير آخر", "هجوم جديد", "another attack": not one named before
  bool english = false;    // read off English text
  bool supporting = false;  // fire in support of the clause's act ("بدعم من غارات التحالف", "backed by air strikes")
  bool target_after = false;  // its actor 2 is the object an English act hit, its author unnamed
  bool generic_attack = false;  // English "attack(s)", "attacked": no weapon named by the trigger
  bool blast_word = false;  // "explosions", "exploded", "انفجار", "دوي انفجار": a blast, not its weapon
  bool also_killed = false;  // "nine members ... were also killed": more dead (English, a bare killing word after "also")
  bool second = false;     // "الاعتداء الثاني", "هجوم ثان", "a second attack": not the clause's other readings
  // "في موجة من الهجمات المنفصلة", "في هجومين منفصلين": incidents apart from each other, and from
  // what the sentence told before them save their own toll ("وقتل ثمانية أشخاص").
  bool separate = false;
  bool also = false;       // "كما ...", "... أيضا", "also": more news, not the incident told closer
  // "وكانت قيادة القوات المشتركة قد أعلنت أخيرا عن استشهاد جندي": an announcement made before
  // this report's, of an incident before this report's.
  bool earlier_report = false;
  // "وكانت قد انتزعت السيطرة على عدن من الحوثيين في 17 يوليو": a clause in the pluperfect
  // ("كان ... قد" before the trigger) tells what had happened before the news.
  bool pluperfect = false;
  bool outcome = false;    // "وأدى ذلك إلى مقتل": the toll of the violent incident told before
  // "وشن سلاح الجو التركي ضربات جوية": actor 1 is the subject of the light verb whose object is
  // the trigger, the surest author a clause gives.
  bool agent = false;
  bool armed_victim = false;  // "مقتل شرطي": actor 2 is an armed actor the killing noun names as its victim
  // What the clause's incident did: "فقتل" (a killing verb with فـ, kConsequenceVerb), ", killing
  // seven people" (an English participle after a comma, kConsequenceParticiple), "مما أسفر عن مقتل"
  // (a relative result clause, kConsequenceResult: its sides and place are the clause's before it).
  uint8_t consequence = 0;
  // The cause of a toll told before it in its clause: "قتلوا ... إثر غارات", "جراء القصف", "في قصف".
  bool cause = false;
  bool bare_kill = false;  // its trigger is a bare killing word ("قتل", "مقتل", "لقوا مصرعهم"), no weapon
  // An English demonstration whose sentence's bare killing it took in (CollapseClauses): the
  // sentence's dead are its toll (AssignTolls).
  bool demonstration_toll = false;
  bool unknown_weapon = false;  // "القصف الإسرائيلي على غزة": a bombardment, by air or by guns
  bool no_weapon = false;  // "استهدفت وحدات عسكرية": an attack its verb names no weapon of (the type a default)
  bool targeted = false;   // its type is "استهدف"'s default, carried when the clause's readings collapse
  // The phrase of an incident the news is timed from ("بعد أربعة أيام على هجوم انتحاري ... وأودى
  // بحياة 32 شخصا،"), in code points: its counts are that incident's toll only.
  uint32_t phrase_start = 0, phrase_end = 0;
  bool date_of_speech = false;  // its day is the day a speaker said it ("قال ... في تصريحه أمس إن")
  // "الهجمات التي وقعت في 19 يوليو", "وقضت الهجمات": a generic plural naming the incident told
  // before, which must have its day and place if it names them.
  bool retold_plural = false;
  // "بأن انفجار السيارة المفخخة خلف خمسة قتلى" after "تفجير سيارة مفخخة": an Arabic trigger told
  // again with the article, no day of its own, names the incident an earlier reading of it told.
  bool definite_repeat = false;
  bool indefinite = false;  // an Arabic trigger without the article ("سيارة مفخخة"): a first telling
  float weight = 0;           // the trigger's weight (triggers.tsv): how surely its words name the event
  // Which clause of the document its trigger is in: the number of clause breaks ("فيما",
  // "بينما", "while": events.cc, ClauseBreaks) before it; set before MergeMentions.
  uint32_t clause = 0;
  uint32_t sentence_start = 0;  // its sentence's first code point
  uint64_t parts = 0;  // English: the dead of the parts of its toll told after it (MergeMentions' sub_part)
};

// The side a clause leaves unnamed, from the article's other mentions (ACLED codes the
// opponent the report implies): a battle's other side ("سيطرت المقاومة على لودر": the
// Houthis the article is about), and the state that flew an air strike whose clause names
// only its target: one of `flyers` (the actors the article names with aircraft) if it can,
// else the state force it names most. Runs before the clauses collapse.
// The theatre's drone operator for strikes a report makes with a drone and attributes to no
// one (actor_remap.tsv, generic_drone_operator; -1: none), and whether an event's clause
// names a drone.
struct ImpliedDrone {
  int32_t operator_actor = -1;
  std::function<bool(const Event&)> by_drone;
};
void ImpliedSides(const Dictionaries& d, const std::vector<int32_t>& flyers, const ImpliedDrone& drone,
                  EventResult* r);

// Battles, explosions and remote violence, violence against civilians.
bool Violent(std::string_view type);

// Days between two ISO dates (b - a); 0 when either does not parse.
long DaysBetween(std::string_view a, std::string_view b);

// The ISO date `days` after `date` (before, when negative); `date` itself when it does not parse
// (dates.cc, beside ParseIsoDate).
std::string ShiftDays(const std::string& date, long days);

// The mentions of one incident in a document (lead, quote, recap) become one event.
// `within(a, b)` tells a place inside another (a district of a city, a town of a province):
// "قصف على عدن" and "قصف على حي دار سعد" the same day are one incident, placed in Dar Saad.
// `same_area(a, b)` tells two places of one province (one admin1 of one country): one figure
// told twice at two of its places, by the same actors, is one incident, placed at the town
// rather than the province (`province(p)`: an admin1 or admin2 division).
// `kind(a, b)` tells two dictionary actors ACLED names alike ("سلاح الجو الإسرائيلي" and
// "الجيش الإسرائيلي": Military Forces of Israel), one side. Empty: each entry is its own.
using ActorKind = std::function<bool(int32_t, int32_t)>;
void MergeMentions(int64_t focus, const std::vector<Quantity>& quantities,
                   const std::function<bool(int64_t, int64_t)>& within,
                   const std::function<bool(int64_t, int64_t)>& same_area,
                   const std::function<bool(int64_t)>& province, std::vector<Event>* events,
                   std::vector<EventMeta>* meta, const ActorKind& kind = {});

// One violent event per clause unless placed apart; strategic side readings of a violent
// clause dropped.
// `armed(actor)` tells an armed actor (one that can be the author of violence) from others.
// The clause of code point `at` given the code points where clauses break (ClauseBreaks):
// the number of breaks before it (EventMeta::clause).
size_t ClauseOf(const std::vector<uint32_t>& breaks, uint32_t at);

// Readings in two clauses (`clause_breaks`, ClauseBreaks) that each name both sides, and not the
// same two, stay apart ("قصفت مليشيات الحوثي أحياء سكنية ... فيما اندلعت اشتباكات بين المقاومة
// والحوثيين").
// `one_area(a, b)`: place a is a province and b lies in it, or the other way round. The cause of
// a toll (EventMeta::cause) told by a bare killing word (EventMeta::bare_kill), placed in the
// province of the town the killing was told in, or the other way round ("وفي مأرب
// ... قتلوا ... إثر غارات ... في محافظة مأرب") is one incident with it, not two.
void CollapseClauses(const std::function<bool(int32_t)>& armed, const std::function<bool(int64_t, int64_t)>& one_area,
                     std::vector<Event>* events, std::vector<EventMeta>* meta, const std::vector<uint32_t>& clause_breaks);

// How a killed count stands to the killed count before it in its sentence.
enum class TollRelation : uint8_t {
  kNone,
  kOtherSource,  // another source's figure for the same toll ("... في حين تحدثت حصيلة رسمية عن مقتل جنديين")
  kPart,         // a part of the same toll, joined by "و" ("مقتل 6 مقاتلين من المقاومة و11 حوثيا")
};

// Each event's own toll (see incidents.cc); `relations` (may be empty) as TollRelations
// (events.cc) gives them; `meta` (may be null), the events' EventMeta, keeps the counts of an
// incident's phrase (EventMeta::phrase_start) for it; `clause_breaks` (may be null), the code
// points where a clause of a second incident may begin ("فيما", "بينما", "while"), sorted.
void AssignTolls(const std::vector<Quantity>& quantities, const std::vector<DateMention>& dates,
                 std::string_view published, std::vector<Event>* events,
                 const std::vector<TollRelation>& relations = {}, const std::vector<EventMeta>* meta = nullptr,
                 const std::vector<uint32_t>* clause_breaks = nullptr);

}  // namespace marsad::events
