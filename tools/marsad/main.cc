#include <cstdlib>
#include <filesystem>
#include <iostream>

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

namespace {
constexpr const char* kVersionText =
    "marsad " MARSAD_VERSION "\n"
    "Place, actor and event extraction from Arabic and English news.\n"
    "Gazetteer data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0;\n"
    "country and region names from the i18n-iso-countries and iso3166-2-db packages;\n"
    "US counties from the US Census Bureau's boundaries (us-atlas package, public domain);\n"
    "curated supplement and dictionaries written by the marsad authors.";
}

int main(int argc, char** argv) {
  using namespace marsad::cli;
  CLI::App app{"marsad: places, actors and events from Arabic and English news"};
  app.set_version_flag("--version", std::string(kVersionText));
  app.require_subcommand(1);
  Context ctx;
  AddTokensCommand(app, ctx);
  AddNormalizeCommand(app, ctx);
  AddGazetteerCommand(app, ctx);
  AddExtractCommand(app, ctx);
  AddServeCommand(app, ctx);
  AddEvalCommand(app, ctx);
  AddEvalEventsCommand(app, ctx);
  AddLoadCommand(app, ctx);
  AddTrainCommand(app, ctx);
  AddMergeCommand(app, ctx);
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
