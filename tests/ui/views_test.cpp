// Headless UI tests: the four views driven with simulated mouse and keyboard on the shipped catalog — a weight
// slider changes the ranking, a preset sets the constraints, undo/redo restore the profile, the French screen
// shows no English string from the table, and a 10 000-model catalog draws (list clipper).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "app/i18n.h"
#include "engine/io/profile_io.h"
#include "ui_harness.h"

namespace mm {
namespace {

using testing::UiHarness;

std::string TopId(const app::AppState& s) { return s.result.Top() ? s.result.Top()->id : std::string(); }
std::string ProfileJson(const Profile& p) {
    Json j;
    to_json(j, p);
    return j.dump();
}
double WeightOf(const Profile& p, const std::string& id) {
    for (const auto& c : p.criteria)
        if (c.id == id) return c.weight.value_or(-1);
    return -1;
}

TEST(Views, EveryViewDrawsInBothLanguagesWithoutMissingKeys) {
    UiHarness h(testing::ShippedCatalog());
    for (const char* lang : {"en", "fr"})
        for (const char* view : {"panorama", "criteria", "workload", "decision"}) {
            ASSERT_TRUE(app::SetLanguage(h.state, lang));
            ASSERT_TRUE(app::SetView(h.state, view));
            h.Frames(3);
        }
    std::vector<std::string> missing;
    for (const std::string& k : app::MissingKeys())
        if (k.rfind("no.such", 0) != 0) missing.push_back(k);  // i18n_test asks for unknown keys on purpose
    EXPECT_TRUE(missing.empty()) << "first missing key: " << missing.front();
}

TEST(Views, MovingAWeightSliderChangesTheRanking) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "quick-prototype"));
    app::SetView(h.state, "criteria");
    h.Frames(3);
    const std::string top_before = TopId(h.state);
    const std::size_t undo_before = h.state.undo_stack.size();
    const app::ItemProbe* p = h.FindProbe("weight.bench.aa_intelligence");
    ASSERT_NE(p, nullptr);
    const float y = (p->y0 + p->y1) * 0.5f;
    // Drag the "intelligence" slider from its handle to the far left: weight 0, cost and latency take over.
    h.Drag(p->x0 + (p->x1 - p->x0) * 0.4f, y, p->x0 - 50, y);
    h.Frames(2);
    EXPECT_NEAR(WeightOf(h.state.profile, "bench.aa_intelligence"), 0.0, 1e-9);
    EXPECT_NE(TopId(h.state), top_before) << "the winner should change when intelligence no longer counts";
    // One drag = one undo step, not one per frame.
    EXPECT_EQ(h.state.undo_stack.size(), undo_before + 1);
    EXPECT_FALSE(h.state.preview_only) << "the full analysis runs once the drag ends";
    EXPECT_TRUE(h.state.result.robustness.has_value());
}

TEST(Views, ApplyingAPresetFromTheMenuSetsTheConstraints) {
    UiHarness h(testing::ShippedCatalog());
    h.Frames(2);
    ASSERT_TRUE(h.ClickProbe("menu.presets"));
    h.Frames(1);
    ASSERT_TRUE(h.ClickProbe("preset.fr-support-chatbot")) << "the preset menu item was not drawn";
    h.Frames(2);
    const Constraints& c = h.state.profile.constraints;
    EXPECT_EQ(c.deployment, Deployment::kSelfHost);
    EXPECT_TRUE(c.open_weights);
    ASSERT_TRUE(c.vram_budget_gb.has_value());
    EXPECT_DOUBLE_EQ(*c.vram_budget_gb, 24.0);
    ASSERT_EQ(c.languages.size(), 1u);
    EXPECT_EQ(c.languages[0].code, "fr");
    EXPECT_EQ(h.state.active_preset, "fr-support-chatbot");
    ASSERT_NE(h.state.result.Top(), nullptr);
    const Model* top = h.state.catalog.FindModel(TopId(h.state));
    ASSERT_NE(top, nullptr);
    EXPECT_TRUE(top->OpenWeights()) << "data must stay in-house: the winner has published weights";
}

