#include "extract/internal/required_words.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>

#include "extract/internal/text_util.h"

namespace kg::extract::internal {
namespace {

// The Kelvin sign and the long s: (?i) folds them into ASCII k and s, so a
// class or literal that holds them may match a word character.
bool FoldsToAsciiWord(uint32_t cp) { return cp == 0x17F || cp == 0x212A; }

// Whether a character class range holds a character that can take part in
// an ASCII word run.
bool RangeMayBeWord(uint32_t lo, uint32_t hi) {
  auto overlaps = [&](uint32_t a, uint32_t b) { return lo <= b && a <= hi; };
  return overlaps('0', '9') || overlaps('A', 'Z') || overlaps('a', 'z') ||
         overlaps('_', '_') || overlaps(0x17F, 0x17F) ||
         overlaps(0x212A, 0x212A);
}

std::string Utf8(uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Past this many strings a node's exact set is dropped: its words are then
// read from its parts.
constexpr size_t kMaxExact = 64;

// The most clauses an alternation gives, one per choice of a clause in
// each branch.
constexpr size_t kMaxChoices = 16;

// The shortest start or end of a word worth a term ("de*" is in too many).
constexpr size_t kMinAffix = 3;

struct Node {
  enum Kind {
    kLit,       // one character, `lit` (lower-cased if ASCII)
    kChar,      // one character of a class, `.`, \w ...
    kBoundary,  // \b
    kNotBoundary,
    kAnchor,  // ^ $ \A \z: empty, and says nothing about words
    kConcat,
    kAlt,
    kRepeat,
  };
  Kind kind = kConcat;
  std::string lit;
  bool may_word = true;   // kChar
  int min = 0, max = -1;  // kRepeat; -1: no upper bound
  std::vector<Node> kids;

  // Filled by Analyze(), bottom-up.
  bool nullable = false;
  // Every non-empty match begins (ends) with a byte that is no ASCII word
  // character: the run of a neighbour stops there.
  bool starts_nonword = false, ends_nonword = false;
  bool has_exact = false;  // `exact` lists every string the node matches
  std::vector<std::string> exact;
};

// A reader of the RE2 syntax kg's packs use. Anything else fails the whole
// pattern, which then promises nothing.
class Parser {
 public:
  explicit Parser(std::string_view p) : p_(p) {}

  bool Parse(Node* out) { return Alt(out) && i_ == p_.size(); }

 private:
  bool AtEnd() const { return i_ >= p_.size(); }
  char Peek(size_t ahead = 0) const {
    return i_ + ahead < p_.size() ? p_[i_ + ahead] : '\0';
  }

  bool Alt(Node* out) {
    Node alt;
    alt.kind = Node::kAlt;
    for (;;) {
      Node branch;
      if (!Concat(&branch)) return false;
      alt.kids.push_back(std::move(branch));
      if (AtEnd() || Peek() != '|') break;
      ++i_;
    }
    *out = alt.kids.size() == 1 ? std::move(alt.kids[0]) : std::move(alt);
    return true;
  }

  bool Concat(Node* out) {
    out->kind = Node::kConcat;
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      Node atom;
      bool nothing = false;
      if (!Atom(&atom, &nothing)) return false;
      if (nothing) continue;
      if (!Quantifiers(&atom)) return false;
      out->kids.push_back(std::move(atom));
    }
    return true;
  }

  // A "{n}", "{n,}" or "{n,m}" at `at`; else "{" is a literal.
  bool RepeatAt(size_t at, int* min, int* max, size_t* end) const {
    size_t j = at + 1;
    auto number = [&](int* v) {
      const size_t from = j;
      long n = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9' && n <= 100000)
        n = n * 10 + (p_[j++] - '0');
      *v = static_cast<int>(n);
      return j > from;
    };
    if (at >= p_.size() || p_[at] != '{' || !number(min)) return false;
    *max = *min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (!number(max)) *max = -1;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    *end = j + 1;
    return true;
  }

  bool Quantifiers(Node* atom) {
    for (;;) {
      int min = 0, max = -1;
      size_t end = i_ + 1;
      const char c = Peek();
      if (AtEnd()) return true;
      if (c == '*') {
        min = 0, max = -1;
      } else if (c == '+') {
        min = 1, max = -1;
      } else if (c == '?') {
        min = 0, max = 1;
      } else if (!RepeatAt(i_, &min, &max, &end)) {
        return true;
      }
      i_ = end;
      if (Peek() == '?') ++i_;  // lazy: the same strings
      Node r;
      r.kind = Node::kRepeat;
      r.min = min;
      r.max = max;
      r.kids.push_back(std::move(*atom));
      *atom = std::move(r);
    }
  }

  bool Atom(Node* out, bool* nothing) {
    const char c = Peek();
    if (c == '(') {
      ++i_;
      if (Peek() == '?') {
        ++i_;
        if (Peek() == 'P' && Peek(1) == '<') ++i_;
        if (Peek() == '<') {
          const size_t close = p_.find('>', i_);
          if (close == std::string_view::npos) return false;
          i_ = close + 1;
        } else {
          while (!AtEnd() && std::string_view("imsU-").find(Peek()) !=
                                 std::string_view::npos)
            ++i_;
          if (Peek() == ')') {  // "(?i)": flags only
            ++i_;
            *nothing = true;
            return true;
          }
          if (Peek() != ':') return false;
          ++i_;
        }
      }
      if (!Alt(out) || Peek() != ')') return false;
      ++i_;
      return true;
    }
    if (c == '[') return Class(out);
    if (c == '\\') return Escape(out);
    if (c == '*' || c == '+' || c == '?') return false;
    if (c == '.') {
      ++i_;
      out->kind = Node::kChar;
      return true;
    }
    if (c == '^' || c == '$') {
      ++i_;
      out->kind = Node::kAnchor;
      return true;
    }
    int min, max;
    size_t end;
    if (c == '{' && RepeatAt(i_, &min, &max, &end)) return false;
    uint32_t cp;
    if (!CodePoint(&cp)) return false;
    Literal(cp, out);
    return true;
  }

  static void Literal(uint32_t cp, Node* out) {
    if (FoldsToAsciiWord(cp)) {
      out->kind = Node::kChar;
      return;
    }
    out->kind = Node::kLit;
    out->lit = Utf8(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
  }

  // One UTF-8 character of the pattern.
  bool CodePoint(uint32_t* cp) {
    const auto b = static_cast<unsigned char>(Peek());
    if (AtEnd()) return false;
    int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (len == 0 || i_ + static_cast<size_t>(len) > p_.size()) return false;
    uint32_t v = len == 1 ? b : b & (0x3F >> (len - 1));
    for (int k = 1; k < len; ++k) {
      const auto t = static_cast<unsigned char>(p_[i_ + static_cast<size_t>(k)]);
      if ((t & 0xC0) != 0x80) return false;
      v = v << 6 | (t & 0x3F);
    }
    i_ += static_cast<size_t>(len);
    *cp = v;
    return true;
  }

  bool Hex(uint32_t* cp) {
    uint32_t v = 0;
    auto digit = [&](char h, uint32_t* d) {
      if (h >= '0' && h <= '9') *d = static_cast<uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') *d = static_cast<uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') *d = static_cast<uint32_t>(h - 'A' + 10);
      else return false;
      return true;
    };
    uint32_t d;
    if (Peek() == '{') {
      ++i_;
      int n = 0;
      while (!AtEnd() && Peek() != '}') {
        if (!digit(Peek(), &d) || ++n > 6) return false;
        v = v << 4 | d;
        ++i_;
      }
      if (n == 0 || Peek() != '}') return false;
      ++i_;
    } else {
      for (int k = 0; k < 2; ++k) {
        if (!digit(Peek(), &d)) return false;
        v = v << 4 | d;
        ++i_;
      }
    }
    *cp = v;
    return v <= 0x10FFFF;
  }

  // After a backslash: a character that stands for itself (or a control
  // character) in *cp; false for anything else.
  bool EscapedChar(char c, uint32_t* cp) {
    static constexpr std::string_view kControl = "n\nt\tr\rf\fv\va\a";
    if (c == 'x') return Hex(cp);
    if (const size_t at = kControl.find(c);
        at != std::string_view::npos && at % 2 == 0) {
      *cp = static_cast<unsigned char>(kControl[at + 1]);
      return true;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !IsRe2WordByte(u) && u != 0) {
      *cp = u;
      return true;
    }
    return false;
  }

  // \p{Greek} or \pL: skipped; a class that may hold word characters.
  bool SkipUnicodeClass() {
    if (Peek() == '{') {
      const size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      i_ = close + 1;
      return true;
    }
    if (AtEnd()) return false;
    ++i_;
    return true;
  }

  bool Escape(Node* out) {
    ++i_;  // the backslash
    if (AtEnd()) return false;
    const char c = Peek();
    ++i_;
    switch (c) {
      case 'b':
        out->kind = Node::kBoundary;
        return true;
      case 'B':
        out->kind = Node::kNotBoundary;
        return true;
      case 'A':
      case 'z':
        out->kind = Node::kAnchor;
        return true;
      case 's':
        out->kind = Node::kChar;
        out->may_word = false;
        return true;
      case 'd':
      case 'D':
      case 'w':
      case 'W':  // (?i)\W matches k and s (their folds are not ASCII)
      case 'S':
      case 'C':
        out->kind = Node::kChar;
        return true;
      case 'p':
      case 'P':
        out->kind = Node::kChar;
        return SkipUnicodeClass();
      default:
        break;
    }
    uint32_t cp;
    if (!EscapedChar(c, &cp)) return false;
    Literal(cp, out);
    return true;
  }

  // One end of a class range, after any "[:name:]" was handled.
  bool ClassChar(uint32_t* cp, bool* may_word, bool* is_set) {
    *is_set = false;
    if (Peek() != '\\') return CodePoint(cp);
    ++i_;
    if (AtEnd()) return false;
    const char c = Peek();
    ++i_;
    if (c == 's') {
      *is_set = true;
      return true;
    }
    if (c == 'd' || c == 'D' || c == 'w' || c == 'W' || c == 'S') {
      *is_set = true;
      *may_word = true;
      return true;
    }
    if (c == 'p' || c == 'P') {
      *is_set = true;
      *may_word = true;
      return SkipUnicodeClass();
    }
    return EscapedChar(c, cp);
  }

  bool Class(Node* out) {
    ++i_;  // '['
    out->kind = Node::kChar;
    out->may_word = false;
    bool negated = false;
    if (Peek() == '^') {
      negated = true;
      ++i_;
    }
    bool first = true;
    for (;;) {
      if (AtEnd()) return false;
      if (Peek() == ']' && !first) {
        ++i_;
        break;
      }
      first = false;
      if (Peek() == '[' && Peek(1) == ':') {
        const size_t close = p_.find(":]", i_ + 2);
        if (close == std::string_view::npos) return false;
        i_ = close + 2;
        out->may_word = true;
        continue;
      }
      uint32_t lo = 0, hi = 0;
      bool is_set = false;
      if (!ClassChar(&lo, &out->may_word, &is_set)) return false;
      if (is_set) continue;
      hi = lo;
      if (Peek() == '-' && Peek(1) != ']' && i_ + 1 < p_.size()) {
        ++i_;
        bool hi_set = false;
        if (!ClassChar(&hi, &out->may_word, &hi_set) || hi_set) return false;
      }
      if (RangeMayBeWord(lo, hi)) out->may_word = true;
    }
    if (negated) out->may_word = true;
    return true;
  }

  std::string_view p_;
  size_t i_ = 0;
};

void Dedupe(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

void Analyze(Node* n) {
  for (Node& k : n->kids) Analyze(&k);
  switch (n->kind) {
    case Node::kLit:
      n->starts_nonword = !IsRe2WordByte(static_cast<unsigned char>(n->lit[0]));
      n->ends_nonword = !IsRe2WordByte(static_cast<unsigned char>(n->lit.back()));
      n->has_exact = true;
      n->exact = {n->lit};
      return;
    case Node::kChar:
      n->starts_nonword = n->ends_nonword = !n->may_word;
      return;
    case Node::kBoundary:
    case Node::kNotBoundary:
    case Node::kAnchor:
      n->nullable = n->starts_nonword = n->ends_nonword = true;
      return;
    case Node::kConcat: {
      n->nullable = true;
      n->has_exact = true;
      n->exact = {""};
      for (const Node& k : n->kids) {
        n->nullable = n->nullable && k.nullable;
        if (!n->has_exact || !k.has_exact ||
            n->exact.size() * k.exact.size() > kMaxExact) {
          n->has_exact = false;
          n->exact.clear();
          continue;
        }
        if (n->exact.size() == 1 && k.exact.size() == 1) {
          n->exact[0] += k.exact[0];  // a run of literals: no copies
          continue;
        }
        std::vector<std::string> product;
        for (const std::string& a : n->exact)
          for (const std::string& b : k.exact) product.push_back(a + b);
        Dedupe(&product);
        n->exact = std::move(product);
      }
      // The first (last) kid that cannot be empty decides; the empty-able
      // ones before it must agree.
      n->starts_nonword = n->ends_nonword = true;
      for (const Node& k : n->kids) {
        if (!k.starts_nonword) {
          n->starts_nonword = false;
          break;
        }
        if (!k.nullable) break;
      }
      for (auto k = n->kids.rbegin(); k != n->kids.rend(); ++k) {
        if (!k->ends_nonword) {
          n->ends_nonword = false;
          break;
        }
        if (!k->nullable) break;
      }
      return;
    }
    case Node::kAlt: {
      n->starts_nonword = n->ends_nonword = n->has_exact = true;
      for (const Node& k : n->kids) {
        n->nullable = n->nullable || k.nullable;
        n->starts_nonword = n->starts_nonword && k.starts_nonword;
        n->ends_nonword = n->ends_nonword && k.ends_nonword;
        n->has_exact = n->has_exact && k.has_exact;
        if (n->has_exact)
          n->exact.insert(n->exact.end(), k.exact.begin(), k.exact.end());
      }
      Dedupe(&n->exact);
      if (!n->has_exact || n->exact.size() > kMaxExact) {
        n->has_exact = false;
        n->exact.clear();
      }
      return;
    }
    case Node::kRepeat: {
      const Node& k = n->kids[0];
      n->nullable = n->min == 0 || k.nullable;
      n->starts_nonword = k.starts_nonword;
      n->ends_nonword = k.ends_nonword;
      if (k.has_exact && n->max == 1) {
        n->has_exact = true;
        n->exact = k.exact;
        if (n->min == 0) n->exact.push_back("");
        Dedupe(&n->exact);
      }
      return;
    }
  }
}

using Clause = std::vector<std::string>;

// Words in nearly every sentence: a clause of them filters nothing, so a
// clause is built of other words where the pattern offers any.
bool IsCommonWord(std::string_view w) {
  static constexpr std::string_view kCommon[] = {
      "a",    "an",   "and",  "as",   "at",    "be",   "but",  "by",
      "for",  "from", "had",  "has",  "have",  "he",   "her",  "his",
      "in",   "is",   "it",   "its",  "of",    "on",   "or",   "s",
      "she",  "that", "the",  "their", "they", "this", "to",   "was",
      "were", "which", "who", "with"};
  for (std::string_view c : kCommon)
    if (w == c) return true;
  return false;
}

// Lower is better: a whole uncommon word, then the start or end of one,
// then a common word.
size_t TermCost(std::string_view term) {
  const bool affix = term.front() == '*' || term.back() == '*';
  if (affix) term = term.substr(term.front() == '*' ? 1 : 0, term.size() - 1);
  if (IsCommonWord(term)) return 100;
  return affix ? 2 : 1;
}

size_t Cost(const Clause& c) {
  size_t cost = 0;
  for (const std::string& t : c) cost += TermCost(t);
  return cost;
}

// The term of a string to require: the cheapest, then the longest.
bool Better(std::string_view a, std::string_view b) {
  if (TermCost(a) != TermCost(b)) return TermCost(a) < TermCost(b);
  return a.size() > b.size();
}

// A run of word characters found in the text for sure: whole when both
// edges are proven, else (three characters at least) the start ("ally*":
// the text's run begins with "ally") or the end ("*ally") of a run.
std::string Term(std::string_view run, bool left_sure, bool right_sure) {
  if (left_sure && right_sure) return std::string(run);
  if (run.size() < kMinAffix || (!left_sure && !right_sure)) return "";
  return left_sure ? std::string(run) + "*" : "*" + std::string(run);
}

// The terms of a node that matches one of `strings`: a clause of one term
// of each string (the cheapest), and a clause of its own for each term that
// every string has. `left_sure`: a word character at the node's start has
// no word character before it (right_sure: after its end).
void ExactClause(const std::vector<std::string>& strings, bool left_sure,
                 bool right_sure, std::vector<Clause>* out) {
  Clause clause;
  std::vector<std::string> in_all;
  for (size_t k = 0; k < strings.size(); ++k) {
    const std::string& s = strings[k];
    std::vector<std::string> sure;
    size_t i = 0;
    while (i < s.size()) {
      if (!IsRe2WordByte(static_cast<unsigned char>(s[i]))) {
        ++i;
        continue;
      }
      size_t e = i;
      while (e < s.size() && IsRe2WordByte(static_cast<unsigned char>(s[e]))) ++e;
      std::string term = Term(std::string_view(s).substr(i, e - i),
                              i > 0 || left_sure, e < s.size() || right_sure);
      if (!term.empty()) sure.push_back(std::move(term));
      i = e;
    }
    if (sure.empty()) return;  // a way to match without a sure word
    clause.push_back(*std::min_element(sure.begin(), sure.end(), Better));
    Dedupe(&sure);
    if (k == 0) {
      in_all = sure;
    } else {
      std::vector<std::string> both;
      std::set_intersection(in_all.begin(), in_all.end(), sure.begin(),
                            sure.end(), std::back_inserter(both));
      in_all = std::move(both);
    }
  }
  if (clause.empty()) return;
  for (const std::string& w : in_all) out->push_back({w});
  Dedupe(&clause);
  out->push_back(std::move(clause));
}

// Whether what precedes kid `i` of a concatenation (whose own left is
// `left_sure`) ends a word: the kids before it, right to left, until one
// that cannot be empty.
bool LeftSure(const Node& concat, size_t i, bool left_sure) {
  while (i-- > 0) {
    const Node& k = concat.kids[i];
    if (k.kind == Node::kBoundary) return true;  // before a word character
    if (k.kind == Node::kNotBoundary || !k.ends_nonword) return false;
    if (!k.nullable) return true;
  }
  return left_sure;
}

// Whether what follows kid `i - 1` (from kid `i` on) begins with no word
// character.
bool RightSure(const Node& concat, size_t i, bool right_sure) {
  for (; i < concat.kids.size(); ++i) {
    const Node& k = concat.kids[i];
    if (k.kind == Node::kBoundary) return true;
    if (k.kind == Node::kNotBoundary || !k.starts_nonword) return false;
    if (!k.nullable) return true;
  }
  return right_sure;
}

void Clauses(const Node& n, bool left_sure, bool right_sure,
             std::vector<Clause>* out) {
  if (n.has_exact) {
    ExactClause(n.exact, left_sure, right_sure, out);
    return;
  }
  switch (n.kind) {
    case Node::kConcat: {
      // Runs of kids with exact sets are read as one: "(?:met|saw) with".
      std::vector<std::string> block;
      size_t begin = 0;
      auto flush = [&](size_t end) {
        if (!block.empty())
          ExactClause(block, LeftSure(n, begin, left_sure),
                      RightSure(n, end, right_sure), out);
        block.clear();
      };
      for (size_t i = 0; i < n.kids.size(); ++i) {
        const Node& k = n.kids[i];
        if (!k.has_exact || k.kind != Node::kLit) {
          // A group read alone adds its own clauses: in "(?:ties|relations)
          // (?:were )?(?:cut|severed) " one word of each list is required,
          // which the block's strings, one word each, do not say.
          Clauses(k, LeftSure(n, i, left_sure),
                  RightSure(n, i + 1, right_sure), out);
        }
        if (!k.has_exact) {
          flush(i);
          continue;
        }
        if (!block.empty() && block.size() * k.exact.size() > kMaxExact)
          flush(i);
        if (block.empty()) {
          begin = i;
          block = k.exact;
          continue;
        }
        if (block.size() == 1 && k.exact.size() == 1) {
          block[0] += k.exact[0];
          continue;
        }
        std::vector<std::string> product;
        for (const std::string& a : block)
          for (const std::string& b : k.exact) product.push_back(a + b);
        Dedupe(&product);
        block = std::move(product);
      }
      flush(n.kids.size());
      return;
    }
    case Node::kAlt: {
      // A word of every branch: one clause per choice of a clause in each
      // branch, while the choices are few; else each branch's cheapest.
      std::vector<Clause> merged = {{}};
      for (const Node& k : n.kids) {
        std::vector<Clause> branch;
        Clauses(k, left_sure, right_sure, &branch);
        if (branch.empty()) return;
        if (merged.size() * branch.size() > kMaxChoices) {
          branch = {*std::min_element(
              branch.begin(), branch.end(),
              [](const Clause& a, const Clause& b) { return Cost(a) < Cost(b); })};
        }
        std::vector<Clause> next;
        for (const Clause& m : merged) {
          for (const Clause& c : branch) {
            Clause both = m;
            both.insert(both.end(), c.begin(), c.end());
            Dedupe(&both);
            next.push_back(std::move(both));
          }
        }
        merged = std::move(next);
      }
      out->insert(out->end(), merged.begin(), merged.end());
      return;
    }
    case Node::kRepeat: {
      if (n.min == 0) return;
      const Node& k = n.kids[0];
      // Beyond one copy, each copy's neighbours are copies too.
      if (n.max == 1)
        Clauses(k, left_sure, right_sure, out);
      else
        Clauses(k, left_sure && k.ends_nonword, right_sure && k.starts_nonword,
                out);
      return;
    }
    default:
      return;
  }
}

}  // namespace

std::vector<std::vector<std::string>> RequiredWords(std::string_view pattern) {
  Node root;
  if (!Parser(pattern).Parse(&root)) return {};
  Analyze(&root);
  std::vector<Clause> clauses;
  // A match may begin or end inside a word of the text.
  Clauses(root, false, false, &clauses);
  std::sort(clauses.begin(), clauses.end());
  clauses.erase(std::unique(clauses.begin(), clauses.end()), clauses.end());
  return clauses;
}

}  // namespace kg::extract::internal
