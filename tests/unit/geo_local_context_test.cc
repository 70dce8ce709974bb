// How local news's own names decide between homonyms: a town and the county it lies in,
// named in one text, choose each other ("Lebanon ... Boone County": Indiana's pair of the
// ten Lebanons and eight Boone Counties). The index is built in the test by the real
// builder from GeoNames-style rows and the repository's data/gazetteer files.
#include <gtest/gtest.h>

#include "small_index_testutil.h"
#include "marsad/extract.h"
#include "marsad/geo.h"

namespace marsad::geo {
namespace {

// GeoNames allCountries columns: id, name, asciiname, alternatenames, lat, lon, class, code,
// country, cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, date.
const char* const kRows[] = {
    // Equal readings keep the index's order (the rows' order): the right county comes last.
    "6252001\tUnited States\tUnited States\tUSA,America\t39.76\t-98.5\tA\tPCLI\tUS\t\t00\t\t\t\t310232863\t\t\t\t2024-01-01",
    "272103\tLebanon\tLebanon\t\t33.83333\t35.83333\tA\tPCLI\tLB\t\t00\t\t\t\t4125247\t\t\t\t2024-01-01",
    "6254930\tPalestine\tPalestine\t\t31.95\t35.23\tA\tPCLI\tPS\t\t00\t\t\t\t4500000\t\t\t\t2024-01-01",
    "4636045\tLebanon\tLebanon\t\t36.20811\t-86.2911\tP\tPPLA2\tUS\t\tTN\t189\t\t\t30262\t\t\t\t2024-01-01",
    "5197517\tLebanon\tLebanon\t\t40.34093\t-76.41135\tP\tPPLA2\tUS\t\tPA\t075\t\t\t25534\t\t\t\t2024-01-01",
    "4922673\tLebanon\tLebanon\t\t40.04837\t-86.46917\tP\tPPLA2\tUS\t\tIN\t011\t\t\t15892\t\t\t\t2024-01-01",
    "4285839\tBoone County\tBoone County\t\t38.96881\t-84.72836\tA\tADM2\tUS\t\tKY\t015\t\t\t0\t\t\t\t2024-01-01",
    "4379920\tBoone County\tBoone County\t\t38.99009\t-92.30925\tA\tADM2\tUS\t\tMO\t019\t\t\t0\t\t\t\t2024-01-01",
    "4918273\tBoone County\tBoone County\t\t40.05\t-86.47\tA\tADM2\tUS\t\tIN\t011\t\t\t0\t\t\t\t2024-01-01",
    "4717232\tPalestine\tPalestine\t\t31.76212\t-95.63079\tP\tPPLA2\tUS\t\tTX\t001\t\t\t18712\t\t\t\t2024-01-01",
    "4604183\tAnderson County\tAnderson County\t\t36.11936\t-84.19944\tA\tADM2\tUS\t\tTN\t001\t\t\t0\t\t\t\t2024-01-01",
    "4670756\tAnderson County\tAnderson County\t\t31.81681\t-95.66693\tA\tADM2\tUS\t\tTX\t001\t\t\t0\t\t\t\t2024-01-01",
    "2522876\tTrapani\tTrapani\t\t38.01831\t12.51365\tP\tPPLA2\tIT\t\t15\tTP\t\t\t68346\t\t\t\t2024-01-01",
    "4741616\tWheeler\tWheeler\t\t35.44533\t-100.27403\tP\tPPLA2\tUS\t\tTX\t483\t\t\t1592\t\t\t\t2024-01-01",
    "4118722\tJames\tJames\t\t35.4\t-92.1\tP\tPPL\tUS\t\tAR\t\t\t\t900\t\t\t\t2024-01-01",
    "2656296\tBarnes\tBarnes\t\t51.46667\t-0.25\tP\tPPLX\tGB\t\tENG\t\t\t\t35000\t\t\t\t2024-01-01",
    "1261905\tNadia\tNadia\t\t23.4\t88.5\tP\tPPL\tIN\t\t28\t\t\t\t5000\t\t\t\t2024-01-01",
    "3074000\tPart\tPart\t\t49.5\t14.5\tP\tPPL\tCZ\t\t88\t\t\t\t900\t\t\t\t2024-01-01",
    "4662168\tTennessee\tTennessee\t\t35.75035\t-86.25027\tA\tADM1\tUS\t\tTN\t\t\t\t0\t\t\t\t2024-01-01",
    // A country and a US state of one name, and a state capital with a small namesake in
    // another state.
    "614540\tGeorgia\tGeorgia\t\t42\t43.5\tA\tPCLI\tGE\t\t00\t\t\t\t3731000\t\t\t\t2024-01-01",
    "4197000\tGeorgia\tGeorgia\t\t32.75042\t-83.50018\tA\tADM1\tUS\t\tGA\t\t\t\t0\t\t\t\t2024-01-01",
    "4736286\tTexas\tTexas\t\t31.25044\t-99.25061\tA\tADM1\tUS\t\tTX\t\t\t\t0\t\t\t\t2024-01-01",
    "4180439\tAtlanta\tAtlanta\t\t33.749\t-84.38798\tP\tPPLA\tUS\t\tGA\t121\t\t\t463878\t\t\t\t2024-01-01",
    "4671576\tAtlanta\tAtlanta\t\t33.11374\t-94.16435\tP\tPPL\tUS\t\tTX\t067\t\t\t5675\t\t\t\t2024-01-01",
    // Counties that local news lists by their bare names, and towns of those names.
    "5879092\tBarrow\tBarrow\t\t71.29058\t-156.78872\tP\tPPLA2\tUS\t\tAK\t185\t\t\t4212\t\t\t\t2024-01-01",
    "4181182\tBarrow County\tBarrow County\t\t33.99\t-83.72\tA\tADM2\tUS\t\tGA\t013\t\t\t0\t\t\t\t2024-01-01",
    "4069458\tJackson\tJackson\t\t31.50905\t-87.89444\tP\tPPL\tUS\t\tAL\t025\t\t\t5228\t\t\t\t2024-01-01",
    "4202453\tJackson County\tJackson County\t\t34.13\t-83.57\tA\tADM2\tUS\t\tGA\t157\t\t\t0\t\t\t\t2024-01-01",
    "4180386\tAthens\tAthens\t\t33.96095\t-83.37794\tP\tPPLA2\tUS\t\tGA\t059\t\t\t115452\t\t\t\t2024-01-01",
    "4505892\tAthens County\tAthens County\t\t39.33\t-82.05\tA\tADM2\tUS\t\tOH\t009\t\t\t0\t\t\t\t2024-01-01",
    "4412704\tTexas County\tTexas County\t\t37.32\t-91.97\tA\tADM2\tUS\t\tMO\t215\t\t\t0\t\t\t\t2024-01-01",
    // A state, and a town of another state that once bore its name.
    "5332921\tCalifornia\tCalifornia\t\t37.25022\t-119.75126\tA\tADM1\tUS\t\tCA\t\t\t\t0\t\t\t\t2024-01-01",
    "4826850\tWest Virginia\tWest Virginia\t\t38.50038\t-80.50009\tA\tADM1\tUS\t\tWV\t\t\t\t0\t\t\t\t2024-01-01",
    "4822933\tSpencer\tSpencer\tCalifornia\t38.80204\t-81.35095\tP\tPPLA2\tUS\t\tWV\t087\t\t\t2322\t\t\t\t2024-01-01",
    "4810630\tKanawha County\tKanawha County\t\t38.33657\t-81.52817\tA\tADM2\tUS\t\tWV\t039\t\t\t0\t\t\t\t2024-01-01",
    // Neighbours in London, and their namesakes in the US.
    "2643743\tLondon\tLondon\t\t51.50853\t-0.12574\tP\tPPLC\tGB\t\tENG\tGLA\t\t\t8961989\t\t\t\t2024-01-01",
    "4298960\tLondon\tLondon\t\t37.12898\t-84.08326\tP\tPPLA2\tUS\t\tKY\t125\t\t\t8126\t\t\t\t2024-01-01",
    "2639389\tRichmond\tRichmond\t\t51.456\t-0.30028\tP\tPPL\tGB\t\tENG\tGLA\t\t\t21469\t\t\t\t2024-01-01",
    "4781708\tRichmond\tRichmond\t\t37.55376\t-77.46026\tP\tPPLA\tUS\t\tVA\t760\t\t\t226610\t\t\t\t2024-01-01",
    "2635308\tTwickenham\tTwickenham\t\t51.44489\t-0.3377\tP\tPPLA3\tGB\t\tENG\tGLA\t\t\t0\t\t\t\t2024-01-01",
    "4068590\tHuntsville\tHuntsville\tTwickenham\t34.7304\t-86.58594\tP\tPPLA2\tUS\t\tAL\t089\t\t\t215006\t\t\t\t2024-01-01",
    // A town named War.
    "4826431\tWar\tWar\t\t37.30122\t-81.69094\tP\tPPL\tUS\t\tWV\t\t\t\t775\t\t\t\t2024-01-01",
    // A town named like a season.
    "4733624\tSpring\tSpring\t\t30.07994\t-95.41716\tP\tPPL\tUS\t\tTX\t201\t\t\t54298\t\t\t\t2024-01-01",
    // A town once called Democrat.
    "4092333\tSumiton\tSumiton\tDemocrat\t33.75566\t-87.05\tP\tPPL\tUS\t\tAL\t\t\t\t2418\t\t\t\t2024-01-01",
    // A neighbourhood of Canberra named City: "City" after a town is a word of a longer name.
    "8347868\tCity\tCity\t\t-35.28125\t149.12927\tP\tPPLX\tAU\t\t01\t\t\t\t5417\t\t\t\t2024-01-01",
    // "Dublin City" is an alternate name of Ireland's capital only.
    "2964574\tDublin\tDublin\tDublin City\t53.33306\t-6.24889\tP\tPPLC\tIE\t\tL\t33\t\t\t1024027\t\t\t\t2024-01-01",
    "5152333\tDublin\tDublin\t\t40.09923\t-83.11408\tP\tPPL\tUS\t\tOH\t049\t\t\t41751\t\t\t\t2024-01-01",
    "5165418\tOhio\tOhio\t\t40.25034\t-83.00018\tA\tADM1\tUS\t\tOH\t\t\t\t0\t\t\t\t2024-01-01",
    // The District of Columbia ("D.C." is its abbreviation in data/gazetteer/extra_names.tsv),
    // its capital, and a town of Georgia.
    "4138106\tDistrict of Columbia\tDistrict of Columbia\t\t38.9\t-77.03\tA\tADM1\tUS\t\tDC\t\t\t\t0\t\t\t\t2024-01-01",
    "4140963\tWashington\tWashington\t\t38.89511\t-77.03637\tP\tPPLC\tUS\t\tDC\t001\t\t\t689545\t\t\t\t2024-01-01",
    "4229546\tWashington\tWashington\t\t33.73679\t-82.73931\tP\tPPLA2\tUS\t\tGA\t317\t\t\t4134\t\t\t\t2024-01-01",
    // A county named in full and then bare, with a town of its name elsewhere; a county and
    // its seat of one name.
    "5697939\tPlatte County\tPlatte County\t\t41.57\t-97.52\tA\tADM2\tUS\t\tNE\t141\t\t\t0\t\t\t\t2024-01-01",
    "5768233\tPlatte\tPlatte\t\t43.38694\t-98.84453\tP\tPPL\tUS\t\tSD\t023\t\t\t1230\t\t\t\t2024-01-01",
    "5197085\tLancaster County\tLancaster County\t\t40.04\t-76.25\tA\tADM2\tUS\t\tPA\t071\t\t\t0\t\t\t\t2024-01-01",
    "5197079\tLancaster\tLancaster\t\t40.03788\t-76.30551\tP\tPPLA2\tUS\t\tPA\t071\t\t\t59322\t\t\t\t2024-01-01",
    // A large city without rank and a county seat of its name.
    "6173331\tVancouver\tVancouver\t\t49.24966\t-123.11934\tP\tPPL\tCA\t\t02\t5915022\t\t\t600000\t\t\t\t2024-01-01",
    "5814616\tVancouver\tVancouver\t\t45.63873\t-122.66149\tP\tPPLA2\tUS\t\tWA\t011\t\t\t161791\t\t\t\t2024-01-01",
    // A state whose postal code is also a city's old name (Chongqing was Pa).
    "6254927\tPennsylvania\tPennsylvania\tPA\t40.9\t-77.8\tA\tADM1\tUS\t\tPA\t\t\t\t0\t\t\t\t2024-01-01",
    "1814906\tChongqing\tChongqing\tPa,Ba\t29.56026\t106.55771\tP\tPPLA\tCN\t\t33\t\t\t\t7457599\t\t\t\t2024-01-01",
    // A town whose GeoNames row lists no abbreviated name.
    "4868205\tMount Pleasant\tMount Pleasant\t\t40.96364\t-91.55794\tP\tPPLA2\tUS\t\tIA\t087\t\t\t8433\t\t\t\t2024-01-01",
    "4155995\tFort Myers\tFort Myers\t\t26.62168\t-81.84059\tP\tPPLA2\tUS\t\tFL\t071\t\t\t74013\t\t\t\t2024-01-01",
    // Three counties of one name, the first in the index's order in Michigan; a town of Florida.
    "5004611\tOsceola County\tOsceola County\t\t43.9899\t-85.32579\tA\tADM2\tUS\t\tMI\t133\t\t\t0\t\t\t\t2024-01-01",
    "4870217\tOsceola County\tOsceola County\t\t43.37857\t-95.62395\tA\tADM2\tUS\t\tIA\t143\t\t\t0\t\t\t\t2024-01-01",
    "4167218\tOsceola County\tOsceola County\t\t28.06302\t-81.1497\tA\tADM2\tUS\t\tFL\t097\t\t\t0\t\t\t\t2024-01-01",
    "4870211\tOsceola\tOsceola\t\t41.03389\t-93.76549\tP\tPPLA2\tUS\t\tIA\t039\t\t\t4929\t\t\t\t2024-01-01",
    "4167147\tOrlando\tOrlando\t\t28.53834\t-81.37924\tP\tPPLA2\tUS\t\tFL\t095\t\t\t307573\t\t\t\t2024-01-01",
    // Towns of northwest Connecticut, and county seats of their names elsewhere.
    "4842872\tSharon\tSharon\t\t41.87926\t-73.47679\tP\tPPL\tUS\t\tCT\t005\t\t\t729\t\t\t\t2024-01-01",
    "4950654\tSharon\tSharon\t\t42.12371\t-71.17866\tP\tPPL\tUS\t\tMA\t021\t\t\t5658\t\t\t\t2024-01-01",
    "4837232\tKent\tKent\t\t41.72482\t-73.47707\tP\tPPL\tUS\t\tCT\t005\t\t\t2858\t\t\t\t2024-01-01",
    "5799625\tKent\tKent\t\t47.38093\t-122.23484\tP\tPPL\tUS\t\tWA\t033\t\t\t126952\t\t\t\t2024-01-01",
    "5283386\tCanaan\tCanaan\t\t42.02731\t-73.32928\tP\tPPL\tUS\t\tCT\t005\t\t\t1212\t\t\t\t2024-01-01",
    "4489985\tSalisbury\tSalisbury\t\t35.67097\t-80.47423\tP\tPPLA2\tUS\t\tNC\t159\t\t\t34017\t\t\t\t2024-01-01",
    "4368711\tSalisbury\tSalisbury\t\t38.36067\t-75.59937\tP\tPPLA2\tUS\t\tMD\t045\t\t\t32899\t\t\t\t2024-01-01",
    "5136107\tSalisbury\tSalisbury\t\t40.74566\t-73.56013\tP\tPPL\tUS\t\tNY\t059\t\t\t12093\t\t\t\t2024-01-01",
    // A county and its seat.
    "4638283\tLoudon County\tLoudon County\t\t35.73605\t-84.30801\tA\tADM2\tUS\t\tTN\t105\t\t\t0\t\t\t\t2024-01-01",
    "4638278\tLoudon\tLoudon\t\t35.73285\t-84.33381\tP\tPPLA2\tUS\t\tTN\t105\t\t\t5731\t\t\t\t2024-01-01",
    // Counties of Nebraska listed by their bare names, one named like a state.
    "5066642\tDakota County\tDakota County\t\t42.39053\t-96.56495\tA\tADM2\tUS\t\tNE\t043\t\t\t0\t\t\t\t2024-01-01",
    "5074642\tOtoe County\tOtoe County\t\t40.64833\t-96.13538\tA\tADM2\tUS\t\tNE\t131\t\t\t0\t\t\t\t2024-01-01",
    "5081383\tWashington County\tWashington County\t\t41.53081\t-96.22156\tA\tADM2\tUS\t\tNE\t177\t\t\t0\t\t\t\t2024-01-01",
    "5815135\tWashington\tWashington\t\t47.4\t-120.5\tA\tADM1\tUS\t\tWA\t\t\t\t0\t\t\t\t2024-01-01",
    // Towns of Minnesota and their larger namesakes elsewhere.
    "4076784\tMontgomery\tMontgomery\t\t32.36681\t-86.29997\tP\tPPLA\tUS\t\tAL\t101\t\t\t200603\t\t\t\t2024-01-01",
    "5038035\tMontgomery\tMontgomery\t\t44.43885\t-93.58134\tP\tPPL\tUS\t\tMN\t079\t\t\t2915\t\t\t\t2024-01-01",
    "5342485\tDelano\tDelano\t\t35.76884\t-119.24705\tP\tPPL\tUS\t\tCA\t029\t\t\t52733\t\t\t\t2024-01-01",
    "5024138\tDelano\tDelano\t\t45.04191\t-93.78913\tP\tPPL\tUS\t\tMN\t171\t\t\t5875\t\t\t\t2024-01-01",
    "4273299\tHutchinson\tHutchinson\t\t38.06084\t-97.92977\tP\tPPLA2\tUS\t\tKS\t155\t\t\t41569\t\t\t\t2024-01-01",
    "5030977\tHutchinson\tHutchinson\t\t44.88774\t-94.36971\tP\tPPL\tUS\t\tMN\t085\t\t\t13913\t\t\t\t2024-01-01",
    "6157795\tSt. Paul\tSt. Paul\t\t53.98347\t-111.28507\tP\tPPL\tCA\t\t01\t\t\t\t5728\t\t\t\t2024-01-01",
    "5045360\tSaint Paul\tSaint Paul\tSt. Paul\t44.94441\t-93.09327\tP\tPPLA\tUS\t\tMN\t123\t\t\t285068\t\t\t\t2024-01-01",
};

class LocalContextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    index_ = new marsad::testing::SmallIndex("geo_local", kRows);
    res_ = index_->resources();
    ASSERT_NE(res_, nullptr);
  }
  static void TearDownTestSuite() { delete index_; }

