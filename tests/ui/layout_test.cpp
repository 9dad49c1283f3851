// Layouts by width (issue 15): the clipped-text finder on frames made to cut text, then every view at a
// phone's, the compact embed's and a desktop's size, in French and English, at pixel ratio 1 and 2, with no
// text cut on the left or right; the one-column decision, the model card as a sheet, and the read-only
// embed's notice and link.
#include <gtest/gtest.h>

#include <string>

#include "app/i18n.h"
#include "engine/model/presets.h"
#include "ui/clip_check.h"
#include "ui_harness.h"

namespace mm {
namespace {

using testing::UiHarness;

std::string Describe(const std::vector<ui::ClippedText>& found) {
    std::string out;
    for (const ui::ClippedText& c : found)
        out += c.window + ": " + std::to_string(c.count) + " cut, \"" + c.sample + "\"\n";
    return out;
}

std::vector<ui::ClippedText> Clipped() {
    std::vector<ui::ClippedText> found = ui::FindClippedText(ImGui::GetDrawData(), ImGui::GetIO().Fonts);
    for (ui::ClippedText& w : ui::FindOverflowingWindows()) found.push_back(std::move(w));
    return found;
}

// A frame of our own (not the app's) drawing `body` in a window 200 px wide.
template <typename F>
std::vector<ui::ClippedText> OwnFrame(F body) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(10, 10));
    ImGui::SetNextWindowSize(ImVec2(200, 300));
    ImGui::Begin("probe window", nullptr, ImGuiWindowFlags_NoDecoration);
    body();
    ImGui::End();
    ImGui::Render();
    return Clipped();
}

TEST(ClippedText, FindsAGlyphCutByTheWindowEdge) {
    UiHarness h(testing::ShippedCatalog());
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(10, 10));
    ImGui::SetNextWindowSize(ImVec2(200, 300));
    ImGui::Begin("probe window", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted(
        "Supercalifragilisticexpialidocious-and-more-letters");  // no space: a glyph straddles the edge
    ImGui::End();
    ImGui::Render();
    const auto found = ui::FindClippedText(ImGui::GetDrawData(), ImGui::GetIO().Fonts);
    ASSERT_EQ(found.size(), 1u) << Describe(found);
    EXPECT_EQ(found[0].window, "probe window");
    EXPECT_GT(found[0].count, 0);
    EXPECT_NE(found[0].sample.find("Supercalifragilistic"), std::string::npos) << found[0].sample;
}

TEST(ClippedText, FindsAWindowWhoseTextRunsPastItsEdge) {
    UiHarness h(testing::ShippedCatalog());
    OwnFrame([] { ImGui::TextUnformatted("A sentence far too long to fit in two hundred pixels of width"); });
    const auto found = ui::FindOverflowingWindows();
    ASSERT_EQ(found.size(), 1u) << Describe(found);
    EXPECT_EQ(found[0].window, "probe window");
    EXPECT_GT(found[0].count, 100) << "pixels past the edge";
}

TEST(ClippedText, FindsALabelCutByItsWidget) {
    UiHarness h(testing::ShippedCatalog());
    // A button narrower than its label: ImGui cuts the glyphs on the CPU (no clip rectangle is passed).
    auto found = OwnFrame([] { ImGui::Button("Compare these models", ImVec2(60, 0)); });
    ASSERT_EQ(found.size(), 1u) << Describe(found);
    EXPECT_GT(found[0].count, 0);
}

TEST(ClippedText, NothingWhenTextFitsOrWraps) {
    UiHarness h(testing::ShippedCatalog());
    auto found = OwnFrame([] {
        ImGui::TextUnformatted("Short");
        ImGui::TextWrapped("A sentence far too long to fit in two hundred pixels of width, wrapped instead.");
        ImGui::Button("Compare");
    });
    EXPECT_TRUE(found.empty()) << Describe(found);
}

struct Size {
    const char* name;
    float width, height, scale;
    bool read_only;
};

class LayoutBySize : public ::testing::TestWithParam<Size> {};

