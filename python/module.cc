// marsad._marsad: the pybind11 extension behind the Python package (docs/python.md). An
// Extractor holds the loaded Resources; extract() and extract_batch() return the JSON
// record of `marsad extract` as Python dicts (built by json.loads from the same writer,
// so the two can never disagree). The GIL is released while documents are processed.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "marsad/document.h"
#include "marsad/extract.h"
#include "marsad/output.h"
#include "marsad/pipeline.h"
#include "marsad/pubdate.h"

namespace py = pybind11;

namespace {

struct Config {
  std::string index, data;
  std::vector<std::string> dicts;
  std::string lang = "auto";
  bool places_only = false, demonyms = false, explain = false;
};

class PyExtractor {
 public:
  explicit PyExtractor(const Config& c) {
    marsad::ExtractOptions opt;
    opt.lang = c.lang;
    opt.events = !c.places_only;
    opt.explain = c.explain;
    opt.geo.demonyms = c.demonyms;
    std::string index = c.index.empty() ? c.data + "/gazetteer/default.mgz" : c.index;
    std::optional<Result> res;
    {
      py::gil_scoped_release nogil;
      res.emplace(marsad::Resources::Load(index, c.data, c.dicts, !c.places_only || !c.dicts.empty()));
    }
    if (!res->ok()) throw std::runtime_error(res->status().message());
    res_ = std::move(*res).value();
    ex_ = std::make_unique<marsad::Extractor>(*res_, opt);
  }

  // One document: the JSON record as a string, or an error naming what is wrong.
  std::string Record(const marsad::Document& doc) const {
    auto x = ex_->Extract(doc);
    if (!x.ok()) return marsad::output::ErrorRecord(doc, x.status().message());
    return marsad::output::JsonRecord(*x, *res_, ex_->options());
  }

  py::object Extract(const std::string& text, const std::string& published, const std::string& id,
                     const std::string& lang, const std::string& url, const std::string& title) const {
    marsad::Document doc = MakeDoc(text, published, id, lang, url, title);
    std::string record, error;
    {
      py::gil_scoped_release nogil;
      auto x = ex_->Extract(doc);
      if (x.ok()) record = marsad::output::JsonRecord(*x, *res_, ex_->options());
      else error = x.status().message();
    }
    if (!error.empty()) throw py::value_error(error);
    return Loads(record);
  }

  // Many documents, each a dict {id?, text, published?, lang?, url?, title?} or a string,
  // on `threads` workers; a document that fails gives its error record (key "error").
  py::list ExtractBatch(const py::list& items, unsigned threads) const {
    std::vector<marsad::Document> docs;
    docs.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) docs.push_back(FromPython(items[i], i));
    std::vector<std::string> records(docs.size());
    {
      py::gil_scoped_release nogil;
      marsad::pipeline::ParallelFor(docs.size(), threads, [&](size_t i) { records[i] = Record(docs[i]); });
    }
    py::list out;
    for (const auto& r : records) out.append(Loads(r));
    return out;
  }

 private:
  using Result = marsad::Result<std::unique_ptr<marsad::Resources>>;

  static py::object Loads(const std::string& record) {
    // Never destroyed: a static py::object would be released after the interpreter is gone.
    static const py::object* loads = new py::object(py::module_::import("json").attr("loads"));
    return (*loads)(py::str(record));
  }

  static marsad::Document MakeDoc(const std::string& text, const std::string& published, const std::string& id,
                                  const std::string& lang, const std::string& url, const std::string& title) {
    marsad::Document doc;
    doc.text = text;
    doc.id = id;
    doc.lang = lang == "auto" ? "" : lang;
    doc.url = url;
    doc.title = title;
    if (!published.empty()) {
      auto iso = marsad::NormalizePublished(published);
      if (!iso.ok()) throw py::value_error("published: " + iso.status().message());
      doc.published = *iso;
    }
    return doc;
  }

  static std::string Field(const py::dict& d, const char* key) {
    if (!d.contains(key) || d[key].is_none()) return {};
    py::object v = d[key];
    if (py::hasattr(v, "isoformat")) v = v.attr("isoformat")();  // date, datetime, Timestamp
    return py::str(v);
  }

  static marsad::Document FromPython(py::handle item, size_t i) {
    if (py::isinstance<py::str>(item)) return MakeDoc(item.cast<std::string>(), "", std::to_string(i), "", "", "");
    if (!py::isinstance<py::dict>(item))
      throw py::type_error("extract_many: item " + std::to_string(i) + " is neither a str nor a dict with \"text\"");
    py::dict d = py::reinterpret_borrow<py::dict>(item);
    if (!d.contains("text")) throw py::value_error("extract_many: item " + std::to_string(i) + " has no \"text\"");
    std::string id = Field(d, "id");
    std::string published = Field(d, "published");
    if (published.size() > 10 && published[10] == 'T') published.resize(10);  // datetime.isoformat()
    return MakeDoc(Field(d, "text"), published, id.empty() ? std::to_string(i) : id, Field(d, "lang"), Field(d, "url"),
                   Field(d, "title"));
  }

  std::unique_ptr<marsad::Resources> res_;
  std::unique_ptr<marsad::Extractor> ex_;
};

}  // namespace

PYBIND11_MODULE(_marsad, m) {
  m.doc() = "marsad: places, actors and events from Arabic and English news (the C++ core)";
  m.attr("SOURCE_DATA_DIR") = MARSAD_DATA_DIR;
  py::class_<PyExtractor>(m, "_Extractor")
      .def(py::init([](const std::string& data, const std::string& index, const std::vector<std::string>& dicts,
                       const std::string& lang, bool places_only, bool demonyms, bool explain) {
             if (lang != "auto" && lang != "ar" && lang != "en")
               throw py::value_error("lang must be \"auto\", \"ar\" or \"en\", not \"" + lang + "\"");
             Config c{index, data, dicts, lang, places_only, demonyms, explain};
             return std::make_unique<PyExtractor>(c);
           }),
           py::arg("data"), py::arg("index") = "", py::arg("dicts") = std::vector<std::string>{},
           py::arg("lang") = "auto", py::arg("places_only") = false, py::arg("demonyms") = false,
           py::arg("explain") = false)
      .def("extract", &PyExtractor::Extract, py::arg("text"), py::arg("published") = "", py::arg("id") = "",
           py::arg("lang") = "auto", py::arg("url") = "", py::arg("title") = "")
      .def("extract_batch", &PyExtractor::ExtractBatch, py::arg("items"), py::arg("threads") = 1);
}
