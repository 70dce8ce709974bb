// The HTTP API of `marsad serve`, started in-process on an ephemeral loopback port over
// the default gazetteer index (skipped, with a message, when it has not been built).
#include <httplib.h>
#include <rapidjson/document.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <thread>
#include <vector>

#include "../../tools/server/server.h"
#include "marsad/extract.h"

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

// Every open connection has its worker thread; once a burst of connections has closed,
// the workers beyond the spare ones exit (each kept its stack pages and allocator cache:
// httplib's own pool kept them all, and RSS grew with the connections ever open).
TEST_F(ServerTest, ConnectionWorkersRetireAfterABurst) {
  if (ProcessThreads() < 0) GTEST_SKIP() << "no /proc/self/status";
  ServerOptions o;
  o.port = 0;
  o.threads = 64;
  o.max_concurrent = 1;  // spare workers: 1 + 16
  auto srv = std::make_unique<Running>(*resources_, o);
  constexpr int kConnections = 48;
  int peak = 0;
  {
    std::vector<std::unique_ptr<httplib::Client>> clients;
    for (int i = 0; i < kConnections; ++i) {
      clients.push_back(std::make_unique<httplib::Client>("127.0.0.1", srv->port()));
      clients.back()->set_keep_alive(true);
      auto r = clients.back()->Get("/healthz");
      ASSERT_TRUE(r);
      ASSERT_EQ(r->status, 200);
    }
    peak = ProcessThreads();
  }  // the connections close
  // Workers see the close at once; the loop only bounds the wait on a slow machine.
  const int expected = peak - (kConnections - 20);
  int now = peak;
  for (int i = 0; i < 3000 && now > expected; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    now = ProcessThreads();
  }
  EXPECT_LE(now, expected) << "threads with " << kConnections << " connections open: " << peak;
  auto r = srv->Client().Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

}  // namespace
}  // namespace marsad::server
