#include "extract/internal/dissect_memo.h"

namespace kg::extract::internal {

bool DissectMemo::Get(re2::StringPiece text, bool* ok,
                      DateParts* parts) const {
  const auto it = entries_.find(std::string(text.data(), text.size()));
  if (it == entries_.end()) return false;
  *ok = it->second.ok;
  for (size_t g = 0; g < kGroupCount; ++g) {
    const auto [offset, length] = it->second.groups[g];
    (*parts)[g] = offset < 0 ? re2::StringPiece()
                             : re2::StringPiece(text.data() + offset,
                                                static_cast<size_t>(length));
  }
  return true;
}

void DissectMemo::Put(re2::StringPiece text, bool ok, const DateParts& parts) {
  if (entries_.size() >= kMaxEntries) entries_.clear();
  Entry e;
  e.ok = ok;
  for (size_t g = 0; g < kGroupCount; ++g) {
    const re2::StringPiece p = parts[g];
    e.groups[g] = p.data() == nullptr
                      ? std::pair<int32_t, int32_t>{-1, 0}
                      : std::pair<int32_t, int32_t>{
                            static_cast<int32_t>(p.data() - text.data()),
                            static_cast<int32_t>(p.size())};
  }
  entries_[std::string(text.data(), text.size())] = e;
}

}  // namespace kg::extract::internal
