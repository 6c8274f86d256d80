#include "extract/internal/json_source.h"

#include <algorithm>
#include <utility>

#include "base/json_error.h"

namespace kg::extract::internal {

Status JsonSource::Parse(std::string path, std::string text, JsonSource* out) {
  out->path_ = std::move(path);
  out->text_ = std::move(text);
  try {
    out->value_ = nlohmann::json::parse(out->text_, nullptr,
                                        /*allow_exceptions=*/true,
                                        /*ignore_comments=*/true);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based and points at the offending character.
    size_t pos = e.byte == 0 ? 0 : std::min(e.byte - 1, out->text_.size());
    size_t line_start = out->text_.rfind('\n', pos == 0 ? 0 : pos - 1);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    if (pos < line_start) line_start = pos;
    std::string what = e.what();
    // Keep nlohmann's explanation, drop its "[json.exception...] parse error
    // at line L, column C: " prefix: the location is ours.
    size_t colon = what.find(": ");
    if (colon != std::string::npos) what = what.substr(colon + 2);
    constexpr std::string_view kSyntax = "syntax error ";  // said already
    if (what.starts_with(kSyntax)) what.erase(0, kSyntax.size());
    return Status::ParseError(
        Location(out->path_, out->LineOf(pos), pos - line_start + 1),
        "JSON syntax error: " + what);
  } catch (const nlohmann::json::exception& e) {
    // Not a syntax error: a number out of range (a fuzzing finding; it
    // used to escape as an exception).
    return Status::ParseError(out->path_, JsonErrorText(e.what()));
  }
  out->IndexIds();
  return Status::Ok();
}

size_t JsonSource::LineOf(size_t pos) const {
  pos = std::min(pos, text_.size());
  return 1 + static_cast<size_t>(std::count(
                 text_.begin(),
                 text_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

void JsonSource::IndexIds() {
  const std::string& t = text_;
  auto skip_space = [&](size_t p) {
    while (p < t.size() &&
           (t[p] == ' ' || t[p] == '\t' || t[p] == '\n' || t[p] == '\r'))
      ++p;
    return p;
  };
  size_t line = 1, counted = 0;
  for (size_t pos = t.find("\"id\""); pos != std::string::npos;
       pos = t.find("\"id\"", pos + 4)) {
    size_t p = skip_space(pos + 4);
    if (p >= t.size() || t[p] != ':') continue;
    p = skip_space(p + 1);
    if (p >= t.size() || t[p] != '"') continue;
    size_t end = p + 1;
    while (end < t.size() && t[end] != '"') end += t[end] == '\\' ? 2 : 1;
    if (end >= t.size()) continue;
    nlohmann::json value =
        nlohmann::json::parse(t.substr(p, end + 1 - p), nullptr, false);
    if (!value.is_string()) continue;
    line += static_cast<size_t>(
        std::count(t.begin() + static_cast<std::ptrdiff_t>(counted),
                   t.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
    counted = pos;
    id_lines_[value.get<std::string>()].push_back(line);
  }
}

size_t JsonSource::LineOfId(std::string_view id, size_t nth) const {
  auto it = id_lines_.find(std::string(id));
  if (it == id_lines_.end() || nth >= it->second.size()) return 0;
  return it->second[nth];
}

std::string JsonSource::Where(std::string_view id, size_t nth) const {
  return Location(path_, LineOfId(id, nth));
}

}  // namespace kg::extract::internal
