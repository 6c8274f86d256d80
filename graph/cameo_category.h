// CameoRootName: what a CAMEO root code means, for reports that show codes
// to people (`kg stats`).
//
//   kg::graph::CameoRootName("04");  // "consult"
//   kg::graph::CameoRootName("4");   // "" - codes are two digits
//   kg::graph::CameoRootName("21");  // "" - not a root code
#ifndef KG_GRAPH_CAMEO_CATEGORY_H_
#define KG_GRAPH_CAMEO_CATEGORY_H_

#include <string_view>

namespace kg::graph {

/// The lowercase name of CAMEO root code "01".."20" (the CAMEO 1.1b3
/// codebook's event root names), or "" for anything else.
std::string_view CameoRootName(std::string_view code);

}  // namespace kg::graph

#endif  // KG_GRAPH_CAMEO_CATEGORY_H_
