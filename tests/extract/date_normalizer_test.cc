#include "extract/date_normalizer.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {
namespace {

struct DateRow {
  std::string_view input;
  std::vector<std::string> expected;  // EDTF values, left to right
};

// "2015 | 2016-03": printable, so a failing row shows what was found.
std::string Values(const std::vector<DateMention>& found) {
  std::string out;
  for (const DateMention& m : found) out += (out.empty() ? "" : " | ") + m.edtf;
  return out;
}

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : " | ") + v;
  return out;
}

std::string Spans(const std::vector<DateMention>& found) {
  std::string out;
  for (const DateMention& m : found) {
    out += (out.empty() ? "" : " ") + std::to_string(m.span.begin) + "-" +
           std::to_string(m.span.end);
  }
  return out;
}

// Runs every row with `ctx` and names the failing row.
void CheckRows(const std::vector<DateRow>& rows, const DateContext& ctx = {}) {
  const DateNormalizer dates;
  for (const DateRow& row : rows) {
    CAPTURE(row.input);
    CHECK(Values(dates.Find(row.input, ctx)) == Join(row.expected));
  }
}

DateContext Anchored(int year, DateSource source) {
  DateContext ctx;
  ctx.year_anchor = year;
  ctx.year_anchor_source = source;
  return ctx;
}

DateContext Dated(int y, int m, int d) {
  DateContext ctx;
  ctx.document_date = CivilDate{y, m, d};
  return ctx;
}

TEST_CASE("DateNormalizer: years and months with a year") {
  CheckRows({
      {"In 2015, China launched the initiative.", {"2015"}},
      {"The plan was announced in January 2026.", {"2026-01"}},
      {"It opened in Jan. 2026 and closed in Sept. 2027.",
       {"2026-01", "2027-09"}},
      {"It closed in Sep 2015.", {"2015-09"}},
      {"May 2015 was wet.", {"2015-05"}},
      {"They met in May 2023.", {"2023-05"}},
      {"The treaty of March of 2016 held.", {"2016-03"}},
      {"The 2022 Beijing Olympics opened.", {"2022"}},
      {"He skipped the 2014 Winter Olympics.", {"2014"}},
      {"Both sides accept the 1992 Consensus.", {"1992"}},
  });
}

TEST_CASE("DateNormalizer: full dates in day-first, month-first and ISO form") {
  CheckRows({
      {"On 12 March 2016, Xi visited Russia.", {"2016-03-12"}},
      {"on 12 March 2016 talks began", {"2016-03-12"}},
      {"On March 12, 2016, Xi visited Russia.", {"2016-03-12"}},
      {"On March 12th, 2016, it rained.", {"2016-03-12"}},
      {"On the 5th of May 2015 it rained.", {"2015-05-05"}},
      {"On Monday, 11 March 2024, talks began.", {"2024-03-11"}},
      {"On Monday, March 11, 2024, talks began.", {"2024-03-11"}},
      {"Filed 2016-03-12 by the ministry.", {"2016-03-12"}},
      {"Filed 2016-03 by the ministry.", {"2016-03"}},
      {"It was signed on 29 February 2024.", {"2024-02-29"}},
  });
}

TEST_CASE("DateNormalizer: impossible days are not dates") {
  CheckRows({
      {"It was signed on 31 February 2016.", {}},
      {"It was signed on 29 February 2023.", {}},
      {"It was signed on 2016-02-30.", {}},
      {"It was signed on 2016-13-01.", {}},
      {"It was signed on April 31, 2016.", {}},
      // A leap day takes a year that has none (a fuzzing finding).
      {"On 29 Feb, in 2023, it was signed.", {"2023"}},
      {"It was signed on 29 February, in 2024.", {"2024-02-29", "2024"}},
  });
  CheckRows({{"It was signed on 29 February.", {}}},
            Anchored(2023, DateSource::kParagraph));
  CheckRows({{"It was signed on 29 February.", {"2024-02-29"}}},
            Anchored(2024, DateSource::kParagraph));
}

