#include "base/fast_triple_parser.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <system_error>

#include "base/utf8.h"

namespace kg {
namespace {

// Building a JSON DOM for each line was most of `kg build`'s time on a
// triples file; kg's own lines have one shape, which this reads in one
// pass, straight into the Triple. Whenever the line departs from that
// shape, or from JSON, it gives up and leaves the line to the general
// parser: so it never needs to agree with nlohmann on an error, only on
// the values of the lines it accepts.

// Bytes a string copies as they are: printable ASCII but '"' and '\\'.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
  return t;
}();

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The length of the well-formed UTF-8 sequence (Unicode Table 3-7, which
// nlohmann's lexer checks too) that starts at p, or 0.
size_t Utf8Length(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  auto cont = [&](size_t i, unsigned char lo, unsigned char hi) {
    return p + i < end && p[i] >= lo && p[i] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4
                                                                        : 0;
  }
  return 0;
}

class LineReader {
 public:
  explicit LineReader(std::string_view line)
      : p_(line.data()), end_(line.data() + line.size()) {}

  bool AtEnd() const { return p_ == end_; }

  // Consumes `text` if the input continues with it.
  bool Literal(std::string_view text) {
    if (static_cast<size_t>(end_ - p_) < text.size() ||
        std::memcmp(p_, text.data(), text.size()) != 0)
      return false;
    p_ += text.size();
    return true;
  }

  // A JSON string, decoded into *out.
  bool String(std::string* out) {
    if (p_ == end_ || *p_ != '"') return false;
    ++p_;
    const char* run = p_;
    while (p_ != end_ && kPlain[static_cast<unsigned char>(*p_)]) ++p_;
    if (p_ != end_ && *p_ == '"') {  // the usual case: nothing to decode
      out->assign(run, p_);
      ++p_;
      return true;
    }
    out->assign(run, p_);
    while (p_ != end_) {
      const auto c = static_cast<unsigned char>(*p_);
      if (kPlain[c]) {
        run = p_;
        while (p_ != end_ && kPlain[static_cast<unsigned char>(*p_)]) ++p_;
        out->append(run, p_);
      } else if (c == '"') {
        ++p_;
        return true;
      } else if (c == '\\') {
        if (!Escape(out)) return false;
      } else if (c >= 0x80) {
        const size_t n =
            Utf8Length(reinterpret_cast<const unsigned char*>(p_),
                       reinterpret_cast<const unsigned char*>(end_));
        if (n == 0) return false;
        out->append(p_, n);
        p_ += n;
      } else {
        return false;  // a raw control character
      }
    }
    return false;  // unterminated
  }

  // 0|[1-9][0-9]* of at most 19 digits (so it fits 64 bits): *digits.
  bool Digits(std::string_view* digits) {
    const char* start = p_;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    const size_t n = static_cast<size_t>(p_ - start);
    if (n == 0 || n > 19 || (n > 1 && *start == '0')) return false;
    *digits = std::string_view(start, n);
    return true;
  }

  bool Unsigned(size_t* v) {
    std::string_view d;
    if (!Digits(&d)) return false;
    uint64_t x = 0;
    std::from_chars(d.data(), d.data() + d.size(), x);  // 19 digits fit
    *v = static_cast<size_t>(x);
    return true;
  }

  // A JSON integer that fits an int with room (longer ones are left to the
  // general parser, which names the error).
  bool Integer(int* v) {
    const bool negative = p_ != end_ && *p_ == '-';
    if (negative) ++p_;
    std::string_view d;
    if (!Digits(&d) || d.size() > 9) return false;
    int x = 0;
    std::from_chars(d.data(), d.data() + d.size(), x);
    *v = negative ? -x : x;
    return true;
  }

  // A JSON number as nlohmann gives it as a double: integers are read as
  // 64-bit integers and converted, others with strtod's correct rounding
  // (std::from_chars rounds the same). Anything near a limit (overflow,
  // underflow, integers of 19 digits) is left to the general parser.
  bool Number(double* v) {
    const char* start = p_;
    const bool negative = p_ != end_ && *p_ == '-';
    if (negative) ++p_;
    std::string_view d;
    if (!Digits(&d)) return false;
    bool integer = true;
    if (p_ != end_ && *p_ == '.') {
      integer = false;
      ++p_;
      const char* f = p_;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      if (p_ == f) return false;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      integer = false;
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      const char* e = p_;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      if (p_ == e) return false;
    }
    if (integer) {
      if (d.size() > 18) return false;
      int64_t x = 0;
      std::from_chars(d.data(), d.data() + d.size(), x);
      // "-0" is the integer 0 to nlohmann, so 0.0, not -0.0.
      *v = static_cast<double>(negative ? -x : x);
      return true;
    }
    double x = 0;
    const std::from_chars_result r = std::from_chars(start, p_, x);
    if (r.ec != std::errc() || r.ptr != p_) return false;
    *v = x;
    return true;
  }

  bool Bool(bool* v) {
    if (Literal("true")) {
      *v = true;
      return true;
    }
    if (Literal("false")) {
      *v = false;
      return true;
    }
    return false;
  }

 private:
  // One escape sequence, p_ at its backslash.
  bool Escape(std::string* out) {
    if (end_ - p_ < 2) return false;
    const char e = p_[1];
    p_ += 2;
    switch (e) {
      case '"': out->push_back('"'); return true;
      case '\\': out->push_back('\\'); return true;
      case '/': out->push_back('/'); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': break;
      default: return false;
    }
    char32_t cp = 0;
    if (!Hex4(&cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      // A high surrogate must be followed by a low one: the pair is one
      // character.
      char32_t low = 0;
      if (!Literal("\\u") || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF)
        return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(cp, out);
    return true;
  }

  bool Hex4(char32_t* cp) {
    if (end_ - p_ < 4) return false;
    char32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = HexDigit(p_[i]);
      if (h < 0) return false;
      v = v * 16 + static_cast<char32_t>(h);
    }
    p_ += 4;
    *cp = v;
    return true;
  }

  const char* p_;
  const char* end_;
};

}  // namespace

bool FastParseTriple(std::string_view line, Triple* t) {
  LineReader r(line);
  auto str = [&r](std::string_view key, std::string* out) {
    return r.Literal(key) && r.String(out);
  };
  if (!str("{\"doc\":", &t->doc) || !str(",\"subject\":", &t->subject) ||
      !str(",\"relation\":", &t->relation) ||
      !str(",\"category\":", &t->category) ||
      !str(",\"object\":", &t->object) || !r.Literal(",\"date\":"))
    return false;
  if (!r.Literal("null")) {
    std::string date;
    if (!r.String(&date)) return false;
    if (!date.empty()) t->date = std::move(date);
  }
  std::string date_source;
  int quad_class = 0;
  if (!str(",\"subject_id\":", &t->subject_id) ||
      !str(",\"object_id\":", &t->object_id) ||
      !str(",\"subject_type\":", &t->subject_type) ||
      !str(",\"object_type\":", &t->object_type) ||
      !str(",\"subject_code\":", &t->subject_code) ||
      !str(",\"object_code\":", &t->object_code) ||
      !str(",\"subject_text\":", &t->subject_text) ||
      !str(",\"object_text\":", &t->object_text) ||
      !r.Literal(",\"quad_class\":") || !r.Integer(&quad_class) ||
      !r.Literal(",\"symmetric\":") || !r.Bool(&t->symmetric) ||
      !str(",\"date_source\":", &date_source) ||
      !r.Literal(",\"negated\":") || !r.Bool(&t->negated) ||
      !r.Literal(",\"hypothetical\":") || !r.Bool(&t->hypothetical) ||
      !str(",\"section\":", &t->section) ||
      !str(",\"sentence\":", &t->sentence))
    return false;
  size_t begin = 0, end = 0;
  double confidence = 0;
  if (!r.Literal(",\"span\":[") || !r.Unsigned(&begin) || !r.Literal(",") ||
      !r.Unsigned(&end) || !r.Literal("]") || !str(",\"rule\":", &t->rule) ||
      !r.Literal(",\"confidence\":") || !r.Number(&confidence) ||
      !r.Literal("}") || !r.AtEnd())
    return false;
  // A field out of its domain: the general parser names it.
  t->date_source = DateSourceFromName(date_source);
  if (DateSourceName(t->date_source) != date_source ||
      !FieldDomainError(t->category, quad_class, confidence, begin, end)
           .empty())
    return false;
  t->span_begin = begin;
  t->span_end = end;
  t->confidence = confidence;
  t->quad_class = quad_class;
  if (t->subject_id.empty()) t->subject_id = t->subject;
  if (t->object_id.empty()) t->object_id = t->object;
  return true;
}

}  // namespace kg