TEST(Views, UndoAndRedoRestoreTheProfile) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "code-assistant"));
    app::SetView(h.state, "criteria");
    h.Frames(3);
    const std::string before = ProfileJson(h.state.profile);
    const std::string top_before = TopId(h.state);
    const app::ItemProbe* p = h.FindProbe("weight.monthly_cost");
    ASSERT_NE(p, nullptr);
    const float y = (p->y0 + p->y1) * 0.5f;
    h.Drag(p->x0 + (p->x1 - p->x0) * 0.25f, y, p->x1 + 50, y);  // cost weight to 100
    h.Frames(2);
    const std::string edited = ProfileJson(h.state.profile);
    ASSERT_NE(edited, before);
    h.KeyChord(ImGuiKey_Z, true, false);  // Ctrl+Z
    h.Frames(1);
    EXPECT_EQ(ProfileJson(h.state.profile), before);
    EXPECT_EQ(TopId(h.state), top_before);
    h.KeyChord(ImGuiKey_Z, true, true);  // Ctrl+Shift+Z
    h.Frames(1);
    EXPECT_EQ(ProfileJson(h.state.profile), edited);
}

// Every English string of the table that differs from its French translation, long enough not to occur by
// chance inside model names (which are the same in both languages).
std::vector<std::string> EnglishOnly() {
    std::vector<std::string> out;
    for (const app::I18nEntry& e : app::AllStrings()) {
        if (e.en == e.fr || e.en.size() < 6) continue;
        // Format strings: test the longest literal piece between placeholders.
        std::string best, cur;
        for (std::size_t i = 0; i < e.en.size(); ++i) {
            if (e.en[i] == '%' && i + 1 < e.en.size()) {
                best = cur.size() > best.size() ? cur : best;
                cur.clear();
                ++i;
                continue;
            }
            cur += e.en[i];
        }
        best = cur.size() > best.size() ? cur : best;
        while (!best.empty() && best.back() == ' ') best.pop_back();
        while (!best.empty() && best.front() == ' ') best.erase(best.begin());
        if (best.size() >= 6 && e.fr.find(best) == std::string::npos) out.push_back(best);
    }
    return out;
}

TEST(Views, TheFrenchScreenShowsNoEnglishStringFromTheTable) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "fr-support-chatbot"));
    h.Frames(2);
    ASSERT_TRUE(h.ClickProbe("lang.fr")) << "the FR switch was not drawn";
    ASSERT_EQ(h.state.lang, "fr");
    app::Select(h.state, "mistral-small-3.2");
    app::SetCompareToTop(h.state, 3);
    const std::vector<std::string> english = EnglishOnly();
    ASSERT_GT(english.size(), 100u);
    for (const char* view : {"panorama", "criteria", "workload", "decision"}) {
        app::SetView(h.state, view);
        h.Frames(2);
        const std::string screen = h.Frame(true);
        if (std::getenv("MM_UI_DUMP")) std::printf("===== %s\n%s\n", view, screen.c_str());
        ASSERT_GT(screen.size(), 200u) << view << ": nothing captured";
        for (const std::string& en : english) EXPECT_EQ(screen.find(en), std::string::npos) << view << ": \"" << en << "\"";
        // And the French is there.
        EXPECT_NE(screen.find(app::Tr("fr", "menu.presets")), std::string::npos) << view;
    }
    // The English screen, for contrast, does show them.
    ASSERT_TRUE(h.ClickProbe("lang.en"));
    app::SetView(h.state, "decision");
    h.Frames(2);
    EXPECT_NE(h.Frame(true).find(app::Tr("en", "decision.winner")), std::string::npos);
}

TEST(Views, TabsSwitchViewsWithTheMouse) {
    UiHarness h(testing::ShippedCatalog());
    h.Frames(2);
    ASSERT_TRUE(h.ClickProbe("tab.decision"));
    h.Frames(1);
    EXPECT_EQ(h.state.view, app::View::kDecision);
    ASSERT_TRUE(h.ClickProbe("tab.workload"));
    h.Frames(1);
    EXPECT_EQ(h.state.view, app::View::kWorkload);
}

