// ResolveActor: the vertex a user means by a name typed on the command
// line - an id, a canonical name, any name seen in the text, or a person's
// surname - ignoring case and diacritics ("to lam" finds "Tô Lâm").
//
//   kg::Result<size_t> v = kg::graph::ResolveActor(g, "putin");
//   if (!v.ok()) std::cerr << v.status().ToString();
//   // unknown:   kNotFound "no actor \"Pution\"; close: Vladimir Putin, ..."
//   // ambiguous: kInvalidArgument "\"Kim\" is ambiguous: Kim Jong Un (kim-jong-un), ..."
//
// Order of tests: exact id; then folded id, canonical name, names seen;
// then persons' surnames (the last word of the name, or the first of an
// East Asian name when that is how the text wrote it alone). The first test
// with exactly one actor wins; several at the same test is ambiguous. Close
// matches (up to five) are ranked by edit distance of folded names.
#ifndef KG_GRAPH_NAME_RESOLVER_H_
#define KG_GRAPH_NAME_RESOLVER_H_

#include <string_view>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

Result<size_t> ResolveActor(const KnowledgeGraph& g, std::string_view name);

}  // namespace kg::graph

#endif  // KG_GRAPH_NAME_RESOLVER_H_
