// JsonErrorText: nlohmann::json's exception message without its tag, for
// kg's own "path:line: ..." errors (kg gives its own location).
//
//   catch (const nlohmann::json::exception& e) {
//     return kg::Status::ParseError(path, kg::JsonErrorText(e.what()));
//   }
//   // "[json.exception.out_of_range.406] number overflow parsing '1e999'"
//   //   -> "number overflow parsing '1e999'"
#ifndef KG_BASE_JSON_ERROR_H_
#define KG_BASE_JSON_ERROR_H_

#include <string_view>

namespace kg {

/// `what` without a leading "[json.exception.<kind>.<id>] "; other text is
/// returned as it is.
std::string_view JsonErrorText(std::string_view what);

}  // namespace kg

#endif  // KG_BASE_JSON_ERROR_H_
