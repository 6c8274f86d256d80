#include "python/kg_warnings.h"

#include "base/message_escape.h"

namespace py = pybind11;

namespace kg::python {
namespace {

// Set once by AddWarningType; a module-lifetime reference.
PyObject* g_warning_type = nullptr;

}  // namespace

void AddWarningType(py::module_& m) {
  g_warning_type = PyErr_NewExceptionWithDoc(
      "kg._kg.KgWarning",
      "A warning from kg: what the kg command prints as \"kg: warning: ...\".",
      PyExc_UserWarning, nullptr);
  if (g_warning_type == nullptr) throw py::error_already_set();
  m.add_object("KgWarning", py::handle(g_warning_type));
}

void Warn(const std::string& message) {
  PyObject* type = g_warning_type != nullptr ? g_warning_type : PyExc_UserWarning;
  // stacklevel 2: the warning points at the caller's line, not kg's.
  // Escaped as kg prints it: one line, and valid UTF-8 for Python.
  const std::string line = EscapeForMessage(message);
  if (PyErr_WarnEx(type, line.c_str(), 2) != 0) throw py::error_already_set();
}

std::function<void(const std::string&)> WarningList::Reporter() const {
  std::shared_ptr<State> state = state_;
  return [state](const std::string& message) {
    std::lock_guard<std::mutex> lock(state->mutex);
    state->messages.push_back(message);
  };
}

void WarningList::Emit() {
  std::vector<std::string> messages;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    messages.swap(state_->messages);
  }
  for (const std::string& m : messages) Warn(m);
}

}  // namespace kg::python
