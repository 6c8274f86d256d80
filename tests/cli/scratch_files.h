// What the end-to-end tests look at in their scratch folders: a file's
// bytes and lines, kg's temporaries, and rows written with "{D}" for the
// folder.
//
//   CHECK(kg::testing::CountLines(dir + "/o.jsonl") == 3);
//   CHECK(kg::testing::Temporaries(dir).empty());
//   std::string args = kg::testing::ExpandDir("extract {D}/a.txt", dir);
#ifndef KG_TESTS_CLI_SCRATCH_FILES_H_
#define KG_TESTS_CLI_SCRATCH_FILES_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace kg::testing {

/// The file's bytes ("" if it cannot be read).
inline std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// The file's newlines, or -1 if there is no file.
inline long CountLines(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return -1;
  const std::string bytes = ReadBytes(path);
  return static_cast<long>(std::count(bytes.begin(), bytes.end(), '\n'));
}

/// `s` with every `from` replaced by `to`, left to right.
inline std::string ReplaceAll(std::string s, std::string_view from,
                              std::string_view to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos;
       at += to.size())
    s.replace(at, from.size(), to);
  return s;
}

/// A row's text with "{D}" standing for the scratch folder `dir`.
inline std::string ExpandDir(std::string s, const std::string& dir) {
  return ReplaceAll(std::move(s), "{D}", dir);
}

/// Paths below `dir` with kg's temporary name ("o.jsonl.tmp.<pid>...").
inline std::vector<std::string> Temporaries(const std::string& dir) {
  std::vector<std::string> found;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.path().filename().string().find(".tmp.") != std::string::npos)
      found.push_back(e.path().string());
  return found;
}

}  // namespace kg::testing

#endif  // KG_TESTS_CLI_SCRATCH_FILES_H_
