// kg._kg.Graph: a KnowledgeGraph in Python, wrapped by python/kg/graph.py
// (kg.Graph). The C++ side builds, loads and saves graphs through the
// libraries the CLI uses (pipeline::BuildGraph, exporter::WriteGraphFormat,
// base/output_files.h) and answers queries as the JSON text `kg path
// --json` etc. print (graph/report.h), which kg.Graph parses: the same
// answers by construction. Every build, load, save and query releases the
// GIL; errors are kg.KgError with kg's message.
//
//   g = _kg.Graph.build(["examples/xi-foreign-policy.txt"], "diplomacy", 0, True, False)
//   g.paths_json("carney", "putin", False, False, False, 0, 100,
//                ("", "", False, [], [], []))       # '{"paths":[...]}'
#ifndef KG_PYTHON_GRAPH_BINDINGS_H_
#define KG_PYTHON_GRAPH_BINDINGS_H_

#include <pybind11/pybind11.h>

namespace kg::python {

void BindGraph(pybind11::module_& m);

}  // namespace kg::python

#endif  // KG_PYTHON_GRAPH_BINDINGS_H_
