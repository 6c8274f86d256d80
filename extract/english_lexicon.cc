#include "extract/english_lexicon.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <set>
#include <unordered_map>
#include <utility>

#include "extract/internal/table_lines.h"

namespace kg::extract {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// Regular inflections. Doubled consonants ("stopped") are irregular forms in
// WordNet's exception list, so the rules never double.
std::string Third(std::string_view v) {
  std::string s(v);
  if (EndsWith(s, "s") || EndsWith(s, "x") || EndsWith(s, "z") ||
      EndsWith(s, "ch") || EndsWith(s, "sh") ||
      (s.size() > 1 && s.back() == 'o' && !IsVowel(s[s.size() - 2])))
    return s + "es";
  if (s.size() > 1 && s.back() == 'y' && !IsVowel(s[s.size() - 2]))
    return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

std::string Past(std::string_view v) {
  std::string s(v);
  if (s.back() == 'e') return s + "d";
  if (s.size() > 1 && s.back() == 'y' && !IsVowel(s[s.size() - 2]))
    return s.substr(0, s.size() - 1) + "ied";
  return s + "ed";
}

std::string Gerund(std::string_view v) {
  std::string s(v);
  if (EndsWith(s, "ie")) return s.substr(0, s.size() - 2) + "ying";
  if (s.size() > 2 && s.back() == 'e' && !EndsWith(s, "ee") &&
      !EndsWith(s, "ye") && !EndsWith(s, "oe"))
    return s.substr(0, s.size() - 1) + "ing";
  return s + "ing";
}

// An irregular form's inflection, from its shape: WordNet's list does not
// say ("met", "sworn", "stopping", "goes").
Inflection GuessInflection(std::string_view form, std::string_view lemma) {
  if (EndsWith(form, "ing") && !EndsWith(lemma, "ing"))
    return Inflection::kGerund;
  if (EndsWith(form, "s") && !EndsWith(lemma, "s") && form.size() > 2 &&
      !EndsWith(form, "ss"))
    return Inflection::kThird;
  return Inflection::kPast;
}

}  // namespace

struct EnglishLexicon::Impl {
  std::deque<std::string> lemmas;  // stable storage for the views
  // Looked up by string_view for every word: a transparent hash spares a
  // std::string a lookup.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::unordered_map<std::string, std::vector<VerbForm>, Hash, std::equal_to<>>
      forms;
  std::unordered_map<std::string_view, const std::string*> lemma_index;
  // (lemma, inflection) pairs that have an irregular form: the regular one
  // derived by rule ("sended") is then no form to write.
  std::unordered_map<std::string, bool> irregular;
  static std::string Key(std::string_view lemma, Inflection i) {
    return std::string(lemma) + "/" + std::to_string(static_cast<int>(i));
  }

  void Add(const std::string& form, std::string_view lemma, Inflection infl,
           bool noun) {
    auto& v = forms[form];
    for (const auto& f : v)
      if (f.lemma == lemma && f.inflection == infl) return;
    v.push_back({lemma, infl, noun});
  }
};

EnglishLexicon::EnglishLexicon() : impl_(std::make_unique<Impl>()) {}
EnglishLexicon::~EnglishLexicon() = default;

Result<std::unique_ptr<EnglishLexicon>> EnglishLexicon::Parse(
    std::string_view path, std::string_view bytes) {
  std::unique_ptr<EnglishLexicon> lex(new EnglishLexicon());
  Impl& m = *lex->impl_;
  internal::TableLines lines(bytes);
  std::string_view line;
  size_t line_no = 0;
  while (lines.Next(&line, &line_no)) {
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos)
      return Status::InvalidArgument(
          std::string(path) + ":" + std::to_string(line_no),
          "want \"lemma<TAB>flags<TAB>irregular forms\"");
    std::string_view lemma = line.substr(0, t1);
    std::string_view flags = line.substr(t1 + 1, t2 - t1 - 1);
    std::string_view irregular = line.substr(t2 + 1);
    if (lemma.empty() || (flags != "n" && flags != "-"))
      return Status::InvalidArgument(
          std::string(path) + ":" + std::to_string(line_no),
          "want a lemma and the flags \"n\" or \"-\"");
    m.lemmas.emplace_back(lemma);
    std::string_view l = m.lemmas.back();
    m.lemma_index[l] = &m.lemmas.back();
    bool noun = flags == "n";
    m.Add(std::string(l), l, Inflection::kBase, noun);
    m.Add(Third(l), l, Inflection::kThird, noun);
    m.Add(Past(l), l, Inflection::kPast, false);
    m.Add(Gerund(l), l, Inflection::kGerund, noun);
    // Verbs whose past is their base ("set", "cut"): WordNet lists no
    // exception for them, and the rule would write "seted".
    static const std::set<std::string_view> kSamePast = {
        "bet",    "bid",      "broadcast", "burst", "cast",  "cost",
        "cut",    "forecast", "hit",       "hurt",  "let",   "put",
        "quit",   "rid",      "set",       "shed",  "shut",  "slit",
        "split",  "spread",   "thrust",    "upset", "reset", "offset",
        "outbid", "overrun",  "beset"};
    if (kSamePast.count(l)) {
      m.Add(std::string(l), l, Inflection::kPast, false);
      m.irregular[Impl::Key(l, Inflection::kPast)] = true;
    }
    while (!irregular.empty()) {
      size_t sp = irregular.find(' ');
      std::string_view form = irregular.substr(0, sp);
      irregular = sp == std::string_view::npos ? std::string_view()
                                               : irregular.substr(sp + 1);
      if (form.empty()) continue;
      Inflection infl = GuessInflection(form, l);
      m.Add(std::string(form), l, infl, noun && infl != Inflection::kPast);
      m.irregular[Impl::Key(l, infl)] = true;
    }
  }
  return lex;
}