TEST_CASE("DateNormalizer: day ranges become EDTF intervals") {
  CheckRows({
      {"On 20–22 March 2023, Xi visited Russia.", {"2023-03-20/2023-03-22"}},
      {"On 20-22 March 2023, Xi visited Russia.", {"2023-03-20/2023-03-22"}},
      {"From 20 to 22 March 2023, Xi visited Russia.",
       {"2023-03-20/2023-03-22"}},
      {"On March 20–22, 2023, Xi visited Russia.", {"2023-03-20/2023-03-22"}},
      {"The fair ran 30 March – 2 April 2023.", {"2023-03-30/2023-04-02"}},
      {"The fair ran March 30 – April 2, 2023.", {"2023-03-30/2023-04-02"}},
      {"The fair ran from 30 December to 2 January 2024.",
       {"2023-12-30/2024-01-02"}},
      {"The fair ran from 30 December 2023 to 2 January 2024.",
       {"2023-12-30/2024-01-02"}},
      {"Between 1 and 3 March 2020, crowds gathered.",
       {"2020-03-01/2020-03-03"}},
      // Without "between", "and" names two days, not a range.
      {"They met on 2 and 3 March 2021.", {"2021-03-02", "2021-03-03"}},
      {"They met on March 2 and 3, 2021.", {"2021-03-02", "2021-03-03"}},
      {"The days 22–20 March 2023 are backwards.", {}},
  });
}

TEST_CASE("DateNormalizer: year and month intervals") {
  CheckRows({
      {"He served from 2013 to 2025.", {"2013/2025"}},
      {"He served from 2013 until 2025.", {"2013/2025"}},
      {"He served between 2013 and 2025.", {"2013/2025"}},
      {"The 2008–2009 crisis hit hard.", {"2008/2009"}},
      {"The 2008-2009 crisis hit hard.", {"2008/2009"}},
      {"The 2008 – 2009 crisis hit hard.", {"2008/2009"}},
      {"The 2008–09 crisis hit hard.", {"2008/2009"}},
      {"The 1999–00 season ended.", {"1999/2000"}},
      {"The 2014-15 season ended.", {"2014/2015"}},
      {"The 2015/16 season ended.", {"2015/2016"}},
      {"The 2015/2016 season ended.", {"2015/2016"}},
      {"In the winter of 2019–20 it snowed.", {"2019/2020"}},
      // A hyphenated month number is ISO year-month, not a year span.
      {"The 2008-09 report came late.", {"2008-09"}},
      {"He served from March 2013 to May 2015.", {"2013-03/2015-05"}},
      {"In 2015 and 2016 talks stalled.", {"2015", "2016"}},
      {"Sales fell from 2015 to 2010 levels.", {"2015", "2010"}},
  });
}

TEST_CASE("DateNormalizer: open intervals") {
  CheckRows({
      {"Since 2018, exports grew.", {"2018/.."}},
      {"Starting in 2018, exports grew.", {"2018/.."}},
      {"Starting from 2024, exports grow.", {"2024/.."}},
      {"From 2018 onwards, exports grew.", {"2018/.."}},
      {"Since December 2025, exports grew.", {"2025-12/.."}},
      {"After 1979, reforms began.", {"1979/.."}},
      {"Until 2019, exports grew.", {"../2019"}},
      {"Before 2017, exports fell.", {"../2017"}},
      {"Up to 2019, exports grew.", {"../2019"}},
  });
}

TEST_CASE("DateNormalizer: qualified years, decades and centuries") {
  CheckRows({
      {"By mid-2019, the line opened.", {"2019"}},
      {"In late 2013, talks began.", {"2013"}},
      {"Early 2020 brought the pandemic.", {"2020"}},
      {"By the end of 2019 it was built.", {"2019"}},
      {"In the summer of 2015 it flooded.", {"2015"}},
      {"In the 1990s, trade grew.", {"199X"}},
      {"The 1990s were calm.", {"199X"}},
      {"In the 2010s, trade grew.", {"201X"}},
      {"In the early 1990s, trade grew.", {"199X"}},
      {"In the 1900s, trade grew.", {"19XX"}},
  });
}