  // The geonameid each place mention resolved to, in text order, with its surface.
  static std::vector<std::pair<std::string, uint32_t>> Places(const std::string& s) { return index_->Places(s); }

  static marsad::testing::SmallIndex* index_;
  static Resources* res_;
};
marsad::testing::SmallIndex* LocalContextTest::index_ = nullptr;
Resources* LocalContextTest::res_ = nullptr;

TEST_F(LocalContextTest, ATownAndItsCountyChooseEachOther) {
  auto v = Places("Terry Jolly, 60, of Lebanon, was arrested Thursday. He has no prior arrest record in "
                  "Boone County, where he was held in the jail.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].first, "Lebanon");
  EXPECT_EQ(v[0].second, 4922673u);  // Lebanon, Indiana, not the country
  EXPECT_EQ(v[1].first, "Boone County");
  EXPECT_EQ(v[1].second, 4918273u);  // Boone County, Indiana
  v = Places("A fire in Palestine destroyed two homes, the Anderson County fire marshal said.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second, 4717232u);  // Palestine, Texas
  EXPECT_EQ(v[1].second, 4670756u);  // Anderson County, Texas
}

TEST_F(LocalContextTest, WithoutItsCountyACountryNameIsTheCountry) {
  auto v = Places("Fighting resumed in Lebanon on Thursday.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 272103u);
  // A name never supports its own readings: Lebanon named twice is still the country.
  v = Places("Lebanon said on Thursday that Lebanon would vote.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second, 272103u);
  EXPECT_EQ(v[1].second, 272103u);
}

// News names a person in full first and by the surname after ("Mike Trapani ... Trapani
// said"); the lone surname is the person too, unless a container after a comma or a cue
// makes it the town.
TEST_F(LocalContextTest, ASurnameWrittenAsOneStaysThePerson) {
  EXPECT_TRUE(Places("Trapani wins the seat. Deputies arrested two men, Mike Trapani said. Trapani said the "
                     "arrests followed a tip.").empty());
  auto v = Places("Mike Trapani was born in Trapani, Sicily, in 1950.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 2522876u);
  // Without the full name, the lone name is the town.
  v = Places("Trapani hosted the festival on Sunday.");
  ASSERT_EQ(v.size(), 1u);
  // A surname that is also a country or a large town is not remembered as a person's (nor
  // is a country after a capitalised word taken for a surname: NewsNamesTest.
  // ASentenceStartBeforeACountryIsNoFirstName).
  v = Places("Fighting resumed, Mike Lebanon said. Lebanon said on Thursday that it would vote.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].second, 272103u);
}

// A lone minor name next to a speech verb is the speaker; a country is its government.
TEST_F(LocalContextTest, TheSpeakerOfSaidIsAPerson) {
  EXPECT_TRUE(Places("\"It's the common sense stuff,\" Wheeler said. Later, Wheeler added a warning.").empty());
  EXPECT_TRUE(Places("The fire started at noon, said Wheeler.").empty());
  // The police of the town speak, or the mayor named after it.
  auto v = Places("Police in Wheeler said the fire started at noon.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4741616u);
  v = Places("Lebanon said on Thursday that it would vote.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 272103u);
  // "said Wheeler police Capt. Tom Roe": the town's police speak, and the town named alone
  // elsewhere stays the town (lgl.en: "a Laconia man" was dropped so); "police" in lower case
  // is a common noun, so the town before it is a mention too.
  v = Places("The body is that of a Wheeler man, said Wheeler police Capt. Tom Roe.");
  ASSERT_EQ(v.size(), 2u);
  for (const auto& [surface, id] : v) {
    EXPECT_EQ(surface, "Wheeler");
    EXPECT_EQ(id, 4741616u);
  }
}

// "Huntsville City Manager Bill Baine": "City" between a town and its office is no surname
// (the pair was read as "David Jones" and the town dropped) where the text names the town
// alone elsewhere; a name the text gives only before "City" stays out ("Emerald City Players").
TEST_F(LocalContextTest, CityBetweenATownAndItsOffice) {
  auto v = Places("Huntsville City Manager Bill Baine wants road money. Huntsville has grown fast.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].first, "Huntsville");
  EXPECT_EQ(v[0].second, 4068590u);
  EXPECT_TRUE(Places("The Huntsville City Players staged a show on Friday.").empty());
}

// "a Wheeler Democrat": a party member's noun after a town names the member's home; the pair is
// no person's two names ("Democrat" is an alternate name of Sumiton, Alabama).
TEST_F(LocalContextTest, APartyMembersTown) {
  auto v = Places("Rep. Tom Roe, a Wheeler Democrat, backs the bill. Democrat Tom Roe spoke.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].first, "Wheeler");
  EXPECT_EQ(v[0].second, 4741616u);
}

// A season in an event's name is no town ("the 2009 Spring Cleanup", "Spring Elections"); with
// its state's abbreviation after a comma it is Spring, Texas ("Spring, TX").
TEST_F(LocalContextTest, ASeasonIsNoTown) {
  EXPECT_TRUE(Places("Volunteers join the 2009 Spring Cleanup. Turnout beat the Spring Elections.").empty());
  auto v = Places("Flooding hit Spring, TX on Sunday.");
  ASSERT_GE(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4733624u);
}

// A town's name before a capitalised word nobody lists (a surname) that ends the name is a first
// name ("Tyler Zilverberg", "Chad Walker"); not before an organisation's longer name ("the
// Wheeler Historical Society"), a plural ("Wheeler Elks") or an abbreviation ("Wheeler Twp.").
TEST_F(LocalContextTest, ATownsNameBeforeAnUnknownSurnameIsAFirstName) {
  EXPECT_TRUE(Places("Joey Stadnick won 5-0 over Wheeler Zilverberg on Friday.").empty());
  auto v = Places("The Wheeler Historical Society met. The Wheeler Elks plan a show. Wheeler Twp. voted.");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].second, 4741616u);
}

// "World War I", "The Family War": the word is no town (War, West Virginia), but with its state
// after a comma it is ("War, WV").
TEST_F(LocalContextTest, WarIsNoTown) {
  EXPECT_TRUE(Places("He fought in World War I and wrote The Family War.").empty());
  auto v = Places("The mine near War, WV closed.");
  ASSERT_GE(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4826431u);
}

// "The Webster was the premiere movie theater", "running the Webster.": a minor town's name
// after "the" that ends its phrase names a theatre or a firm; as a modifier ("the Wheeler man")
// it is the town.
TEST_F(LocalContextTest, TheArticleBeforeAMinorTownsNameEndingItsPhrase) {
  EXPECT_TRUE(Places("The Wheeler was the finest theater. Her siblings kept running the Wheeler.").empty());
  auto v = Places("Police said the Wheeler man was arrested.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4741616u);
}

// A listed personal name (en/nonplace_words.tsv) before a lone name makes it a surname,
// though James is a town in Arkansas too.
TEST_F(LocalContextTest, AListedFirstNameMakesTheNextWordASurname) {
  EXPECT_TRUE(Places("The Bronco driven by James Barnes, 20, hit the wall.").empty());
  auto v = Places("The Bronco was found in Barnes on Friday.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 2656296u);
}

// A compass bearing before a listed personal name makes it the town: nobody lies two miles
// east of a person (lgl.en: "two miles east of Brandon", "186 miles southeast of Alliance").
TEST_F(LocalContextTest, ABearingOfAListedNameIsTheTown) {
  auto v = Places("The car left the road about two miles east of James on Friday.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4118722u);
  v = Places("The culvert lies southwest of James.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_TRUE(Places("The car was driven by a friend of James on Friday.").empty());
}

// After a listed first name the surname is the person's wherever the article repeats it alone,
// though a town of 100,000 or more bears it too ("Elizabeth Fairfield ... Fairfield was already
// in jail": Fairfield, California); not after "the" ("The George Twickenham" is a pub).
TEST_F(LocalContextTest, ASurnameAfterAListedFirstNameIsThePersonsThroughout) {
  EXPECT_TRUE(Places("A plea deal is discussed for Elizabeth Vancouver, who is accused of fraud. Vancouver was "
                     "already in jail.").empty());
  auto v = Places("Drinks at The Elizabeth Vancouver tonight. Vancouver hosts the week.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].first, "Vancouver");
}

// A state's postal code after a locative preposition, or after another code and "&", is the
// state ("flooding in TX", "heading to TX today", "survivors in TX & CA"); not a code that is
// another country's province too (TN, Tamil Nadu), nor one before a capitalised word.
TEST_F(LocalContextTest, AStateCodeAfterALocativePreposition) {
  auto v = Places("Volunteers will be heading to TX today to help.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4736286u);
  v = Places("Hurricane survivors in TX & CA still need your help.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second, 4736286u);
  EXPECT_EQ(v[1].second, 5332921u);
  EXPECT_TRUE(Places("Kits are cheaper in TN, I have been told.").empty());
  EXPECT_TRUE(Places("The emergency room in DC Office confirms 20 dead.").empty());
  EXPECT_TRUE(Places("It is TX and it is late.").empty());
}

// Session 26 (lgl.en: "The PA was also worried", "Another PA official said", in an article on
// the Palestinian Authority, were Pennsylvania; "an ID from Alaska", "VA's health professionals"):
// a state's code that some other place bears as an alternate name ("Pa", Chongqing) needs the
// contexts a code that is nothing else needs: a town and its comma before it, or another
// state's code and a slash.
TEST_F(LocalContextTest, AStateCodeThatIsAlsoAnAlternateNameNeedsItsContext) {
  EXPECT_TRUE(Places("The PA was also worried about the release. Another PA official said so.").empty());
  auto v = Places("The plant in Lancaster, PA closed.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second, 5197079u);
  EXPECT_EQ(v[1].second, 6254927u);
  // Two codes joined by a slash name each other's states ("to the NC/VA border").
  v = Places("Warnings run northward to the PA/TX border.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second, 6254927u);
  EXPECT_EQ(v[1].second, 4736286u);
}

// First names and sentence-opening words that are towns elsewhere (en/nonplace_words.tsv).
TEST_F(LocalContextTest, FirstNamesAndCommonWordsAtASentenceStart) {
  auto v = Places("Nadia Moayyad opened the shelter. Part of the road reopened in Wheeler.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4741616u);
}


// "Georgia" alone is the country in the first pass (no context yet); in a text on the US it
// is the state, and its towns get the evidence that their state is named: Atlanta, Georgia,
// not the Atlanta of Texas, the one state the first pass saw named (lgl.en, four such
// articles).
TEST_F(LocalContextTest, AStateNamedLikeACountryStillContainsItsTowns) {
  auto v = Places("ATLANTA - A dialing code linking needy Georgia residents with food pantries could expand "
                  "statewide, Georgia officials said. The Atlanta agency learned from a program in Texas.");
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].first, "ATLANTA");
  EXPECT_EQ(v[0].second, 4180439u);
  EXPECT_EQ(v[1].second, 4197000u);  // the state
  EXPECT_EQ(v[3].second, 4180439u);
  EXPECT_EQ(v[4].second, 4736286u);
  // In a text on the Caucasus the name stays the country and lends its towns nothing.
  v = Places("Georgia said on Thursday that the talks would resume.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 614540u);
}

// "Jackson and Barrow counties": each name of a list ending in "counties" is the county
// (Jackson County and Barrow County, Georgia), not the towns of Alabama and Alaska so named.
TEST_F(LocalContextTest, ANameListedBeforeCountiesIsTheCounty) {
  auto v = Places("Enrollment has slowed in places like Jackson and Barrow counties, the board said.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].first, "Jackson");
  EXPECT_EQ(v[0].second, 4202453u);
  EXPECT_EQ(v[1].first, "Barrow");
  EXPECT_EQ(v[1].second, 4181182u);
  v = Places("School boards in Barrow, Jackson and Athens counties cut positions.");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].second, 4181182u);
  EXPECT_EQ(v[2].second, 4505892u);
  // Alone before "counties" a name is a modifier, and a state keeps its reading.
  v = Places("The rate for the four metro Athens counties rose. Texas and Missouri counties voted.");
  ASSERT_GE(v.size(), 2u);
  EXPECT_EQ(v[0].second, 4180386u);  // the town
  EXPECT_EQ(v[1].second, 4736286u);  // the state, not Texas County, Missouri
  // A state's name in a list with names that are no states is a county's too.
  v = Places("Numbers rose in Dakota, Otoe and Washington counties.");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].second, 5066642u);
  EXPECT_EQ(v[2].first, "Washington");
  EXPECT_EQ(v[2].second, 5081383u);
  // Without "counties" the names are the towns.
  v = Places("He drove from Jackson to Barrow.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second, 4069458u);
  EXPECT_EQ(v[1].second, 5879092u);
}

// The main name of a state is the state's, however much the text's context favours a town
// that bore the name once: "California" in an article on West Virginia is not Spencer,
// West Virginia (formerly California).
TEST_F(LocalContextTest, AStatesOwnNameIsNotATownsFormerName) {
  auto v = Places("West Virginia lawmakers from Kanawha County cited the challenges to Proposition 8 in "
                  "California. West Virginia has had such a law since 2000.");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[2].first, "California");
  EXPECT_EQ(v[2].second, 5332921u);
}

// Local news names places of one area. The first pass, without context, reads Richmond as
// Virginia's capital and Twickenham as Huntsville (its former name), so the second saw a
// text on the US and chose London, Kentucky; every name here can be a place within 50 km of
// the others in London, which decides.
TEST_F(LocalContextTest, NamesThatCanAllBeNeighboursAreNeighbours) {
  auto v = Places("Despite its leafy image, Richmond faces the same congestion as other parts of London. "
                  "The Mayor of London said cycling through Richmond and Twickenham will be easier.");
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[1].first, "London");
  EXPECT_EQ(v[1].second, 2643743u);
  EXPECT_EQ(v[2].second, 2643743u);
  EXPECT_EQ(v[3].second, 2639389u);
  EXPECT_EQ(v[4].second, 2635308u);
}

// "Dublin City Manager": "City" before an office is the town's council's, not part of the
// name "Dublin City", which the index has only as an alternate name of Dublin, Ireland.
TEST_F(LocalContextTest, CityBeforeAnOfficeIsNoPartOfTheName) {
  auto v = Places("Ohio officials met Dublin City Manager Terry Foegler. Dublin will vote on the plan.");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[1].first, "Dublin");
  EXPECT_EQ(v[1].second, 5152333u);
  EXPECT_EQ(v[2].second, 5152333u);
  // A place of that name stays whole at the end of a sentence.
  v = Places("He was born in Dublin City.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].first, "Dublin City");
}

// "Washington, D.C.": the abbreviation after the comma is the District of Columbia (GeoNames'
// first-level division, as LGL's annotators read it), and decides as a state after a comma
// does, however much the text is about Georgia.
TEST_F(LocalContextTest, ACitysOwnAbbreviationAfterACommaDecides) {
  auto v = Places("ATLANTA - An Atlanta woman called her mother in Washington, D.C. The mother called the "
                  "police in Atlanta, and Georgia officials said the woman was safe in Georgia.");
  ASSERT_EQ(v.size(), 7u);
  EXPECT_EQ(v[2].first, "Washington");
  EXPECT_EQ(v[2].second, 4140963u);
  EXPECT_EQ(v[3].second, 4138106u);
}

// "Platte County grew ... Platte is the state's 10th most populous county": the bare name
// after the county named in full is the county, not Platte, South Dakota; but where the
// county has a seat of its name, the bare name is the town.
TEST_F(LocalContextTest, ACountyNamedInFullThenBare) {
  auto v = Places("Platte County grew by 3 percent. The census places Platte as the state's 10th most "
                  "populous county.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].first, "Platte");
  EXPECT_EQ(v[1].second, 5697939u);
  v = Places("Lancaster County deputies arrested a man who lives in Lancaster.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second, 5197085u);
  EXPECT_EQ(v[1].second, 5197079u);
}

// With nothing else named, a city of 600,000 is the likelier reading than a county seat of
// 160,000: Vancouver, British Columbia, not Vancouver, Washington.
TEST_F(LocalContextTest, ALargeCityOutranksASmallerCountySeat) {
  auto v = Places("The officers at Vancouver airport were questioned on Thursday.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 6173331u);
}

// "Delano", "Hutchinson", "Montgomery" and "St. Paul" are each read first as their largest
// namesakes or main names (California, Kansas, Alabama, Alberta); the second pass moves Delano and Hutchinson
// to Minnesota, but Montgomery had weighed the first readings, none near Minnesota's town.
// Its winner has no other name's reading within 200 km while another candidate has: it is
// resolved once more against the second pass's readings.
TEST_F(LocalContextTest, ANamesakeFarFromEveryOtherReadingIsResolvedAgain) {
  auto v = Places("Wrestlers from Delano and Hutchinson met in Montgomery on Saturday, and the team flew "
                  "home to St. Paul.");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].second, 5024138u);  // Delano, Minnesota
  EXPECT_EQ(v[1].second, 5030977u);  // Hutchinson, Minnesota
  EXPECT_EQ(v[2].first, "Montgomery");
  EXPECT_EQ(v[2].second, 5038035u);  // Montgomery, Minnesota, not Alabama's capital
  // However few candidates are kept for the output (--explain keeps more): the readings
  // looked at are all of the name's.
  geo::Options one;
  one.max_candidates = 1;
  v = index_->Places("Wrestlers from Delano and Hutchinson met in Montgomery on Saturday, and the team flew "
                     "home to St. Paul.",
                     one);
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[2].second, 5038035u);
  // Alone, the name is the capital.
  v = Places("Wrestlers met in Montgomery on Saturday.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 4076784u);
}

// "Mt. Pleasant Community High School", "Ft. Myers": local news abbreviates Mount and Fort.
TEST_F(LocalContextTest, MountAndFortAbbreviated) {
  auto v = Places("The band played in Mt. Pleasant on Friday and in Ft. Myers on Sunday.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].first, "Mt. Pleasant");
  EXPECT_EQ(v[0].second, 4868205u);
  EXPECT_EQ(v[1].first, "Ft. Myers");
  EXPECT_EQ(v[1].second, 4155995u);
}

// "Osceola" after "Osceola County" is the county (CountyShortlyNamed), the one the first pass
// read (Michigan's, first of three equal readings); the second pass reads the county as
// Florida's, beside Orlando, and the bare name, which no reading of its own places near
// Orlando, is resolved once more against that reading.
TEST_F(LocalContextTest, ABareCountyNameFollowsTheCountysSecondReading) {
  auto v = Places("Fires burned near Orlando, and another was under control in Osceola. The fire in "
                  "Osceola County was contained.");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[1].first, "Osceola");
  EXPECT_EQ(v[1].second, 4167218u);
  EXPECT_EQ(v[2].second, 4167218u);
}

// "Salisbury" beside Sharon, Kent and Canaan of Connecticut: the county seats of North Carolina
// and Maryland outscore a town of New York by less than half a point, and none of them is
// within 200 km of the others while the town of New York is: that one (the index lacks
// Salisbury, Connecticut).
TEST_F(LocalContextTest, ACloseCallGoesToTheReadingNearTheOthers) {
  auto v = Places("The region's six towns will share the cost. Sharon, Kent and Canaan saw small increases, "
                  "and Salisbury will face the second largest increase.");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].second, 4842872u);
  EXPECT_EQ(v[3].first, "Salisbury");
  EXPECT_EQ(v[3].second, 5136107u);
  // Alone, the county seat.
  v = Places("Salisbury will face the second largest increase.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_NE(v[0].second, 5136107u);
}

// Headlines abbreviate County: "Loudon Co. man" is the county, no company of Loudon's.
TEST_F(LocalContextTest, CountyAbbreviatedBeforeALowerCaseWord) {
  auto v = Places("Loudon Co. man dies in wreck here.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].first, "Loudon Co.");
  EXPECT_EQ(v[0].second, 4638283u);
  // Before a capitalised word or a comma, "Co." is a company's.
  v = Places("He drove for the Loudon Co. He retired. The Loudon Co., of Knoxville, closed.");
  for (const auto& [surface, id] : v) EXPECT_NE(id, 4638283u) << surface;
}

}  // namespace
}  // namespace marsad::geo
