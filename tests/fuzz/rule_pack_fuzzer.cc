// Fuzzes the rule-pack loader and the rule compiler: any pack - its JSON,
// its includes, its macros and RE2 patterns - loads and compiles, or gives
// one line naming the file that is wrong; a pack that compiles has its
// examples checked (which runs extraction with its rules).
//
// Input: the files of a pack, separated by lines "---": the first is
// "pack.json", then "a.json", "b.json", ... (what "include" can name).
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "extract/rule_checker.h"
#include "extract/rule_pack.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

std::vector<std::string> SplitFiles(std::string_view input) {
  std::vector<std::string> files;
  for (;;) {
    const size_t cut = input.find("\n---\n");
    files.emplace_back(input.substr(0, cut));
    if (cut == std::string_view::npos) return files;
    input.remove_prefix(cut + 5);
  }
}

void CheckError(const kg::Status& status) {
  const std::string message = status.ToString();
  FUZZ_CHECK(message.find('\n') == std::string::npos);
  // Names the pack's file it is about.
  FUZZ_CHECK(message.find("fuzz/") != std::string::npos);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<std::string> files =
      SplitFiles(std::string_view(reinterpret_cast<const char*>(data), size));
  const kg::extract::FileLoader loader = [&files](const std::string& path,
                                                  std::string* bytes) {
    for (size_t i = 0; i < files.size(); ++i) {
      const std::string name =
          i == 0 ? "fuzz/pack.json"
                 : "fuzz/" + std::string(1, static_cast<char>('a' + i - 1)) +
                       ".json";
      if (path == name) {
        *bytes = files[i];
        return kg::Status::Ok();
      }
    }
    return kg::Status::NotFound(path, "no such file or directory");
  };

  kg::Result<kg::extract::RulePack> pack =
      kg::extract::LoadRulePack("fuzz/pack.json", loader);
  if (!pack.ok()) {
    CheckError(pack.status());
    return 0;
  }
  auto extractor = kg::extract::Extractor::Create(*pack);
  if (!extractor.ok()) {
    CheckError(extractor.status());
    return 0;
  }
  auto report = kg::extract::CheckRules(*pack);
  if (!report.ok()) CheckError(report.status());
  return 0;
}
