// Status -> Python exception for kg's bindings: a failed kg::Status is
// raised as kg.KgError carrying kg's one-line message - what the kg command
// prints after "kg: ", escaped the same way (EscapeForMessage: a file name
// with a newline or invalid UTF-8 stays one printable line) - with the
// StatusCode as its `code` attribute ("not_found", "parse_error", ...).
//
//   kg::Result<kg::extract::RulePack> pack = kg::pipeline::LoadPack(rules);
//   kg::python::ThrowIfError(pack.status());  // raises kg.KgError
//   auto& p = kg::python::Unwrap(pack);        // the same, then the value
#ifndef KG_PYTHON_STATUS_ERROR_H_
#define KG_PYTHON_STATUS_ERROR_H_

#include <stdexcept>
#include <string>
#include <utility>

#include "base/message_escape.h"
#include "base/status.h"

namespace kg::python {

/// Thrown by the bindings, translated to kg.KgError by module.cc.
class KgException : public std::runtime_error {
 public:
  explicit KgException(const Status& s)
      : std::runtime_error(EscapeForMessage(s.ToString())), code_(s.code()) {}
  StatusCode code() const { return code_; }

 private:
  StatusCode code_;
};

inline void ThrowIfError(const Status& s) {
  if (!s.ok()) throw KgException(s);
}

template <typename T>
T& Unwrap(Result<T>& r) {
  if (!r.ok()) throw KgException(r.status());
  return *r;
}

}  // namespace kg::python

#endif  // KG_PYTHON_STATUS_ERROR_H_
