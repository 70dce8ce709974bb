// Arabic place names in news: where a name begins and ends (the generic nouns before it), and
// which words that the index lists as names are no place in news text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "marsad/geo.h"
#include "marsad/text.h"
#include "small_index_testutil.h"

namespace marsad::geo {
namespace {

const char* const kRows[] = {
    "69543\tYemen\tYemen\tاليمن\t15.5\t47.5\tA\tPCLI\tYE\t\t00\t\t\t\t23495361\t\t\t\t2024-01-01",
    "415189\tAden\tAden\tعدن\t12.77944\t45.03667\tP\tPPLA\tYE\t\t02\t\t\t\t550602\t\t\t\t2024-01-01",
    "415187\tAden Governorate\tAden Governorate\tمحافظة عدن\t12.8\t45.0\tA\tADM1\tYE\t\t02\t\t\t\t589419\t\t\t\t"
    "2024-01-01",
    "6300788\tAden International Airport\tAden International Airport\tمطار عدن الدولي\t12.82953\t45.02875\tS\tAIRP\t"
    "YE\t\t02\t\t\t\t0\t\t\t\t2024-01-01",
    "102358\tSaudi Arabia\tSaudi Arabia\tالسعودية\t25.0\t45.0\tA\tPCLI\tSA\t\t00\t\t\t\t31521418\t\t\t\t2024-01-01",
    "105299\tJizan\tJizan\tجازان,جيزان\t16.88917\t42.55111\tP\tPPLA\tSA\t\t17\t\t\t\t105198\t\t\t\t2024-01-01",
    "105298\tJizan Region\tJizan Region\tمنطقة جازان,جازان\t17.2\t42.8\tA\tADM1\tSA\t\t17\t\t\t\t0\t\t\t\t"
    "2024-01-01",
    "108410\tRiyadh\tRiyadh\tالرياض\t24.68773\t46.72185\tP\tPPLC\tSA\t\t10\t\t\t\t4205961\t\t\t\t2024-01-01",
    "281129\tDura\tDura\tدورا\t31.50694\t35.02833\tP\tPPL\tPS\t\tWE\t\t\t\t28268\t\t\t\t2024-01-01",
    "281102\tAllan\tAllan\tعلان\t32.1\t35.2\tP\tPPL\tPS\t\tWE\t\t\t\t3000\t\t\t\t2024-01-01",
    "143083\tArak\tArak\tاراك\t34.09174\t49.68916\tP\tPPLA\tIR\t\t35\t\t\t\t503647\t\t\t\t2024-01-01",
    "2891122\tKiel\tKiel\tكيل\t54.32133\t10.13489\tP\tPPLA\tDE\t\t10\t\t\t\t246601\t\t\t\t2024-01-01",
    "2911240\tHamm\tHamm\tهام\t51.68033\t7.82089\tP\tPPLA3\tDE\t\t07\t\t\t\t179111\t\t\t\t2024-01-01",
    "3117735\tMadrid\tMadrid\tمدريد\t40.4165\t-3.70256\tP\tPPLC\tES\t\t29\t\t\t\t3255944\t\t\t\t2024-01-01",
    "250441\tAmman\tAmman\tعمان\t31.95522\t35.94503\tP\tPPLC\tJO\t\t16\t\t\t\t1275857\t\t\t\t2024-01-01",
    "286963\tعمان\tOman\tOman,سلطنة عمان\t21.0\t57.0\tA\tPCLI\tOM\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "3646738\tCaracas\tCaracas\tكاراكاس\t10.48801\t-66.87919\tP\tPPLC\tVE\t\t25\t\t\t\t3000000\t\t\t\t2024-01-01",
    "1809858\tGuangzhou\tGuangzhou\tغوانزو\t23.11667\t113.25\tP\tPPLA\tCN\t\t30\t\t\t\t16096724\t\t\t\t2024-01-01",
    "287286\tMuscat\tMuscat\tمسقط\t23.58413\t58.40778\tP\tPPLC\tOM\t\t06\t\t\t\t797000\t\t\t\t2024-01-01",
    "6255147\tMiddle East\tMiddle East\tالشرق الأوسط,الشرق الاوسط\t29.0\t41.0\tL\tRGN\t\t\t\t\t\t\t0\t\t\t\t2024-01-01",
    "99237\tIraq\tIraq\tالعراق\t33.0\t44.0\tA\tPCLI\tIQ\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "170063\tAleppo\tAleppo\tحلب\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t\t\t2024-01-01",
    "6942807\tMaspero\tMaspero\tمبنى الإذاعة والتلفزيون,ماسبيرو\t30.05\t31.23\tS\tBLDG\tEG\t\t11\t\t\t\t0\t\t\t\t2024-01-01",
    "248816\tJordan\tJordan\tالأردن\t31.0\t36.0\tA\tPCLI\tJO\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "289688\tQatar\tQatar\tقطر,دولة قطر\t25.5\t51.25\tA\tPCLI\tQA\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "163843\tSyria\tSyria\tسوريا,سورية\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "298795\tTurkey\tTurkey\tتركيا\t39.0\t35.0\tA\tPCLI\tTR\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "643492\tOulu\tOulu\tأولو\t65.01236\t25.46816\tP\tPPLA\tFI\t\t17\t\t\t\t209648\t\t\t\t2024-01-01",
    "267008\tTyre\tTyre\tصور\t33.27333\t35.19389\tP\tPPLA\tLB\t\t06\t\t\t\t117100\t\t\t\t2024-01-01",
    "109571\tHafar Al-Batin\tHafar Al-Batin\tحفر الباطن\t28.43279\t45.97077\tP\tPPLA2\tSA\t\t14\t\t\t\t271642\t\t\t\t2024-01-01",
    "2220139\tAl Aziziyah\tAl Aziziyah\tالعزيزية\t32.53194\t13.0175\tP\tPPLA2\tLY\t\t77\t\t\t\t4000\t\t\t\t2024-01-01",
    "99072\tMosul\tMosul\tالموصل\t36.335\t43.11889\tP\tPPLA\tIQ\t\t15\t\t\t\t1739800\t\t\t\t2024-01-01",
    "170017\tAl Bab\tAl Bab\tالباب\t36.37051\t37.5157\tP\tPPLA2\tSY\t\t09\t\t\t\t130745\t\t\t\t2024-01-01",
    "34647\tAl Qusayr\tAl Qusayr\tالقصير\t34.50886\t36.57809\tP\tPPLA2\tSY\t\t11\t\t\t\t29842\t\t\t\t2024-01-01",
    "250799\tAqaba\tAqaba\tالعقبة,عقبة\t29.52667\t35.00778\tP\tPPLA\tJO\t\t21\t\t\t\t95048\t\t\t\t2024-01-01",
    "2453866\tMali\tMali\tمالي\t17.0\t-4.0\tA\tPCLI\tML\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "1796236\tShanghai\tShanghai\tشانغهاي\t31.22222\t121.45806\tP\tPPLA\tCN\t\t23\t\t\t\t22315474\t\t\t\t2024-01-01",
    "343300\tAsmara\tAsmara\tأسمرة\t15.33805\t38.93184\tP\tPPLC\tER\t\t05\t\t\t\t563930\t\t\t\t2024-01-01",
    "718075\tNorth Macedonia\tNorth Macedonia\tمقدونيا الشمالية\t41.66667\t21.75\tA\tPCLI\tMK\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "8299719\tMdina\tMdina\tمدينة\t35.88694\t14.4025\tA\tADM1\tMT\t\t20\t\t\t\t0\t\t\t\t2024-01-01",
    "7792748\tAt Tahaluf\tAt Tahaluf\tالتحالف\t15.93786\t48.78641\tP\tPPLX\tYE\t\t04\t\t\t\t1281\t\t\t\t2024-01-01",
    "343386\tAssab\tAssab\tعصب\t13.00917\t42.73944\tP\tPPLA\tER\t\t03\t\t\t\t21300\t\t\t\t2024-01-01",
    "338010\tEritrea\tEritrea\tإريتريا\t15.0\t39.0\tA\tPCLI\tER\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "2429605\tFada\tFada\tفدا,فداء\t17.18568\t21.58185\tP\tPPLA\tTD\t\t02\t\t\t\t23786\t\t\t\t2024-01-01",
    "2510911\tSevilla\tSevilla\tإشبيلية,سويا\t37.38283\t-5.97317\tP\tPPLA\tES\t\t51\t\t\t\t684234\t\t\t\t2024-01-01",
    "92138\tAl Qa'im\tAl Qa'im\tالقائم\t34.36878\t41.0945\tP\tPPLA2\tIQ\t\t01\t\t\t\t74100\t\t\t\t2024-01-01",
    "164947\tAs Salamiyah\tAs Salamiyah\tالسلمية\t35.01127\t37.05324\tP\tPPLA2\tSY\t\t11\t\t\t\t66724\t\t\t\t2024-01-01",
    "250258\tSuf\tSuf\tسوف\t32.31333\t35.83722\tP\tPPL\tJO\t\t18\t\t\t\t12942\t\t\t\t2024-01-01",
    "170580\tKassab\tKassab\tكسب\t35.92241\t35.98694\tP\tPPLA3\tSY\t\t08\t\t\t\t0\t\t\t\t2024-01-01",
    "223816\tDjibouti\tDjibouti\tجيبوتي\t11.83333\t42.5\tA\tPCLI\tDJ\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "174448\tAbu Kamal\tAbu Kamal\tالبوكمال\t34.45226\t40.91854\tP\tPPLA2\tSY\t\t05\t\t\t\t57000\t\t\t\t2024-01-01",
    "293397\tTel Aviv\tTel Aviv\tتل أبيب\t32.08088\t34.78057\tP\tPPLA\tIL\t\t05\t\t\t\t432892\t\t\t\t2024-01-01",
    "276781\tBeirut\tBeirut\tبيروت\t33.89332\t35.50157\tP\tPPLC\tLB\t\t04\t\t\t\t1916100\t\t\t\t2024-01-01",
    "365137\tOmdurman\tOmdurman\tأم درمان\t15.64453\t32.47773\tP\tPPL\tSD\t\t29\t\t\t\t1200000\t\t\t\t2024-01-01",
    "96309\tHadithah\tHadithah\tحديثة,حديثه\t34.13661\t42.37727\tP\tPPLA2\tIQ\t\t01\t\t\t\t30925\t\t\t\t2024-01-01",
    "3009534\tLa Faye\tLa Faye\tلا في\t46.02033\t0.14661\tP\tPPL\tFR\t\t75\t\t\t\t585\t\t\t\t2024-01-01",
    "294640\tIsrael\tIsrael\tإسرائيل\t31.5\t34.75\tA\tPCLI\tIL\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "3169070\tRome\tRome\tروما\t41.89193\t12.51133\tP\tPPLC\tIT\t\t07\t\t\t\t2318895\t\t\t\t2024-01-01",
    "2988507\tParis\tParis\tباريس\t48.85341\t2.3488\tP\tPPLC\tFR\t\t11\t\t\t\t2138551\t\t\t\t2024-01-01",
    "357994\tEgypt\tEgypt\tمصر\t27.0\t30.0\tA\tPCLI\tEG\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "360630\tCairo\tCairo\tالقاهرة\t30.06263\t31.24967\tP\tPPLC\tEG\t\t11\t\t\t\t9606916\t\t\t\t2024-01-01",
    "285570\tKuwait\tKuwait\tالكويت\t29.5\t47.75\tA\tPCLI\tKW\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "990002101\tHadar\tHadar\tحضر\t33.27\t35.77\tP\tPPL\tSY\t\t03\t\t\t\t0\t\t\t\t2024-01-01",
    "170589\tAd Dumayr\tAd Dumayr\tالضمير,ضمير\t33.64389\t36.69376\tP\tPPLA3\tSY\t\t08\t\t\t\t0\t\t\t\t2024-01-01",
    "2542007\tMorocco\tMorocco\tالمغرب\t32.0\t-6.0\tA\tPCLI\tMA\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "350550\tQina\tQina\tقنا\t26.16418\t32.72671\tP\tPPLA\tEG\t\t23\t\t\t\t252883\t\t\t\t2024-01-01",
    "290030\tDoha\tDoha\tالدوحة\t25.28545\t51.53096\tP\tPPLC\tQA\t\t01\t\t\t\t344939\t\t\t\t2024-01-01",
    "379252\tKhartoum\tKhartoum\tالخرطوم\t15.55177\t32.53241\tP\tPPLC\tSD\t\t29\t\t\t\t1974647\t\t\t\t2024-01-01",
    "98182\tBaghdad\tBaghdad\tبغداد\t33.34058\t44.40088\tP\tPPLC\tIQ\t\t07\t\t\t\t7216000\t\t\t\t2024-01-01",
    "71137\tSanaa\tSanaa\tصنعاء\t15.35472\t44.20667\tP\tPPLC\tYE\t\t26\t\t\t\t1937451\t\t\t\t2024-01-01",
    "79415\tAl Hudaydah\tAl Hudaydah\tالحديدة\t14.79781\t42.95452\tP\tPPLA\tYE\t\t08\t\t\t\t617871\t\t\t\t2024-01-01",
    "170654\tDamascus\tDamascus\tدمشق\t33.5102\t36.29128\tP\tPPLC\tSY\t\t13\t\t\t\t1569394\t\t\t\t2024-01-01",
    "169577\tHoms\tHoms\tحمص\t34.72682\t36.72339\tP\tPPLA\tSY\t\t11\t\t\t\t775404\t\t\t\t2024-01-01",
    "272103\tLebanon\tLebanon\tلبنان\t33.83333\t35.83333\tA\tPCLI\tLB\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "271915\tSaida\tSaida\tصيدا\t33.55751\t35.37148\tP\tPPLA\tLB\t\t06\t\t\t\t163554\t\t\t\t2024-01-01",
    "281133\tSouth Governorate\tSouth Governorate\tالجنوب,محافظة الجنوب\t33.27\t35.37\tA\tADM1\tLB\t\t06\t\t\t\t0\t\t\t\t"
    "2024-01-01",
    "11281877\tOriental\tOriental\tالجهة الشرقية\t34.17813\t-6.33249\tA\tADM1\tMA\t\t04\t\t\t\t0\t\t\t\t2024-01-01",
    "79836\tAl Bayda\tAl Bayda\tالبيضاء\t13.98519\t45.57266\tP\tPPLA\tYE\t\t14\t\t\t\t37821\t\t\t\t2024-01-01",
    "2505530\tEl Bayadh\tEl Bayadh\tالبيض\t33.68318\t1.01927\tP\tPPLA\tDZ\t\t51\t\t\t\t87000\t\t\t\t2024-01-01",
    "6731221\tSalah ad Din\tSalah ad Din\tصلاح الدين,محافظة صلاح الدين\t34.5\t43.5\tA\tADM1\tIQ\t\t18\t\t\t\t0\t\t\t\t2024-01-01",
    "990001038\tMatariya (Cairo)\tMatariya (Cairo)\tالمطرية\t30.121\t31.313\tP\tPPLX\tEG\t\t11\t\t\t\t0\t\t\t\t2024-01-01",
    "104515\tMecca\tMecca\tمكة,مكة المكرمة\t21.42664\t39.82563\tP\tPPLA\tSA\t\t14\t\t\t\t1578722\t\t\t\t2024-01-01",
    "281133\tGaza\tGaza\tغزة\t31.50161\t34.46672\tP\tPPLA\tPS\t\tGZ\t\t\t\t410000\t\t\t\t2024-01-01",
    "7303783\tGaza Strip\tGaza Strip\tقطاع غزة\t31.42\t34.36\tA\tADM1\tPS\t\tGZ\t\t\t\t0\t\t\t\t2024-01-01",
    "279894\tSouth Governorate\tSouth Governorate\tجنوب لبنان,محافظة الجنوب\t33.27\t35.35\tA\tADM1\tLB\t\t06\t\t\t\t0\t\t\t\t2024-01-01",
    "360612\tNasr City\tNasr City\tمدينة نصر\t30.05\t31.33\tP\tPPLX\tEG\t\t11\t\t\t\t0\t\t\t\t2024-01-01",
    "990001137\tNahr al-Bared Camp\tNahr al-Bared Camp\tمخيم نهر البارد\t34.51\t35.96\tS\tCMPRF\tLB\t\t10\t\t\t\t0\t\t\t\t"
    "2024-01-01",
    "953987\tSouth Africa\tSouth Africa\tجنوب أفريقيا\t-29.0\t24.0\tA\tPCLI\tZA\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "6255146\tAfrica\tAfrica\tأفريقيا\t7.19\t21.09\tL\tCONT\t\t\t\t\t\t\t0\t\t\t\t2024-01-01",
    "109223\tMedina\tMedina\tالمدينة,المدينة المنورة\t24.46861\t39.61417\tP\tPPLA\tSA\t\t05\t\t\t\t1300000\t\t\t\t2024-01-01",
    "2946447\tBonn\tBonn\tبون,بن\t50.73438\t7.09549\tP\tPPLA3\tDE\t\t07\t\t\t\t330579\t\t\t\t2024-01-01",
};

struct Found {
  std::string surface;
  uint32_t geonameid = 0;
};

// The places the geoparser finds in `s`: their surfaces and GeoNames ids.
std::vector<Found> Places(const Resources& res, const std::string& s) {
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  GeoResult r = Geoparser(res.gazetteer, res.lexicons).Parse(*text, toks, Options{});
  std::vector<Found> out;
  for (const auto& m : r.mentions)
    out.push_back({std::string(text->Slice(m.start, m.end)),
                   m.place >= 0 ? res.gazetteer.Place(static_cast<uint32_t>(m.place)).geonameid : 0u});
  return out;
}

class ArabicNamesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = new marsad::testing::SmallIndex("geo_arabic_names", kRows); }
  static void TearDownTestSuite() {
    delete index_;
    index_ = nullptr;
  }
  const Resources& res() const { return *index_->resources(); }
  static marsad::testing::SmallIndex* index_;
};
marsad::testing::SmallIndex* ArabicNamesTest::index_ = nullptr;

