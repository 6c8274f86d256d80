#include "extract/sentence_tagger.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "base/utf8.h"

namespace kg::extract {
namespace {

// Whether the character at s[pos] is a word character; an ASCII byte is
// tested without decoding it (most are). REQUIRES: pos < s.size().
bool WordCharAt(std::string_view s, size_t pos) {
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80)
    return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
  return IsWordChar(DecodeUtf8(s, pos).cp);
}

bool IsDigitWord(std::string_view w) {
  for (char c : w)
    if ((c < '0' || c > '9') && c != ',' && c != '.') return false;
  return !w.empty();
}

// Adjectives in -ly, which the adverb rule would take: "friendly ties".
bool LyAdjective(std::string_view w) {
  return w == "friendly" || w == "unfriendly" || w == "costly" ||
         w == "likely" || w == "unlikely" || w == "deadly" || w == "daily" ||
         w == "weekly" || w == "monthly" || w == "yearly" ||
         w == "neighbourly" || w == "neighborly" || w == "orderly" ||
         w == "elderly" || w == "lively" || w == "lonely" || w == "early";
}

bool IsMonth(std::string_view w) {
  return w == "january" || w == "february" || w == "march" || w == "april" ||
         w == "june" || w == "july" || w == "august" || w == "september" ||
         w == "october" || w == "november" || w == "december";
}

bool IsArticle(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" ||
         w == "his" || w == "her" || w == "our" || w == "your" || w == "my" ||
         w == "this" || w == "these" || w == "those";
}

char ClassTag(WordClass c) {
  switch (c) {
    case WordClass::kDeterminer:
      return 'd';
    case WordClass::kAnd:
      return 'a';
    case WordClass::kOr:
      return 'o';
    case WordClass::kBoth:
      return 'b';
    case WordClass::kPreposition:
      return 'p';
    case WordClass::kBy:
      return 'y';
    case WordClass::kOf:
      return 'f';
    case WordClass::kTo:
      return 't';
    case WordClass::kBe:
      return 'B';
    case WordClass::kHave:
      return 'H';
    case WordClass::kDo:
      return 'O';
    case WordClass::kModal:
      return 'M';
    case WordClass::kNegation:
      return 'X';
    case WordClass::kAdverb:
      return 'r';
    case WordClass::kSubordinator:
      return 'c';
    case WordClass::kRelative:
      return 'w';
    case WordClass::kPronoun:
      return 'k';
    case WordClass::kTime:
      return 'T';
    case WordClass::kOpen:
      break;
  }
  return 'n';
}

char InflectionTag(Inflection i) {
  switch (i) {
    case Inflection::kBase:
      return 'V';
    case Inflection::kThird:
      return 'Z';
    case Inflection::kPast:
      return 'D';
    case Inflection::kGerund:
      return 'G';
  }
  return 'V';
}

bool Ambiguous(const Token& t) {
  if (!t.verb) return false;
  for (const auto& f : *t.verb)
    if (f.also_noun || f.inflection == Inflection::kGerund) return true;
  return false;
}

}  // namespace

std::vector<std::string_view> SentenceTagger::VerbLemmas(const Token& t) {
  std::vector<std::string_view> out;
  if (!t.verb) return out;
  Inflection want = Inflection::kBase;
  if (t.tag == 'Z') want = Inflection::kThird;
  if (t.tag == 'D') want = Inflection::kPast;
  if (t.tag == 'G') want = Inflection::kGerund;
  for (const auto& f : *t.verb)
    if (f.inflection == want &&
        std::find(out.begin(), out.end(), f.lemma) == out.end())
      out.push_back(f.lemma);
  // Then the other readings: after "did not" or "could", "wound" is the
  // base form of wound, not the past of wind.
  for (const auto& f : *t.verb)
    if (std::find(out.begin(), out.end(), f.lemma) == out.end())
      out.push_back(f.lemma);
  return out;
}

