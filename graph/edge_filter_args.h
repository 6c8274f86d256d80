// ParseEdgeFilter: the EdgeFilter a user's textual options describe - the
// dates, categories, quad classes and relations of `kg path`, `kg
// neighbors`, `kg stats`, `kg actors` and of the Python module's queries -
// with errors that name the option as the caller spells it.
//
//   kg::graph::EdgeFilterArgs args;
//   args.since = "2015";
//   args.categories = kg::graph::SplitCommaList("4,05");   // {"4", "05"}
//   kg::Result<kg::graph::EdgeFilter> f =
//       kg::graph::ParseEdgeFilter(args, kg::graph::kCliFilterNames);
//   // f->window covers 2015-01-01 on, f->categories == {"04", "05"}
//   args.quads = {"7"};
//   ParseEdgeFilter(args, kg::graph::kCliFilterNames).status().ToString()
//       == "--quad: \"7\" is not a quad class 1-4"
//
// The rules (the same for every caller):
//   since, until  "YYYY[-MM[-DD]]" (ParseDateArgument); the window runs from
//                 since's first day to until's last; "" leaves that end open
//                 and both "" mean no window. Bad: <since>: bad date "x"
//                 (want YYYY[-MM[-DD]]).
//   undated       with a window, keep undated edges too.
//   categories    CAMEO root codes "01"-"20"; one digit is the code with a
//                 leading zero ("4" is "04"). Bad: <category>: "99" is not a
//                 CAMEO root code 01-20.
//   quads         "1"-"4". Bad: <quad>: "7" is not a quad class 1-4.
//   relations     exact relation names, taken as given.
// Empty items (from "4,,5") are ignored.
#ifndef KG_GRAPH_EDGE_FILTER_ARGS_H_
#define KG_GRAPH_EDGE_FILTER_ARGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "graph/edge_filter.h"

namespace kg::graph {

/// The options as text, before they are checked.
struct EdgeFilterArgs {
  std::string since, until;  ///< "" for none
  bool undated = false;
  std::vector<std::string> categories;  ///< "04", "4"
  std::vector<std::string> quads;       ///< "1".."4"
  std::vector<std::string> relations;   ///< "meet", "sign agreement"
};

/// How a caller names its options: the context of ParseEdgeFilter's errors.
struct EdgeFilterArgNames {
  std::string_view since, until, category, quad;
};

/// The command line's names.
inline constexpr EdgeFilterArgNames kCliFilterNames{"--since", "--until",
                                                   "--category", "--quad"};

/// "04,05" -> {"04", "05"}; "" -> {}; empty items dropped ("a,,b").
std::vector<std::string> SplitCommaList(std::string_view text);

/// The filter `args` describe; kInvalidArgument naming the option (`names`)
/// for the first value that is not what the option takes.
Result<EdgeFilter> ParseEdgeFilter(const EdgeFilterArgs& args,
                                   const EdgeFilterArgNames& names);

}  // namespace kg::graph

#endif  // KG_GRAPH_EDGE_FILTER_ARGS_H_