// A name with a descriptor or epithet (ar/name_descriptors.tsv) is one mention, the place the
// index names whole, and carries the span of its name proper: 'مكة' of 'مكة المكرمة', 'غزة' of
// 'قطاع غزة' (the strip, not the city), 'لبنان' of 'جنوب لبنان'. A country so named ('جنوب
// أفريقيا') and a name without one have none.
TEST_F(ArabicNamesTest, ANameWithADescriptorCarriesItsNameProper) {
  ASSERT_NE(index_->resources(), nullptr);
  const std::string s = "وصل الحجاج إلى مكة المكرمة وقصفت الطائرات قطاع غزة وجنوب لبنان وزار الوفد جنوب أفريقيا وغزة.";
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  GeoResult r = Geoparser(res().gazetteer, res().lexicons).Parse(*text, toks, Options{});
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& m : r.mentions)
    got.emplace_back(std::string(text->Slice(m.start, m.end)), std::string(text->Slice(m.name_start, m.name_end)));
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"مكة المكرمة", "مكة"},
                                                                    {"قطاع غزة", "غزة"},
                                                                    {"وجنوب لبنان", "لبنان"},
                                                                    {"جنوب أفريقيا", ""},
                                                                    {"وغزة", ""}}));
  ASSERT_EQ(r.mentions.size(), 5u);
  EXPECT_EQ(res().gazetteer.Place(static_cast<uint32_t>(r.mentions[1].place)).geonameid, 7303783u);
  // After a noun naming the kind of place, the rest is the name proper whether or not the index
  // has it alone ('نصر' of 'مدينة نصر'), and whole ('نهر البارد' of the camp of Nahr al-Bared).
  const std::string s2 = "نقل الجرحى إلى مدينة نصر ثم إلى مخيم نهر البارد.";
  auto text2 = text::DecodeUtf8(s2, text::Utf8Mode::kStrict);
  auto toks2 = text::Tokenize(*text2);
  GeoResult r2 = Geoparser(res().gazetteer, res().lexicons).Parse(*text2, toks2, Options{});
  std::vector<std::string> names;
  for (const auto& m : r2.mentions) names.emplace_back(text2->Slice(m.name_start, m.name_end));
  EXPECT_EQ(names, (std::vector<std::string>{"نصر", "نهر البارد"}));
}

// "لمحافظة عدن": the index has the governorate as "محافظة عدن", but the place's name is عدن and
// the noun its cue (the governorate still, by the cue); "مطار عدن الدولي" names Aden.
TEST_F(ArabicNamesTest, AGenericNounBeforeANameIsItsCue) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "وأكد أن دار سعد منطقة تتبع لمحافظة عدن وقد أعيد تشغيل مطار عدن الدولي أمس.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].surface, "عدن");
  EXPECT_EQ(p[0].geonameid, 415187u);
  EXPECT_EQ(p[1].surface, "عدن");
}

// Saudi Arabia's thirteen regions are "منطقة X" (منطقة جازان، منطقة عسير): after the noun, a
// first-level region is read before the town of its name.
TEST_F(ArabicNamesTest, ARegionAfterMintaqaIsTheProvince) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "أصيب جندي على الحدود في قطاع منطقة جازان.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].surface, "جازان");
  EXPECT_EQ(p[0].geonameid, 105298u);
}

std::vector<std::string> Surfaces(const std::vector<Found>& places) {
  std::vector<std::string> out;
  for (const auto& p : places) out.push_back(p.surface);
  return out;
}

