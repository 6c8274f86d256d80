// The progress line and the summary of `kg extract` (issue 14 item 12):
// the texts exactly, and when they are printed at all.
#include "cli/progress_line.h"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>
#include <string>

#include "tests/cli/kg_runner.h"
#include "tests/temp_dir.h"

namespace kg::cli {
namespace {

TEST_CASE("ProgressText and SummaryText: sizes, counts, times") {
  struct Row {
    ProgressState state;
    std::string progress;
    std::string summary;
  };
  const Row rows[] = {
      {{1, 20, 20, 1, 0.04},
       "1 document, 20 B of 20 B (100%), 0.0 MB/s, 0:00 elapsed, 0:00 left",
       "1 document, 20 B, 1 triple in 0.0 s (0.0 MB/s)"},
      {{120, 12300000, 64000000, 1234567, 2.4},
       "120 documents, 12.3 MB of 64.0 MB (19%), 5.1 MB/s, 0:02 elapsed, "
       "0:10 left",
       "120 documents, 12.3 MB, 1,234,567 triples in 2.4 s (5.1 MB/s)"},
      // No total (stdin): no percentage, no time left.
      {{3, 4500, 0, 0, 61.0},
       "3 documents, 4.5 KB, 0.0 MB/s, 1:01 elapsed",
       "3 documents, 4.5 KB, 0 triples in 61.0 s (0.0 MB/s)"},
      // A total below what was read (the file grew) is no total.
      {{2, 3000000000, 1000, 9, 3725.0},
       "2 documents, 3.00 GB, 0.8 MB/s, 1:02:05 elapsed",
       "2 documents, 3.00 GB, 9 triples in 3725.0 s (0.8 MB/s)"},
      {{0, 0, 100, 0, 0},
       "0 documents, 0 B of 100 B (0%), 0.0 MB/s, 0:00 elapsed",
       "0 documents, 0 B, 0 triples in 0.0 s (0.0 MB/s)"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.progress);
    CHECK(ProgressText(r.state) == r.progress);
    CHECK(SummaryText(r.state) == r.summary);
  }
}

TEST_CASE("ProgressLine: off prints nothing, the log mode ends with the summary") {
  std::ostringstream off_out, log_out;
  ProgressLine off(ProgressLine::Mode::kOff, 100, off_out);
  ProgressLine log(ProgressLine::Mode::kLog, 100, log_out);
  for (ProgressLine* p : {&off, &log}) {
    p->Add(60, 2);
    p->Add(40, 1, /*new_document=*/false);  // a later part of the same file
    p->Finish();
  }
  CHECK(off_out.str().empty());
  // The first log line comes after 2 s: this run shows only its summary.
  const std::regex summary(
      R"(kg: 1 document, 100 B, 3 triples in [0-9]+\.[0-9] s \([0-9]+\.[0-9] MB/s\)\n)");
  CHECK(std::regex_match(log_out.str(), summary));
}

TEST_CASE("kg extract: a summary with --progress, nothing without on a pipe") {
  testing::TempDir dir("kg-progress");
  const std::string text = dir.Write("a.txt", "France met Germany.\n");
  const std::string out = dir.Path("o.jsonl");
  const testing::KgRun plain = testing::Kg("extract " + text + " -o " + out);
  CHECK(plain.code == 0);
  CHECK(plain.output.empty());
  const testing::KgRun forced =
      testing::Kg("extract " + text + " --progress -o " + out);
  CHECK(forced.code == 0);
  // A slow machine (the sanitizer build) may print progress lines first:
  // one every 2 s in the log mode.
  const std::string progress_lines =
      R"((kg: 1 document, 20 B of 20 B \(100%\), [^\n]* elapsed[^\n]*\n)*)";
  const std::string summary =
      R"(kg: 1 document, 20 B, 1 triple in [0-9]+\.[0-9] s \([0-9]+\.[0-9] MB/s\)\n)";
  CHECK(std::regex_match(forced.output, std::regex(progress_lines + summary)));
  const testing::KgRun quiet =
      testing::Kg("extract " + text + " --progress --quiet -o " + out);
  CHECK(quiet.code == 0);
  CHECK(quiet.output.empty());

  // kg build counts the documents it extracts, then says what it wrote.
  const std::string graph = dir.Path("g.json");
  const testing::KgRun build =
      testing::Kg("build " + text + " --progress -o " + graph);
  CHECK(build.code == 0);
  CHECK(std::regex_match(
      build.output, std::regex(progress_lines + summary +
                               "kg build: 2 actors, 1 edges -> " + graph + "\n")));
  const testing::KgRun plain_build = testing::Kg("build " + text + " -o " + graph);
  CHECK(plain_build.output == "kg build: 2 actors, 1 edges -> " + graph + "\n");
}

}  // namespace
}  // namespace kg::cli
