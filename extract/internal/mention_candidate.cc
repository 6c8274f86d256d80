#include "extract/internal/mention_candidate.h"

#include <algorithm>

namespace kg::extract::internal {

std::string Alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(w);
  }
  return out.empty() ? R"(\b\B)" : out;
}

std::unique_ptr<RE2> CompilePattern(const std::string& pattern,
                                    const char* what, Status* status) {
  RE2::Options opt;
  opt.set_log_errors(false);
  // Twice RE2's default: the name lists make programs of megabytes, and
  // with 8 MB the DFA caches, shared by the threads, are reset so often
  // that 2 threads ran 1.7x one instead of 2.1x (bench/run_benchmarks.sh);
  // more only grows the memory kg extract holds (66 MiB for 1 GB).
  opt.set_max_mem(int64_t{16} << 20);
  auto re = std::make_unique<RE2>(pattern, opt);
  if (!re->ok() && status->ok())
    *status = Status::Internal(what, "bad pattern: " + re->error());
  return re;
}

}  // namespace kg::extract::internal
