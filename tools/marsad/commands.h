// The `marsad` command: one file per subcommand, each adding itself to the CLI11 app.
// Exit codes: 0 ok, 1 bad input (some document or file could not be processed: the others
// were written), 2 usage, 3 nothing could run or the output is incomplete (missing or
// corrupt index, unwritable output): wrappers that accept 1 must not accept 3.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace marsad::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;
constexpr int kExitFatal = 3;

// Shared between main and the subcommands: the code the process exits with.
struct Context {
  int exit_code = kExitOk;
};

// The most worker threads a command accepts (--threads): more is a usage error, not an
// abort when the system refuses to create them.
constexpr unsigned kMaxThreads = 1024;

// A CLI11 transform for a publication date option: normalises it to YYYY-MM-DD
// (marsad/pubdate.h) or fails with the reason, so a bad date is a usage error (exit 2).
CLI::Validator PublishedDate();

// Prints "marsad: <message>" on stderr.
void Error(const std::string& message);

// Where the bundled data lives: $MARSAD_DATA, else <prefix>/share/marsad/data for an
// installed binary (<prefix>/bin/marsad), else the source tree's data/.
std::string DataDir();
// The default gazetteer index: $MARSAD_GAZETTEER, else <DataDir>/gazetteer/default.mgz.
std::string DefaultIndexPath();

void AddTokensCommand(CLI::App& app, Context& ctx);
void AddNormalizeCommand(CLI::App& app, Context& ctx);
void AddGazetteerCommand(CLI::App& app, Context& ctx);
void AddExtractCommand(CLI::App& app, Context& ctx);
void AddServeCommand(CLI::App& app, Context& ctx);
void AddEvalCommand(CLI::App& app, Context& ctx);
void AddEvalEventsCommand(CLI::App& app, Context& ctx);
void AddLoadCommand(CLI::App& app, Context& ctx);
void AddTrainCommand(CLI::App& app, Context& ctx);
void AddMergeCommand(CLI::App& app, Context& ctx);  // merge and eval-merge

}  // namespace marsad::cli
