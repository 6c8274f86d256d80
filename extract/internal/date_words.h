// Internal: the word-level tests that date reading needs: normalizing a
// phrase for comparison, the words around a number, and the word lists that
// tell a year from an amount, a code or a count.
//
//   Words("Up\u00A0 To");              // "up to"
//   WordBefore("Resolution 2758", 11); // "Resolution"
//   IsAmountWord("billion");           // true: "2000 billion" is no year
//   CountWord("three");                // 3
//
// The word lists are ASCII. Every function is pure and thread-safe.
#ifndef KG_EXTRACT_INTERNAL_DATE_WORDS_H_
#define KG_EXTRACT_INTERNAL_DATE_WORDS_H_

#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

namespace kg::extract::internal {

/// ASCII '0'-'9'.
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
/// ASCII letter or digit.
inline bool IsAlnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

/// The value of the leading digits of `s` ("12th" -> 12; 0 if none).
int ToInt(std::string_view s);

/// `s` lower-cased, with each run of white space as one space and none at
/// the ends. Non-ASCII bytes (no-break and thin spaces) count as white space.
std::string Words(std::string_view s);

/// The run of non-space bytes that ends right before `pos`, skipping spaces
/// ("" at the start).
std::string_view WordBefore(std::string_view s, size_t pos);
/// The run of ASCII letters after `pos`, skipping spaces ("" if none).
std::string_view WordAfter(std::string_view s, size_t pos);

/// True iff `word` equals one of `set`.
bool OneOf(std::string_view word, std::initializer_list<std::string_view> set);

/// The number a count word names: digits ("12"), "a"/"an"/"one" ... "twelve"
/// (lower case); 0 for anything else.
int CountWord(std::string_view w);

/// True iff a 4-digit number after `word` is a name or an index, not a year
/// ("Resolution 2758", "Flight 1549"). Any case.
bool IsNumberLabel(std::string_view word);
/// True iff a number followed by `word` is an amount ("2000 km"). Any case.
bool IsAmountWord(std::string_view word);
/// True iff `before` ends with a currency sign ($ # £ € ¥).
bool EndsWithCurrency(std::string_view before);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_DATE_WORDS_H_
