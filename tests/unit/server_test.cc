// The HTTP API of `marsad serve`, started in-process on an ephemeral loopback port over
// the default gazetteer index (skipped, with a message, when it has not been built).
#include <arpa/inet.h>
#include <httplib.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <rapidjson/document.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <thread>
#include <vector>

#include "../../tools/server/request_framing.h"
#include "../../tools/server/server.h"
#include "marsad/extract.h"
#include "marsad/output.h"

namespace marsad::server {
namespace {

const std::string kSource = MARSAD_SOURCE_DIR;
const std::string kIndex = kSource + "/data/gazetteer/default.mgz";
const std::string kArabic = "بدأت مفاوضات تسليم الرقة بعد اجتماع في عين عيسى شمالي الرقة.";
const std::string kEnglish = "Fighting continued in Raqqa, Syria, while talks were held in Aleppo.";

rapidjson::Document Parse(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str(), body.size());
  EXPECT_FALSE(d.HasParseError()) << body;
  return d;
}

// One server (and its thread) for a set of options.
class Running {
 public:
  Running(const Resources& res, ServerOptions opt) : srv_(res, std::move(opt)) {
    auto p = srv_.Bind();
    EXPECT_TRUE(p.ok()) << p.status().message();
    port_ = p.ok() ? *p : -1;
    thread_ = std::thread([this] { srv_.Run(); });
    for (int i = 0; i < 500 && !srv_.running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ~Running() {
    srv_.Stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }
  Server& server() { return srv_; }
  int port() const { return port_; }

 private:
  Server srv_;
  int port_ = -1;
  std::thread thread_;
};

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(kIndex)) return;
    auto r = Resources::Load(kIndex, kSource + "/data");
    ASSERT_TRUE(r.ok()) << r.status().message();
    resources_ = std::move(r).value().release();
    ServerOptions o;
    o.port = 0;
    o.max_body_bytes = 256 * 1024;
    o.threads = 8;
    o.web_dir = kSource + "/web";
    o.npm_dir = kSource + "/third_party/npm/node_modules";
    o.version = "test";
    server_ = new Running(*resources_, o);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete resources_;
    server_ = nullptr;
    resources_ = nullptr;
  }
  void SetUp() override {
    if (!resources_)
      GTEST_SKIP() << "no default gazetteer at " << kIndex << ": build it with `make gazetteer`";
  }
  static Resources* resources_;
  static Running* server_;
};
Resources* ServerTest::resources_ = nullptr;
Running* ServerTest::server_ = nullptr;

TEST_F(ServerTest, Healthz) {
  auto r = server_->Client().Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  auto d = Parse(r->body);
  EXPECT_STREQ(d["status"].GetString(), "ok");
  EXPECT_GT(d["gazetteer"]["places"].GetUint64(), 1000u);
}

TEST_F(ServerTest, ExtractPlainText) {
  auto r = server_->Client().Post("/v1/extract?lang=ar", kArabic, "text/plain; charset=utf-8");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->get_header_value("Content-Type").find("application/json"), std::string::npos);
  auto d = Parse(r->body);
  EXPECT_STREQ(d["lang"].GetString(), "ar");
  ASSERT_TRUE(d["places"].IsArray());
  bool raqqa = false;
  for (const auto& p : d["places"].GetArray()) {
    std::string surface = p["surface"].GetString();
    if (surface.find("الرقة") != std::string::npos && p["lat"].IsNumber()) raqqa = true;
    EXPECT_LT(p["start"].GetUint(), p["end"].GetUint());
  }
  EXPECT_TRUE(raqqa) << r->body;
  EXPECT_TRUE(d.HasMember("focus"));
}

// Issue 18: an id, url or date that is not UTF-8 ("?id=%FF") was copied raw into the
// response, which was then not valid JSON. It must come back as valid UTF-8 JSON.
TEST_F(ServerTest, InvalidUtf8InParametersIsValidJson) {
  auto r = server_->Client().Post("/v1/extract?id=a%FF%FEb&url=http://x/%C0%80", "Shelling hit Homs.", "text/plain");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(r->body.c_str());
  ASSERT_FALSE(d.HasParseError()) << r->body.substr(0, 300);
  ASSERT_TRUE(d.HasMember("id") && d["id"].IsString());
  const std::string id = d["id"].GetString();
  EXPECT_EQ(id.front(), 'a');
  EXPECT_EQ(id.back(), 'b');
}

TEST_F(ServerTest, ExtractJsonDocument) {
  std::string body = R"({"id":"doc-7","text":")" + kEnglish + R"(","lang":"en","published":"2017-08-01"})";
  auto r = server_->Client().Post("/v1/extract", body, "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  auto d = Parse(r->body);
  EXPECT_STREQ(d["id"].GetString(), "doc-7");
  EXPECT_STREQ(d["lang"].GetString(), "en");
  EXPECT_GE(d["places"].Size(), 2u);
}

TEST_F(ServerTest, BadRequestsAreJson400) {
  auto c = server_->Client();
  struct Case {
    std::string path, body, type;
  };
  for (const Case& k : {Case{"/v1/extract", R"({"id": "x", "text": )", "application/json"},
                        Case{"/v1/extract", "", "text/plain"},
                        Case{"/v1/extract", "abc \xff\xfe def", "text/plain"},
                        Case{"/v1/extract?lang=fr", kEnglish, "text/plain"},
                        Case{"/v1/extract/batch", "  \n", "application/x-ndjson"}}) {
    auto r = c.Post(k.path, k.body, k.type);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << k.path << " " << k.body;
    auto d = Parse(r->body);
    ASSERT_TRUE(d.IsObject());
    EXPECT_EQ(d["status"].GetInt(), 400);
    EXPECT_GT(std::string(d["message"].GetString()).size(), 5u) << r->body;
  }
}

TEST_F(ServerTest, Batch) {
  std::string body = R"({"id":"a","text":")" + kEnglish + "\"}\n" + "{not json}\n" + R"({"id":"c","text":")" +
                     kArabic + "\"}\n";
  auto r = server_->Client().Post("/v1/extract/batch", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("X-Marsad-Documents"), "3");
  EXPECT_EQ(r->get_header_value("X-Marsad-Errors"), "1");
  std::istringstream lines(r->body);
  std::vector<std::string> out;
  for (std::string l; std::getline(lines, l);) out.push_back(l);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_STREQ(Parse(out[0])["id"].GetString(), "a");
  EXPECT_TRUE(Parse(out[1]).HasMember("error"));
  EXPECT_EQ(Parse(out[1])["line"].GetInt(), 2);
  EXPECT_STREQ(Parse(out[2])["id"].GetString(), "c");
}

// /v1/merge: two outlets' reports of one strike (extraction output as the batch endpoint
// writes it) come back as one record; ACLED on request; a bad line or GET is refused.
TEST_F(ServerTest, Merge) {
  auto report = [](const std::string& id, const std::string& evidence) {
    return R"({"id":")" + id + R"(","lang":"ar","events":[{"start":0,"end":9,"evidence":")" + evidence +
           R"(","event_type":"Explosions/Remote violence","sub_event_type":"Air/drone strike","actor1":null,)"
           R"("actor2":null,"place":{"name":"Raqqa","geonameid":172955,"feature_class":"P","feature_code":"PPLA",)"
           R"("country":"SY","admin1":"04","lat":35.95,"lon":39.01,"mention":0},"date":"2017-10-14",)"
           R"("date_precision":"day","fatalities":5,"fatalities_quantity":0,"confidence":0.8}],"errors":[]})";
  };
  const std::string body = report("a", "غارة جوية على الرقة") + "\n" + report("b", "غارة جوية على الرقة") + "\n";
  auto c = server_->Client();
  auto r = c.Post("/v1/merge", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("X-Marsad-Events"), "2");
  EXPECT_EQ(r->get_header_value("X-Marsad-Records"), "1");
  auto d = Parse(r->body.substr(0, r->body.find('\n')));
  ASSERT_TRUE(d.IsObject()) << r->body;
  EXPECT_EQ(d["n_reports"].GetInt(), 2);
  EXPECT_EQ(d["fatalities"].GetInt(), 5);
  auto csv = c.Post("/v1/merge?format=acled", body, "application/x-ndjson");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->body.rfind("event_id_cnty,", 0), 0u) << csv->body;
  auto bad = c.Post("/v1/merge", body + "{not json\n", "application/x-ndjson");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("request line 3"), std::string::npos) << bad->body;
  auto get = c.Get("/v1/merge");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
}