TEST_P(LayoutBySize, NoTextCutInAnyView) {
    const Size& size = GetParam();
    UiHarness h(testing::ShippedCatalog(), size.width * size.scale, size.height * size.scale, size.scale);
    h.state.read_only = size.read_only;
    h.Frames(2);
    // The default profile, then every course preset (each shows other constraints and criteria).
    std::vector<std::string> presets = {""};
    for (const Preset& p : BuiltinPresets()) presets.push_back(p.id);
    for (const std::string& preset : presets) {
        if (!preset.empty()) {
            ASSERT_TRUE(app::ApplyPresetById(h.state, preset));
        }
        for (const char* lang : {"fr", "en"}) {
            app::SetLanguage(h.state, lang);
            for (const char* view : {"decision", "panorama", "criteria", "workload"}) {
                app::SetView(h.state, view);
                h.Frames(4);
                const auto found = Clipped();
                EXPECT_TRUE(found.empty())
                    << size.name << " " << preset << " " << lang << " " << view << ":\n"
                    << Describe(found);
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Sizes, LayoutBySize,
    ::testing::Values(Size{"phone", 390, 844, 1, false}, Size{"phone_dpr2", 390, 844, 2, false},
                      Size{"embed", 700, 320, 1, true}, Size{"embed_dpr2", 700, 320, 2, true},
                      Size{"desktop", 1280, 800, 1, false}, Size{"desktop_dpr2", 1280, 800, 2, false}),
    [](const ::testing::TestParamInfo<Size>& i) { return std::string(i.param.name); });

TEST(Layout, OneColumnBelowSevenHundredCssPixels) {
    for (const float scale : {1.0f, 2.0f}) {
        UiHarness phone(testing::ShippedCatalog(), 390 * scale, 844 * scale, scale);
        phone.Frames(1);
        EXPECT_TRUE(phone.state.ui.one_column) << scale;
    }
    UiHarness embed(testing::ShippedCatalog(), 700, 320);
    embed.Frames(1);
    EXPECT_TRUE(embed.state.ui.one_column);
    UiHarness desktop(testing::ShippedCatalog(), 1280 * 2, 800 * 2, 2);
    desktop.Frames(1);
    EXPECT_FALSE(desktop.state.ui.one_column);
}

TEST(Layout, NarrowRankingDropsColumnsBeforeSqueezingNames) {
    auto headers = [&](float width) {
        UiHarness h(testing::ShippedCatalog(), width, 844);
        app::SetView(h.state, "decision");
        h.Frames(4);
        return h.Frame(true);
    };
    const std::string phone = headers(390), desktop = headers(1280);
    // The desktop shows every column; the phone keeps the score and drops the class and P(1st).
    for (const char* header : {"Score", "P(1st)", "Class", "Known"})
        EXPECT_NE(desktop.find(header), std::string::npos) << header;
    EXPECT_NE(phone.find("Score"), std::string::npos);
    EXPECT_EQ(phone.find("P(1st)"), std::string::npos);
}

TEST(Layout, TheModelCardIsASheetWithAClose) {
    UiHarness h(testing::ShippedCatalog(), 390, 844);
    app::SetView(h.state, "panorama");
    h.Frames(3);
    EXPECT_EQ(h.FindProbe("card.close"), nullptr) << "no card beside the table in one column";
    h.state.selected_model = h.state.catalog.models.front().id;
    h.state.ui.panorama.card_sheet = true;
    h.Frames(3);
    const app::ItemProbe* close = h.FindProbe("card.close");
    ASSERT_NE(close, nullptr);
    EXPECT_GT(close->x1 - close->x0, 300.0f) << "the sheet is as wide as the screen";
    ASSERT_TRUE(h.ClickProbe("card.close"));
    h.Frames(2);
    EXPECT_FALSE(h.state.ui.panorama.card_sheet);
    EXPECT_EQ(h.FindProbe("card.close"), nullptr);
}

TEST(Layout, ReadOnlyEmbedShowsTheDecisionFirstAndALinkToTheFullApp) {
    UiHarness h(testing::ShippedCatalog(), 700, 320);
    h.state.read_only = true;
    app::SetView(h.state,
                 "decision");  // the web page's ?mode=compact does this unless ?view= names another view
    app::SetLanguage(h.state, "fr");
    h.Frames(3);
    const app::ItemProbe* decision = h.FindProbe("tab.decision");
    const app::ItemProbe* panorama = h.FindProbe("tab.panorama");
    ASSERT_TRUE(decision && panorama);
    EXPECT_LT(decision->x0, panorama->x0) << "the decision tab comes first";
    const std::string text = h.Frame(true);
    EXPECT_NE(text.find(app::Tr("fr", "readonly.notice")), std::string::npos) << text.substr(0, 400);
    // The ranking comes before the reasons (the lesson about GPT-4's cost among them).
    const std::size_t ranking = text.find(app::Tr("fr", "decision.col_score"));  // the table header
    const std::size_t reasons = text.find("GPT-4");
    ASSERT_NE(ranking, std::string::npos);
    ASSERT_NE(reasons, std::string::npos);
    EXPECT_LT(ranking, reasons);
    ASSERT_NE(h.FindProbe("readonly.open_full"), nullptr);
    h.state.action_requests.clear();
    ASSERT_TRUE(h.ClickProbe("readonly.open_full"));
    bool asked = false;
    for (app::ActionRequest a : h.state.action_requests) asked |= a == app::ActionRequest::kOpenFullApp;
    EXPECT_TRUE(asked);
    // Not read-only: no notice.
    h.state.read_only = false;
    h.Frames(2);
    EXPECT_EQ(h.FindProbe("readonly.open_full"), nullptr);
}

}  // namespace
}  // namespace mm
