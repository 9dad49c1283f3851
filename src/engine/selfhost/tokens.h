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

// The tokenizer family of a catalog model: selfhost.json's per-model id, else its catalog family's; empty
// when unknown. With `verified_only`, a family whose mapping is marked unverified counts as unknown.
std::string TokenizerOf(const Data& data, const std::string& model_id, const std::string& catalog_family,
                        bool verified_only = false);

// Tokens of a French text over tokens of the same text in English (parallel FLORES-200 counts); null unless
// the family has a published count for both.
std::optional<double> FrenchOverEnglish(const Data& data, const std::string& tokenizer);

}  // namespace mm::selfhost