TEST_CASE("DateNormalizer: a date without a year takes the sentence's year") {
  CheckRows({
      {"In 2017, the council met again by 28 August.", {"2017", "2017-08-28"}},
      {"Xi spoke on 31 October during the APEC South Korea 2025 meeting.",
       {"2025-10-31", "2025"}},
      {"On October 31 the APEC 2025 meeting opened.", {"2025-10-31", "2025"}},
      // The nearest year before wins over any year after.
      {"In 2015 and 2016 talks resumed; on 4 May the deal was signed in 2018.",
       {"2015", "2016", "2016-05-04", "2018"}},
      {"The 2019 vote was held in November.", {"2019", "2019-11"}},
      {"The vote was held in early March 2019.", {"2019-03"}},
      {"The 19th National Congress, held in 2017, closed.", {"2017"}},
  });
}

TEST_CASE("DateNormalizer: a date without a year takes the context's anchor") {
  const DateNormalizer dates;
  for (DateSource source : {DateSource::kParagraph, DateSource::kSection}) {
    CAPTURE(DateSourceName(source));
    const DateContext ctx = Anchored(2020, source);
    const auto found = dates.Find("The summit opened on 4 May.", ctx);
    REQUIRE(found.size() == 1);
    CHECK(found[0].edtf == "2020-05-04");
    CHECK(found[0].source == source);
    CHECK(found[0].year == 2020);
  }
  CheckRows(
      {
          {"The summit opened on 4 May.", {"2020-05-04"}},
          {"The summit opened May 4.", {"2020-05-04"}},
          {"The summit opened in November.", {"2020-11"}},
          {"Talks ran from 30 March to 2 April.", {"2020-03-30/2020-04-02"}},
          {"Talks ran from 30 December to 2 January.",
           {"2019-12-30/2020-01-02"}},
          // Backwards in one month: two dates (a fuzzing finding).
          {"Talks ran from 31 March to 2 March.", {"2020-03-31", "2020-03-02"}},
          {"Talks resumed in late March.", {"2020-03"}},
          {"Talks resumed by the end of March.", {"2020-03"}},
          // A year in the sentence beats the anchor.
          {"In 2017 talks resumed in November.", {"2017", "2017-11"}},
          // "May" alone is a verb; other bare months need a preposition.
          {"Talks may resume in May.", {}},
          {"The March was peaceful.", {}},
          {"They spoke in August Strindberg's house.", {"2020-08"}},
      },
      Anchored(2020, DateSource::kParagraph));
}

TEST_CASE("DateNormalizer: a date with no year to take is dropped") {
  CheckRows({
      {"The summit opened on 4 May.", {}},
      {"The summit opened in November.", {}},
      {"Talks ran from 30 March to 2 April.", {}},
      {"Talks resumed on Monday and yesterday.", {}},
  });
}

TEST_CASE("DateNormalizer: weekdays resolve against the document date") {
  // 2024-03-13 is a Wednesday.
  CheckRows(
      {
          {"Talks began on Monday.", {"2024-03-11"}},
          {"Talks began Monday.", {"2024-03-11"}},
          {"Talks began last Monday.", {"2024-03-11"}},
          {"Talks begin next Monday.", {"2024-03-18"}},
          {"Talks began on Wednesday.", {"2024-03-13"}},
          {"Talks began last Wednesday.", {"2024-03-06"}},
          {"Talks began on Thursday.", {"2024-03-07"}},
          {"Talks begin on Mondays.", {}},
      },
      Dated(2024, 3, 13));
}

