// `kg extract` and `kg rules`: registered on the app by AddExtractCommands.
#ifndef KG_CLI_EXTRACT_COMMANDS_H_
#define KG_CLI_EXTRACT_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace kg::cli {

/// Adds the commands; a command that runs stores its exit code in *code.
void AddExtractCommands(CLI::App* app, int* code);

}  // namespace kg::cli

#endif  // KG_CLI_EXTRACT_COMMANDS_H_