// Words the index lists as names that are no place where they stand: a newspaper quoted after
// ل ('في تصريح لـ«الرياض»'), a word with written tanween ('تلعب دوراً'), a family name after a
// listed first name ('محمد علان'), a first name after a title and a nationality ('الرئيس
// الأميركي باراك', Arak by its clitic reading).
TEST_F(ArabicNamesTest, NewspapersTanweenAndPersonsAreNoPlaces) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوفد إلى اليمن.")), (std::vector<std::string>{"اليمن"}));
  EXPECT_TRUE(Places(res(), "وقال المتحدث في تصريح لـ«الرياض» إن القصف توقف.").empty());
  EXPECT_TRUE(Places(res(), "المرأة تلعب دوراً هاما في المواجهات.").empty());
  EXPECT_TRUE(Places(res(), "أضرب المحامي محمد علان عن الطعام.").empty());
  EXPECT_TRUE(Places(res(), "اتصل الرئيس الأميركي باراك أوباما بنظيره.").empty());
  // The city itself, and a country in quotes, stay places.
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوفد إلى الرياض أمس، وقال إن لـ\"اليمن\" موقفا.")),
            (std::vector<std::string>{"الرياض", "اليمن"}));
}

// A region's name filling a quotation is the newspaper, whoever speaks to it or not
// ("علمت «الشرق الأوسط»", a dateline "* بشكيك - «الشرق الأوسط»:"); unquoted it is the region.
TEST_F(ArabicNamesTest, AQuotedRegionIsATitle) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "وعلمت «الشرق الأوسط» من مصادر أن الجيش قصف حلب.")),
            (std::vector<std::string>{"حلب"}));
  EXPECT_EQ(Surfaces(Places(res(), "* بيروت - «الشرق الأوسط»: قصف الجيش حلب.")),
            (std::vector<std::string>{"بيروت", "حلب"}));
  EXPECT_EQ(Surfaces(Places(res(), "وقال إن الشرق الأوسط يشهد أزمة.")), (std::vector<std::string>{"الشرق الأوسط"}));
}

// "القوات السعودية", "الحدود السعودية": after a definite noun السعودية is the adjective (a
// demonym, left out by default), while "في السعودية" and "حدود السعودية" name the country.
TEST_F(ArabicNamesTest, TheSaudiAfterADefiniteNounIsTheAdjective) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "أصيب جندي من القوات السعودية على الحدود السعودية اليمنية.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "عاد الوفد إلى السعودية عبر حدود السعودية مع اليمن.")),
            (std::vector<std::string>{"السعودية", "السعودية", "اليمن"}));
}

// Common words the index lists as names (ar/nonplace_words.tsv, ar/clitic_exceptions.tsv):
// 'وكيل الوزارة' is the deputy minister, not و + Kiel; 'أمر هام' an important matter, not
// Hamm; and a club's name holds its town (ar/org_cues.tsv: 'ريال مدريد').
TEST_F(ArabicNamesTest, CommonWordsAndClubsAreNoPlaces) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "حضر المقابلة وكيل الوزارة للشؤون الدبلوماسية.").empty());
  EXPECT_TRUE(Places(res(), "وقال إن القضاء على المليشيات أمر هام ومحوري.").empty());
  EXPECT_TRUE(Places(res(), "أعلن ريال مدريد أنه تعاقد مع لاعبين.").empty());
  EXPECT_TRUE(Places(res(), "وتعادل أتلتيكو مدريد مع ضيفه.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوفد إلى مدريد أمس.")), (std::vector<std::string>{"مدريد"}));
  // A club's people and its match name the club, not its city ('صفوف مانشستر', 'حارس مرمى
  // ليفربول', 'تعادل مع ضيفه ليفربول 1 / 1'); a country after them is the national team's state.
  EXPECT_TRUE(Places(res(), "وكان اللاعب قد رحل عن صفوف مدريد لينضم إلى سيلتك.").empty());
  EXPECT_TRUE(Places(res(), "ولم يستطع حارس مرمى مدريد التصدي للكرة.").empty());
  EXPECT_TRUE(Places(res(), "وتعادل مع ضيفه مدريد 1 / 1 أمس.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وسجل لاعبو مصر هدفين.")), (std::vector<std::string>{"مصر"}));
  // A club's prefix before its town's name (ar/org_cues.tsv: AS, AC, AEK, ASEC, Bayer, Hertha,
  // Levski ...): 'أس روما' is the club; the town alone stays a place.
  EXPECT_TRUE(Places(res(), "وقد أكدت المصادر أن فريق أس روما الإيطالي عرض عليه عقدا.").empty());
  EXPECT_TRUE(Places(res(), "وتأهل ايك روما إلى الدور الثاني.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوفد إلى روما أمس.")), (std::vector<std::string>{"روما"}));
  // Every capital has its radio and television building: in Aden it is not Cairo's Maspero.
  EXPECT_EQ(Surfaces(Places(res(), "دمر الحوثيون مبنى الإذاعة والتلفزيون في عدن.")), (std::vector<std::string>{"عدن"}));
}

// "بن" (son of) before a word begins a name of several words the index lacks ("منطقة بن
// قردان", Ben Gardane): not Bonn, whose alternate name it is, even after a region's noun;
// Bonn by its own name, or "بن" ending its phrase after a cue, stays.
TEST_F(ArabicNamesTest, SonOfBeforeAWordBeginsAName) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "هاجمت مجموعات مسلحة في منطقة بن قردان السيارات الليبية.").empty());
  EXPECT_TRUE(Places(res(), "وصل إلى بلدة ابن الوليد أمس.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوزير إلى مدينة بون الألمانية.")), (std::vector<std::string>{"بون"}));
}

// "المدينة" with its adjective ("المدينة الساحلية", "المدينة الخضراء") is the city just named or a
// quarter's name, not Medina; "المدينة المنورة" and "المدينة" alone stay Medina.
TEST_F(ArabicNamesTest, TheCityWithItsAdjectiveIsNoMedina) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "ويشعر سكان المدينة الساحلية بالخوف.").empty());
  EXPECT_TRUE(Places(res(), "أطلقت الصواريخ من ناحية المدينة الخضراء أمس.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وصل الحجاج إلى المدينة المنورة أمس.")), (std::vector<std::string>{"المدينة المنورة"}));
}

// After a relative pronoun comes its clause's verb: 'اللاتي عدن' (who returned), not Aden; with
// a preposition between, or a proclitic on the name, the town stays.
TEST_F(ArabicNamesTest, AVerbAfterARelativePronounIsNoPlace) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "وأشاد بالممثلات المعتزلات اللاتي عدن للتمثيل بحجابهن.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وأشاد بالممثلات اللاتي في عدن.")), (std::vector<std::string>{"عدن"}));
  EXPECT_EQ(Surfaces(Places(res(), "وصل الجنود الذين بعدن إلى المطار.")), (std::vector<std::string>{"بعدن"}));
}

// A sports fixture lists each club with its country in parentheses and a dash between the sides
// ('ليفربول ( إنجلترا ) - غلطة سراي ( تركيا )'): a town so written is the club's name; the
// countries stay places, and a dateline with one side keeps its town.
TEST_F(ArabicNamesTest, ATownInAFixtureIsTheClub) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "المجموعة الثالثة : مدريد ( سوريا ) - حلب ( تركيا ) صفر - 3 .")),
            (std::vector<std::string>{"سوريا", "تركيا"}));
  EXPECT_EQ(Surfaces(Places(res(), "روما ( مصر ) - غلطة سراي ( تركيا ) .")),
            (std::vector<std::string>{"مصر", "تركيا"}));
  EXPECT_EQ(Surfaces(Places(res(), "حلب ( سوريا ) - رويترز : قصفت الطائرات المدينة.")),
            (std::vector<std::string>{"حلب", "سوريا"}));
}

// A feminine colour adjective that names towns too (البيضاء: Al Bayda) agrees with the definite
// noun right before it: 'الأسود البيضاء' are white lions (ANERcorp), 'الفاصوليا البيضاء' white
// beans; after a preposition, a clitic or the governorate's noun it is the town.
TEST_F(ArabicNamesTest, AColourAfterADefiniteNounIsAnAdjective) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "تتواجد الأسود البيضاء في حالة برية.").empty());
  EXPECT_TRUE(Places(res(), "ويستخدم الفاصوليا البيضاء كعنصر أساسي.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "اشتدت المعارك في البيضاء وفي مدينة البيضاء وقتل ثلاثة بالبيضاء.")),
            (std::vector<std::string>{"البيضاء", "البيضاء", "بالبيضاء"}));
  // The plural too: 'البريطانيين البيض' (white Britons), not El Bayadh, which stays after a preposition.
  EXPECT_TRUE(Places(res(), "وتحدث عن البريطانيين البيض في المقال.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوفد إلى البيض أمس.")), (std::vector<std::string>{"البيض"}));
}

// "العاصمة عمان": after the capital's noun, the country of the same name is no reading; the
// capital's cue had lost to the country's priors (name, population, country_name).
TEST_F(ArabicNamesTest, TheCapitalsNounExcludesTheCountry) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "تشهد العاصمة عمان الان تساقطا غزيرا للامطار.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].geonameid, 250441u);
}

// "قرب مدينة دوجوبيازيت", "قرية زركال": after a town's or village's noun a word the index
// lacks is a place, unresolved; an adjective agreeing with the noun is not ("مدينة كبيرة",
// "قرية حدودية").
TEST_F(ArabicNamesTest, AnUnlistedNameAfterATownsNounIsAPlace) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "انفجر جرار مفخخ قرب مدينة دوجوبيازيت وفي محيط قرية زركال.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"دوجوبيازيت", "زركال"}));
  EXPECT_EQ(p[0].geonameid, 0u);
  EXPECT_TRUE(Places(res(), "وصلوا إلى مدينة كبيرة ثم إلى قرية حدودية بعد مدينة في الجنوب.").empty());
}

// Arabic spellings GeoNames lacks (gazetteer/extra_names.tsv): 'كراكاس' beside its 'كاراكاس',
// 'قوانجتشو' with the ج Egyptian writers use for g, and the spellings of Arabic news below.
TEST_F(ArabicNamesTest, CommonArabicSpellingsOfForeignNames) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "وصل الرئيس إلى كراكاس قادما من قوانجتشو.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].geonameid, 3646738u);
  EXPECT_EQ(p[1].geonameid, 1809858u);
  // 'شنغهاي' beside GeoNames' 'شانغهاي', 'أسمرا' beside 'أسمرة', and Macedonia by its name
  // before 2019 ('مقدونيا', the index has only 'مقدونيا الشمالية').
  p = Places(res(), "وينقل الغاز إلى شنغهاي، وعاد الوفد من أسمرا إلى مقدونيا.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"شنغهاي", "أسمرا", "مقدونيا"}));
  EXPECT_EQ(p[0].geonameid, 1796236u);
  EXPECT_EQ(p[1].geonameid, 343300u);
  EXPECT_EQ(p[2].geonameid, 718075u);
}

