// kg: the command line. Each command parses its flags into an options
// struct and calls the libraries (cli/*_commands.cc); every failure is one
// line on stderr. Exit codes: 0 ok, 1 bad input or a failed check, 2
// internal error, 130 interrupted (SIGHUP, SIGINT, SIGQUIT, SIGTERM). What
// a command prints is checked to have arrived: `kg stats g.json > /dev/full`
// exits 1 with "kg: stdout: No space left on device".
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/name_fold.h"

#include "cli/build_command.h"
#include "cli/cli_util.h"
#include "cli/extract_commands.h"
#include "cli/query_commands.h"

namespace {

// "" when `word` is one of app's commands; else the one-line error, with the
// closest command when it is within a third of the word's letters (at
// least 2): CLI11 alone says "A subcommand is required".
std::string UnknownCommandMessage(const CLI::App& app, std::string_view word) {
  std::string closest, names;
  size_t best = std::max<size_t>(2, word.size() / 3) + 1;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    const std::string& name = sub->get_name();
    if (name == word) return "";
    names += (names.empty() ? "" : ", ") + name;
    const size_t d = kg::EditDistance(word, name);
    if (d < best) {
      best = d;
      closest = name;
    }
  }
  std::string message = "kg: unknown command \"" + std::string(word) + "\"";
  if (!closest.empty()) message += "; did you mean \"" + closest + "\"?";
  return message + " (commands: " + names + ")\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  kg::cli::InstallInterruptHandler();
  kg::cli::CheckStdout();

  CLI::App app{
      "kg: dated knowledge graphs of who did what to whom, from prose"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kg 0.1.0");
  // Usage errors are one line, like every other kg error (CLI11's default
  // adds a second line).
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("kg: ") + e.what() + " (see --help)\n";
  });
  int code = 0;
  kg::cli::AddExtractCommands(&app, &code);
  kg::cli::AddBuildCommand(&app, &code);
  kg::cli::AddQueryCommands(&app, &code);
  if (argc > 1 && argv[1][0] != '-') {
    if (std::string m = UnknownCommandMessage(app, argv[1]); !m.empty()) {
      std::cerr << m;
      return 1;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return kg::cli::FinishStdout(app.exit(e) == 0 ? 0 : 1);
  }
  return kg::cli::FinishStdout(code);
}
