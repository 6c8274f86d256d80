// Loose name matching: folding case and Latin diacritics, and the edit
// distance between folded names - for finding actors by what a user types.
//
//   kg::extract::FoldName("  TÔ LÂM! ")   == "to lam"
//   kg::extract::FoldName("xi-jinping")   == "xi jinping"
//   kg::extract::FoldName("Straße")       == "strasse"
//   kg::extract::EditDistance("pution", "putin") == 1
//
// Letters of other scripts are kept as written; every run of other
// characters becomes one space; the result is trimmed.
#ifndef KG_EXTRACT_NAME_FOLD_H_
#define KG_EXTRACT_NAME_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::extract {

/// Lowercase ASCII for Latin letters (Latin-1, Latin Extended-A,
/// Vietnamese; ß -> ss, æ -> ae, œ -> oe, ð -> d), words joined by one space.
std::string FoldName(std::string_view name);

/// Levenshtein distance between two UTF-8 strings, in code points.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace kg::extract

#endif  // KG_EXTRACT_NAME_FOLD_H_