// Phrases no place's name is part of (ar/nonplace_words.tsv entries of several words): 'مسقط
// رأسه' is one's birthplace, not Muscat; and a preposition is no unknown village's name
// before a bearing ('وهي قرية في شمال العراق').
TEST_F(ArabicNamesTest, PhrasesAndPrepositionsAreNoNames) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "اختير لعمله الشجاع في مسقط رأسه حلب.")), (std::vector<std::string>{"حلب"}));
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوزير إلى مسقط أمس.")), (std::vector<std::string>{"مسقط"}));
  auto p = Places(res(), "جاء ردا على مجزرة زركال، وهي قرية في شمال العراق.");
  for (const auto& f : p) EXPECT_NE(f.surface, "في");
}

// Official names are names (extra_names.tsv: 'المملكة الأردنية الهاشمية', not the generic
// 'المملكة' and a stray 'الهاشمية'), while 'دولة' before a name is a generic noun like
// 'محافظة' (ANERcorp and the news guide: 'دولة [قطر]').
TEST_F(ArabicNamesTest, OfficialNamesAreWholeAndTheStatesNounIsACue) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "وصل الوفد إلى المملكة الأردنية الهاشمية ثم إلى دولة قطر.");
  EXPECT_EQ(Surfaces(p), (std::vector<std::string>{"المملكة الأردنية الهاشمية", "قطر"}));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].geonameid, 248816u);
  EXPECT_EQ(p[1].geonameid, 289688u);
}

// Country names that are adjectives where they stand: after an indefinite feminine noun
// ("مقاتلة سورية", a Syrian jet) or an accusative noun ("عسكريا تركيا", a Turkish soldier); a
// title before a country names an office, not a person ("رئيس اليمن"); a first name that
// begins with a proclitic's letter ('باولو', not ب + Oulu); pictures ('صور', not Tyre).
TEST_F(ArabicNamesTest, AdjectivesOfficesAndNamesInTheNews) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "قتل 31 شخصا حين سقطت مقاتلة سورية على سوق مزدحم.").empty());
  EXPECT_TRUE(Places(res(), "قال البيان إن عسكريا تركيا قتل قرب الحدود.").empty());
  EXPECT_TRUE(Places(res(), "أجرى الوزير مباحثات مع باولو جينتيلوني.").empty());
  EXPECT_TRUE(Places(res(), "تبادل الناس صور وفيديوهات الحادث.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "بناء على طلب الرئيس هادي رئيس اليمن، وصل الوفد إلى سورية.")),
            (std::vector<std::string>{"اليمن", "سورية"}));
}

// A word ending in ا before a country is seldom the accusative noun it would agree with
// ("عسكريا تركيا" above): a verb or preposition with the pronoun ها ("الحرب التي شهدتها
// سوريا"), a plural verb ("دخلوا سوريا"), a plural in اء whose hamza the key drops ("سفراء
// تركيا"), an adverb ("أيضا تركيا"): the country after them is the place.
TEST_F(ArabicNamesTest, ACountryAfterAPronounAVerbOrAnAdverbIsThePlace) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "وهي الحرب التي شهدتها سوريا منذ سنوات.")), (std::vector<std::string>{"سوريا"}));
  EXPECT_EQ(Surfaces(Places(res(), "وقالوا إنهم دخلوا سوريا من الشمال.")), (std::vector<std::string>{"سوريا"}));
  EXPECT_EQ(Surfaces(Places(res(), "واجتمع الوزير مع سفراء تركيا والعراق.")),
            (std::vector<std::string>{"تركيا", "والعراق"}));
  EXPECT_EQ(Surfaces(Places(res(), "وتضم المجموعة أيضا تركيا.")), (std::vector<std::string>{"تركيا"}));
  EXPECT_TRUE(Places(res(), "وقتل لاجئا سوريا قرب الحدود.").empty());
}

// "جيبوتي" is Djibouti and, spelled the same, the masculine adjective: the country's name
// wins where it stands alone ('عقد مؤتمر للمصالحة في جيبوتي'), the definite adjective is
// still a demonym ('الرئيس الجيبوتي').
TEST_F(ArabicNamesTest, DjiboutiIsTheCountry) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "عقد مؤتمر للمصالحة في جيبوتي وحضره الرئيس الجيبوتي.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"جيبوتي"}));
  EXPECT_EQ(p[0].geonameid, 223816u);
}

// Common words and phrases that are names of towns elsewhere (ar/nonplace_words.tsv): an
// obstacle ('عقبة', Aqaba is العقبة), the short term ('المدى القصير', not Al-Qusayr), financial
// support ('دعم مالي', not Mali); and a definite word after a demonstrative ('هذا الباب', this
// door, not Al-Bab). The towns and the country keep their names.
TEST_F(ArabicNamesTest, CommonWordsAfterADemonstrativeOrInPhrasesAreNoPlaces) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "لكن ما زال يترتب تخطي عقبة الكونغرس.").empty());
  EXPECT_TRUE(Places(res(), "وقال إن الآثار السلبية ستكون على المدى القصير فقط.").empty());
  EXPECT_TRUE(Places(res(), "وحصل اللاعب على دعم مالي كبير.").empty());
  EXPECT_TRUE(Places(res(), "وقال إن هذا الباب لم يعد من الممكن إغلاقه.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "سيطر الجيش على الباب ثم على القصير وانسحب إلى مالي.")),
            (std::vector<std::string>{"الباب", "القصير", "مالي"}));
}

// A facility's adjective after a listed common word ('ضربات التحالف الجوية', 'عمليات التحالف
// العسكرية', 'المصدر العسكري') names no facility the index lacks: not At Taḩāluf, a village of
// Yemen, nor Al Muşaddar. An air base so named keeps its adjective's reading, and a noun
// before a word ('ميناء عصب') still names the town.
TEST_F(ArabicNamesTest, AFacilitysAdjectiveAfterACommonWordNamesNoPlace) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "وقال المرصد إن ضربات التحالف الجوية دعمت الأكراد في هذه العملية.").empty());
  EXPECT_TRUE(Places(res(), "وأكد المصدر العسكري أن عمليات التحالف العسكرية مستمرة.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوفد إلى ميناء عصب في إريتريا.")), (std::vector<std::string>{"عصب", "إريتريا"}));
}

// An indefinite title before a province names the office ("أمير جازان", the governor of the
// Jizan region; "ملك أراجون"), as before a country; after the definite title a name is the
// person's ("الأمير سلطان").
TEST_F(ArabicNamesTest, ATitleBeforeAProvinceNamesTheOffice) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "وقال أمير جازان إن الحدود آمنة.")), (std::vector<std::string>{"جازان"}));
  EXPECT_TRUE(Places(res(), "وقال الأمير جازان إن الحدود آمنة.").empty());
}

// Words of the news that name towns far away ('العمل سويا', together, not Seville; 'إن وفدا
// رفيع المستوى', a delegation, not و + Fada; 'أرواحهم فداء للوطن'), and a town's noun alone
// ('في ريف مدينة الباب': مدينة is Mdina, Malta, in GeoNames), are no places.
TEST_F(ArabicNamesTest, FrequentWordsAndATownsNounAloneAreNoPlaces) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "واتفقا على العمل سويا لوقف تدفق المقاتلين.").empty());
  EXPECT_TRUE(Places(res(), "وقال إن وفدا رفيع المستوى وصل ويقدمون أرواحهم فداء للوطن.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "قصف الطيران قرية في ريف مدينة الباب.")), (std::vector<std::string>{"الباب"}));
  EXPECT_EQ(Surfaces(Places(res(), "وصل الوفد إلى إشبيلية.")), (std::vector<std::string>{"إشبيلية"}));
}

// Collocations in which a town's name is an adjective or a participle (ar/nonplace_words.tsv):
// the peace process ('العملية السلمية', not Salamiyah), a chargé d'affaires ('القائم بأعمال
// السفارة', not Al-Qa'im); and 'فينا' (in us), 'فسوف' (then will) are no clitic's readings, and
// 'كسب' (gaining) is Kessab only after its cue. The towns stay.
TEST_F(ArabicNamesTest, CollocationsAreNoPlaces) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "وعاد الحديث عن العملية السلمية وقال إن القائم بأعمال السفارة استدعي.").empty());
  // 'فسوف' (then will) is no ف + Suf; 'كسب' (gaining) is Kessab only after its cue.
  EXPECT_TRUE(Places(res(), "وإن تحركت في أي منطقة فسوف يتم التصدي لها بهدف كسب الوقت.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "ويحتفظ النظام بسيطرته على معبر كسب.")), (std::vector<std::string>{"كسب"}));
  EXPECT_EQ(Surfaces(Places(res(), "ووصل الجيش إلى القائم ثم إلى السلمية.")),
            (std::vector<std::string>{"القائم", "السلمية"}));
  // 'القائم على' is 'based on', 'ضمير' a conscience; the town is الضمير.
  EXPECT_TRUE(Places(res(), "وهو الحل القائم على عدم استخدام العنف، وفجر نفسه دون أن يرف له ضمير.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وقصفت الطائرات مطار الضمير.")), (std::vector<std::string>{"الضمير"}));
  // The sunset prayer and two clubs of the Moroccan league are not Morocco, which stays.
  EXPECT_EQ(Surfaces(Places(res(), "أدى الحضور صلاة المغرب، وفاز المغرب الفاسي على المغرب التطواني في المغرب.")),
            (std::vector<std::string>{"المغرب"}));
  // Men named like Salah ad-Din Governorate: Saladin, Selahattin Demirtaş, a man and his father.
  EXPECT_TRUE(Places(res(), "وقال صلاح الدين دمرداش إن منبر صلاح الدين الأيوبي أعيد، وأكد صلاح الدين عبد الكريم ذلك.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "واشتدت المعارك في محافظة صلاح الدين.")), (std::vector<std::string>{"صلاح الدين"}));
  // To open or close the door (the way) is no Al-Bab, which stays after its cue or a preposition.
  EXPECT_TRUE(Places(res(), "وقال إن الاتفاق سيفتح الباب أمام عودة اللاجئين، ولن تغلق الباب في وجه أحد.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وفتح الجيش الطريق إلى مدينة الباب وتقدم في الباب.")),
            (std::vector<std::string>{"الباب", "الباب"}));
}

// Places of the news the registry lacks (data/gazetteer/supplement.txt: Aden's district of Dar
// Saad, the Wadiah crossing by Sharurah, Shuqrah, Dofas and al-Kawd in Abyan; Camp David) are
// found: their rows, read from the supplement itself, make a small index (SmallIndex reads no
// supplement).
TEST(ArabicSupplementTest, PlacesOfTheNewsTheRegistryLacks) {
  std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(f, line);) {
    // Shuqrah, Sharurah and Dar Saad (990001743, 990001744, 990001746), the Wadiah crossing,
    // Camp David, al-Kawd and Dofas (990002028-990002031).
    if (!line.starts_with("990001743\t") && !line.starts_with("990001744\t") && !line.starts_with("990001746\t") &&
        !line.starts_with("99000202") && !line.starts_with("99000203"))
      continue;
    size_t cut = 0;  // the first 19 columns: the source is no column of GeoNames' layout
    for (int tabs = 0; tabs < 19 && cut != std::string::npos; ++tabs) cut = line.find('\t', cut + (tabs > 0));
    lines.push_back(line.substr(0, cut));
  }
  std::vector<const char*> rows;
  for (const auto& l : lines) rows.push_back(l.c_str());
  marsad::testing::SmallIndex index("geo_arabic_supplement", rows);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "سقطت قذائف على دار سعد وعلى منفذ الوديعة وعلى شرورة، ووصلت القوات إلى شقرة.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"دار سعد", "منفذ الوديعة", "شرورة", "شقرة"}));
  EXPECT_EQ(p[0].geonameid, 990001746u);
  EXPECT_EQ(Surfaces(Places(*index.resources(), "تقدمت المقاومة في منطقتي دوفس والكود، وعقدت القمة في منتجع كامب ديفيد.")),
            (std::vector<std::string>{"دوفس", "والكود", "كامب ديفيد"}));
}

