// kg: the command line. Each command parses its flags into an options
// struct and calls the libraries (cli/*_commands.cc); every failure is one
// line on stderr. Exit codes: 0 ok, 1 bad input or a failed check, 2
// internal error, 130 interrupted (SIGHUP, SIGINT, SIGQUIT, SIGTERM). What
// a command prints is checked to have arrived: `kg stats g.json > /dev/full`
// exits 1 with "kg: stdout: No space left on device".
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "cli/cli_util.h"
#include "cli/extract_commands.h"
#include "cli/graph_commands.h"

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
  kg::cli::AddGraphCommands(&app, &code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return kg::cli::FinishStdout(app.exit(e) == 0 ? 0 : 1);
  }
  return kg::cli::FinishStdout(code);
}
