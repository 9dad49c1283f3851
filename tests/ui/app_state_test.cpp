// AppState without a UI: the edit/commit/undo cycle, once-per-frame recomputation, setters for the platform,
// presets, the compare set, the user's own measurements becoming criteria.
#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>

#include "app/app_state.h"
#include "app/persist.h"
#include "engine/io/profile_io.h"
#include "ui_harness.h"

namespace mm {
namespace {

app::AppState Fresh() {
    app::AppState s;
    s.catalog = testing::ShippedCatalog();
    app::Init(s);
    return s;
}

std::string Dump(const Profile& p) {
    Json j;
    to_json(j, p);
    return j.dump();
}

TEST(AppState, InitRanksWithTheDefaultPreset) {
    app::AppState s = Fresh();
    EXPECT_TRUE(s.initialized);
    EXPECT_EQ(s.active_preset, "quick-prototype");
    EXPECT_TRUE(s.result.ok);
    ASSERT_NE(s.result.Top(), nullptr);
    EXPECT_EQ(s.selected_model, s.result.Top()->id);
    EXPECT_EQ(s.compare.size(), 3u);
    EXPECT_FALSE(app::CanUndo(s));
}

TEST(AppState, RecomputesOncePerFrameOnlyWhenTheProfileChanged) {
    app::AppState s = Fresh();
    const long long v = s.result_version;
    app::EndFrame(s);
    EXPECT_EQ(s.result_version, v) << "nothing changed: no Decide()";
    for (int tick = 0; tick < 5; ++tick) {  // five slider ticks in one frame
        s.profile.criteria[0].weight = 10.0 + tick;
        app::MarkEdited(s);
    }
    app::EndFrame(s);
    EXPECT_EQ(s.result_version, v + 1);
    EXPECT_TRUE(s.preview_only) << "a drag in progress skips the Monte-Carlo";
    app::CommitEdit(s);
    app::EndFrame(s);
    EXPECT_EQ(s.result_version, v + 2);
    EXPECT_FALSE(s.preview_only);
    EXPECT_TRUE(s.result.robustness.has_value());
}

TEST(AppState, OneUndoStepPerFinishedEdit) {
    app::AppState s = Fresh();
    const std::string original = Dump(s.profile);
    for (int tick = 0; tick < 10; ++tick) {
        s.profile.criteria[0].weight = 50.0 + tick;
        app::MarkEdited(s);
    }
    app::CommitEdit(s);
    const std::string edited = Dump(s.profile);
    EXPECT_EQ(s.undo_stack.size(), 1u);
    app::Undo(s);
    EXPECT_EQ(Dump(s.profile), original);
    EXPECT_TRUE(app::CanRedo(s));
    app::Redo(s);
    EXPECT_EQ(Dump(s.profile), edited);
    // A new edit clears the redo history.
    app::Undo(s);
    s.profile.workload.requests_per_day = 42;
    app::MarkEdited(s);
    app::CommitEdit(s);
    EXPECT_FALSE(app::CanRedo(s));
}

TEST(AppState, UndoDuringAnUnfinishedEditRestoresTheLastCommittedProfile) {
    app::AppState s = Fresh();
    const std::string original = Dump(s.profile);
    s.profile.criteria[0].weight = 99;
    app::MarkEdited(s);  // no CommitEdit: the user is still dragging
    app::Undo(s);
    EXPECT_EQ(Dump(s.profile), original);
}

TEST(AppState, SettersRefuseUnknownValues) {
    app::AppState s = Fresh();
    EXPECT_TRUE(app::SetLanguage(s, "fr"));
    EXPECT_FALSE(app::SetLanguage(s, "de"));
    EXPECT_EQ(s.lang, "fr");
    EXPECT_TRUE(app::SetView(s, "decision"));
    EXPECT_FALSE(app::SetView(s, "settings"));
    EXPECT_EQ(s.view, app::View::kDecision);
    EXPECT_TRUE(app::SetTheme(s, "light"));
    EXPECT_FALSE(app::IsDark(s));
    EXPECT_FALSE(app::SetTheme(s, "sepia"));
    EXPECT_TRUE(app::SetTheme(s, "system"));
    s.system_prefers_dark = false;
    EXPECT_FALSE(app::IsDark(s));
    EXPECT_FALSE(app::ApplyPresetById(s, "no-such-preset"));
    EXPECT_TRUE(app::ApplyPresetById(s, "rag-confidential"));
    EXPECT_EQ(s.active_preset, "rag-confidential");
    EXPECT_TRUE(app::CanUndo(s)) << "applying a preset is undoable";
}

TEST(AppState, EveryBuiltinPresetRanks) {
    app::AppState s = Fresh();
    for (const Preset& p : BuiltinPresets()) {
        app::ApplyPreset(s, p);
        app::EndFrame(s);
        EXPECT_TRUE(s.result.ok) << p.id;
        EXPECT_FALSE(s.result.rows.empty()) << p.id;
    }
}

TEST(AppState, UserPresetsSaveApplyAndDelete) {
    app::AppState s = Fresh();
    s.profile.workload.requests_per_day = 12345;
    app::MarkEdited(s);
    app::SaveUserPreset(s, "mine");
    ASSERT_EQ(s.user_presets.size(), 1u);
    app::ApplyPresetById(s, "code-assistant");
    EXPECT_NE(s.profile.workload.requests_per_day, 12345);
    EXPECT_TRUE(app::ApplyPresetById(s, "mine"));
    EXPECT_EQ(s.profile.workload.requests_per_day, 12345);
    app::SaveUserPreset(s, "mine");  // same name: replaced, not duplicated
    EXPECT_EQ(s.user_presets.size(), 1u);
    app::DeleteUserPreset(s, "mine");
    EXPECT_TRUE(s.user_presets.empty());
}

TEST(AppState, CompareSetHoldsAtMostFourModels) {
    app::AppState s = Fresh();
    s.compare.clear();
    for (const char* id : {"gpt-4", "claude-3-opus", "mistral-7b-instruct", "llama-2-70b-chat", "codellama-34b-instruct"})
        app::ToggleCompare(s, id);
    ASSERT_EQ(s.compare.size(), 4u);
    EXPECT_EQ(s.compare.front(), "gpt-4") << "a 5th model does not push out the first";
    EXPECT_EQ(std::count(s.compare.begin(), s.compare.end(), "codellama-34b-instruct"), 0);
    ASSERT_FALSE(s.notifications.empty()) << "the user is told the comparison is full";
    EXPECT_EQ(s.notifications.back().level, app::Notification::Level::kWarning);
    EXPECT_FALSE(app::ToggleCompare(s, "codellama-34b-instruct"));
    app::ToggleCompare(s, "claude-3-opus");
    EXPECT_EQ(s.compare.size(), 3u);
    EXPECT_FALSE(s.compare_auto);
    // A user's set is not replaced when the ranking changes.
    app::ApplyPresetById(s, "code-assistant");
    app::EndFrame(s);
    EXPECT_EQ(s.compare.size(), 3u);
    EXPECT_TRUE(app::InCompare(s, "mistral-7b-instruct"));
}

TEST(AppState, OwnMeasurementsBecomeCriteria) {
    app::AppState s = Fresh();
    const std::string id = app::AddUserCriterion(s, "Correct answers on our FAQ", "%", Direction::kBenefit);
    EXPECT_EQ(id, "user.correct_answers_on_our_faq");
    app::AddCriterion(s, id);
    const std::string top = s.result.Top()->id;
    std::string other;
    for (int k : s.result.order)
        if (s.result.rows[static_cast<std::size_t>(k)].id != top) other = s.result.rows[static_cast<std::size_t>(k)].id;
    app::SetUserValue(s, id, top, 10.0);
    app::SetUserValue(s, id, other, 100.0);
    app::CommitEdit(s);
    // Make the measurement decisive: it alone carries the weight.
    for (CriterionChoice& c : s.profile.criteria) c.weight = c.id == id ? 100.0 : 0.0;
    app::MarkEdited(s);
    app::CommitEdit(s);
    app::EndFrame(s);
    ASSERT_TRUE(s.result.ok);
    EXPECT_EQ(s.result.Top()->id, other);
    app::RemoveUserCriterion(s, id);
    EXPECT_FALSE(app::HasCriterion(s.profile, id));
    EXPECT_TRUE(s.profile.user_criteria.empty());
}

TEST(AppState, SwitchingTheWeightModeKeepsTheOrderOfImportance) {
    app::AppState s = Fresh();  // quick-prototype: intelligence 40, cost 30, latency 30
    app::SwitchWeightMode(s, WeightMode::kRankOrder);
    EXPECT_EQ(s.profile.criteria[0].rank.value_or(0), 1);
    app::SwitchWeightMode(s, WeightMode::kSwing);
    EXPECT_DOUBLE_EQ(s.profile.criteria[0].points.value_or(0), 100.0);
    app::SwitchWeightMode(s, WeightMode::kAhp);
    ASSERT_EQ(s.profile.weighting.pairwise.size(), 3u);
    app::EndFrame(s);
    ASSERT_TRUE(s.result.ok);
    ASSERT_TRUE(s.result.weights.ahp.has_value());
    EXPECT_TRUE(s.result.weights.ahp->cr.has_value());
    // Adding a criterion grows the AHP matrix.
    app::AddCriterion(s, "context_tokens");
    EXPECT_EQ(s.profile.weighting.pairwise.size(), 4u);
    EXPECT_EQ(s.profile.weighting.pairwise[3].size(), 4u);
}

TEST(AppState, ShowingAnotherWeightEditorKeepsTheWeightsUntilTheFirstEdit) {
    app::AppState s = Fresh();  // quick-prototype: direct weights 40/30/30
    const std::vector<double> before = s.result.weights.weights;
    for (WeightMode m : {WeightMode::kRankOrder, WeightMode::kSwing, WeightMode::kAhp, WeightMode::kEntropy, WeightMode::kDirect}) {
        app::ShowWeightEditor(s, m);
        app::EndFrame(s);
        EXPECT_EQ(s.profile.weighting.mode, WeightMode::kDirect);
        EXPECT_EQ(s.result.weights.weights, before);
    }
    app::ShowWeightEditor(s, WeightMode::kSwing);
    EXPECT_EQ(app::ShownWeightMode(s), WeightMode::kSwing);
    app::AdoptShownWeightEditor(s);  // what the first edit in the swing editor does
    app::MarkEdited(s);
    app::CommitEdit(s);
    app::EndFrame(s);
    EXPECT_EQ(s.profile.weighting.mode, WeightMode::kSwing);
    ASSERT_EQ(s.result.weights.weights.size(), before.size());
    for (std::size_t j = 0; j < before.size(); ++j) EXPECT_NEAR(s.result.weights.weights[j], before[j], 1e-12);
    // Undo brings the previous editor back with the profile.
    app::ShowWeightEditor(s, WeightMode::kRankOrder);
    app::Undo(s);
    EXPECT_EQ(app::ShownWeightMode(s), s.profile.weighting.mode);
}

TEST(AppState, AShareSetsOneWeightAndRescalesTheOthers) {
    app::AppState s = Fresh();  // 40/30/30
    app::SetWeightShare(s, 1, 37.3, {});
    EXPECT_DOUBLE_EQ(s.profile.criteria[1].weight.value_or(0), 37.3);
    EXPECT_NEAR(s.profile.criteria[0].weight.value_or(0), 62.7 * 4 / 7, 1e-12);
    EXPECT_NEAR(s.profile.criteria[2].weight.value_or(0), 62.7 * 3 / 7, 1e-12);
    app::SetWeightShare(s, 0, 100, {});
    app::SetWeightShare(s, 0, 40, {});  // the others were 0: they share the rest equally
    EXPECT_DOUBLE_EQ(s.profile.criteria[1].weight.value_or(0), 30.0);
    app::SetWeightShare(s, 0, std::nan(""), {});  // nonsense changes nothing
    EXPECT_DOUBLE_EQ(s.profile.criteria[0].weight.value_or(0), 40.0);
}

TEST(AppState, MoneyFollowsTheLanguageUntilTheUserChoosesAndIsSaved) {
    app::AppState s = Fresh();
    s.base_catalog = s.catalog;
    EXPECT_FALSE(app::Money(s).eur);
    app::SetLanguage(s, "fr");
    EXPECT_TRUE(app::Money(s).eur) << "French defaults to euros";
    EXPECT_DOUBLE_EQ(app::Money(s).usd_per_eur, app::kDefaultUsdPerEur);
    EXPECT_EQ(app::FormatMoney(11.739, "fr", app::Money(s)), "10,00\xC2\xA0\xE2\x82\xAC");
    EXPECT_EQ(app::FormatMoney(11.739, "en", {true, 1.1739}), "\xE2\x82\xAC" "10.00");
    EXPECT_EQ(app::FormatWithUnit(11.739, "USD/month", "en", {true, 1.1739}), "\xE2\x82\xAC" "10.00/month");
    EXPECT_EQ(app::UnitLabel("USD/month", "fr", {true, 1.1739}), "EUR/mois");
    EXPECT_DOUBLE_EQ(app::UsdFromShown(100, {true, 1.25}), 125.0);
    ASSERT_TRUE(app::SetCurrency(s, "USD"));
    EXPECT_FALSE(app::Money(s).eur);
    EXPECT_FALSE(app::SetCurrency(s, "GBP"));
    EXPECT_FALSE(app::SetUsdPerEur(s, -1));
    ASSERT_TRUE(app::SetUsdPerEur(s, 1.08));
    const std::string saved = app::SerializeState(s);
    app::AppState t = Fresh();
    t.base_catalog = t.catalog;
    ASSERT_TRUE(app::RestoreState(t, saved).ok);
    EXPECT_EQ(t.currency, "USD");
    EXPECT_DOUBLE_EQ(t.usd_per_eur, 1.08);
}

TEST(AppState, TheComparedSetSurvivesAReloadEvenEmpty) {
    app::AppState s = Fresh();
    s.base_catalog = s.catalog;
    s.compare.clear();
    s.compare_auto = false;  // what "Clear" does
    app::EndFrame(s);
    app::AppState t = Fresh();
    t.base_catalog = t.catalog;
    ASSERT_TRUE(app::RestoreState(t, app::SerializeState(s)).ok);
    app::EndFrame(t);
    app::EndFrame(t);
    EXPECT_TRUE(t.compare.empty()) << "a cleared comparison stays cleared";
    EXPECT_FALSE(t.compare_auto);
    app::ToggleCompare(s, "gpt-4");
    app::ToggleCompare(s, "claude-3-opus");
    ASSERT_TRUE(app::RestoreState(t, app::SerializeState(s)).ok);
    app::EndFrame(t);
    EXPECT_EQ(t.compare, (std::vector<std::string>{"gpt-4", "claude-3-opus"}));
}

TEST(AppState, NotificationsExpireAndConfirmationsWait) {
    app::AppState s = Fresh();
    app::Notify(s, app::Notification::Level::kInfo, "hello");
    app::EndFrame(s, 2.0);
    EXPECT_EQ(s.notifications.size(), 1u);
    app::EndFrame(s, 4.0);
    EXPECT_TRUE(s.notifications.empty());
    bool done = false;
    app::RequestConfirmation(s, "t", "m", [&](app::AppState&) { done = true; });
    EXPECT_EQ(s.confirmations.size(), 1u);
    EXPECT_FALSE(done);
    app::RequestAction(s, app::ActionRequest::kExportMarkdown);
    EXPECT_EQ(app::TakeActionRequests(s).size(), 1u);
    EXPECT_TRUE(app::TakeActionRequests(s).empty());
}

}  // namespace
}  // namespace mm