// A lone Arabic name whose only reading is a small namesake in a country the text names
// nowhere ("العزيزية", a district of Hafr al-Batin the index lacks, read as Al Aziziyah in
// Libya) is dropped; the text's own places stay.
TEST_F(ArabicNamesTest, AFarNamesakeOfALocalNameIsDropped) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "غمرت مياه الأمطار شوارع حفر الباطن ووصلت إلى العزيزية مساء أمس.")),
            (std::vector<std::string>{"حفر الباطن"}));
  // A small town across a border from the text's other place is no far namesake.
  EXPECT_EQ(Surfaces(Places(res(), "شنت طائرات التحالف غارات على مواقع التنظيم في الموصل والبوكمال.")),
            (std::vector<std::string>{"الموصل", "والبوكمال"}));
}

// A proclitic before a two-letter head of a name of several words ('وتل أبيب', 'بتل أبيب',
// 'وأم درمان'): ProcliticSplits leaves no stem under three letters, and the name was lost; the
// head after a proclitic is still no name alone ('وتل من الرمال', a hill of sand).
TEST_F(ArabicNamesTest, AProcliticBeforeATwoLetterHead) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "زار الوفد بيروت وتل أبيب ثم الخرطوم وأم درمان.")),
            (std::vector<std::string>{"بيروت", "وتل أبيب", "الخرطوم", "وأم درمان"}));
  EXPECT_EQ(Surfaces(Places(res(), "وعقد الاجتماع بتل أبيب.")), (std::vector<std::string>{"بتل أبيب"}));
  EXPECT_TRUE(Places(res(), "وظهر وتل من الرمال.").empty());
}

// 'حديثه' with the pronoun ه is 'his talk', Haditha is written حديثة: the matching key spells
// both alike, so the entry (reason pronoun_suffix) holds where the text writes ه; a town's cue
// still names the town. 'لا في' (not in) is no alternate name of La Faye.
TEST_F(ArabicNamesTest, HisTalkAndNotInAreNoPlaces) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "وقال في حديثه لـ«الشرق الأوسط» إن الاتفاق صامد.").empty());
  auto p = Places(res(), "وقتل خمسة جنود في حديثة غرب العراق ثم في مدينة حديثه.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"حديثة", "غرب العراق", "العراق", "حديثه"}));
  EXPECT_EQ(p[0].geonameid, 96309u);
  EXPECT_EQ(Surfaces(Places(res(), "لا في سوريا ولا في العراق.")), (std::vector<std::string>{"سوريا", "العراق"}));
}

// 'حضر' is the verb 'he attended' ('حضر الاستقبال وكيل الوزارة', 35 of 37 in the throughput
// corpus), not Hadar, a village of Quneitra, which its cue still names ('بلدة حضر').
TEST_F(ArabicNamesTest, TheVerbAttendedIsNoVillage) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "حضر الاستقبال وكيل الوزارة للشؤون الدبلوماسية.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "وسقطت قذائف على بلدة حضر.")), (std::vector<std::string>{"حضر"}));
}

// A national team and a state broadcaster belong to the state their name names (org_cues
// position before_state): the country after 'منتخب' or 'تلفزيون' is a place of the text; a
// university's city stays nested in its name.
TEST_F(ArabicNamesTest, TheStateOfANationalTeamOrBroadcasterIsAPlace) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "فاز منتخب مصر على منتخب قطر، وقال تلفزيون الكويت إن المباراة أقيمت في جامعة القاهرة.")),
            (std::vector<std::string>{"مصر", "قطر", "الكويت"}));
}

// A place in a hashtag of several words is in the topic's name ("#امطار_الكويت", the Kuwait
// rains; "#الكويت_الان"): nested, out of the text's places; a hashtag that is the name whole
// is the place, and a state broadcaster's state stays a place in a hashtag too.
TEST_F(ArabicNamesTest, APlaceInAHashtagOfSeveralWordsIsInTheTopicsName) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "غرقت الشوارع #امطار_الكويت #الكويت_الان #بيروت_منكوبة وعاد الهدوء إلى #بيروت "
                                   "و #حفر_الباطن وبث #تلفزيون_الكويت الصور.")),
            (std::vector<std::string>{"بيروت", "حفر_الباطن", "الكويت"}));
  auto text = text::DecodeUtf8("غرقت الشوارع #امطار_الكويت الليلة.", text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  GeoResult r = Geoparser(res().gazetteer, res().lexicons).Parse(*text, toks, Options{});
  EXPECT_TRUE(r.mentions.empty());
  ASSERT_EQ(r.nested.size(), 1u);
  EXPECT_EQ(text->Slice(r.nested[0].start, r.nested[0].end), "الكويت");
  EXPECT_TRUE(r.nested[0].in_name);
}

// The country in a topic's hashtag is out of the places but says where the tweet is: a town's
// namesake in that country wins ('العبدلي' beside '#امطار_الكويت' is Kuwait's, not Amman's),
// and a country's capital wins over a country of the same name ('عمان' beside '#سيول_الاردن').
// A town in such a hashtag votes for its country too: 'برديه' (hail) beside '#حفرالباطن_الان' is
// no village in Libya. Without the hashtags the Jordanian district, the sultanate and the village
// are the readings.
TEST(ArabicHashtagContextTest, ACountryInATopicsHashtagVotesForItsPlaces) {
  const char* const rows[] = {
      "285570\tKuwait\tKuwait\tالكويت\t29.5\t47.75\tA\tPCLI\tKW\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "248816\tJordan\tJordan\tالأردن,الاردن\t31.0\t36.0\tA\tPCLI\tJO\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "250441\tAmman\tAmman\tعمان\t31.95522\t35.94503\tP\tPPLC\tJO\t\t16\t\t\t\t1275857\t\t\t\t2024-01-01",
      "286963\tOman\tOman\tعمان,سلطنة عمان\t21.0\t57.0\tA\tPCLI\tOM\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "10862121\tAl Abdalli\tAl Abdalli\tالعبدلي\t31.96501\t35.90821\tP\tPPLA2\tJO\t\t16\t\t\t\t0\t\t\t\t2024-01-01",
      "990001742\tAl Abdali (Kuwait)\tAl Abdali (Kuwait)\tالعبدلي\t30.03\t47.7\tP\tPPL\tKW\t\t05\t\t\t\t0\t\t\t\t"
      "2024-01-01",
      "109571\tHafar Al-Batin\tHafar Al-Batin\tحفر الباطن,حفرالباطن\t28.43279\t45.97077\tP\tPPLA2\tSA\t\t14\t\t\t\t271642"
      "\t\t\t\t2024-01-01",
      "80509\tAl Bardiyah\tAl Bardiyah\tالبردية,برديه\t31.75601\t25.0853\tP\tPPL\tLY\t\t79\t\t\t\t9149\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_hashtag_context", rows);
  ASSERT_NE(index.resources(), nullptr);
  auto one = [&](const std::string& s) {
    auto p = Places(*index.resources(), s);
    return p.size() == 1 ? p[0].geonameid : 0u;
  };
  EXPECT_EQ(one("تساقط البرد في العبدلي فجر اليوم #امطار_الكويت"), 990001742u);
  EXPECT_EQ(one("تساقط البرد في العبدلي فجر اليوم"), 10862121u);
  EXPECT_EQ(one("العاصفة الرعدية تتجه نحو عمان الآن #سيول_الاردن"), 250441u);
  EXPECT_EQ(one("العاصفة الرعدية تتجه نحو عمان الآن"), 286963u);
  EXPECT_TRUE(Places(*index.resources(), "برديه قويه الان شمال #حفرالباطن_الان").empty());
  EXPECT_EQ(one("برديه قويه الان"), 80509u);
}

// A country named in an organisation's name ('الهلال الاحمر العراقي', 'وكالة الأنباء السعودية') is
// no place of the text but votes for its country as a hashtag's does: the Iraqi Red Crescent's
// 'قضاء المدينة' is the district in Iraq, not Medina; the Saudi agency's minister's 'المملكة' is
// Saudi Arabia. Without the organisation, Medina, and no kingdom.
TEST(ArabicHashtagContextTest, ACountryInAnOrganisationsNameVotesForItsPlaces) {
  const char* const rows[] = {
      "99237\tIraq\tIraq\tالعراق\t33.0\t44.0\tA\tPCLI\tIQ\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "102358\tSaudi Arabia\tSaudi Arabia\tالسعودية\t25.0\t45.0\tA\tPCLI\tSA\t\t00\t\t\t\t31521418\t\t\t\t2024-01-01",
      "3175395\tItaly\tItaly\tإيطاليا\t42.83333\t12.83333\tA\tPCLI\tIT\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "109223\tMedina\tMedina\tالمدينة\t24.46861\t39.61417\tP\tPPLA\tSA\t\t05\t\t\t\t1300000\t\t\t\t2024-01-01",
      "99106\tAl Madinah\tAl Madinah\tالمدينة\t30.96324\t47.26998\tP\tPPLA2\tIQ\t\t02\t\t\t\t0\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_org_context", rows);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "وزعت ممثلية الهلال الاحمر العراقي في قضاء المدينة 150 سلة صحية على العوائل");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"المدينة"}));
  EXPECT_EQ(p[0].geonameid, 99106u);
  p = Places(*index.resources(), "وزعت ممثلية الهلال الاحمر في قضاء المدينة 150 سلة صحية على العوائل");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"المدينة"}));
  EXPECT_EQ(p[0].geonameid, 109223u);
  p = Places(*index.resources(), "وقال الوزير لوكالة الأنباء السعودية إن العلاقات بين المملكة وإيطاليا قديمة");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"المملكة", "وإيطاليا"}));
  EXPECT_EQ(p[0].geonameid, 102358u);
}