std::string_view SentenceTagger::VerbLemma(const Token& t) {
  // VerbLemmas' first, without its vector: the first reading of the tag's
  // inflection, else the first reading.
  if (!t.verb || t.verb->empty()) return {};
  Inflection want = Inflection::kBase;
  if (t.tag == 'Z') want = Inflection::kThird;
  if (t.tag == 'D') want = Inflection::kPast;
  if (t.tag == 'G') want = Inflection::kGerund;
  for (const auto& f : *t.verb)
    if (f.inflection == want) return f.lemma;
  return t.verb->front().lemma;
}

SentenceTagger::SentenceTagger(const EnglishLexicon* english,
                               const EventLexicon* events) {
  std::unordered_map<std::string, WordInfo> words;
  EnglishLexicon::ForEachClosed([&](std::string_view w, WordClass c) {
    WordInfo& info = words[std::string(w)];
    info.closed = ClassTag(c);
    info.month = c == WordClass::kTime && IsMonth(w);
  });
  english->ForEachForm(
      [&](std::string_view form, const std::vector<VerbForm>& readings) {
        words[std::string(form)].verb = &readings;
      });
  auto noun = [&](std::string_view n) {
    words[std::string(n)].event_noun = true;
    words[EnglishLexicon::Plural(n)].event_noun = true;
    // A noun written plural in the lexicon ("talks") is found by its
    // singular too, as EnglishLexicon::Singular reads it.
    std::string one = EnglishLexicon::Singular(n);
    if (one != n) words[EnglishLexicon::Plural(one)].event_noun = true;
  };
  for (const EventEntry& e : events->entries()) {
    if (e.kind == EventEntry::Kind::kNoun) noun(e.words.back());
    if (e.kind == EventEntry::Kind::kState)
      for (const auto& o : e.objects) noun(o);
  }
  std::vector<std::pair<std::string, WordInfo>> entries(words.begin(),
                                                        words.end());
  words_ = internal::FlatWordMap<WordInfo>(std::move(entries));
}

