// TableLines: the data lines of a tab-separated table (the verb table, the
// event lexicon): blank lines and '#' comments skipped, a '\r' before the
// line end dropped, each line with its 1-based number for error messages.
//
//   internal::TableLines lines(bytes);
//   std::string_view line;
//   size_t line_no;
//   while (lines.Next(&line, &line_no)) ... Split(line, '\t') ...
#ifndef KG_EXTRACT_INTERNAL_TABLE_LINES_H_
#define KG_EXTRACT_INTERNAL_TABLE_LINES_H_

#include <cstddef>
#include <string_view>

namespace kg::extract::internal {

class TableLines {
 public:
  explicit TableLines(std::string_view bytes) : rest_(bytes) {}

  /// The next data line; false at the end.
  bool Next(std::string_view* line, size_t* line_no) {
    while (!rest_.empty()) {
      size_t nl = rest_.find('\n');
      std::string_view l = rest_.substr(0, nl);
      rest_ = nl == std::string_view::npos ? std::string_view()
                                           : rest_.substr(nl + 1);
      ++line_no_;
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      if (l.empty() || l[0] == '#') continue;
      *line = l;
      *line_no = line_no_;
      return true;
    }
    return false;
  }

 private:
  std::string_view rest_;
  size_t line_no_ = 0;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_TABLE_LINES_H_