// A region the index lacked, so that a namesake far away won (supplement.txt, with its source):
// Lebanon's Iqlim al-Kharrub, not El Khroub in Algeria, in a text on Lebanon; 'إقليم' is its cue.
TEST(ArabicSupplementTest, IqlimAlKharrubInLebanon) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_arabic_kharrub_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("990003103\t")) out << line << "\n";
  }
  const char* const rows[] = {
      "272103\tLebanon\tLebanon\tلبنان\t33.83333\t35.83333\tA\tPCLI\tLB\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "276781\tBeirut\tBeirut\tبيروت\t33.89332\t35.50157\tP\tPPLC\tLB\t\t04\t\t\t\t1916100\t\t\t\t2024-01-01",
      "2497849\tEl Khroub\tEl Khroub\tالخروب\t36.26333\t6.69361\tP\tPPL\tDZ\t\t04\t\t\t\t83746\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_kharrub", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "لبنان يحترق: حرائق متنقلة في منطقة اقليم الخروب");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"لبنان", "الخروب"}));
  EXPECT_EQ(p[1].geonameid, 990003103u);
  p = Places(*index.resources(), "اندلع حريق في إقليم الخروب وفي بيروت");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"الخروب", "بيروت"}));
  EXPECT_EQ(p[0].geonameid, 990003103u);
}

// Upper Egypt (supplement.txt 990003101), which the index lacked, so that 'الصعيد' of Egyptian
// news was a village of Shabwa, Yemen, 2,300 km off; Yemen's district stays in a text on Shabwa.
// 'على الصعيد' and its like ('ذات الصعيد', 'عند الصعيد المحلي': at the level of) are no place
// (nonplace_words.tsv).
TEST(ArabicSupplementTest, UpperEgyptAndTheLevelOfThings) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_arabic_said_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("990003101\t")) out << line << "\n";
  }
  const char* const rows[] = {
      "77862\tAs Sa'id\tAs Sa'id\tالصعيد\t14.33011\t46.87292\tP\tPPLA2\tYE\t\t05\t\t\t\t0\t\t\t\t2024-01-01",
      "70934\tShabwah\tShabwah\tشبوة,محافظة شبوة\t14.75\t46.83\tA\tADM1\tYE\t\t19\t\t\t\t0\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_said", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "غلق 4 طرق رئيسية في الصعيد بسبب الرياح وانعدام الرؤية");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"الصعيد"}));
  EXPECT_EQ(p[0].geonameid, 990003101u);
  p = Places(*index.resources(), "وفي محافظة شبوة شهدت مديرية الصعيد اجتماعا ضم القيادات الميدانية");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"شبوة", "الصعيد"}));
  EXPECT_EQ(p[1].geonameid, 77862u);
  EXPECT_TRUE(Places(*index.resources(), "وفي ذات الصعيد اعلنت المقاومة الشعبية. والقلق لا يقف عند الصعيد المحلي، "
                                         "وعلى نفس الصعيد قال مصدر.")
                  .empty());
}

// Weather bulletins' 'rainy' (المطرية after the noun it qualifies) is no place; the district
// with its cue or a preposition is.
TEST_F(ArabicNamesTest, TheRainyStateIsNoPlace) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_TRUE(Places(res(), "انتهت الحالة المطرية وخلفت العاصفة المطرية أضرارا.").empty());
  EXPECT_EQ(Surfaces(Places(res(), "هاجم مسلحون قوات الشرطة في المطرية.")), (std::vector<std::string>{"المطرية"}));
}

// Common words of tweets on the epidemic that the index has as towns (nonplace_words.tsv): the
// test, a swab, MERS, 'ظروف قاهرة' (force majeure); Cairo is القاهرة, and a village so named
// keeps its cue.
TEST(ArabicCommonWordsTest, TheTestASwabAndForceMajeureAreNoPlaces) {
  const char* const rows[] = {
      "360630\tCairo\tCairo\tالقاهرة,قاهرة\t30.06263\t31.24967\tP\tPPLC\tEG\t\t11\t\t\t\t9606916\t\t\t\t2024-01-01",
      "282837\tMashah\tMashah\tمسحة\t32.10828\t35.05096\tP\tPPL\tPS\t\tWE\t\t\t\t1982\t\t\t\t2024-01-01",
      "2870221\tMoers\tMoers\tميرس\t51.45342\t6.6326\tP\tPPL\tDE\t\t07\t\t\t\t103487\t\t\t\t2024-01-01",
      "2468369\tEl Fahs\tEl Fahs\tالفحص\t36.37419\t9.90651\tP\tPPLA2\tTN\t\t37\t\t\t\t20000\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_common_words", rows);
  ASSERT_NE(index.resources(), nullptr);
  EXPECT_TRUE(Places(*index.resources(), "هل الفحص الايجابي بعد الشفاء يعني انك مريض؟ أجريت 4011 مسحة خلال يوم، وقال "
                                         "الوزير إن ما حصل ظروف قاهرة. ونجح اللقاح ضد سارس و ميرس.")
                  .empty());
  EXPECT_EQ(Surfaces(Places(*index.resources(), "وصل الوفد إلى القاهرة ثم إلى قرية مسحة.")),
            (std::vector<std::string>{"القاهرة", "مسحة"}));
}

// "سار" (walked, went on: "وسار المتظاهرون", "سار على نهج") is a verb, not Sarh in Chad
// (nonplace_words.tsv); the town keeps its cue.
TEST(ArabicCommonWordsTest, WalkedIsNoSarh) {
  const char* const rows[] = {
      "2425287\tSarh\tSarh\tسار,سرح\t9.14291\t18.39227\tP\tPPLA\tTD\t\t14\t\t\t\t102528\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_walked", rows);
  ASSERT_NE(index.resources(), nullptr);
  EXPECT_TRUE(Places(*index.resources(), "وسار المتظاهرون في شوارع المدينة، وسار الحزب على نهج مؤسسه.").empty());
  EXPECT_EQ(Surfaces(Places(*index.resources(), "وصل الوفد إلى مدينة سار في تشاد.")), (std::vector<std::string>{"سار"}));
}

// Regions Arabic texts name that the index lacked (data/gazetteer/supplement.txt: the Hejaz,
// Siberia, read as the builder reads the supplement; regions.txt: the Sahara, the Soviet
// Union, Yugoslavia, read by every index) and Medina as 'the Prophet's City' (extra_names.tsv), each with its source.
TEST(ArabicSupplementTest, RegionsOfHistoryAndGeography) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_arabic_regions_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("990002501\t") || line.starts_with("990002502\t")) out << line << "\n";  // Hejaz, Siberia
  }
  const char* const rows[] = {
      "109223\tMedina\tMedina\tالمدينة المنورة\t24.46861\t39.61417\tP\tPPLA\tSA\t\t05\t\t\t\t1300000\t\t\t\t2024-01-01",
      "2017370\tRussia\tRussia\tروسيا\t60.0\t100.0\tA\tPCLI\tRU\t\t00\t\t\t\t140702000\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_regions", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "خرج من المدينة النبوية إلى الحجاز، ونقل الغاز من سيبيريا، وتمتد الصحراء الكبرى غربا.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"المدينة النبوية", "الحجاز", "سيبيريا", "الصحراء الكبرى"}));
  EXPECT_EQ(p[0].geonameid, 109223u);
  EXPECT_EQ(p[1].geonameid, 990002501u);
  EXPECT_EQ(p[2].geonameid, 990002502u);
  EXPECT_EQ(p[3].geonameid, 990002503u);
  // Historical states texts name as places (regions.txt): the Soviet Union in its three
  // Arabic spellings, Yugoslavia.
  p = Places(*index.resources(), "منذ انهيار الاتحاد السوفياتي والاتحاد السوفيتي ودول يوغسلافيا السابقة.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"الاتحاد السوفياتي", "والاتحاد السوفيتي", "يوغسلافيا"}));
  EXPECT_EQ(p[0].geonameid, 990002504u);
  EXPECT_EQ(p[2].geonameid, 990002505u);
}

// South Ossetia, the breakaway region of Georgia (supplement.txt: cities500 has Tskhinvali, not
// the region), in English and Arabic news ("Georgian troops could be sent into South Ossetia").
TEST(ArabicSupplementTest, SouthOssetiaIsARegion) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_ossetia_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("990002801\t")) out << line << "\n";
  }
  const char* const rows[] = {
      "614540\tGeorgia\tGeorgia\tجورجيا\t42.0\t43.5\tA\tPCLI\tGE\t\t00\t\t\t\t4630000\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_ossetia", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "Georgian troops could be sent into South Ossetia, officials in Georgia said.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"South Ossetia", "Georgia"}));
  EXPECT_EQ(p[0].geonameid, 990002801u);
  p = Places(*index.resources(), "اندلعت الحرب في أوسيتيا الجنوبية بين جورجيا وروسيا.");
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(p[0].surface, "أوسيتيا الجنوبية");
  EXPECT_EQ(p[0].geonameid, 990002801u);
}

// England's counties (supplement.txt 990002901-990002935: cities500 has the towns, GeoNames has
// the counties as ADM2 of England): "Lancaster and Lancashire councils", "schoolchildren in
// Oxfordshire", "the High Sheriff of Cambridgeshire"; the county named makes Lancaster the
// English city, not Lancaster, California.
TEST(ArabicSupplementTest, EnglandsCounties) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_counties_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("99000290") || line.starts_with("99000291") || line.starts_with("99000292") ||
          line.starts_with("99000293"))
        out << line << "\n";
  }
  const char* const rows[] = {
      "2644972\tLancaster\tLancaster\t\t54.0465\t-2.79970\tP\tPPL\tGB\t\tENG\tE2\t\t\t52234\t\t\t\t2024-01-01",
      "5364940\tLancaster\tLancaster\t\t34.69804\t-118.13674\tP\tPPL\tUS\t\tCA\t037\t\t\t159523\t\t\t\t2024-01-01",
      "2640729\tOxford\tOxford\t\t51.75222\t-1.25596\tP\tPPLA2\tGB\t\tENG\tK2\t\t\t171380\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_counties", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(),
                  "Lancaster and Lancashire councils offer help. Schoolchildren in Oxfordshire and the High Sheriff "
                  "of Cambridgeshire were there.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"Lancaster", "Lancashire", "Oxfordshire", "Cambridgeshire"}));
  EXPECT_EQ(p[0].geonameid, 2644972u);
  EXPECT_EQ(p[1].geonameid, 990002908u);
  EXPECT_EQ(p[2].geonameid, 990002913u);
  EXPECT_EQ(p[3].geonameid, 990002903u);
}