// Every format of `marsad extract --format` on both extract endpoints, written by the same
// writer: the HTTP body is what output::MakeWriter makes of the same documents here.
TEST_F(ServerTest, EveryFormatOnBothEndpoints) {
  const std::string doc = R"({"id":"a","lang":"en","published":"2017-08-01","text":")" + kEnglish + "\"}";
  const std::string batch = doc + "\n{not json}\n" + R"({"id":"c","lang":"ar","text":")" + kArabic + "\"}\n";
  auto c = server_->Client();
  for (const char* name : output::kFormatNames) {
    const auto format = output::ParseFormat(name).value();
    ExtractOptions opt;
    opt.utf8 = text::Utf8Mode::kStrict;
    const Extractor ex(*resources_, opt);
    // Locally: the batch as the writer renders it (the server's default utf8 is strict).
    output::WriterOptions w;
    w.version = "test";  // the server's, as started above
    auto writer = output::MakeWriter(format, *resources_, opt, w);
    std::string want = writer->Begin(), err;
    uint64_t seq = 0;
    for (const std::string& line : {doc, std::string("{not json}"), R"({"id":"c","lang":"ar","text":")" + kArabic + "\"}"}) {
      pipeline::Rendered r;
      auto d = ParseJsonDocument(line, "request", seq + 1);
      Document fallback;
      fallback.id = "request:" + std::to_string(seq + 1);
      fallback.source = "request";
      fallback.line = seq + 1;
      if (!d.ok()) writer->RenderError(fallback, d.status().message(), seq, &r);
      else writer->Render(ex.Extract(*d).value(), seq, &r);
      writer->Write(r, &want, &err);
      ++seq;
    }
    want += writer->End();
    auto b = c.Post(std::string("/v1/extract/batch?format=") + name, batch, "application/x-ndjson");
    ASSERT_TRUE(b);
    ASSERT_EQ(b->status, 200) << name << " " << b->body;
    EXPECT_EQ(b->body, want) << name;
    EXPECT_EQ(b->get_header_value("Content-Type"), output::ContentType(format, false)) << name;
    EXPECT_EQ(b->get_header_value("X-Marsad-Errors"), "1") << name;
    // One document: json and cliff are the one object, the others a whole file.
    auto one = c.Post(std::string("/v1/extract?format=") + name, doc, "application/json");
    ASSERT_TRUE(one);
    ASSERT_EQ(one->status, 200) << name << " " << one->body;
    EXPECT_EQ(one->get_header_value("Content-Type"), output::ContentType(format, true)) << name;
    EXPECT_FALSE(one->body.empty()) << name;
  }
  auto geo = c.Post("/v1/extract?format=geojson&geojson_events=true", doc, "application/json");
  ASSERT_TRUE(geo);
  ASSERT_EQ(geo->status, 200) << geo->body;
  auto g = Parse(geo->body);
  ASSERT_TRUE(g.IsObject());
  EXPECT_STREQ(g["type"].GetString(), "FeatureCollection");
  bool raqqa = false;
  for (const auto& f : g["features"].GetArray()) {
    const auto& xy = f["geometry"]["coordinates"];
    const auto& props = f["properties"];
    if (props.HasMember("surface") && std::string(props["surface"].GetString()) == "Raqqa")
      raqqa = std::abs(xy[0].GetDouble() - 39.0) < 0.1 && std::abs(xy[1].GetDouble() - 35.95) < 0.1;  // lon, lat
  }
  EXPECT_TRUE(raqqa) << geo->body;
  auto cliff = Parse(c.Post("/v1/extract?format=cliff", doc, "application/json")->body);
  EXPECT_STREQ(cliff["status"].GetString(), "ok");
  EXPECT_FALSE(cliff.HasMember("id"));  // one document: CLIFF's own shape
  for (const char* bad : {"/v1/extract?format=kml", "/v1/extract/batch?format=JSON",
                          "/v1/extract?format=json&geojson_events=1"}) {
    auto r = c.Post(bad, doc, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << bad;
  }
}

TEST_F(ServerTest, GazetteerLookup) {
  auto c = server_->Client();
  auto r = c.Get("/v1/gazetteer/lookup?q=%D8%A7%D9%84%D8%B1%D9%82%D8%A9");  // الرقة
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  auto d = Parse(r->body);
  ASSERT_GT(d["places"].Size(), 0u) << r->body;
  bool syria = false;
  for (const auto& p : d["places"].GetArray()) syria |= std::string(p["country"].GetString()) == "SY";
  EXPECT_TRUE(syria);
  auto missing = c.Get("/v1/gazetteer/lookup");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
}

// The base map's place names: by zoom, inside the bbox, most important first.
TEST_F(ServerTest, GazetteerPlacesForTheBaseMap) {
  auto c = server_->Client();
  auto names = [&](const std::string& q) {
    auto r = c.Get(("/v1/gazetteer/places?" + q).c_str());
    EXPECT_TRUE(r);
    std::vector<std::pair<std::string, std::string>> out;  // name, kind
    if (!r) return out;
    EXPECT_EQ(r->status, 200) << r->body;
    auto d = Parse(r->body);
    for (const auto& p : d["places"].GetArray()) {
      double lon = p["lon"].GetDouble(), lat = p["lat"].GetDouble();
      EXPECT_TRUE(lon >= 35 && lon <= 42 && lat >= 32 && lat <= 37.5) << p["name"].GetString();
      out.emplace_back(p["name"].GetString(), p["kind"].GetString());
    }
    return out;
  };
  auto has = [](const auto& v, const std::string& name, const std::string& kind) {
    return std::find(v.begin(), v.end(), std::make_pair(name, kind)) != v.end();
  };
  auto far = names("bbox=35,32,42,37.5&zoom=4");  // Syria and its neighbours, zoomed out
  EXPECT_TRUE(has(far, "Syria", "country"));
  EXPECT_TRUE(has(far, "Damascus", "capital"));
  EXPECT_FALSE(has(far, "Homs", "town"));  // ~775,000 people: not at zoom 4
  auto near = names("bbox=35,32,42,37.5&zoom=7");
  EXPECT_TRUE(has(near, "Homs", "town"));
  EXPECT_FALSE(has(near, "Syria", "town"));
  ASSERT_FALSE(near.empty());
  EXPECT_EQ(near.front().second, "country");  // drawn first
  for (const char* bad : {"bbox=1,2,3&zoom=5", "bbox=0,10,5,5&zoom=5", "bbox=0,0,5,5", "bbox=0,0,5,5&zoom=x",
                          "bbox=0,0,5,5&zoom=5&limit=0"}) {
    auto r = c.Get((std::string("/v1/gazetteer/places?") + bad).c_str());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << bad;
  }
}

TEST_F(ServerTest, NotFoundAndMethodNotAllowed) {
  auto c = server_->Client();
  auto nf = c.Get("/no/such/thing");
  ASSERT_TRUE(nf);
  EXPECT_EQ(nf->status, 404);
  EXPECT_EQ(Parse(nf->body)["status"].GetInt(), 404);
  auto nf_post = c.Post("/v2/extract", "x", "text/plain");
  ASSERT_TRUE(nf_post);
  EXPECT_EQ(nf_post->status, 404);
  EXPECT_TRUE(Parse(nf_post->body).HasMember("message"));
  auto na = c.Get("/v1/extract");
  ASSERT_TRUE(na);
  EXPECT_EQ(na->status, 405);
  EXPECT_EQ(na->get_header_value("Allow"), "POST");
  EXPECT_EQ(Parse(na->body)["status"].GetInt(), 405);
  auto del = c.Delete("/healthz");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
}

