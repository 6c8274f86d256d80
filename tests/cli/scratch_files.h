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

/// True in the AddressSanitizer build (`./dev.sh test` runs the suite twice):
/// there kg is several times slower and its RSS is mostly shadow memory, so
/// tests of scale use smaller inputs and tests of memory are skipped.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

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

/// Three triples lines the query tests share:
///   Ann Lee -meet (2019, symmetric)- Bob Ray -visit (2020-05)-> Cuba;
///   Dan Fox -criticize (undated, 11)-> Eve Kim.
inline std::string AnnBobCubaTriples() {
  return R"({"doc":"d.txt","subject":"Ann Lee","subject_id":"ann","subject_type":"person","relation":"meet","category":"04","object":"Bob Ray","object_id":"bob","object_type":"person","date":"2019","symmetric":true,"sentence":"Ann Lee met Bob Ray.","span":[0,20],"confidence":0.8})"
         "\n"
         R"({"doc":"d.txt","subject":"Bob Ray","subject_id":"bob","subject_type":"person","relation":"visit","category":"04","object":"Cuba","object_id":"CUB","object_type":"country","date":"2020-05","sentence":"Bob Ray visited Cuba.","span":[21,42],"confidence":0.8})"
         "\n"
         R"({"doc":"d.txt","subject":"Dan Fox","subject_id":"dan","subject_type":"person","relation":"criticize","category":"11","object":"Eve Kim","object_id":"eve","object_type":"person","date":null,"sentence":"Dan Fox criticized Eve Kim.","span":[43,70],"confidence":0.8})"
         "\n";
}

}  // namespace kg::testing

#endif  // KG_TESTS_CLI_SCRATCH_FILES_H_
