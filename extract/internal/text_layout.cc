#include "extract/internal/text_layout.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/sentence_splitter.h"
#include "base/utf8.h"

namespace kg::extract::internal {
namespace {

constexpr int kMaxHeadingLevel = 6;

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

size_t CountLeading(std::string_view s, char c) {
  const size_t n = s.find_first_not_of(c);
  return n == std::string_view::npos ? s.size() : n;
}

std::optional<Heading> ParseWikiHeading(std::string_view line) {
  const size_t open = CountLeading(line, '=');
  if (open == line.size()) return std::nullopt;  // "====": a rule, no title
  size_t close = 0;
  while (close < line.size() - open && line[line.size() - 1 - close] == '=') {
    ++close;
  }
  // Unbalanced markers: the extra '=' belong to the title (MediaWiki).
  const size_t level = std::min(open, close);
  if (level == 0 || level > kMaxHeadingLevel) return std::nullopt;
  const std::string_view title =
      Trim(line.substr(level, line.size() - 2 * level));
  if (title.empty()) return std::nullopt;
  return Heading{static_cast<int>(level), title};
}

std::optional<Heading> ParseMarkdownHeading(std::string_view line) {
  const size_t level = CountLeading(line, '#');
  if (level > kMaxHeadingLevel || level == line.size() ||
      !IsBlank(line[level])) {
    return std::nullopt;  // "#hashtag" is not a heading
  }
  std::string_view title = Trim(line.substr(level));
  // An optional closing run of '#' after a space: "## Section ##".
  const size_t last = title.find_last_not_of('#');
  if (last != std::string_view::npos && last + 1 < title.size() &&
      IsBlank(title[last])) {
    title = Trim(title.substr(0, last));
  }
  if (title.empty()) return std::nullopt;
  return Heading{static_cast<int>(level), title};
}

// Walks doc->text line by line, keeping the open paragraph and the stack of
// enclosing sections.
class Layout {
 public:
  explicit Layout(Document* doc) : doc_(doc) {}

  void Run(LayoutCarry* carry) {
    if (carry) {
      for (size_t i = 0; i < carry->open.size(); ++i) {
        if (static_cast<int>(i) == carry->title_index)
          title_section_ = static_cast<int>(doc_->sections.size());
        stack_.push_back(static_cast<int>(doc_->sections.size()));
        doc_->sections.push_back(carry->open[i]);
      }
      title_seen_ = carry->title_seen;
    }
    const std::string_view text = doc_->text;
    size_t pos = text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
    while (pos < text.size()) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      AddLine(pos, text.substr(pos, eol - pos));
      pos = eol + 1;
    }
    CloseParagraph();
    if (carry) {
      carry->open.clear();
      carry->title_index = -1;
      for (int index : stack_) {
        if (index == title_section_)
          carry->title_index = static_cast<int>(carry->open.size());
        carry->open.push_back(SectionAt(index));
      }
      carry->title_seen = title_seen_;
    }
  }

 private:
  void AddLine(size_t line_begin, std::string_view line) {
    const std::string_view content = Trim(line);
    const size_t begin =
        line_begin + static_cast<size_t>(content.data() - line.data());
    if (content.empty()) {
      CloseParagraph();
    } else if (std::optional<Heading> heading = ParseHeading(content)) {
      CloseParagraph();
      AddSection(*heading);
    } else if (content.starts_with("- ") || content.starts_with("* ")) {
      CloseParagraph();
      const std::string_view item = Trim(content.substr(2));
      const size_t item_begin =
          begin + static_cast<size_t>(item.data() - content.data());
      open_ = Span{item_begin, item_begin + item.size()};
      CloseParagraph();
    } else if (open_) {
      open_->end = begin + content.size();
    } else {
      open_ = Span{begin, begin + content.size()};
    }
  }

  void AddSection(const Heading& heading) {
    Section section;
    section.level = heading.level;
    section.title = std::string(heading.title);
    const int index = static_cast<int>(doc_->sections.size());
    while (!stack_.empty() && SectionAt(stack_.back()).level >= heading.level) {
      stack_.pop_back();
    }
    for (int above : stack_) {
      if (above != title_section_)
        section.path.push_back(SectionAt(above).title);
    }
    section.path.push_back(section.title);
    if (heading.level == 1 && !title_seen_) {
      title_seen_ = true;
      title_section_ = index;
      if (doc_->title.empty()) doc_->title = section.title;
    }
    doc_->sections.push_back(std::move(section));
    stack_.push_back(index);
  }

  void CloseParagraph() {
    if (!open_) return;
    Paragraph paragraph;
    paragraph.span = *open_;
    paragraph.section = stack_.empty() ? -1 : stack_.back();
    for (Span s : SplitSentences(doc_->Text(*open_))) {
      paragraph.sentences.push_back(
          {s.begin + open_->begin, s.end + open_->begin});
    }
    doc_->paragraphs.push_back(std::move(paragraph));
    open_.reset();
  }

  const Section& SectionAt(int index) const {
    return doc_->sections[static_cast<size_t>(index)];
  }

  Document* doc_;
  std::optional<Span> open_;  // the paragraph being read
  std::vector<int> stack_;    // indices of the enclosing sections
  int title_section_ = -1;    // the first level-1 heading
  bool title_seen_ = false;
};

}  // namespace

std::optional<Heading> ParseHeading(std::string_view line) {
  if (line.starts_with('=')) return ParseWikiHeading(line);
  if (line.starts_with('#')) return ParseMarkdownHeading(line);
  return std::nullopt;
}

void LayOutText(Document* doc, LayoutCarry* carry) { Layout(doc).Run(carry); }

}  // namespace kg::extract::internal
