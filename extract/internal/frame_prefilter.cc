#include "extract/internal/frame_prefilter.h"

#include <algorithm>
#include <cctype>

namespace kg::extract::internal {
namespace {

using ByteSet = FramePrefilter::ByteSet;

void AddByte(ByteSet* s, unsigned char c) {
  (*s)[c >> 6] |= uint64_t{1} << (c & 63);
}

// What a part of the pattern needs: letters in order, and whether its match
// always begins with the first of them.
struct Need {
  std::vector<ByteSet> seq;
  bool first_starts = false;
  // The letters a match may begin with (`high`: or a byte >= 128), whether
  // it may be empty, whether it is always one letter.
  ByteSet first{};
  bool high = false;
  bool nullable = false;
  bool width1 = false;
  // Of a concatenation whose first part is one letter: what may begin the
  // rest, and whether the rest may be empty (then anything may follow).
  ByteSet rest_first{};
  bool rest_high = false;
  bool rest_nullable = true;
  // A named group's name; of a concatenation, its one-letter head's.
  std::string group;
};

void Union(ByteSet* into, const ByteSet& s) {
  (*into)[0] |= s[0];
  (*into)[1] |= s[1];
}

// A recursive-descent reader of the RE2 syntax frames use. Any construct it
// does not know sets `failed`: the caller then needs nothing (RE2 has
// already accepted the pattern, so this is about our reading, not errors).
class Reader {
 public:
  explicit Reader(std::string_view p) : p_(p) {}

  bool Read(Need* out) {
    *out = Alternation();
    return !failed_ && at_ == p_.size();
  }

 private:
  bool Done() const { return at_ >= p_.size(); }
  char Peek() const { return p_[at_]; }
  void Fail() {
    failed_ = true;
    at_ = p_.size();
  }

  // Branches need only what all of them need; we keep it simple: nothing.
  Need Alternation() {
    Need n = Concatenation();
    bool alternatives = false;
    Need any;  // the branches' first letters, their needs dropped
    any.first = n.first;
    any.high = n.high;
    any.nullable = n.nullable;
    while (!failed_ && !Done() && Peek() == '|') {
      ++at_;
      Need b = Concatenation();
      Union(&any.first, b.first);
      any.high |= b.high;
      any.nullable |= b.nullable;
      alternatives = true;
    }
    return alternatives ? any : n;
  }

  Need Concatenation() {
    Need n;
    n.nullable = true;  // so far: empty
    size_t items = 0;
    bool head_width1 = false;
    while (!failed_ && !Done() && Peek() != '|' && Peek() != ')') {
      Need item = Repeat();
      if (items == 0) {
        n.first_starts = item.first_starts;
        head_width1 = item.width1;
        if (head_width1) n.group = item.group;
      } else if (n.rest_nullable) {
        // The rest after a one-letter head begins where this item may.
        Union(&n.rest_first, item.first);
        n.rest_high |= item.high;
        n.rest_nullable = item.nullable;
      }
      if (n.nullable) {
        Union(&n.first, item.first);
        n.high |= item.high;
        n.nullable = item.nullable;
      }
      n.width1 = items == 0 && item.width1;
      ++items;
      n.seq.insert(n.seq.end(), item.seq.begin(), item.seq.end());
    }
    if (!head_width1) {
      n.group.clear();
      n.rest_first = ByteSet{};
      n.rest_high = false;
      n.rest_nullable = true;
    }
    return n;
  }

  Need Repeat() {
    Need n = Atom();
    bool optional = false, repeated = false;
    while (!failed_ && !Done()) {
      char c = Peek();
      if (c == '*' || c == '?') {
        optional = true;
        ++at_;
      } else if (c == '+') {
        ++at_;
      } else if (c == '{') {
        int min = 0;
        if (!Braces(&min)) return Fail(), Need{};
        if (min == 0) optional = true;
      } else {
        break;
      }
      repeated = true;
      if (!Done() && Peek() == '?') ++at_;  // non-greedy: same needs
    }
    if (repeated) {
      // What follows a repeat may be another copy: no one-letter head.
      n.width1 = false;
      n.group.clear();
      n.rest_first = ByteSet{};
      n.rest_high = false;
      n.rest_nullable = true;
    }
    if (optional) {
      n.seq.clear();
      n.first_starts = false;
      n.nullable = true;
    }
    return n;
  }

