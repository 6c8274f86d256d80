#include "extract/internal/name_trie.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {
namespace {

// Longest() as "length:index", "0" for no match (then the index must be
// left as it was).
std::string Longest(const NameTrie& trie, std::string_view text,
                    size_t pos = 0) {
  int which = -7;
  const size_t n = trie.Longest(text, pos, &which);
  if (n == 0) return which == -7 ? "0" : "0 but index set";
  return std::to_string(n) + ":" + std::to_string(which);
}

TEST_CASE("NameTrie::Longest: the longest name, and its index") {
  const NameTrie trie({"Niger", "Nigeria", "New York", "New Zealand", "N",
                       "Côte d'Ivoire", "中国", "中华人民共和国"});
  struct Row {
    std::string_view text;
    size_t pos;
    std::string_view want;
  };
  const Row rows[] = {
      {"Niger", 0, "5:0"},
      {"Nigeria", 0, "7:1"},
      {"Nigeria's army", 0, "7:1"},
      {"Nigerian", 0, "7:1"},  // a prefix of the word: Longest does not care
      {"Nigerxyz", 0, "5:0"},  // "Nigeria" fails after "Niger": falls back
      {"Nige", 0, "1:4"},      // only "N" ends on the way
      {"New York City", 0, "8:2"},
      {"New Zealand", 0, "11:3"},
      {"New Jersey", 0, "1:4"},
      {"Paris", 0, "0"},
      {"", 0, "0"},
      {"niger", 0, "0"},  // case matters without folding
      {"in Nigeria", 3, "7:1"},
      {"in Nigeria", 2, "0"},   // at the space
      {"in Nigeria", 10, "0"},  // at the end
      {"Niger", 5, "0"},
      {"Côte d'Ivoire and Ghana", 0, "14:5"},  // "ô" is 2 bytes
      {"Côte", 0, "0"},
      {"Cote d'Ivoire", 0, "0"},
      {"中国外交部", 0, "6:6"},
      {"中华人民共和国主席", 0, "21:7"},
      {"中华", 0, "0"},
      {"在中国", 3, "6:6"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.pos);
    CHECK(Longest(trie, r.text, r.pos) == r.want);
  }
}

TEST_CASE("NameTrie: fold_ascii_case folds ASCII letters only") {
  const NameTrie folded({"Niger", "Côte d'Ivoire", "USA"},
                        /*fold_ascii_case=*/true);
  const NameTrie exact({"Niger", "Côte d'Ivoire", "USA"});
  struct Row {
    std::string_view text;
    std::string_view folded;
    std::string_view exact;
  };
  const Row rows[] = {
      {"Niger", "5:0", "5:0"},
      {"NIGER", "5:0", "0"},
      {"niger", "5:0", "0"},
      {"nIgEr", "5:0", "0"},
      {"usa", "3:2", "0"},
      {"CôTE D'IVOIRE", "14:1", "0"},
      {"CÔTE D'IVOIRE", "0", "0"},  // "Ô" is not ASCII: not folded
      {"côte d'ivoire", "14:1", "0"},
      {"N1GER", "0", "0"},
      // '@' (0x40) and '[' (0x5B) sit next to 'A' and 'Z': not letters.
      {"@SA", "0", "0"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(Longest(folded, r.text) == r.folded);
    CHECK(Longest(exact, r.text) == r.exact);
  }
  // Names are folded too: an upper-case name finds lower-case text.
  const NameTrie upper({"NIGER"}, true);
  CHECK(Longest(upper, "niger") == "5:0");
  CHECK(upper.StartsWord("niger delta", 0, ' '));
  // '[' would fold to '{' if the range were wrong.
  const NameTrie bracket({"{x"}, true);
  CHECK(Longest(bracket, "[x") == "0");
  CHECK(Longest(bracket, "{X") == "2:0");
}

TEST_CASE("NameTrie: empty tries and empty or repeated names") {
  const NameTrie none;
  CHECK(none.empty());
  CHECK(Longest(none, "Niger") == "0");
  CHECK_FALSE(none.StartsWord("Niger ", 0, ' '));

  const NameTrie from_empty_list(std::vector<std::string>{});
  CHECK(from_empty_list.empty());
  CHECK(Longest(from_empty_list, "Niger") == "0");

  const NameTrie only_empty_name({""});
  CHECK(only_empty_name.empty());
  CHECK(Longest(only_empty_name, "") == "0");
  CHECK(Longest(only_empty_name, "x") == "0");
  CHECK_FALSE(only_empty_name.StartsWord(" ", 0, ' '));

  // An empty name is skipped but keeps the indices of the others.
  const NameTrie with_empty({"", "Mali"});
  CHECK_FALSE(with_empty.empty());
  CHECK(Longest(with_empty, "Mali") == "4:1");

  // A name given twice keeps its first index, also when folding merges
  // two spellings.
  const NameTrie twice({"Chad", "Mali", "Chad"});
  CHECK(Longest(twice, "Chad") == "4:0");
  const NameTrie folded_twice({"Mali", "MALI", "mali"}, true);
  CHECK(Longest(folded_twice, "mAlI") == "4:0");
  const NameTrie exact_spellings({"Mali", "MALI", "mali"});
  CHECK(Longest(exact_spellings, "MALI") == "4:1");
  CHECK(Longest(exact_spellings, "mali") == "4:2");
}

TEST_CASE("NameTrie::StartsWord: a name followed by the given byte") {
  const NameTrie trie({"Niger", "Nigeria", "中国"});
  struct Row {
    std::string_view text;
    size_t pos;
    char next;
    bool want;
  };
  const Row rows[] = {
      {"Niger Delta", 0, ' ', true},
      {"Nigeria is", 0, ' ', true},  // the longer name
      {"Nigerian army", 0, ' ', false},
      {"Niger", 0, ' ', false},  // nothing follows
      {"Nigeria", 0, ' ', false},
      {"Niger,", 0, ' ', false},
      {"Niger,", 0, ',', true},
      {"Nigeria,", 0, ',', true},
      {"Nige ", 0, ' ', false},
      {"the Niger river", 4, ' ', true},
      {"the Niger river", 3, ' ', false},
      {"the Niger river", 5, ' ', false},
      {"niger delta", 0, ' ', false},  // no folding
      {"中国 and", 0, ' ', true},
      {"中国人", 0, ' ', false},
      {"", 0, ' ', false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.pos);
    CHECK(trie.StartsWord(r.text, r.pos, r.next) == r.want);
  }
}

TEST_CASE("NameTrie::Prefixes: every name at the position, shortest first") {
  const NameTrie trie({"New", "New York", "New York City", "Ne", "York"});
  size_t lengths[8];
  CHECK(trie.Prefixes("New York City Hall", 0, lengths, 8) == 4);
  CHECK(lengths[0] == 2);
  CHECK(lengths[1] == 3);
  CHECK(lengths[2] == 8);
  CHECK(lengths[3] == 13);
  CHECK(trie.Prefixes("New Yorker", 0, lengths, 8) == 3);  // "New York" too
  CHECK(lengths[2] == 8);
  CHECK(trie.Prefixes("in New York", 3, lengths, 8) == 3);
  CHECK(trie.Prefixes("in New York", 2, lengths, 8) == 0);
  CHECK(trie.Prefixes("in New York", 11, lengths, 8) == 0);
  CHECK(trie.Prefixes("", 0, lengths, 8) == 0);
  // Past `max`, the count goes on and the lengths are not stored.
  lengths[1] = 99;
  CHECK(trie.Prefixes("New York City", 0, lengths, 1) == 4);
  CHECK(lengths[0] == 2);
  CHECK(lengths[1] == 99);
  const NameTrie folded({"Prime Minister", "prime"}, true);
  CHECK(folded.Prefixes("PRIME MINISTER Abe", 0, lengths, 8) == 2);
  CHECK(lengths[0] == 5);
  CHECK(lengths[1] == 14);
}

TEST_CASE("NameTrie: a node with many children (a table of 256)") {
  std::vector<std::string> names;
  for (char c = 'a'; c <= 'z'; ++c) names.push_back(std::string("A") + c);
  names.push_back("Azure Coast");
  const NameTrie trie(names);
  int which = -1;
  CHECK(trie.Longest("Am", 0, &which) == 2);
  CHECK(which == 12);
  CHECK(trie.Longest("Azure Coast", 0, &which) == 11);
  CHECK(which == 26);
  CHECK(trie.Longest("AZ", 0, &which) == 0);
  CHECK(trie.Longest("A", 0, &which) == 0);
  CHECK(trie.StartsWord("Aq said", 0, ' '));
  CHECK_FALSE(trie.StartsWord("A7 said", 0, ' '));
  size_t lengths[4];
  CHECK(trie.Prefixes("Azure Coast", 0, lengths, 4) == 2);
  const NameTrie folded(names, true);
  CHECK(folded.Longest("AZURE COAST", 0, &which) == 11);
  CHECK(folded.Longest("aB", 0, &which) == 2);
}

}  // namespace
}  // namespace kg::extract::internal
