// Frame cost of each view with a 10 000-model catalog: building one ImGui frame (the views' CPU work and the
// draw lists; no rendering, no GPU), the ranking already computed. Target: < 2 ms per view natively.
// Also the cost of a frame in which the profile changed: the view plus one Decide(), without the robustness
// analysis during a drag, with it once the edit is committed.
#include <benchmark/benchmark.h>

#include "ui_harness.h"

namespace {

mm::testing::UiHarness& Harness() {
    // One harness for the whole program: the ImGui context and the 10 000-model catalog are built once.
    static mm::testing::UiHarness h(mm::testing::LargeCatalog(10000));
    return h;
}

void BM_ViewFrame(benchmark::State& st, const char* view, const char* lang) {
    auto& h = Harness();
    mm::app::ApplyPresetById(h.state, "quick-prototype");
    mm::app::SetLanguage(h.state, lang);
    mm::app::SetView(h.state, view);
    h.state.compare = {};
    mm::app::SetCompareToTop(h.state, 3);
    h.Frames(3);  // caches (filtered rows) and the ranking are ready
    for (auto _ : st) {
        h.Frame();
        benchmark::ClobberMemory();
    }
    st.counters["models"] = static_cast<double>(h.state.catalog.models.size());
    st.counters["ranked"] = static_cast<double>(h.state.result.rows.size());
}

void BM_FrameWithRecompute(benchmark::State& st, bool robustness) {
    auto& h = Harness();
    mm::app::ApplyPresetById(h.state, "quick-prototype");
    mm::app::SetView(h.state, "decision");
    h.Frames(3);
    for (auto _ : st) {
        // A slider tick: the profile changes, the frame recomputes once (a drag skips the Monte-Carlo).
        h.state.profile.criteria[0].weight = h.state.profile.criteria[0].weight.value_or(40) == 40 ? 41 : 40;
        mm::app::MarkEdited(h.state);
        if (robustness) mm::app::CommitEdit(h.state);
        h.Frame();
    }
    mm::app::CommitEdit(h.state);
}

// The same edit on the shipped 169-model catalog (what a user of the real tool waits for).
void BM_FrameWithRecomputeShipped(benchmark::State& st, bool robustness) {
    auto& h = Harness();
    mm::Catalog large = std::move(h.state.catalog);
    h.state.catalog = mm::testing::ShippedCatalog();
    mm::app::CatalogChanged(h.state);
    mm::app::ApplyPresetById(h.state, "quick-prototype");
    mm::app::SetView(h.state, "decision");
    h.Frames(3);
    for (auto _ : st) {
        h.state.profile.criteria[0].weight = h.state.profile.criteria[0].weight.value_or(40) == 40 ? 41 : 40;
        mm::app::MarkEdited(h.state);
        if (robustness) mm::app::CommitEdit(h.state);
        h.Frame();
    }
    mm::app::CommitEdit(h.state);
    h.state.catalog = std::move(large);
    mm::app::CatalogChanged(h.state);
    h.Frames(1);
}

}  // namespace

BENCHMARK_CAPTURE(BM_ViewFrame, panorama, "panorama", "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ViewFrame, criteria, "criteria", "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ViewFrame, workload, "workload", "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ViewFrame, decision, "decision", "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ViewFrame, decision_fr, "decision", "fr")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FrameWithRecompute, drag_preview, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FrameWithRecompute, edit_committed, true)->Unit(benchmark::kMillisecond);

BENCHMARK_CAPTURE(BM_FrameWithRecomputeShipped, drag_preview, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FrameWithRecomputeShipped, edit_committed, true)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
