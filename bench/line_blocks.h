// ForEachLineBlock: reads a file in 8 MB blocks, each cut after its last
// newline (the rest starts the next block), so that no line is split. For
// the benchmarks that time a pass over a file without timing the reading.
//
//   uint64_t bytes = 0;
//   if (!ForEachLineBlock(path, [&](std::string_view block) { ... }, &bytes))
//     return 1;  // the error was printed with perror(path)
//
// A block without any newline (a line longer than 8 MB) is passed as it is.
#ifndef KG_BENCH_LINE_BLOCKS_H_
#define KG_BENCH_LINE_BLOCKS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

template <typename Fn>
bool ForEachLineBlock(const char* path, Fn fn, uint64_t* bytes) {
  std::FILE* file = std::fopen(path, "rb");
  if (file == nullptr) {
    std::perror(path);
    return false;
  }
  constexpr size_t kBlock = size_t{8} << 20;
  std::vector<char> buffer(kBlock);
  size_t carried = 0;  // bytes after the last newline of the previous block
  *bytes = 0;
  for (;;) {
    size_t got = std::fread(buffer.data() + carried, 1, kBlock - carried, file);
    size_t filled = carried + got;
    if (filled == 0) break;
    bool last = got == 0 || std::feof(file);
    size_t cut = filled;
    if (!last) {
      std::string_view view(buffer.data(), filled);
      size_t nl = view.rfind('\n');
      if (nl != std::string_view::npos) cut = nl + 1;
    }
    fn(std::string_view(buffer.data(), cut));
    *bytes += cut;
    carried = filled - cut;
    std::copy(buffer.begin() + static_cast<std::ptrdiff_t>(cut),
              buffer.begin() + static_cast<std::ptrdiff_t>(filled),
              buffer.begin());
    if (last && carried == 0) break;
  }
  bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) std::perror(path);
  return !failed;
}

#endif  // KG_BENCH_LINE_BLOCKS_H_
