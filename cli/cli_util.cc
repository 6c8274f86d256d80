#include "cli/cli_util.h"

#include <unistd.h>

#include <csignal>
#include <cstring>

#include "base/message_escape.h"

namespace kg::cli {
namespace {

// The temporary output file, for the signal handler: a fixed buffer and
// unlink() are async-signal-safe, a std::string is not.
char g_temp_path[4096];

extern "C" void OnInterrupt(int) {
  if (g_temp_path[0] != '\0') ::unlink(g_temp_path);
  static const char kMessage[] = "kg: interrupted\n";
  [[maybe_unused]] ssize_t n = ::write(2, kMessage, sizeof kMessage - 1);
  ::_exit(130);
}

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
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
}

void SetTemporaryOutput(const std::string& path) {
  std::strncpy(g_temp_path, path.c_str(), sizeof g_temp_path - 1);
  g_temp_path[sizeof g_temp_path - 1] = '\0';
}

}  // namespace kg::cli
