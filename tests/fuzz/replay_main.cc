// The replay driver: runs a fuzz harness's LLVMFuzzerTestOneInput on every
// file of the folders (or files) given, as libFuzzer would run a corpus, so
// that seeds and past findings are regression tests in every build - g++,
// sanitizers or not - without libFuzzer.
//
//   document_replay tests/fuzz/seeds/document tests/fuzz/regressions/document
//
// Prints "N inputs" and exits 0; a broken invariant or a sanitizer report
// aborts on the input, which is named first on stderr.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[i]))
        if (entry.is_regular_file()) inputs.push_back(entry.path());
    } else if (fs::is_regular_file(argv[i], ec)) {
      inputs.emplace_back(argv[i]);
    } else {
      std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
      return 2;
    }
  }
  std::sort(inputs.begin(), inputs.end());  // a stable order to reproduce
  for (const fs::path& path : inputs) {
    std::fprintf(stderr, "replay %s\n", path.c_str());
    const std::string bytes = ReadAll(path);
    // A copy of exactly `size` bytes, so ASan sees reads past the end.
    std::vector<uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.data(), data.size());
  }
  std::printf("%zu inputs\n", inputs.size());
  return 0;
}
