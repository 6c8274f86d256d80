#include "base/status.h"

#include <cstring>

namespace kg {

Status Status::FromErrno(std::string_view context, int err) {
  return IOError(context, std::strerror(err));
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  if (context_.empty()) return detail_;
  return context_ + ": " + detail_;
}

std::string Location(std::string_view path, size_t line, size_t col) {
  std::string out(path);
  if (line == 0) return out;
  out += ":" + std::to_string(line);
  if (col != 0) out += ":" + std::to_string(col);
  return out;
}

}  // namespace kg
