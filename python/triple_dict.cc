#include "python/triple_dict.h"

#include <cmath>

namespace py = pybind11;

namespace kg::python {

py::str Utf8Str(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()),
                                     "replace");
  if (o == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

py::dict TripleDict(const Triple& t) {
  py::dict d;
  // Keys in ToJsonLine's order: dicts keep insertion order, json.dumps
  // writes it.
  d["doc"] = Utf8Str(t.doc);
  d["subject"] = Utf8Str(t.subject);
  d["relation"] = Utf8Str(t.relation);
  d["category"] = Utf8Str(t.category);
  d["object"] = Utf8Str(t.object);
  d["date"] = t.date ? py::object(Utf8Str(*t.date)) : py::object(py::none());
  d["subject_id"] = Utf8Str(t.subject_id);
  d["object_id"] = Utf8Str(t.object_id);
  d["subject_type"] = Utf8Str(t.subject_type);
  d["object_type"] = Utf8Str(t.object_type);
  d["subject_code"] = Utf8Str(t.subject_code);
  d["object_code"] = Utf8Str(t.object_code);
  d["subject_text"] = Utf8Str(t.subject_text);
  d["object_text"] = Utf8Str(t.object_text);
  d["quad_class"] = t.quad_class;
  d["symmetric"] = t.symmetric;
  d["date_source"] = Utf8Str(DateSourceName(t.date_source));
  d["negated"] = t.negated;
  d["hypothetical"] = t.hypothetical;
  d["section"] = Utf8Str(t.section);
  d["sentence"] = Utf8Str(t.sentence);
  py::list span;
  span.append(t.span_begin);
  span.append(t.span_end);
  d["span"] = span;
  d["rule"] = Utf8Str(t.rule);
  // Rounded as the JSON line rounds it (base/triple_json.cc).
  const double confidence = std::round(t.confidence * 100) / 100;
  d["confidence"] = std::isfinite(confidence) ? py::object(py::float_(confidence))
                                              : py::object(py::none());
  return d;
}

}  // namespace kg::python
