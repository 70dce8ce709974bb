#include "context.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "match.h"

namespace marsad::events {
namespace {

constexpr std::string_view kLam = "\xD9\x84";  // ل
constexpr std::string_view kWaw = "\xD9\x88", kFa = "\xD9\x81";

// The first `n` code points of `s` (UTF-8).
std::string_view Prefix(std::string_view s, uint32_t n) {
  size_t i = 0;
  for (uint32_t cp = 0; cp < n && i < s.size(); ++cp) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

// The trigger's proclitics are the preposition ل (after و or ف): "لاستعادة", "ولتحرير",
// "للقصف". Not the article ("ال", "بال").
bool PurposeLam(std::string_view prefix) {
  if (prefix.starts_with(kWaw) || prefix.starts_with(kFa)) prefix.remove_prefix(kWaw.size());
  return prefix == kLam || prefix == "\xD9\x84\xD9\x84";
}

bool Word(const text::Tokens& toks, size_t i) {
  return toks.tokens[i].kind != text::TokenKind::kPunct;
}

// The words BackgroundReason's history scan asks of every token from the clause's first: a
// war ("الحرب العالمية"), a decade ("في ستينات القرن الماضي"), the century.
constexpr std::string_view kHistoryWarWords[] = {"الحرب", "والحرب", "للحرب", "بالحرب"};
constexpr std::string_view kHistoryDecadeWords[] = {
    "خمسينات",  "الخمسينات",  "ستينات",   "الستينات",   "سبعينات",   "السبعينات", "ثمانينات",
    "الثمانينات", "تسعينات",   "التسعينات", "خمسينيات",   "الخمسينيات", "ستينيات",   "الستينيات",
    "سبعينيات", "السبعينيات", "ثمانينيات", "الثمانينيات", "تسعينيات",   "التسعينيات"};
constexpr std::string_view kHistoryCenturyWords[] = {"القرن"};

// All of them: a token that is none of them (key or proclitic stem) names no war, decade or
// century, and one bit test of the document's TokenTags says so.
const WordSet& HistoryWords() {
  static const WordSet kAll(JoinWords({kHistoryWarWords, kHistoryDecadeWords, kHistoryCenturyWords}));
  return kAll;
}

}  // namespace

const char* BackgroundReason(const text::Utf8Text& text, const text::Tokens& toks, size_t first, size_t tok,
                             uint32_t prefix_cp, BackgroundScans* scans) {
  BackgroundScans own;
  if (scans == nullptr) scans = &own;
  if (scans->first != first) {
    *scans = BackgroundScans{};
    scans->first = first;
    scans->history_next = scans->statistics_next = scans->since_next = scans->anniversary_next = first;
  }
  static const WordSet kTruce{"الهدنه", "هدنه", "التهديه", "تهديه", "الاتفاق", "اتفاق", "وقف"};
  static const WordSet kStatistics{"ارقاما", "ارقام", "الارقام", "احصاات", "الاحصاات", "احصاييات", "الاحصاييات",
                                   "احصاييه", "الاحصاييه", "تضررا", "قياسيا"};
  static const WordSet kExposure{"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضه", "تعرضها", "تعرضهم", "تعرضوا", "خضع",
                                 "خضعت", "ادي", "ادت", "يودي", "تودي", "سببا", "نتيجه", "عرضه"};
  static const WordSet kTrade{"بيع", "صفقه", "صفقات", "شرا", "تزويد", "انتاج", "تصنيع", "امتلاك", "تطوير", "تهريب",
                              "شحنه", "شحنات", "مخزون"};
  static const WordSet kTopic{"مناقشه", "ناقش", "ناقشت", "يناقش", "تناقش", "ناقشوا", "بحث", "بحثت", "يبحث", "تبحث",
                              "بحثا", "تناول", "تناولت", "يتناول", "تطرق", "تطرقت", "يتطرق", "تطرقوا", "الحديث",
                              "حديث"};
  const size_t n = toks.tokens.size();
  // "هاجم الرئيس التركي حزب الشعوب", "هاجمت وسائل الإعلام السعودية الاتفاق النووي",
  // "خطابات هاجموا فيها الحكومة": an official, a politician or the press that attacks
  // someone attacks in words.
  static const WordSet kAttackVerb{"هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون"};
  static const WordSet kSpeakers{"الرييس", "رييس", "نايب", "وزير", "الوزير", "وزيره", "المتحدث", "الناطق", "الكتل",
                                 "الكتله", "النواب", "النايب", "نواب", "وسايل", "الصحف", "صحف", "الصحيفه", "صحيفه",
                                 "زعيم", "الزعيم", "الامين", "البرلمان", "السفير", "الشيخ", "الداعيه", "الكاتب",
                                 "الاعلام", "الاعلامي", "فيها", "فيه", "فيهما"};
  if (tok + 1 < n && KeyIs(toks, tok, kAttackVerb) && Word(toks, tok + 1) && KeyIs(toks, tok + 1, kSpeakers, false))
    return "an attack in words, not an incident";
  // "وانضم الوزير الإيطالي أمس إلى المشاورات": joining talks or a meeting changes no group.
  if (KeyIs(toks, tok, {"انضم", "انضمت", "انضموا", "انضمام"})) {
    static const WordSet kTalks{"المشاورات", "مشاورات", "المفاوضات", "مفاوضات", "المحادثات", "محادثات", "الاجتماع",
                                "اجتماع", "الاجتماعات", "الحوار", "القمه", "المويتمر", "الجلسه", "الجلسات", "اللقا",
                                "الوفد", "وفد", "المباحثات", "مباحثات"};
    for (size_t i = tok + 1; i < n && i <= tok + 8 && !IsPunct(toks, i); ++i)
      if (KeyIs(toks, i, kTalks)) return "joining talks or a meeting, not a change of a group";
  }
  // "الأكراد باتوا قنبلة موقوتة", "يشكل قنبلة موقوتة", "بمثابة قنبلة موقوتة": what something is
  // likened to (a real one goes off: "انفجرت قنبلة موقوتة").
  if (tok + 1 < n && KeyIs(toks, tok + 1, {"موقوته"}, false)) {
    static const WordSet kIs{"بات", "باتت", "باتوا", "اصبح", "اصبحت", "اصبحوا", "صار", "صارت", "يمثل", "تمثل",
                             "يشكل", "تشكل", "يشكلون", "بمثابه", "مثابه", "اشبه", "يعتبر", "تعتبر", "هي", "هو",
                             "كانت", "كان", "تظل", "يظل", "ستكون", "سيكون"};
    if (toks.Key(tok).starts_with("\xD9\x83")) return "a figure of speech, not an incident";  // كقنبلة
    for (size_t i = tok, seen = 0; i > first && seen < 3; ++seen)
      if (KeyIs(toks, --i, kIs)) return "a figure of speech, not an incident";
  }
  // "شهدت معارك عنيفة طوال أشهر", "على مدى سنوات", "طيلة الأشهر الماضية": a span right after
  // the trigger is its own; not "الفساد المستمر على مدى أعوام" further on, another noun's.
  {
    static const WordSet kThroughout{"طوال", "طيله", "مدي", "مدار"};
    static const WordSet kSpanUnits{"سنوات", "سنين", "اعوام", "عامين", "سنتين", "اشهر", "شهور", "اسابيع", "الاشهر",
                                    "الشهور", "السنوات", "الاعوام", "الاسابيع", "السنين", "عقود", "العقود", "عقدين"};
    for (size_t i = tok + 1; i < n && i <= tok + 4 && Word(toks, i); ++i)
      if (KeyIs(toks, i, kThroughout, false))
        for (size_t j = i + 1; j < n && j <= i + 2; ++j)
          if (KeyIs(toks, j, kSpanUnits)) return "a habit or a span of time, not one incident";
  }
  // "died in detention", "used as detention centres": a place or a state of detention.
  if (toks.tokens[tok].script == text::Script::kLatin && toks.Key(tok) == "detention") {
    static const WordSet kPlaceNouns{"centre", "centres", "center", "centers", "facility", "facilities", "camp",
                                     "camps", "conditions", "cells"};
    if ((tok > first && toks.Key(tok - 1) == "in") || (tok + 1 < n && KeyIs(toks, tok + 1, kPlaceNouns, false)))
      return "a place or a state of detention, not an arrest";
  }
  // "في شارع التحرير الأسفل", "ميدان التحرير", "دوار الشهداء": a street's, a square's or a
  // building's name; "مراكز اعتقال", "معسكرات الاحتجاز": a place of detention.
  if (tok > first && toks.tokens[tok].script == text::Script::kArabic) {
    static const WordSet kNamed{"شارع", "ميدان", "ساحه", "دوار", "جسر", "مستشفي", "مدرسه", "جامع", "مسجد", "حي"};
    static const WordSet kHeld{"مراكز", "مركز", "معسكرات", "سجون", "زنازين", "مرافق", "اماكن", "مكان"};
    static const WordSet kDetention{"اعتقال", "الاعتقال", "احتجاز", "الاحتجاز", "توقيف", "التوقيف"};
    if (toks.Key(tok).starts_with("ال") && KeyIs(toks, tok - 1, kNamed))
      return "a name of a street, a square or a building, not an incident";
    if (KeyIs(toks, tok, kDetention) && KeyIs(toks, tok - 1, kHeld))
      return "a place of detention, not an arrest";
    // "قوات مكافحة الشغب": the riot police, not a riot.
    if (KeyIs(toks, tok, {"الشغب", "شغب"}, false) && KeyIs(toks, tok - 1, {"مكافحه", "لمكافحه", "ومكافحه"}, false))
      return "a unit's name (riot police), not a riot";
    // "حزب تحرير الشعب الثوري", "جبهة التحرير الوطني", "منظمة التحرير": a party's, a front's or
    // a movement's name (one the actor table knows is passed over before: "هيئة تحرير الشام").
    static const WordSet kBodies{"حزب", "جبهه", "حركه", "هييه", "منظمه", "جيش", "لوا", "الويه", "كتايب"};
    // The article is part of the name ("جبهة حزب التحرير الشعبي الثوري"); a conjunction or a
    // preposition before it is not ("وتحرير", "بتحرير").
    const bool article_only = prefix_cp == 2 && toks.Key(tok).starts_with("ال");
    if ((prefix_cp == 0 || article_only) && KeyIs(toks, tok, {"تحرير", "التحرير"}, false) &&
        KeyIs(toks, tok - 1, kBodies))
      return "a name of a party, a front or a movement, not an incident";
  }
  // "the US-led coalition fighting IS", "rebels fighting to oust Assad", "who are fighting
  // against ISIS", "the most effective fighting force": a side described by what it does, not
  // an incident.
  if (toks.tokens[tok].script == text::Script::kLatin && toks.Key(tok) == "fighting" && tok > first) {
    static const WordSet kSides{"who",      "are",    "is",       "was",    "were",   "coalition", "rebels",
                                "militants", "groups", "forces",   "fighters", "factions", "states",  "countries",
                                "troops",   "allies", "units",    "militias", "jihadists", "group",   "force",
                                "effective", "kurds", "insurgents", "men",    "powers", "nations"};
    const std::string_view next = tok + 1 < n ? toks.Key(tok + 1) : std::string_view();
    if (KeyIs(toks, tok - 1, kSides, false) || next == "force" || next == "forces" || next == "to")
      return "a side described by its fighting, not an incident";
  }
  // "طلبات تقدم بها الدفاع", "تقدمت بشكوى": to put forward, not to advance.
  static const WordSet kPutForward{"تقدم", "تقدمت", "تقدموا", "يتقدم", "تتقدم"};
  static const WordSet kPutWhat{"بها", "به", "بهم", "بطلب", "بطلبات", "بشكوي", "بشكاوي", "بمشروع", "بمبادره",
                                "بالشكر", "بالتعازي", "بالتهنيه", "باقتراح", "بمقترح", "بعرض", "بدعوي", "ببلاغ"};
  if (tok + 1 < n && KeyIs(toks, tok, kPutForward, false) && Word(toks, tok + 1) && KeyIs(toks, tok + 1, kPutWhat, false))
    return "put forward, not an advance";
  // "أيدت واشنطن حق حليفتها ... بقصف": a right to it, not an incident.
  for (size_t i = tok, seen = 0; i > first && seen < 4;) {
    --i;
    if (!Word(toks, i)) break;
    ++seen;
    if (KeyIs(toks, i, {"حق", "الحق", "بحق", "حقها", "حقه", "حقهم"}, false)) return "a right to it, not an incident";
  }
  // "أعلنت إدارة مكافحة الحرائق السيطرة على حرائق غابات", "السيطرة على الوضع": control of a
  // fire or of a situation, not of territory.
  static const WordSet kControl{"السيطره", "سيطره", "سيطرت", "سيطر", "سيطروا", "يسيطر", "تسيطر"};
  static const WordSet kNotTerritory{"حرايق", "الحرايق", "حريق", "الحريق", "النيران", "نيران", "الوضع", "الاوضاع",
                                     "الامور", "الموقف", "النار", "الحراييق", "التضخم", "الاسعار"};
  if (KeyIs(toks, tok, kControl))
    for (size_t j = tok + 1; j < n && j <= tok + 3 && Word(toks, j); ++j)
      if (KeyIs(toks, j, kNotTerritory, false)) return "control of a fire or a situation, not of territory";
  if (toks.tokens[tok].script != text::Script::kArabic) {
    // "a demonstration of the fragile state of areas", "a demonstration of how": proof, not
    // a protest ("a demonstration of support" is one).
    if (toks.tokens[tok].script == text::Script::kLatin && tok + 2 < n &&
        (toks.Key(tok) == "demonstration" || toks.Key(tok) == "demonstrations") && toks.Key(tok + 1) == "of" &&
        KeyIs(toks, tok + 2, {"the", "its", "their", "his", "her", "how", "what", "a", "an", "this", "that"}, false))
      return "a figure of speech (a demonstration of ...)";
    return nullptr;
  }
  // "في كل جبهات القتال", "على خطوط المواجهة", "ساحات المعارك": a front line named, not an
  // incident.
  if (tok > first && KeyIs(toks, tok, {"القتال", "المعارك", "المواجهه", "المواجهات", "الاشتباكات"}, false) &&
      KeyIs(toks, tok - 1, {"جبهات", "جبهه", "ساحات", "ساحه", "ميادين", "ميدان", "خطوط", "خط", "محاور"}))
    return "a front line named, not an incident";
  // "مثل هذه الهجمات غير المشروعة تؤدي إلى خسائر": attacks of a kind, in general.
  if (tok > first && (KeyIs(toks, tok - 1, {"مثل"}) ||
                      (tok > first + 1 && KeyIs(toks, tok - 1, {"هذه", "هذا", "تلك", "ذلك"}, false) &&
                       KeyIs(toks, tok - 2, {"مثل"}))))
    return "incidents of a kind, in general";
  // So are the next items of its list: "جرائم الكراهية مثل الاعتداءات، والقتل، والتفجيرات":
  // back to "مثل" over items of one word each, joined by و (and commas), the first right after
  // it. Not "مثل حوض الأشراف وعصيفرة، اشتباكات عنيفة وقصف" (places of two words, then the news).
  if (tok > first + 1 && toks.Key(tok).starts_with("\xD9\x88"))  // و
    for (size_t j = tok, words = 0; j > first && words < 8;) {
      --j;
      if (KeyIs(toks, j, {"مثل"})) return "incidents of a kind, in general";
      if (!IsPunct(toks, j)) {
        ++words;
        // An item's one word begins with و, save the first, right after "مثل".
        if (!toks.Key(j).starts_with("\xD9\x88") && !(j > first && KeyIs(toks, j - 1, {"مثل"}))) break;
        continue;
      }
      const std::string_view mark = text.Slice(toks.tokens[j].start, toks.tokens[j].end);
      if (mark != "\xD8\x8C" && mark != ",") break;  // ، ,
    }
  // "رابط الخبر بصحيفة الوئام: مقتل 31 ...", "اقرأ أيضا": a link to another story.
  if (KeyIs(toks, first, {"رابط", "اقرا"}, false)) return "a link to another story";
  // "لا تخشى المقذوفات", "قذائف الحوثي لا تخيفنا": what someone fears or does not, not a report.
  if (tok >= first + 2 && Word(toks, tok - 1) && Word(toks, tok - 2) && KeyIs(toks, tok - 2, {"لا", "لن", "لم"}, false))
    return "denial or negation";
  for (size_t j = tok + 1; j < n && j <= tok + 2 && Word(toks, j); ++j)
    if (KeyIs(toks, j, {"لا", "لن"}, false)) return "a statement about it, not a report";
  // What follows the trigger word.
  if (tok + 1 < n && Word(toks, tok + 1)) {
    // "رفضت الكشف عن هويتها": the source's formula, not a refusal.
    if (KeyIs(toks, tok, {"رفض", "رفضت", "رفضوا", "طلب", "طلبت", "طلبوا"}) &&
        KeyIs(toks, tok + 1, {"الكشف", "ذكر", "الافصاح", "نشر", "الاعلان", "التعريف"}))
      return "the source's formula (declined to be named)";
    // "بسقوط 1592 قتيلا": victims fall, not a town ("سقوط قتلى" is a trigger of its own).
    if (KeyIs(toks, tok, {"سقوط"}) &&
        (toks.tokens[tok + 1].kind == text::TokenKind::kNumber ||
         KeyIs(toks, tok + 1, {"عدد", "عشرات", "العشرات", "ميات", "الميات", "الاف", "اكثر", "نحو", "حوالي"})))
      return "victims falling, not a place";
    // "منذ سقوط الهدنة بين المتمردين الأكراد والجيش التركي": a truce collapses, no town falls.
    if (KeyIs(toks, tok, {"سقوط", "انهيار"}) && KeyIs(toks, tok + 1, kTruce))
      return "a truce collapsing, not a place";
    // "انفجار الأوضاع": the situation explodes.
    if (KeyIs(toks, tok + 1, {"الاوضاع", "الوضع", "الموقف", "الازمه", "الغضب"}))
      return "a figure of speech";
  }
  // "أن وقف إطلاق النار انتهى": a truce said to have ended, right after it.
  if (KeyIs(toks, tok, kTruce))
    for (size_t j = tok + 1; j < toks.tokens.size() && j <= tok + 4 && Word(toks, j); ++j) {
      static const WordSet kEnded{"انتهي", "انتهت", "انهار", "انهارت", "سقط", "سقطت", "فشل", "فشلت"};
      if (KeyIs(toks, j, kEnded)) return "a truce ending or broken, not an agreement";
    }
  // "قبل ما وصفته أنقرة بأنه معركة شاملة وشيكة": an imminent or expected fight is to come.
  static const WordSet kImminent{"وشيكه", "وشيك", "مرتقبه", "مرتقب", "متوقعه", "متوقع", "محتمله", "مقبله"};
  for (size_t j = tok + 1; j < toks.tokens.size() && j <= tok + 2 && Word(toks, j); ++j)
    if (KeyIs(toks, j, kImminent))
      return "future: imminent or expected";
  // "سقوط الهدنة", "خرق الهدنة": the truce's end or breach is no agreement.
  if (tok > first && Word(toks, tok - 1) && KeyIs(toks, tok, kTruce) &&
      KeyIs(toks, tok - 1, {"سقوط", "انهيار", "خرق", "خروقات", "انتهاك", "انتهاكات", "انتها", "فشل"}))
    return "a truce ending or broken, not an agreement";
  // "رئيس تحرير موقع الإصلاح": an editor, not a liberation.
  if (tok > first && KeyIs(toks, tok, {"تحرير"}, false) &&
      KeyIs(toks, tok - 1, {"رييس", "مدير", "سكرتير", "هييه", "نايب", "رييسه", "مديره", "اسره"}))
    return "a newspaper's editor, not a liberation";
  // "للطائرات الأمريكية التي تقصف أهدافا لداعش": a present verb in a relative clause says
  // what someone does, not what happened.
  // Protesters "الذين يحتجون على مقتل مواطن" are protesting: that is the news.
  if (tok > first && KeyIs(toks, tok - 1, {"التي", "الذي", "الذين", "اللواتي"}, false) &&
      (toks.Key(tok).starts_with("\xD9\x8A") || toks.Key(tok).starts_with("\xD8\xAA")) &&  // ي, ت
      !KeyIs(toks, tok, {"يحتجون", "يحتج", "تحتج", "يتظاهرون", "يتظاهر", "تتظاهر", "يعتصمون", "يعتصم", "تعتصم"}, false))
    return "a description (a relative clause in the present), not an incident";
  // "التي تعد آخر معاقل الحوثي بعد سيطرة الجيش والمقاومة على بقية مديريات عدن", "تولى القيادة
  // بعد مقتل سلفه": a verbal noun after "after" is the time of something else, told before.
  // Only the nouns of a change of control and of a killing: "بعد اشتباكات عنيفة" is the clash.
  if (tok > first && KeyIs(toks, tok - 1, {"بعد", "عقب", "اثر"}, false) &&
      KeyIs(toks, tok, {"سيطره", "تحرير", "استعاده", "طرد", "سقوط", "اجتياح", "الاستيلا", "استرجاع", "تطهير", "مقتل",
                        "اغتيال"}, false))
    return "background: what something else came after";
  // "وبعض المؤسسات الإعلامية اختطفت منذ وقت مبكر", "اختطاف الدولة", "خطفوا الثورة": an
  // institution, a state or a cause hijacked is a figure of speech; abduction takes people.
  static const WordSet kHijack{"اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت", "خطفوا", "يختطف", "تختطف", "اختطاف",
                               "خطفها", "اختطافها", "اختطفها"};
  if (KeyIs(toks, tok, kHijack)) {
    static const WordSet kTaken{"موسسات", "الموسسات", "موسسه", "الموسسه", "الدوله", "دوله", "القرار", "الثوره",
                                "ثوره", "البلد", "البلاد", "الوطن", "الحكومه", "الشرعيه", "الدين", "الاسلام",
                                "المشهد", "الراي", "الحلم", "المستقبل", "الاعلام", "الطايفه", "المذهب", "القضيه"};
    for (size_t j = tok > first + 3 ? tok - 3 : first; j < n && j <= tok + 2; ++j)
      if (j != tok && Word(toks, j) && KeyIs(toks, j, kTaken)) return "a figure of speech: an institution or a cause hijacked";
  }
  // "لمواجهة التداعيات الاقتصادية الناتجة من هجوم تنظيم داعش", "تبعات الحرب": what an
  // incident brought about is the news; the incident, within four words after the word for
  // its repercussions, is told as their cause (a loan, a budget, a migration), not reported.
  for (size_t j = tok, seen = 0; j > first && seen < 4;) {
    --j;
    if (!Word(toks, j)) break;
    ++seen;
    if (KeyIs(toks, j, {"تداعيات", "التداعيات", "تبعات", "التبعات", "انعكاسات", "الانعكاسات"}, false))
      return "background: the repercussions of it are the news";
  }
  // "رغم الهدنة التي فرضها التحالف ... واصل المتمردون إرسال قذائفهم على مدينة نجران", "على
  // الرغم من وقف إطلاق النار": what the news happened despite is no incident of its own.
  static const WordSet kDespite{"رغم"}, kFrom{"من"}, kTheDespite{"الرغم"};
  if (tok > first && (KeyIs(toks, tok - 1, kDespite) ||
                      (tok > first + 1 && KeyIs(toks, tok - 1, kFrom, false) && KeyIs(toks, tok - 2, kTheDespite))))
    return "background: what the news happened despite";
  // "استكملت المقاومة تطهير الأجزاء الشمالية لمدينة عدن", "استمرار تطهير المدن التي تم
  // تحريرها": the clearing that goes on after a capture, not a change of control.
  // The verb may come before its subject ("استكملت المقاومة الشعبية والجيش الموالي للشرعية تطهير").
  if (KeyIs(toks, tok, {"تطهير", "تمشيط"}, false))
    for (size_t i = tok; i > first && i + 8 > tok;) {
      --i;
      if (!Word(toks, i)) break;
      if (KeyIs(toks, i, {"استمرار", "مواصله", "يواصل", "تواصل", "واصل", "واصلت", "استكمال", "استكمل", "استكملت",
                          "يستكمل", "تستكمل", "تواصلت", "متواصله", "جاريه"}))
        return "background: clearing that goes on after a capture";
    }
  // Or said after it: "فإن التمشيط والتطهير سوف يستمران على وتيرة قوية".
  if (KeyIs(toks, tok, {"تطهير", "تمشيط", "التطهير", "التمشيط"}))
    for (size_t i = tok + 1; i < toks.tokens.size() && i < tok + 5 && Word(toks, i); ++i)
      if (KeyIs(toks, i, {"سوف", "يستمر", "يستمران", "تستمر", "ستستمر", "سيستمر", "مستمر", "مستمره", "متواصل",
                          "متواصله", "جاري", "جاريه"},
                false))
        return "background: clearing that goes on after a capture";
  // "تعليق كيري على ذكرى مرور 70 عاما على القصف الأمريكي لمدينة هيروشيما": what an
  // anniversary recalls is history; so is a world war ("في الأيام الأخيرة من الحرب العالمية
  // الثانية").
  {
    // Not "ذكرى" alone, a woman's name too ("الناشطة ذكرى العراسي"), unless "مرور" follows;
    // and not the marches held on the day ("مسيرة في الذكرى الأولى لمقتله" is news).
    // A memorial too ("فعالية عند النصب التذكاري لضحايا الهجمات").
    static const WordSet kAnniversary{"الذكري", "بالذكري", "للذكري", "لذكري", "ذكراها", "ذكراه", "التذكاري", "تذكاري"};
    static const WordSet kGathering{"مسيره", "مسيرات", "تظاهره", "تظاهرات", "احتجاج", "احتجاجات", "تجمع",
                                    "تجمعات", "وقفه", "اعتصام", "مظاهره", "مظاهرات"};
    if (!KeyIs(toks, tok, kGathering))
      // "في ذكرى مرور عام على مقتل شاب أسود أعزل برصاص شرطي أبيض": the years and the victim
      // between. Not "بمناسبة تحرير قاعدة العند" (the ministry's statement on a capture of the
      // week is the report an ACLED coder codes it from: news-events-train).
      // The killing's instrument ("برصاص شرطي", with ب) goes on with the killing recalled past
      // a comma and an aside ("على مقتل الشاب مايكل براون الذي كان أعزل، برصاص شرطي").
      for (size_t i = tok, seen = 0, limit = prefix_cp > 0 && toks.Key(tok).starts_with("\xD8\xA8") ? 16 : 10;
           i > first && seen < limit;) {
        --i;
        if (!Word(toks, i)) {
          if (limit == 16 && IsPunct(toks, i) && text.Slice(toks.tokens[i].start, toks.tokens[i].end) == "\xD8\x8C")
            continue;  // ، only
          break;
        }
        ++seen;
        static const WordSet kRemembrance{"ذكري"};
        if (KeyIs(toks, i, kAnniversary, false) || (KeyIs(toks, i, kRemembrance, false) && KeyIs(toks, i + 1, {"مرور"}, false)))
          return "history: an anniversary";
      }
    // What the clause after the anniversary's tells of it ("حلت مؤخرا الذكرى العاشرة لهجمات
    // السابع من يوليو في لندن، حيث سقط 52 شخصا قتلى عندما فجر أربعة انتحاريين أجهزة ناسفة")
    // is the same history: "حيث", "عندما", "حين", "إذ" between the anniversary and the trigger.
    // (The first anniversary word from `first` on is found once per clause: most have none.)
    while (scans->anniversary_at == SIZE_MAX && scans->anniversary_next < tok) {
      const size_t i = NextMayBeIn(toks, scans->anniversary_next, tok, kAnniversary);
      scans->anniversary_next = i;
      if (i >= tok) break;
      if (KeyIs(toks, i, kAnniversary, false)) scans->anniversary_at = i;
      ++scans->anniversary_next;
    }
    if (scans->anniversary_at < tok && scans->anniversary_at + 40 > tok && !KeyIs(toks, tok, kGathering))
      for (size_t i = scans->anniversary_at + 1; i < tok; ++i)
        if (Word(toks, i) && KeyIs(toks, i, {"حيث", "عندما", "حين", "حينما", "اذ"}, false))
          return "history: an anniversary";
    // The first token from `first` on, up to 20 past the trigger, that names a world war or
    // an era (or the sentence's end, which stops the scan): the same for every trigger of the
    // clause, so the scan goes on from where the clause's last trigger left it.
    BackgroundScans& sc = *scans;
    const WordSet& history_words = HistoryWords();
    for (; !sc.history_stopped && sc.history_at == SIZE_MAX && sc.history_next + 1 < n && sc.history_next < tok + 20;
         ++sc.history_next) {
      const size_t i = sc.history_next;
      if (toks.tokens[i].kind == text::TokenKind::kPunct) {
        const std::string_view p = text.Slice(toks.tokens[i].start, toks.tokens[i].end);
        if (p == "." || p == "!" || p == "?" || p == "\xD8\x9F") {  // the sentence ends (؟)
          sc.history_stopped = true;
          break;
        }
        continue;
      }
      // Most tokens are none of the words below: one bit test of the tags says so.
      if (!KeyIs(toks, i, history_words)) continue;
      static const WordSet kWar(kHistoryWarWords);
      if (KeyIs(toks, i, kWar) && KeyIs(toks, i + 1, {"العالميه"}, false)) {
        sc.history_at = i, sc.history_why = "history: a world war";
        break;
      }
      // "في ستينات القرن الماضي", "خلال الثمانينيات": an era of the last century. Not the
      // comparison "أسوأ هجوم منذ تسعينات القرن الماضي" (منذ: the incident is today's).
      static const WordSet kDecade(kHistoryDecadeWords);
      static const WordSet kCentury(kHistoryCenturyWords);
      static const WordSet kSince{"منذ", "مند"};
      const bool era = KeyIs(toks, i, kDecade) ||
                       (KeyIs(toks, i, kCentury) && KeyIs(toks, i + 1, {"الماضي", "العشرين", "السابق"}, false));
      if (era && !(i > first && KeyIs(toks, i - 1, kSince)) && !(i > first + 1 && KeyIs(toks, i - 2, kSince))) {
        sc.history_at = i, sc.history_why = "history: an era of the last century";
        break;
      }
    }
    if (sc.history_at < tok + 20) return sc.history_why;
  }
  // "بهدف تحرير المحافظة", "سعيا لاستعادة", "من أجل طرد": a purpose; also past an opening
  // quotation mark ("بهدف «تحرير» المحافظة").
  {
    size_t before = tok;
    if (before > first + 1 && toks.tokens[before - 1].kind == text::TokenKind::kPunct) {
      const std::string_view q = text.Slice(toks.tokens[before - 1].start, toks.tokens[before - 1].end);
      if (q == "«" || q == "\"" || q == "“") --before;
    }
    if (before > first &&
        KeyIs(toks, before - 1, {"بهدف", "بغيه", "اجل", "لاجل", "سعيا", "لغرض", "بقصد", "هدفها", "هدفه", "تمهيدا"}, false))
      return "a purpose, not an incident";
  }
  // A standing state of control: "يسيطر التنظيم على", "تحت سيطرة", "الخاضعة لسيطرة",
  // "المناطق الخارجة عن سيطرة النظام".
  if (KeyIs(toks, tok, {"يسيطر", "تسيطر", "يسيطرون", "المسيطر", "المسيطره"}) ||
      (tok > first && KeyIs(toks, tok, {"سيطره", "لسيطره"}) &&
       (KeyIs(toks, tok - 1, {"تحت", "الخاضعه", "خاضعه", "الخاضع", "خاضع", "الواقعه", "واقعه"}) ||
        (tok > first + 1 && KeyIs(toks, tok - 1, {"عن"}, false) &&
         KeyIs(toks, tok - 2, {"الخارجه", "خارجه", "الخارج", "خارج", "الخارجين"})))))
    return "a standing state of control, not a change";
  // "ومنذ ذلك الحين، قامت قوات التحالف بشن أكثر من 6000 ضربة جوية": what was done since
  // then is a total, not an incident.
  // (The first such phrase from `first` on, kept for the clause's next triggers.)
  // (From one token that may be "منذ" to the next: NextMayBeIn.)
  static const WordSet kSinceWord{"منذ"};
  while (scans->since_at == SIZE_MAX && scans->since_next + 2 < tok) {
    const size_t i = NextMayBeIn(toks, scans->since_next, tok - 2, kSinceWord);
    scans->since_next = i;
    if (i + 2 >= tok) break;
    if (KeyIs(toks, i, kSinceWord) && KeyIs(toks, i + 1, {"ذلك"}, false) &&
        KeyIs(toks, i + 2, {"الحين", "الوقت", "التاريخ"}, false))
      scans->since_at = i;
    ++scans->since_next;
  }
  if (scans->since_at != SIZE_MAX) return "a total since then, not an incident";
  // "بمشاركة خمسة آلاف عنصر من الشرطة وبدعم من المروحيات": aircraft that support a raid or
  // an advance are no air strike of their own.
  if (tok > first + 1 && KeyIs(toks, tok, {"المروحيات", "مروحيات", "الطيران", "الطايرات", "المقاتلات"}, false) &&
      KeyIs(toks, tok - 1, {"من"}, false) && KeyIs(toks, tok - 2, {"بدعم", "بمساعده", "بمسانده", "باسناد", "بغطا"}))
    return "aircraft supporting others, not an air strike";
  // "لتخاذلهم عن القتال", "امتناعهم عن القتال", "التوقف عن القتال": fighting someone holds back
  // from (or stops) is no incident.
  if (tok > first + 1 && KeyIs(toks, tok - 1, {"عن"}, false)) {
    static const WordSet kHoldBack{"تخاذل", "تخاذلهم", "تخاذله", "امتناع", "امتناعهم", "امتناعه", "امتنع", "امتنعوا",
                                   "توقف", "التوقف", "توقفوا", "كف", "الكف", "تقاعس", "تقاعسهم", "تخلف", "تخلفهم",
                                   "عجز", "عجزهم", "عزوف", "عزوفهم", "تراجع", "تراجعهم", "تمنع", "يمتنع", "يمتنعون"};
    if (KeyIs(toks, tok - 2, kHoldBack)) return "fighting held back from, not an incident";
  }
  // "المدن اليمنية التي سيطرت عليها", "المناطق التي سيطر عليها في العراق وسوريا", "التي استولت
  // عليها داعش", and in the passive "قاعدة العند التي تم السيطرة عليها بشكل كلي": places
  // described by who took them (the news is what happens to them now). Not when the clause
  // names the day ("قاعدة العند، التي سيطرت عليها أمس"): that is the news.
  const bool took_it = tok > first && KeyIs(toks, tok, {"سيطر", "سيطرت", "سيطروا", "استولي", "استولت", "استولوا"}, false) &&
                       KeyIs(toks, tok - 1, RelativePronouns(), false);
  const bool taken = tok > first + 1 && KeyIs(toks, tok, {"السيطره", "الاستيلا"}, false) &&
                     KeyIs(toks, tok - 1, {"تم", "تمت", "جرت", "جري"}, false) &&
                     KeyIs(toks, tok - 2, RelativePronouns(), false);
  if ((took_it || taken) && tok + 1 < n && KeyIs(toks, tok + 1, {"عليها", "عليه", "عليهم", "عليهما"}, false)) {
    static const WordSet kDay{"امس", "اليوم", "فجر", "صباح", "مسا", "ليله", "الاحد", "الاثنين", "الثلاثا", "الاربعا",
                              "الخميس", "الجمعه", "السبت"};
    bool dated = false;
    for (size_t j = tok + 2; j < n && j <= tok + 4 && Word(toks, j) && !dated; ++j) dated = KeyIs(toks, j, kDay);
    if (!dated) return "a place described by who took it, not an incident";
  }
  // "أرامل الجنود العراقيين الذين قتلوا أو فقدوا في الحرب", "أسر الجنود الذين قتلوا في الحرب
  // ضد الحوثيين": the dead of a war described by a relative clause, not one incident.
  if (tok > first && KeyIs(toks, tok - 1, RelativePronouns(), false))
    for (size_t j = tok + 1; j < n && j <= tok + 5 && Word(toks, j); ++j)
      if (KeyIs(toks, j, {"الحرب", "الحروب"})) return "the dead of a war described, not one incident";
  // "فيما وصفه رئيس الوزراء بأنه «معركة متزامنة ضد الإرهاب»", "ما وصفته بالعدوان": what
  // something is called is no incident of its own (the name follows "بأنه" or "بـ"; not what is
  // described: "ووصف شاهد القصف الذي استهدف الحي بأنه الأعنف").
  {
    bool named = false;  // a word with "بـ" from the trigger back to the verb
    static const WordSet kCalled{"وصف", "وصفه", "وصفها", "وصفته", "وصفت", "وصفوا", "يصف", "تصف", "يصفه", "تصفه",
                                 "يصفها", "تصفها", "وصفهم", "يصفون"};
    named = toks.Key(tok).starts_with("\xD8\xA8");
    for (size_t i = tok, seen = 0; i > first && seen < 6;) {
      --i;
      if (IsPunct(toks, i)) {
        if (toks.tokens[i].end == toks.tokens[i + 1].start) continue;  // an opening quotation mark
        break;
      }
      ++seen;
      if (KeyIs(toks, i, kCalled, false) && named) return "what something is called, not an incident";
      named = named || toks.Key(i).starts_with("\xD8\xA8");  // بـ
    }
  }
  // "القوى الانقلابية التي تسببت بقتل الآلاف": what a relative clause says someone caused
  // describes them.
  // So is what is joined to it by و ("تسببت بقتل الآلاف وتدمير المنازل").
  for (size_t k = tok; k > first + 1 && k + 5 > tok; --k) {
    if (IsPunct(toks, k - 1)) break;
    if (toks.Key(k).starts_with("\xD8\xA8") &&
        KeyIs(toks, k - 1, {"تسبب", "تسببت", "تسببوا", "يتسبب", "تتسبب"}, false) &&
        KeyIs(toks, k - 2, RelativePronouns(), false))
      return "a description (what someone caused), not an incident";
  }
  // "عملية تحرير مدينة الرمادي من سيطرة مسلحي داعش", "المنطقة التي تخلصت من سيطرة الميليشيات":
  // the control a place is freed from.
  if (tok > first + 2 && KeyIs(toks, tok, {"سيطره", "قبضه"}, false) && KeyIs(toks, tok - 1, {"من"}, false))
    for (size_t j = tok - 1; j > first && j + 6 > tok; --j)
      if (KeyIs(toks, j - 1, {"تحرير", "استعاده", "طرد", "تطهير", "استرداد", "تخلص", "تخلصت", "تحرر", "تحررت", "حرر",
                              "حررت", "انتزع", "انتزعت"}))
        return "the control a place is freed from";
  // "بعد توقف أربعة أشهر جراء المواجهات المسلحة التي دارت بين الحوثيين والمقاومة": the cause of
  // something else, told as what went on before.
  if (tok > first && KeyIs(toks, tok - 1, {"جرا", "بسبب", "نتيجه"}, false) && toks.Key(tok).starts_with("ال"))
    for (size_t j = tok + 1; j < n && j <= tok + 3 && Word(toks, j); ++j)
      if (KeyIs(toks, j, {"التي", "الذي"}, false) && j + 1 < n &&
          KeyIs(toks, j + 1, {"دارت", "دار", "وقعت", "وقع", "جرت", "جري", "شهدتها", "شهدها", "اندلعت"}, false))
        return "background: the cause of something else, told as what went on before";
  // "حصيلة القتلى منذ بدء المواجهات", "منذ اندلاع الحرب": the war since it began, not
  // an incident.
  if (tok > first + 1 && KeyIs(toks, tok - 1, {"بد", "بدايه", "اندلاع", "انطلاق"}, false) &&
      KeyIs(toks, tok - 2, {"منذ"}))
    return "the fighting since it began, not an incident";
  // "وخلال العقد الذي مر منذ وقوع الهجمات": what a span runs since is told before, its time.
  if (tok > first + 1 && KeyIs(toks, tok - 1, {"وقوع", "حدوث", "تنفيذ"}, false) && KeyIs(toks, tok - 2, {"منذ"}))
    return "background: what a span runs since";
  // "كما يستمر اعتقال ناشطين ... بالعشرات يومياً", "بينما تتزايد يومياً الهجمات": what
  // happens daily or weekly is a pattern, not one incident.
  static const WordSet kHabitual{"يوميا", "اسبوعيا", "شهريا"};
  auto habitual = [&](size_t j) { return KeyIs(toks, j, kHabitual, false); };
  for (size_t j = tok + 1; j < n && j <= tok + 12 && Word(toks, j); ++j)
    if (habitual(j)) return "habitual: what happens daily, not one incident";
  for (size_t j = tok; j > first && j + 12 > tok && Word(toks, j - 1);)
    if (habitual(--j)) return "habitual: what happens daily, not one incident";
  // "عملية الانقلاب التي أُجهضت قبل ولادتها": a plot foiled did not happen.
  static const WordSet kFoiled{"اجهضت", "اجهض", "احبطت", "احبط", "افشلت", "افشل", "فشلت"};
  for (size_t j = tok + 1; j < n && j <= tok + 3 && Word(toks, j); ++j)
    if (KeyIs(toks, j, kFoiled)) return "foiled, it did not happen";
  // Words in the clause before the trigger.
  constexpr size_t kWindow = 5, kClause = 12;
  // "تعرضت المدينة لقصف": a complement, not a purpose; also past the commas of an
  // apposition ("تعرض قيادي في حركة حماس هو وكيل وزارة النقل الثلاثاء، للخطف").
  bool exposed = false;
  for (size_t i = tok, seen = 0; i > first && seen < kClause && !exposed;) {
    --i;
    if (!Word(toks, i)) {
      if (!Comma(text, toks, i)) break;
      continue;
    }
    ++seen;
    exposed = KeyIs(toks, i, kExposure);
  }
  // Further back when the words between name matters discussed ("لبحث كثير من القضايا
  // المتعلقة بمواجهة تنظيم داعش وتحرير المدن").
  static const WordSet kMatters{"المتعلقه", "المتعلق", "المتعلقين", "المتصله", "المتصل", "القضايا", "قضايا",
                                "الملفات", "ملفات", "الملف", "ملف"};
  bool matters = false;
  for (size_t i = tok, seen = 0; i > first && seen < kClause;) {
    --i;
    if (!Word(toks, i)) break;
    ++seen;
    if (seen > kWindow && !matters) {
      matters = KeyIs(toks, i, kMatters, false);
      continue;
    }
    if (seen <= 2 && KeyIs(toks, i, kTrade))
      return "weapons trade or production, not their use";
    if (KeyIs(toks, i, kTopic))
      return "the topic of talks or a speech";
    matters = matters || KeyIs(toks, i, kMatters, false);
  }
  // "باشرت فرق الجهد الهندسي برفع المتفجرات والعبوات الناسفة", "تفكيك عبوة ناسفة", "إزالة
  // الألغام": explosives cleared or defused, not used.
  static const WordSet kExplosive{"عبوه", "عبوات", "العبوه", "العبوات", "ناسفه", "الناسفه", "الغام", "الالغام",
                                  "لغم", "اللغم", "متفجرات", "المتفجرات"};
  static const WordSet kClearing{"رفع", "ازاله", "تفكيك", "ابطال", "نزع", "تطهير", "معالجه"};
  // "دعم عسكري من دول التحالف العربي يضم دبابات وراجمات صواريخ وعربات عسكرية": weapons a
  // delivery or an arsenal comprises are listed, not used (back over the list's words to the
  // verb of comprising, five words at most).
  // Weapons only: "عملية داخلية شملت 13 ولاية اعتقل فيها نحو 300" is an arrest.
  if (KeyIs(toks, tok, {"صواريخ", "صاروخ", "الصواريخ", "قذايف", "قذيفه", "دبابات", "مدافع", "راجمات", "الغام",
                        "عبوات", "متفجرات", "مروحيات", "طايرات", "اسلحه", "ذخاير"}))
    for (size_t i = tok, seen = 0; i > first && seen < 5;) {
      --i;
      if (!Word(toks, i)) break;
      ++seen;
      if (KeyIs(toks, i, {"يضم", "تضم", "يشمل", "تشمل", "يتضمن", "تتضمن", "تضمنت", "تضمن", "شملت"}, false))
        return "weapons listed, not used";
    }
  // "أصابت وحدات تكتيكية ومواقع قتالية ... وحقول ألغام قريبة من مدينة الرقة": a minefield is a
  // place or a target, not an explosion.
  if (KeyIs(toks, tok, kExplosive) && tok > first && KeyIs(toks, tok - 1, {"حقول", "حقل"}))
    return "a minefield named, not an explosion";
  if (KeyIs(toks, tok, kExplosive))
    for (size_t i = tok, seen = 0; i > first && seen < 3;) {
      --i;
      if (!Word(toks, i)) break;
      ++seen;
      if (KeyIs(toks, i, kClearing)) return "explosives cleared or defused, not used";
    }
  // "تلعب المرأة النجرانية دورا هاما في المواجهات الحدودية": a role in the fighting, not
  // an incident.
  if (tok > first + 1 && KeyIs(toks, tok - 1, {"في"}, false))
    for (size_t i = tok - 1; i > first && i + 4 > tok;) {
      --i;
      if (!Word(toks, i)) break;
      if (KeyIs(toks, i, {"دورا", "دور", "الدور", "دوره", "دورها", "دورهم", "بدور"}, false)) return "a role in it, not an incident";
    }
  // "تحرك قوات المقاومة نحو تحرير محافظة شبوة", "تتجه باتجاه اقتحام المدينة": a move toward
  // an act is its aim, not the act ("نحو" before a number, "نحو 40 قتيلا", is "about": no
  // trigger follows it there).
  if (tok > first && KeyIs(toks, tok - 1, {"نحو", "باتجاه", "صوب"}, false)) return "a purpose, not an incident";
  // "وصل دمشق قادما من بيروت لإجراء محادثات مع مسؤولي النظام": what a journey is made for
  // ("لإجراء", "لعقد", "لبحث" before the talks) has not happened yet.
  if (tok > first && KeyIs(toks, tok - 1, {"لاجرا", "لعقد", "لبحث", "لاستيناف", "لخوض", "لاطلاق"}, false))
    return "a purpose, not an incident";
  // "أوردت صحيفة لوموند أرقاما رسمية تبين أن 126 متطرفا فرنسيا ... قتلوا في سوريا، إما في
  // المعارك أو في عمليات القصف أو في عمليات انتحارية", "تشير الإحصائيات الأولية إلى مقتل":
  // figures of many incidents, not one; so is a ranking of the hardest hit ("وكانت محافظة بغداد
  // الأكثر تضررا حيث سجلت سقوط 335 قتيلا").
  // (The first such word from `first` on, kept for the clause's next triggers.)
  // (From one token that may be one to the next: NextMayBeIn.)
  while (scans->statistics_at == SIZE_MAX && scans->statistics_next < tok) {
    const size_t i = NextMayBeIn(toks, scans->statistics_next, tok, kStatistics);
    scans->statistics_next = i;
    if (i >= tok) break;
    if (KeyIs(toks, i, kStatistics)) scans->statistics_at = i;
    ++scans->statistics_next;
  }
  if (scans->statistics_at < tok) return "statistics, not an incident";
  // "في مسعى لاستعادة الأرض", "لمحاربة الإرهاب": a verbal noun after the preposition ل
  // states a purpose.
  // Weapons are nouns, not verbal nouns: "انفجارات لألغام" names whose mines.
  if (prefix_cp > 0 && !exposed) {
    const std::string_view key = toks.Key(tok), prefix = Prefix(key, prefix_cp);
    std::string_view stem = key.substr(prefix.size());
    // "لألغام": the word itself begins with ا ل (أل of ألغام), which is no article.
    const std::string_view whole = stem;
    if (stem.starts_with("\xD8\xA7\xD9\x84")) stem.remove_prefix(4);
    for (std::string_view w : {"الغام", "لغم", "قذايف", "قذيفه", "مقذوف", "مقذوفات", "صواريخ", "صاروخ", "غاره", "غارات",
                               "عبوه", "عبوات", "قنبله", "قنابل", "رصاص", "سياره"})
      if (stem == w || whole == w) return nullptr;
    // "تجمع نحو 40 متظاهرا ... للاحتجاج على": gathering to protest is the protest.
    for (std::string_view w : {"احتجاج", "تظاهر", "اعتصام", "تنديد", "مطالبه"})
      if (stem == w) return nullptr;
    // "كمرحلة أولى لتبادل الأسرى": a stage of the act, not its purpose.
    static const WordSet kStage{"مرحله", "كمرحله", "المرحله", "جوله", "كجوله", "الجوله"},
        kOrdinal{"اولي", "الاولي", "ثانيه", "الثانيه", "جديده"};
    // "تعرضا لإطلاق نار من قبل مسلحين": what someone was subjected to, the verb's object.
    static const WordSet kSubjectedTo{"تعرض", "تعرضت", "تعرضا", "تعرضتا", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون",
                                      "يتعرضان", "تعرضه", "تعرضها", "تعرضهم", "لتعرضه", "لتعرضها", "لتعرضهم"};
    // "إدانتها للتفجير الإرهابي الذي استهدف مسجد": what is condemned, the noun's object.
    static const WordSet kCondemning{"ادانه",    "ادانتها",  "ادانته",   "ادانتهم", "استنكار", "استنكارها",
                                     "استنكاره", "استنكارهم", "شجب",      "شجبها",   "شجبه",    "شجبهم",
                                     "تنديد",    "تنديدها",  "تنديده",   "تنديدهم", "ادانتنا", "استنكارنا"};
    if (PurposeLam(prefix) && !(tok > first && KeyIs(toks, tok - 1, kSubjectedTo, false)) &&
        !(tok > first && KeyIs(toks, tok - 1, kCondemning)) &&
        !(tok > first && (KeyIs(toks, tok - 1, kStage, false) ||
                          (tok > first + 1 && KeyIs(toks, tok - 2, kStage, false) && KeyIs(toks, tok - 1, kOrdinal, false)))))
      return "a purpose, not an incident";
  }
  // "لمحاربة ودحر الإرهاب", "لتحرير واستعادة المدينة": the purpose goes on past و.
  if (prefix_cp == 1 && tok > first && Word(toks, tok - 1) && toks.Key(tok).starts_with(kWaw)) {
    static const WordSet kPurposeNouns{"لمحاربه", "لمكافحه", "لمواجهه", "لتحرير", "لاستعاده", "لطرد",  "لدحر",
                                       "لقتال",   "لضرب",   "لاستهداف", "لمنع",  "لوقف",    "لصد",   "لردع"};
    if (KeyIs(toks, tok - 1, kPurposeNouns, false)) return "a purpose, not an incident";
  }
  return nullptr;
}

const char* ComesAfterReason(const text::Tokens& toks, size_t first, size_t tok, size_t* cue) {
  static const WordSet kComesAfter{"ياتي", "تاتي", "جا", "جات"};
  for (size_t i = first; i < tok && i < first + 2; ++i) {
    if (!Word(toks, i) || !KeyIs(toks, i, kComesAfter)) continue;
    for (size_t j = i + 1; j < tok && j <= i + 4 && Word(toks, j); ++j)
      if (KeyIs(toks, j, {"بعد", "عقب", "اعقاب", "اثر", "غداه", "خلفيه"})) {
        *cue = j;
        return "background: what the news comes after";
      }
  }
  return nullptr;
}

int ElapsedDaysBefore(const text::Tokens& toks, size_t first, size_t tok, size_t* after) {
  static const WordTable kUnitDays{{"يوم", 1},    {"يوما", 1},   {"يومين", 2},  {"ايام", 1},   {"اسبوع", 7},
                                   {"اسبوعا", 7}, {"اسبوعين", 14}, {"اسابيع", 7}, {"شهر", 30},  {"شهرا", 30},
                                   {"شهرين", 60}, {"اشهر", 30},   {"عام", 365},  {"عاما", 365}, {"عامين", 730},
                                   {"سنه", 365},  {"ساعات", 0},   {"ساعه", 0}};
  static const WordSet kAfter{"بعد", "وبعد"};
  static const WordSet kSince{"علي", "من"};
  // The preposition before the incident's noun, a word or two of it between ("من كشف ملابسات
  // التفجير").
  size_t prep = SIZE_MAX;
  for (size_t i = tok; i > first && tok - i < 4;) {
    --i;
    if (!Word(toks, i)) return -1;
    if (KeyIs(toks, i, kSince, false)) {
      prep = i;
      break;
    }
  }
  if (prep == SIZE_MAX || prep < first + 2) return -1;
  // "بعد [نحو] [أربعة] أيام": the unit right before the preposition, "بعد" at most three words
  // before it.
  const size_t unit = prep - 1;
  const uint64_t* per = Word(toks, unit) ? kUnitDays.Find(toks.Key(unit)) : nullptr;
  if (!per) return -1;
  // "بعد 34 يوما من": digits before a singular unit count it (the words before them are read
  // from the number on).
  uint64_t counted = 0;
  size_t from = unit;
  if (unit > first && toks.tokens[unit - 1].kind == text::TokenKind::kNumber) {
    const std::string_view k = toks.Key(unit - 1);
    const auto [end, ec] = std::from_chars(k.data(), k.data() + k.size(), counted);
    if (ec != std::errc() || end != k.data() + k.size() || counted == 0 || counted > 999) return -1;
    from = unit - 1;
  }
  for (size_t i = from; i > first && from - i < 3;) {
    --i;
    if (!Word(toks, i)) return -1;
    if (!KeyIs(toks, i, kAfter, false)) continue;
    uint64_t n = counted > 0 ? counted : 1;
    const std::string_view plural = toks.Key(unit);
    if (counted == 0 && (plural == "ايام" || plural == "اسابيع" || plural == "اشهر")) {
      n = 3;  // "بعد أيام من": a few
      int c = 0;
      if (unit > i + 1 && SmallCountWord(toks, unit - 1, &c)) n = static_cast<uint64_t>(c);
    }
    *after = i;
    return static_cast<int>(n * *per);
  }
  return -1;
}

const char* ResponseToReason(const text::Utf8Text& text, const text::Tokens& toks, size_t first, size_t tok,
                             size_t* cue) {
  static const WordSet kResponse{"ردا", "رد", "انتقاما", "ثارا"};
  static const WordSet kTo{"علي", "عن"};
  constexpr size_t kWords = 8;  // "ردا على مقتل مدنيين عراقيين في غارات": the cause's own words
  for (size_t i = tok, seen = 0; i > first && seen < kWords;) {
    --i;
    if (toks.tokens[i].kind == text::TokenKind::kPunct) {
      // Quotation marks around "ردا" are inside the clause; a comma or a stop ends it.
      const std::string_view p = text.Slice(toks.tokens[i].start, toks.tokens[i].end);
      if (p == "\"" || p == "«" || p == "»" || p == "“" || p == "”") continue;
      break;
    }
    ++seen;
    // "ردا على", "انتقاما لمقتل" (the preposition glued to the noun: the trigger itself).
    if (KeyIs(toks, i, kResponse, false) && (i + 1 == tok || KeyIs(toks, i + 1, kTo, false) ||
                                            toks.tokens[i + 1].kind == text::TokenKind::kPunct)) {
      *cue = i;
      return "background: the incident responded to";
    }
    // English: "in retaliation for an attack that killed two soldiers", "in revenge for", "in
    // response to", "to avenge"; the incident three words after it at most (copy that lost its
    // commas runs on: "in retaliation for the latest deadly Ghouta shelling rebels fired rockets").
    if (toks.tokens[i].script == text::Script::kLatin && i + 1 < tok && seen <= 4 &&
        ((KeyIs(toks, i, {"retaliation", "revenge", "reprisal", "reprisals"}, false) && toks.Key(i + 1) == "for") ||
         (toks.Key(i) == "response" && toks.Key(i + 1) == "to" && i > first && toks.Key(i - 1) == "in") ||
         toks.Key(i) == "avenge")) {
      *cue = i;
      return "background: the incident responded to";
    }
  }
  return nullptr;
}

const char* ReminderReason(const text::Tokens& toks, size_t first, size_t tok) {
  static const WordSet kRemind{"يذكر", "ويذكر", "يشار", "ويشار", "تجدر", "وتجدر", "الجدير", "والجدير"};
  static const WordSet kWorthy{"من", "ومن"};
  size_t i = first;
  if (i + 1 < tok && KeyIs(toks, i, kWorthy, false) && KeyIs(toks, i + 1, {"الجدير"}, false)) ++i;
  return i < tok && Word(toks, i) && KeyIs(toks, i, kRemind, false) ? "background: a reminder (يذكر أن، يشار إلى)" : nullptr;
}

const char* HabitualReason(const text::Tokens& toks, size_t first, size_t end) {
  static const WordSet kSince{"منذ"};
  static const WordSet kComparative{"الاعنف", "الاكبر", "الاكثر", "الاول", "الاولي", "الاسوا", "الاشد", "الادمي",
                                    "الاخطر", "الاوسع"};
  static const WordSet kSpan{"سنوات", "سنه", "سنين", "عام", "اعوام", "عامين", "سنتين", "اشهر", "شهور", "اسابيع",
                             "ذلك", "بدايه", "بد", "اندلاع", "انطلاق", "مطلع"};
  static const WordSet kPeriod{"الفتره"};
  static const WordSet kPeriodBefore{"في", "خلال", "نفس", "ذات"};
  static const WordSet kPastUnits{"الاسابيع", "الاشهر", "الشهور", "السنوات", "الاعوام", "السنين"};
  static const WordSet kPast{"الماضيه", "الاخيره", "الفايته", "المنصرمه"};
  // English: "underway in southern Syria for months", "in near six years of conflict", "over
  // the past two years", "since 2011".
  static const WordSet kUnits{"weeks", "months", "years", "decades"};
  static const WordSet kWar{"conflict", "war", "fighting", "violence", "uprising", "crisis"};
  auto units_within = [&](size_t from, size_t reach) {
    for (size_t j = from; j < end && j <= from + reach; ++j)
      if (KeyIs(toks, j, kUnits, false)) return j;
    return SIZE_MAX;
  };
  for (size_t i = first; i + 1 < end; ++i) {
    if (toks.tokens[i].script == text::Script::kLatin) {
      const std::string_view k = toks.Key(i);
      if (k == "for" && units_within(i + 1, 2) != SIZE_MAX) return "a habit or a span of time, not one incident";
      if (k == "over" && i + 2 < end && toks.Key(i + 1) == "the" &&
          (toks.Key(i + 2) == "past" || toks.Key(i + 2) == "last") && units_within(i + 3, 1) != SIZE_MAX)
        return "a habit or a span of time, not one incident";
      if (KeyIs(toks, i, kUnits, false) && toks.Key(i + 1) == "of" && i + 2 < end && KeyIs(toks, i + 2, kWar, false))
        return "a habit or a span of time, not one incident";
      if (k == "since" && toks.tokens[i + 1].kind == text::TokenKind::kNumber && toks.Key(i + 1).size() == 4)
        return "a habit or a span of time, not one incident";
      // "has carried out more than 450 air strikes around Manbij since the operation to take the
      // town began", "since the start of the offensive": a span from an earlier event. Not a
      // comparison ("the heaviest raids since the offensive began" are news).
      if (k == "since" && toks.Key(i + 1) == "the") {
        static const WordSet kBegan{"began", "begun", "started", "start", "beginning", "outbreak", "launch"};
        static const WordSet kMost{"deadliest", "worst",   "biggest", "largest", "bloodiest", "heaviest",
                                   "fiercest",  "highest", "first",   "most",    "strongest", "major"};
        bool compared = false;
        for (size_t j = i; j > first && j + 4 > i && !compared;) compared = KeyIs(toks, --j, kMost, false);
        for (size_t j = i + 2; j < end && j <= i + 8 && !compared; ++j)
          if (KeyIs(toks, j, kBegan, false)) return "a habit or a span of time, not one incident";
      }
      continue;
    }
    if (KeyIs(toks, i, kSince, false)) {
      if (i > first && KeyIs(toks, i - 1, kComparative))
        continue;
      for (size_t j = i + 1; j < end && j <= i + 2; ++j)
        if (KeyIs(toks, j, kSpan))
          return "a habit or a span of time, not one incident";
    }
    // "في الفترة", "خلال هذه الفترة", "في تلك الفترة".
    if (KeyIs(toks, i, kPeriod) && i > first &&
        (KeyIs(toks, i - 1, kPeriodBefore) ||
         (i > first + 1 && KeyIs(toks, i - 1, {"هذه", "تلك"}, false) && KeyIs(toks, i - 2, kPeriodBefore))))
      return "a habit or a span of time, not one incident";
    // "في الأسابيع الماضية، عشرات الغارات", "تكاثرت الهجمات في الأشهر الأخيرة": weeks or
    // months past are a span, not a day.
    if (KeyIs(toks, i, kPastUnits) && i > first && KeyIs(toks, i - 1, kPeriodBefore, false) &&
        KeyIs(toks, i + 1, kPast, false))
      return "a habit or a span of time, not one incident";
  }
  return nullptr;
}

const char* StatisticsReason(const text::Utf8Text& text, const text::Tokens& toks, size_t first, size_t end) {
  static const WordSet kPercent{"المايه", "الميه", "بالمايه", "بالميه"};
  // "46%", "70 %", "٪": the sign is punctuation, after a number.
  auto sign = [&](size_t i) {
    if (toks.tokens[i].kind != text::TokenKind::kNumber) return false;
    std::string_view after = std::string_view(text.utf8).substr(toks.tokens[i].byte_end);
    while (after.starts_with(' ')) after.remove_prefix(1);
    return after.starts_with("%") || after.starts_with("\xD9\xAA");
  };
  static const WordSet kReport{"التقرير", "تقرير", "الوثيقه", "احصت", "احصي", "استبيان", "مقارنه", "النسبه",
                               "نسبته", "الانتهاكات", "حالات"};
  bool percent = false, report = false;
  for (size_t i = first; i < end && !(percent && report); ++i) {
    percent = percent || KeyIs(toks, i, kPercent, false) || sign(i);
    report = report || KeyIs(toks, i, kReport);
  }
  return percent && report ? "statistics: shares of a report's figures, not an incident" : nullptr;
}

const char* OngoingReason(const text::Tokens& toks, size_t first, size_t tok) {
  static const WordSet kOngoingVerbs{"يشن", "تشن", "يشنها", "يشنون", "يشنه", "تشنها", "ينفذ", "تنفذ", "ينفذون",
                                     "ينفذها", "يقصف", "تقصف", "يستهدف", "تستهدف", "يواجه", "تواجه", "يخوض", "تخوض",
                                     "يهاجم", "تهاجم", "يقتل",
                                     "تقتل", "يعتقل", "تعتقل", "يحارب", "تحارب", "يقاتل", "تقاتل", "يقاتلون"};
  constexpr size_t kWindow = 3;
  for (size_t i = tok + 1, seen = 0; i > first && seen <= kWindow;) {
    --i;
    if (!Word(toks, i)) break;
    ++seen;
    if (KeyIs(toks, i, kOngoingVerbs))
      return "an ongoing activity, not one incident";
  }
  // "نفذوا في الآونة الأخيرة سلسلة من التفجيرات": lately is a span, in the trigger's clause
  // (not "تلقى، في الآونة الأخيرة، دعما ... في حين نفذت طائرات التحالف غارات").
  constexpr size_t kLatelyWindow = 8;
  for (size_t i = tok, seen = 0; i > first + 1 && seen < kLatelyWindow;) {
    --i;
    if (!Word(toks, i)) break;
    ++seen;
    if (KeyIs(toks, i, {"الاونه"}, false) && KeyIs(toks, i - 1, {"في", "خلال"}, false) &&
        KeyIs(toks, i + 1, {"الاخيره"}, false))
      return "a habit or a span of time, not one incident";
  }
  return nullptr;
}

namespace {
// Not "عاصفة" (عاصفة الحزم is a military operation), "الحر" (الجيش الحر), "انقلاب" (a
// coup), "اصطدام" (clashes), boats (a ship can be attacked).
const WordSet& NaturalCauses() {
  static const WordSet k{
      "فيضان", "فيضانات", "الفيضان", "الفيضانات", "سيول", "السيول", "زلزال", "الزلزال", "زلازل", "الزلازل",
      "اعصار", "الاعصار", "اعاصير", "الاعاصير", "انهيارات", "الانهيارات", "غرق", "الغرق", "غرقا", "غرقي",
      "غرقها", "غرقه", "غرقت", "الغرقي", "تدافع", "التدافع", "صاعقه", "الصواعق", "مروري", "المروري", "مروريه",
      "المروريه", "الكوليرا", "وبا", "الوبا", "الامطار", "الجفاف", "عطل", "حمي", "الضنك", "الحصبه", "الملاريا",
      "تغرق", "يغرق"};
  return k;
}

// "في حادث الاصطدام الذي جرى مساء الأربعاء": an accident named by its kind at token j.
bool AccidentAt(const text::Tokens& toks, size_t j) {
  static const WordSet kAccident{"حادث", "الحادث"};
  static const WordSet kCrashKind{"الاصطدام", "اصطدام", "التصادم", "تصادم", "الغرق", "غرق", "انقلاب", "الانقلاب"};
  return KeyIs(toks, j, kAccident, false) && j + 1 < toks.tokens.size() && KeyIs(toks, j + 1, kCrashKind, false);
}

// Token j names a natural or accidental cause: not a quarrel over one ("نتيجة خلاف مروري",
// a traffic dispute that ended in a killing).
bool NaturalWordAt(const text::Tokens& toks, size_t j) {
  static const WordSet kQuarrel{"خلاف", "شجار", "نزاع", "مشاجره", "مشاده"};
  // An accident: "اصطدام مركب رحلات ... بصندل نهري", "انقلاب حافلة", "حادث سير" (not "اصطدام"
  // alone, which news also writes for clashes).
  static const WordSet kCrash{"اصطدام", "تصادم", "انقلاب", "حادث", "حوادث"};
  static const WordSet kVehicle{"مركب", "سياره", "سيارتين", "حافله", "حافلتين", "قطار", "قطارين", "شاحنه", "عباره",
                                "قارب", "سفينه", "مركبه", "سير", "مرور", "السير", "المرور"};
  if (KeyIs(toks, j, kCrash) && j + 1 < toks.tokens.size() && KeyIs(toks, j + 1, kVehicle)) return true;
  if (AccidentAt(toks, j)) return true;
  return KeyIs(toks, j, NaturalCauses()) && !(j > 0 && KeyIs(toks, j - 1, kQuarrel));
}

// Whether a cause is said to be natural at token i: "بسبب عطل تقني", "إثر جرفهم بسيول" (a
// causal word, then the cause within two words).
bool NaturalCauseAt(const text::Tokens& toks, size_t i, size_t end) {
  static const WordSet kBecause{"بسبب", "جرا", "نتيجه", "اثر"};
  if (i >= end || !KeyIs(toks, i, kBecause)) return false;
  constexpr size_t kGap = 2;
  for (size_t j = i + 1; j < end && j <= i + kGap; ++j)
    if (NaturalWordAt(toks, j)) return true;
  return false;
}
// English: "Stampede kills 4 at discotheque", "Basement fire kills man, 84", "killed in a car
// crash", "drowned". Not "opened fire", "rocket fire", "gunfire": a fire is natural only as a
// building's or a forest's, or when it broke out.
bool EnglishNaturalWordAt(const text::Tokens& toks, size_t j) {
  static const WordSet kNatural{"stampede", "flood",  "floods",    "flooding",  "earthquake", "quake",    "hurricane",
                                "tornado",  "storm",  "avalanche", "landslide", "mudslide",   "blaze",    "wildfire",
                                "drowned",  "drowning", "accident", "accidental", "accidentally", "electrocuted"};
  if (KeyIs(toks, j, kNatural, false)) return true;
  static const WordSet kVehicle{"car", "traffic", "road", "bus", "train", "vehicle", "motorcycle", "truck"};
  static const WordSet kBuilding{"house", "basement", "apartment", "home", "building", "kitchen", "forest", "brush",
                                 "factory", "warehouse", "hotel", "electrical"};
  const std::string_view k = toks.Key(j);
  if ((k == "crash" || k == "crashes" || k == "collision") && j > 0 && KeyIs(toks, j - 1, kVehicle, false)) return true;
  if (k == "fire" || k == "fires")
    return (j > 0 && KeyIs(toks, j - 1, kBuilding, false)) ||
           (j + 2 < toks.tokens.size() && toks.Key(j + 1) == "broke" && toks.Key(j + 2) == "out");
  return false;
}
}  // namespace

const char* NaturalCauseReason(const text::Tokens& toks, size_t first, size_t end, size_t tok) {
  // Near the trigger: "أسفر الإعصار عن مقتل ستة", "مقتل 114 شخصا في الفيضانات"; not a
  // word of another clause ("زلزال الإرهاب" opens a column, "خبير الزلازل" a job).
  constexpr size_t kNear = 8;
  for (size_t i = std::max(first, tok > kNear ? tok - kNear : 0); i < end && i <= tok + kNear; ++i)
    if (i != tok && (toks.tokens[i].script == text::Script::kArabic
                         ? NaturalWordAt(toks, i)
                         : toks.tokens[i].script == text::Script::kLatin && EnglishNaturalWordAt(toks, i)))
      return "natural or accidental deaths, not political violence";
  // Farther in the clause when a cause is said to be one ("قتل 17 شخصا أمس في تحطم مروحية
  // عسكرية أفغانية في جنوب البلاد بسبب عطل تقني").
  for (size_t i = first; i + 1 < end; ++i)
    if (i != tok && NaturalCauseAt(toks, i, end)) return "natural or accidental deaths, not political violence";
  return nullptr;
}

bool NaturalCauseSaidAfter(const text::Tokens& toks, size_t after, size_t end) {
  constexpr size_t kReach = 2;  // "لقوا مصرعهم إثر جرفهم بسيول"
  for (size_t i = after; i < end && i <= after + kReach; ++i)
    if (NaturalCauseAt(toks, i, end)) return true;
  // "مقتل 19 شخصا في حادث الاصطدام": the accident named a few words on, whoever announced it.
  for (size_t i = after; i < end && i <= after + 4; ++i)
    if (AccidentAt(toks, i)) return true;
  return false;
}

namespace {
const WordSet& ResultVerbs() {
  static const WordSet k{"ادي", "ادت", "اسفر", "اسفرت", "خلف", "خلفت", "تسبب", "تسببت", "نتج", "اوقع",
                         "اوقعت", "اودي", "اودت"};
  return k;
}
}  // namespace

bool ResultOfClauseBefore(const text::Tokens& toks, size_t first, size_t tok) {
  constexpr size_t kReach = 4;  // "مما أسفر عن مقتل", "ما أدى إلى مقتل", "مما أدى في النهاية إلى"
  static const WordSet kWhich{"مما", "ما", "بما"};
  if (tok < first + 3 || toks.tokens[tok].script != text::Script::kArabic) return false;
  for (size_t k = tok; k-- > first + 1 && k + kReach >= tok;) {
    if (!Word(toks, k)) return false;
    if (KeyIs(toks, k, ResultVerbs())) return KeyIs(toks, k - 1, kWhich, false);
  }
  return false;
}

bool OutcomeOfEarlierIncident(const text::Tokens& toks, size_t first, size_t tok) {
  constexpr size_t kReach = 5;  // "وأسفر القصف العنيف أمس عن مقتل"
  if (tok <= first + 1 || toks.tokens[first].script != text::Script::kArabic) return false;
  const WordSet& kResultVerbs = ResultVerbs();
  static const WordSet kEarlier{"ذلك", "الهجوم", "القصف", "الانفجار", "التفجير", "الغاره", "الغارات", "الاشتباكات",
                                "الاشتباك", "الحادث", "الهجمات", "الاعتدا", "الضربه", "الضربات", "المعارك", "الانفجارات",
                                "التفجيرات"};
  // "وقد نتج عن ذلك استشهاد", "مما أدى إلى مقتل", "ما أدى لاستشهاد": a particle before the
  // verb; after "ما" (which) the verb's subject is the clause before it.
  static const WordSet kParticles{"قد", "وقد", "فقد", "مما", "ما", "وما"};
  // After a speaker's frame ("وقالت المصادر إن الحادث أدى إلى إصابة الشدادي ومقتل أربعة من
  // مرافقيه"), the reported clause; there the incident may come first ("إن الانفجار أسفر عن").
  if (KeyIs(toks, first, VerbsOfSaying())) {
    constexpr size_t kFrame = 4;
    for (size_t j = first + 1; j < tok && j <= first + kFrame && Word(toks, j); ++j)
      if (KeyIs(toks, j, {"ان"}, false)) {
        first = j + 1;
        if (first + 1 < tok && KeyIs(toks, first, kEarlier, false) && KeyIs(toks, first + 1, kResultVerbs)) return true;
        break;
      }
  }
  bool which = false;
  while (first + 1 < tok && Word(toks, first) && KeyIs(toks, first, kParticles, false)) {
    which = which || toks.Key(first).ends_with("\xD9\x85\xD8\xA7");  // ما
    ++first;
  }
  if (tok > first + kReach || !KeyIs(toks, first, kResultVerbs)) return false;
  if (which) return true;
  for (size_t i = first + 1; i < tok; ++i) {
    if (!Word(toks, i)) return false;
    if (KeyIs(toks, i, kEarlier, false)) return true;
  }
  return false;
}

const WordSet& AnnounceVerbs() {
  static const WordSet k{"اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"};
  return k;
}

const WordSet& ResponsibilityWords() {
  static const WordSet k{"مسووليته", "مسووليتها", "مسووليتهم", "مسووليتهما", "المسووليه",
                         "مسيوليته", "مسيوليتها", "مسيوليتهم", "مسيوليتهما", "المسيوليه"};
  return k;
}

const WordSet& RelativePronouns() {
  static const WordSet k{"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"};
  return k;
}

const WordSet& ComparisonWords() {
  static const WordSet k{"deadliest", "worst", "bloodiest", "biggest", "largest", "highest", "heaviest", "first",
                         "الاعنف", "الاسوا", "الاكبر", "الاكثر", "الاول", "الاولي", "الاشد", "الادمي"};
  return k;
}

const WordSet& VerbsOfSaying() {
  static const WordSet k{"قال",   "قالت",  "قالوا", "اعلن",  "اعلنت", "اعلنوا", "ذكر",   "ذكرت",  "افاد",
                         "افادت", "اكد",   "اكدت",  "اكدوا", "اوضح",  "اوضحت", "صرح",   "صرحت",  "ابلغ",
                         "ابلغت", "كشف",   "كشفت",  "نقل",   "نقلت",  "اشار",  "اشارت", "اضاف",  "اضافت",
                         "نفي",   "نفت",   "اعترف", "اعترفت", "زعم",  "زعمت",  "رجح",   "رجحت",  "اعتبر",
                         "اعتبرت", "يقول", "تقول",  "تابع",  "تابعت", "استرسل", "قايلا", "مضيفا", "متابعا",
                         "موكدا"};
  return k;
}

std::vector<SpeakerFrame> SpeakerFrames(const text::Tokens& toks, size_t first, size_t end) {
  // A reporting verb's subject and object come within a few words; a complementizer
  // further away belongs to another verb. Words, not tokens: the quotation marks and commas
  // of an aside ("وأعلنت غرفة عمليات «فجر ليبيا»، عبر صفحتها الرسمية على موقع التواصل
  // الاجتماعي «فيسبوك»، أن") are no words between.
  constexpr size_t kMaxFrame = 16;
  // Tested on every Arabic token: a WordSet, built once (match.h).
  const WordSet& kReportingVerbs = VerbsOfSaying();
  static const WordSet kThat{"ان", "بان"};
  static const WordSet kThatPronoun{"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"};
  std::vector<SpeakerFrame> out;
  // Only the tokens that may be one: most sentences have a verb of saying or none.
  for (size_t i = NextMayBeIn(toks, first, end, kReportingVerbs); i < end;
       i = NextMayBeIn(toks, i + 1, end, kReportingVerbs)) {
    if (toks.tokens[i].script != text::Script::kArabic || !KeyIs(toks, i, kReportingVerbs)) continue;
    for (size_t j = i + 1, words = 0; j < end && words < kMaxFrame; ++j) {
      words += toks.tokens[j].kind != text::TokenKind::kPunct;
      if (KeyIs(toks, j, kThat, false) || toks.Key(j) == ":") {
        out.push_back({i, j, false});
      } else if (KeyIs(toks, j, kThatPronoun, false)) {
        // "إنه تم ...", "إنه لا ...": the pronoun of the fact, not of the speaker.
        const bool expletive = j + 1 < end && KeyIs(toks, j + 1, {"تم", "لا", "لم", "قد", "من", "يوجد", "كان"}, false);
        out.push_back({i, j, !expletive});
      } else {
        continue;
      }
      i = j;
      break;
    }
  }
  return out;
}

namespace {

// "The Islamic State group claimed responsibility for the attack", "Daesh has claimed
// responsibility for the bombings": the claimant ends right before the verb. "No group has
// claimed responsibility" names none; "for a mid-August suicide attack there" tells one of
// its own.
std::optional<ResponsibilityClaim> EnglishClaim(const text::Tokens& toks, const text::Sentence& s, size_t i,
                                                const std::vector<ActorMention>& actors) {
  if (toks.Key(i) != "claimed" || i + 1 >= s.end_token || toks.Key(i + 1) != "responsibility") return std::nullopt;
  size_t subject_end = i;
  while (subject_end > s.first_token && subject_end + 2 > i &&
         (toks.Key(subject_end - 1) == "has" || toks.Key(subject_end - 1) == "have" || toks.Key(subject_end - 1) == "group"))
    --subject_end;
  int32_t claimant = -1;
  for (size_t k = 0; k < actors.size(); ++k)
    if (actors[k].token_end == subject_end) claimant = static_cast<int32_t>(k);
  if (claimant < 0) return std::nullopt;
  for (size_t j = actors[claimant].token_begin; j > s.first_token && j + 3 > actors[claimant].token_begin; --j)
    if (toks.Key(j - 1) == "no") return std::nullopt;
  ResponsibilityClaim c{i, i + 2, claimant, false};
  if (c.object < s.end_token && toks.Key(c.object) == "for") ++c.object;
  c.anaphoric = c.object >= s.end_token || KeyIs(toks, c.object, {"the", "this", "these", "both", "all", "those"}, false);
  for (size_t j = c.object; j < s.end_token && j <= c.object + 3; ++j)
    if (KeyIs(toks, j, {"attacks", "bombings", "blasts", "explosions", "both", "killings"}, false)) c.plural = true;
  return c;
}

}  // namespace

std::vector<ResponsibilityClaim> ResponsibilityClaims(const text::Tokens& toks, const std::vector<text::Sentence>& sentences,
                                                      const std::vector<ActorMention>& actors) {
  static const WordSet kAdopt{"تبني", "تبنت", "تبنوا", "يتبني", "تتبني"};
  const WordSet& kAnnounce = AnnounceVerbs();
  static const WordSet kClaimVerbs{"تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"};
  const WordSet& kResponsibility = ResponsibilityWords();
  static const WordSet kSeveral{"الهجمات", "هجمات", "التفجيرات", "تفجيرات", "الهجومين", "هجومين", "التفجيرين",
                                "تفجيرين", "العمليات", "عمليات", "الاعتداات", "اعتداات", "الانفجارات", "العمليتين"};
  static const WordSet kTold{"الهجوم", "والهجوم", "الهجمات", "الاعتدا", "الاعتداات", "الحادث", "الحادثه", "العمليه",
                             "العمليات", "التفجير", "التفجيرات", "التفجيرين", "الانفجار", "الانفجارات", "الهجومين",
                             "هذا", "هذه", "هذين", "هاتين", "ذلك", "تلك"};
  static const WordSet kOwn{"هجوم",  "هجوما",   "هجمات",  "هجومين", "تفجير", "تفجيرا", "تفجيرات", "تفجيرين", "انفجار",
                            "قتل",   "اغتيال",  "اعدام",  "عمليه",  "اعتدا", "خطف",   "اختطاف",  "استهداف", "اطلاق", "تفجيري"};
  constexpr size_t kClaimantWithin = 6, kObjectWithin = 8, kPluralWithin = 12;
  std::vector<ResponsibilityClaim> claims;
  size_t next_actor = 0;
  // The first token from the loop's on that may be a claim verb (NextMayBeIn): the tokens
  // before it are none.
  size_t next_verb = 0;
  for (const auto& s : sentences) {
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      if (toks.tokens[i].script == text::Script::kLatin) {
        if (auto c = EnglishClaim(toks, s, i, actors)) claims.push_back(*c);
        continue;
      }
      if (next_verb < i) next_verb = NextMayBeIn(toks, i, toks.tokens.size(), kClaimVerbs);
      if (i != next_verb || !KeyIs(toks, i, kClaimVerbs)) continue;  // kAdopt or kAnnounce: one test for most tokens
      const bool adopt = KeyIs(toks, i, kAdopt);
      if (!adopt && !KeyIs(toks, i, kAnnounce)) continue;
      if (i > s.first_token &&
          (KeyIs(toks, i - 1, {"لم", "لا", "لن", "الذي", "التي", "الذين"}) ||
           (i > s.first_token + 1 && KeyIs(toks, i - 2, {"لم", "لا", "لن"}))))
        continue;
      size_t object = i + 1;
      if (!adopt) {  // "أعلن ... مسؤوليته": the word of responsibility within the clause
        while (object < s.end_token && object <= i + kObjectWithin && !KeyIs(toks, object, kResponsibility)) ++object;
        if (object >= s.end_token || object > i + kObjectWithin) continue;
      }
      while (next_actor < actors.size() && actors[next_actor].token_begin <= i) ++next_actor;
      if (next_actor >= actors.size() || actors[next_actor].token_begin > i + kClaimantWithin ||
          actors[next_actor].token_begin >= s.end_token)
        continue;
      ResponsibilityClaim c{i, std::max<size_t>(object, actors[next_actor].token_end), static_cast<int32_t>(next_actor),
                            false};
      // "وتبنى التنظيم في بيانين عبر حسابات مؤيدة له على مواقع التواصل، هذه التفجيرات"
      for (size_t j = c.object; j < s.end_token && j <= c.object + kPluralWithin; ++j)
        if (KeyIs(toks, j, kSeveral)) {
          c.plural = true;
          break;
        }
      // What it claims: "عن الهجوم", "هذه التفجيرات" name incidents told already; "هجوما
      // بسيارة مفخخة", "قتل شرطيين", "انفجار سيارة مفخخة قرب القنصلية" tell one of its own.
      for (size_t j = c.object; j < s.end_token && j <= c.object + kPluralWithin; ++j) {
        if (KeyIs(toks, j, kTold, false)) break;
        if (KeyIs(toks, j, kOwn)) {
          c.anaphoric = false;
          break;
        }
      }
      claims.push_back(c);
    }
  }
  return claims;
}

}  // namespace marsad::events
