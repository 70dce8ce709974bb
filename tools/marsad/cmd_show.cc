// `marsad show FILE|-`: the results of `marsad extract` (JSON lines, .gz/.zst too, or the
// indented records of --pretty) as a terminal view (output::SummaryText): places with their
// resolution, events as ACLED-style lines, counts and dates; totals after many documents.
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "commands.h"
#include "marsad/batch.h"
#include "marsad/output.h"

namespace marsad::cli {
namespace {

struct ShowArgs {
  std::vector<std::string> inputs;
  int width = 0;  // 0: the terminal's, else 80
};

class Viewer {
 public:
  explicit Viewer(int width) : width_(width) {}
  // One record; false (said on stderr) when it is not one of marsad's.
  bool Record(const std::string& where, std::string_view json) {
    auto text = output::SummaryText(json, width_, &totals_);
    if (!text.ok()) return Error(where + ": " + text.status().message()), false;
    std::fwrite(text->data(), 1, text->size(), stdout);
    return true;
  }
  void End() {
    if (totals_.docs > 1) std::fputs(output::SummaryFooter(totals_, width_).c_str(), stdout);
  }

 private:
  int width_;
  output::SummaryTotals totals_;
};

// Records a line each; a line that is only "{" starts an indented record (--pretty), which
// ends at a line that is only "}". Returns the number of unreadable records.
size_t ShowFile(const std::string& path, Viewer* viewer) {
  auto src = batch::ByteSource::Open(path);
  if (!src.ok()) return Error(src.status().message()), 1;
  batch::LineReader lines(src->get());
  std::string_view line;
  std::string pretty;
  size_t line_no = 0, bad = 0, start = 0;
  const std::string name = path == "-" ? "stdin" : path;
  while (lines.Next(&line)) {
    ++line_no;
    if (!pretty.empty()) {
      pretty.append(line).push_back('\n');
      if (line == "}") bad += !viewer->Record(name + ":" + std::to_string(start), pretty), pretty.clear();
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (line == "{") {
      pretty = "{\n";
      start = line_no;
      continue;
    }
    bad += !viewer->Record(name + ":" + std::to_string(line_no), line);
    if (bad >= 5 && bad == line_no) return Error(name + ": no marsad records here; giving up"), bad;
  }
  if ((*src)->failed()) return Error((*src)->error()), bad + 1;
  if (!pretty.empty()) return Error(name + ":" + std::to_string(start) + ": record not closed (no line \"}\")"), bad + 1;
  return bad;
}

int RunShow(const ShowArgs& a) {
  std::vector<std::string> inputs = a.inputs;
  if (inputs.empty()) {
    if (isatty(STDIN_FILENO) == 1) {
      Error("show: give a FILE of `marsad extract` results, or - to read them from a pipe");
      return kExitUsage;
    }
    inputs.push_back("-");
  }
  Viewer viewer(a.width > 0 ? a.width : TerminalWidth(STDOUT_FILENO));
  size_t bad = 0;
  for (const auto& in : inputs) bad += ShowFile(in, &viewer);
  viewer.End();
  std::fflush(stdout);
  return bad == 0 ? kExitOk : kExitBadInput;
}

}  // namespace

void AddShowCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<ShowArgs>();
  auto* cmd = app.add_subcommand(
      "show", "Show results of `marsad extract` (JSON lines, - for stdin) in the terminal: places, events, counts, dates");
  cmd->add_option("FILE", a->inputs, "JSON lines from `marsad extract` (.gz/.zst too; --pretty output too); - for stdin");
  cmd->add_option("--width", a->width, "Columns per line (default: the terminal's, else 80)")->check(CLI::Range(40, 1000));
  cmd->callback([a, &ctx]() { ctx.exit_code = RunShow(*a); });
}

}  // namespace marsad::cli
