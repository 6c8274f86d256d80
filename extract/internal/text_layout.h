// Internal: finds the headings, sections and paragraphs of a Document's text.
//
//   Document doc;
//   doc.text = "= Title =\n\n== A ==\nFirst. Second.\n";
//   internal::LayOutText(&doc);
//   // doc.title == "Title", doc.sections[1].path == {"A"},
//   // doc.paragraphs[0].sentences == {{20, 26}, {27, 34}}
#ifndef KG_EXTRACT_INTERNAL_TEXT_LAYOUT_H_
#define KG_EXTRACT_INTERNAL_TEXT_LAYOUT_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract::internal {

struct Heading {
  int level = 0;
  std::string_view title;  ///< trimmed, points into the parsed line
};

/// Parses one trimmed line as a heading: "== T ==" (level = number of '='
/// on the shorter side, as MediaWiki does; spaces inside are optional) or
/// "## T" (level = number of '#', 1-6, a space after them required).
/// Returns nullopt for anything else, including an empty title.
std::optional<Heading> ParseHeading(std::string_view line);

/// What a part of a long file hands on to the next: the sections open at
/// its end, outermost first, and whether the title heading was seen (and
/// is open, at `title_index`).
struct LayoutCarry {
  std::vector<Section> open;
  int title_index = -1;
  bool title_seen = false;
};

/// Fills doc->sections, doc->paragraphs and (if still empty) doc->title from
/// doc->text, which must already be valid UTF-8. A leading BOM is skipped.
/// Blank lines and headings end paragraphs; a "- " or "* " list item is a
/// paragraph of its own (without the marker). The first level-1 heading is
/// the title: it is a Section (path {title}) that holds the lead paragraphs
/// but is left out of the paths below it ("Americas > Canada").
/// With `carry`, the text continues the part before it: its open sections
/// enclose the first paragraphs (they are added to doc->sections first), and
/// *carry is left as the state at the end of the text.
void LayOutText(Document* doc, LayoutCarry* carry = nullptr);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_TEXT_LAYOUT_H_
