#include "extract/internal/piece_re.h"

namespace kg::extract::internal {

PieceRe::PieceRe(const std::string& pattern, const RE2::Options& options)
    : re_(std::make_unique<RE2>(pattern, options)) {
  if (!re_->ok()) return;
  for (const auto& [name, index] : re_->NamedCapturingGroups()) {
    for (size_t id = 0; id < kGroupNames.size(); ++id) {
      if (name == kGroupNames[id]) {
        ids_.push_back({index, static_cast<GroupId>(id)});
      }
    }
  }
}

bool PieceRe::Consume(re2::StringPiece* text, bool whole,
                      DateParts* parts) const {
  // Fixed-size storage: no allocation per match.
  std::array<re2::StringPiece, kMaxGroups> groups;
  const int n = static_cast<int>(ids_.size()) + 1;
  if (!re_->Match(*text, 0, text->size(),
                  whole ? RE2::ANCHOR_BOTH : RE2::ANCHOR_START, groups.data(),
                  n)) {
    return false;
  }
  for (const auto& [index, id] : ids_) {
    (*parts)[id] = groups[static_cast<size_t>(index)];
  }
  text->remove_prefix(groups[0].size());
  return true;
}

}  // namespace kg::extract::internal
