// [tokens-per-language] A workload in words: each model's tokens come from its tokenizer family's measured
// tokens per word for the language; without a figure its cost, latency and context fit stay unknown.
#include <gtest/gtest.h>

#include "decision_fixture.h"
#include "engine/decision/constraints.h"
#include "engine/model/criteria.h"
#include "engine/selfhost/tokens.h"
#include "selfhost/selfhost_test_util.h"

namespace mm {
namespace {

const Model& M(const char* id) {
    return *test::Fixture().FindModel(id);
}

// "mid" has a family with English and French figures, "prem" English only, the others none.
selfhost::Data Tokenizers() {
    selfhost::Data d;
    selfhost::TokenizerFamily a;
    a.id = "fam-a";
    a.tokens_per_word = {{"en", 1.2}, {"fr", 1.5}};
    a.fr_over_en = 1.45;
    selfhost::TokenizerFamily b;
    b.id = "fam-b";
    b.tokens_per_word = {{"en", 1.3}};
    d.tokenizers = {a, b};
    d.family_tokenizers = {{"mid", "fam-a"}, {"prem", "fam-b"}};
    return d;
}

Profile Words(const char* language) {
    Profile p = test::BaseProfile();
    p.workload.text_unit = TextUnit::kWords;
    p.workload.language = language;
    return p;  // 1000 words in (half cached), 300 out, 1000 requests/day
}

TEST(WordsWorkload, WordsBecomeEachFamilysTokens) {
    const selfhost::Data data = Tokenizers();
    const DerivedValues en = Derive(M("mid"), Words("en"), &data);
    EXPECT_EQ(en.tokenizer, "fam-a");
    EXPECT_DOUBLE_EQ(*en.tokens_per_word, 1.2);
    EXPECT_DOUBLE_EQ(*en.input_tokens, 1200);
    EXPECT_DOUBLE_EQ(*en.output_tokens, 360);
    // mid: input 3, cached 0.3, output 15 USD/Mtok; TTFT 0.5 s, 60 tokens/s.
    EXPECT_NEAR(*en.api_monthly_usd, (1200 * (0.5 * 3 + 0.5 * 0.3) + 360 * 15) / 1e6 * 30000, 1e-9);
    EXPECT_NEAR(*en.latency_s, 0.5 + 360 / 60.0, 1e-12);
    const DerivedValues fr = Derive(M("mid"), Words("fr"), &data);
    EXPECT_DOUBLE_EQ(*fr.input_tokens, 1500);
    EXPECT_DOUBLE_EQ(*fr.output_tokens, 450);
    EXPECT_NEAR(*fr.latency_s, 0.5 + 450 / 60.0, 1e-12);
}

TEST(WordsWorkload, CostScalesWithTheTokensPerWord) {
    const selfhost::Data data = Tokenizers();
    const DerivedValues tokens = Derive(M("mid"), test::BaseProfile(), &data);
    const DerivedValues en = Derive(M("mid"), Words("en"), &data);
    const DerivedValues fr = Derive(M("mid"), Words("fr"), &data);
    EXPECT_NEAR(*en.api_monthly_usd / *tokens.api_monthly_usd, 1.2, 1e-12);
    EXPECT_NEAR(*fr.api_monthly_usd / *en.api_monthly_usd, 1.5 / 1.2, 1e-12);
    EXPECT_DOUBLE_EQ(*tokens.input_tokens, 1000);  // a workload in tokens is every model's tokens
    EXPECT_TRUE(tokens.tokenizer.empty());
}

TEST(WordsWorkload, NoFigureForTheLanguageLeavesCostAndLatencyUnknown) {
    const selfhost::Data data = Tokenizers();
    const DerivedValues prem_fr = Derive(M("prem"), Words("fr"), &data);  // English figure only
    EXPECT_EQ(prem_fr.tokenizer, "fam-b");
    EXPECT_FALSE(prem_fr.tokens_per_word);
    EXPECT_FALSE(prem_fr.input_tokens);
    EXPECT_FALSE(prem_fr.api_monthly_usd);
    EXPECT_FALSE(prem_fr.monthly_usd);
    EXPECT_FALSE(prem_fr.latency_s);
    EXPECT_TRUE(Derive(M("prem"), Words("en"), &data).api_monthly_usd);
    const DerivedValues no_family = Derive(M("small-open"), Words("en"), &data);
    EXPECT_TRUE(no_family.tokenizer.empty());
    EXPECT_FALSE(no_family.api_monthly_usd);
    EXPECT_FALSE(Derive(M("mid"), Words("en"), nullptr).api_monthly_usd);  // no tokenizer data at all
}

TEST(WordsWorkload, RequestMustFitTheContextInTheModelsTokens) {
    const selfhost::Data data = Tokenizers();
    Profile p = Words("en");
    p.workload.input_tokens = 6000;  // words: 7800 + 390 tokens for prem (context 8192)
    auto has = [](const std::vector<ConstraintFailure>& fs) {
        for (const auto& f : fs)
            if (f.constraint == "request_context") return true;
        return false;
    };
    const DerivedValues fits = Derive(M("prem"), p, &data);
    EXPECT_FALSE(has(CheckConstraints(M("prem"), fits, p)));
    p.workload.input_tokens = 6100;  // 7930 + 390 > 8192
    const DerivedValues over = Derive(M("prem"), p, &data);
    const auto failures = CheckConstraints(M("prem"), over, p);
    ASSERT_TRUE(has(failures));
    p.workload.text_unit = TextUnit::kTokens;  // 6100 tokens fit: the check is for words only
    EXPECT_FALSE(has(CheckConstraints(M("prem"), Derive(M("prem"), p, &data), p)));
}

// The shipped data: FLORES-200 parallel counts, published (Petrov et al.: cl100k, Llama 2) or measured with the
// published tokenizer (o200k); none for Gemma 1/2.
TEST(WordsWorkload, ShippedFrenchOverEnglish) {
    const selfhost::Data& d = selfhost::ShippedData();
    EXPECT_DOUBLE_EQ(*selfhost::FrenchOverEnglish(d, "cl100k"), 1.598);
    EXPECT_DOUBLE_EQ(*selfhost::FrenchOverEnglish(d, "llama2-spm32k"), 1.469);
    EXPECT_DOUBLE_EQ(*selfhost::FrenchOverEnglish(d, "o200k"), 1.359);
    EXPECT_FALSE(selfhost::FrenchOverEnglish(d, "gemma-256k"));
    EXPECT_DOUBLE_EQ(*selfhost::FrenchOverEnglish(d, "gemma3-262k"), 1.398);
    // Gemini 2.0 shares Gemma 3's tokenizer (Gemma 3 technical report); later Gemini versions are only assumed to.
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "Gemini 2.0", true), "gemma3-262k");
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "Gemini 2.5", true), "");
    EXPECT_FALSE(selfhost::FrenchOverEnglish(d, ""));
    EXPECT_EQ(selfhost::TokenizerOf(d, "qwen3-8b", ""), "qwen-151k");
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "Llama 2"), "llama2-spm32k");
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "no family"), "");
    // An unverified family mapping (Gemma 4 -> gemma3-262k) is not used to turn words into tokens.
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "Gemma 4"), "gemma3-262k");
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "Gemma 4", true), "");
    // Qwen3.6 declares Qwen3.5's 248,320-token vocabulary: not the 151k family.
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "Qwen3.6"), "");
    // Per-model entries where the config's vocabulary contradicts the catalog family's tokenizer.
    EXPECT_EQ(selfhost::TokenizerOf(d, "phi-4-mini", "Phi-4", true), "o200k");
    EXPECT_EQ(selfhost::TokenizerOf(d, "phi-4", "Phi-4", true), "cl100k");
    EXPECT_EQ(selfhost::TokenizerOf(d, "deepseek-r1-distill-qwen-7b", "DeepSeek R1", true), "qwen-151k");
    EXPECT_EQ(selfhost::TokenizerOf(d, "no-such-model", "Qwen3", true), "qwen-151k");
}

}  // namespace
}  // namespace mm