const std::vector<VerbForm>* EnglishLexicon::VerbForms(
    std::string_view lower) const {
  auto it = impl_->forms.find(lower);
  return it == impl_->forms.end() ? nullptr : &it->second;
}

std::vector<std::string> EnglishLexicon::FormsOf(std::string_view lemma,
                                                 Inflection inflection) const {
  std::vector<std::string> out;
  if (!impl_->lemma_index.count(lemma)) return out;
  bool has_irregular = impl_->irregular.count(Impl::Key(lemma, inflection));
  std::string regular = inflection == Inflection::kPast    ? Past(lemma)
                        : inflection == Inflection::kThird ? Third(lemma)
                        : inflection == Inflection::kGerund
                            ? Gerund(lemma)
                            : std::string(lemma);
  for (const auto& [form, readings] : impl_->forms)
    for (const auto& r : readings)
      if (r.lemma == lemma && r.inflection == inflection &&
          !(has_irregular && form == regular))
        out.push_back(form);
  std::sort(out.begin(), out.end());
  return out;
}

size_t EnglishLexicon::verb_count() const { return impl_->lemmas.size(); }

namespace {

// The singular as a stem of the word plus "" or "y": Singular without a
// string of its own (the frame matcher compares nouns by it per token).
std::pair<std::string_view, std::string_view> SingularParts(
    std::string_view s) {
  if (s.size() < 4 || s.back() != 's' || EndsWith(s, "ss") ||
      EndsWith(s, "us") || EndsWith(s, "is"))
    return {s, ""};
  if (EndsWith(s, "ies")) return {s.substr(0, s.size() - 3), "y"};
  if (EndsWith(s, "ches") || EndsWith(s, "shes") || EndsWith(s, "xes") ||
      EndsWith(s, "sses"))
    return {s.substr(0, s.size() - 2), ""};
  return {s.substr(0, s.size() - 1), ""};
}

}  // namespace

std::string EnglishLexicon::Singular(std::string_view w) {
  auto [stem, tail] = SingularParts(w);
  std::string out(stem);
  out += tail;
  return out;
}

bool EnglishLexicon::SameSingular(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto [sa, ta] = SingularParts(a);
  auto [sb, tb] = SingularParts(b);
  if (sa.size() + ta.size() != sb.size() + tb.size()) return false;
  if (ta == tb) return sa == sb;
  // One ends in the "y" the other's stem has: "ally" against "allies".
  if (ta.empty()) return sa.substr(0, sb.size()) == sb && sa.back() == 'y';
  return sb.substr(0, sa.size()) == sa && sb.back() == 'y';
}

