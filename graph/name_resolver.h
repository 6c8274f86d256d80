// ResolveActor: the vertex a user means by a name typed on the command
// line - an id, a canonical name, any name seen in the text, or a person's
// surname - ignoring case and diacritics ("to lam" finds "Tô Lâm").
//
//   kg::Result<size_t> v = kg::graph::ResolveActor(g, "putin");
//   if (!v.ok()) std::cerr << v.status().ToString();
//   // unknown:   kNotFound "no actor \"Pution\"; close: Vladimir Putin, ..."
//   // ambiguous: kInvalidArgument "\"Kim\" is ambiguous: Kim Jong Un (kim-jong-un), ..."
//
// Names are compared folded: lowercase, Latin diacritics dropped, every run
// of other characters one space ("Tô-Lâm!" -> "to lam"). The tests, in
// order:
//   1. the exact id ("CHN");
//   2. the folded id ("chn", "xi jinping" for "xi-jinping");
//   3. the folded canonical name;
//   4. the folded names seen in the text (ActorNode::names);
//   5. persons' surnames: the last word of the name, or the first word when
//      a name seen other than the canonical one ends with it alone ("Xi" for
//      "Xi Jinping" seen as "President Xi": the family name comes first);
//   6. the first word of a person's name ("Kim" for Kim Jong Un, an East
//      Asian family name the text never wrote alone).
//   7. a run of two or more whole words of the canonical name or a name
//      seen ("Lula da Silva" for "Luiz Inácio Lula da Silva"; "States"
//      alone is not "United States").
// The first test that matches exactly one actor wins; several actors at the
// same test is ambiguous (a name seen beats a surname: "Washington" is the
// USA if the text called it so, before George Washington's surname).
//
// Errors (context "", so ToString() is the message):
//   kInvalidArgument "\"<name>\" is ambiguous: <Name> (<id>), ..." - up to
//     five actors sorted by name then id, then " and <k> more" if there are
//     more;
//   kNotFound "no actor \"<name>\"", plus "; close: <Name>, <Name>" listing
//     up to five actors whose folded id, name, a name seen or surname is
//     within max(1, L / 3) edits of the folded query, L its length
//     (Levenshtein distance in code points), nearest first, then by name,
//     then by id.
//
// Thread safety: reads `g` only.
#ifndef KG_GRAPH_NAME_RESOLVER_H_
#define KG_GRAPH_NAME_RESOLVER_H_

#include <string_view>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

/// The vertex `name` means, or the error above.
Result<size_t> ResolveActor(const KnowledgeGraph& g, std::string_view name);

}  // namespace kg::graph

#endif  // KG_GRAPH_NAME_RESOLVER_H_
