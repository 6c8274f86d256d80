// Runs the kg binary for the end-to-end tests (as ninja's output_test.py
// runs ninja itself): its exit code and what it printed.
//
//   kg::testing::KgRun r = kg::testing::Kg("path ann cuba t.jsonl");
//   CHECK(r.code == 0);
//   CHECK(r.output == "...");
#ifndef KG_TESTS_CLI_KG_RUNNER_H_
#define KG_TESTS_CLI_KG_RUNNER_H_

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace kg::testing {

struct KgRun {
  int code = -1;       ///< the exit code, -1 if kg did not exit (a signal)
  std::string output;  ///< stdout and stderr
};

/// Runs `kg ARGS` through the shell (so ARGS may quote and redirect),
/// prefixed by `prefix` ("setpriv ..." to drop privileges).
inline KgRun Kg(const std::string& args, const std::string& prefix = "") {
  KgRun r;
  const std::string command =
      prefix + std::string(KG_BINARY) + " " + args + " 2>&1";
  FILE* p = ::popen(command.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  const int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// Starts `kg ARGS`, waits until a file in folder `dir` is not empty (its
/// output half-written: a named file there, or a file kg holds open there
/// unnamed, O_TMPFILE), sends `signal` and returns how kg ended. A kg that
/// writes nothing there within two minutes, or does not end within a minute
/// of the signal, is killed and fails the test.
KgRun KgInterrupted(const std::string& args, const std::string& dir,
                    int signal = SIGINT);

}  // namespace kg::testing

#endif  // KG_TESTS_CLI_KG_RUNNER_H_
