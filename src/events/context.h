// Readings of a trigger that do not report an incident, judged from the words around it.
// Each returns the reason `--explain` shows under skipped_events, or nullptr when the
// reading stands. They complement IrrealisReason (events.cc: future, plans, conditions,
// threats, demands, denials, condemnations) with what the news says about an incident
// without reporting one: a purpose, a topic, a trade, a cause, a habit, a standing state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "marsad/events.h"
#include "marsad/text.h"
#include "match.h"

namespace marsad::events {

// What BackgroundReason's two scans from the clause's first token found so far (an era or a
// world war named, a statistics word), kept for the clause's next triggers: each trigger asked
// again from the first token, so a long sentence's triggers cost its length each. The scans
// go on from where they stopped; the answers are those of the scans made afresh.
struct BackgroundScans {
  size_t first = SIZE_MAX;                // the clause these scans are of
  size_t history_next = 0;                // the next token the history scan reads
  size_t history_at = SIZE_MAX;           // where it found an era or a world war
  const char* history_why = nullptr;      // which
  bool history_stopped = false;           // it met the sentence's end first
  size_t statistics_next = 0;             // the next token the statistics scan reads
  size_t statistics_at = SIZE_MAX;        // where it found a statistics word
  size_t since_next = 0;                  // the next token the "منذ ذلك الحين" scan reads
  size_t since_at = SIZE_MAX;             // where it found it
  size_t anniversary_next = 0;            // the next token the anniversary scan reads
  size_t anniversary_at = SIZE_MAX;       // where it found a word of an anniversary or a memorial
};

// Token `tok` holds the trigger, `prefix_cp` code points of it being proclitics, in the
// clause starting at token `first`. `scans`, when given, keeps the scans from `first` for the
// next call on the same clause (of the same tokens: the caller starts it afresh for another).
const char* BackgroundReason(const text::Utf8Text& text, const text::Tokens& toks, size_t first, size_t tok,
                             uint32_t prefix_cp, BackgroundScans* scans = nullptr);

// The clause opens with the news' background: "ويأتي ذلك بعد أيام من بدء عملية تحرير
// الأنبار", "وتأتي هذه الخطوة في أعقاب التفجير", "ويأتي التفجير عقب سلسلة من الهجمات":
// the trigger at `tok` is an incident reported before. The caller asks only when the
// clause does not date the incident within the days before publication ("وتأتي تصريحاته
// عقب مقتل 15 جنديا الجمعة" reports Friday's attack). `cue` gets the token of "بعد"/"عقب":
// the counts after it are the background's, not the news'.
const char* ComesAfterReason(const text::Tokens& toks, size_t first, size_t tok, size_t* cue);

// The trigger at `tok` names the incident the news is timed from: "وبعد أربعة أيام على هجوم
// انتحاري ... شن سلاح الجو التركي اليوم", "بعد نحو شهر من كشف ملابسات التفجير الإرهابي في
// مسجد الصادق": the days between the two (4, 30), or -1. The incident happened that long
// before the clause's own day. `after` gets the token of "بعد".
int ElapsedDaysBefore(const text::Tokens& toks, size_t first, size_t tok, size_t* after);

// The trigger at `tok` names what an act responded to: "جاء «ردا» على مقتل مدنيين عراقيين في
// غارات للمقاتلات التركية", "انتقاما لمقتل": an earlier incident, told as the cause. `cue`
// gets the token of "ردا": the counts after it, to the end of its phrase, are the cause's.
const char* ResponseToReason(const text::Utf8Text& text, const text::Tokens& toks, size_t first, size_t tok,
                             size_t* cue);

// The clause opens with the news' formula for a reminder of what the reader knows:
// "يذكر أن نحو 700 بريطاني سافروا ...", "ويشار إلى أن", "ومن الجدير بالذكر", "وتجدر
// الإشارة". Asked only when the clause does not date the incident within the week.
const char* ReminderReason(const text::Tokens& toks, size_t first, size_t tok);

// The sentence [first, end) describes a habit or a span of time rather than one incident:
// "منذ سنوات", "منذ ذلك الحين", "في الفترة من ... وحتى", "خلال الأشهر الماضية". "The
// deadliest since March" ("الأعنف منذ") is a comparison and does not count.
const char* HabitualReason(const text::Tokens& toks, size_t first, size_t end);

// The sentence [first, end) gives a report's shares: a percentage with the words of a
// report or a count of cases ("وأحصت البعثة تراجعا بنسبة 6 في المائة في عدد القتلى مقارنة
// بالنصف الأول", "بحسب الوثيقة التي تشير إلى أن 70 في المائة من القتلى", "حالات الاعتداء
// والتهديد 40 حالة بنسبة 46%"). A share alone is no report: "بعد أن اكتملت جاهزيته بنسبة
// 70%" is said of the stadium blown up.
const char* StatisticsReason(const text::Utf8Text& text, const text::Tokens& toks, size_t first, size_t end);

// The trigger at token `tok` is carried by a verb in the present, which news uses for what
// goes on rather than for what happened: "طالبان التي تشن هجمات ضد", "ينفذ المتطرفون
// تفجيرات في بغداد", "تتواصل الغارات". Only asked when the clause has no date or count.
const char* OngoingReason(const text::Tokens& toks, size_t first, size_t tok);

// The words near the trigger at `tok` (in the sentence [first, end)) give a natural or
// accidental cause for its deaths: floods,
// an earthquake, a storm, a shipwreck, a road accident, a stampede, heat. ACLED codes
// political violence only; the caller asks only when no armed actor is named, or when
// NaturalCauseSaidAfter.
const char* NaturalCauseReason(const text::Tokens& toks, size_t first, size_t end, size_t tok);
// Whether a natural or accidental cause is said right after the trigger, whose last token is
// before `after` (a causal word within its first three: "لقوا مصرعهم إثر جرفهم بسيول"): the
// deaths' cause, whoever the dead are.
bool NaturalCauseSaidAfter(const text::Tokens& toks, size_t after, size_t end);

// The clause starting at token `first` opens with the outcome of an incident told before
// it: "وأدى ذلك إلى مقتل ضابط", "وأسفر الهجوم عن", "وخلّف القصف": a result verb whose
// subject is "ذلك" or a definite incident noun, the trigger (at `tok`) within a few words.
// Its trigger is the earlier incident's toll, not an incident of its own.
bool OutcomeOfEarlierIncident(const text::Tokens& toks, size_t first, size_t tok);

// The trigger at `tok` is what the clause before it did, told in a relative result clause
// inside the sentence: "قصفت ... معاقل تنظيم داعش ..., مما أسفر عن مقتل نحو عشرين عنصرا", "ما
// أدى إلى مقتل", "وهو ما أوقع": "ما" and a result verb a few words before it, words only between.
bool ResultOfClauseBefore(const text::Tokens& toks, size_t first, size_t tok);

// A speaker frame: the words from a reporting verb to the complementizer that opens what
// is reported, "قال تلفزيون المنار التابع لحزب الله اليوم إن", "أعلنت قيادة قوات التحالف
// العربي، الذي تقوده المملكة، أن", "أبلغت تركيا الأمم المتحدة أنها". The actors inside
// it speak or are spoken to: they are not parties to what is reported (ACLED), unless the
// reported clause opens with a pronoun for the speaker ("أنها بدأت في شن غارات"):
// `resumed`, and then the frame's first actor is the one who acts.
struct SpeakerFrame {
  size_t begin = 0, end = 0;  // tokens
  bool resumed = false;
};
std::vector<SpeakerFrame> SpeakerFrames(const text::Tokens& toks, size_t first, size_t end);

// The verbs of saying that open reported words, as verbs ("قال", "أعلنت", "أضافوا", "يقول")
// and as the circumstantial participles that go on with a quotation ("مضيفا", "قائلا",
// "مؤكدا"): speaker frames begin at them, and a speaker's quotation follows them.
const WordSet& VerbsOfSaying();

// The superlatives that compare an incident with a war or a span instead of counting one ("the
// deadliest attack since the war began", "الهجوم الأعنف منذ بدء الحرب", "الأول من نوعه منذ"):
// before "since" / "منذ", no toll or campaign counted since then.
const WordSet& ComparisonWords();

// A claim of responsibility's words: the verbs that announce it ("أعلن", "أعلنت", "يعلن")
// and the word of responsibility after them ("مسؤوليته", "المسؤولية", also misspelt
// "مسئوليته"): "أعلن تنظيم داعش أمس مسؤوليته عن الهجوم".
const WordSet& AnnounceVerbs();
const WordSet& ResponsibilityWords();

// The relative pronouns ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"):
// what follows them describes a noun named before.
const WordSet& RelativePronouns();

// An armed group of the dictionary's group types (rebels, militias): what a back-reference
// ("التنظيم", "the group") may refer to, and what flies no air strike.
inline bool IsGroupType(const ActorInfo& a) {
  return a.type == "rebel_group" || a.type == "political_militia" || a.type == "identity_militia";
}

// A type of the dictionary's armed actors: forces of a state, its own or abroad, rebels and
// militias. Not a political party nor a government, whatever their ACLED inter (the KDP,
// a rebel region's government): their leaders and ministers are no armed side.
inline bool ArmedType(std::string_view type) {
  return type == "state_force" || type == "rebel_group" || type == "political_militia" ||
         type == "identity_militia" || type == "external_force";
}

// A claim of responsibility: "وأعلنت حركة طالبان مسؤوليتها عن الهجوم", "تبنى حزب العمال
// الكردستاني أمس هجوما", "وتبنى التنظيم في بيانين ... هذه التفجيرات". `verb` is the token of
// its verb, `claimant` the first actor mention (index into `actors`) within a few words
// after it, `plural` whether it claims several incidents ("التفجيرات", "الهجومين"). Not a
// denial ("ولم تعلن أي جهة مسؤوليتها") nor a description ("ولاية سيناء، الذي أعلن
// مسؤوليته عن معظم الاعتداءات").
struct ResponsibilityClaim {
  size_t verb = 0;
  size_t object = 0;  // the token of the word of responsibility, or the first after the claimant
  int32_t claimant = -1;
  bool plural = false;
  bool anaphoric = true;  // it claims incidents told already ("عن الهجوم"), not one it tells
};
std::vector<ResponsibilityClaim> ResponsibilityClaims(const text::Tokens& toks, const std::vector<text::Sentence>& sentences,
                                                      const std::vector<ActorMention>& actors);

}  // namespace marsad::events