TEST(Views, DraggingACriterionToTheTopMakesItRankOne) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "fr-support-chatbot"));
    app::SwitchWeightMode(h.state, WeightMode::kRankOrder);
    app::SetView(h.state, "criteria");
    h.Frames(3);
    const app::ItemProbe* p = h.FindProbe("rank.user.faq_accuracy");
    const app::ItemProbe* top = h.FindProbe("rank.bench.aa_intelligence");
    ASSERT_NE(p, nullptr);
    ASSERT_NE(top, nullptr);
    const float x = (p->x0 + p->x1) * 0.5f, y = (p->y0 + p->y1) * 0.5f, row = p->y0 - h.FindProbe("rank.vram_gb")->y0;
    ASSERT_GT(row, 0.0f);
    h.MoveTo(x, y);
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    h.Frame();
    const size_t n = h.state.profile.criteria.size();  // the FAQ criterion is last: n - 1 rows to climb
    ASSERT_GE(n, 3u);
    for (size_t step = 1; step < n; ++step) h.MoveTo(x, y - row * static_cast<float>(step));  // one row per frame
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    h.Frames(2);
    for (const CriterionChoice& c : h.state.profile.criteria) {
        if (c.id == "user.faq_accuracy") {
            EXPECT_EQ(c.rank.value_or(0), 1);
        }
    }
    double roc_first = 0;  // rank-order centroid weight of rank 1 of n: (1/n) * sum 1/k
    for (size_t k = 1; k <= n; ++k) roc_first += 1.0 / static_cast<double>(k);
    roc_first /= static_cast<double>(n);
    ASSERT_EQ(h.state.result.weights.weights.size(), n);
    EXPECT_NEAR(h.state.result.weights.weights.back(), roc_first, 1e-9) << "rank 1 of n gets the largest centroid weight";
}

TEST(Views, AhpEditorShowsTheConsistencyRatioAndTheMostInconsistentPair) {
    UiHarness h(testing::ShippedCatalog());  // quick-prototype: intelligence, monthly cost, latency
    app::SwitchWeightMode(h.state, WeightMode::kAhp);
    auto& m = h.state.profile.weighting.pairwise;
    ASSERT_EQ(m.size(), 3u);
    // Intransitive judgements: A > B (5), B > C (5), but C > A (5).
    m = {{1, 5, 1.0 / 5}, {1.0 / 5, 1, 5}, {5, 1.0 / 5, 1}};
    app::MarkEdited(h.state);
    app::CommitEdit(h.state);
    app::SetView(h.state, "criteria");
    h.Frames(2);
    ASSERT_TRUE(h.state.result.weights.ahp.has_value());
    ASSERT_TRUE(h.state.result.weights.ahp->cr.has_value());
    EXPECT_GT(*h.state.result.weights.ahp->cr, 0.1);
    const std::string screen = h.Frame(true);
    const std::string revisit = app::Tr("en", "weights.most_inconsistent");
    EXPECT_NE(screen.find(revisit.substr(0, revisit.find('%'))), std::string::npos) << screen;
    // Moving a slider in the AHP editor is an edit like any other.
    const app::ItemProbe* p = h.FindProbe("ahp.bench.aa_intelligence|monthly_cost");
    ASSERT_NE(p, nullptr);
    h.Click(p->x1 - 2, (p->y0 + p->y1) * 0.5f);  // far right: monthly cost 9x more important
    h.Frames(1);
    EXPECT_NEAR(h.state.profile.weighting.pairwise[0][1], 1.0 / 9, 1e-9);
    EXPECT_NEAR(h.state.profile.weighting.pairwise[1][0], 9.0, 1e-9);
}

// The ranking as ids and scores, to compare exactly.
std::vector<std::pair<std::string, double>> Ranking(const app::AppState& s) {
    std::vector<std::pair<std::string, double>> out;
    for (const auto& r : s.result.rows) out.emplace_back(r.id, r.score);
    return out;
}

