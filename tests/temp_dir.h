// TempDir: a fresh folder under the system's temp folder for a test, with
// its files, removed when the test ends.
//
//   kg::testing::TempDir dir("kg_reader_test");
//   std::string path = dir.Write("news/a.txt", "Xi met Putin.");
#ifndef KG_TESTS_TEMP_DIR_H_
#define KG_TESTS_TEMP_DIR_H_

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace kg::testing {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix) {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            (prefix + "_" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// Writes `bytes` to `relative` (creating folders); returns its path.
  std::string Write(const std::string& relative, std::string_view bytes) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
  /// The folder, or a path inside it.
  std::string Path(const std::string& relative = "") const {
    return relative.empty() ? path_.string() : (path_ / relative).string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace kg::testing

#endif  // KG_TESTS_TEMP_DIR_H_
