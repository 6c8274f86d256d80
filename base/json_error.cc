#include "base/json_error.h"

namespace kg {

std::string_view JsonErrorText(std::string_view what) {
  const size_t tag_end = what.find("] ");
  if (what.starts_with("[json.exception.") && tag_end != what.npos)
    what.remove_prefix(tag_end + 2);
  return what;
}

}  // namespace kg
