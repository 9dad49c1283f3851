// The model card's "Self-host on…" section on the shipped catalog, in real ImGui frames: fits / does not fit as
// EstimateSelfhost says for two devices, the default device, and the texts for proprietary and unpublished models.
#include <gtest/gtest.h>

#include "app/i18n.h"
#include "engine/selfhost/estimate.h"
#include "ui_harness.h"

namespace mm {
namespace {

using testing::UiHarness;

// Tall enough that the whole card is drawn (items below a child's visible area are neither drawn nor captured).
UiHarness TallHarness() { return UiHarness(testing::ShippedCatalog(), 1280, 5000); }

std::string CardScreen(UiHarness& h, const std::string& model_id) {
    app::SetView(h.state, "panorama");
    app::Select(h.state, model_id);
    h.Frames(2);
    return h.Frame(true);
}

selfhost::Estimate Expected(const app::AppState& s, const std::string& model, const std::string& device) {
    selfhost::Request r;
    r.model = model;
    r.device = device;
    r.quant = "q4_k_m";  // the profile's Q4
    r.context = s.profile.constraints.kv_context_tokens;
    r.batch = s.profile.constraints.batch;
    r.guess_kv_without_architecture = true;
    selfhost::EstimateResult e = selfhost::EstimateSelfhost(*s.catalog.selfhost, r);
    EXPECT_TRUE(e.estimate.has_value());
    return *e.estimate;
}

std::string FitText(const app::AppState& s, const selfhost::Estimate& e) {
    return app::Format(app::Tr(s.lang, *e.fits ? "selfhost.fits" : "selfhost.no_fit"),
                       app::FormatWithUnit(*e.total_gib, "GiB", s.lang).c_str(),
                       app::FormatWithUnit(*e.budget_gib, "GiB", s.lang).c_str());
}

TEST(SelfhostPanel, FitsOrNotAsTheEstimateSaysOnTwoDevices) {
    UiHarness h = TallHarness();
    ASSERT_TRUE(h.state.catalog.selfhost);
    ASSERT_EQ(h.state.profile.constraints.quantization, Quantization::kQ4);
    const std::string model = "llama-3.1-70b-instruct";
    bool seen_fit = false, seen_no_fit = false;
    for (const char* device : {"rtx-3060-12gb", "a100-80gb-sxm"}) {
        h.state.ui.selfhost.device = device;
        const std::string screen = CardScreen(h, model);
        const selfhost::Estimate e = Expected(h.state, model, device);
        ASSERT_TRUE(e.fits.has_value()) << device;
        (*e.fits ? seen_fit : seen_no_fit) = true;
        EXPECT_NE(screen.find(FitText(h.state, e)), std::string::npos) << device << "\n" << screen;
        // Only one verdict is drawn.
        const std::string other = app::Tr(h.state.lang, *e.fits ? "selfhost.no_fit" : "selfhost.fits");
        EXPECT_EQ(screen.find(other.substr(0, other.find('%'))), std::string::npos) << device;
    }
    EXPECT_TRUE(seen_fit && seen_no_fit) << "the two devices should disagree for a 70B model";
}

TEST(SelfhostPanel, TheDefaultDeviceIsTheSmallestThatFits) {
    UiHarness h = TallHarness();
    const std::string model = "llama-3.1-8b-instruct";
    const std::string screen = CardScreen(h, model);
    const selfhost::Data& data = *h.state.catalog.selfhost;
    const selfhost::Device* best = nullptr;
    for (const selfhost::Device& d : data.devices)
        if (Expected(h.state, model, d.id).fits.value_or(false) && (!best || d.memory_gb < best->memory_gb)) best = &d;
    ASSERT_NE(best, nullptr);
    EXPECT_NE(screen.find(best->name + " ("), std::string::npos) << screen;
    EXPECT_NE(screen.find(app::Tr("en", "selfhost.auto")), std::string::npos);
    EXPECT_NE(screen.find(FitText(h.state, Expected(h.state, model, best->id))), std::string::npos);
}

TEST(SelfhostPanel, ProprietaryAndUnpublishedModelsSaySo) {
    UiHarness h = TallHarness();
    std::string proprietary;
    for (const Model& m : h.state.catalog.models)
        if (!m.self_host) {
            proprietary = m.id;
            break;
        }
    ASSERT_FALSE(proprietary.empty());
    EXPECT_NE(CardScreen(h, proprietary).find(app::Tr("en", "selfhost.impossible")), std::string::npos);

    // An open-weights model without a published config: flagged, with a KV cache guessed from its size.
    std::string unpublished;
    for (const selfhost::Model& m : h.state.catalog.selfhost->models)
        if (!m.architecture && m.params_b && h.state.catalog.FindModel(m.id)) {
            unpublished = m.id;
            break;
        }
    ASSERT_FALSE(unpublished.empty());
    const std::string screen = CardScreen(h, unpublished);
    EXPECT_NE(screen.find(app::Tr("en", "selfhost.no_config")), std::string::npos) << screen;
    EXPECT_NE(screen.find(app::Tr("en", "selfhost.kv_guessed")), std::string::npos);
    h.state.ui.selfhost.device = "h100-sxm";
    const std::string on_h100 = CardScreen(h, unpublished);
    EXPECT_NE(on_h100.find(FitText(h.state, Expected(h.state, unpublished, "h100-sxm"))), std::string::npos);

    app::SetLanguage(h.state, "fr");
    EXPECT_NE(CardScreen(h, unpublished).find("Configuration non publiée"), std::string::npos);
}

}  // namespace
}  // namespace mm
