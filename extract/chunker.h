// Chunker: stage 2 of the extraction cascade - tagged tokens become
// chunks: actor groups, verb groups with voice and mood, event nouns.
//
//   auto chunks = kg::extract::Chunk(tokens, mentions);
//   // "France and Spain have not criticized Germany" ->
//   //   [N France and Spain] [V have not criticized, negated] [N Germany]
//
// Chunk tags (one byte each, the string frames match): N actor group (one
// actor, "X, Y and Z", "both X and Y", "Russia-Turkey", "the Romanian
// diplomats", "Macron of France" - the person), J actor adjective before an
// event noun ("the Israeli invasion", "the Anglo-French attack"), V active verb group, P passive verb group, G
// non-finite -ing group (", easing sanctions"), I to-infinitive, C copula
// ("is", "remained"), E event noun, and every other token as its own
// chunk with its stage-1 tag (n, p, y, f, r, T, d, ',', '.', c, w, ...);
// "to" outside an infinitive is p.
#ifndef KG_EXTRACT_CHUNKER_H_
#define KG_EXTRACT_CHUNKER_H_

#include <string>
#include <vector>

#include "extract/sentence_tagger.h"

namespace kg::extract {

struct Chunk {
  char tag = 'n';
  size_t first = 0, last = 0;  ///< token range [first, last]
  std::vector<int> mentions;   ///< the actors of N and J chunks
  std::vector<size_t> heads;   ///< the main verbs of a verb group (tokens)
  bool negated = false;        ///< "not", "never", "n't" in the group
  bool modal = false;          ///< "could", "would", "will", ...
};

/// The chunks of a tagged sentence; `mentions` as given to the tagger.
std::vector<Chunk> ChunkTokens(const std::vector<Token>& tokens,
                               const std::vector<MentionInfo>& mentions);
/// The same into *chunks, written over its old chunks (whose buffers a
/// caller chunking sentence after sentence so reuses).
void ChunkTokens(const std::vector<Token>& tokens,
                 const std::vector<MentionInfo>& mentions,
                 std::vector<Chunk>* chunks);

/// The chunk string: one tag byte per chunk.
std::string ChunkString(const std::vector<Chunk>& chunks);

}  // namespace kg::extract

#endif  // KG_EXTRACT_CHUNKER_H_
