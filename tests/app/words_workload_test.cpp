// [tokens-per-language] A workload in words on the shipped catalog: the decision view and the report say the
// winner's French/English token ratio in the UI's language, or that it is unknown.
#include <gtest/gtest.h>

#include "app/actions.h"
#include "app/text_view.h"
#include "shipped_app.h"

namespace mm::app {
namespace {

// One measured criterion that puts `winner` first; the workload is 1000 French words in, 300 out.
Profile Favouring(const std::string& winner) {
    Profile p;
    p.workload.text_unit = TextUnit::kWords;
    p.workload.language = "fr";
    p.criteria = {{"user.pick", 1.0, {}, {}}};
    p.user_criteria = {
        {"pick", "Pick", "points", Direction::kBenefit, {{winner, 100}, {"mistral-7b-instruct", 10}}}};
    p.missing = MissingPolicy::kExclude;
    p.robustness.samples = 0;
    return p;
}

std::string Joined(const std::vector<DecisionLine>& lines) {
    std::string all;
    for (const DecisionLine& l : lines) all += l.text + "\n";
    return all;
}

class WordsWorkloadApp : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(InitWithShippedCatalog(s)); }
    void Decide(const Profile& p) {
        SetProfile(s, p);
        Recompute(s);
        ASSERT_TRUE(s.result.ok);
    }
    AppState s;
};

TEST_F(WordsWorkloadApp, DecisionSaysTheFrenchRatioInBothLanguages) {
    Decide(Favouring("gpt-4"));  // cl100k: 84 407 French / 52 835 English FLORES-200 tokens
    ASSERT_EQ(s.result.Top()->id, "gpt-4");
    ASSERT_TRUE(SetLanguage(s, "en"));
    std::string en = Joined(DecisionLines(s));
    EXPECT_NE(en.find("In French, this model (" + s.result.Top()->name +
                      ") counts 1.6× more tokens than the same text in English"),
              std::string::npos)
        << en;
    ASSERT_TRUE(SetLanguage(s, "fr"));
    std::string fr = Joined(DecisionLines(s));
    EXPECT_NE(fr.find("En français, ce modèle (" + s.result.Top()->name +
                      ") compte 1,6× plus de jetons que le même texte en anglais"),
              std::string::npos)
        << fr;
    EXPECT_NE(fr.find("modèles n'ont pas de mesure de jetons par mot"), std::string::npos) << fr;
    EXPECT_NE(ExportDocument(s, ActionRequest::kExportMarkdown).find("1,6×"), std::string::npos);
}

TEST_F(WordsWorkloadApp, UnknownRatioIsSaidUnknown) {
    Decide(Favouring("claude-sonnet-4.5"));  // Claude's tokenizer: no French/English parallel count
    ASSERT_EQ(s.result.Top()->id, "claude-sonnet-4.5");
    ASSERT_TRUE(SetLanguage(s, "en"));
    const std::string en = Joined(DecisionLines(s));
    EXPECT_NE(en.find("counts in French than for the same text in English is unknown"), std::string::npos)
        << en;
    EXPECT_EQ(en.find("In French, this model"), std::string::npos);
    ASSERT_TRUE(SetLanguage(s, "fr"));
    const std::string fr = Joined(DecisionLines(s));
    EXPECT_NE(fr.find("compte en français que pour le même texte en anglais est inconnu"), std::string::npos)
        << fr;
    EXPECT_NE(fr.find("aucune mesure publiée pour son tokeniseur"), std::string::npos) << fr;
}

TEST_F(WordsWorkloadApp, TokenWorkloadSaysNothingAboutLanguages) {
    Profile p = Favouring("gpt-4");
    p.workload.text_unit = TextUnit::kTokens;
    Decide(p);
    EXPECT_TRUE(WordsWorkloadLines(s).empty());
    EXPECT_EQ(Joined(DecisionLines(s)).find("In French"), std::string::npos);
}

}  // namespace
}  // namespace mm::app
