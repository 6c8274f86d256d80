// `kg path`, `kg neighbors`, `kg stats` and `kg actors`: questions about
// the graph of the inputs, answered as text or --json (graph/report.h);
// registered on the app by AddQueryCommands.
#ifndef KG_CLI_QUERY_COMMANDS_H_
#define KG_CLI_QUERY_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace kg::cli {

/// Adds the commands; a command that runs stores its exit code in *code.
void AddQueryCommands(CLI::App* app, int* code);

}  // namespace kg::cli

#endif  // KG_CLI_QUERY_COMMANDS_H_