TEST_CASE(
    "DateNormalizer: relative phrases resolve against the document date") {
  CheckRows(
      {
          {"Talks began today.", {"2024-03-13"}},
          {"Talks began yesterday.", {"2024-03-12"}},
          {"Talks begin tomorrow.", {"2024-03-14"}},
          {"Talks began last night.", {"2024-03-12"}},
          {"Talks began two days ago.", {"2024-03-11"}},
          {"Talks began 10 days ago.", {"2024-03-03"}},
          {"Talks began a week ago.", {"2024-03"}},
          // A week is written as the month it falls in.
          {"Talks began this week.", {"2024-03"}},
          {"Talks began last week.", {"2024-03"}},
          {"Talks began this month.", {"2024-03"}},
          {"Talks began last month.", {"2024-02"}},
          {"Talks begin next month.", {"2024-04"}},
          {"Talks began last year.", {"2023"}},
          {"Talks begin next year.", {"2025"}},
          {"Talks began earlier this year.", {"2024"}},
          {"Talks began three years ago.", {"2021"}},
          {"Talks stalled since last year.", {"2023/.."}},
          {"Prices rose over the last year.", {}},
      },
      Dated(2024, 3, 13));
  CheckRows(
      {
          {"Talks began last month.", {"2023-12"}},
          {"Talks began last week.", {"2023-12"}},
          {"Talks began yesterday.", {"2024-01-04"}},
          {"Talks began on Saturday.", {"2023-12-30"}},
          {"Talks began two months ago.", {"2023-11"}},
      },
      Dated(2024, 1, 5));
  // A year-only document date still resolves year phrases.
  CheckRows({{"Talks began last year and yesterday.", {"2023"}}},
            Dated(2024, 0, 0));
  // A year EDTF cannot write is no date (a fuzzing finding: "00-1").
  CheckRows({{"Talks began two years ago.", {}}}, Dated(1, 0, 0));
  CheckRows({{"Talks begin next year.", {}}}, Dated(9999, 0, 0));
}

TEST_CASE("DateNormalizer: relative dates say they come from the document") {
  const DateNormalizer dates;
  const auto found = dates.Find("Talks began on Monday.", Dated(2024, 3, 13));
  REQUIRE(found.size() == 1);
  CHECK(found[0] ==
        DateMention{{12, 21}, "2024-03-11", DateSource::kDocument, 2024});
}

TEST_CASE("DateNormalizer: numbers that are not dates") {
  CheckRows(
      {
          {"China pledged $400 billion.", {}},
          {"The $2015 grant arrived.", {}},
          {"The line is 2,000 km long.", {}},
          {"It built 7,000 schools.", {}},
          {"It was 40 times larger.", {}},
          {"It passed 25 in favor and 7 against.", {}},
          {"It proposed a 12-point plan.", {}},
          {"It lent 1 billion.", {}},
          {"It lent 1500 million yuan.", {}},
          {"It marked the 100th Anniversary.", {}},
          {"It marked the 75th year.", {}},
          {"He lives at No. 10.", {}},
          {"COVID-19 spread.", {}},
          {"The G20 met.", {}},
          {"Resolution 2118 passed.", {}},
          {"Resolution 2334 passed.", {}},
          {"It covered 350,000 miles.", {}},
          {"It lent 22 million.", {}},
          {"Growth was 3.2015 percent.", {}},
          {"Growth was 2015%.", {}},
          {"Flight 1549 landed.", {}},
          {"The XR-2015 drone flew.", {}},
          {"Year 3000 is far.", {}},
          {"It has 12345 staff.", {}},
      },
      Anchored(2020, DateSource::kParagraph));
}

TEST_CASE(
    "DateNormalizer: spans are byte offsets and include the preposition") {
  const DateNormalizer dates;
  struct SpanRow {
    std::string_view input;
    std::string_view spans;  // "begin-end" per mention
  };
  const std::vector<SpanRow> rows = {
      // "–" is 3 bytes.
      {"On 20–22 March 2023, Xi visited Russia.", "0-21"},
      {"Xi visited Russia on 20–22 March 2023.", "18-39"},
      {"He served from 2013 to 2025.", "10-27"},
      {"The 2008–2009 crisis.", "4-15"},
      {"In 2015 and 2016 talks stalled.", "0-7 12-16"},
      {"Sales fell to 2010 levels.", "14-18"},
      {"From 2018 onwards, exports grew.", "0-17"},
      {"In the 1990s, trade grew.", "0-12"},
      {"By mid-2019, the line opened.", "0-11"},
      {"Late 2013 was calm.", "0-9"},
      {"They met on 2 and 3 March 2021.", "9-13 18-30"},
      {"On Monday, 11 March 2024, talks began.", "0-24"},
  };
  for (const SpanRow& row : rows) {
    CAPTURE(row.input);
    CHECK(Spans(dates.Find(row.input, {})) == row.spans);
  }
}