// Boudai, a village of the northern Beqaa (the commando raid of August 2006), and Khorasan, the
// region and Iran's former province (supplement.txt); a group named after Khorasan ('جماعة
// خراسان', 'تنظيم خراسان': org_cues.tsv) is an organisation, not the region.
TEST(ArabicSupplementTest, BoudaiKhorasanAndTheKhorasanGroup) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_khorasan_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("990002802\t") || line.starts_with("990002803\t")) out << line << "\n";
  }
  const char* const rows[] = {
      "124665\tMashhad\tMashhad\tمشهد\t36.29807\t59.60567\tP\tPPLA\tIR\t\t42\t\t\t\t2307177\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_khorasan", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "نفذت وحدة عملية انزال في منطقة بوداي في البقاع.");
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(p[0].surface, "بوداي");
  EXPECT_EQ(p[0].geonameid, 990002802u);
  p = Places(*index.resources(), "مدينة مشهد عاصمة محافظة خراسان في الشمال الشرقي.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"مشهد", "خراسان"}));
  EXPECT_EQ(p[1].geonameid, 990002803u);
  EXPECT_TRUE(Places(*index.resources(), "قتل زعيم جماعة خراسان وقائد تنظيم خراسان في غارة.").empty());
}

// 'النيل من' is 'to undermine' ('محاولة النيل من أمن الوطن', 'للنيل من العراقيين'), not the
// Nile, which stays a place elsewhere; Abyei (supplement.txt), the area Sudan and South Sudan
// dispute, is found between the parentheses news puts around it.
TEST(ArabicSupplementTest, ToUndermineIsNoNileAndAbyeiIsAPlace) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_arabic_nile_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("990001074\t") || line.starts_with("990002506\t")) out << line << "\n";  // Nile, Abyei
  }
  const char* const rows[] = {
      "366755\tSudan\tSudan\tالسودان\t16.0\t30.0\tA\tPCLI\tSD\t\t00\t\t\t\t43849269\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_nile", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(),
                  "وقال إن هدفهم النيل من أمن السودان وللنيل من أهله، ولجأ آلاف إلى منطقة ( أبيي ) وإلى ضفاف النيل.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"السودان", "أبيي", "النيل"}));
  EXPECT_EQ(p[1].geonameid, 990002506u);
  EXPECT_EQ(p[2].geonameid, 990001074u);
}

// Places ANERcorp's histories and travel pieces name that the index lacked: Sumatra
// and Maroun al-Ras (supplement.txt), Eurasia and 'الكاريبي' alone (regions.txt), Kowloon
// and Carthage, Tunisia, whose Arabic name GeoNames gives only to its American namesakes
// (extra_names.tsv); each row with its source.
TEST(ArabicSupplementTest, IslandsVillagesAndContinentsOfANERcorp) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_arabic_anercorp_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("990002601\t") || line.starts_with("990002602\t")) out << line << "\n";
  }
  const char* const rows[] = {
      "2468245\tCarthage\tCarthage\t\t36.86108\t10.33161\tP\tPPL\tTN\t\t36\t\t\t\t15922\t\t\t\t2024-01-01",
      "4420799\tCarthage\tCarthage\tقرطاج\t32.73264\t-89.53618\tP\tPPLA2\tUS\t\tMS\t\t\t\t4899\t\t\t\t2024-01-01",
      "1819609\tKowloon\tKowloon\t\t22.31667\t114.18333\tP\tPPLA\tHK\t\tKKC\t\t\t\t2303100\t\t\t\t2024-01-01",
      "2464461\tTunisia\tTunisia\tتونس\t34.0\t9.0\tA\tPCLI\tTN\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      ("3277605\tBosnia and Herzegovina\tBosnia and Herzegovina\tالبوسنة والهرسك\t44.25\t17.83333\tA\tPCLI\tBA\t\t00\t\t\t\t0\t"
       "\t\t\t2024-01-01"),
      "1327865\tMyanmar\tMyanmar\tميانمار\t21.0\t96.0\tA\tPCLI\tMM\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "249849\tBurma\tBurma\tبرما\t32.2193\t35.78507\tP\tPPLA3\tJO\t\t22\t\t\t\t4735\t\t\t\t2024-01-01",
      "6254930\tPalestine\tPalestine\tفلسطين\t31.95\t35.23\tA\tPCLI\tPS\t\t00\t\t\t\t0\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_anercorp", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "ضرب الزلزال شمال جزيرة سومطرا، وقاتلوا في مارون الراس، وعاشت الأسود في أوراسيا.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"سومطرا", "مارون الراس", "أوراسيا"}));
  EXPECT_EQ(p[0].geonameid, 990002601u);
  EXPECT_EQ(p[1].geonameid, 990002602u);
  EXPECT_EQ(p[2].geonameid, 990002603u);
  p = Places(*index.resources(), "وزار الوفد قرطاج في تونس، وبنيت الأبراج في كاولون، ونقلوا العبيد إلى الكاريبي.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"قرطاج", "تونس", "كاولون", "الكاريبي"}));
  EXPECT_EQ(p[0].geonameid, 2468245u);
  EXPECT_EQ(p[2].geonameid, 1819609u);
  EXPECT_EQ(p[3].geonameid, 990002022u);
  // Short and former names of countries: 'البوسنة' alone, "Burma" (a village in Jordan by
  // GeoNames' own name).
  p = Places(*index.resources(), "أخرجت الأحداث البوسنة من الدولة العثمانية.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"البوسنة"}));
  EXPECT_EQ(p[0].geonameid, 3277605u);
  // The Palestinian territories (extra_names.tsv), the Far East and the Indian subcontinent
  // (regions.txt).
  p = Places(*index.resources(), "وحذرت من كارثة في الأراضي الفلسطينية، وامتدت التجارة إلى الشرق الأقصى وشبه القارة الهندية.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"الأراضي الفلسطينية", "الشرق الأقصى", "وشبه القارة الهندية"}));
  EXPECT_EQ(p[0].geonameid, 6254930u);
  EXPECT_EQ(p[1].geonameid, 990002604u);
  EXPECT_EQ(p[2].geonameid, 990002605u);
  p = Places(*index.resources(), "Refugees fled from Burma into Bangladesh.");
  ASSERT_FALSE(p.empty());
  EXPECT_EQ(p[0].surface, "Burma");
  EXPECT_EQ(p[0].geonameid, 1327865u);
}

// A news agency's one-word alias (outlets.tsv) in a dateline's agency slot or after the
// agency's name is the agency: 'الدوحة - قنا :' and 'وكالة الأنباء القطرية قنا' are the Qatar
// News Agency, not Qena in Egypt, which a text visiting it still names.
TEST_F(ArabicNamesTest, ANewsAgencyInADatelineIsNoTown) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "الدوحة - قنا : وعلمت وكالة الأنباء القطرية قنا أن الاجتماع عقد.")),
            (std::vector<std::string>{"الدوحة"}));
  EXPECT_EQ(Surfaces(Places(res(), "وزار الوفد مدينة قنا في صعيد مصر.")), (std::vector<std::string>{"قنا", "مصر"}));
}

