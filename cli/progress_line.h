// ProgressLine: what `kg extract` and `kg build` say on stderr while they
// read - documents, megabytes, speed, elapsed and remaining time - and the
// one-line summary at the end.
//
//   kg::cli::ProgressLine progress(kg::cli::ProgressLine::Choose(quiet, forced),
//                                  /*total_bytes=*/64 << 20);
//   for (...) progress.Add(doc_bytes, doc_triples);   // after each document
//   progress.Finish();
//   // on a terminal, one line redrawn in place:
//   //   kg: 120 documents, 12.3 MB of 64.0 MB (19%), 5.1 MB/s, 0:02 elapsed, 0:10 left
//   // then: kg: 540 documents, 64.0 MB, 3,105 triples in 12.5 s (5.1 MB/s)
//
// Modes: kOff prints nothing; kTerminal redraws one line ("\r", erase) at
// most 4 times a second and leaves only the summary; kLog (`--progress`
// with stderr not a terminal) prints a progress line every 2 seconds, then
// the summary, so that a log keeps them. Without a known total (stdin, a
// FIFO) there is no percentage and no time left.
#ifndef KG_CLI_PROGRESS_LINE_H_
#define KG_CLI_PROGRESS_LINE_H_

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace kg::cli {

/// How far a run is: what ProgressText formats.
struct ProgressState {
  uint64_t documents = 0;
  uint64_t bytes = 0;
  uint64_t total_bytes = 0;  ///< 0: unknown
  uint64_t triples = 0;
  double seconds = 0;  ///< elapsed
};

/// "120 documents, 12.3 MB of 64.0 MB (19%), 5.1 MB/s, 0:02 elapsed, 0:10
/// left" (without a total: "120 documents, 12.3 MB, 5.1 MB/s, 0:02
/// elapsed"). Sizes in B, KB, MB or GB (powers of 10, as MB/s); times
/// m:ss, or h:mm:ss from an hour.
std::string ProgressText(const ProgressState& s);
/// "540 documents, 64.0 MB, 3,105 triples in 12.5 s (5.1 MB/s)".
std::string SummaryText(const ProgressState& s);

class ProgressLine {
 public:
  enum class Mode { kOff, kTerminal, kLog };
  /// kOff if `quiet`; else kTerminal if stderr is a terminal; else kLog if
  /// `forced` (--progress); else kOff.
  static Mode Choose(bool quiet, bool forced);

  ProgressLine(Mode mode, uint64_t total_bytes, std::ostream& out);
  /// A document (or, `new_document` false, a later part of one) done: its
  /// bytes and triples.
  void Add(uint64_t bytes, uint64_t triples, bool new_document = true);
  /// Erases the progress line and prints the summary (not in kOff).
  void Finish();
  /// Erases the progress line, if one is on screen: before an error.
  void Clear();

 private:
  using Clock = std::chrono::steady_clock;
  double Seconds() const;

  Mode mode_;
  std::ostream& out_;
  ProgressState state_;
  Clock::time_point start_ = Clock::now();
  double next_draw_ = 0;  // seconds since start_
  bool drawn_ = false;    // a terminal line is on screen
};

}  // namespace kg::cli

#endif  // KG_CLI_PROGRESS_LINE_H_