TEST(Views, SwitchingTheWeightEditorKeepsTheDecision) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "fr-support-chatbot"));
    app::SetView(h.state, "criteria");
    h.Frames(3);
    const auto before = Ranking(h.state);
    const std::vector<double> weights = h.state.result.weights.weights;
    ASSERT_FALSE(before.empty());
    for (const char* key : {"weights.mode_rank", "weights.mode_swing", "weights.mode_ahp", "weights.mode_data",
                            "weights.mode_sliders", "weights.mode_ahp", "weights.mode_rank"}) {
        ASSERT_TRUE(h.ClickProbe(std::string("weights.editor.") + key)) << key;
        h.Frames(2);
        EXPECT_EQ(Ranking(h.state), before) << "after opening " << key;
        EXPECT_EQ(h.state.result.weights.weights, weights) << "after opening " << key;
    }
    // The rank-order editor is shown but the profile keeps its direct weights until the first move there.
    EXPECT_EQ(app::ShownWeightMode(h.state), WeightMode::kRankOrder);
    EXPECT_EQ(h.state.profile.weighting.mode, WeightMode::kDirect);
    const app::ItemProbe* second = nullptr;
    for (const CriterionChoice& c : h.state.profile.criteria)
        if (c.rank.value_or(0) == 2) second = h.FindProbe("rank." + c.id);
    ASSERT_NE(second, nullptr);
    // The "up" arrow sits left of the row's label: move the second criterion to the top.
    h.Click(second->x0 - ImGui::GetFrameHeight() * 1.5f - ImGui::GetStyle().ItemSpacing.x * 2, (second->y0 + second->y1) * 0.5f);
    h.Frames(2);
    EXPECT_EQ(h.state.profile.weighting.mode, WeightMode::kRankOrder) << "the first edit adopts the shown editor";
    EXPECT_NE(h.state.result.weights.weights, weights);
}

TEST(Views, AWeightShareCanBeTypedExactlyAndAClickDoesNotMoveIt) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "quick-prototype"));  // intelligence 40, cost 30, latency 30
    app::SetView(h.state, "criteria");
    h.Frames(3);
    const std::string before = ProfileJson(h.state.profile);
    // A click at the far right of the field changes nothing (no jump to the pointer).
    ASSERT_TRUE(h.ClickProbe("weight.bench.aa_intelligence", 0.97f));
    h.Frames(2);
    EXPECT_EQ(ProfileJson(h.state.profile), before);
    // Double-click, type 37.3, Enter: the share is 37.3 % exactly, the others keep their 1:1 ratio.
    const app::ItemProbe* p = h.FindProbe("weight.monthly_cost");
    ASSERT_NE(p, nullptr);
    const float x = (p->x0 + p->x1) * 0.5f, y = (p->y0 + p->y1) * 0.5f;
    h.Click(x, y);
    h.Click(x, y);
    h.KeyChord(ImGuiKey_A, true, false);
    ImGui::GetIO().AddInputCharactersUTF8("37.3");
    h.Frame();
    h.KeyChord(ImGuiKey_Enter, false, false);
    h.Frames(2);
    EXPECT_DOUBLE_EQ(WeightOf(h.state.profile, "monthly_cost"), 37.3);
    const auto& crit = h.state.profile.criteria;
    const auto& w = h.state.result.weights.weights;
    ASSERT_EQ(w.size(), crit.size());
    for (std::size_t j = 0; j < crit.size(); ++j) {
        const double expected = crit[j].id == "monthly_cost" ? 0.373 : crit[j].id == "bench.aa_intelligence" ? 0.627 * 4 / 7 : 0.627 * 3 / 7;
        EXPECT_NEAR(w[j], expected, 1e-12) << crit[j].id;
    }
    // The field shows the share, one number per weight (the pointer moved away: no tooltip ends the capture).
    h.MoveTo(1, 1);
    const std::string screen = h.Frame(true);
    EXPECT_NE(screen.find("37.30%"), std::string::npos) << screen;
}

