#include "base/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <streambuf>
#include <vector>

namespace kg {
// Not in the anonymous namespace: AtomicFile::State holds one (GCC warns
// of a field whose type has internal linkage in a unity build).
namespace internal {


// A streambuf over a file descriptor that keeps the errno of the first
// failed write (std::ofstream only says that something failed).
class ErrnoKeepingBuffer : public std::streambuf {
 public:
  ErrnoKeepingBuffer() : buffer_(size_t{1} << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  void Attach(int fd) { fd_ = fd; }
  int error() const { return error_; }
  /// Writes what is buffered; false (error() set) if it could not.
  bool Drain() {
    const char* p = pbase();
    size_t left = static_cast<size_t>(pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return WriteAll(p, left);
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    // Large pieces go straight out instead of through the buffer.
    if (n >= static_cast<std::streamsize>(buffer_.size())) {
      if (!Drain() || !WriteAll(s, static_cast<size_t>(n))) return 0;
      return n;
    }
    return std::streambuf::xsputn(s, n);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool WriteAll(const char* p, size_t n) {
    if (error_ != 0) return false;
    while (n > 0) {
      const ssize_t w = ::write(fd_, p, n);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        error_ = w < 0 ? errno : EIO;
        return false;
      }
      p += w;
      n -= static_cast<size_t>(w);
    }
    return true;
  }

  std::vector<char> buffer_;
  int fd_ = -1;
  int error_ = 0;
};

}  // namespace internal

namespace {

// The named temporaries, for RemoveTemporariesForSignal(): fixed buffers
// and a flag per slot, which a signal handler may read (a std::string may
// be half-way through an allocation).
constexpr int kTempSlots = 16;
char g_temp_names[kTempSlots][4096];
std::atomic<bool> g_temp_used[kTempSlots];

int RegisterTemporary(const std::string& name) {
  if (name.size() >= sizeof g_temp_names[0]) return -1;
  for (int i = 0; i < kTempSlots; ++i) {
    if (g_temp_used[i].load()) continue;
    std::memcpy(g_temp_names[i], name.c_str(), name.size() + 1);
    g_temp_used[i].store(true);
    return i;
  }
  return -1;
}

void UnregisterTemporary(int* slot) {
  if (*slot >= 0) g_temp_used[*slot].store(false);
  *slot = -1;
}

std::string FolderOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// "/dev/stdout" and friends: the descriptor they stand for, or -1. They are
// used as the descriptor itself: reopening /proc/self/fd/1 would truncate a
// regular file stdout or fail on a socket.
int DescriptorPath(const std::string& path) {
  if (path == "-" || path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    const size_t n = std::strlen(prefix);
    if (path.compare(0, n, prefix) != 0 || path.size() == n ||
        path.size() > n + 6)
      continue;
    int fd = 0;
    for (size_t i = n; i < path.size(); ++i) {
      if (path[i] < '0' || path[i] > '9') return -1;
      fd = fd * 10 + (path[i] - '0');
    }
    return fd;
  }
  return -1;
}

std::string RandomSuffix() {
  static std::random_device random;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(random()));
  return buf;
}

// Blocks the signals kg handles as an interrupt while alive, so that a
// group's renames are not cut in two.
class InterruptBlock {
 public:
  InterruptBlock() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGTERM}) sigaddset(&set, sig);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~InterruptBlock() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  InterruptBlock(const InterruptBlock&) = delete;
  InterruptBlock& operator=(const InterruptBlock&) = delete;

 private:
  sigset_t old_;
};

// Exclusive flock(2)s on folders, taken in name order (no deadlock between
// two kg's locking the same folders), released when destroyed.
class FolderLocks {
 public:
  explicit FolderLocks(std::vector<std::string> folders) {
    std::sort(folders.begin(), folders.end());
    folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
    for (const auto& f : folders) {
      const int fd = ::open(f.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (fd < 0) continue;  // the rename will say what is wrong
      while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
      }
      fds_.push_back(fd);
    }
  }
  ~FolderLocks() {
    for (int fd : fds_) {
      ::fsync(fd);  // the renames themselves survive a crash
      ::close(fd);  // and with it the lock
    }
  }
  FolderLocks(const FolderLocks&) = delete;
  FolderLocks& operator=(const FolderLocks&) = delete;

 private:
  std::vector<int> fds_;
};

}  // namespace

