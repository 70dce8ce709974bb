#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <vector>

#include "marsad/gazetteer.h"
#include "marsad/geo.h"

#include "commands.h"

namespace marsad::cli {

void Error(const std::string& message) { std::cerr << "marsad: " << message << "\n"; }

// $MARSAD_DATA; else, for an installed binary (<prefix>/bin/marsad from `make install` or
// the .deb), <prefix>/share/marsad/data; else the source tree's data/ (a build tree).
std::string DataDir() {
  if (const char* d = std::getenv("MARSAD_DATA"); d != nullptr && *d) return d;
  static const std::string dir = [] {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
      fs::path installed = exe.parent_path().parent_path() / "share" / "marsad" / "data";
      if (fs::is_directory(installed / "gazetteer", ec)) return installed.string();
    }
    return std::string(MARSAD_DATA_DIR);
  }();
  return dir;
}

std::string DefaultIndexPath() {
  if (const char* d = std::getenv("MARSAD_GAZETTEER"); d != nullptr && *d) return d;
  return DataDir() + "/gazetteer/default.mgz";
}

}  // namespace marsad::cli

namespace marsad::cli {

bool RenamableOutput(const std::string& output, bool stdout_too) {
  namespace fs = std::filesystem;
  for (const std::string& p : {output, output + ".partial"}) {
    std::error_code ec;
    auto st = fs::symlink_status(p, ec);
    if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
      Error("-o " + output + ": " + p + " exists and is not a regular file (" +
            (fs::is_symlink(st) ? "a symbolic link" : fs::is_directory(st) ? "a directory" : "a device, FIFO or socket") +
            "); marsad writes the file aside and renames it, which would replace it" +
            (stdout_too ? ": write to stdout and redirect instead (> " + output + ")" : ": give a regular file's path"));
      return false;
    }
  }
  return true;
}

int TerminalWidth(int fd) {
  struct winsize ws {};
  if (fd >= 0 && isatty(fd) == 1 && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
    return std::min<int>(ws.ws_col, 1000);
  return 80;
}

}  // namespace marsad::cli

namespace {

using marsad::cli::kGitCommit;

// --version: the build, the index it would use and the credits the data licences ask for.
std::string VersionText() {
  std::string s = std::string("marsad ") + MARSAD_VERSION + " (commit " + kGitCommit + ")\n";
  const std::string path = marsad::cli::DefaultIndexPath();
  marsad::gazetteer::OpenOptions quick;
  quick.verify_checksum = false;  // the header is enough here
  auto gaz = marsad::gazetteer::Gazetteer::Open(path, quick);
  s += "index format " + std::to_string(marsad::gazetteer::IndexFormatVersion()) + " read by this build; ";
  if (gaz.ok()) {
    const auto& info = gaz->info();
    char built[32] = "?";
    std::time_t t = static_cast<std::time_t>(info.build_time);
    if (std::tm tm{}; gmtime_r(&t, &tm) != nullptr) std::strftime(built, sizeof built, "%Y-%m-%d", &tm);
    s += "default index " + path + ": format " + std::to_string(info.format_version) + ", data \"" +
         info.data_version + "\", built " + built + ", " + std::to_string(info.places) + " places\n";
  } else {
    s += "default index: " + gaz.status().message() + "\n";
  }
  s += "data directory: " + marsad::cli::DataDir() + "\n";
  // The geoparser's ranker model (data/models/ranker.tsv, or $MARSAD_RANKER): its version line.
  {
    const std::string ranker = marsad::geo::RankerPath(marsad::cli::DataDir());
    auto model = marsad::geo::LoadRanker(ranker);
    s += "ranker model: " + (model.ok() ? ranker + ": " + model->version : model.status().message()) + "\n";
  }
  s += "Place, actor and event extraction from Arabic and English news.\n"
       "Gazetteer data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0;\n"
       "country and region names from the i18n-iso-countries and iso3166-2-db packages;\n"
       "US counties from the US Census Bureau's boundaries (us-atlas package, public domain);\n"
       "curated supplement and dictionaries written by the marsad authors.";
  return s;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// The commands and what each does, for `marsad` alone and a mistyped command.
void Usage(CLI::App& app) {
  std::cerr << "usage: marsad COMMAND [OPTIONS] [INPUT...]\n\ncommands:\n";
  // Name, then the description wrapped at 80 columns, its lines indented under the first.
  constexpr size_t kIndent = 19, kWidth = 80;
  for (const CLI::App* sub : app.get_subcommands({})) {
    std::string line = "  " + sub->get_name();
    line.append(line.size() < kIndent ? kIndent - line.size() : 1, ' ');
    std::istringstream words(sub->get_description());
    size_t used = line.size();
    for (std::string w; words >> w;) {
      if (used + w.size() + 1 > kWidth && used > kIndent) {
        line += "\n" + std::string(kIndent, ' ');
        used = kIndent;
      } else if (used > kIndent || line.back() != ' ') {
        line += ' ', ++used;
      }
      line += w, used += w.size();
    }
    std::cerr << line << "\n";
  }
  std::cerr << "\n`marsad COMMAND --help` lists a command's options; `marsad --version` the build and data.\n"
               "Example: marsad extract examples/raqqa-negotiations.ar.txt | marsad show -\n";
}

// A first argument that is no command and no option: the closest commands, or the list.
bool UnknownCommand(CLI::App& app, const std::string& word) {
  if (word.empty() || word[0] == '-') return false;
  std::vector<std::string> close;
  for (const CLI::App* sub : app.get_subcommands({})) {
    const std::string& name = sub->get_name();
    if (name == word) return false;
    if (EditDistance(word, name) <= std::max<size_t>(1, name.size() / 3) || name.rfind(word, 0) == 0)
      close.push_back(name);
  }
  std::string msg = "marsad: '" + word + "' is not a marsad command";
  for (size_t i = 0; i < close.size(); ++i) msg += (i == 0 ? "; did you mean '" : " or '") + close[i] + "'";
  std::cerr << msg << (close.empty() ? "" : "?") << "\n\n";
  Usage(app);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace marsad::cli;
  CLI::App app{"marsad: places, actors and events from Arabic and English news"};
  app.set_version_flag("--version", VersionText, "Print the version, commit, index and data credits, then exit");
  app.require_subcommand(1);
  Context ctx;
  AddTokensCommand(app, ctx);
  AddNormalizeCommand(app, ctx);
  AddGazetteerCommand(app, ctx);
  AddExtractCommand(app, ctx);
  AddShowCommand(app, ctx);
  AddServeCommand(app, ctx);
  AddEvalCommand(app, ctx);
  AddEvalEventsCommand(app, ctx);
  AddLoadCommand(app, ctx);
  AddTrainCommand(app, ctx);
  AddMergeCommand(app, ctx);
  if (argc < 2) {
    Usage(app);
    return kExitUsage;
  }
  if (UnknownCommand(app, argv[1])) return kExitUsage;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  } catch (const std::exception& e) {
    Error(e.what());
    return kExitBadInput;
  }
  return ctx.exit_code;
}
