// `kg build`, `kg path`, `kg neighbors` and `kg stats`: registered on the
// app by AddGraphCommands.
#ifndef KG_CLI_GRAPH_COMMANDS_H_
#define KG_CLI_GRAPH_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace kg::cli {

/// Adds the commands; a command that runs stores its exit code in *code.
void AddGraphCommands(CLI::App* app, int* code);

}  // namespace kg::cli

#endif  // KG_CLI_GRAPH_COMMANDS_H_
