#include "cli/cli_util.h"

#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

#include "base/message_escape.h"

namespace kg::cli {
namespace {

// Only async-signal-safe calls: unlink (in RemoveTemporariesForSignal),
// write and _exit. An unnamed temporary (O_TMPFILE) needs nothing: the
// kernel drops it with the process.
extern "C" void OnInterrupt(int) {
  kg::AtomicFile::RemoveTemporariesForSignal();
  static const char kMessage[] = "kg: interrupted\n";
  [[maybe_unused]] ssize_t n = ::write(2, kMessage, sizeof kMessage - 1);
  ::_exit(130);
}

// Standard output as an AtomicFile("-"), for its errno-keeping buffer. Never
// destroyed: std::cout is flushed again after main() returns.
AtomicFile* g_stdout = nullptr;

}  // namespace

int ExitCode(const Status& s) {
  if (s.ok()) return 0;
  return s.code() == StatusCode::kInternal ? 2 : 1;
}

int Fail(const Status& s) {
  std::cerr << "kg: " << EscapeForMessage(s.ToString()) << "\n";
  return ExitCode(s);
}

void InstallInterruptHandler() {
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  // A terminal closing (HUP) or Ctrl-\ (QUIT) ends kg like Ctrl-C: without
  // a handler they would leave a named temporary behind.
  for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGTERM}) {
    sigaddset(&action.sa_mask, sig);
  }
  for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGTERM})
    ::sigaction(sig, &action, nullptr);
}

void CheckStdout() {
  if (g_stdout != nullptr) return;
  g_stdout = new AtomicFile("-");
  if (g_stdout->Open().ok()) std::cout.rdbuf(g_stdout->stream().rdbuf());
}

int FinishStdout(int code) {
  std::cout.flush();
  if (g_stdout == nullptr) return code;
  Status s = g_stdout->WriteError();
  if (s.ok() && std::cout.fail())
    s = Status::IOError("stdout", "write failed");
  if (s.ok()) return code;
  const int failed = Fail(s);
  return code > failed ? code : failed;
}

}  // namespace kg::cli
