// English news readings (internal to src/events): where an English clause's incident took
// place. English war reports name many places that are not the incident's: the country of
// the ones who fired ("A U.S. missile strike", "Russian and regime warplanes"), the
// dateline ("BEIRUT"), the monitor's seat ("the Britain-based Observatory"), the country
// before its province ("Syria's Idlib"). The incident's own place is the most specific one
// the clause puts it in: "near the Syrian city of Homs", "in Aleppo province"
// (src/events/english.cc).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "marsad/events.h"

#include "marsad/gazetteer.h"
#include "marsad/geo.h"
#include "marsad/text.h"

namespace marsad::events {

// Most of the text's words are Latin: an English article (the English readings are not
// applied to English words quoted in an Arabic one).
bool EnglishText(const text::Tokens& toks);

// The index into geo.mentions of the place of the incident whose trigger spans
// [trigger_start, trigger_end) in the sentence [s_start, s_end) (its first token `first_token`), or -1 when the sentence
// names none. `gaz` (may be null) tells countries and provinces from towns and each
// place's country; `focus_country` (ISO alpha-2, may be empty) is the article's country;
// `home_place`: the article names a town or province of it (EnglishLeadPlace).
int32_t EnglishClausePlace(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                           size_t first_token, uint32_t s_start, uint32_t s_end, uint32_t trigger_start, uint32_t trigger_end,
                           std::string_view focus_country, bool home_place);

// The country an English article's incidents happen in: the one whose towns and provinces
// it names most, a country's own name counting only where the article puts something in
// it ("in Syria"). Not the country named most: war reports name the powers that fire and
// speak more often than the country they fire in ("U.S.-led coalition" six times, "Russia
// said", "the United States left the door open" against Dabiq and "northern Syria").
// `focus_country` (the geoparser's) when no place counts, or it ties with the best.
std::string_view EnglishTheatre(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                                std::string_view focus_country);

// The place an English article's incidents stand at when their clause names none: the
// first town or province of the article's country it puts something in ("in", "near",
// "of" ... before it, or a relation: "west of Aleppo"), the lead's place, which news puts
// first. Not the place the article names most: a report on the bombing of evacuees at
// Rashidin west of Aleppo names Madaya and Damascus, where the evacuees came from and were
// going, as often; nor a capital that stands for its government ("Damascus's ally Russia",
// "despite Damascus promises"). -1 when it names none (or `gaz` is null).
int64_t EnglishLeadPlace(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                         std::string_view focus_country);

// A clause that opens on "Elsewhere", "Separately", "In another ...", "In a separate ..." or
// "Another" and a number reports another incident than the one before ("Elsewhere air
// strikes on Douma ... killed 12" after a toll of 32 across the country, "Another three
// people were killed in strikes"): it is merged into none (EventMeta::another).
// `first` is the clause's first token, `tok` its trigger's.
bool EnglishElsewhere(const text::Tokens& toks, size_t first, size_t tok);

// "the previous day" or "the day before" right after the trigger at `tok` (within its
// sentence, ending at `end`): "Six had been killed the previous day": the day before the
// incident told, another incident.
bool EnglishThePreviousDay(const text::Tokens& toks, size_t tok, size_t end);

// The English trigger at `tok` is what a side prepares for: "preparing for a major battle",
// "preparations for an attack on", "in preparation for the final liberation of": no more
// than three words between "for" and it, within the clause from `first`. Not happened yet.
bool EnglishPreparedFor(const text::Tokens& toks, size_t first, size_t tok);

// The English trigger at `tok` (of `len` tokens) is "struck" with nothing that strikes
// before it in its clause (from `first`, six words at most): no aircraft, air strike, missile,
// rocket, shell or bomb. "US warplanes struck Raqqa", "a missile struck the market" are
// strikes; "the two sides struck a deal", "an earthquake struck" are none.
bool EnglishStruckByNothing(const text::Tokens& toks, size_t first, size_t tok, size_t len);

// The English trigger at `tok` (of `len` tokens) is "shot" of a camera: a word for a film or
// a picture at most three words before it in its clause ("a video purportedly shot in Kafr
// Batna", "footage shot by activists"), no shooting.
bool EnglishShotOnCamera(const text::Tokens& toks, size_t first, size_t tok, size_t len);

// The English trigger at `tok` is in a web page's list of other articles' headlines: after a
// capitalised "Related" in its sentence (from `first`) that opens such a list: "Related
// News", "Related Coverage", "Related Articles" ..., or "Related" then a capitalised word after
// a page's counter or share buttons ("Print Tweet Views 1430 Related Syrias Assad says ...",
// "... 85 Related Daesh Commander Killed ...") or at the sentence's start. Their incidents and
// counts are other reports' (FA-KES dev: 25 of 423 pages carry one).
bool EnglishRelatedHeadlines(const text::Tokens& toks, size_t first, size_t tok);

// The English actor mention ending before token `after` says it did the act whose trigger is
// at `tok`: "The Hezbollah said it had taken control of", "Islamic State claimed on Monday
// that it had killed": a verb of saying right after the mention, a time or "that", then "it"
// or "they" (and "had", "has", "have") right before the trigger. The speaker is then the
// author, not a reporter of someone else's act. Not a passive ("said it had been attacked").
bool EnglishSaysItDid(const text::Tokens& toks, size_t after, size_t tok);

// The English actor mention at token `actor`, after a violent trigger at `tok` with no side
// named before it, is what the act hit, not its author: "Warplanes pounded Houthi positions",
// "A car bomb targeted a Houthi checkpoint", "Air strikes on Islamic State positions" (a
// subject's act reaches its object). Only an article, a verb of attack or "on", "against",
// "at" between (three words at most): wire copy without commas runs clauses together
// ("Chemical attacks Human Rights Watch on Monday accused Syrian government forces").
bool EnglishTargetAfter(const text::Utf8Text& text, const text::Tokens& toks, size_t tok, size_t actor);

// The English words at `i` end a cue of backing: "backed by", "supported by", "aided by",
// "assisted by" (the "by"); the mention after it names a side's backer ("The Syrian army
// backed by Hezbollah shelled ...").
bool EnglishBackingCue(const text::Tokens& toks, size_t i);

// The weapon an English clause names beside a generic trigger ("killed", "attack",
// "bombing", "raids"): aircraft make it an air strike ("Russian jets resumed heavy bombing
// of Aleppo", "Fighter jets struck the town where five civilians were killed", "US-led
// raids on Syria killed 14"). Returns the sub-event type of Explosions/Remote violence the
// clause [first, end) gives the trigger of `len` tokens at `tok`, or nullptr.
const char* EnglishWeapon(const text::Tokens& toks, size_t first, size_t end, size_t tok, size_t len);

// Whether the English trigger of `len` tokens at `tok` is a generic one: a word that reads
// only as the incident itself ("killed", "attack", "struck"), whatever its weapon.
bool EnglishGenericTrigger(const text::Tokens& toks, size_t tok, size_t len);

// Mentions of an English article's incident that name no weapon of their own ("the
// attack", "the suspected attack", "Local activists say 32 have been killed" with no place
// and no perpetrator): the type of the latest incident before them that named one, so that
// they merge with it (MergeMentions) instead of being a second incident of a bare attack.
void EnglishRecaps(const text::Tokens& toks, std::vector<Event>* events);

}  // namespace marsad::events