  // {n}, {n,}, {n,m}: the least count into *min.
  bool Braces(int* min) {
    size_t i = at_ + 1;
    if (i >= p_.size() || !std::isdigit(static_cast<unsigned char>(p_[i])))
      return false;
    *min = 0;
    while (i < p_.size() && std::isdigit(static_cast<unsigned char>(p_[i]))) {
      *min = *min * 10 + (p_[i] - '0');
      if (*min > 1000) return false;
      ++i;
    }
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      while (i < p_.size() && std::isdigit(static_cast<unsigned char>(p_[i])))
        ++i;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    at_ = i + 1;
    return true;
  }

  Need Atom() {
    char c = Peek();
    Need n;
    if (c == '(') {
      ++at_;
      std::string name;
      if (!Done() && Peek() == '?') {
        // (?:...) and named groups; flags like (?i) change what a letter
        // matches, so those are not read.
        if (p_.substr(at_, 2) == "?:") {
          at_ += 2;
        } else if (p_.substr(at_, 3) == "?P<" || p_.substr(at_, 2) == "?<") {
          size_t open = p_.find('<', at_);
          size_t close = p_.find('>', at_);
          if (close == std::string_view::npos) return Fail(), n;
          name = std::string(p_.substr(open + 1, close - open - 1));
          at_ = close + 1;
        } else {
          return Fail(), n;
        }
      }
      n = Alternation();
      if (Done() || Peek() != ')') return Fail(), n;
      ++at_;
      // (A group's own head and rest matter only at the top level; a
      // group names its match only if it is one letter.)
      n.group = n.width1 ? name : std::string();
      n.rest_first = ByteSet{};
      n.rest_high = false;
      n.rest_nullable = true;
      return n;
    }
    if (c == '[') return Class();
    if (c == '\\') {
      // Only an escaped punctuation byte is a plain letter; \d, \b, \x41,
      // \Q...\E and the like are not read.
      if (at_ + 1 >= p_.size()) return Fail(), n;
      unsigned char e = static_cast<unsigned char>(p_[at_ + 1]);
      if (e >= 128 || std::isalnum(e)) return Fail(), n;
      at_ += 2;
      return Letter(e);
    }
    if (c == '.') {
      ++at_;
      n.first = {~uint64_t{0}, ~uint64_t{0}};
      n.first[0] &= ~(uint64_t{1} << '\n');
      n.high = true;
      n.width1 = true;
      return n;  // any letter: no need
    }
    if (c == '^' || c == '$') {
      ++at_;
      n.nullable = true;
      return n;  // no letter
    }
    if (c == '*' || c == '+' || c == '?' || c == '{') return Fail(), n;
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 128) return Fail(), n;
    ++at_;
    return Letter(u);
  }

  static Need Letter(unsigned char c) {
    Need n;
    n.seq.emplace_back();
    AddByte(&n.seq.back(), c);
    n.first_starts = true;
    n.first = n.seq.back();
    n.width1 = true;
    return n;
  }

  // [abc], [a-z], [^...]: a negated class needs nothing.
  Need Class() {
    ++at_;  // '['
    bool negated = !Done() && Peek() == '^';
    if (negated) ++at_;
    if (Done() || Peek() == ']') return Fail(), Need{};
    ByteSet set{};
    while (!Done() && Peek() != ']') {
      unsigned char lo = 0;
      if (!ClassByte(&lo)) return Fail(), Need{};
      unsigned char hi = lo;
      if (at_ + 1 < p_.size() && Peek() == '-' && p_[at_ + 1] != ']') {
        ++at_;
        if (!ClassByte(&hi) || hi < lo) return Fail(), Need{};
      }
      for (unsigned c = lo; c <= hi; ++c)
        AddByte(&set, static_cast<unsigned char>(c));
    }
    if (Done()) return Fail(), Need{};
    ++at_;  // ']'
    Need n;
    n.width1 = true;
    if (negated) {
      n.first = {~set[0], ~set[1]};
      n.high = true;
      return n;  // needs nothing
    }
    n.seq.push_back(set);
    n.first_starts = true;
    n.first = set;
    return n;
  }

