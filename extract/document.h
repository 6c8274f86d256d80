// Document: one input text cut into sections, paragraphs and sentences.
//
//   kg::extract::Document doc = kg::extract::ParseDocument("a.txt", bytes);
//   for (const auto& para : doc.paragraphs)
//     for (const auto& s : para.sentences)
//       std::cout << doc.Text(s) << " @" << doc.OriginalOffset(s.begin) << "\n";
//
// `text` is valid UTF-8: every invalid byte of the input was replaced by
// U+FFFD (3 bytes). Offsets in Sentence/Paragraph index `text`;
// OriginalOffset() maps them back to byte offsets in the original input.
#ifndef KG_EXTRACT_DOCUMENT_H_
#define KG_EXTRACT_DOCUMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar.h"

namespace kg::extract {

/// A half-open byte range [begin, end) of Document::text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

/// A heading and the path of headings above it ("Americas > Canada").
struct Section {
  int level = 0;      ///< 1 for "= T =" / "# T", 2 for "== T ==" ...
  std::string title;  ///< the heading text, trimmed
  /// Titles from the top level down, incl. title. The document title (the
  /// first level-1 heading) heads only its own path: {"Title"}, then
  /// {"Americas"}, {"Americas", "Canada"} below it.
  std::vector<std::string> path;
  std::string PathString() const;  ///< path joined with " > "
};

struct Paragraph {
  Span span;                    ///< the paragraph's bytes
  int section = -1;             ///< index into Document::sections, -1 = none
  std::vector<Span> sentences;  ///< in order, trimmed of surrounding space
};

struct Document {
  std::string id;     ///< file basename or the JSONL "id"
  std::string title;  ///< first level-1 heading, JSONL "title", or ""
  std::optional<CivilDate> date;  ///< JSONL "date" (the document's own date)
  std::string text;               ///< valid UTF-8 (see above)
  std::vector<Section> sections;
  std::vector<Paragraph> paragraphs;
  /// Byte offset of `text` in its file when the document is a part of a
  /// long text file (DocumentReader reads those in parts), else 0.
  size_t part_offset = 0;
  /// Offsets in `text` where a U+FFFD replaced an invalid byte, ascending.
  std::vector<size_t> replacements;

  std::string_view Text(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  /// Byte offset in the original input of `text` offset `pos` (counted
  /// from the file's start for a part, see part_offset): each
  /// replacement before `pos` shifts it by 2; a `pos` inside a U+FFFD maps
  /// to the invalid byte it replaced.
  size_t OriginalOffset(size_t pos) const;
  /// The section of a paragraph, or nullptr.
  const Section* SectionOf(const Paragraph& p) const {
    return p.section < 0 ? nullptr : &sections[static_cast<size_t>(p.section)];
  }
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_DOCUMENT_H_