namespace {
const std::unordered_map<std::string_view, WordClass>& ClosedTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, WordClass>();
    auto add = [t](WordClass c, std::initializer_list<std::string_view> ws) {
      for (auto x : ws) t->emplace(x, c);
    };
    add(WordClass::kDeterminer,
        {"the",      "a",         "an",    "its",   "their",   "his",
         "her",      "our",       "your",  "my",    "this",    "these",
         "those",    "some",      "any",   "each",  "every",   "all",
         "another",  "other",     "no",    "many",  "several", "few",
         "most",     "more",      "two",   "three", "four",    "five",
         "six",      "seven",     "eight", "nine",  "ten",     "dozens",
         "hundreds", "thousands", "one",   "such",  "various", "numerous",
         "own"});
    add(WordClass::kAnd, {"and", "&", "but"});
    add(WordClass::kOr, {"or", "nor"});
    add(WordClass::kBoth, {"both", "either", "neither"});
    add(WordClass::kPreposition,
        {"with",      "on",        "in",         "at",         "for",
         "from",      "into",      "onto",       "over",       "against",
         "about",     "after",     "before",     "during",     "since",
         "until",     "between",   "among",      "amongst",    "toward",
         "towards",   "through",   "under",      "within",     "without",
         "across",    "despite",   "amid",       "upon",       "via",
         "near",      "behind",    "beyond",     "around",     "along",
         "including", "regarding", "concerning", "following",  "per",
         "than",      "like",      "alongside",  "throughout", "against",
         "unlike",    "inside",    "outside",    "off",        "out",
         "up",        "down",      "as"});
    add(WordClass::kBy, {"by"});
    add(WordClass::kOf, {"of"});
    add(WordClass::kTo, {"to"});
    add(WordClass::kBe,
        {"be", "am", "is", "are", "was", "were", "been", "being"});
    add(WordClass::kHave, {"have", "has", "had", "having"});
    add(WordClass::kDo, {"do", "does", "did"});
    add(WordClass::kModal,
        {"will", "would", "could", "can", "may", "might", "must", "shall",
         "should", "cannot", "'ll", "'d", "wo", "ca"});
    add(WordClass::kNegation, {"not", "never", "n't", "no longer"});
    add(WordClass::kAdverb,
        {"also",         "again",      "later",     "then",       "now",
         "soon",         "once",       "still",     "already",    "just",
         "even",         "yet",        "ever",      "further",    "first",
         "subsequently", "reportedly", "allegedly", "jointly",    "together",
         "twice",        "thus",       "however",   "therefore",  "meanwhile",
         "instead",      "too",        "almost",    "nearly",     "only",
         "very",         "so",         "well",      "often",      "repeatedly",
         "formally",     "officially", "publicly",  "directly",   "previously",
         "recently",     "finally",    "initially", "eventually", "ultimately",
         "immediately",  "quickly",    "briefly",   "separately", "privately",
         "strongly",     "sharply",    "firmly",    "openly",     "here",
         "there",        "today",      "tonight",   "yesterday",  "tomorrow",
         "ago",          "late",       "early"});
    add(WordClass::kSubordinator,
        {"that", "because", "while", "although", "though", "whereas", "if",
         "unless", "when", "whether", "whenever", "since", "so", "but", "what",
         "how", "why"});
    add(WordClass::kRelative, {"who", "whom", "whose", "which", "where"});
    add(WordClass::kPronoun,
        {"it", "they", "them", "we", "us", "you", "i", "me", "itself",
         "themselves", "there", "he", "she", "him"});
    add(WordClass::kTime,
        {"monday",  "tuesday", "wednesday", "thursday", "friday",   "saturday",
         "sunday",  "january", "february",  "march",    "april",    "june",
         "july",    "august",  "september", "october",  "november", "december",
         "week",    "weekend", "month",     "year",     "morning",  "afternoon",
         "evening", "night",   "day",       "decade",   "century"});
    return t;
  }();
  return *table;
}
}  // namespace

WordClass EnglishLexicon::Closed(std::string_view w) {
  auto it = ClosedTable().find(w);
  return it == ClosedTable().end() ? WordClass::kOpen : it->second;
}

void EnglishLexicon::ForEachClosed(
    const std::function<void(std::string_view, WordClass)>& fn) {
  for (const auto& [w, c] : ClosedTable()) fn(w, c);
}

void EnglishLexicon::ForEachForm(
    const std::function<void(std::string_view, const std::vector<VerbForm>&)>&
        fn) const {
  for (const auto& [form, readings] : impl_->forms) fn(form, readings);
}

std::string EnglishLexicon::Plural(std::string_view noun) {
  return Third(noun);  // the same spelling rules: -s, -es, -ies
}

}  // namespace kg::extract
