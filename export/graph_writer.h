// Graph writers: a KnowledgeGraph to the formats other tools load. Each
// writer writes to a std::ostream (opening files is the CLI's job) and is
// deterministic: the same graph gives the same bytes.
//
//   kg::exporter::WriteGraphML(graph, std::cout);
//   kg::exporter::WriteNodeLinkJson(graph, out);
//
// The formats and the traps of their readers are in ../shared/docs/formats.md.
//
// Affiliation edges (graph::EdgeKind::kAffiliation, pipeline/affiliations.h)
// are shown apart in every format, and only a graph that has one mentions
// kinds at all, so an event-only graph is written byte for byte as before:
// GraphML key "kind" and node-link / Cytoscape key "kind" ("event" or
// "affiliation") on every edge; GEXF attribute "edge_kind" (GEXF 1.3's own
// `kind` already holds the relation); DOT a dashed grey edge and a legend
// row; CSV :TYPE AFFILIATED_WITH. Their labels carry no date (the date is
// their evidence's, not when the affiliation held).
#ifndef KG_EXPORT_GRAPH_WRITER_H_
#define KG_EXPORT_GRAPH_WRITER_H_

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {

/// The weight every format gives an edge: its confidence, or 1e-6 when the
/// confidence is not a positive number - readers drop edges of weight 0
/// (Gephi) or take them for missing links.
double EdgeWeight(const graph::EventEdge& e);

/// GraphML for Gephi, yEd, NetworkX, igraph and boost::read_graphml:
/// node ids are the actor ids (XML-escaped), so a reader's node keys are
/// the ids kg's commands take:
///   G = nx.read_graphml("g.graphml"); nx.shortest_path(G, "ann", "CUB")
/// An actor id that XML cannot carry unchanged (empty, a control
/// character, invalid UTF-8) gets "kg-vertex-<vertex>" instead ("_"
/// appended while an actor has that id). Edge ids are e<number>. Typed keys
/// are named after their attributes, none a reader's reserved name (the
/// actor id is also attribute kg_id, not "id", which igraph and NetworkX
/// keep for element ids); explicit edgedefault="directed", a label on nodes
/// and edges, weight = confidence (never 0), XML escaping, control
/// characters removed.
void WriteGraphML(const graph::KnowledgeGraph& g, std::ostream& out);

/// NetworkX node-link JSON, one line and a final newline:
///   {"directed":true,"multigraph":true,"graph":{},"nodes":[...],
///    "links":[...],"edges":[...]}
/// "links" and "edges" hold the same array, so networkx.node_link_graph
/// loads it both before 3.4 (links) and from 3.6 (edges) as a
/// MultiDiGraph. A node is {"id": actor id, "label" (= name), "name",
/// "type", "code", "names" (array), "mentions", "first_date", "last_date"}.
/// An edge is {"source", "target" (actor ids), "key" (the edge number,
/// unique), "relation", "kind" (only in a graph with an affiliation), "category", "quad_class", "date", "date_start",
/// "date_end", "date_source", "symmetric", "doc", "section", "sentence",
/// "span" ([begin, end]), "rule", "confidence", "weight"}.
///  - Absent values are null: "date" of an undated edge, an actor's empty
///    first/last date, and "date_start"/"date_end" (the ISO days,
///    YYYY-MM-DD, that the EDTF date covers) when undated or open ("2018/..").
///  - "weight" is the confidence, or 1 when it is not positive (readers
///    treat weight 0 as no edge). Doubles are the shortest round-trip form;
///    NaN and infinity become null.
///  - Keys are in the fixed order above; nodes and edges in vertex/edge
///    number order. Control characters are \u escaped (kept); invalid UTF-8
///    becomes U+FFFD. Never throws for any string content.
void WriteNodeLinkJson(const graph::KnowledgeGraph& g, std::ostream& out);

/// Cytoscape.js elements JSON, one line and a final newline:
///   {"elements":{"nodes":[{"data":{"id":"n0","kg_id":...}}],
///                "edges":[{"data":{"id":"e0","source":"n0",...}}]}}
/// Ids are synthetic ("n<vertex>", "e<edge number>") because Cytoscape.js
/// needs them unique across nodes and edges and an actor may be called
/// "e0"; the actor id is "kg_id". Node data then has the node-link node
/// fields from "label" on; edge data has "label" and "interaction" (the
/// relation: Cytoscape desktop's relation column) and then the node-link
/// edge fields from "relation" on, with the same null and number rules.
void WriteCytoscapeJson(const graph::KnowledgeGraph& g, std::ostream& out);

/// GEXF for Gephi (formats.md section 2), dynamic: timeformat="date" and
/// ISO days, so Gephi's timeline works.
///  - Ids are synthetic (n<vertex>, e<number>); the actor id is attribute
///    kg_id. Nodes have a label (the name), static attributes kg_id, type,
///    code, mentions, first_date, last_date and a viz:color by actor type.
///  - One edge per (source, target, relation) as graph::Aggregate groups
///    them (symmetric relations: type="undirected" in 1.3, "mutual" in
///    1.2, which NetworkX 2.x reads as an edge each way): label and (1.3 only)
///    kind = the relation, weight = the number of mentions, attributes
///    relation, category, quad_class, symmetric, mentions, dates (the EDTF
///    of its dated mentions, "; "-separated), precision (their distinct
///    precisions: year, month, day, decade, century, interval), confidence
///    (the highest), viz:color by CAMEO quad class (Okabe-Ito).
///  - Each dated mention's days (EventEdge::when) become a <spell> with
///    start/end YYYY-MM-DD (none for an open end), overlapping spells
///    united. An edge with an undated mention has no spells (always
///    present). A node's spell runs from its first to its last edge day;
///    a node with no edge or an always-present edge has none.
///  - version "1.3" (default): namespace http://gexf.net/1.3,
///    timerepresentation="interval", kind; "1.2" (or "1.2draft"):
///    http://www.gexf.net/1.2draft, neither (for NetworkX 2.x, which
///    cannot read 1.3). viz is in <ns>/viz as Gephi and NetworkX expect;
///    the 1.2draft RELAX NG puts it in the main namespace instead.
///  - XML escaping, characters XML forbids dropped (internal::XmlEscape).
struct GexfOptions {
  std::string version = "1.3";  ///< "1.3" or "1.2"
};
void WriteGexf(const graph::KnowledgeGraph& g, const GexfOptions& options,
               std::ostream& out);

/// One self-contained HTML page (`kg build -o graph.html`) that works
/// offline: the template viewer/kg_view.html with its styles, Cytoscape.js
/// and fcose (third_party/, their licences in a text/plain script) and the
/// viewer's script inline, and the graph as JSON in
/// <script type="application/json" id="kg-data">:
///   {"format":"kg-view","version":1,
///    "actors":[{"id","name","type","code","names":[...],
///               "keys":{"id","name","seen":[...],"surname","first"}}],
///    "edges":[{"source","target" (actor numbers: indexes into "actors"),
///              "kind" ("event" or "affiliation"),"relation","category",
///              "quad_class","date" (EDTF or ""),"start","end" (the days
///              the date covers, counted from 1970-01-01; null when open or
///              undated),"symmetric","doc","offset","section","sentence",
///              "rule","confidence"}],
///    "categories":{"04":"consult",...} (the CAMEO roots the edges use),
///    "start":null | {"window":{"from":"YYYY-MM-DD","to":"YYYY-MM-DD"}}
///            | {"ego":"<actor id>"}}
/// "keys" are the actor's names folded as graph::ResolveActor folds them
/// (FoldName; surname and first word for persons), so the page's search
/// resolves names as kg does. Every '<', '>' and '&' of the JSON is written
/// \u003c, \u003e, \u0026 (a sentence "</script>" cannot end the script)
/// and "</script" in the inlined scripts as "<\/script". Actors and edges
/// in number order; deterministic.
/// Past kHtmlMaxActors actors or kHtmlMaxEdges edges the page would not stay
/// interactive: "start" then sets the first view - the last 365 days of the
/// dated edges, or (no dated edge) the neighbourhood of the actor with the
/// most edges - and HtmlSizeWarning says so.
///   std::ofstream f("g.html"); kg::exporter::WriteHtml(graph, f);
inline constexpr size_t kHtmlMaxActors = 5000;
inline constexpr size_t kHtmlMaxEdges = 20000;
void WriteHtml(const graph::KnowledgeGraph& g, std::ostream& out);
/// The one-line warning for a graph past those sizes (no "kg: warning: "
/// prefix, no newline), or "" when the page shows it whole.
std::string HtmlSizeWarning(const graph::KnowledgeGraph& g);

/// Neo4j bulk-import CSV (neo4j-admin database import; Gephi's spreadsheet
/// import and Python's csv module read it too): comma-separated, "\n" line
/// ends, a header line, one row per actor / edge in number order.
///   nodes: id:ID,name,type,code,names:string[],mentions:int,first_date,
///          last_date,:LABEL
///   edges: :START_ID,:END_ID,:TYPE,relation,category,quad_class:int,date,
///          date_start,date_end,date_source,symmetric:boolean,doc,section,
///          sentence,span_begin:long,span_end:long,rule,confidence:double
/// Quoting (RFC 4180): every string field is quoted, embedded '"' doubled;
/// numbers and booleans are not. A backslash is an ordinary character
/// (Neo4j's default, not --legacy-style-quoting). Newlines inside a field
/// are kept inside its quotes: import with --multiline-fields=true. NUL and
/// the other control characters (U+0000-U+001F but tab and newline, and
/// U+007F) are dropped; other bytes pass unchanged (no UTF-8 repair).
///  - An absent value is an empty unquoted field, which Neo4j imports as no
///    property: an actor's empty first/last date, an undated edge's date,
///    date_start and date_end (ISO days, as in the JSON), a NaN or infinite
///    confidence. "" is an empty string.
///  - names:string[] is the names joined with ';' (Neo4j's array
///    delimiter). Neo4j has no escape for it, so a ';' inside a name is
///    written as U+FF1B FULLWIDTH SEMICOLON.
///  - :LABEL is "Actor;<Type>", the type with its first letter uppercased
///    and ASCII characters other than letters and digits as '_' ("armed
///    group" -> Actor;Armed_group); just "Actor" when the type is empty.
///  - :TYPE is the relation with ASCII letters uppercased and spaces as '_'
///    ("sign agreement" -> SIGN_AGREEMENT), or RELATED when it is empty;
///    AFFILIATED_WITH for every affiliation edge.
///  - confidence is the shortest round-trip double, locale-independent.
void WriteNodesCsv(const graph::KnowledgeGraph& g, std::ostream& out);
void WriteEdgesCsv(const graph::KnowledgeGraph& g, std::ostream& out);

/// What WriteDot draws.
///   multi   false  one edge per (subject, object, relation): graph::Aggregate
///   around  none   draw the whole graph; else only this vertex's neighbourhood
///   depth   1      hops (undirected, through edges `filter` accepts) of `around`
///   filter  all    the edges that are drawn (and walked for `around`)
struct DotOptions {
  bool multi = false;            ///< draw every mention instead of aggregating
  std::optional<size_t> around;  ///< vertex whose neighbourhood is drawn
  size_t depth = 1;
  graph::EdgeFilter filter;
};

/// Graphviz DOT for a diagram (dot -Tsvg), deterministic:
///  - a non-strict `digraph "kg"` (strict would merge parallel edges); every
///    id is quoted and synthetic ("n<vertex>"), so an actor
///    called `node` or `graph` cannot clash with a keyword.
///  - nodes: label = name, shape by type: person ellipse, country box,
///    organization and group hexagon, anything else note. Without `around`,
///    the actors at an end of a drawn edge; with it, every actor within
///    `depth` hops of `around` (itself drawn with penwidth=2) and the edges
///    between them. An out-of-range `around` draws no actor.
///  - aggregated edges (default), in graph::Aggregate order: label
///    "relation (first–last) ×count", the dates from the dated mentions
///    ("relation (first) ×count" when first == last, no dates when none is
///    dated) and " ×count" only for count > 1: "met (2023-03-20)",
///    "met (2023-03-20–2023-04) ×2", "criticize" (one undated mention);
///    penwidth = min(count, 8); tooltip = the mentions' sentences, one a
///    line, at most 5 then "(+N more)". `multi`: each accepted edge in
///    edge-number order, label "relation (date)", penwidth 1, tooltip = its
///    sentence. Symmetric relations are drawn dir=none. Affiliation edges:
///    label "affiliated with", color #999999, style=dashed, and a legend
///    row "affiliation | dashed grey: person to country or organization"
///    when one is drawn.
///  - colour by CAMEO quad class (Okabe-Ito): 1 verbal cooperation #56B4E9,
///    2 material cooperation #009E73, 3 verbal conflict #E69F00, 4 material
///    conflict #D55E00, other #999999; the legend naming the four is the
///    graph's label, an HTML table (labelloc=b, labeljust=l), so every
///    engine draws it below the drawing, never among the nodes.
///  - layout=dot up to 300 drawn edges; beyond, layout=sfdp with
///    overlap=prism, splines=false, outputorder=edgesfirst: straight edges
///    render 1,000 edges in about a second, where splines=true takes minutes.
///  - strings: `\` -> `\\`, `"` -> `\"`, LF -> `\n` (escString), tab ->
///    space, other control characters (CR, U+0001, DEL) dropped, invalid
///    UTF-8 -> U+FFFD (one per bad byte). So "\N" in a name is shown as written.
void WriteDot(const graph::KnowledgeGraph& g, const DotOptions& options, std::ostream& out);

}  // namespace kg::exporter

#endif  // KG_EXPORT_GRAPH_WRITER_H_
