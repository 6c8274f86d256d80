// Warnings of the Python module: what kg's commands print as "kg: warning:
// ..." (an empty file, invalid UTF-8 replaced, an html page past its size)
// is issued as a Python warning of class kg.KgWarning (a UserWarning), the
// message kg's text without the prefix ("b.txt: empty file"), escaped as
// kg escapes it (EscapeForMessage).
//
//   kg::python::WarningList warnings;          // reporter for any thread
//   reader = DocumentReader(inputs, warnings.Reporter());
//   ... (GIL released) ...
//   warnings.Emit();                           // with the GIL: warnings.warn
#ifndef KG_PYTHON_KG_WARNINGS_H_
#define KG_PYTHON_KG_WARNINGS_H_

#include <pybind11/pybind11.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace kg::python {

/// Creates kg.KgWarning in `m` (module.cc, once).
void AddWarningType(pybind11::module_& m);

/// Issues one warning (needs the GIL). Raises (error_already_set) when the
/// warnings filter turns it into an exception.
void Warn(const std::string& message);

/// Warnings gathered on any thread, issued later with the GIL.
class WarningList {
 public:
  WarningList() : state_(std::make_shared<State>()) {}
  /// A reporter that appends to this list; safe to copy to other threads
  /// (it shares the list).
  std::function<void(const std::string&)> Reporter() const;
  /// Issues the gathered warnings in order and clears the list.
  void Emit();

 private:
  struct State {
    std::mutex mutex;
    std::vector<std::string> messages;
  };
  std::shared_ptr<State> state_;
};

}  // namespace kg::python

#endif  // KG_PYTHON_KG_WARNINGS_H_