  bool ClassByte(unsigned char* out) {
    unsigned char c = static_cast<unsigned char>(Peek());
    if (c >= 128 || c == '[') return false;  // [:alpha:], UTF-8
    if (c == '\\') {
      if (at_ + 1 >= p_.size()) return false;
      unsigned char e = static_cast<unsigned char>(p_[at_ + 1]);
      if (e >= 128 || std::isalnum(e)) return false;
      at_ += 2;
      *out = e;
      return true;
    }
    ++at_;
    *out = c;
    return true;
  }

  std::string_view p_;
  size_t at_ = 0;
  bool failed_ = false;
};

}  // namespace

FramePrefilter FramePrefilter::FromPattern(std::string_view pattern) {
  FramePrefilter f;
  Need n;
  if (!Reader(pattern).Read(&n)) return f;  // unread: needs nothing
  f.need_ = std::move(n.seq);
  f.first_starts_ = n.first_starts && !f.need_.empty();
  // A one-letter head followed by a rest that cannot be empty: the letter
  // after a start is one the rest may begin with.
  f.second_ = f.first_starts_ && !n.rest_nullable;
  if (f.first_starts_) f.head_group_ = n.group;
  if (f.second_)
    for (unsigned c = 0; c < 256; ++c)
      f.next_ok_[c] = c < 128 ? Has(n.rest_first, static_cast<unsigned char>(c))
                              : n.rest_high;
  f.scanned_ = std::min(f.need_.size(), kMaxNeeds);
  for (size_t k = 0; k < f.scanned_; ++k)
    for (unsigned c = 0; c < 128; ++c)
      if (Has(f.need_[k], static_cast<unsigned char>(c)))
        f.member_[c] |= uint32_t{1} << k;
  return f;
}

FramePrefilter::ByteSet FramePrefilter::Letters(std::string_view cs) {
  ByteSet s{};
  for (char c : cs) AddByte(&s, static_cast<unsigned char>(c) & 127);
  return s;
}

size_t FramePrefilter::LastStart(std::string_view cs) const {
  if (scanned_ == 0) return cs.size();
  // The needs matched from the right, each at its last possible place: the
  // first need's place is the last start that leaves room for the rest.
  size_t k = scanned_ - 1;
  for (size_t i = cs.size(); i-- > 0;) {
    if ((member_[static_cast<unsigned char>(cs[i]) & 127] >> k) & 1) {
      if (k == 0) return i;
      --k;
    }
  }
  return std::string_view::npos;
}

size_t FramePrefilter::NextStart(std::string_view cs, size_t from,
                                 size_t last) const {
  if (last == std::string_view::npos || from > last || from > cs.size())
    return std::string_view::npos;
  if (!first_starts_) return from;
  // A match begins with the first need, which stands at `last` at the
  // latest: the scan stops by then. With a second letter to check, a start
  // is one whose next letter the rest may begin with.
  for (size_t i = from; i <= last; ++i) {
    if (!(member_[static_cast<unsigned char>(cs[i]) & 127] & 1)) continue;
    if (!second_ ||
        (i + 1 < cs.size() && next_ok_[static_cast<unsigned char>(cs[i + 1])]))
      return i;
  }
  return std::string_view::npos;
}

std::string FramePrefilter::Describe() const {
  std::string out = first_starts_ ? "^" : "";
  if (!head_group_.empty()) out += "(" + head_group_ + ")";
  for (size_t k = 0; k < need_.size(); ++k) {
    if (k > 0) out += ' ';
    std::string letters;
    for (unsigned c = 0; c < 128; ++c)
      if (Has(need_[k], static_cast<unsigned char>(c)))
        letters += static_cast<char>(c);
    out += letters.size() == 1 ? letters : "[" + letters + "]";
  }
  if (second_) {
    out += " / next ";
    for (unsigned c = 0; c < 128; ++c)
      if (next_ok_[c]) out += static_cast<char>(c);
    if (next_ok_[128]) out += "+high";
  }
  return out;
}

}  // namespace kg::extract::internal
