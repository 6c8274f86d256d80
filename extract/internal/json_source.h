// JsonSource: a JSON file's text kept beside its parsed value, so that
// messages can point at "path:line:col" (nlohmann's values carry no
// positions).
#ifndef KG_EXTRACT_INTERNAL_JSON_SOURCE_H_
#define KG_EXTRACT_INTERNAL_JSON_SOURCE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace kg::extract::internal {

class JsonSource {
 public:
  /// Parses `text` (comments allowed). On a syntax error returns a
  /// kParseError "path:line:col: JSON syntax error: ...", on a value JSON
  /// allows but nlohmann cannot hold (1e999) "path: number overflow ...".
  static Status Parse(std::string path, std::string text, JsonSource* out);

  const nlohmann::json& value() const { return value_; }
  const std::string& path() const { return path_; }

  /// 1-based line of byte offset `pos`.
  size_t LineOf(size_t pos) const;
  /// Line of the `nth` (0-based, in file order) `"id": "<id>"` of the
  /// file, or 0 if there is no such one.
  size_t LineOfId(std::string_view id, size_t nth = 0) const;
  /// "path:line" for LineOfId(id, nth) (just "path" if unknown).
  std::string Where(std::string_view id, size_t nth = 0) const;

 private:
  std::string path_;
  std::string text_;
  nlohmann::json value_;
  /// Lines of every "id": "..." in the file, by id, in file order: built
  /// once, so that locating thousands of actors stays linear.
  std::unordered_map<std::string, std::vector<size_t>> id_lines_;
  void IndexIds();
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_JSON_SOURCE_H_
