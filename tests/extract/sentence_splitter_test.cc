#include "extract/sentence_splitter.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {
namespace {

struct SplitCase {
  std::string_view text;
  std::vector<std::string_view> sentences;
};

// Sentences joined by " | ", so that a failure prints both sides.
std::string Join(const std::vector<std::string_view>& sentences) {
  std::string out;
  for (std::string_view s : sentences) {
    if (!out.empty()) out += " | ";
    out += s;
  }
  return out;
}

std::string Split(std::string_view text) {
  std::vector<std::string_view> out;
  for (Span s : SplitSentences(text)) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return Join(out);
}

// Spans as "[0,18) [19,31)".
std::string Spans(std::string_view text) {
  std::string out;
  for (Span s : SplitSentences(text)) {
    if (!out.empty()) out += " ";
    out += "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")";
  }
  return out;
}

void CheckSplits(const std::vector<SplitCase>& cases) {
  for (const SplitCase& c : cases) {
    CAPTURE(c.text);
    CHECK(Split(c.text) == Join(c.sentences));
  }
}

TEST_CASE("SplitSentences: the header example, exact spans") {
  CHECK(Spans("Dr. Li met Mr. Wu. They talked.") == "[0,18) [19,31)");
}

TEST_CASE("SplitSentences: trims white space, drops empty sentences") {
  CHECK(Spans("") == "");
  CHECK(Spans(" \n\t ") == "");
  CHECK(Spans("  One.   Two.\n\nThree.  ") == "[2,6) [9,13) [15,21)");
  CHECK(Spans("One.\r\nTwo.\r\n") == "[0,4) [6,10)");
  CHECK(Spans("A  b.\n\n\n  C d") == "[0,5) [10,13)");
}

TEST_CASE("SplitSentences: a text without a final period") {
  CheckSplits({
      {"A paragraph without a period", {"A paragraph without a period"}},
      {"First one. Second without", {"First one.", "Second without"}},
      {"Xi Jinping Thought on Diplomacy", {"Xi Jinping Thought on Diplomacy"}},
      // A blank line ends a sentence even without punctuation.
      {"No period here\n\nNext part.", {"No period here", "Next part."}},
      {"One line\nnext line.", {"One line\nnext line."}},
  });
}

TEST_CASE("SplitSentences: titles before a name never end a sentence") {
  for (std::string_view title :
       {"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt",
        "Gov", "Sen", "Rep", "St", "Mt"}) {
    const std::string first = std::string(title) + ". Smith arrived.";
    const std::string text = first + " He left.";
    CAPTURE(text);
    CHECK(Split(text) == Join({first, "He left."}));
  }
}

TEST_CASE(
    "SplitSentences: abbreviations before a number never end a sentence") {
  CheckSplits({
      {"He wore No. 5 in 2010. He won.", {"He wore No. 5 in 2010.", "He won."}},
      {"See Nos. 4 and 5. Then stop.", {"See Nos. 4 and 5.", "Then stop."}},
      {"See Fig. 3 above. It shows this.",
       {"See Fig. 3 above.", "It shows this."}},
      {"See Vol. 2 of it. It helps.", {"See Vol. 2 of it.", "It helps."}},
      {"See p. 12 and pp. 14-15. Done.", {"See p. 12 and pp. 14-15.", "Done."}},
      {"Li vs. Wang ended. It was close.",
       {"Li vs. Wang ended.", "It was close."}},
      {"Some states, e.g. France, agreed. Others did not.",
       {"Some states, e.g. France, agreed.", "Others did not."}},
      {"He quit, i.e. He resigned. Then he left.",
       {"He quit, i.e. He resigned.", "Then he left."}},
      {"Compare cf. Smith 2001. It agrees.",
       {"Compare cf. Smith 2001.", "It agrees."}},
  });
}

