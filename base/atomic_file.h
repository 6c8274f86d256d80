// AtomicFile: an output file that appears whole or not at all.
//
//   kg::AtomicFile out("graph.json");
//   kg::Status s = out.Open();
//   if (!s.ok()) return s;
//   out.stream() << data;
//   s = out.Commit();      // flush, close, rename over graph.json
//   // If Commit() is never called, the destructor removes the temporary.
//
// Writes go to "<path>.tmp.<pid>" in the same folder, renamed over `path`
// by Commit(), so a crash, an error or SIGINT half-way never leaves a
// half-written `path`. Not thread-safe.
#ifndef KG_BASE_ATOMIC_FILE_H_
#define KG_BASE_ATOMIC_FILE_H_

#include <fstream>
#include <string>

#include "base/status.h"

namespace kg {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();  ///< removes the temporary unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Creates the temporary. IOError "path: <strerror>" if the folder is
  /// missing or not writable.
  Status Open();
  std::ostream& stream() { return out_; }
  /// Flushes and renames into place; IOError if any write failed.
  Status Commit();
  /// The temporary's path (for signal handlers that must remove it).
  const std::string& temp_path() const { return temp_; }

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool open_ = false;
};

}  // namespace kg

#endif  // KG_BASE_ATOMIC_FILE_H_
