// WriteOutputs: the outputs of one run (`kg build -o x.csv` writes two,
// Python's Graph.save one), each written whole or not at all, all of them
// or none (AtomicFile::CommitAll).
//
//   kg::Status s = kg::WriteOutputs({"x.nodes.csv", "x.edges.csv"}, inputs,
//       [&](std::span<std::ostream* const> out) {
//         *out[0] << nodes; *out[1] << edges;
//         return kg::Status::Ok();
//       });
//   s = kg::WriteOutput("g.json", {}, [&](std::ostream& out) { ...; });
//
// For the outputs `paths` ("" or "-": stdout) of a run that reads `inputs`:
// 1. opens every output first, before anything is read: a missing or
//    read-only folder fails at once;
// 2. refuses an output that is one of the explicit `inputs` (same device and
//    inode; "-" is never compared): "OUT: would replace the input IN";
// 3. runs `write(streams)`, one stream a path, and commits them if it
//    returns Ok. The error of a failed stream ("OUT: No space left on
//    device") wins over the writer's own.
// On any error nothing is replaced; the temporaries go with the AtomicFiles.
#ifndef KG_BASE_OUTPUT_FILES_H_
#define KG_BASE_OUTPUT_FILES_H_

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/status.h"

namespace kg {

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

}  // namespace kg

#endif  // KG_BASE_OUTPUT_FILES_H_