TEST_CASE("SplitSentences: abbreviated months") {
  for (std::string_view month : {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                                 "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}) {
    const std::string first =
        "They met on " + std::string(month) + ". 5, 2020.";
    const std::string text = first + " It rained.";
    CAPTURE(text);
    CHECK(Split(text) == Join({first, "It rained."}));
  }
}

TEST_CASE("SplitSentences: Jr., Inc., etc. end a sentence before a starter") {
  CheckSplits({
      {"He joined Apple Inc. The firm grew.",
       {"He joined Apple Inc.", "The firm grew."}},
      {"He joined Apple Inc. last year.", {"He joined Apple Inc. last year."}},
      {"Apple Inc. Chief Tim Cook spoke.",
       {"Apple Inc. Chief Tim Cook spoke."}},
      {"He met Martin Luther King Jr. He was young.",
       {"He met Martin Luther King Jr.", "He was young."}},
      {"Martin Luther King Jr. Day is a holiday.",
       {"Martin Luther King Jr. Day is a holiday."}},
      {"Ask John Smith Sr. about it.", {"Ask John Smith Sr. about it."}},
      {"They sold rice, tea, etc. and left.",
       {"They sold rice, tea, etc. and left."}},
      {"They sold rice, tea, etc. But no one came.",
       {"They sold rice, tea, etc.", "But no one came."}},
      {"Hutchison Ltd. In 2019 it grew.",
       {"Hutchison Ltd.", "In 2019 it grew."}},
      {"Sony Corp. Chairman spoke.", {"Sony Corp. Chairman spoke."}},
      {"Smith & Co. It was founded in 1900.",
       {"Smith & Co.", "It was founded in 1900."}},
  });
}

TEST_CASE("SplitSentences: initials") {
  CheckSplits({
      {"John F. Kennedy met Nikita Khrushchev.",
       {"John F. Kennedy met Nikita Khrushchev."}},
      {"J. R. R. Tolkien wrote it. He was English.",
       {"J. R. R. Tolkien wrote it.", "He was English."}},
      // "A." is an initial, not the article starting a sentence.
      {"A. A. Milne wrote books. He died in 1956.",
       {"A. A. Milne wrote books.", "He died in 1956."}},
      {"It ended World War I. The peace followed.",
       {"It ended World War I.", "The peace followed."}},
      {"Kim Jong-un met Moon. They talked.",
       {"Kim Jong-un met Moon.", "They talked."}},
  });
}

TEST_CASE("SplitSentences: decimals and numbers") {
  CheckSplits({
      {"Growth was 3.5 percent. It fell to 2.1 later.",
       {"Growth was 3.5 percent.", "It fell to 2.1 later."}},
      {"Growth was 3.5. China grew.", {"Growth was 3.5.", "China grew."}},
      {"It cost $1.5 billion in 2013.", {"It cost $1.5 billion in 2013."}},
      {"He left in 2013. 2014 was calm.",
       {"He left in 2013.", "2014 was calm."}},
      {"China seized 2,000 km^{2} territory. It grew.",
       {"China seized 2,000 km^{2} territory.", "It grew."}},
      {"Version 1.2.3 shipped. Users cheered.",
       {"Version 1.2.3 shipped.", "Users cheered."}},
  });
}

TEST_CASE("SplitSentences: quotes and parentheses close a sentence") {
  CheckSplits({
      {"He said \"no.\" Then he left.", {"He said \"no.\"", "Then he left."}},
      {"He said 'yes.' Then he left.", {"He said 'yes.'", "Then he left."}},
      {"It ended (finally.) Peace came.",
       {"It ended (finally.)", "Peace came."}},
      {"It ended (in 2013). Peace came.",
       {"It ended (in 2013).", "Peace came."}},
      {"He asked \"why?\" and left.", {"He asked \"why?\" and left."}},
      {"\"Why?\" He left.", {"\"Why?\"", "He left."}},
      {"He wrote \u201Cdone.\u201D Then he slept.",
       {"He wrote \u201Cdone.\u201D", "Then he slept."}},
      {"He said \"no\". Then he left.", {"He said \"no\".", "Then he left."}},
      {"He said \"no.\" and left.", {"He said \"no.\" and left."}},
      {"It grew.[1] It fell.[2][3] Then stop.",
       {"It grew.[1]", "It fell.[2][3]", "Then stop."}},
      {"He won.[citation needed] Then lost.",
       {"He won.[citation needed]", "Then lost."}},
  });
}

TEST_CASE("SplitSentences: question and exclamation marks") {
  CheckSplits({
      {"Is it true? Yes! It is.", {"Is it true?", "Yes!", "It is."}},
      {"Really?! No way.", {"Really?!", "No way."}},
      {"Why? because.", {"Why? because."}},
  });
}

TEST_CASE("SplitSentences: ellipses") {
  CheckSplits({
      {"He paused... and then spoke.", {"He paused... and then spoke."}},
      {"He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
      {"He paused\u2026 and spoke.", {"He paused\u2026 and spoke."}},
      {"He paused\u2026 Then he spoke.", {"He paused\u2026", "Then he spoke."}},
      {"core concerns... What we hope", {"core concerns...", "What we hope"}},
  });
}

TEST_CASE("SplitSentences: U.S. and other dotted acronyms") {
  CheckSplits({
      {"Relations with the U.S. soured after 2017.",
       {"Relations with the U.S. soured after 2017."}},
      {"The paper criticized the U.S. The next day it apologised.",
       {"The paper criticized the U.S.", "The next day it apologised."}},
      {"He joined the U.S. Congress in 2001.",
       {"He joined the U.S. Congress in 2001."}},
      {"He hacked the U.S. Office of Personnel Management.",
       {"He hacked the U.S. Office of Personnel Management."}},
      {"They see China as an \"equal\" to the U.S. On 6 March they met.",
       {"They see China as an \"equal\" to the U.S.", "On 6 March they met."}},
      {"Since 2018, U.S. and China fought.",
       {"Since 2018, U.S. and China fought."}},
      {"U.S. officials said so.", {"U.S. officials said so."}},
      {"U.S.-China trade fell.", {"U.S.-China trade fell."}},
      {"On China\u2013U.S. relations, Xi spoke.",
       {"On China\u2013U.S. relations, Xi spoke."}},
      {"The U.S.S.R. collapsed in 1991.", {"The U.S.S.R. collapsed in 1991."}},
      {"Talks with the U.K. In May they resumed.",
       {"Talks with the U.K.", "In May they resumed."}},
      {"The U.N. Security Council met.", {"The U.N. Security Council met."}},
      {"The E.U. and the P.R.C. agreed.", {"The E.U. and the P.R.C. agreed."}},
      {"They met at 5 p.m. The talks ended.",
       {"They met at 5 p.m.", "The talks ended."}},
      {"They met at 5 p.m. on Monday.", {"They met at 5 p.m. on Monday."}},
      {"Western countries\u2014led by the U.S.\u2014have acted.",
       {"Western countries\u2014led by the U.S.\u2014have acted."}},
      {"It backed the U.S., and left.", {"It backed the U.S., and left."}},
      // Known limitation: a new sentence that opens with a name stays glued.
      {"Their contest with the U.S. China and the EU agreed.",
       {"Their contest with the U.S. China and the EU agreed."}},
  });
}

TEST_CASE("SplitSentences: a lower-case word after an unknown abbreviation") {
  CheckSplits({
      {"About approx. five people came.", {"About approx. five people came."}},
      {"It ends here. and this continues.",
       {"It ends here. and this continues."}},
      {"Bare end. Next.", {"Bare end.", "Next."}},
  });
}

// Checks the pieces of a long sentence: each at most kMaxSentenceBytes,
// trimmed, in order, and together every non-space byte of `text`.
std::vector<std::string_view> LongPieces(std::string_view text) {
  const std::vector<Span> spans = SplitSentences(text);
  std::vector<std::string_view> pieces;
  size_t covered = 0;
  for (const Span& s : spans) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK(s.begin >= covered);
    CHECK(text.substr(covered, s.begin - covered)
              .find_first_not_of(" \n") == std::string_view::npos);
    covered = s.end;
    pieces.push_back(text.substr(s.begin, s.end - s.begin));
  }
  CHECK(covered == text.size());
  return pieces;
}

TEST_CASE("SplitSentences: a sentence over kMaxSentenceBytes is cut") {
  SUBCASE("at 2,000 bytes the sentence stays whole") {
    std::string text(kMaxSentenceBytes - 1, 'a');
    text += '.';
    CHECK(SplitSentences(text) == std::vector<Span>{{0, kMaxSentenceBytes}});
  }
  SUBCASE("words without punctuation: cut before a space") {
    std::string text;
    while (text.size() < 10000) text += "France Japan ";
    text += "China";
    const std::vector<std::string_view> pieces = LongPieces(text);
    REQUIRE(pieces.size() == 6);
    // Up to the last space at or before byte 2,000.
    CHECK(pieces[0] == text.substr(0, text.rfind(' ', kMaxSentenceBytes)));
    for (std::string_view p : pieces) {
      CHECK((p.starts_with("France ") || p.starts_with("Japan ")));
      CHECK((p.ends_with("France") || p.ends_with("Japan") ||
             p.ends_with("China")));
    }
  }
  SUBCASE("clauses: cut after the last comma or semicolon") {
    std::string text;
    while (text.size() < 1500) text += "France met Japan, ";
    text += "and then; ";
    while (text.size() < 2600) text += "India met Brazil ";
    text += "finally.";
    const std::vector<std::string_view> pieces = LongPieces(text);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].ends_with("and then;"));
    CHECK(pieces[1].starts_with("India met Brazil"));
    CHECK(pieces[1].ends_with("finally."));
  }
  SUBCASE("no space at all: cut at a UTF-8 character boundary") {
    std::string text = "y";
    while (text.size() < 5000) text += "\u00e9";  // 2 bytes each
    text += "x";
    const std::vector<std::string_view> pieces = LongPieces(text);
    // "y" + 999 x "é" = 1,999 bytes: the 1,000th "é" would cross 2,000.
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].size() == 1999);
    CHECK(pieces[1].size() == 2000);
  }
}

}  // namespace
}  // namespace kg::extract