TEST(Views, ABudgetTypedInEurosIsKeptInDollars) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "quick-prototype"));
    app::SetLanguage(h.state, "fr");  // French shows euros by default
    h.state.profile.constraints.max_monthly_usd = 500;
    app::MarkEdited(h.state);
    app::CommitEdit(h.state);
    app::SetView(h.state, "criteria");
    h.Frames(3);
    ASSERT_TRUE(h.ClickProbe("constraint.cost", 0.5f));
    h.KeyChord(ImGuiKey_A, true, false);
    ImGui::GetIO().AddInputCharactersUTF8("1000");
    h.Frame();
    h.KeyChord(ImGuiKey_Enter, false, false);
    h.Frames(2);
    ASSERT_TRUE(h.state.profile.constraints.max_monthly_usd.has_value());
    EXPECT_NEAR(*h.state.profile.constraints.max_monthly_usd, 1000 * app::kDefaultUsdPerEur, 1e-9);
    // The workload view shows costs in euros.
    app::SetView(h.state, "workload");
    h.Frames(2);
    const std::string screen = h.Frame(true);
    EXPECT_NE(screen.find("\xC2\xA0\xE2\x82\xAC"), std::string::npos) << "a euro amount is shown";
    EXPECT_EQ(screen.find("$US"), std::string::npos) << screen;
}

TEST(Views, TheTeamSizeHelperSetsRequestsPerDay) {
    UiHarness h(testing::ShippedCatalog());
    app::SetView(h.state, "workload");
    h.Frames(2);
    ASSERT_TRUE(h.ClickProbe("workload.team"));
    h.Frames(1);
    for (const char* field : {"input.workload.team_people", "input.workload.team_per_person"}) {
        ASSERT_TRUE(h.ClickProbe(field, 0.05f)) << field;
        h.KeyChord(ImGuiKey_A, true, false);
        ImGui::GetIO().AddInputCharactersUTF8(std::string(field).find("people") != std::string::npos ? "12" : "25");
        h.Frame();
        h.KeyChord(ImGuiKey_Enter, false, false);
        h.Frames(1);
    }
    EXPECT_DOUBLE_EQ(h.state.profile.workload.requests_per_day, 300.0);
}

TEST(Views, CompareTakesAnyCatalogModelSaysWhenFullAndShowsEachRowOnce) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "fr-support-chatbot"));  // self-hosted, 24 GB: most models eliminated
    app::SetView(h.state, "workload");
    h.Frames(2);
    ASSERT_FALSE(h.state.result.eliminated.empty());
    const std::string out = h.state.result.eliminated.front().id;
    h.state.compare = {h.state.result.rows[static_cast<std::size_t>(h.state.result.order[0])].id};
    h.state.compare_auto = false;
    h.Frames(1);
    ASSERT_TRUE(h.ClickProbe("compare.add"));
    h.Frames(1);
    // The search box has the focus: narrow the list to that model, then pick it.
    ImGui::GetIO().AddInputCharactersUTF8(h.state.result.eliminated.front().name.c_str());
    h.Frames(2);
    ASSERT_TRUE(h.ClickProbe("compare.add." + out)) << "an eliminated model is offered";
    h.Frames(2);
    EXPECT_TRUE(app::InCompare(h.state, out));
    // Full: the fifth is refused with a message, the first stays.
    h.state.compare.resize(1);
    for (std::size_t k = 1; k < 4; ++k) h.state.compare.push_back(h.state.result.rows[static_cast<std::size_t>(h.state.result.order[k])].id);
    const std::string first = h.state.compare.front();
    EXPECT_FALSE(app::ToggleCompare(h.state, out));
    EXPECT_EQ(h.state.compare.front(), first);
    const std::string screen = h.Frame(true);
    EXPECT_NE(screen.find(app::Tr("en", "compare.full")), std::string::npos) << screen;
    // Monthly cost and latency, chosen criteria here, are listed once (not also as fixed rows).
    ASSERT_TRUE(app::ApplyPresetById(h.state, "quick-prototype"));
    h.Frames(2);
    ASSERT_TRUE(app::HasCriterion(h.state.profile, "monthly_cost"));
    ASSERT_TRUE(app::HasCriterion(h.state.profile, "latency"));
    app::SetCompareToTop(h.state, 2);
    const std::string table = h.Frame(true);
    auto count = [&](const std::string& what) {
        int n = 0;
        for (std::size_t at = table.find(what); at != std::string::npos; at = table.find(what, at + 1)) ++n;
        return n;
    };
    EXPECT_EQ(count(app::Tr("en", "criterion.monthly_cost.name")), 1) << table;
    EXPECT_EQ(count(app::Tr("en", "criterion.latency.name")), 1) << table;
    EXPECT_NE(table.find(app::Tr("en", "compare.vram")), std::string::npos) << "fixed rows that are not criteria stay";
}

