#include "graph/cameo_category.h"

namespace kg::graph {

std::string_view CameoRootName(std::string_view code) {
  static constexpr std::string_view kNames[] = {
      "make public statement",
      "appeal",
      "express intent to cooperate",
      "consult",
      "engage in diplomatic cooperation",
      "engage in material cooperation",
      "provide aid",
      "yield",
      "investigate",
      "demand",
      "disapprove",
      "reject",
      "threaten",
      "protest",
      "exhibit force posture",
      "reduce relations",
      "coerce",
      "assault",
      "fight",
      "use unconventional mass violence",
  };
  if (code.size() != 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' ||
      code[1] > '9')
    return "";
  const int n = (code[0] - '0') * 10 + (code[1] - '0');
  return n >= 1 && n <= 20 ? kNames[n - 1] : "";
}

}  // namespace kg::graph