struct AtomicFile::State {
  State(std::string p, Options o)
      : path(std::move(p)), options(o), out(&buffer) {}
  std::string path;  // as given
  Options options;
  Kind kind = Kind::kFile;
  std::string target;  // kFile: the file replaced
  std::string temp;    // kFile: the temporary's name, "" while unnamed
  int temp_slot = -1;  // its slot for signal handlers
  int fd = -1;
  bool owns_fd = false;
  bool open = false;
  bool target_exists = false;
  dev_t target_dev = 0;
  ino_t target_ino = 0;
  internal::ErrnoKeepingBuffer buffer;
  std::ostream out;

  // The context of messages: "stdout" for "-".
  std::string Name() const { return path == "-" ? "stdout" : path; }

  // Gives the unnamed temporary a name beside the target.
  Status NameTemporary() {
    if (!temp.empty()) return Status::Ok();
    const std::string fd_path = "/proc/self/fd/" + std::to_string(fd);
    for (int attempt = 0; attempt < 100; ++attempt) {
      std::string name = target + ".tmp." + std::to_string(::getpid()) + "." +
                         RandomSuffix();
      if (::linkat(AT_FDCWD, fd_path.c_str(), AT_FDCWD, name.c_str(),
                   AT_SYMLINK_FOLLOW) == 0) {
        temp = std::move(name);
        temp_slot = RegisterTemporary(temp);
        return Status::Ok();
      }
      if (errno != EEXIST) return Status::FromErrno(Name(), errno);
    }
    return Status::FromErrno(Name(), EEXIST);
  }

  // Drops the temporary (or the stream) without touching the target.
  void Discard() {
    if (!temp.empty()) ::unlink(temp.c_str());
    UnregisterTemporary(&temp_slot);
    temp.clear();
    if (owns_fd && fd >= 0) ::close(fd);
    fd = -1;
    open = false;
  }
};

AtomicFile::AtomicFile(std::string path) : AtomicFile(std::move(path), {}) {}

AtomicFile::AtomicFile(std::string path, Options options)
    : s_(std::make_unique<State>(std::move(path), options)) {}

AtomicFile::~AtomicFile() {
  if (s_->open) s_->Discard();
}

std::ostream& AtomicFile::stream() { return s_->out; }
AtomicFile::Kind AtomicFile::kind() const { return s_->kind; }
const std::string& AtomicFile::target() const { return s_->target; }
const std::string& AtomicFile::temp_path() const { return s_->temp; }

Status AtomicFile::Fail(int err) { return Status::FromErrno(s_->Name(), err); }

Status AtomicFile::Open() {
  State& s = *s_;
  if (s.open) return Status::Internal(s.Name(), "Open() twice");
  // Follow symlinks one by one: a link to /dev/stdout must reach the
  // descriptor, and a dangling link names the file to create.
  std::string at = s.path;
  struct stat st {};
  bool exists = false;
  for (int hops = 0;; ++hops) {
    if (hops > 40) return Fail(ELOOP);
    if (const int fd = DescriptorPath(at); fd >= 0) {
      s.kind = Kind::kStream;
      s.fd = fd;
      s.buffer.Attach(fd);
      s.open = true;
      return Status::Ok();
    }
    if (::lstat(at.c_str(), &st) != 0) {
      if (errno != ENOENT) return Fail(errno);
      break;
    }
    if (!S_ISLNK(st.st_mode)) {
      exists = true;
      break;
    }
    std::vector<char> link(static_cast<size_t>(st.st_size) + 2);
    const ssize_t n = ::readlink(at.c_str(), link.data(), link.size() - 1);
    if (n < 0) return Fail(errno);
    std::string next(link.data(), static_cast<size_t>(n));
    at = next[0] == '/' ? next : FolderOf(at) + "/" + next;
  }
  if (exists) {
    if (S_ISDIR(st.st_mode))
      return Status::IOError(s.Name(), "is a folder, not a file");
    if (S_ISBLK(st.st_mode))
      return Status::IOError(s.Name(), "is a block device, not a file");
    if (S_ISSOCK(st.st_mode))
      return Status::IOError(s.Name(), "is a socket, not a file");
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
      // Written through: renaming over /dev/null would replace the device
      // for the whole system. No O_TRUNC: a FIFO or tty has nothing to cut.
      const int fd = ::open(at.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
      if (fd < 0) return Fail(errno);
      s.kind = Kind::kStream;
      s.fd = fd;
      s.owns_fd = true;
      s.buffer.Attach(fd);
      s.open = true;
      return Status::Ok();
    }
    s.target_exists = true;
    s.target_dev = st.st_dev;
    s.target_ino = st.st_ino;
  }
  s.kind = Kind::kFile;
  s.target = at;
  int fd = -1;
  if (s.options.unnamed_temporary) {
    fd = ::open(FolderOf(at).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    // Without O_TMPFILE support: EOPNOTSUPP, or EISDIR from kernels that
    // read it as O_DIRECTORY.
    if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
      return Fail(errno);
  }
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    // Exclusive, never through a planted symlink; mode as a plain create.
    std::string name =
        at + ".tmp." + std::to_string(::getpid()) + "." + RandomSuffix();
    fd = ::open(name.c_str(),
                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd >= 0) {
      s.temp = std::move(name);
      s.temp_slot = RegisterTemporary(s.temp);
    } else if (errno != EEXIST) {
      return Fail(errno);
    }
  }
  if (fd < 0) return Fail(EEXIST);
  s.fd = fd;
  s.owns_fd = true;
  s.buffer.Attach(fd);
  s.open = true;
  return Status::Ok();
}