TEST_CASE("DateNormalizer: mentions come left to right with their years") {
  const DateNormalizer dates;
  const auto found = dates.Find(
      "From 2013 to 2015, and again until 2019 and since March 2020, "
      "in the 1990s",
      {});
  REQUIRE(found.size() == 4);
  CHECK(found[0] ==
        DateMention{{0, 17}, "2013/2015", DateSource::kSentence, 2013});
  CHECK(found[1].edtf == "../2019");
  CHECK(found[1].year == 2019);
  CHECK(found[2].edtf == "2020-03/..");
  CHECK(found[2].year == 2020);
  CHECK(found[3].edtf == "199X");
  CHECK(found[3].year == 1990);
  for (size_t i = 1; i < found.size(); ++i) {
    CHECK(found[i - 1].span.end <= found[i].span.begin);
  }
}

TEST_CASE(
    "DateNormalizer: an interval with an anchored end reports the anchor") {
  const DateNormalizer dates;
  const auto found = dates.Find("Talks ran from 30 March to 2 April.",
                                Anchored(2020, DateSource::kSection));
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == DateSource::kSection);
  CHECK(found[0].year == 2020);
}

TEST_CASE("DateNormalizer: DateSourceName names every source") {
  CHECK(DateSourceName(DateSource::kSentence) == "sentence");
  CHECK(DateSourceName(DateSource::kParagraph) == "paragraph");
  CHECK(DateSourceName(DateSource::kSection) == "section");
  CHECK(DateSourceName(DateSource::kDocument) == "document");
  CHECK(DateSourceName(DateSource::kNone) == "none");
}

// Date strings repeat: the second time one is found (anywhere, in any
// sentence) it is taken apart from memory (one per thread). The answers
// are the same each time, and move with the words.
TEST_CASE("DateNormalizer: repeated date strings, the same dates") {
  const std::vector<std::string> sentences = {
      "Xi met Putin in 2019 and again since 2018.",
      "In 2019, since 2018, on 3 March 2020 and on Monday they met.",
      "They met on 3 March 2020; from 2013 to 2025 they met 40 times.",
      "from 2013 to 2025, in mid-2019 and in the 1990s, in 2019",
      "in 2019 in 2019 in 2019",
      "On 3 March and 4 March, three years ago, last week",
      "Putin visited; no date here at all",
  };
  DateContext ctx;
  ctx.year_anchor = 2017;
  ctx.year_anchor_source = DateSource::kParagraph;
  ctx.document_date = CivilDate{2021, 6, 15};
  std::vector<std::string> first;
  {
    const DateNormalizer dates;
    for (const std::string& s : sentences)
      first.push_back(Values(dates.Find(s, ctx)) + " @ " +
                      Spans(dates.Find(s, ctx)));
  }
  const DateNormalizer dates;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < sentences.size(); ++i) {
      CAPTURE(sentences[i]);
      const auto found = dates.Find(sentences[i], ctx);
      CHECK(Values(found) + " @ " + Spans(found) == first[i]);
      // The same words moved along: the spans move with them.
      const std::string moved = "So, " + sentences[i];
      const auto again = dates.Find(moved, ctx);
      REQUIRE(again.size() == found.size());
      for (size_t k = 0; k < found.size(); ++k) {
        CHECK(again[k].edtf == found[k].edtf);
        CHECK(again[k].span.begin == found[k].span.begin + 4);
        CHECK(again[k].span.end == found[k].span.end + 4);
      }
    }
  }
  CHECK(first[0] == "2019 | 2018/.. @ 13-20 31-41");  // "in 2019", "since 2018"
}

}  // namespace
}  // namespace kg::extract