TEST(Views, FrenchNumbersAndAccentedTextCanBeTyped) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "fr-support-chatbot"));
    app::SetLanguage(h.state, "fr");
    app::SetView(h.state, "workload");
    h.Frames(2);
    // The GPU price with a decimal comma.
    ASSERT_TRUE(h.ClickProbe("input.workload.gpu_price", 0.05f));
    h.KeyChord(ImGuiKey_A, true, false);  // select all
    ImGui::GetIO().AddInputCharactersUTF8("1,25");
    h.Frame();
    h.KeyChord(ImGuiKey_Enter, false, false);
    h.Frames(2);
    // French shows euros: 1,25 € an hour is kept in dollars at the default rate.
    EXPECT_NEAR(h.state.profile.workload.gpu_usd_per_hour, 1.25 * app::kDefaultUsdPerEur, 1e-12);
    EXPECT_TRUE(app::CanUndo(h.state));
    // A measurement named with accents, added as a criterion.
    ASSERT_TRUE(h.ClickProbe("tab.own"));
    h.Frames(1);
    ASSERT_TRUE(h.ClickProbe("own.name", 0.1f));
    ImGui::GetIO().AddInputCharactersUTF8("Réponses justes à l'œil (€)");
    h.Frames(2);
    EXPECT_EQ(h.state.ui.workload.new_criterion_name, "Réponses justes à l'œil (€)");
    ASSERT_TRUE(h.ClickProbe("own.add"));
    h.Frames(2);
    bool found = false;
    for (const UserCriterion& u : h.state.profile.user_criteria) found |= u.name == "Réponses justes à l'œil (€)";
    EXPECT_TRUE(found);
}

TEST(Views, ClickingAParetoPointSelectsTheModel) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, "fr-support-chatbot"));
    app::SetView(h.state, "decision");
    h.Frames(2);
    const std::string top = TopId(h.state);
    app::Select(h.state, "gemma-3-27b-it");
    h.Frames(2);
    ASSERT_NE(h.FindProbe("pareto.top"), nullptr) << "the winner is drawn on the chart";
    ASSERT_TRUE(h.ClickProbe("pareto.top"));
    h.Frames(1);
    EXPECT_EQ(h.state.selected_model, top);
}

TEST(Views, ReplacingTheCatalogBetweenFramesIsSafe) {
    UiHarness h(testing::LargeCatalog(2000));
    app::SetView(h.state, "decision");
    h.Frames(2);
    ASSERT_GT(h.state.result.rows.size(), 200u);
    h.state.catalog = testing::ShippedCatalog();  // e.g. an overlay removed by the platform layer
    app::CatalogChanged(h.state);
    for (const char* view : {"decision", "workload", "panorama"}) {
        app::SetView(h.state, view);
        h.Frames(2);
    }
    EXPECT_LT(h.state.result.rows.size(), 200u);
    EXPECT_EQ(h.state.ui.panorama.rows.size(), h.state.catalog.models.size());
}

TEST(Views, TenThousandModelsDrawInEveryView) {
    UiHarness h(testing::LargeCatalog(10000));
    ASSERT_EQ(h.state.catalog.models.size(), 10000u);
    ASSERT_TRUE(app::ApplyPresetById(h.state, "quick-prototype"));
    h.Frames(1);
    for (const char* view : {"panorama", "criteria", "workload", "decision"}) {
        app::SetView(h.state, view);
        h.Frames(2);  // the first frame after a switch builds caches (filtered rows)
        const auto t0 = std::chrono::steady_clock::now();
        h.Frames(5);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / 5;
        EXPECT_LT(ms, 50.0) << view << ": a frame took " << ms << " ms (list clipper not working?)";
    }
    EXPECT_EQ(h.state.ui.panorama.rows.size(), 10000u);
    EXPECT_GT(h.state.result.rows.size(), 1000u);
}

}  // namespace
}  // namespace mm