TEST_F(ServerTest, TooLargeIs413) {
  std::string big(300 * 1024, 'a');
  auto r = server_->Client().Post("/v1/extract", big, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  auto d = Parse(r->body);
  EXPECT_EQ(d["status"].GetInt(), 413);
  // The connection stays usable for the next request.
  auto ok = server_->Client().Get("/healthz");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST_F(ServerTest, CliffShape) {
  auto c = server_->Client();
  httplib::Params form{{"q", kEnglish}, {"replaceAllDemonyms", "false"}};
  auto r = c.Post("/parse/text", form);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  auto d = Parse(r->body);
  EXPECT_STREQ(d["status"].GetString(), "ok");
  EXPECT_TRUE(d["milliseconds"].IsInt64());
  EXPECT_TRUE(d["version"].IsString());
  const auto& places = d["results"]["places"];
  ASSERT_TRUE(places["focus"]["countries"].IsArray());
  ASSERT_TRUE(places["focus"]["states"].IsArray());
  ASSERT_TRUE(places["focus"]["cities"].IsArray());
  ASSERT_GE(places["mentions"].Size(), 2u) << r->body;
  for (const auto& m : places["mentions"].GetArray()) {
    for (const char* f : {"id", "name", "lat", "lon", "countryCode", "countryGeoNameId", "stateCode",
                          "stateGeoNameId", "featureClass", "featureCode", "population", "confidence"})
      EXPECT_TRUE(m.HasMember(f)) << f;
    size_t at = m["source"]["charIndex"].GetUint();
    std::string s = m["source"]["string"].GetString();
    EXPECT_EQ(kEnglish.substr(at, s.size()), s);  // ASCII text: code points = bytes
  }
  EXPECT_GT(places["focus"]["countries"].Size(), 0u);
  EXPECT_STREQ(places["focus"]["countries"][0]["countryCode"].GetString(), "SY");
  // GET with the query string, as CLIFF's own examples do; Arabic with language=ar.
  auto g = c.Get(httplib::append_query_params("/parse/text", {{"language", "ar"}, {"q", kArabic}}));
  ASSERT_TRUE(g);
  ASSERT_EQ(g->status, 200) << g->body;
  EXPECT_GT(Parse(g->body)["results"]["places"]["mentions"].Size(), 0u);
  auto bad = c.Get("/parse/text");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_STREQ(Parse(bad->body)["status"].GetString(), "error");
}

TEST_F(ServerTest, StaticMapPage) {
  if (!std::filesystem::exists(kSource + "/web/index.html")) GTEST_SKIP() << "no web/ in the source tree";
  auto c = server_->Client();
  auto r = c.Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(r->body.find("/vendor/leaflet/leaflet.js"), std::string::npos);
  auto js = c.Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  if (!std::filesystem::exists(kSource + "/third_party/npm/node_modules/leaflet"))
    GTEST_SKIP() << "npm packages not installed (make deps)";
  for (const char* path : {"/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css",
                           "/vendor/topojson-client/topojson-client.min.js", "/vendor/world-atlas/countries-50m.json",
                           "/vendor/noto-naskh-arabic/arabic-400.css",
                           "/vendor/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2"}) {
    auto a = c.Get(path);
    ASSERT_TRUE(a) << path;
    EXPECT_EQ(a->status, 200) << path;
  }
  auto hidden = c.Get("/vendor/world-atlas/package.json");
  ASSERT_TRUE(hidden);
  EXPECT_EQ(hidden->status, 404);
}

TEST_F(ServerTest, Metrics) {
  auto c = server_->Client();
  ASSERT_TRUE(c.Post("/v1/extract", kEnglish, "text/plain"));
  ASSERT_TRUE(c.Get("/nope"));
  auto r = c.Get("/metrics");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_NE(r->get_header_value("Content-Type").find("text/plain"), std::string::npos);
  const std::string& m = r->body;
  EXPECT_NE(m.find("# TYPE marsad_http_requests_total counter"), std::string::npos);
  EXPECT_NE(m.find(R"(marsad_http_requests_total{route="/v1/extract",method="POST",code="200"})"), std::string::npos) << m;
  EXPECT_NE(m.find(R"(marsad_http_requests_total{route="static",method="GET",code="404"})"), std::string::npos) << m;
  EXPECT_NE(m.find(R"(marsad_http_request_duration_seconds_bucket{route="/v1/extract",le="+Inf"})"), std::string::npos);
  EXPECT_NE(m.find("marsad_documents_total "), std::string::npos);
  EXPECT_NE(m.find("marsad_rejected_total "), std::string::npos);
  EXPECT_NE(m.find("process_resident_memory_bytes "), std::string::npos);
}

// With one slot and no queue, a request arriving while a long batch runs gets 503 with
// Retry-After; stopping the server lets the batch in flight finish.
TEST_F(ServerTest, ConcurrencyCapAndGracefulStop) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.max_concurrent = 1;
  o.max_queue = 0;
  o.queue_wait_ms = 0;
  o.retry_after_s = 3;
  auto busy = std::make_unique<Running>(*resources_, o);
  std::string batch;
  for (int i = 0; i < 400; ++i)
    batch += R"({"id":"d)" + std::to_string(i) + R"(","text":")" + kArabic + " " + kEnglish + "\"}\n";
  std::atomic<bool> done{false};
  int batch_status = 0;
  std::thread t([&] {
    auto c = busy->Client();
    auto r = c.Post("/v1/extract/batch", batch, "application/x-ndjson");
    batch_status = r ? r->status : -1;
    done = true;
  });
  bool saw503 = false;
  auto c = busy->Client();
  // Probe only once the batch holds the slot; otherwise a probe may take the slot first
  // and the batch itself gets the 503 (a race, on a loaded machine).
  while (!done) {
    auto m = c.Get("/metrics");
    ASSERT_TRUE(m);
    if (m->body.find("marsad_in_flight 1") != std::string::npos) break;
    std::this_thread::yield();
  }
  while (!done && !saw503) {
    auto r = c.Post("/v1/extract", kEnglish, "text/plain");
    ASSERT_TRUE(r);
    if (r->status == 503) {
      saw503 = true;
      EXPECT_EQ(r->get_header_value("Retry-After"), "3");
      EXPECT_EQ(Parse(r->body)["status"].GetInt(), 503);
    } else {
      EXPECT_EQ(r->status, 200);
    }
  }
  bool stopped_in_flight = !done;
  busy->server().Stop();
  t.join();
  EXPECT_EQ(batch_status, 200) << "stopped in flight: " << stopped_in_flight << ", saw 503: " << saw503;
  if (stopped_in_flight) {
    EXPECT_TRUE(saw503);
  }
  if (!saw503) GTEST_SKIP() << "the batch finished before a second request arrived (machine too fast)";
}

int ProcessThreads() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("Threads:", 0) == 0) return std::stoi(line.substr(8));
  return -1;
}

