// Loose name matching: folding case and Latin diacritics, and the edit
// distance between folded names - for finding actors by what a user types
// and for making ids from names.
//
//   kg::FoldName("  TÔ LÂM! ")        == "to lam"
//   kg::FoldName("Nicolae Ceaușescu") == "nicolae ceausescu"
//   kg::FoldName("Łódź")              == "lodz"
//   kg::FoldName("Straße")            == "strasse"
//   kg::FoldName("xi-jinping")        == "xi jinping"
//   kg::EditDistance("pution", "putin") == 1
//
// A Latin letter folds to its lowercase ASCII base: Unicode compatibility
// decomposition, case folding and mark stripping (utf8proc) take off
// accents, cedillas, ogoneks, carons, commas below, horns and dots
// (é ç ą č ș ơ İ); letters with a stroke or a ligature that Unicode does
// not decompose are spelt out (ø -> o, ł -> l, đ -> d, ħ -> h, ı -> i,
// æ -> ae, œ -> oe, þ -> th, ß -> ss). Letters of other scripts are kept as
// written; every run of other characters (IsWordChar false) becomes one
// space; the result is trimmed.
#ifndef KG_BASE_NAME_FOLD_H_
#define KG_BASE_NAME_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

/// The folded form of `name`: lowercase ASCII for Latin letters, words
/// joined by one space.
std::string FoldName(std::string_view name);

/// Levenshtein distance between two UTF-8 strings, in code points.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace kg

#endif  // KG_BASE_NAME_FOLD_H_
