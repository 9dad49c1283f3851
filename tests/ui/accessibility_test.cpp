// Accessibility: WCAG 2.1 contrast ratios computed from the theme colours (text >= 4.5:1, chart marks and the
// keyboard focus >= 3:1, in both themes), the keyboard shortcuts (Alt+1..4, Alt+T) and the text view of the
// decision (app/text_view.h) that the web page mirrors in its DOM.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "app/i18n.h"
#include "app/text_view.h"
#include "engine/io/json_util.h"
#include "engine/model/presets.h"
#include "ui/ui_common.h"
#include "ui_harness.h"

namespace mm {
namespace {

using testing::UiHarness;

double Channel(float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double Luminance(const ImVec4& c) { return 0.2126 * Channel(c.x) + 0.7152 * Channel(c.y) + 0.0722 * Channel(c.z); }
// `fg` drawn over the opaque `bg` (alpha blended as ImGui renders it).
ImVec4 Over(const ImVec4& fg, const ImVec4& bg) {
    return ImVec4(fg.x * fg.w + bg.x * (1 - fg.w), fg.y * fg.w + bg.y * (1 - fg.w), fg.z * fg.w + bg.z * (1 - fg.w), 1);
}
double Contrast(const ImVec4& fg, const ImVec4& bg) {
    const ImVec4 f = Over(fg, bg);
    const double a = Luminance(f), b = Luminance(bg);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

struct Check {
    std::string what;
    ImVec4 fg, bg;
    double minimum;
};

void ExpectContrast(const std::vector<Check>& checks, const char* theme) {
    for (const Check& c : checks) {
        const double r = Contrast(c.fg, c.bg);
        EXPECT_GE(r, c.minimum) << theme << ": " << c.what << " has contrast " << r << ":1";
    }
}

class ThemeContrast : public ::testing::TestWithParam<const char*> {};

TEST_P(ThemeContrast, TextAndMarksMeetWcagAaOnTheirBackgrounds) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::SetTheme(h.state, GetParam()));
    h.Frames(1);
    const ImVec4* col = ImGui::GetStyle().Colors;
    const ImVec4 window = col[ImGuiCol_WindowBg];
    const ImVec4 popup = col[ImGuiCol_PopupBg];
    const ImVec4 alt_row = Over(col[ImGuiCol_TableRowBgAlt], window);
    const ImVec4 frame = Over(col[ImGuiCol_FrameBg], window);
    std::vector<Check> checks = {
        {"text on the window", col[ImGuiCol_Text], window, 4.5},
        {"text on alternate table rows", col[ImGuiCol_Text], alt_row, 4.5},
        {"text on popups and menus", col[ImGuiCol_Text], Over(popup, window), 4.5},
        {"text on fields", col[ImGuiCol_Text], frame, 4.5},
        {"text on buttons", col[ImGuiCol_Text], Over(col[ImGuiCol_Button], window), 4.5},
        {"text on the active tab", col[ImGuiCol_Text], Over(col[ImGuiCol_TabActive], window), 4.5},
        {"text on a selected row", col[ImGuiCol_Text], Over(col[ImGuiCol_Header], window), 4.5},
        {"text on table headers", col[ImGuiCol_Text], Over(col[ImGuiCol_TableHeaderBg], window), 4.5},
        // Disabled text carries information here (labels, the status line, notes): held to the text minimum.
        {"disabled text on the window", col[ImGuiCol_TextDisabled], window, 4.5},
        {"disabled text on alternate rows", col[ImGuiCol_TextDisabled], alt_row, 4.5},
        {"disabled text on popups", col[ImGuiCol_TextDisabled], Over(popup, window), 4.5},
        {"good", ui::ColorGood(), window, 4.5},
        {"bad", ui::ColorBad(), window, 4.5},
        {"warning", ui::ColorWarn(), window, 4.5},
        {"accent", ui::ColorAccent(), window, 4.5},
        {"warning on alternate rows", ui::ColorWarn(), alt_row, 4.5},
        {"keyboard focus", col[ImGuiCol_NavHighlight], window, 3.0},
        {"slider grab on its field", col[ImGuiCol_SliderGrab], frame, 3.0},
        {"check mark on its box", col[ImGuiCol_CheckMark], frame, 3.0},
    };
    for (int j = 0; j < 10; ++j)
        checks.push_back({"chart colour " + std::to_string(j), ImGui::ColorConvertU32ToFloat4(ui::CriterionColor(j)), window, 3.0});
    for (const Model& m : h.state.catalog.models) {
        const std::string key = ui::KindTagKey(m);
        bool seen = false;
        for (const Check& c : checks) seen |= c.what == key;
        if (!seen) checks.push_back({key, ui::KindTagColor(m), window, 4.5});
    }
    ExpectContrast(checks, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Themes, ThemeContrast, ::testing::Values("dark", "light"));

void PressAlt(UiHarness& h, ImGuiKey key) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Alt, true);
    io.AddKeyEvent(key, true);
    h.Frame();
    io.AddKeyEvent(key, false);
    io.AddKeyEvent(ImGuiMod_Alt, false);
    h.Frame();
}

TEST(Keyboard, AltDigitsOpenTheFourViewsAndAltTTogglesTheTextView) {
    UiHarness h(testing::ShippedCatalog());
    h.Frames(2);
    PressAlt(h, ImGuiKey_4);
    EXPECT_EQ(h.state.view, app::View::kDecision);
    // Releasing Alt after a chord leaves the keyboard focus in the view, not on the menu bar.
    h.Frames(2);
    EXPECT_EQ(GImGui->NavLayer, ImGuiNavLayer_Main);
    PressAlt(h, ImGuiKey_2);
    EXPECT_EQ(h.state.view, app::View::kCriteria);
    PressAlt(h, ImGuiKey_3);
    EXPECT_EQ(h.state.view, app::View::kWorkload);
    PressAlt(h, ImGuiKey_1);
    EXPECT_EQ(h.state.view, app::View::kPanorama);
    // Read-only (embedded) pages switch views too.
    h.state.read_only = true;
    PressAlt(h, ImGuiKey_4);
    EXPECT_EQ(h.state.view, app::View::kDecision);
    h.state.read_only = false;

    EXPECT_FALSE(h.state.ui.show_text_view);
    PressAlt(h, ImGuiKey_T);
    EXPECT_TRUE(h.state.ui.show_text_view);
    // The desktop window shows the decision's sentences and the ranking.
    const std::string text = h.Frame(true);
    (void)text;
    h.Frames(1);
    PressAlt(h, ImGuiKey_T);
    EXPECT_FALSE(h.state.ui.show_text_view);
}

TEST(Keyboard, TheShortcutsHelpListsEveryShortcutInBothLanguages) {
    for (const char* lang : {"en", "fr"}) {
        const auto keys = app::KeyboardShortcuts(lang);
        std::string all;
        for (const auto& [k, v] : keys) all += k + " " + v + "\n";
        for (const char* k : {"Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+T"}) EXPECT_NE(all.find(k), std::string::npos) << lang << k;
        EXPECT_NE(all.find(app::Tr(lang, "view.decision")), std::string::npos) << lang;
    }
    UiHarness h(testing::ShippedCatalog());
    h.state.ui.show_shortcuts = true;
    h.state.ui.show_text_view = true;
    h.Frames(3);  // both windows draw without assertion
    EXPECT_TRUE(app::MissingKeys().empty());
}

const app::TextSection* Section(const app::TextView& t, const std::string& id) {
    for (const auto& s : t.sections)
        if (s.id == id) return &s;
    return nullptr;
}

TEST(TextView, MirrorsTheRankingTheEliminatedModelsAndTheHeadlineInTheUiLanguage) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::ApplyPresetById(h.state, BuiltinPresets().front().id));
    app::EndFrame(h.state, 0.0);
    app::CompleteRobustness(h.state);
    const Result& r = h.state.result;
    ASSERT_TRUE(r.ok);
    ASSERT_NE(r.Top(), nullptr);
    for (const char* lang : {"en", "fr"}) {
        ASSERT_TRUE(app::SetLanguage(h.state, lang));
        const app::TextView t = app::BuildTextView(h.state, 10, 5);
        EXPECT_EQ(t.lang, lang);
        const app::TextSection* decision = Section(t, "decision");
        ASSERT_NE(decision, nullptr);
        ASSERT_GE(decision->sentences.size(), 2u);
        EXPECT_NE(decision->sentences[1].find(r.Top()->name), std::string::npos) << decision->sentences[1];
        const app::TextSection* ranking = Section(t, "ranking");
        ASSERT_NE(ranking, nullptr);
        ASSERT_EQ(ranking->tables.size(), 1u);
        const app::TextTable& table = ranking->tables[0];
        EXPECT_EQ(table.columns.size(), 7u);
        ASSERT_EQ(table.rows.size(), std::min<std::size_t>(10, r.order.size()));
        EXPECT_EQ(table.rows[0][0], "1");
        EXPECT_EQ(table.rows[0][1], r.Top()->name);
        EXPECT_EQ(ranking->sentences.size(), r.order.size() > 10 ? 1u : 0u);
        const app::TextSection* eliminated = Section(t, "eliminated");
        ASSERT_NE(eliminated, nullptr);
        if (!r.eliminated.empty()) {
            ASSERT_FALSE(eliminated->items.empty());
            EXPECT_NE(eliminated->items[0].find(r.eliminated[0].name), std::string::npos);
            EXPECT_NE(eliminated->items[0].find(app::FormatFailure(r.eliminated[0].failures[0], lang)), std::string::npos);
        }
        ASSERT_NE(Section(t, "constraints"), nullptr);
        const app::TextSection* weights = Section(t, "weights");
        ASSERT_NE(weights, nullptr);
        ASSERT_EQ(weights->tables.size(), 1u);
        EXPECT_EQ(weights->tables[0].rows.size(), r.criteria.size());
        const Json j = Json::parse(app::TextViewJson(t));
        EXPECT_EQ(j["sections"][1]["tables"][0]["rows"][0][1], r.Top()->name);
        EXPECT_EQ(j["view"], "panorama");
    }
    EXPECT_TRUE(app::MissingKeys().empty());
}

TEST(TextView, SaysWhyNothingIsRankedWhenEveryModelIsEliminated) {
    UiHarness h(testing::ShippedCatalog());
    Profile p = h.state.profile;
    p.constraints.max_monthly_usd = 0.0;
    p.constraints.deployment = Deployment::kApi;
    p.constraints.open_weights = true;
    p.constraints.min_context_tokens = 1e9;
    app::SetProfile(h.state, p);
    app::EndFrame(h.state, 0.0);
    const app::TextView t = app::BuildTextView(h.state);
    EXPECT_EQ(Section(t, "ranking"), nullptr);
    const app::TextSection* decision = Section(t, "decision");
    ASSERT_NE(decision, nullptr);
    EXPECT_EQ(decision->sentences.at(1), app::Tr("en", "decision.none_left"));
    EXPECT_FALSE(Section(t, "eliminated")->items.empty());
    EXPECT_GE(Section(t, "constraints")->items.size(), 3u);
}

}  // namespace
}  // namespace mm
