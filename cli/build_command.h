// `kg build`: the graph of the inputs, written in a format (export/
// graph_format.h); registered on the app by AddBuildCommand.
#ifndef KG_CLI_BUILD_COMMAND_H_
#define KG_CLI_BUILD_COMMAND_H_

#include <CLI/CLI.hpp>

namespace kg::cli {

/// Adds the command; when it runs it stores its exit code in *code.
void AddBuildCommand(CLI::App* app, int* code);

}  // namespace kg::cli

#endif  // KG_CLI_BUILD_COMMAND_H_
