// Tokens per language (see tokens.h).
#include "engine/selfhost/tokens.h"

#include <cmath>

namespace mm::selfhost {

TokenCount CountTokens(const Data& data, const std::string& tokenizer, const std::string& language,
                       double words) {
    TokenCount count;
    count.tokenizer = tokenizer;
    const TokenizerFamily* family = FindById(data.tokenizers, tokenizer);
    if (!family) return count;
    auto ratio = family->tokens_per_word.find(language);
    if (ratio == family->tokens_per_word.end()) return count;
    count.tokens_per_word = ratio->second;
    count.tokens = std::round(words * ratio->second);
    return count;
}

}  // namespace mm::selfhost
