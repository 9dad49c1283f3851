// Every text of the French screens and of the French Markdown report comes from the string table (or is
// catalog / user data, a number or punctuation). The four views are walked in the normal and compact modes,
// with the model card, every menu, the confirmation modal and the tooltips of the probed widgets; the text
// is what ImGui logs while drawing (its log-to-buffer), collected across popups (see Collector).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "app/actions.h"
#include "app/i18n.h"
#include "engine/model/presets.h"
#include "engine/selfhost/selfhost_data.h"
#include "ui_harness.h"

namespace mm {
namespace {

using testing::UiHarness;

// ImGui clears its log buffer when a popup or tooltip ends (LogFinish at every End() of a top-level window),
// which would lose what the frame logged so far. The collector sees the buffer through ImGui's allocator
// hook: when the log buffer is released by clear() (capacity already 0), its text is kept.
std::string* g_sink = nullptr;
void* Alloc(std::size_t n, void*) { return std::malloc(n); }
void Free(void* p, void*) {
    if (p && g_sink && GImGui) {
        const ImVector<char>& b = GImGui->LogBuffer.Buf;
        if (p == b.Data && b.Capacity == 0) *g_sink += static_cast<const char*>(p);
    }
    std::free(p);
}

std::string CaptureFrame(UiHarness& h) {
    std::string text;
    g_sink = &text;
    h.Frame(true);
    g_sink = nullptr;
    return text;
}

// Pieces are kept without their outer spaces: "Ratio de cohérence " must not swallow the space that the next
// piece (" CR = ") starts with.
void Add(std::set<std::string>& s, const std::string& v) {
    const std::size_t a = v.find_first_not_of(' '), b = v.find_last_not_of(' ');
    if (a != std::string::npos) s.insert(v.substr(a, b - a + 1));
}

// The literal pieces of a table string (printf placeholders split it).
void AddPieces(std::set<std::string>& s, const std::string& fr) {
    std::string piece;
    for (std::size_t i = 0; i < fr.size(); ++i) {
        if (fr[i] == '%' && i + 1 < fr.size()) {
            if (fr[i + 1] == '%') {
                piece += '%';
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            while (j < fr.size() && std::string("0123456789.-+ ").find(fr[j]) != std::string::npos) ++j;
            if (j < fr.size() && std::string("sdfgxu").find(fr[j]) != std::string::npos) {
                Add(s, piece);
                piece.clear();
                i = j;
                continue;
            }
        }
        piece += fr[i];
    }
    Add(s, piece);
    // Labels are drawn up to their "##" id.
    const std::size_t id = fr.find("##");
    if (id != std::string::npos) Add(s, fr.substr(0, id));
}

// What a French screen may show: the table's French, the catalog's and the user's data.
std::vector<std::string> Allowed(const app::AppState& st) {
    std::set<std::string> s;
    for (const app::I18nEntry& e : app::AllStrings()) AddPieces(s, e.fr);
    const Catalog& c = st.catalog;
    Add(s, c.catalog_version);
    Add(s, c.as_of);
    for (const Model& m : c.models) {
        for (const std::string* v : {&m.id, &m.name, &m.provider, &m.family, &m.status_date, &m.status_source,
                                     &m.license.name, &m.license.restrictions, &m.license.url, &m.license.source})
            Add(s, *v);
        for (const auto& v : {m.input_modalities, m.output_modalities, m.specialties})
            for (const std::string& x : v) Add(s, x);
        Add(s, m.strengths.fr);
        Add(s, m.use_cases.fr);
        Add(s, m.strengths.en);
        Add(s, m.use_cases.en);
        for (const auto& l : m.languages) Add(s, l.id);
        for (const Figure* f : {&m.release_date, &m.params_b, &m.context_tokens, &m.tool_calling, &m.ttft_s,
                                &m.output_tokens_per_s, &m.structured_output}) {
            Add(s, f->text);
            Add(s, f->note);
            Add(s, f->as_of);
        }
    }
    for (const Provider& p : c.providers) Add(s, p.name), Add(s, p.id), Add(s, p.country);
    if (c.selfhost)
        for (const selfhost::Device& d : c.selfhost->devices) Add(s, d.name), Add(s, d.id);  // self-host data
    for (const Source& x : c.sources)
        for (const std::string* v : {&x.id, &x.title, &x.url, &x.publisher, &x.license, &x.as_of}) Add(s, *v);
    if (c.selfhost) {  // the self-hosting data the model card shows: device names, quantisation ids, sources
        for (const auto& d : c.selfhost->devices) Add(s, d.id), Add(s, d.name);
        for (const auto& q : c.selfhost->quantisations) Add(s, q.id);
        for (const auto& q : c.selfhost->kv_quants) Add(s, q.id);
        for (const auto& x : c.selfhost->sources)
            for (const std::string* v : {&x.id, &x.title, &x.url, &x.repository, &x.path, &x.commit, &x.as_of}) Add(s, *v);
    }
    for (const BenchmarkInfo& b : c.benchmarks) Add(s, b.id), Add(s, b.name), Add(s, b.unit), Add(s, b.description.fr);
    for (const Preset& p : BuiltinPresets()) Add(s, p.name.fr), Add(s, p.description.fr), Add(s, p.id);
    Add(s, st.profile.name);
    Add(s, st.profile.description);
    for (const auto& u : st.profile.user_criteria) Add(s, u.name), Add(s, u.id), Add(s, u.unit);
    for (const CriterionInfo& c : st.registry) Add(s, c.id);  // codes, e.g. "valeur manquante pour bench.x"
    Add(s, st.result.method);
    Add(s, st.result.normalization);
    // The number formatting of app/i18n.h: "12,34 $US", "12,34 €", "EUR/mois", "128 k", "1 M".
    for (const char* v : {"$US", "EUR", "/mois", "/M"}) Add(s, v);
    std::vector<std::string> out(s.begin(), s.end());
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
}

bool IsLetter(unsigned cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

// The words left once every allowed string is taken out (single letters "k", "M", "s" are number units).
std::set<std::string> Leftovers(std::string text, const std::vector<std::string>& allowed) {
    for (const std::string& a : allowed)
        for (std::size_t at = text.find(a); at != std::string::npos; at = text.find(a, at + 1))
            text.replace(at, a.size(), "\x01");
    std::set<std::string> words;
    std::string word;
    auto flush = [&] {
        if (word.size() > 1) words.insert(word);
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        unsigned cp = c;
        std::size_t len = 1;
        if (c >= 0xF0) cp = c & 0x07, len = 4;
        else if (c >= 0xE0) cp = c & 0x0F, len = 3;
        else if (c >= 0xC0) cp = c & 0x1F, len = 2;
        for (std::size_t k = 1; k < len && i + k < text.size(); ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
        if (IsLetter(cp)) word.append(text, i, len);
        else flush();
        i += len;
    }
    flush();
    return words;
}

std::string Join(const std::set<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : ", ") + ("\"" + w + "\"");
    return out;
}

void ExpectOnlyTableText(const std::string& where, const std::string& text, const std::vector<std::string>& allowed) {
    if (std::getenv("MM_UI_DUMP")) std::printf("===== %s\n%s\n", where.c_str(), text.c_str());
    const std::set<std::string> left = Leftovers(text, allowed);
    EXPECT_TRUE(left.empty()) << where << ": text outside the string table: " << Join(left);
}

// Every French screen: each view in the normal and compact modes, with the model card, each menu, the
// confirmation modal and the tooltip of every probed widget.
TEST(FrenchText, EveryFrenchScreenShowsOnlyTableText) {
    ImGui::SetAllocatorFunctions(Alloc, Free);
    UiHarness h(testing::ShippedCatalog(), 1280, 3000);  // tall: nothing is clipped below the fold
    ASSERT_TRUE(app::ApplyPresetById(h.state, "fr-support-chatbot"));
    ASSERT_TRUE(app::SetLanguage(h.state, "fr"));
    app::Select(h.state, "mistral-small-3.2");
    app::SetCompareToTop(h.state, 3);
    h.Frames(2);
    const std::vector<std::string> allowed = Allowed(h.state);
    int screens = 0;
    for (const bool compact : {false, true}) {
        h.state.read_only = compact;
        for (const char* view : {"panorama", "criteria", "workload", "decision"}) {
            ASSERT_TRUE(app::SetView(h.state, view));
            h.MoveTo(1, 2999);
            h.Frames(2);
            const std::string where = std::string(view) + (compact ? " (compact)" : "");
            const std::string screen = CaptureFrame(h);
            ASSERT_GT(screen.size(), 200u) << where << ": nothing captured";
            ExpectOnlyTableText(where, screen, allowed);
            ++screens;
            for (const char* menu : {"menu.presets", "menu.file", "menu.edit", "menu.display"}) {
                if (!h.ClickProbe(menu)) continue;
                ExpectOnlyTableText(where + ", " + menu, CaptureFrame(h), allowed);
                ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, true);
                h.Frame();
                ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, false);
                h.Frames(2);
                ++screens;
            }
            std::vector<app::ItemProbe> probes = h.state.ui.probes;
            for (const app::ItemProbe& p : probes) {
                if (p.name.rfind("menu.", 0) == 0 || p.name.rfind("preset.", 0) == 0) continue;
                h.MoveTo((p.x0 + p.x1) * 0.5f, (p.y0 + p.y1) * 0.5f);
                h.Frames(40);  // past the tooltip delays
                ExpectOnlyTableText(where + ", hovering " + p.name, CaptureFrame(h), allowed);
                ++screens;
            }
        }
    }
    // The confirmation modal.
    h.state.read_only = false;
    h.state.confirmations.push_back({app::Tr("fr", "confirm.title"), app::Tr("fr", "file.reset_confirm"), nullptr});
    h.Frames(2);
    ExpectOnlyTableText("confirmation", CaptureFrame(h), allowed);
    EXPECT_GT(screens, 20);
    g_sink = nullptr;
}

// The French Markdown report of every built-in preset.
TEST(FrenchText, TheFrenchReportShowsOnlyTableText) {
    UiHarness h(testing::ShippedCatalog());
    ASSERT_TRUE(app::SetLanguage(h.state, "fr"));
    for (const Preset& p : BuiltinPresets()) {
        ASSERT_TRUE(app::ApplyPresetById(h.state, p.id));
        h.Frames(1);
        const std::string report = app::ExportDocument(h.state, app::ActionRequest::kExportMarkdown);
        ASSERT_GT(report.size(), 200u);
        // Markdown syntax and the table's column heads that are formulas ("P(#1)", "CR =") are not words.
        ExpectOnlyTableText("report " + p.id, report, Allowed(h.state));
    }
}

}  // namespace
}  // namespace mm
