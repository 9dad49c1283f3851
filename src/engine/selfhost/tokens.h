// Tokens for N words of ordinary prose in a language: words x the measured tokens per word of the model's
// tokenizer family (FLORES-200 parallel counts, tools/catalog/curated/tokenizers.json). No measurement ->
// unknown.
#pragma once
#include <optional>
#include <string>

#include "engine/selfhost/selfhost_data.h"

namespace mm::selfhost {

struct TokenCount {
    std::string tokenizer;                  // empty when the family is unknown
    std::optional<double> tokens_per_word;  // null when no sourced ratio exists for that language
    std::optional<double> tokens;
};

TokenCount CountTokens(const Data& data, const std::string& tokenizer, const std::string& language,
                       double words);

}  // namespace mm::selfhost
