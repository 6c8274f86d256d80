// SkipReport: what `--keep-going` says. Each input or record passed over is
// a warning naming the file and line; at the end one line counts them and
// the exit code is 3, so a script sees that the output is not everything.
//
//   kg::cli::SkipReport skips(&progress);
//   reader.KeepGoing(skips.Callback());
//   ... run ...
//   return skips.Finish();   // 0, or "kg: 2 inputs or records skipped
//                            // (--keep-going)" and 3
#ifndef KG_CLI_SKIP_REPORT_H_
#define KG_CLI_SKIP_REPORT_H_

#include <cstddef>
#include <functional>

#include "base/status.h"
#include "cli/progress_line.h"

namespace kg::cli {

/// The exit code of a run that kept going past bad inputs or records.
inline constexpr int kExitSkipped = 3;

class SkipReport {
 public:
  /// `progress` (may be null) is cleared before each warning.
  explicit SkipReport(ProgressLine* progress) : progress_(progress) {}

  /// Prints "kg: warning: <error> (skipped)" (escaped, one line) and counts.
  std::function<void(const Status& skipped)> Callback();
  size_t count() const { return count_; }
  /// 0 if nothing was skipped; else prints the count and returns 3.
  int Finish() const;

 private:
  ProgressLine* progress_;
  size_t count_ = 0;
};

}  // namespace kg::cli

#endif  // KG_CLI_SKIP_REPORT_H_
