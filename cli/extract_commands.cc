#include "cli/extract_commands.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "base/message_escape.h"
#include "cli/cli_util.h"
#include "cli/progress_line.h"
#include "cli/skip_report.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_checker.h"
#include "pipeline/pack_loader.h"
#include "pipeline/parallel_extractor.h"

namespace kg::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string rules;
  std::string output;
  bool include_flagged = false;
  bool trace = false;
  bool quiet = false;     // no progress line, no summary
  bool progress = false;  // progress even when stderr is not a terminal
  bool keep_going = false;  // skip bad inputs and records, exit 3
  unsigned threads = 0;   // all hardware threads
};

int RunExtract(const ExtractOptions& o) {
  kg::extract::ExtractorOptions eo;
  eo.include_flagged = o.include_flagged;
  if (o.trace)
    eo.trace = [](const std::string& m) {
      std::cerr << "trace: " << m << "\n";
    };
  ProgressLine progress(ProgressLine::Choose(o.quiet || o.trace, o.progress),
                        kg::extract::InputBytes(o.inputs), std::cerr);
  SkipReport skips(&progress);
  kg::extract::DocumentReader reader(o.inputs, [&](const std::string& w) {
    progress.Clear();  // a warning is not drawn over
    std::cerr << "kg: warning: " << kg::EscapeForMessage(w) << "\n";
  });
  if (o.keep_going) reader.KeepGoing(skips.Callback());
  Status s = WriteOutput(o.output, o.inputs, [&](std::ostream& out) {
    // The output is open: now the pack and the inputs. Compiling the pack
    // is most of kg's start-up: a missing input or one with no text fails
    // before it.
    auto pack = kg::pipeline::LoadPack(o.rules);
    if (!pack.ok()) return pack.status();
    if (Status read; !reader.Peek(&read)) return read;
    auto extractor = kg::extract::Extractor::Create(*pack, eo);
    if (!extractor.ok()) return extractor.status();
    // A trace is read in text order: one thread.
    kg::pipeline::ParallelExtractor parallel(**extractor,
                                             o.trace ? 1 : o.threads);
    parallel.set_progress([&](size_t bytes, size_t triples, bool fresh) {
      progress.Add(bytes, triples, fresh);
    });
    return parallel.Run(&reader, [&](std::string_view lines) {
      out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
      return out ? Status::Ok() : Status::IOError(o.output, "write failed");
    });
  });
  if (!s.ok()) {
    progress.Clear();
    return Fail(s);
  }
  progress.Finish();
  return skips.Finish();
}

struct RulesCheckOptions {
  std::vector<std::string> packs;
};

int RunRulesCheck(const RulesCheckOptions& o) {
  std::vector<std::string> packs = o.packs;
  if (packs.empty()) packs = kg::extract::BuiltinRulePackNames();
  int worst = 0;
  for (const auto& spec : packs) {
    auto pack = kg::pipeline::LoadPack(spec);
    if (!pack.ok()) {
      worst = std::max(worst, Fail(pack.status()));
      continue;
    }
    auto report = kg::extract::CheckRules(*pack);
    if (!report.ok()) {
      worst = std::max(worst, Fail(report.status()));
      continue;
    }
    for (const auto& f : report->failures) std::cerr << f << "\n";
    for (const auto& u : report->untested)
      std::cerr << u << ": warning: no examples\n";
    std::cout << spec << ": " << pack->actors.size() << " actors, "
              << report->rules << " rules, " << report->frames << " frames, "
              << report->entries << " lexicon entries";
    if (report->entries_skipped > 0)
      std::cout << " (" << report->entries_skipped
                << " without a test sentence)";
    std::cout << ", " << report->passed << " passed, "
              << report->failures.size() << " failed\n";
    if (!report->failures.empty()) worst = std::max(worst, 1);
  }
  return worst;
}

int RunRulesList() {
  for (const auto& name : kg::extract::BuiltinRulePackNames()) {
    auto pack = kg::extract::LoadBuiltinRulePack(name);
    if (!pack.ok()) return Fail(pack.status());
    std::cout << name << "\t" << pack->actors.size() << " actors\t"
              << pack->rules.size() << " rules\n";
  }
  return 0;
}

}  // namespace

void AddExtractCommands(CLI::App* app, int* code) {
  auto ex_ptr = std::make_shared<ExtractOptions>();
  ExtractOptions& ex = *ex_ptr;
  auto* extract =
      app->add_subcommand("extract", "Extract triples (JSON Lines) from text");
  extract
      ->add_option("inputs", ex.inputs,
                   "Files, folders, *.jsonl, or - for stdin")
      ->required();
  extract->add_option("--rules", ex.rules,
                      "Rule pack file or built-in name (default: diplomacy)");
  extract->add_option("-o,--output", ex.output,
                      "Output file (default: stdout)");
  extract->add_flag("--include-flagged", ex.include_flagged,
                    "Keep negated and hypothetical triples");
  extract
      ->add_option("-j,--threads", ex.threads,
                   "Threads (default 0: one per core); the output is the same "
                   "for any number")
      ->check(CLI::Range(0, 1024));
  extract->add_flag("--trace", ex.trace,
                    "Print each sentence to stderr as the rules see it");
  extract->add_flag("--keep-going", ex.keep_going,
                    "Skip an input or record that cannot be read (a warning "
                    "each) and go on; exit 3 at the end if any was skipped");
  extract->add_flag("-q,--quiet", ex.quiet,
                    "No progress line and no summary on a terminal");
  extract->add_flag("--progress", ex.progress,
                    "Progress and summary on stderr even when it is not a "
                    "terminal (a line every 2 s)");
  extract->callback([ex_ptr, code] { *code = RunExtract(*ex_ptr); });

  auto* rules = app->add_subcommand("rules", "Check or list rule packs");
  rules->require_subcommand(1);
  auto rc_ptr = std::make_shared<RulesCheckOptions>();
  RulesCheckOptions& rc = *rc_ptr;
  auto* check =
      rules->add_subcommand("check", "Load packs and run their examples");
  check->add_option("packs", rc.packs,
                    "Pack files or built-in names (default: all built-in)");
  check->callback([rc_ptr, code] { *code = RunRulesCheck(*rc_ptr); });
  auto* list = rules->add_subcommand("list", "List the built-in packs");
  list->callback([code] { *code = RunRulesList(); });
}

}  // namespace kg::cli