// A street or a square named after a town or a country ('شارع بغداد' in a report from Mosul,
// 'شارع صنعاء الرئيسي في مدينة الحديدة') is no mention of the town hundreds of km away; in
// English the street is the mention, unresolved ("Baghdad Street", as LGL marks it). A road
// between towns names them, and 'ساحة' before a country is the arena of a war.
TEST_F(ArabicNamesTest, AStreetNamedAfterATownIsNoTown) {
  ASSERT_NE(index_->resources(), nullptr);
  auto p = Places(res(), "وبقيت المحال مغلقة في شارع بغداد في الموصل، ونصبت نقاط في شارع صنعاء الرئيسي في مدينة الحديدة.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"الموصل", "الحديدة"}));
  EXPECT_EQ(p[0].geonameid, 99072u);
  EXPECT_EQ(p[1].geonameid, 79415u);
  p = Places(res(), "وتجمعوا في ساحة حلب ثم قطعوا طريق دمشق حمص الدولي، وقاتلوا في ساحة سوريا.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"دمشق", "حمص", "سوريا"}));
  EXPECT_EQ(p[0].geonameid, 170654u);
  EXPECT_EQ(p[1].geonameid, 169577u);
  EXPECT_EQ(p[2].geonameid, 163843u);
  p = Places(res(), "A car bomb exploded on Baghdad Street in Damascus.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"Baghdad Street", "Damascus"}));
  EXPECT_EQ(p[0].geonameid, 0u);
  EXPECT_EQ(p[1].geonameid, 170654u);
  // Two streets in the dual: the name after the cue, and the one joined to the next word by
  // و (SANA's shells "على شارعي الثورة وبغداد وحي باب توما في دمشق", 8 Aug 2015: not Baghdad).
  p = Places(res(), "سقطت قذائف على شارعي الثورة وبغداد في دمشق، وعلى شارعي بغداد والثورة في حلب.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"دمشق", "حلب"}));
  EXPECT_EQ(p[0].geonameid, 170654u);
}

// Provinces named by a compass word alone (Lebanon's South Governorate 'الجنوب', Morocco's
// Oriental 'الجهة الشرقية') are the text's own south or east when the text names other places
// but none in their country, or when a demonym says whose south it is ('الجنوب اليمني').
TEST_F(ArabicNamesTest, ACompassRegionAbroadIsTheTextsOwnSide) {
  ASSERT_NE(index_->resources(), nullptr);
  EXPECT_EQ(Surfaces(Places(res(), "وسيطرت المقاومة على عدن كبرى مدن الجنوب، والتفت على القاعدة من الجهة الشرقية.")),
            (std::vector<std::string>{"عدن"}));
  EXPECT_EQ(Surfaces(Places(res(), "وسقطت قذائف على قرى الجنوب وعلى صيدا.")),
            (std::vector<std::string>{"الجنوب", "صيدا"}));
  EXPECT_EQ(Surfaces(Places(res(), "وقال مسؤول في لبنان إن الجنوب اليمني تحرر.")),
            (std::vector<std::string>{"لبنان"}));
}

// Issue 15, idrisi-d-train.ar: local names and provinces of Arabic news (each rule on its own
// text; the index is built in the test).
const char* const kLocalRows[] = {
    "102358\tSaudi Arabia\tSaudi Arabia\tالسعودية\t25.0\t45.0\tA\tPCLI\tSA\t\t00\t\t\t\t31521418\t\t\t\t2024-01-01",
    "248816\tJordan\tJordan\tالأردن\t31.0\t36.0\tA\tPCLI\tJO\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "286963\tعمان\tOman\tOman,سلطنة عمان\t21.0\t57.0\tA\tPCLI\tOM\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "250441\tAmman\tAmman\tعمان\t31.95522\t35.94503\tP\tPPLC\tJO\t\t16\t\t\t\t1275857\t\t\t\t2024-01-01",
    "357994\tEgypt\tEgypt\tمصر\t27.0\t30.0\tA\tPCLI\tEG\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "163843\tSyria\tSyria\tسوريا,سورية\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "272103\tLebanon\tLebanon\tلبنان\t33.83\t35.83\tA\tPCLI\tLB\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "99237\tIraq\tIraq\tالعراق\t33.0\t44.0\tA\tPCLI\tIQ\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
    "109571\tHafar Al-Batin\tHafar Al-Batin\tحفر الباطن\t28.43279\t45.97077\tP\tPPLA2\tSA\t\t06\t\t\t\t271642\t\t\t\t2024-01-01",
    "98463\tAs Sulaymaniyah\tAs Sulaymaniyah\tالسليمانية\t35.56496\t45.4329\tP\tPPLA\tIQ\t\t05\t\t\t\t723170\t\t\t\t2024-01-01",
    "2497411\tEl Oued\tEl Oued\tوادي,الوادي\t33.35608\t6.86319\tP\tPPLA\tDZ\t\t43\t\t\t\t134699\t\t\t\t2024-01-01",
    "104515\tMecca\tMecca\tمكة,مكة المكرمة\t21.42664\t39.82563\tP\tPPLA\tSA\t\t14\t\t\t\t1578722\t\t\t\t2024-01-01",
    "104514\tMakkah Region\tMakkah Region\tمنطقة مكة المكرمة\t21.5\t40.7\tA\tADM1\tSA\t\t14\t\t\t\t0\t\t\t\t2024-01-01",
    "108410\tRiyadh\tRiyadh\tالرياض\t24.68773\t46.72185\tP\tPPLC\tSA\t\t10\t\t\t\t4205961\t\t\t\t2024-01-01",
    "108411\tRiyadh Province\tRiyadh Province\tمنطقة الرياض\t23.5\t45.5\tA\tADM1\tSA\t\t10\t\t\t\t0\t\t\t\t2024-01-01",
    "109435\tAl Kharj\tAl Kharj\tالخرج\t24.15541\t47.33457\tP\tPPL\tSA\t\t10\t\t\t\t425300\t\t\t\t2024-01-01",
};

class ArabicLocalNamesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = new marsad::testing::SmallIndex("geo_arabic_local", kLocalRows); }
  static void TearDownTestSuite() {
    delete index_;
    index_ = nullptr;
  }
  static GeoResult Parse(const std::string& s, std::vector<std::string>* surfaces) {
    auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
    auto toks = text::Tokenize(*text);
    const Resources& res = *index_->resources();
    GeoResult r = Geoparser(res.gazetteer, res.lexicons).Parse(*text, toks, Options{});
    surfaces->clear();
    for (const auto& m : r.mentions) surfaces->emplace_back(text->Slice(m.start, m.end));
    return r;
  }
  static uint32_t Id(const Mention& m) {
    return m.place >= 0 ? index_->resources()->gazetteer.Place(static_cast<uint32_t>(m.place)).geonameid : 0u;
  }
  static marsad::testing::SmallIndex* index_;
};
marsad::testing::SmallIndex* ArabicLocalNamesTest::index_ = nullptr;

// "محطة السليمانية" in a tweet on Hafr al-Batin: a station (or a neighbourhood, حي) named like
// a city of a country the text names nowhere, over 500 km from its other places, is a local
// place the index lacks: no place of the index, placed at the text's town.
TEST_F(ArabicLocalNamesTest, AStationNamedLikeAFarCityIsLocal) {
  ASSERT_NE(index_->resources(), nullptr);
  std::vector<std::string> s;
  GeoResult r = Parse("أمطار حفر الباطن الآن: سقوط محطة السليمانية في حفر الباطن بسبب الرياح.", &s);
  ASSERT_EQ(s, (std::vector<std::string>{"حفر الباطن", "السليمانية", "حفر الباطن"}));
  EXPECT_LT(r.mentions[1].place, 0);
  ASSERT_TRUE(r.mentions[1].has_coordinates);
  EXPECT_NEAR(r.mentions[1].lat, 28.43279, 1e-4);
  // Named with Iraq, it is the Iraqi city.
  r = Parse("زار الوفد محطة السليمانية في العراق.", &s);
  ASSERT_EQ(s, (std::vector<std::string>{"السليمانية", "العراق"}));
  EXPECT_EQ(Id(r.mentions[0]), 98463u);
}

// "طريق وادي القمر", "منطقة وادي الظليل": a bare feature noun (وادي, غور, جبل, تل, عين, دير)
// before another word heads a longer name; alone it is no place (El Oued's وادي).
TEST_F(ArabicLocalNamesTest, ABareFeatureNounBeforeANameIsNoPlace) {
  ASSERT_NE(index_->resources(), nullptr);
  std::vector<std::string> s;
  Parse("أغلقت السلطات طريق وادي القمر في الأردن.", &s);
  EXPECT_EQ(s, (std::vector<std::string>{"الأردن"}));
}

// "نصيب #مكة ومحافظاتها من إصابات اليوم": the seat city and its governorates are the province.
TEST_F(ArabicLocalNamesTest, ASeatAndItsGovernoratesIsTheProvince) {
  ASSERT_NE(index_->resources(), nullptr);
  std::vector<std::string> s;
  GeoResult r = Parse("1034 حالة مؤكدة بكورونا نصيب #مكة ومحافظاتها من إصابات اليوم.", &s);
  ASSERT_EQ(s, (std::vector<std::string>{"مكة"}));
  EXPECT_EQ(Id(r.mentions[0]), 104514u);
  r = Parse("وصل الحجاج إلى مكة أمس.", &s);
  ASSERT_EQ(s, (std::vector<std::string>{"مكة"}));
  EXPECT_EQ(Id(r.mentions[0]), 104515u);
}

// "#الأردن #عمان": a name that is both a country no other place supports (Oman) and the capital
// of a country the text names (Amman) is the capital; in a list of countries joined by و it
// stays the country.
TEST_F(ArabicLocalNamesTest, TheCapitalOfANamedCountryOverAnUnsupportedCountry) {
  ASSERT_NE(index_->resources(), nullptr);
  std::vector<std::string> s;
  GeoResult r = Parse("لم تتلق مصر ولا لبنان بلاغا بفقدان سياح في السيول #الغد #الأردن #عمان", &s);
  ASSERT_EQ(s, (std::vector<std::string>{"مصر", "لبنان", "الأردن", "عمان"}));
  EXPECT_EQ(Id(r.mentions[3]), 250441u);
  r = Parse("المنخفض سيضرب عدة دول منها مصر وعمان وسوريا والأردن ولبنان.", &s);
  ASSERT_EQ(s, (std::vector<std::string>{"مصر", "وعمان", "وسوريا", "والأردن", "ولبنان"}));
  EXPECT_EQ(Id(r.mentions[1]), 286963u);
}

// "بمنطقة الرياض": the province that the noun and the name name together (Riyadh Province is
// منطقة الرياض) is the name's reading, in a text whose other places favour the city.
TEST_F(ArabicLocalNamesTest, ARegionNamedWithItsNounIsTheRegion) {
  ASSERT_NE(index_->resources(), nullptr);
  std::vector<std::string> s;
  GeoResult r = Parse(
      "مدير عام الشؤون الصحية بمنطقة الرياض يدشن مبادرة صحة الرياض للعيادات في مستشفى الولادة بالخرج #السعودية", &s);
  ASSERT_EQ(s, (std::vector<std::string>{"الرياض", "الرياض", "بالخرج", "السعودية"}));
  EXPECT_EQ(Id(r.mentions[0]), 108411u);
  EXPECT_EQ(Id(r.mentions[1]), 108410u);
}

// Places of the idrisi-d-train.ar events the index lacked (supplement.txt, each with its
// source): Jaber Al-Ahmad City, Kabd, Saad Al Abdullah City and Umm al Maradim in Kuwait,
// Dhahran Al Janub in 'Asir, Egypt's Bahariya Oasis; Kuwaiti spellings of Sulaibikhat and Sabhan.
TEST(ArabicSupplementTest, KuwaitiSaudiAndEgyptianPlacesOfIdrisi) {
  const std::string rows_path =
      (std::filesystem::temp_directory_path() / ("geo_arabic_idrisi_" + std::to_string(::getpid()) + ".txt")).string();
  {
    std::ifstream f(std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/supplement.txt");
    std::ofstream out(rows_path);
    for (std::string line; std::getline(f, line);)
      if (line.starts_with("9900027") || line.starts_with("990001316\t") || line.starts_with("990001725\t"))
        out << line << "\n";
  }
  const char* const rows[] = {
      "285570\tKuwait\tKuwait\tالكويت\t29.5\t47.75\tA\tPCLI\tKW\t\t00\t\t\t\t0\t\t\t\t2024-01-01",
      "107797\tDhahran\tDhahran\tالظهران,ظهران\t26.28864\t50.11396\tP\tPPL\tSA\t\t06\t\t\t\t99540\t\t\t\t2024-01-01"};
  marsad::testing::SmallIndex index("geo_arabic_idrisi", rows, {}, rows_path);
  std::filesystem::remove(rows_path);
  ASSERT_NE(index.resources(), nullptr);
  auto p = Places(*index.resources(), "مواطن من مدينة جابر الأحمد يطالب الوزارة، وكيف تأثرت منطقة كبد ومنطقة سعد العبدالله؟");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"مدينة جابر الأحمد", "منطقة كبد", "ومنطقة سعد العبدالله"}));
  EXPECT_EQ(p[0].geonameid, 990002701u);
  EXPECT_EQ(p[1].geonameid, 990002704u);
  EXPECT_EQ(p[2].geonameid, 990002705u);
  p = Places(*index.resources(), "حالات في #ظهران_الجنوب، وأغلق طريق الواحات البحرية، ودفن في مقبرتي الصليبخات وصبحان، وجنحت سفينة على أم المرادم.");
  ASSERT_EQ(Surfaces(p), (std::vector<std::string>{"ظهران_الجنوب", "الواحات البحرية", "الصليبخات", "وصبحان", "أم المرادم"}));
  EXPECT_EQ(p[0].geonameid, 990002702u);
  EXPECT_EQ(p[1].geonameid, 990002703u);
  EXPECT_EQ(p[2].geonameid, 990001316u);
  EXPECT_EQ(p[3].geonameid, 990001725u);
  EXPECT_EQ(p[4].geonameid, 990002706u);
}

}  // namespace
}  // namespace marsad::geo