// An idle keep-alive connection waits in the front without a worker thread (before, each
// open connection had its worker, 48 idle ones 48 threads, and RSS grew with them): the
// threads stay at the spare workers however many connections are open, and each
// connection is served again when its next request comes.
TEST_F(ServerTest, IdleConnectionsHoldNoWorker) {
  if (ProcessThreads() < 0) GTEST_SKIP() << "no /proc/self/status";
  ServerOptions o;
  o.port = 0;
  o.threads = 64;
  o.max_concurrent = 1;  // spare workers: 1 + 16
  auto srv = std::make_unique<Running>(*resources_, o);
  const int base = ProcessThreads();
  constexpr int kConnections = 48;
  std::vector<std::unique_ptr<httplib::Client>> clients;
  for (int i = 0; i < kConnections; ++i) {
    clients.push_back(std::make_unique<httplib::Client>("127.0.0.1", srv->port()));
    clients.back()->set_keep_alive(true);
    auto r = clients.back()->Get("/healthz");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const int open = ProcessThreads();
  EXPECT_LE(open - base, 17) << "threads with " << kConnections << " idle connections open: " << open << ", before "
                             << base;
  for (auto& c : clients) {
    auto r = c->Get("/healthz");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
}

// Issue 18: a body nested 150,000 deep (unauthenticated) overflowed the stack of the
// recursive JSON parser and killed the server. Now a 400 (or, in a batch, an error record
// for that line), and the server keeps serving.
TEST_F(ServerTest, DeepJsonIs400NotACrash) {
  ServerOptions o;
  o.port = 0;
  o.max_body_bytes = 2 << 20;
  o.threads = 4;
  o.version = "test";
  Running srv(*resources_, o);
  std::string deep = R"({"id":"d","text":"Homs","x":)" + std::string(150000, '[') + std::string(150000, ']') + "}";
  auto c = srv.Client();
  auto r = c.Post("/v1/extract", deep, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body.substr(0, 300);
  EXPECT_NE(r->body.find("nested more than"), std::string::npos) << r->body.substr(0, 300);
  std::string batch = R"({"id":"a","text":")" + kEnglish + "\"}\n" + deep + "\n" + R"({"id":"c","text":")" +
                      kArabic + "\"}\n";
  auto b = c.Post("/v1/extract/batch", batch, "application/x-ndjson");
  ASSERT_TRUE(b);
  ASSERT_EQ(b->status, 200) << b->body.substr(0, 300);
  EXPECT_EQ(b->get_header_value("X-Marsad-Documents"), "3");
  EXPECT_EQ(b->get_header_value("X-Marsad-Errors"), "1");
  std::istringstream lines(b->body);
  std::vector<std::string> out;
  for (std::string l; std::getline(lines, l);) out.push_back(l);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_STREQ(Parse(out[0])["id"].GetString(), "a");
  EXPECT_EQ(Parse(out[1])["line"].GetInt(), 2);
  EXPECT_STREQ(Parse(out[2])["id"].GetString(), "c");
  auto h = c.Get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
}

// Issue 13 §4: the publication date from the body's common field names, normalised; an
// invalid `published` parameter is the client's error (it silently turned dating off).
TEST_F(ServerTest, PublishedDates) {
  auto c = server_->Client();
  std::string body = R"({"id":"p","text":")" + kEnglish + R"(","date":"2015-07-21 02:51:32"})";
  auto r = c.Post("/v1/extract", body, "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_STREQ(Parse(r->body)["published"].GetString(), "2015-07-21");
  r = c.Post("/v1/extract?published=Tue,%2021%20Jul%202015%2002:51:32%20%2B0000", kEnglish, "text/plain");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_STREQ(Parse(r->body)["published"].GetString(), "2015-07-21");
  for (const char* bad : {"14/10/2017", "2017-02-30", "soon"}) {
    for (const char* path : {"/v1/extract", "/v1/extract/batch"}) {
      std::string url = std::string(path) + "?published=" + httplib::detail::encode_query_param(bad);
      std::string b = std::string(path) == "/v1/extract" ? kEnglish : R"({"id":"a","text":")" + kEnglish + "\"}\n";
      auto e = c.Post(url, b, "text/plain");
      ASSERT_TRUE(e);
      EXPECT_EQ(e->status, 400) << url << " " << e->body;
      EXPECT_NE(e->body.find("invalid publication date"), std::string::npos) << e->body;
    }
  }
  // An unreadable date in the document: processed, without a date, with a warning.
  body = R"({"id":"w","text":")" + kEnglish + R"(","date":"2017-02-30"})";
  r = c.Post("/v1/extract", body, "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  auto d = Parse(r->body);
  EXPECT_FALSE(d.HasMember("published"));
  ASSERT_GE(d["errors"].Size(), 1u);
  EXPECT_NE(std::string(d["errors"][0].GetString()).find("invalid publication date"), std::string::npos);
  // The batch endpoint takes ?published= for documents without a date.
  r = c.Post("/v1/extract/batch?published=2016-01-05", R"({"id":"a","text":")" + kEnglish + "\"}\n",
             "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->body.find("\"published\":\"2016-01-05\""), std::string::npos) << r->body;
}

// A raw HTTP exchange: sends `request` (in pieces of `chunk` bytes, `gap_ms` apart) and
// returns what the server answers before it closes (or `timeout_s` passes).
std::string RawExchange(int port, const std::string& request, size_t chunk = 0, int gap_ms = 0, int timeout_s = 10,
                        bool half_close = false) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return "connect failed";
  }
  std::string got;
  auto drain = [&](int wait_ms) {
    pollfd p{fd, POLLIN, 0};
    char buf[4096];
    while (::poll(&p, 1, wait_ms) > 0) {
      ssize_t n = ::recv(fd, buf, sizeof buf, 0);
      if (n <= 0) return false;
      got.append(buf, static_cast<size_t>(n));
    }
    return true;
  };
  if (chunk == 0) chunk = request.size();
  for (size_t off = 0; off < request.size(); off += chunk) {
    if (::send(fd, request.data() + off, std::min(chunk, request.size() - off), MSG_NOSIGNAL) < 0) break;
    if (gap_ms > 0 && !drain(gap_ms)) break;
  }
  if (half_close) ::shutdown(fd, SHUT_WR);
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
  while (std::chrono::steady_clock::now() < until && drain(100)) {
    if (!got.empty() && got.find("\r\n\r\n") != std::string::npos) {
      // A complete answer: stop once the server closes or sends nothing more.
      if (!drain(300)) break;
      break;
    }
  }
  ::close(fd);
  return got;
}

// Issue 18: httplib 0.11 as Debian builds it reads any number of headers of any size
// (300 MB of headers grew RSS to 815 MB); the request line, the header section and the
// whole request now have limits, answered with 414 / 431 / 408.
TEST_F(ServerTest, HeadLimits) {
  const int port = server_->port();
  std::string r = RawExchange(port, "GET /healthz?" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 414") << r.substr(0, 200);
  std::string many = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  for (int i = 0; i < 200; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  r = RawExchange(port, many + "\r\n");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 431") << r.substr(0, 200);
  // 1 MiB of headers in lines of 4 KiB (each under httplib's own line limit).
  std::string big = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  for (int i = 0; i < 256; ++i) big += "X-Big: " + std::string(4000, 'b') + "\r\n";
  r = RawExchange(port, big + "\r\n");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 431") << r.substr(0, 200);
  EXPECT_NE(r.find("\"status\":431"), std::string::npos) << r.substr(0, 300);
  // Within the limits all is well, and the server still answers.
  r = RawExchange(port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 200);
}

TEST_F(ServerTest, AmbiguousContentLengthIs400) {
  const int port = server_->port();
  for (const std::string& framing :
       {std::string("Content-Length: 4\r\nContent-Length: 40\r\n"), std::string("Content-Length: -5\r\n"),
        std::string("Content-Length: 4 \r\nContent-Length: 4\r\n"), std::string("Content-Length: +4\r\n"),
        std::string("Content-Length: 4\r\nTransfer-Encoding: chunked\r\n")}) {
    std::string r = RawExchange(port, "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n" + framing +
                                          "\r\nHoms");
    EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 400") << framing << r.substr(0, 300);
  }
  std::string r = RawExchange(port, "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                                    "Content-Length: 4\r\nConnection: close\r\n\r\nHoms");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 300);
}

TEST_F(ServerTest, SlowClientIsCutOff) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.read_timeout_s = 5;
  o.request_timeout_s = 2;
  Running srv(*resources_, o);
  // One byte every 300 ms never trips the read timeout; the whole-request deadline does.
  auto t0 = std::chrono::steady_clock::now();
  std::string head = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + std::string(40, 's') + "\r\n\r\n";
  std::string r = RawExchange(srv.port(), head, 1, 300, 10);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 408") << r.substr(0, 200);
  EXPECT_LT(secs, 6.0);
  auto h = srv.Client().Get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
}

TEST_F(ServerTest, HalfClosedClientGetsAnAnswer) {
  // A client that sends its request and closes its sending side (shutdown(SHUT_WR), as
  // `nc -N` does) got no response from httplib's own stream.
  std::string r = RawExchange(server_->port(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 0, 0, 10, true);
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 200);
  r = RawExchange(server_->port(),
                  "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nHoms", 0,
                  0, 10, true);
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 200);
}

TEST_F(ServerTest, StopDoesNotWaitForSlowClients) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.read_timeout_s = 30;
  o.request_timeout_s = 60;
  auto srv = std::make_unique<Running>(*resources_, o);
  const int port = srv->port();
  std::thread slow([port] { RawExchange(port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: b", 0, 0, 15); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto t0 = std::chrono::steady_clock::now();
  srv.reset();  // Stop() and join
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 3.0);
  slow.join();
}

// A non-loopback IPv4 address of this machine, or "" (then the test is skipped).
std::string LocalNonLoopbackAddress() {
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0) return "";
  std::string found;
  for (ifaddrs* i = list; i != nullptr && found.empty(); i = i->ifa_next) {
    if (i->ifa_addr == nullptr || i->ifa_addr->sa_family != AF_INET) continue;
    char buf[INET_ADDRSTRLEN];
    ::inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(i->ifa_addr)->sin_addr, buf, sizeof buf);
    if (!std::string(buf).starts_with("127.")) found = buf;
  }
  ::freeifaddrs(list);
  return found;
}

