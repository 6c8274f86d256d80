// DocumentActors: the actors one document talks about - the gazetteer's,
// plus the persons and organizations discovered in its text - and what the
// document has said so far (the focus of its title and section, the actors
// of the current paragraph) to resolve "he", "the two countries" and later
// bare surnames.
//
//   kg::extract::DocumentActors actors(&gazetteer);
//   int carney = actors.AddDiscovered("Mark Carney", ActorType::kPerson, canada);
//   actors.Lookup("Carney");       // == carney, from now on in this document
//
// Indices below gazetteer->actors().size() are the gazetteer's; the others
// are discovered ones. Not thread-safe: one per document being extracted.
#ifndef KG_EXTRACT_DOCUMENT_ACTORS_H_
#define KG_EXTRACT_DOCUMENT_ACTORS_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/actor.h"
#include "extract/gazetteer.h"

namespace kg::extract {

class DocumentActors {
 public:
  explicit DocumentActors(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  const Actor& actor(int i) const;
  int size() const;

  /// The actor named `name` in this document: an earlier discovered person
  /// or organization, a gazetteer person's full name or surname once the
  /// document has mentioned that person, or -1.
  int Lookup(std::string_view name) const;
  /// Adds (or finds) a discovered actor and returns its index. Persons also
  /// become known by their surname (`surname`, or the name's last word).
  int AddDiscovered(const std::string& name, ActorType type,
                    const std::string& country,
                    const std::string& surname = "");
  /// From now on `name` names actor `i` in this document ("Lord Ahmad"
  /// for "Lord Ahmad of Wimbledon").
  void AddLocalName(const std::string& name, int i);
  /// Records that the document mentions gazetteer or discovered actor `i`
  /// by its full name: from now on its surname alone names it.
  void NoteFullMention(int i);

  /// The country actor a person or organization belongs to, or -1; a country
  /// is its own.
  int CountryOf(int i) const;

  // --- focus and recency -------------------------------------------------
  void SetDocumentFocus(int actor) { doc_focus_ = actor; }
  void SetSectionFocus(int actor) { section_focus_ = actor; }
  int document_focus() const { return doc_focus_; }
  int section_focus() const { return section_focus_; }
  /// The document focus as a country (a person focus gives its country).
  int FocusCountry() const {
    return doc_focus_ < 0 ? -1 : CountryOf(doc_focus_);
  }
  void StartParagraph() {
    recent_.clear();
    sentence_start_ = previous_start_ = 0;
  }
  /// Marks the start of a sentence: recent() from previous_sentence_start()
  /// on are the actors of the previous sentence and of this one.
  void StartSentence() {
    previous_start_ = sentence_start_;
    sentence_start_ = recent_.size();
  }
  size_t previous_sentence_start() const { return previous_start_; }
  /// Appends the actors of a mention, in text order.
  void NoteRecent(int actor);
  const std::vector<int>& recent() const { return recent_; }
  /// The most recent person of the paragraph (then of the document).
  int LastPerson() const;
  /// Records that `person` was named with `title` ("Foreign Minister Sergey
  /// Lavrov"): "the Foreign Minister" refers to them until another person
  /// takes the title.
  void NoteTitle(std::string_view title, int person);
  /// The person the document last named with `title` (any case), or -1.
  int PersonTitled(std::string_view title) const;
  bool has_titles() const { return !titled_.empty(); }

 private:
  static std::string SurnameOf(const std::string& name);

  const Gazetteer* gazetteer_;
  std::vector<Actor> discovered_;
  // Looked up by string_view for every run of capitalized words: a hash
  // that takes both spares a std::string a lookup.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::unordered_map<std::string, int, NameHash, std::equal_to<>> local_names_;
  std::unordered_map<std::string, int> titled_;  // lower-case title -> person
  std::vector<int> recent_;
  size_t sentence_start_ = 0;
  size_t previous_start_ = 0;
  int last_person_ = -1;
  int doc_focus_ = -1;
  int section_focus_ = -1;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_DOCUMENT_ACTORS_H_
