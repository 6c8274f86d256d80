#include "tests/cli/kg_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>

namespace kg::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Appends what is readable on `fd` to *out; false at end of file.
bool Drain(int fd, std::string* out) {
  char buf[4096];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  if (n > 0) out->append(buf, static_cast<size_t>(n));
  return n > 0 || (n < 0 && errno == EAGAIN);
}

// True if a file in `dir` has bytes, or a file process `pid` has open
// there: an unnamed temporary (O_TMPFILE) is seen only through
// /proc/PID/fd, as "DIR/#123 (deleted)".
bool SomethingWritten(const std::string& dir, pid_t pid) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec) && entry.file_size(ec) > 0) return true;
  const std::string fds = "/proc/" + std::to_string(pid) + "/fd";
  for (const auto& entry : fs::directory_iterator(fds, ec)) {
    const fs::path target = fs::read_symlink(entry.path(), ec);
    if (ec || target.string().rfind(dir + "/", 0) != 0) continue;
    if (fs::is_regular_file(entry.path(), ec) &&
        fs::file_size(entry.path(), ec) > 0 && !ec)
      return true;
  }
  return false;
}

}  // namespace

KgRun KgInterrupted(const std::string& args, const std::string& dir,
                    int signal) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const std::string command = "exec " + std::string(KG_BINARY) + " " + args;
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(pipe_fds[1], 1);
    ::dup2(pipe_fds[1], 2);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    ::execl("/bin/sh", "sh", "-c", command.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  ::fcntl(pipe_fds[0], F_SETFL, O_NONBLOCK);

  KgRun r;
  bool open = true, signalled = false;
  auto deadline = Clock::now() + std::chrono::minutes(2);
  while (open && Clock::now() < deadline) {
    if (!signalled) {
      if (SomethingWritten(dir, pid)) {
        ::kill(pid, signal);
        signalled = true;
        deadline = Clock::now() + std::chrono::minutes(1);
      }
    }
    pollfd p{pipe_fds[0], POLLIN, 0};
    ::poll(&p, 1, 10);
    open = Drain(pipe_fds[0], &r.output);
  }
  int status = 0;
  if (open) ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  while (Drain(pipe_fds[0], &r.output)) {
  }
  ::close(pipe_fds[0]);
  CHECK_MESSAGE(signalled, "kg wrote nothing in " << dir);
  CHECK_MESSAGE(!open, "kg did not end after signal " << signal);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace kg::testing
