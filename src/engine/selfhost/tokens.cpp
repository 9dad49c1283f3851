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

std::string TokenizerOf(const Data& data, const std::string& model_id, const std::string& catalog_family,
                        bool verified_only) {
    if (verified_only && data.unverified_families.count(catalog_family)) return {};
    if (const Model* m = FindById(data.models, model_id); m && !m->tokenizer.empty()) return m->tokenizer;
    auto family = data.family_tokenizers.find(catalog_family);
    return family != data.family_tokenizers.end() ? family->second : std::string();
}

std::optional<double> FrenchOverEnglish(const Data& data, const std::string& tokenizer) {
    const TokenizerFamily* family = FindById(data.tokenizers, tokenizer);
    return family ? family->fr_over_en : std::nullopt;
}

}  // namespace mm::selfhost
