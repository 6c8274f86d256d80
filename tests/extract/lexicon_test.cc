// The cascade's word knowledge: EnglishLexicon (verb forms), EventLexicon
// (the event table and its errors), the pack keys that name them, and the
// tagger's and chunker's view of small sentences.
#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/chunker.h"
#include "extract/english_lexicon.h"
#include "extract/event_lexicon.h"
#include "extract/frame_matcher.h"
#include "extract/rule_pack.h"
#include "extract/sentence_tagger.h"

namespace kg::extract::lexicon_test {
namespace {

const char kVerbs[] =
    "# lemma, flags, irregular forms\n"
    "meet\tn\tmet\n"
    "send\t-\tsent\n"
    "set\tn\t\n"
    "fine\tn\t\n"
    "fin\tn\t\n"
    "stop\tn\tstopped stopping\n"
    "criticize\t-\t\n"
    "carry\t-\t\n";

std::unique_ptr<EnglishLexicon> Verbs() {
  auto lex = EnglishLexicon::Parse("verbs.tsv", kVerbs);
  REQUIRE_MESSAGE(lex.ok(), lex.status().ToString());
  return std::move(*lex);
}

std::vector<std::string> Lemmas(const EnglishLexicon& lex,
                                const std::string& form) {
  std::vector<std::string> out;
  if (const auto* forms = lex.VerbForms(form))
    for (const VerbForm& f : *forms) out.emplace_back(f.lemma);
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("EnglishLexicon: regular and irregular forms") {
  auto lex = Verbs();
  CHECK(lex->verb_count() == 8);
  CHECK(Lemmas(*lex, "met") == Strings{"meet"});
  CHECK(Lemmas(*lex, "meets") == Strings{"meet"});
  CHECK(Lemmas(*lex, "meeting") == Strings{"meet"});
  CHECK(Lemmas(*lex, "criticized") == Strings{"criticize"});
  CHECK(Lemmas(*lex, "criticizing") == Strings{"criticize"});
  CHECK(Lemmas(*lex, "carries") == Strings{"carry"});
  CHECK(Lemmas(*lex, "carried") == Strings{"carry"});
  CHECK(Lemmas(*lex, "stopped") == Strings{"stop"});
  // Two verbs share a form: both readings, in table order.
  CHECK(Lemmas(*lex, "fined") == Strings{"fine", "fin"});
  CHECK(Lemmas(*lex, "nothing").empty());
  // Writing forms: the irregular one where there is one.
  CHECK(lex->FormsOf("send", Inflection::kPast) == Strings{"sent"});
  CHECK(lex->FormsOf("set", Inflection::kPast) == Strings{"set"});
  CHECK(lex->FormsOf("meet", Inflection::kThird) == Strings{"meets"});
  CHECK(lex->FormsOf("unknown", Inflection::kPast).empty());
  const auto* met = lex->VerbForms("met");
  REQUIRE(met != nullptr);
  CHECK(met->front().inflection == Inflection::kPast);
  CHECK(lex->VerbForms("meets")->front().also_noun);
}

TEST_CASE("EnglishLexicon: closed classes, singulars and plurals") {
  CHECK(EnglishLexicon::Closed("the") == WordClass::kDeterminer);
  CHECK(EnglishLexicon::Closed("by") == WordClass::kBy);
  CHECK(EnglishLexicon::Closed("could") == WordClass::kModal);
  CHECK(EnglishLexicon::Closed("but") == WordClass::kAnd);
  CHECK(EnglishLexicon::Closed("treaty") == WordClass::kOpen);
  CHECK(EnglishLexicon::Singular("sanctions") == "sanction");
  CHECK(EnglishLexicon::Singular("parties") == "party");
  CHECK(EnglishLexicon::Singular("crisis") == "crisis");
  CHECK(EnglishLexicon::Plural("ally") == "allies");
  CHECK(EnglishLexicon::Plural("attack") == "attacks");
}

TEST_CASE("EnglishLexicon: SameSingular is Singular(a) == Singular(b)") {
  struct Row {
    const char* a;
    const char* b;
    bool same;
  };
  const Row rows[] = {
      {"ally", "allies", true},      {"allies", "ally", true},
      {"allies", "allies", true},    {"sanction", "sanctions", true},
      {"talks", "talk", true},       {"crisis", "crises", false},
      {"church", "churches", true},  {"box", "boxes", true},
      {"party", "parties", true},    {"part", "parties", false},
      {"partie", "parties", false},  {"bus", "buses", false},
      {"press", "presses", true},   {"pressy", "presses", false},
      {"gas", "gas", true},          {"ties", "ty", true},
      {"tie", "ties", false},        {"envoys", "envoy", true},
      {"", "", true},                {"y", "ies", false},
      {"abcy", "abcies", true},      {"abcx", "abcies", false}};
  for (const Row& r : rows) {
    CAPTURE(r.a);
    CAPTURE(r.b);
    CHECK(EnglishLexicon::SameSingular(r.a, r.b) == r.same);
    CHECK((EnglishLexicon::Singular(r.a) == EnglishLexicon::Singular(r.b)) ==
          r.same);
  }
}

TEST_CASE("EnglishLexicon: a bad line names the file and line") {
  CHECK(EnglishLexicon::Parse("v.tsv", "meet\tn\tmet\nbroken line\n")
            .status()
            .ToString() ==
        "v.tsv:2: want \"lemma<TAB>flags<TAB>irregular forms\"");
  CHECK(EnglishLexicon::Parse("v.tsv", "meet\tx\t\n").status().ToString() ==
        "v.tsv:1: want a lemma and the flags \"n\" or \"-\"");
}

std::string TableError(const std::string& text) {
  std::vector<EventEntry> out;
  Status s = ParseEventTable("e.tsv", text, &out);
  return s.ok() ? "OK" : s.ToString();
}

TEST_CASE("EventLexicon: the table's errors name file, line and column") {
  CHECK(TableError("# a comment\n\nverb\tmeet\tdobj|with\tmeet\t040\tsym\n") ==
        "OK");
  CHECK(TableError("verb\tmeet\tdobj\tmeet\t040\n") ==
        "e.tsv:1: want 6 tab-separated columns (kind, phrase, object, "
        "relation, code, symmetric), found 5");
  CHECK(TableError("adverb\tmeet\tdobj\tmeet\t040\t-\n") ==
        "e.tsv:1: kind \"adverb\" is not \"verb\", \"noun\" or \"state\"");
  CHECK(TableError("verb\tMeet\tdobj\tmeet\t040\t-\n") ==
        "e.tsv:1: phrase \"Meet\" must be lower-case words separated by one "
        "space");
  CHECK(TableError("verb\tmeet\tdobj,with\tmeet\t040\t-\n") ==
        "e.tsv:1: object \"dobj,with\" must be \"dobj\" or prepositions "
        "joined by |");
  CHECK(TableError("noun\tvisit\tdobj\tvisit\t042\t-\n") ==
        "e.tsv:1: a noun takes its object by a preposition, not \"dobj\"");
  CHECK(TableError("verb\tmeet\tdobj\tmeet\t21\t-\n") ==
        "e.tsv:1: code \"21\" is not a CAMEO code (2-4 digits, root 01-20)");
  CHECK(TableError("verb\tmeet\tdobj\tmeet\t040\tyes\n") ==
        "e.tsv:1: symmetric \"yes\" is not \"sym\" or \"-\"");
  CHECK(TableError("verb\tmeet\tdobj\t\t040\t-\n") ==
        "e.tsv:1: empty relation");
}

TEST_CASE("EventLexicon: lookups, longest phrase first, later entries first") {
  std::vector<EventEntry> entries;
  REQUIRE(ParseEventTable("e.tsv",
                          "verb\thold\tdobj\thold\t04\t-\n"
                          "verb\thold talks\twith\thold talks\t043\tsym\n"
                          "noun\tphone call\twith\tphone\t041\tsym\n"
                          "state\tsour\trelations|ties\tsour relations\t16\t"
                          "sym\n"
                          "verb\thold\tdobj\thold\t042\t-\n",
                          &entries)
              .ok());
  EventLexicon lex(entries);
  const auto* hold = lex.Verb("hold");
  REQUIRE(hold != nullptr);
  REQUIRE(hold->size() == 3);
  CHECK((*hold)[0]->phrase() == "hold talks");
  CHECK((*hold)[1]->code == "042");  // a later entry (a user pack's) first
  CHECK((*hold)[2]->code == "04");
  CHECK((*hold)[0]->root() == "04");
  CHECK((*hold)[0]->symmetric);
  CHECK((*hold)[0]->TakesObject("with"));
  CHECK_FALSE((*hold)[0]->TakesObject("dobj"));
  REQUIRE(lex.Noun("call") != nullptr);  // a compound, by its head
  CHECK(lex.Noun("call")->front()->phrase() == "phone call");
  CHECK(lex.Noun("phone") == nullptr);
  REQUIRE(lex.State("sour") != nullptr);
  CHECK(lex.IsStateNoun("ties"));
  CHECK_FALSE(lex.IsStateNoun("talks"));
}

// A pack made of the given files, loaded from memory.
Result<RulePack> Pack(const std::map<std::string, std::string>& files) {
  return LoadRulePack(
      "p/pack.json",
      [&files](const std::string& path, std::string* bytes) -> Status {
        auto it = files.find(path);
        if (it == files.end()) return Status::NotFound(path, "no such file");
        *bytes = it->second;
        return Status::Ok();
      });
}

TEST_CASE("RulePack: english, lexicon and frames load, and fail by name") {
  std::map<std::string, std::string> files = {
      {"p/pack.json",
       "{\"name\": \"t\", \"english\": \"../en/verbs.tsv\",\n"
       " \"lexicon\": [\"events.tsv\"],\n"
       " \"frames\": [{\"id\": \"active\", \"pattern\": "
       "\"(?P<subj>N)(?P<verb>V)(?P<obj>N)\"}]}\n"},
      {"en/verbs.tsv", kVerbs},
      {"p/events.tsv", "verb\tcriticize\tdobj\tcriticize\t111\t-\n"}};
  Result<RulePack> pack = Pack(files);
  REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
  CHECK(pack->english_path == "en/verbs.tsv");
  CHECK(pack->events.size() == 1);
  REQUIRE(pack->frames.size() == 1);
  CHECK(pack->frames[0].source_line == 3);
  CHECK(pack->files == std::vector<std::string>{"p/pack.json", "p/events.tsv"});

  files["p/events.tsv"] = "verb\tcriticize\tdobj\tcriticize\t111\n";
  CHECK(Pack(files).status().ToString() ==
        "p/events.tsv:1: want 6 tab-separated columns (kind, phrase, object, "
        "relation, code, symmetric), found 5");
  files.erase("p/events.tsv");
  CHECK(Pack(files).status().ToString() ==
        "p/events.tsv: no such file (named by p/pack.json)");
}

TEST_CASE("FrameMatcher: a frame's errors name its file, line and id") {
  auto error = [](const std::string& pattern) {
    RulePack pack;
    pack.english_bytes = kVerbs;
    FrameSpec f;
    f.id = "f";
    f.pattern = pattern;
    f.source_path = "pack.json";
    f.source_line = 7;
    pack.frames.push_back(f);
    auto fm = FrameMatcher::Create(pack);
    return fm.ok() ? std::string("OK") : fm.status().ToString();
  };
  CHECK(error("(?P<subj>N)(?P<verb>V)(?P<obj>N)") == "OK");
  CHECK(error("(?P<subj>N)(?P<verb>V)(?P<thing>N)") ==
        "pack.json:7: frame \"f\": unknown group (?P<thing>...): want subj, "
        "obj, both, verb, noun, ctrl or state");
  CHECK(error("(?P<subj>N)(?P<obj>N)") ==
        "pack.json:7: frame \"f\": needs a group (?P<verb>...) or "
        "(?P<noun>...), or (?P<both>...) and (?P<state>...)");
  CHECK(error("(?P<subj>N)(?P<verb>V)") ==
        "pack.json:7: frame \"f\": needs (?P<subj>...) and (?P<obj>...), or "
        "(?P<both>...)");
  CHECK(error("(?P<subj>N)(?P<verb>V)(?P<obj>N") ==
        "pack.json:7: frame \"f\": missing ): (?P<subj>N)(?P<verb>V)(?P<obj>N");
}

// The tags and chunks of a sentence whose actors are at the given spans.
struct Parsed {
  std::string tags, chunks;
};
Parsed Parse(const std::string& s, std::vector<MentionInfo> mentions) {
  static const auto english = Verbs();
  static const EventLexicon events([] {
    std::vector<EventEntry> e;
    REQUIRE(ParseEventTable("e.tsv", "noun\tattack\ton\tattack\t180\t-\n", &e)
                .ok());
    return e;
  }());
  SentenceTagger tagger(english.get(), &events);
  TaggedSentence tagged;
  tagger.Tag(s, mentions, {}, &tagged);
  Parsed p;
  for (const Token& t : tagged.tokens) p.tags.push_back(t.tag);
  p.chunks = ChunkString(ChunkTokens(tagged.tokens, mentions));
  return p;
}

TEST_CASE("SentenceTagger and chunker: a byte a token, a byte a chunk") {
  // "Chile met Peru."
  Parsed p = Parse("Chile met Peru.", {{0, 5}, {10, 14}});
  CHECK(p.tags == "NDN.");
  CHECK(p.chunks == "NVN.");
  // A passive with "by" and a coordinated subject.
  p = Parse("Chile and Peru were criticized by Bolivia.",
            {{0, 5}, {10, 14}, {34, 41}});
  CHECK(p.tags == "NaNBDyN.");
  CHECK(p.chunks == "NPyN.");
  // A negated modal group, and a noun after an article.
  p = Parse("Chile could not meet the attack of Peru.", {{0, 5}, {35, 39}});
  CHECK(p.tags == "NMXVdEfN.");
  CHECK(p.chunks == "NVdEfN.");
  // "Romanian diplomats" is the country; "didn't" splits.
  MentionInfo romanian{13, 21, true, false};
  p = Parse("Chile didn't Romanian diplomats.", {{0, 5}, romanian});
  CHECK(p.tags == "NOXJn.");
  CHECK(p.chunks == "NVN.");  // "did not" alone: "do" is the verb
}

}  // namespace
}  // namespace kg::extract::lexicon_test

namespace kg::extract::lexicon_test {
namespace {

// Every token as "tag:lower", space-separated.
std::string Words(const TaggedSentence& t) {
  std::string out;
  for (const Token& k : t.tokens) {
    if (!out.empty()) out += ' ';
    out += k.tag;
    out += ':';
    out += k.lower;
  }
  return out;
}

TEST_CASE("SentenceTagger: words view one lower-case copy, rewritten ones "
          "static strings") {
  static const auto english = Verbs();
  static const EventLexicon events(std::vector<EventEntry>{});
  SentenceTagger tagger(english.get(), &events);
  TaggedSentence t;
  tagger.Tag("Chile Didn't meet PERU At Least once.", {{0, 5}, {18, 22}}, {},
             &t);
  CHECK(t.lower == "chile didn't meet peru at least once.");
  CHECK(Words(t) == "N:chile O:did X:n't V:meet N:peru r:at least r:once .:");
  // Views into the copy, offsets those of the sentence.
  REQUIRE(t.tokens.size() == 8);
  CHECK(t.tokens[4].lower.data() == t.lower.data() + 18);
  CHECK(t.tokens[7].lower.empty());  // punctuation has no word
  CHECK(t.tokens[0].lower.data() == t.lower.data());
  // A mention's word is its last one.
  tagger.Tag("The Two Countries can't meet, as well as Peru.",
             {{0, 17}, {41, 45}}, {}, &t);
  CHECK(Words(t) == "N:countries M:can X:n't V:meet ,: a:as well as N:peru .:");
  // The buffers are reused: a shorter sentence after a longer one leaves
  // nothing of it behind, and gives what a fresh TaggedSentence gives.
  tagger.Tag("Peru won't.", {{0, 4}}, {}, &t);
  TaggedSentence fresh;
  tagger.Tag("Peru won't.", {{0, 4}}, {}, &fresh);
  CHECK(Words(t) == "N:peru M:will X:n't .:");
  CHECK(Words(t) == Words(fresh));
  CHECK(t.lower == "peru won't.");
}

// Every token's bytes of the sentence, '|'-separated.
std::string Spans(std::string_view s, const TaggedSentence& t) {
  std::string out;
  for (const Token& k : t.tokens) {
    if (!out.empty()) out += '|';
    out += s.substr(k.begin, k.end - k.begin);
  }
  return out;
}

TEST_CASE("SentenceTagger: words end at ASCII and non-ASCII marks alike") {
  // Inner marks join words only before a letter or digit, ASCII or not;
  // a non-ASCII letter goes on a word, a non-ASCII mark ends it.
  static const auto english = Verbs();
  static const EventLexicon events(std::vector<EventEntry>{});
  SentenceTagger tagger(english.get(), &events);
  TaggedSentence t;
  std::string s = "Long-term U.S. aid, na\u00efve ties: 3.5% growth\u2014rose.";
  tagger.Tag(s, {}, {}, &t);
  CHECK(Spans(s, t) ==
        "Long-term|U.S|.|aid|,|na\u00efve|ties|:|3.5|%|growth|\u2014|rose|.");
  s = "\u00c9lys\u00e9e-\u00e9lus x-\u00e9 y.-z 4'5 Ana\u2019s b\u00e9-. e-";
  tagger.Tag(s, {}, {}, &t);
  CHECK(Spans(s, t) ==
        "\u00c9lys\u00e9e-\u00e9lus|x-\u00e9|y|.|-|z|4|5|Ana|\u2019s|"
        "b\u00e9|-|.|e|-");
}

TEST_CASE("ChunkTokens: chunks written over reused ones are fresh ones") {
  static const auto english = Verbs();
  static const EventLexicon events(std::vector<EventEntry>{});
  SentenceTagger tagger(english.get(), &events);
  std::vector<Chunk> reused;
  auto show = [](const std::vector<Chunk>& cs) {
    std::string out;
    for (const Chunk& c : cs) {
      out += c.tag;
      out += "[" + std::to_string(c.first) + "-" + std::to_string(c.last);
      for (int m : c.mentions) out += " m" + std::to_string(m);
      for (size_t h : c.heads) out += " h" + std::to_string(h);
      if (c.negated) out += " neg";
      if (c.modal) out += " modal";
      out += "]";
    }
    return out;
  };
  struct Row {
    std::string text;
    std::vector<MentionInfo> mentions;
  };
  const Row rows[] = {
      {"Chile, Peru and Bolivia could not have met Ecuador again.",
       {{0, 5}, {7, 11}, {16, 23}, {43, 50}}},
      {"Chile met Peru.", {{0, 5}, {10, 14}}},
      {"Chile is an ally of Peru.", {{0, 5}, {20, 24}}},
      {"Chile stopped and fined Peru.", {{0, 5}, {24, 28}}},
      // Longer again: chunks taken back from the spare ones are fresh too.
      {"Chile, Peru and Bolivia would never have met Ecuador.",
       {{0, 5}, {7, 11}, {16, 23}, {45, 52}}},
      {"Chile did not meet Peru, Bolivia or Ecuador in Lima.",
       {{0, 5}, {19, 23}, {25, 32}, {36, 43}}},
      {"Chile stopped and fined Peru.", {{0, 5}, {24, 28}}},
  };
  for (const Row& r : rows) {
    TaggedSentence t;
    tagger.Tag(r.text, r.mentions, {}, &t);
    ChunkTokens(t.tokens, r.mentions, &reused);
    CHECK_MESSAGE(show(reused) == show(ChunkTokens(t.tokens, r.mentions)),
                  r.text);
  }
  CHECK(show(reused) == "N[0-0 m0]V[1-3 h1 h3]N[4-4 m1].[5-5]");
}

}  // namespace
}  // namespace kg::extract::lexicon_test

namespace kg::extract::lexicon_test {
namespace {

TEST_CASE("SentenceTagger: VerbLemma is the first of VerbLemmas") {
  static const auto english = Verbs();
  const char* forms[] = {"met",  "meet",  "meets",   "meeting", "fined",
                         "fine", "fins",  "stopped", "set",     "sets",
                         "sent", "carry", "carried", "carries", "criticized"};
  for (const char* form : forms)
    for (char tag : {'V', 'Z', 'D', 'G', 'n'}) {
      Token t;
      t.tag = tag;
      t.lower = form;
      t.verb = english->VerbForms(form);
      REQUIRE_MESSAGE(t.verb != nullptr, form);
      std::vector<std::string_view> all = SentenceTagger::VerbLemmas(t);
      REQUIRE(!all.empty());
      CHECK_MESSAGE(SentenceTagger::VerbLemma(t) == all.front(),
                    form << " as " << tag);
    }
  Token none;
  CHECK(SentenceTagger::VerbLemma(none).empty());
}

TEST_CASE("EnglishLexicon: nouns of different first letters are never the "
          "same singular") {
  // The frame matcher skips SameSingular for them.
  const char* words[] = {"ally",   "allies", "ties",  "ty",   "sanction",
                         "sanctions", "talks", "talk", "press", "presses",
                         "boxes",  "box",    "parties", "party", "yies",
                         "ies",    "y",      "s",     "ss",   "bus"};
  for (const char* a : words)
    for (const char* b : words)
      if (a[0] != b[0])
        CHECK_MESSAGE(!EnglishLexicon::SameSingular(a, b), a << " " << b);
}

}  // namespace
}  // namespace kg::extract::lexicon_test