bool AtomicFile::WouldReplace(const std::string& path) const {
  if (!s_->open || s_->kind != Kind::kFile || !s_->target_exists) return false;
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
         st.st_dev == s_->target_dev && st.st_ino == s_->target_ino;
}

Status AtomicFile::WriteError() const {
  const int err = s_->buffer.error();
  return err == 0 ? Status::Ok() : Status::FromErrno(s_->Name(), err);
}

Status AtomicFile::Commit() {
  AtomicFile* self = this;
  return CommitAll(std::span<AtomicFile* const>(&self, 1));
}

Status AtomicFile::CommitAll(std::span<AtomicFile* const> files) {
  // 1. Everything written and on disk, or nothing replaced.
  Status failed;
  for (AtomicFile* f : files) {
    State& s = *f->s_;
    if (!s.open) {
      failed = Status::Internal(s.Name(), "Commit() without Open()");
      break;
    }
    s.out.flush();
    if (!s.buffer.Drain() || s.buffer.error() != 0) {
      failed = f->Fail(s.buffer.error() ? s.buffer.error() : EIO);
      break;
    }
    if (s.kind == Kind::kFile && ::fsync(s.fd) != 0) {
      failed = f->Fail(errno);
      break;
    }
  }
  if (!failed.ok()) {
    for (AtomicFile* f : files)
      if (f->s_->open) f->s_->Discard();
    return failed;
  }
  // 2. The renames, one kg at a time, not cut by a signal.
  std::vector<std::string> folders;
  for (AtomicFile* f : files)
    if (f->s_->kind == Kind::kFile) folders.push_back(FolderOf(f->s_->target));
  const InterruptBlock block;
  const FolderLocks locks(folders);
  std::vector<std::string> backups(files.size());
  for (size_t i = 0; i < files.size() && failed.ok(); ++i) {
    State& s = *files[i]->s_;
    if (s.kind != Kind::kFile) continue;
    failed = s.NameTemporary();
    // A group keeps a second link to each old file, to put it back if a
    // later rename fails.
    if (failed.ok() && files.size() > 1 && s.target_exists) {
      const std::string backup = s.temp + ".old";
      if (::link(s.target.c_str(), backup.c_str()) == 0) backups[i] = backup;
    }
  }
  size_t renamed = 0;
  for (; renamed < files.size() && failed.ok(); ++renamed) {
    State& s = *files[renamed]->s_;
    if (s.kind != Kind::kFile) continue;
    if (::rename(s.temp.c_str(), s.target.c_str()) != 0) {
      failed = files[renamed]->Fail(errno);
      break;
    }
    UnregisterTemporary(&s.temp_slot);
    s.temp.clear();
  }
  if (!failed.ok()) {
    for (size_t i = 0; i < renamed; ++i) {
      State& s = *files[i]->s_;
      if (s.kind != Kind::kFile) continue;
      if (!backups[i].empty())
        ::rename(backups[i].c_str(), s.target.c_str());
      else
        ::unlink(s.target.c_str());
    }
  }
  for (const auto& b : backups)
    if (!b.empty()) ::unlink(b.c_str());
  for (AtomicFile* f : files)
    if (f->s_->open) f->s_->Discard();
  return failed;
}

void AtomicFile::RemoveTemporariesForSignal() {
  for (int i = 0; i < kTempSlots; ++i)
    if (g_temp_used[i].load()) ::unlink(g_temp_names[i]);
}

}  // namespace kg
