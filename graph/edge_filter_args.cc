#include "graph/edge_filter_args.h"

#include <cctype>

#include "graph/date_range.h"

namespace kg::graph {

std::vector<std::string> SplitCommaList(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const size_t comma = text.find(',');
    const std::string_view item = text.substr(0, comma);
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

Result<EdgeFilter> ParseEdgeFilter(const EdgeFilterArgs& args,
                                   const EdgeFilterArgNames& names) {
  EdgeFilter f;
  DateRange since, until;
  if (!args.since.empty() && !ParseDateArgument(args.since, &since))
    return Status::InvalidArgument(
        std::string(names.since),
        "bad date \"" + args.since + "\" (want YYYY[-MM[-DD]])");
  if (!args.until.empty() && !ParseDateArgument(args.until, &until))
    return Status::InvalidArgument(
        std::string(names.until),
        "bad date \"" + args.until + "\" (want YYYY[-MM[-DD]])");
  if (!args.since.empty() || !args.until.empty())
    f.window = DateRange{args.since.empty() ? kOpenStart : since.start,
                         args.until.empty() ? kOpenEnd : until.end};
  f.include_undated = args.undated;
  for (const std::string& c : args.categories) {
    if (c.empty()) continue;
    // "4" is "04": codes are two digits in triples, one is how people say
    // them.
    const std::string code = c.size() == 1 ? "0" + c : c;
    if (code.size() != 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
        !std::isdigit(static_cast<unsigned char>(code[1])) || code < "01" ||
        code > "20")
      return Status::InvalidArgument(
          std::string(names.category),
          "\"" + c + "\" is not a CAMEO root code 01-20");
    f.categories.insert(code);
  }
  for (const std::string& r : args.relations)
    if (!r.empty()) f.relations.insert(r);
  for (const std::string& q : args.quads) {
    if (q.empty()) continue;
    if (q.size() != 1 || q[0] < '1' || q[0] > '4')
      return Status::InvalidArgument(std::string(names.quad),
                                     "\"" + q + "\" is not a quad class 1-4");
    f.quad_classes.insert(q[0] - '0');
  }
  return f;
}

}  // namespace kg::graph