TEST_F(ServerTest, ConnectionsPerAddressAreCapped) {
  const std::string host = LocalNonLoopbackAddress();
  if (host.empty()) GTEST_SKIP() << "no non-loopback IPv4 address to connect from";
  ServerOptions o;
  o.host = host;
  o.port = 0;
  o.threads = 16;
  o.version = "test";
  o.max_connections_per_address = 2;
  Running srv(*resources_, o);
  auto connect_to = [&]() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(srv.port()));
    ::inet_pton(AF_INET, host.c_str(), &a.sin_addr);
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    return fd;
  };
  // Two idle connections from this address hold their workers; the third is refused.
  int a = connect_to(), b = connect_to();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  int c = connect_to();
  std::string got;
  pollfd p{c, POLLIN, 0};
  char buf[1024];
  while (::poll(&p, 1, 3000) > 0) {
    ssize_t n = ::recv(c, buf, sizeof buf, 0);
    if (n <= 0) break;
    got.append(buf, static_cast<size_t>(n));
  }
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 503") << got;
  ::close(a);
  ::close(b);
  ::close(c);
  // Once they are closed, the address is welcome again.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  httplib::Client cl(host, srv.port());
  auto r = cl.Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

TEST_F(ServerTest, ForeignHostIsRefusedOnLoopback) {
  // DNS rebinding: a browser page from another site whose name resolves to 127.0.0.1
  // sends its own Host; a loopback server answers only to loopback names.
  const int port = server_->port();
  for (const char* host : {"evil.example", "evil.example:8080", "192.168.1.10", "127.0.0.1.evil.example"}) {
    std::string r = RawExchange(port, std::string("GET /healthz HTTP/1.1\r\nHost: ") + host +
                                          "\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 403") << host << ": " << r.substr(0, 200);
  }
  for (const char* host : {"localhost", "localhost:8080", "127.0.0.1:1234", "[::1]:80", "LOCALHOST"}) {
    std::string r = RawExchange(port, std::string("GET /healthz HTTP/1.1\r\nHost: ") + host +
                                          "\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << host << ": " << r.substr(0, 200);
  }
}

TEST_F(ServerTest, BearerToken) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.bearer_token = "s3cret-token-0123456789";
  Running srv(*resources_, o);
  auto c = srv.Client();
  auto r = c.Post("/v1/extract", kEnglish, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401) << r->body;
  EXPECT_EQ(r->get_header_value("WWW-Authenticate"), "Bearer");
  r = c.Post("/v1/extract", httplib::Headers{{"Authorization", "Bearer wrong-token-0123456789"}}, kEnglish, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  r = c.Get("/metrics");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  r = c.Post("/v1/extract", httplib::Headers{{"Authorization", "Bearer s3cret-token-0123456789"}}, kEnglish, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  r = c.Get("/healthz");  // health checks need no token
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

int ConnectLoopback(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  return fd;
}

TEST_F(ServerTest, HealthPortAnswersWhenTheMainPortIsFull) {
  // 260 slow clients held all 256 connection workers and /healthz timed out (issue 18).
  // Slow clients no longer hold workers (SlowClientsHoldNoWorker, SlowBodiesHoldNoWorker),
  // but they can fill the main port's waiting room (--max-waiting-connections): the
  // health port still answers at once.
  ServerOptions o;
  o.port = 0;
  o.health_port = 0;
  o.max_concurrent = 1;
  o.threads = 3;
  o.version = "test";
  o.request_timeout_s = 20;
  o.read_timeout_s = 20;
  o.max_waiting_connections = 3;
  Running srv(*resources_, o);
  ASSERT_GT(srv.server().health_port(), 0);
  std::vector<int> held;
  for (int i = 0; i < 3; ++i) {
    held.push_back(ConnectLoopback(srv.port()));
    std::string partial =
        "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nHoms";
    ASSERT_GT(::send(held.back(), partial.data(), partial.size(), MSG_NOSIGNAL), 0);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  httplib::Client main_port("127.0.0.1", srv.port());
  main_port.set_read_timeout(1, 0);
  auto blocked = main_port.Get("/healthz");
  EXPECT_FALSE(blocked && blocked->status == 200) << "the main port answered although its waiting room is full";
  httplib::Client health("127.0.0.1", srv.server().health_port());
  health.set_read_timeout(2, 0);
  auto t0 = std::chrono::steady_clock::now();
  auto r = health.Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 1.0);
  EXPECT_STREQ(Parse(r->body)["status"].GetString(), "ok");
  auto other = health.Get("/v1/gazetteer/lookup?q=x");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 404);
  for (int fd : held) ::close(fd);
}

// What arrives on fd until the peer closes, nothing comes for `quiet_ms`, or `done(got)`.
template <typename Done>
std::string ReadUntil(int fd, int quiet_ms, Done done) {
  std::string got;
  pollfd p{fd, POLLIN, 0};
  char buf[65536];
  while (::poll(&p, 1, quiet_ms) > 0) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    got.append(buf, static_cast<size_t>(n));
    if (done(got)) break;
  }
  return got;
}

// What arrives on fd until the peer closes or nothing comes for `quiet_ms`.
std::string ReadAnswer(int fd, int quiet_ms) {
  return ReadUntil(fd, quiet_ms, [](const std::string&) { return false; });
}

// One whole HTTP answer on a kept connection (its head, then Content-Length bytes of body),
// waiting up to `timeout_ms` for it: a loaded machine may take longer than a short quiet
// window to answer, and a complete answer returns at once.
std::string ReadHttpAnswer(int fd, int timeout_ms) {
  return ReadUntil(fd, timeout_ms, [](const std::string& got) {
    const size_t end = got.find("\r\n\r\n");
    if (end == std::string::npos) return false;
    const size_t cl = got.find("Content-Length: ");
    if (cl == std::string::npos || cl > end) return true;
    return got.size() >= end + 4 + std::stoul(got.substr(cl + 16, end - cl - 16));
  });
}

// Three workers, one extraction at a time, and deadlines far beyond the test: what slow or
// idle clients hold shows, not what the deadlines cut off.
ServerOptions HeldWorkerOptions() {
  ServerOptions o;
  o.port = 0;
  o.max_concurrent = 1;
  o.threads = 3;
  o.version = "test";
  o.request_timeout_s = 60;
  o.read_timeout_s = 60;
  return o;
}

// Issue 18: 260 slow clients (one byte every 3 s) from one loopback address held all 256
// connection workers of the main port, and /healthz there timed out behind them (5 of 58
// probes) until the request deadline cut them off. A connection now gets a worker once its
// request head is complete: twelve slow heads against three workers leave every worker to
// the other clients, and the slow requests are served once they arrive.
TEST_F(ServerTest, SlowClientsHoldNoWorker) {
  ServerOptions o = HeldWorkerOptions();
  Running srv(*resources_, o);
  std::vector<int> slow;
  const std::string head = "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n";
  for (int i = 0; i < 12; ++i) {
    slow.push_back(ConnectLoopback(srv.port()));
    ASSERT_GT(::send(slow.back(), head.data(), head.size(), MSG_NOSIGNAL), 0);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  httplib::Client c("127.0.0.1", srv.port());
  c.set_read_timeout(20, 0);  // generous: before, the answer waited for the 60 s deadline
  auto h = c.Get("/healthz");
  ASSERT_TRUE(h) << "no answer on the main port while slow clients are connected";
  EXPECT_EQ(h->status, 200);
  auto x = c.Post("/v1/extract", kEnglish, "text/plain");
  ASSERT_TRUE(x);
  EXPECT_EQ(x->status, 200) << x->body.substr(0, 300);
  // A slow client that finishes its request is answered.
  const std::string rest = "Content-Length: 4\r\nConnection: close\r\n\r\nHoms";
  ASSERT_GT(::send(slow[0], rest.data(), rest.size(), MSG_NOSIGNAL), 0);
  std::string got = ReadAnswer(slow[0], 10000);
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
  for (int fd : slow) ::close(fd);
}

// Connections still sending their heads hold no worker, so they have a cap of their own
// (--max-waiting-connections): past it, 503 at once.
TEST_F(ServerTest, WaitingConnectionsAreCapped) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.max_waiting_connections = 3;
  Running srv(*resources_, o);
  std::vector<int> slow;
  for (int i = 0; i < 3; ++i) {
    slow.push_back(ConnectLoopback(srv.port()));
    ASSERT_GT(::send(slow.back(), "GET /", 5, MSG_NOSIGNAL), 0);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  int extra = ConnectLoopback(srv.port());
  std::string got = ReadAnswer(extra, 3000);
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 503") << got;
  EXPECT_NE(got.find("waiting"), std::string::npos) << got;
  ::close(extra);
  for (int fd : slow) ::close(fd);
  // Once they are gone, new connections are welcome again.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto r = srv.Client().Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

// Issue 18: with heads read before a worker was taken, a client that sent its head at once
// and then trickled its body still held a worker until the request deadline (30 s), and
// loopback clients are not capped per address: 256 of them made the main port wait. So did
// keep-alive connections between two requests (idle for up to the keep-alive timeout, or
// trickling their next request). The front now reads bodies too, and a connection goes
// back to it after each answer: twelve such clients against three workers leave every
// worker to the other clients, and each is served once its request is complete.
TEST_F(ServerTest, SlowBodiesHoldNoWorker) {
  ServerOptions o = HeldWorkerOptions();
  o.keep_alive_timeout_s = 60;
  Running srv(*resources_, o);
  const std::string head =
      "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n";
  auto send_all = [](int fd, const std::string& s) {
    ASSERT_EQ(::send(fd, s.data(), s.size(), MSG_NOSIGNAL), static_cast<ssize_t>(s.size()));
  };
  // Six are answered once on a keep-alive connection; three of them then send the head of
  // a second request and the first bytes of its body, three stay idle.
  std::vector<int> kept;
  for (int i = 0; i < 6; ++i) {
    kept.push_back(ConnectLoopback(srv.port()));
    send_all(kept.back(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    std::string got = ReadHttpAnswer(kept.back(), 10000);
    EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << "keep-alive client " << i << ": " << got.substr(0, 200);
    if (i < 3) send_all(kept.back(), head + "Homs");
  }
  // Six send a whole head and the first bytes of the body.
  std::vector<int> slow;
  for (int i = 0; i < 6; ++i) {
    slow.push_back(ConnectLoopback(srv.port()));
    send_all(slow.back(), head + "Homs");
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  httplib::Client c("127.0.0.1", srv.port());
  c.set_read_timeout(5, 0);  // before, the answer waited for the 60 s deadline
  auto h = c.Get("/healthz");
  ASSERT_TRUE(h) << "no answer on the main port while slow bodies are being sent";
  EXPECT_EQ(h->status, 200);
  auto x = c.Post("/v1/extract", kEnglish, "text/plain");
  ASSERT_TRUE(x);
  EXPECT_EQ(x->status, 200) << x->body.substr(0, 300);
  // A slow client that finishes its body is answered, on a new or a kept connection.
  for (int fd : {slow[0], kept[0]}) {
    send_all(fd, std::string(96, ' '));
    std::string got = ReadHttpAnswer(fd, 10000);
    EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
    EXPECT_NE(got.find("\"surface\":\"Homs\""), std::string::npos) << got.substr(0, 600);
  }
  for (int fd : slow) ::close(fd);
  for (int fd : kept) ::close(fd);
}

// A head ending in a bare "\n\n" is not complete for httplib (it skips a line without CR
// and waits for a CRLF line): such heads wait in the front like any slow head, instead of
// holding a worker until the read timeout. Six against three workers.
TEST_F(ServerTest, BareLineFeedHeadsHoldNoWorker) {
  ServerOptions o = HeldWorkerOptions();
  Running srv(*resources_, o);
  std::vector<int> held;
  const std::string head = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: b\n\n";
  for (int i = 0; i < 6; ++i) {
    held.push_back(ConnectLoopback(srv.port()));
    ASSERT_GT(::send(held.back(), head.data(), head.size(), MSG_NOSIGNAL), 0);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  httplib::Client c("127.0.0.1", srv.port());
  c.set_read_timeout(5, 0);
  auto h = c.Get("/healthz");
  ASSERT_TRUE(h) << "no answer on the main port";
  EXPECT_EQ(h->status, 200);
  // Completed with a CRLF line, such a request is answered.
  ASSERT_GT(::send(held[0], "\r\n", 2, MSG_NOSIGNAL), 0);
  std::string got = ReadAnswer(held[0], 1000);
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
  for (int fd : held) ::close(fd);
}

// The front reads a body where httplib will read it (request_framing.h): chunks, to the
// client's close, after `Expect: 100-continue` (one interim answer, not two), several
// requests in one packet; and refuses what it cannot frame (400) or what is too large (413).
TEST_F(ServerTest, BodiesAreFramedInTheFront) {
  const int port = server_->port();
  const std::string post = "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n";
  // Chunks, trickled in pieces of 5 bytes.
  const std::string chunks = "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\nHo\r\n2\r\nms\r\n0\r\n\r\n";
  std::string r = RawExchange(port, post + chunks, 5, 20);
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 300);
  EXPECT_NE(r.find("\"surface\":\"Homs\""), std::string::npos) << r.substr(0, 600);
  r = RawExchange(port, post + "Transfer-Encoding: chunked\r\n\r\nzz\r\nHoms\r\n0\r\n\r\n");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 400") << r.substr(0, 300);
  r = RawExchange(port, post + "Transfer-Encoding: gzip\r\n\r\nHoms");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 400") << r.substr(0, 300);
  r = RawExchange(port, post + "Transfer-Encoding: chunked\r\n\r\n40001\r\n");  // 256 KiB + 1
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 413") << r.substr(0, 300);
  r = RawExchange(port, post + "Content-Length: 262145\r\n\r\nHoms");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 413") << r.substr(0, 300);
  // Neither Content-Length nor chunks: the body ends with the client's sending side.
  r = RawExchange(port, post + "\r\nHoms", 0, 0, 10, true);
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 300);
  EXPECT_NE(r.find("\"surface\":\"Homs\""), std::string::npos) << r.substr(0, 600);
  // Two requests in one packet: two answers.
  r = RawExchange(port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + post +
                            "Content-Length: 4\r\nConnection: close\r\n\r\nHoms");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 300);
  EXPECT_NE(r.find("HTTP/1.1 200", 12), std::string::npos) << r.substr(0, 600);
  EXPECT_NE(r.find("\"surface\":\"Homs\""), std::string::npos) << r.substr(0, 600);
  // A body its handler leaves unread (403 before the body is looked at) is not taken for
  // the next request on the connection (that was "HomsGET /healthz ...": 400).
  r = RawExchange(port, "POST /v1/extract HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 4\r\n\r\nHoms"
                        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 403") << r.substr(0, 300);
  EXPECT_NE(r.find("HTTP/1.1 200", 12), std::string::npos) << r.substr(0, 600);
  // Expect: 100-continue: the client sends its body once told to, and gets one answer.
  int fd = ConnectLoopback(port);
  const std::string head = post + "Content-Length: 4\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
  ASSERT_EQ(::send(fd, head.data(), head.size(), MSG_NOSIGNAL), static_cast<ssize_t>(head.size()));
  std::string interim = ReadAnswer(fd, 1000);
  EXPECT_EQ(interim, "HTTP/1.1 100 Continue\r\n\r\n");
  ASSERT_EQ(::send(fd, "Homs", 4, MSG_NOSIGNAL), 4);
  std::string got = ReadAnswer(fd, 2000);
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
  ::close(fd);
}

// Pipelined requests: after each answer the connection goes back to the front with the
// bytes of the next request, and the front takes it at once (a missed wake-up left it
// waiting for the front's 100 ms poll timeout: 41 requests took 0.2 to 0.7 s, now 3 to 10 ms).
TEST_F(ServerTest, PipelinedRequestsDoNotWait) {
  std::string many;
  for (int i = 0; i < 99; ++i) many += "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  many += "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  auto t0 = std::chrono::steady_clock::now();
  std::string r = RawExchange(server_->port(), many, 0, 0, 20, true);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  size_t answers = 0;
  for (size_t at = r.find("HTTP/1.1 200"); at != std::string::npos; at = r.find("HTTP/1.1 200", at + 1)) ++answers;
  EXPECT_EQ(answers, 100u) << r.substr(0, 300);
  EXPECT_LT(secs, 0.4) << answers << " answers";
}

// A loopback connection whose client reads nothing yet: a small receive buffer and segment
// size, so that the server's writes stall after a few KiB instead of the kernel's buffers
// taking a whole large answer.
int ConnectSlowReader(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  const int small = 4096, mss = 536;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  ::setsockopt(fd, IPPROTO_TCP, TCP_MAXSEG, &mss, sizeof mss);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  return fd;
}

// One whole response (head and Content-Length bytes of body) from fd, or what came before
// the peer closed or nothing came for `quiet_ms`.
std::string ReadResponse(int fd, int quiet_ms) {
  return ReadUntil(fd, quiet_ms, [](const std::string& got) {
    const size_t end = got.find("\r\n\r\n");
    const size_t at = got.find("Content-Length: ");
    if (end == std::string::npos || at == std::string::npos || at > end) return false;
    return got.size() >= end + 4 + std::stoul(got.substr(at + 16));
  });
}

// A directory holding one 4 MiB file (the largest static file the server loads), removed
// with the object.
struct BigAsset {
  BigAsset() : dir(std::filesystem::temp_directory_path() / ("marsad-big-asset-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "big.txt", std::ios::binary) << std::string(kSize, 'x');
  }
  ~BigAsset() { std::filesystem::remove_all(dir); }
  static constexpr size_t kSize = 4u << 20;
  std::filesystem::path dir;
};

// Issue 18: a client that asks for a large answer and then reads it slowly, or not at all,
// held its worker for as long as each write made progress within the write timeout (60 s
// here): as many such clients as workers, and /healthz and extractions on the main port
// waited. What the client does not take at once now goes back to the front, which sends it
// as the client reads: six slow readers of a 4 MiB file against three workers leave every
// worker to the other clients, and a slow reader that reads gets its whole answer, on a
// connection that then serves its next request.
TEST_F(ServerTest, SlowReadersHoldNoWorker) {
  BigAsset big;
  ServerOptions o = HeldWorkerOptions();
  o.web_dir = big.dir.string();
  Running srv(*resources_, o);
  const std::string get = "GET /big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  std::vector<int> slow;
  for (int i = 0; i < 6; ++i) {
    slow.push_back(ConnectSlowReader(srv.port()));
    ASSERT_EQ(::send(slow.back(), get.data(), get.size(), MSG_NOSIGNAL), static_cast<ssize_t>(get.size()));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  httplib::Client c("127.0.0.1", srv.port());
  c.set_read_timeout(20, 0);  // generous: before, the answer waited for the 60 s write timeout
  auto h = c.Get("/healthz");
  ASSERT_TRUE(h) << "no answer on the main port while slow readers hold their answers";
  EXPECT_EQ(h->status, 200);
  auto x = c.Post("/v1/extract", kEnglish, "text/plain");
  ASSERT_TRUE(x);
  EXPECT_EQ(x->status, 200) << x->body.substr(0, 300);
  // A slow reader that reads gets the whole file, then its next answer.
  std::string got = ReadResponse(slow[0], 20000);
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
  const size_t end = got.find("\r\n\r\n");
  ASSERT_NE(end, std::string::npos);
  EXPECT_EQ(got.size() - end - 4, BigAsset::kSize);
  EXPECT_EQ(got.find_first_not_of('x', end + 4), std::string::npos);
  const std::string next = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  ASSERT_EQ(::send(slow[0], next.data(), next.size(), MSG_NOSIGNAL), static_cast<ssize_t>(next.size()));
  got = ReadResponse(slow[0], 20000);
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
  EXPECT_NE(got.find("\"status\":\"ok\""), std::string::npos) << got.substr(0, 300);
  for (int fd : slow) ::close(fd);
}

// A client that does not take its answer is cut off: nothing taken for the write timeout
// (1 s here), the connection is closed and the answer dropped, counted in /metrics.
TEST_F(ServerTest, UntakenAnswersAreDropped) {
  BigAsset big;
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.read_timeout_s = 1;
  o.web_dir = big.dir.string();
  Running srv(*resources_, o);
  int fd = ConnectSlowReader(srv.port());
  const std::string get = "GET /big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  ASSERT_EQ(::send(fd, get.data(), get.size(), MSG_NOSIGNAL), static_cast<ssize_t>(get.size()));
  std::this_thread::sleep_for(std::chrono::seconds(4));
  std::string got = ReadAnswer(fd, 5000);  // what was in the buffers, then the close
  ::close(fd);
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
  EXPECT_LT(got.size(), BigAsset::kSize);
  auto m = srv.Client().Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_NE(m->body.find("marsad_http_responses_dropped_total 1\n"), std::string::npos) << m->body;
}

// Past --max-sending-mib (1 MiB here; the first answer held always fits) a worker writes
// the rest of an answer itself, but only within --request-timeout (2 s) of its first byte,
// not for as long as each write makes progress within the write timeout (60 s): a client
// that does not read loses its connection, and the worker is free again. The answer held
// by the front is still sent whole.
TEST_F(ServerTest, PastTheSendingBudgetWritesHaveADeadline) {
  BigAsset big;
  ServerOptions o = HeldWorkerOptions();
  o.request_timeout_s = 2;
  o.max_sending_bytes = 1u << 20;
  o.web_dir = big.dir.string();
  Running srv(*resources_, o);
  const std::string get = "GET /big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  int held = ConnectSlowReader(srv.port());
  ASSERT_EQ(::send(held, get.data(), get.size(), MSG_NOSIGNAL), static_cast<ssize_t>(get.size()));
  // The first answer is held by the front before the second is asked for.
  auto c = srv.Client();
  for (int i = 0; i < 200; ++i) {
    auto m = c.Get("/metrics");
    ASSERT_TRUE(m);
    if (m->body.find("\nmarsad_http_sending_bytes 0\n") == std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  int written = ConnectSlowReader(srv.port());
  ASSERT_EQ(::send(written, get.data(), get.size(), MSG_NOSIGNAL), static_cast<ssize_t>(get.size()));
  std::this_thread::sleep_for(std::chrono::seconds(5));
  // What was in the buffers, then the close (before, the worker was still writing, and
  // reading now let it send the whole file).
  std::string got;
  bool closed = false;
  pollfd p{written, POLLIN, 0};
  char buf[65536];
  while (!closed && ::poll(&p, 1, 20000) > 0) {
    ssize_t n = ::recv(written, buf, sizeof buf, 0);
    if (n > 0) got.append(buf, static_cast<size_t>(n));
    else closed = true;
  }
  ::close(written);
  EXPECT_TRUE(closed) << got.size() << " bytes and the connection still open";
  EXPECT_EQ(got.substr(0, 12), "HTTP/1.1 200") << got.substr(0, 300);
  EXPECT_LT(got.size(), BigAsset::kSize);
  std::string all = ReadResponse(held, 20000);
  ::close(held);
  const size_t end = all.find("\r\n\r\n");
  ASSERT_NE(end, std::string::npos);
  EXPECT_EQ(all.size() - end - 4, BigAsset::kSize);
}

// Issue 18: what the front answers itself (414, 431, 400, 413, 408, 503) never reached the
// routes, so /metrics did not count it: hostile traffic was invisible. Counted by status.
TEST_F(ServerTest, FrontAnswersAreCounted) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.max_body_bytes = 1024;
  o.request_timeout_s = 1;
  Running srv(*resources_, o);
  const int port = srv.port();
  const std::string post = "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n";
  struct Case {
    std::string request, status;
  };
  for (const Case& k : {Case{"GET /healthz?" + std::string(20000, 'a') + " HTTP/1.1\r\n\r\n", "414"},
                        Case{"GET /healthz HTTP/1.1\r\nX-Big: " + std::string(70000, 'b') + "\r\n\r\n", "431"},
                        Case{post + "Content-Length: 4\r\nContent-Length: 5\r\n\r\nHoms", "400"},
                        Case{post + "Transfer-Encoding: gzip\r\n\r\nHoms", "400"},
                        Case{post + "Content-Length: 5000\r\n\r\nHoms", "413"},
                        Case{post + "Content-Length: 100\r\n\r\nHoms", "408"}}) {
    std::string r = RawExchange(port, k.request);
    EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 " + k.status) << r.substr(0, 200);
  }
  auto m = srv.Client().Get("/metrics");
  ASSERT_TRUE(m);
  const std::string& b = m->body;
  EXPECT_NE(b.find("# TYPE marsad_http_refused_total counter"), std::string::npos) << b;
  for (const char* line : {R"(marsad_http_refused_total{code="400"} 2)", R"(marsad_http_refused_total{code="408"} 1)",
                           R"(marsad_http_refused_total{code="413"} 1)", R"(marsad_http_refused_total{code="414"} 1)",
                           R"(marsad_http_refused_total{code="431"} 1)", R"(marsad_http_refused_total{code="503"} 0)"})
    EXPECT_NE(b.find(std::string(line) + "\n"), std::string::npos) << line << "\n" << b;
}

// The bodies the front holds are counted against one budget (--max-waiting-mib), each at
// its declared length: past it, 503 at once; requests without a body, or with the whole
// body in the packet of their head, still pass.
TEST_F(ServerTest, BodiesBeingReceivedHaveABudget) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.max_body_bytes = 256 * 1024;
  o.max_waiting_bytes = 200 * 1024;
  Running srv(*resources_, o);
  const std::string post =
      "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 200000\r\n\r\n";
  int first = ConnectLoopback(srv.port());  // takes the whole budget
  const std::string all = "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 204800\r\n\r\nHoms";
  ASSERT_GT(::send(first, all.data(), all.size(), MSG_NOSIGNAL), 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::string r = RawExchange(srv.port(), post + "Homs");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 503") << r.substr(0, 300);
  EXPECT_NE(r.find("request bodies"), std::string::npos) << r.substr(0, 300);
  auto h = srv.Client().Get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
  // A body that comes whole with its head waits for nothing: it passes.
  r = RawExchange(srv.port(), "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                              "Content-Length: 4\r\nConnection: close\r\n\r\nHoms");
  EXPECT_EQ(r.substr(0, 12), "HTTP/1.1 200") << r.substr(0, 300);
  ::close(first);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto x = srv.Client().Post("/v1/extract", std::string(200000, 'x'), "text/plain");
  ASSERT_TRUE(x);
  EXPECT_EQ(x->status, 200) << x->body.substr(0, 300);
}

// Issue 18: a document over its time budget (--max-doc-seconds; a tiny one forces it) is a
// 400 naming the budget on /v1/extract and /parse/text, an error record in a batch, and the
// server keeps serving.
TEST_F(ServerTest, DocumentOverTimeBudgetIsAnError) {
  ServerOptions o;
  o.port = 0;
  o.threads = 4;
  o.version = "test";
  o.max_doc_seconds = 1e-9;
  Running srv(*resources_, o);
  auto c = srv.Client();
  auto r = c.Post("/v1/extract", kEnglish, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body.substr(0, 300);
  EXPECT_NE(r->body.find("took longer than its budget"), std::string::npos) << r->body.substr(0, 300);
  auto b = c.Post("/v1/extract/batch", R"({"id":"a","text":")" + kEnglish + "\"}\n", "application/x-ndjson");
  ASSERT_TRUE(b);
  ASSERT_EQ(b->status, 200) << b->body.substr(0, 300);
  EXPECT_EQ(b->get_header_value("X-Marsad-Errors"), "1");
  EXPECT_NE(b->body.find("took longer than its budget"), std::string::npos) << b->body.substr(0, 300);
  auto cl = c.Post("/parse/text", kEnglish, "text/plain");
  ASSERT_TRUE(cl);
  EXPECT_EQ(cl->status, 400) << cl->body.substr(0, 300);
  auto h = c.Get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
}

// What the front takes for a request's body (request_framing.h), as httplib reads it.
TEST(RequestFraming, FromTheHead) {
  auto f = ParseFraming("POST /x HTTP/1.1\r\ncontent-length:  12 \r\n\r\n");
  EXPECT_EQ(f.kind, Framing::kLength);
  EXPECT_EQ(f.length, 12u);
  EXPECT_EQ(ParseFraming("GET /x HTTP/1.1\r\nContent-Length: 12\r\n\r\n").kind, Framing::kNone);
  EXPECT_EQ(ParseFraming("POST /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n").kind, Framing::kNone);
  EXPECT_EQ(ParseFraming("POST /x HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n").kind, Framing::kChunked);
  EXPECT_EQ(ParseFraming("PUT /x HTTP/1.1\r\nHost: a\r\n\r\n").kind, Framing::kUntilClose);
  EXPECT_EQ(ParseFraming("DELETE /x HTTP/1.1\r\nHost: a\r\n\r\n").kind, Framing::kNone);
  EXPECT_EQ(ParseFraming("DELETE /x HTTP/1.1\r\nContent-Length: 2\r\n\r\n").kind, Framing::kLength);
  // A line not ending in CRLF, or a space before the colon, is not that header for httplib.
  EXPECT_EQ(ParseFraming("POST /x HTTP/1.1\r\nContent-Length: 5\n\r\n").kind, Framing::kUntilClose);
  EXPECT_EQ(ParseFraming("POST /x HTTP/1.1\r\nContent-Length : 5\r\n\r\n").kind, Framing::kUntilClose);
  EXPECT_TRUE(ParseFraming("POST /x HTTP/1.1\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n").expect_continue);
  for (const char* bad : {"Content-Length: 4\r\nContent-Length: 4\r\n", "Content-Length: -5\r\n",
                          "Content-Length: %34\r\n", "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n",
                          "Transfer-Encoding: gzip, chunked\r\n", "Content-Length: 99999999999999999999\r\n"}) {
    EXPECT_EQ(ParseFraming(std::string("GET /x HTTP/1.1\r\n") + bad + "\r\n").kind, Framing::kBad) << bad;
  }
}

TEST(RequestFraming, Chunks) {
  auto scan = [](const std::string& body, uint64_t max, size_t& used) {
    ChunkScanner s(max);
    auto st = ChunkScanner::kMore;
    used = 0;
    for (size_t i = 0; i < body.size() && st == ChunkScanner::kMore; ++i) {  // byte by byte
      size_t u = 0;
      st = s.Feed(body.data() + i, 1, u);
      used += u;
    }
    return st;
  };
  size_t used = 0;
  EXPECT_EQ(scan("4;ext=1\r\nHoms\r\n0\r\n\r\nGET", 100, used), ChunkScanner::kDone);
  EXPECT_EQ(used, 20u);  // up to the next request
  EXPECT_EQ(scan("4\r\nHoms\r\n0\r\n", 100, used), ChunkScanner::kMore);
  EXPECT_EQ(scan("4\r\nHomsXY\r\n", 100, used), ChunkScanner::kDone);  // httplib stops there too
  EXPECT_EQ(scan("zz\r\n", 100, used), ChunkScanner::kMalformed);
  EXPECT_EQ(scan(std::string(5000, '1'), 100, used), ChunkScanner::kMalformed);
  EXPECT_EQ(scan("-2\r\n", 100, used), ChunkScanner::kTooLarge);
  EXPECT_EQ(scan("40\r\n" + std::string(64, 'a') + "\r\n41\r\n", 128, used), ChunkScanner::kTooLarge);
  ChunkScanner whole(100);
  const std::string body = "3\r\nabc\r\n0\r\n\r\n";
  EXPECT_EQ(whole.Feed(body.data(), body.size(), used), ChunkScanner::kDone);
  EXPECT_EQ(used, body.size());
}

}  // namespace
}  // namespace marsad::server
