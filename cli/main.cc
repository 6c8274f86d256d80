// kg: the command line. Parses flags into an Options struct per command and
// calls the libraries; every failure is a Status printed on one line to
// stderr. Exit codes: 0 ok, 1 bad input or a failed check, 2 internal error,
// 130 interrupted.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/status.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_checker.h"
#include "extract/rule_pack.h"

namespace {

using kg::Status;

// The temporary output file, for the SIGINT handler (async-signal-safe:
// a fixed buffer and unlink()).
char g_temp_path[4096];

extern "C" void OnInterrupt(int) {
  if (g_temp_path[0] != '\0') ::unlink(g_temp_path);
  ::_exit(130);
}

int ExitCode(const Status& s) {
  if (s.ok()) return 0;
  return s.code() == kg::StatusCode::kInternal ? 2 : 1;
}

int Fail(const Status& s) {
  std::cerr << "kg: " << s.ToString() << "\n";
  return ExitCode(s);
}

// A pack given on the command line: a file on disk, else a built-in name.
kg::Result<kg::extract::RulePack> LoadPack(const std::string& spec) {
  if (spec.empty()) return kg::extract::LoadBuiltinRulePack("diplomacy");
  if (::access(spec.c_str(), F_OK) == 0)
    return kg::extract::LoadRulePackFile(spec);
  for (const auto& name : kg::extract::BuiltinRulePackNames())
    if (name == spec) return kg::extract::LoadBuiltinRulePack(spec);
  return Status::NotFound(spec, "no such rule pack file or built-in pack");
}

// Runs `write(out)` into `path` ("-" or empty: stdout) so that a file is
// written whole or not at all.
template <typename Fn>
Status WriteOutput(const std::string& path, Fn write) {
  if (path.empty() || path == "-") {
    Status s = write(std::cout);
    std::cout.flush();
    if (s.ok() && !std::cout) return Status::IOError("stdout", "write failed");
    return s;
  }
  kg::AtomicFile file(path);
  Status s = file.Open();
  if (!s.ok()) return s;
  std::strncpy(g_temp_path, file.temp_path().c_str(), sizeof g_temp_path - 1);
  s = write(file.stream());
  if (s.ok()) s = file.Commit();
  g_temp_path[0] = '\0';
  return s;
}

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string rules;
  std::string output;
  bool include_flagged = false;
  bool trace = false;
};

int RunExtract(const ExtractOptions& o) {
  auto pack = LoadPack(o.rules);
  if (!pack.ok()) return Fail(pack.status());
  kg::extract::ExtractorOptions eo;
  eo.include_flagged = o.include_flagged;
  if (o.trace)
    eo.trace = [](const std::string& m) {
      std::cerr << "trace: " << m << "\n";
    };
  auto extractor = kg::extract::Extractor::Create(*pack, eo);
  if (!extractor.ok()) return Fail(extractor.status());
  kg::extract::DocumentReader reader(o.inputs, [](const std::string& w) {
    std::cerr << "kg: warning: " << w << "\n";
  });
  Status s = WriteOutput(o.output, [&](std::ostream& out) {
    kg::extract::Document doc;
    Status read;
    std::vector<kg::extract::Triple> triples;
    while (reader.Next(&doc, &read)) {
      triples.clear();
      (*extractor)->Extract(doc, &triples);
      for (const auto& t : triples) out << kg::extract::ToJsonLine(t) << '\n';
    }
    return read;
  });
  return s.ok() ? 0 : Fail(s);
}

struct RulesCheckOptions {
  std::vector<std::string> packs;
};

int RunRulesCheck(const RulesCheckOptions& o) {
  std::vector<std::string> packs = o.packs;
  if (packs.empty()) packs = kg::extract::BuiltinRulePackNames();
  int worst = 0;
  for (const auto& spec : packs) {
    auto pack = LoadPack(spec);
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
              << report->rules << " rules, " << report->passed << " passed, "
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

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);

  CLI::App app{
      "kg: dated knowledge graphs of who did what to whom, from prose"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kg 0.1.0");
  int code = 0;

  ExtractOptions ex;
  auto* extract =
      app.add_subcommand("extract", "Extract triples (JSON Lines) from text");
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
  extract->add_flag("--trace", ex.trace,
                    "Print each sentence to stderr as the rules see it");
  extract->callback([&] { code = RunExtract(ex); });

  auto* rules = app.add_subcommand("rules", "Check or list rule packs");
  rules->require_subcommand(1);
  RulesCheckOptions rc;
  auto* check =
      rules->add_subcommand("check", "Load packs and run their examples");
  check->add_option("packs", rc.packs,
                    "Pack files or built-in names (default: all built-in)");
  check->callback([&] { code = RunRulesCheck(rc); });
  auto* list = rules->add_subcommand("list", "List the built-in packs");
  list->callback([&] { code = RunRulesList(); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc_code = app.exit(e);
    return rc_code == 0 ? 0 : 1;
  }
  return code;
}
