// Helpers shared by kg's commands: exit codes, interrupts, standard output
// and output files that are written whole or not at all.
#ifndef KG_CLI_CLI_UTIL_H_
#define KG_CLI_CLI_UTIL_H_

#include <iostream>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/atomic_file.h"
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

/// Writes the outputs `paths` ("" or "-": stdout) of a command that reads
/// `inputs`, each whole or not at all (AtomicFile::CommitAll: all or none):
/// 1. opens every output first, before anything is read: a missing or
///    read-only folder fails at once;
/// 2. refuses an output that is one of the explicit `inputs` (same device and
///    inode): "OUT: would replace the input IN";
/// 3. runs `write(streams)`, one stream a path, and commits them if it
///    returns Ok. The error of a failed stream ("OUT: No space left on
///    device") wins over the writer's own.
///
///   Status s = WriteOutputs({"x.nodes.csv", "x.edges.csv"}, o.inputs,
///       [&](std::span<std::ostream* const> out) { ...; return Status::Ok(); });
template <typename Fn>
Status WriteOutputs(const std::vector<std::string>& paths,
                    const std::vector<std::string>& inputs, Fn write) {
  std::vector<std::unique_ptr<AtomicFile>> files;
  std::vector<AtomicFile*> group;
  std::vector<std::ostream*> streams;
  for (const auto& path : paths) {
    files.push_back(std::make_unique<AtomicFile>(path.empty() ? "-" : path));
    if (Status s = files.back()->Open(); !s.ok()) return s;
    group.push_back(files.back().get());
    streams.push_back(&files.back()->stream());
  }
  for (size_t i = 0; i < files.size(); ++i)
    for (const auto& input : inputs)
      if (input != "-" && files[i]->WouldReplace(input))
        return Status::InvalidArgument(paths[i],
                                       "would replace the input " + input);
  Status s = write(std::span<std::ostream* const>(streams));
  for (AtomicFile* f : group)
    if (Status w = f->WriteError(); !w.ok()) return w;
  if (!s.ok()) return s;
  return AtomicFile::CommitAll(group);
}

/// WriteOutputs for one output: `write(std::ostream&)`.
template <typename Fn>
Status WriteOutput(const std::string& path,
                   const std::vector<std::string>& inputs, Fn write) {
  return WriteOutputs({path}, inputs,
                      [&](std::span<std::ostream* const> out) {
                        return write(*out[0]);
                      });
}

}  // namespace kg::cli

#endif  // KG_CLI_CLI_UTIL_H_
