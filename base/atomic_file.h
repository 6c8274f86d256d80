// AtomicFile: the output at a path, written so that nothing is ever
// clobbered by mistake.
//
//   kg::AtomicFile out("graph.json");     // or "-" for stdout
//   kg::Status s = out.Open();
//   if (!s.ok()) return s;
//   out.stream() << data;
//   s = out.Commit();      // flush, fsync, rename over graph.json
//   // If Commit() is never called, the destructor discards what was written.
//
// What Open() finds at the path decides how it is written:
// - nothing, or a regular file: a new file in the same folder, unnamed while
//   it is written (Linux O_TMPFILE; a killed kg leaves nothing behind) or,
//   where the file system has no O_TMPFILE, created exclusively
//   (O_CREAT|O_EXCL|O_NOFOLLOW) as "<path>.tmp.<pid>.<random>". Commit()
//   names it and renames it over the path: the path holds the old file or
//   the whole new one, never a half-written one. Permission bits are those
//   of a plain create (0666 & ~umask).
// - a symlink (chain): resolved, and its final target replaced as above in
//   the target's folder; the link stays a link.
// - "-", /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: that file
//   descriptor; a character device or a FIFO: opened and written straight
//   through (no temporary, no rename; the node stays what it was). A failure
//   half-way leaves whatever the reader already got.
// - a folder, a block device or a socket: refused.
// Every write error is kept with its errno: Commit() reports the first one as
// "<path>: <strerror>" ("stdout: No space left on device" for "-").
//
// Not thread-safe; one AtomicFile is used by one thread.
#ifndef KG_BASE_ATOMIC_FILE_H_
#define KG_BASE_ATOMIC_FILE_H_

#include <memory>
#include <ostream>
#include <span>
#include <string>

#include "base/status.h"

namespace kg {

class AtomicFile {
 public:
  enum class Kind {
    kFile,    ///< replaced by a rename at Commit()
    kStream,  ///< stdout, a character device or a FIFO, written through
  };
  struct Options {
    /// false: always a named temporary, as on file systems without
    /// O_TMPFILE (for tests of that path).
    bool unnamed_temporary = true;
  };

  explicit AtomicFile(std::string path);
  AtomicFile(std::string path, Options options);
  ~AtomicFile();  ///< discards what was written unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Decides the kind and opens the temporary (or the stream). IOError
  /// "path: <strerror>" if the folder is missing or not writable, "path: is
  /// a folder, not a file" (block device, socket) for what cannot be written.
  Status Open();
  std::ostream& stream();
  Kind kind() const;
  /// The file Commit() replaces, symlinks resolved ("" for a stream).
  const std::string& target() const;
  /// The temporary's name ("" while it is unnamed and for a stream).
  const std::string& temp_path() const;
  /// True if `path` (symlinks followed) is the regular file Commit() would
  /// replace: same device and inode. False before Open() and for streams.
  bool WouldReplace(const std::string& path) const;
  /// The first write error so far ("path: <strerror>"), or Ok: the cause to
  /// report when a writer stops because its stream failed.
  Status WriteError() const;

  /// Flushes; for a file, fsyncs and renames into place. IOError naming the
  /// path and the errno of the first failed write; Internal without Open().
  Status Commit();
  /// Commits `files` as a group: each is flushed and synced first, and if any
  /// fails none is replaced (both or neither). The renames then run under an
  /// exclusive flock(2) on each target's folder, so that kg processes writing
  /// the same outputs commit one after the other, and with SIGHUP, SIGINT,
  /// SIGQUIT and SIGTERM blocked; a failed rename puts back the files
  /// already replaced.
  static Status CommitAll(std::span<AtomicFile* const> files);

  /// Removes every named temporary of the process's open AtomicFiles. For
  /// signal handlers: async-signal-safe (unlink only).
  static void RemoveTemporariesForSignal();

 private:
  struct State;
  Status Fail(int err);
  std::unique_ptr<State> s_;
};

}  // namespace kg

#endif  // KG_BASE_ATOMIC_FILE_H_