void SentenceTagger::Tag(std::string_view s,
                         const std::vector<MentionInfo>& mentions,
                         const std::vector<std::pair<size_t, size_t>>& times,
                         TaggedSentence* tagged) const {
  // One lower-case copy of the sentence: every word is a view into it, no
  // string of its own (ASCII only, as before: offsets do not move).
  std::string& lowered = tagged->lower;
  lowered.assign(s);
  for (char& c : lowered)  // (branch-free: the compiler vectorizes it)
    c = static_cast<char>(c +
                          (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
  const std::string_view low = lowered;
  std::vector<Token>& out = tagged->tokens;
  out.clear();
  out.reserve(s.size() / 5);
  size_t next_mention = 0;
  size_t pos = 0;
  auto in_time = [&](size_t b) {
    for (const auto& [tb, te] : times)
      if (b >= tb && b < te) return true;
    return false;
  };
  while (pos < s.size()) {
    if (next_mention < mentions.size() && mentions[next_mention].begin <= pos) {
      const MentionInfo& m = mentions[next_mention];
      Token t;
      t.begin = m.begin;
      t.end = m.end;
      t.tag = m.demonym ? 'J' : 'N';
      t.mention = static_cast<int>(next_mention);
      std::string_view text = low.substr(m.begin, m.end - m.begin);
      size_t space = text.rfind(' ');
      if (space != std::string_view::npos) text = text.substr(space + 1);
      t.lower = text;
      out.push_back(t);
      pos = std::max(pos, m.end);
      ++next_mention;
      continue;
    }
    size_t limit = next_mention < mentions.size() ? mentions[next_mention].begin
                                                  : s.size();
    // (ASCII without a call: most bytes are.)
    const auto byte = static_cast<unsigned char>(s[pos]);
    Utf8Char ch = byte < 0x80 ? Utf8Char{byte, 1, true} : DecodeUtf8(s, pos);
    char32_t cp = ch.cp;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
        cp == '"' || cp == 0x201C || cp == 0x201D) {
      pos += ch.length;
      continue;
    }
    Token t;
    t.begin = pos;
    if ((cp == '\'' || cp == 0x2019) && pos + ch.length < limit &&
        (s[pos + ch.length] == 's' || s[pos + ch.length] == 'S') &&
        (pos + ch.length + 1 >= s.size() ||
         !IsWordChar(DecodeUtf8(s, pos + ch.length + 1).cp))) {
      t.end = pos + ch.length + 1;
      t.tag = 'q';
      out.push_back(std::move(t));
      pos = t.end;
      continue;
    }
    if (!(byte < 0x80 ? WordCharAt(s, pos) : IsWordChar(cp))) {
      t.end = pos + ch.length;
      if (cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5)
        t.tag = 'd';  // "$3 billion": part of an amount
      else if (cp == ',')
        t.tag = ',';
      else if (cp == '(' || cp == '[')
        t.tag = '(';
      else if (cp == ')' || cp == ']')
        t.tag = ')';
      else if (cp == '-' || cp == 0x2013)  // "Russia-Turkey", "Russia–Turkey"
        t.tag = '-';
      else if (cp == '\'' || cp == 0x2019 || cp == 0x2018) {
        // A closing quote or a plural possessive ("the allies'").
        pos = t.end;
        continue;
      } else
        t.tag = '.';
      out.push_back(std::move(t));
      pos = t.end;
      continue;
    }
    // A word: letters and digits, joined by inner hyphens, apostrophes and
    // dots ("long-term", "U.S.", "3.5").
    size_t end = pos;
    while (end < limit) {
      // Most text is ASCII: letters and digits without a call.
      unsigned char b = static_cast<unsigned char>(s[end]);
      if (b < 0x80 && ((b >= '0' && b <= '9') ||
                       ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))) {
        ++end;
        continue;
      }
      // (An ASCII byte here is no letter or digit: the word may only go on
      // over an inner mark.)
      Utf8Char c = b < 0x80 ? Utf8Char{b, 1, true} : DecodeUtf8(s, end);
      if (b >= 0x80 && IsWordChar(c.cp)) {
        end += c.length;
        continue;
      }
      if ((c.cp == '-' || c.cp == '.' || c.cp == '\'' || c.cp == 0x2019) &&
          end + c.length < limit && WordCharAt(s, end + c.length)) {
        // "France's" and "didn't" end the word at the apostrophe.
        if ((c.cp == '\'' || c.cp == 0x2019)) break;
        end += c.length;
        continue;
      }
      break;
    }
    std::string_view lower = low.substr(pos, end - pos);
    // "didn't", "don't": the negation is a token of its own.
    if (end < limit && (s[end] == '\'' || s.substr(end, 3) == "\u2019") &&
        lower.size() > 1 && lower.back() == 'n') {
      size_t apos = s[end] == '\'' ? 1 : 3;
      if (end + apos < s.size() &&
          (s[end + apos] == 't' || s[end + apos] == 'T')) {
        lower.remove_suffix(1);
        t.end = end - 1;
        t.lower = lower == "ca"   ? std::string_view("can")
                  : lower == "wo" ? std::string_view("will")
                                  : lower;
        t.tag = ClassTag(EnglishLexicon::Closed(t.lower));
        out.push_back(t);
        Token neg;
        neg.begin = end - 1;
        neg.end = end + apos + 1;
        neg.lower = "n't";
        neg.tag = 'X';
        out.push_back(neg);
        pos = neg.end;
        continue;
      }
    }
    t.end = end;
    t.lower = lower;
    bool capitalized = s[pos] >= 'A' && s[pos] <= 'Z';
    const WordInfo* info = Lookup(t.lower);
    t.event_noun = info && info->event_noun;
    if (in_time(pos)) {
      t.tag = 'T';
    } else if (info && info->closed && !(info->month && !capitalized)) {
      // ("a march against ...": a month only with its capital.)
      t.tag = info->closed;
    } else if (IsDigitWord(t.lower)) {
      t.tag = 'd';
    } else if (info && info->verb &&
               !(capitalized && !out.empty() && out.back().tag != '.')) {
      // (A capitalized word inside the sentence is a name, no verb.)
      t.verb = info->verb;
      t.tag = InflectionTag(info->verb->front().inflection);
      for (const auto& f : *info->verb)  // prefer a finite reading
        if (f.inflection == Inflection::kPast) t.tag = 'D';
    } else if (t.lower.size() > 4 &&
               t.lower.substr(t.lower.size() - 2) == "ly" &&
               !LyAdjective(t.lower)) {
      t.tag = 'r';
    } else {
      t.tag = 'n';
    }
    out.push_back(t);
    pos = end;
  }

  // Fixed phrases: "at least", "of course" are adverbs.
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    std::string_view a = out[i].lower;
    std::string_view b = out[i + 1].lower;
    std::string_view phrase = a == "at" && b == "least"    ? "at least"
                              : a == "of" && b == "course" ? "of course"
                              : a == "in" && b == "turn"   ? "in turn"
                                                           : "";
    if (!phrase.empty()) {
      out[i].tag = 'r';
      out[i].end = out[i + 1].end;
      out[i].lower = phrase;
      out.erase(out.begin() + static_cast<long>(i) + 1);
    }
  }
  // "as well as" coordinates like "and".
  for (size_t i = 0; i + 2 < out.size(); ++i) {
    if (out[i].lower == "as" && out[i + 1].lower == "well" &&
        out[i + 2].lower == "as") {
      out[i].tag = 'a';
      out[i].end = out[i + 2].end;
      out[i].lower = "as well as";
      out.erase(out.begin() + static_cast<long>(i) + 1,
                out.begin() + static_cast<long>(i) + 3);
    }
  }

  // Nouns or verbs: "the attacks", "Russia's meeting" are nouns, "Russia
  // attacks" a verb. The word before decides.
  for (size_t i = 0; i < out.size(); ++i) {
    Token& t = out[i];
    char prev = i ? out[i - 1].tag : '.';
    bool verbal = t.tag == 'V' || t.tag == 'Z' || t.tag == 'D' || t.tag == 'G';
    if (!verbal) continue;
    // "the Eritrea-Ethiopia summit": after an actor compound, a noun.
    bool after_compound = prev == 'N' && i >= 3 && out[i - 2].tag == '-' &&
                          (out[i - 3].tag == 'N' || out[i - 3].tag == 'J');
    bool after_modifier = prev == 'd' || prev == 'J' || prev == 'q' ||
                          prev == 'f' || prev == 'n' || prev == 'E' ||
                          after_compound;
    bool after_verb = prev == 'V' || prev == 'Z' || prev == 'D' || prev == 'G';
    // After an article or a possessive no verb follows: "a staunch
    // supporter", "its planned visit" (a number may: "the two met").
    bool after_article = prev == 'd' && IsArticle(out[i - 1].lower);
    // "agreed to sanctions on": after "to" only a base form is a verb.
    if (prev == 't' && (t.tag == 'Z' || t.tag == 'D') && Ambiguous(t)) {
      t.tag = 'n';
      continue;
    }
    if (after_article || (t.tag == 'D' && (prev == 'q' || prev == 'J'))) {
      t.tag = 'n';  // "the planned visit": an adjective
    } else if (Ambiguous(t) && t.tag == 'V' && prev == 'H') {
      t.tag = 'n';  // "had phone talks": no base form after "had"
    } else if (Ambiguous(t) && t.tag == 'G' && prev == 'p' &&
               i + 1 < out.size() && out[i + 1].tag != 'N' &&
               out[i + 1].tag != 'J' && out[i + 1].tag != 'd') {
      t.tag = 'n';  // "asked for meeting with": a noun, unlike "after
                    // meeting Putin"
    } else if (Ambiguous(t) && t.tag == 'D' && after_verb) {
      t.tag = 'n';  // "delivered ground forces": no past after a past
    } else if (Ambiguous(t) && t.tag != 'D') {
      // "Visiting Cairo, X met ...": a gerund that opens the sentence is a
      // verb.
      bool opens = prev == '.' && t.tag == 'G';
      if (opens) continue;
      if (after_modifier || after_verb || prev == '.' || prev == '(' ||
          (prev == 'p' && t.tag != 'G') || (prev == 'y' && t.tag != 'G'))
        t.tag = 'n';
    }
  }
  // Event nouns of the lexicon.
  for (Token& t : out) {
    if (t.tag != 'n' || t.lower.empty()) continue;
    if (t.event_noun) t.tag = 'E';
  }
}

}  // namespace kg::extract
