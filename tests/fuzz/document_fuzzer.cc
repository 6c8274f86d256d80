// Fuzzes the document reader and the sentence splitter: any bytes, read as
// a text (whole and in small parts) and as JSON Lines, must give a Document
// whose spans are in order and inside its valid UTF-8 text, or a clear
// error - never a crash, a hang or a span out of range.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "extract/content_kind.h"
#include "extract/document_reader.h"
#include "extract/sentence_splitter.h"
#include "base/utf8.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

namespace fs = std::filesystem;
using kg::extract::Document;
using kg::extract::Span;

void CheckSpans(const std::vector<Span>& spans, Span within) {
  size_t at = within.begin;
  for (const Span& s : spans) {
    FUZZ_CHECK(s.begin >= at && s.begin < s.end && s.end <= within.end);
    at = s.end;
  }
}

void CheckDocument(const Document& doc) {
  FUZZ_CHECK(kg::RepairUtf8(doc.text, nullptr) == doc.text);
  size_t at = 0;
  for (const auto& p : doc.paragraphs) {
    FUZZ_CHECK(p.span.begin >= at && p.span.begin <= p.span.end &&
               p.span.end <= doc.text.size());
    FUZZ_CHECK(p.section >= -1 &&
               p.section < static_cast<int>(doc.sections.size()));
    CheckSpans(p.sentences, p.span);
    at = p.span.end;
  }
  for (const auto& s : doc.sections) {
    FUZZ_CHECK(!s.path.empty() && s.path.back() == s.title);
  }
  size_t last = 0;
  for (size_t r : doc.replacements) {
    FUZZ_CHECK(r + 3 <= doc.text.size() && (last == 0 || r >= last + 3));
    last = r;
  }
}

// One scratch folder a process (libFuzzer may run several), removed at
// exit.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() /
                  ("kg_document_fuzzer." + std::to_string(::getpid()));
  ScratchDir() { fs::create_directories(path); }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

const fs::path& Scratch() {
  static const ScratchDir dir;
  return dir.path;
}

void ReadFile(const fs::path& path, std::string_view bytes, size_t part_bytes,
              bool text) {
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  kg::extract::DocumentReader reader({path.string()}, nullptr, part_bytes);
  Document doc;
  kg::Status status;
  size_t next_offset = 0;
  while (reader.Next(&doc, &status)) {
    CheckDocument(doc);
    if (text) {
      // Parts are contiguous and together are the whole file.
      FUZZ_CHECK(doc.part_offset == next_offset);
      next_offset = doc.OriginalOffset(doc.text.size());
    }
  }
  FUZZ_CHECK(!reader.Next(&doc, &status));  // stays at the end
  if (status.ok() && text) FUZZ_CHECK(next_offset == bytes.size());
  // An error is one line that names the file.
  if (!status.ok()) {
    const std::string message = status.ToString();
    FUZZ_CHECK(message.starts_with(path.string()));
    FUZZ_CHECK(message.find('\n') == std::string::npos);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  const Document whole = kg::extract::ParseDocument("f.txt", bytes);
  CheckDocument(whole);
  FUZZ_CHECK(whole.OriginalOffset(whole.text.size()) == size);

  CheckSpans(kg::extract::SplitSentences(whole.text),
             Span{0, whole.text.size()});

  // A .txt file is read as text in parts unless its content says it is
  // JSON (documents, kg's outputs): see ContentKind.
  ReadFile(Scratch() / "f.txt", bytes, 64,
           kg::extract::SniffContent(bytes) == kg::extract::ContentKind::kText);
  ReadFile(Scratch() / "f.jsonl", bytes, 64, false);
  return 0;
}
