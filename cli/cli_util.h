// Helpers shared by kg's commands: exit codes, interrupts, and output files
// that are written whole or not at all.
#ifndef KG_CLI_CLI_UTIL_H_
#define KG_CLI_CLI_UTIL_H_

#include <iostream>
#include <string>

#include "base/atomic_file.h"
#include "base/status.h"

namespace kg::cli {

/// 0 ok, 2 internal error, 1 anything else (bad input, failed check).
int ExitCode(const Status& s);
/// Prints "kg: <status>" to stderr; returns ExitCode(s).
int Fail(const Status& s);

/// SIGINT and SIGTERM remove the output being written, print "kg:
/// interrupted" and exit 130.
void InstallInterruptHandler();
/// The temporary file the handler removes ("" for none).
void SetTemporaryOutput(const std::string& path);

/// Runs `write(out)` into `path` ("-" or empty: stdout) so that a file is
/// written whole or not at all (AtomicFile).
template <typename Fn>
Status WriteOutput(const std::string& path, Fn write) {
  if (path.empty() || path == "-") {
    Status s = write(std::cout);
    std::cout.flush();
    if (s.ok() && !std::cout) return Status::IOError("stdout", "write failed");
    return s;
  }
  AtomicFile file(path);
  Status s = file.Open();
  if (!s.ok()) return s;
  SetTemporaryOutput(file.temp_path());
  s = write(file.stream());
  if (s.ok()) s = file.Commit();
  SetTemporaryOutput("");
  return s;
}

}  // namespace kg::cli

#endif  // KG_CLI_CLI_UTIL_H_
