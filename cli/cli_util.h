// Helpers shared by kg's commands: exit codes, interrupts, standard output
// and output files that are written whole or not at all
// (base/output_files.h).
#ifndef KG_CLI_CLI_UTIL_H_
#define KG_CLI_CLI_UTIL_H_

#include <iostream>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/output_files.h"
#include "base/status.h"

namespace kg::cli {

/// 0 ok, 2 internal error, 1 anything else (bad input, failed check).
int ExitCode(const Status& s);
/// Prints "kg: <status>" to stderr; returns ExitCode(s).
int Fail(const Status& s);

/// SIGHUP, SIGINT, SIGQUIT and SIGTERM remove the temporaries of the outputs
/// being written, print "kg: interrupted" and exit 130.
void InstallInterruptHandler();

/// Routes std::cout through a buffer that keeps the errno of a failed write.
/// Call once, first thing in main().
void CheckStdout();
/// Flushes std::cout. Returns `code`, or prints "kg: stdout: <strerror>" and
/// returns 1 (or `code` if worse) when what was printed did not all arrive:
///   return FinishStdout(code);   // `kg stats g.json > /dev/full` exits 1
int FinishStdout(int code);

/// WriteOutputs / WriteOutput (base/output_files.h): the outputs of a
/// command, opened first and committed all or none. The interrupt handler
/// above removes their temporaries.
using kg::WriteOutput;
using kg::WriteOutputs;

}  // namespace kg::cli

#endif  // KG_CLI_CLI_UTIL_H_
