// kg._kg: the extension behind `import kg` (python/kg/__init__.py wraps
// it). Each Bind*() adds one area's functions; errors are raised as
// kg.KgError (status_error.h).
#include <pybind11/pybind11.h>

#include "python/extract_bindings.h"
#include "python/graph_bindings.h"
#include "python/kg_warnings.h"
#include "python/shard_bindings.h"
#include "python/status_error.h"

namespace py = pybind11;

namespace {

const char* CodeName(kg::StatusCode code) {
  switch (code) {
    case kg::StatusCode::kOk: return "ok";
    case kg::StatusCode::kInvalidArgument: return "invalid_argument";
    case kg::StatusCode::kParseError: return "parse_error";
    case kg::StatusCode::kIOError: return "io_error";
    case kg::StatusCode::kNotFound: return "not_found";
    case kg::StatusCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace

PYBIND11_MODULE(_kg, m) {
  m.doc() = "kg's C++ core: extraction, graphs and their formats";
  m.attr("__version__") = KG_VERSION;

  // kg.KgError(message) with .code; raised for every failed kg::Status.
  static py::exception<kg::python::KgException> error(m, "KgError");
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const kg::python::KgException& e) {
      // An instance, not just the class and a message: it carries `code`.
      py::object exc = static_cast<py::object&>(error)(e.what());
      exc.attr("code") = CodeName(e.code());
      PyErr_SetObject(error.ptr(), exc.ptr());
    }
  });
  kg::python::AddWarningType(m);

  kg::python::BindExtract(m);
  kg::python::BindGraph(m);
  kg::python::BindShards(m);
}
