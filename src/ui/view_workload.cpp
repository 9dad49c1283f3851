// Workload & compare (course notebook 3): the workload inputs, the monthly cost / latency / break-even of every
// model for that workload (engine-derived), a side-by-side comparison of 2-4 models with the best value per row
// highlighted, and the grid of the user's own measurements, which become criteria.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "engine/decision/breakeven.h"
#include "engine/selfhost/api_energy.h"
#include "engine/selfhost/selfhost_data.h"
#include "ui/ui_common.h"
#include "ui/views.h"

namespace mm::ui {

namespace {

// A number field; with `money`, the profile's dollars are shown and typed in the display currency (the label
// is then the key's "_eur" variant in euros).
void Number(app::AppState& s, const char* key, const char* help_key, double* v, int decimals, double min_v,
            double max_v, bool money = false) {
    ImGui::SetNextItemWidth(Em(5.5f));
    const app::MoneyDisplay cur = app::Money(s);
    double x = money ? app::ShownMoney(*v, cur) : *v;
    const std::string label = T(s, (std::string(key) + (money && cur.eur ? "_eur" : "")).c_str());
    const bool changed = InputNumber(app::Format("%s##%s", label.c_str(), key).c_str(), &x, s.lang, decimals);
    Probe(s, std::string("input.") + key);
    if (changed) *v = std::clamp(money ? app::UsdFromShown(x, cur) : x, min_v, max_v);
    AfterEdit(s, changed);
    if (help_key) HelpMarker(T(s, help_key));
}

// Team-size helper next to requests/day: people x requests per person per day sets requests/day (the profile
// keeps only the product; the two factors are UI memory).
void TeamSizeHelper(app::AppState& s) {
    app::WorkloadUi& ui = s.ui.workload;
    const char* team = T(s, ui.team_open ? "workload.team_hide" : "workload.team");
    FlowSameLine(ImGui::CalcTextSize(team).x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::SmallButton(team)) ui.team_open = !ui.team_open;
    Probe(s, "workload.team");
    if (!ui.team_open) return;
    ImGui::Indent();
    auto factor = [&](const char* key, double* v) {
        ImGui::SetNextItemWidth(Em(4.5f));
        double x = *v;
        const bool changed = InputNumber(app::Format("%s##%s", T(s, key), key).c_str(), &x, s.lang, 0) && x >= 0 && x <= 1e7;
        Probe(s, std::string("input.") + key);
        if (changed) {
            *v = x;
            s.profile.workload.requests_per_day = std::min(1e9, ui.team_people * ui.team_requests_per_person);
        }
        AfterEdit(s, changed);
    };
    factor("workload.team_people", &ui.team_people);
    factor("workload.team_per_person", &ui.team_requests_per_person);
    ImGui::TextDisabled("%s", app::Format(T(s, "workload.team_result"),
                                          app::FormatNumber(ui.team_people * ui.team_requests_per_person, s.lang, 0).c_str())
                                  .c_str());
    ImGui::Unindent();
}

// The self-host device: one of selfhost.json's (with its sourced memory, rent and price), or a custom GPU known by
// its memory and hourly price (profiles written before devices).
void DevicePicker(app::AppState& s) {
    Workload& w = s.profile.workload;
    const selfhost::Data* data = s.catalog.selfhost.get();
    const selfhost::Device* cur = data ? selfhost::FindById(data->devices, w.device) : nullptr;
    const std::string label = cur ? cur->name : w.device.empty() ? T(s, "workload.custom_gpu") : w.device;
    SetNextItemWidthBeside(T(s, "workload.device"), Em(14));
    bool changed = false;
    if (BeginComboFit(T(s, "workload.device"), label, ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(T(s, "workload.custom_gpu"), w.device.empty())) {
            w.device.clear();
            changed = true;
        }
        if (data)
            for (const selfhost::Device& d : data->devices) {
                const std::string item = app::Format(T(s, "workload.device_item"), d.name.c_str(),
                                                     app::FormatNumber(d.memory_gb, s.lang, 0).c_str());
                if (ImGui::Selectable(item.c_str(), d.id == w.device)) {
                    w.device = d.id;
                    changed = true;
                }
            }
        ImGui::EndCombo();
    }
    Probe(s, "input.workload.device");
    AfterEdit(s, changed);
    HelpMarker(T(s, "workload.device_help"));
}

// The grid of the user's own devices: the profile's figure, else the data's default (France).
void GridInput(app::AppState& s) {
    std::optional<double>& grid = s.profile.workload.grid_g_co2_per_kwh;
    const selfhost::EnergyData* e = s.catalog.selfhost && s.catalog.selfhost->energy ? &*s.catalog.selfhost->energy : nullptr;
    double x = grid ? *grid : e ? selfhost::GridIntensity(*e, e->self_host_default_zone).value_or(0) : 0;
    ImGui::SetNextItemWidth(Em(5.5f));
    const bool changed = InputNumber(T(s, "workload.grid"), &x, s.lang, 0);
    Probe(s, "input.workload.grid");
    if (changed) grid = std::clamp(x, 0.0, 5000.0);
    AfterEdit(s, changed);
    HelpMarker(T(s, "workload.grid_help"));
}

// [tokens-per-language] Amounts in tokens, or in words of English or French prose (each model's own tokens).
void TextUnitPicker(app::AppState& s) {
    Workload& w = s.profile.workload;
    int unit = w.text_unit == TextUnit::kWords ? 1 : 0;
    ImGui::TextUnformatted(T(s, "workload.unit"));
    ImGui::SameLine();
    bool changed = ImGui::RadioButton(app::Format("%s##unit_tokens", T(s, "workload.unit_tokens")).c_str(), &unit, 0);
    Probe(s, "input.workload.unit_tokens");
    ImGui::SameLine();
    changed |= ImGui::RadioButton(app::Format("%s##unit_words", T(s, "workload.unit_words")).c_str(), &unit, 1);
    Probe(s, "input.workload.unit_words");
    if (changed) w.text_unit = unit == 1 ? TextUnit::kWords : TextUnit::kTokens;
    AfterEdit(s, changed);
    if (w.text_unit != TextUnit::kWords) return;
    int fr = w.language == "fr" ? 1 : 0;
    ImGui::TextUnformatted(T(s, "workload.text_language"));
    ImGui::SameLine();
    bool lc = ImGui::RadioButton(app::Format("%s##lang_en", T(s, "workload.lang_en")).c_str(), &fr, 0);
    ImGui::SameLine();
    lc |= ImGui::RadioButton(app::Format("%s##lang_fr", T(s, "workload.lang_fr")).c_str(), &fr, 1);
    Probe(s, "input.workload.language");
    if (lc) w.language = fr ? "fr" : "en";
    AfterEdit(s, lc);
}

void WorkloadInputs(app::AppState& s) {
    Workload& w = s.profile.workload;
    SectionTitle(T(s, "workload.title"));
    Number(s, "workload.requests", nullptr, &w.requests_per_day, 0, 0, 1e9);
    TeamSizeHelper(s);
    TextUnitPicker(s);
    const bool words = w.text_unit == TextUnit::kWords;
    Number(s, words ? "workload.input_words" : "workload.input_tokens",
           words ? "workload.words_help" : "workload.tokens_help", &w.input_tokens, 0, 0, 1e7);
    Number(s, words ? "workload.output_words" : "workload.output_tokens", nullptr, &w.output_tokens, 0, 0, 1e7);
    float cached = static_cast<float>(w.cached_share * 100.0);
    ImGui::SetNextItemWidth(Em(5.5f));
    const bool cc = ImGui::SliderFloat(T(s, "workload.cached"), &cached, 0.0f, 100.0f, "%.0f %%");
    if (cc) w.cached_share = std::clamp(static_cast<double>(cached) / 100.0, 0.0, 1.0);
    AfterEdit(s, cc);
    HelpMarker(T(s, "workload.cached_help"));
    ImGui::Spacing();
    ImGui::TextDisabled("%s", T(s, "workload.selfhost"));
    DevicePicker(s);
    Number(s, "workload.hours", "workload.hours_help", &w.hours_per_day, 0, 0, 24);
    float peak = static_cast<float>(w.peak_share * 100.0);
    ImGui::SetNextItemWidth(Em(5.5f));
    const bool pc = ImGui::SliderFloat(T(s, "workload.peak"), &peak, 0.0f, 100.0f, "%.0f %%");
    Probe(s, "input.workload.peak");
    if (pc) w.peak_share = std::clamp(static_cast<double>(peak) / 100.0, 0.0, 1.0);
    AfterEdit(s, pc);
    HelpMarker(T(s, "workload.peak_help"));
    int pricing = w.pricing == DevicePricing::kPurchase ? 1 : 0;
    bool pr = ImGui::RadioButton(T(s, "workload.rent"), &pricing, 0);
    ImGui::SameLine();
    pr |= ImGui::RadioButton(T(s, "workload.purchase"), &pricing, 1);
    if (pr) w.pricing = pricing == 1 ? DevicePricing::kPurchase : DevicePricing::kRent;
    AfterEdit(s, pr);
    if (w.pricing == DevicePricing::kRent) {
        Number(s, "workload.gpu_price", "workload.gpu_price_help", &w.gpu_usd_per_hour, 2, 0, 1e4, true);
    } else {
        Number(s, "workload.amortisation", nullptr, &w.amortisation_months, 0, 1, 600);
        Number(s, "workload.kwh_price", "workload.kwh_price_help", &w.energy_usd_per_kwh, 2, 0, 100, true);
    }
    if (w.device.empty()) Number(s, "workload.gpu_vram", nullptr, &w.gpu_vram_gb, 0, 0, 1e4);
    GridInput(s);
}

// How the in-house cost comes about: devices per replica x replicas, the streams each runs, the latency and energy.
void SelfhostTooltip(const app::AppState& s, const DerivedValues& d) {
    std::string text;
    if (d.capacity_known && d.devices_per_replica && d.replicas) {
        text = app::Format(T(s, "workload.capacity_tip"), *d.gpus, *d.replicas, *d.devices_per_replica,
                           d.streams.value_or(1),
                           app::FormatNumber(d.requests_per_hour_per_replica.value_or(0), s.lang, 0).c_str(),
                           app::FormatNumber(d.busy_share.value_or(0) * 100, s.lang, 0).c_str());
        if (d.selfhost_energy_wh_per_request)
            text += "\n" + app::Format(T(s, "workload.energy_tip"),
                                       app::FormatNumber(*d.selfhost_energy_wh_per_request, s.lang, 2).c_str());
    } else {
        text = app::Format(T(s, "workload.gpus_tip"), *d.gpus);
    }
    SetTooltipWrapped(text.c_str());
}

// Energy and CO2 per request, with what they come from on hover (EcoLogits through an API, the devices otherwise).
void EnergyCell(const app::AppState& s, const Model& m, const DerivedValues& d) {
    ImGui::TableNextColumn();
    if (!d.energy_wh_per_request) {
        ImGui::TextDisabled("\xE2\x80\x94");
        if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "workload.energy_unknown"));
        return;
    }
    const std::string co2 = d.co2_g_per_request ? app::FormatNumber(*d.co2_g_per_request, s.lang, 2) : "?";
    ImGui::Text("%s / %s", app::FormatNumber(*d.energy_wh_per_request, s.lang, 2).c_str(), co2.c_str());
    if (!ImGui::IsItemHovered()) return;
    const std::string grid = d.grid_g_co2_per_kwh ? app::FormatNumber(*d.grid_g_co2_per_kwh, s.lang, 0) : "?";
    const selfhost::EnergyData* e =
        s.catalog.selfhost && s.catalog.selfhost->energy ? &*s.catalog.selfhost->energy : nullptr;
    const bool api = e && d.energy_wh_per_request == d.api_energy_wh_per_request && d.api_energy_gpus;
    SetTooltipWrapped(api ? app::Format(T(s, "workload.energy_api_tip"), *d.api_energy_gpus,
                                        app::FormatNumber(s.profile.workload.output_tokens, s.lang, 0).c_str(),
                                        selfhost::HostEnergyFor(*e, m.pricing ? m.pricing->host : "").zone.c_str(),
                                        grid.c_str()).c_str()
                          : app::Format(T(s, "workload.energy_self_tip"), grid.c_str()).c_str());
}

struct CostRow {
    int catalog_index;
    const DerivedValues* d;
};

void CostTable(app::AppState& s, float height) {
    const Result& r = s.result;
    SectionTitle(T(s, "workload.costs"));
    TextWrappedDisabled(std::string(T(s, "workload.costs_intro")) + " " + T(s, "workload.breakeven_help"));
    std::vector<CostRow> rows;
    for (int idx : r.order) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(idx)];
        rows.push_back({row.catalog_index, &row.derived});
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("costs", 7, flags, ImVec2(0, height))) return;
    // The name keeps at least 8 em; then the API cost, the comparison box, the latency, the in-house cost, the
    // break-even and the energy while they fit.
    enum { kName, kApi, kSelf, kBreakeven, kLatency, kEnergy, kCompare };
    const float compare_w = std::max(ImGui::CalcTextSize(T(s, "workload.col_compare")).x, ImGui::GetFrameHeight());
    const unsigned dropped = DroppedColumns(Em(8) + ImGui::GetStyle().CellPadding.x * 2 + 1,
                                            {{kApi, Em(5.5f)}, {kCompare, compare_w}, {kLatency, Em(4)}, {kSelf, Em(8)},
                                             {kBreakeven, Em(6.5f)}, {kEnergy, Em(6.5f)}});
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(T(s, "col.name"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(T(s, "workload.col_api"), DropFlag(dropped, kApi), Em(5.5f));
    ImGui::TableSetupColumn(T(s, "workload.col_self"), DropFlag(dropped, kSelf), Em(8));
    ImGui::TableSetupColumn(T(s, "workload.col_breakeven"), DropFlag(dropped, kBreakeven), Em(6.5f));
    ImGui::TableSetupColumn(T(s, "workload.col_latency"), DropFlag(dropped, kLatency), Em(4));
    ImGui::TableSetupColumn(T(s, "workload.col_energy"), DropFlag(dropped, kEnergy), Em(6.5f));
    ImGui::TableSetupColumn(T(s, "workload.col_compare"), DropFlag(dropped, kCompare));
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const CostRow& cr = rows[static_cast<std::size_t>(k)];
            const Model& m = s.catalog.models[static_cast<std::size_t>(cr.catalog_index)];
            const DerivedValues& d = *cr.d;
            ImGui::PushID(cr.catalog_index);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (NameSelectable(m.name, s.selected_model == m.id)) app::Select(s, m.id);
            auto money = [&](const std::optional<double>& v, bool chosen) {
                if (!ImGui::TableNextColumn()) return false;
                if (!v) {
                    ImGui::TextDisabled("\xE2\x80\x94");
                    return true;
                }
                if (chosen) ImGui::TextColored(ColorAccent(), "%s", app::FormatMoney(*v, s.lang, app::Money(s)).c_str());
                else ImGui::TextUnformatted(app::FormatMoney(*v, s.lang, app::Money(s)).c_str());
                return true;
            };
            money(d.api_monthly_usd, d.monthly_basis == "api");
            if (money(d.selfhost_monthly_usd, d.monthly_basis == "self_host") && d.gpus && d.selfhost_monthly_usd &&
                ImGui::IsItemHovered())
                SelfhostTooltip(s, d);
            if (!ImGui::TableNextColumn()) {
            } else if (auto be = BreakEvenRequestsPerDay(d, s.profile.workload)) {
                ImGui::TextUnformatted(app::Format(T(s, "workload.per_day"), app::FormatNumber(*be, s.lang, 0).c_str()).c_str());
                if (ImGui::IsItemHovered())
                    SetTooltipWrapped(T(s, *be < s.profile.workload.requests_per_day ? "workload.breakeven_self" : "workload.breakeven_api"));
            } else {
                ImGui::TextDisabled("\xE2\x80\x94");
            }
            ImGui::TableNextColumn();
            if (d.latency_s) ImGui::TextUnformatted(app::FormatWithUnit(*d.latency_s, "s", s.lang).c_str());
            else ImGui::TextDisabled("\xE2\x80\x94");
            EnergyCell(s, m, d);
            ImGui::TableNextColumn();
            bool on = app::InCompare(s, m.id);
            ImGui::BeginDisabled(!on && app::CompareFull(s));
            if (ImGui::Checkbox("##cmp", &on)) app::ToggleCompare(s, m.id);
            ImGui::EndDisabled();
            if (!on && app::CompareFull(s) && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                SetTooltipWrapped(T(s, "compare.full"));
            ImGui::PopID();
        }
    ImGui::EndTable();
}

// One comparison row: values per compared model, the best one highlighted (lower or higher is better).
struct CompareCell {
    std::optional<double> value;
    std::string text;
};

// `tips`, when given: one text per cell shown on hover (why a model was eliminated).
void CompareRow(const app::AppState& s, const char* label, const std::vector<CompareCell>& cells, int better,
                const std::vector<std::string>* tips = nullptr) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    TextWrappedDisabled(label);
    // The best value is highlighted (every model that reaches it); nothing when all values are equal.
    std::optional<double> best;
    bool differ = false;
    if (better != 0) {
        for (const CompareCell& c : cells) {
            if (!c.value) continue;
            if (best && *best != *c.value) differ = true;
            if (!best || (better > 0 ? *c.value > *best : *c.value < *best)) best = c.value;
        }
    }
    for (int k = 0; k < static_cast<int>(cells.size()); ++k) {
        ImGui::TableNextColumn();
        const CompareCell& c = cells[static_cast<std::size_t>(k)];
        if (c.text.empty()) ImGui::TextDisabled("\xE2\x80\x94");
        else if (differ && c.value && best && *c.value == *best) {
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::ColorConvertFloat4ToU32(ImVec4(0.3f, 0.8f, 0.4f, 0.18f)));
            ImGui::TextColored(ColorGood(), "%s \xE2\x9C\x93", c.text.c_str());  // ✓
        } else ImGui::TextUnformatted(c.text.c_str());
        const std::string* tip = tips && static_cast<std::size_t>(k) < tips->size() ? &(*tips)[static_cast<std::size_t>(k)] : nullptr;
        if (tip && !tip->empty() && ImGui::IsItemHovered()) SetTooltipWrapped(tip->c_str());
    }
    (void)s;
}

// Why a model is out of the ranking, one failure per line ("" when it is ranked or unknown).
std::string EliminationReasons(const app::AppState& s, const std::string& id) {
    std::string out;
    for (const auto& e : s.result.eliminated)
        if (e.id == id)
            for (const ConstraintFailure& f : e.failures) out += (out.empty() ? "" : "\n") + app::FormatFailure(f, s.lang, app::Money(s));
    return out;
}

// "Add a model": every catalog model, ranked ones first in rank order, then the others marked as eliminated
// (the reason on hover); a search box narrows the list. Full: says so instead of pushing a model out.
void AddToCompareCombo(app::AppState& s) {
    const bool full = app::CompareFull(s);
    ImGui::SetNextItemWidth(Em(14));
    const std::string preview = full ? app::Format(T(s, "compare.full_label"), static_cast<int>(app::kMaxCompare)) : T(s, "compare.add");
    // Full: a disabled combo that cannot open (one left open from before is closed). The disabled scope must wrap the
    // whole combo, popup included.
    bool open = false;
    if (full) {
        ImGui::BeginDisabled();
        if (ImGui::BeginCombo("##addcmp", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
            ImGui::CloseCurrentPopup();
            ImGui::EndCombo();
        }
        ImGui::EndDisabled();
    } else {
        open = ImGui::BeginCombo("##addcmp", preview.c_str(), ImGuiComboFlags_HeightLarge);
    }
    Probe(s, "compare.add");
    if (full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) SetTooltipWrapped(T(s, "compare.full"));
    if (!open) return;
    std::string& filter = s.ui.workload.compare_filter;
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    InputString("##cmpfilter", &filter, T(s, "compare.search"));
    auto matches = [&](const std::string& name) {
        if (filter.empty()) return true;
        auto lower = [](std::string x) {
            for (char& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return x;
        };
        return lower(name).find(lower(filter)) != std::string::npos;
    };
    std::vector<bool> listed(s.catalog.models.size(), false);
    for (int idx : s.result.order) {
        const ModelRow& row = s.result.rows[static_cast<std::size_t>(idx)];
        if (row.catalog_index >= 0 && static_cast<std::size_t>(row.catalog_index) < listed.size())
            listed[static_cast<std::size_t>(row.catalog_index)] = true;
        if (app::InCompare(s, row.id) || !matches(row.name)) continue;
        if (ImGui::Selectable(app::Format("%d. %s", row.rank, row.name.c_str()).c_str())) app::ToggleCompare(s, row.id);
    }
    for (std::size_t i = 0; i < s.catalog.models.size(); ++i) {
        const Model& m = s.catalog.models[i];
        if (listed[i] || app::InCompare(s, m.id) || !matches(m.name)) continue;
        ImGui::PushID(static_cast<int>(i));
        const bool pick = ImGui::Selectable(app::Format("%s \xE2\x80\x94 %s", m.name.c_str(), T(s, "compare.eliminated")).c_str());
        Probe(s, "compare.add." + m.id);
        if (ImGui::IsItemHovered()) {
            const std::string why = EliminationReasons(s, m.id);
            SetTooltipWrapped(why.empty() ? T(s, "compare.not_ranked") : why.c_str());
        }
        if (pick) app::ToggleCompare(s, m.id);
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void Compare(app::AppState& s) {
    if (ImGui::Button(T(s, "compare.top3"))) app::SetCompareToTop(s, 3);
    ImGui::SameLine();
    AddToCompareCombo(s);
    ImGui::SameLine();
    if (!s.compare.empty() && ImGui::Button(T(s, "compare.clear"))) {
        s.compare.clear();
        s.compare_auto = false;
    }
    Probe(s, "compare.clear");
    if (app::CompareFull(s)) TextWrappedDisabled(T(s, "compare.full"));
    if (s.compare.size() < 2) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        TextWrappedU(T(s, "compare.hint"));
        ImGui::PopStyleColor();
        return;
    }
    const Result& r = s.result;
    std::vector<const Model*> models;
    std::vector<const DerivedValues*> derived;
    std::vector<const ModelRow*> rows;
    for (const auto& id : s.compare) {
        const Model* m = s.catalog.FindModel(id);
        if (!m) continue;
        models.push_back(m);
        const std::size_t ci = static_cast<std::size_t>(m - s.catalog.models.data());
        derived.push_back(ci < r.all_derived.size() ? &r.all_derived[ci] : nullptr);
        rows.push_back(r.FindRow(id));
    }
    const int n = static_cast<int>(models.size());
    if (!ImGui::BeginTable("compare", n + 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("##label", 0, 1.3f);
    for (int k = 0; k < n; ++k) ImGui::TableSetupColumn(models[static_cast<std::size_t>(k)]->name.c_str(), 0, 1.0f);
    ImGui::TableHeadersRow();
    auto cells = [&](auto get, const char* unit) {
        std::vector<CompareCell> out;
        for (int k = 0; k < n; ++k) {
            std::optional<double> v = get(k);
            out.push_back({v, v ? app::FormatWithUnit(*v, unit, s.lang, app::Money(s)) : std::string()});
        }
        return out;
    };
    {
        std::vector<CompareCell> c;
        std::vector<std::string> why;
        for (int k = 0; k < n; ++k) {
            const ModelRow* row = rows[static_cast<std::size_t>(k)];
            c.push_back({row ? std::optional<double>(row->rank) : std::nullopt,
                         row ? app::Format("#%d", row->rank) : std::string(T(s, "compare.eliminated"))});
            why.push_back(row ? std::string() : EliminationReasons(s, models[static_cast<std::size_t>(k)]->id));
        }
        CompareRow(s, T(s, "compare.rank"), c, -1, &why);
    }
    {
        std::vector<CompareCell> c;
        for (int k = 0; k < n; ++k) c.push_back({std::nullopt, T(s, KindTagKey(*models[static_cast<std::size_t>(k)]))});
        CompareRow(s, T(s, "col.type"), c, 0);
    }
    // Fixed rows, unless the same measure is a chosen criterion (listed below with the others).
    auto chosen = [&](const char* id) { return app::HasCriterion(s.profile, id); };
    if (!chosen("monthly_cost")) CompareRow(s, T(s, "compare.monthly"), cells([&](int k) { auto* d = derived[static_cast<std::size_t>(k)]; return d ? d->monthly_usd : std::nullopt; }, "USD/month"), -1);
    if (!chosen("latency")) CompareRow(s, T(s, "compare.latency"), cells([&](int k) { auto* d = derived[static_cast<std::size_t>(k)]; return d ? d->latency_s : std::nullopt; }, "s"), -1);
    if (!chosen("vram_gb")) CompareRow(s, T(s, "compare.vram"), cells([&](int k) {
        auto* d = derived[static_cast<std::size_t>(k)];
        return d && d->vram ? std::optional<double>(d->vram->total_gb) : std::nullopt; }, "GB"), -1);
    if (!chosen("context_tokens")) CompareRow(s, T(s, "card.context"), cells([&](int k) {
        const Figure& f = models[static_cast<std::size_t>(k)]->context_tokens;
        return f.Known() ? std::optional<double>(f.number) : std::nullopt; }, "tokens"), 1);
    // Every chosen criterion, raw values as the engine read them (direction from the registry).
    for (const CriterionChoice& cc : s.profile.criteria) {
        const CriterionInfo* info = FindInfo(s, cc.id);
        if (!info) continue;
        std::vector<CompareCell> c;
        for (int k = 0; k < n; ++k) {
            const std::size_t ci = static_cast<std::size_t>(models[static_cast<std::size_t>(k)] - s.catalog.models.data());
            std::optional<double> v;
            if (derived[static_cast<std::size_t>(k)])
                v = CriterionValue(*info, s.catalog.models[ci], *derived[static_cast<std::size_t>(k)], s.profile);
            c.push_back({v, v ? app::FormatWithUnit(*v, info->unit, s.lang, app::Money(s)) : std::string()});
        }
        CompareRow(s, CriterionLabel(s, info->id).c_str(), c, info->direction == Direction::kBenefit ? 1 : -1);
    }
    {
        std::vector<CompareCell> c;
        for (int k = 0; k < n; ++k) {
            const ModelRow* row = rows[static_cast<std::size_t>(k)];
            c.push_back({row ? std::optional<double>(row->score) : std::nullopt,
                         row ? app::FormatNumber(row->score, s.lang, 3) : std::string()});
        }
        CompareRow(s, T(s, "compare.score"), c, r.higher_is_better ? 1 : -1);
    }
    ImGui::EndTable();
}

std::string ValueText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

void OwnMeasurements(app::AppState& s) {
    TextWrappedU(T(s, "own.intro"));
    app::WorkloadUi& ui = s.ui.workload;
    ImGui::SetNextItemWidth(Em(14));
    InputString("##newcrit", &ui.new_criterion_name, T(s, "own.name_hint"));
    Probe(s, "own.name");
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.new_criterion_name.empty());
    const bool add = ImGui::Button(T(s, "own.add"));
    Probe(s, "own.add");
    if (add) {
        const std::string id = app::AddUserCriterion(s, ui.new_criterion_name, "%", Direction::kBenefit);
        app::AddCriterion(s, id);
        ui.new_criterion_name.clear();
    }
    ImGui::EndDisabled();
    auto& ucs = s.profile.user_criteria;
    if (ucs.empty()) return;
    // Models: the comparison set, else the top five.
    std::vector<std::string> ids = s.compare;
    if (ids.empty())
        for (std::size_t k = 0; k < s.result.order.size() && k < 5; ++k)
            ids.push_back(s.result.rows[static_cast<std::size_t>(s.result.order[k])].id);
    // Models that already have a measurement stay listed.
    for (const auto& u : ucs)
        for (const auto& kv : u.values)
            if (std::find(ids.begin(), ids.end(), kv.first) == ids.end()) ids.push_back(kv.first);
    const int cols = static_cast<int>(ucs.size()) + 1;
    if (!ImGui::BeginTable("own", cols, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame))
        return;
    ImGui::TableSetupColumn(T(s, "col.name"));
    for (const auto& u : ucs) ImGui::TableSetupColumn(CriterionLabel(s, "user." + u.id).c_str());
    ImGui::TableHeadersRow();
    // A second header row: use as a criterion, direction, remove.
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", T(s, "own.use"));
    std::string remove;
    for (std::size_t j = 0; j < ucs.size(); ++j) {
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(j));
        const std::string cid = "user." + ucs[j].id;
        bool used = app::HasCriterion(s.profile, cid);
        if (ImGui::Checkbox("##use", &used)) {
            if (used) app::AddCriterion(s, cid);
            else app::RemoveCriterion(s, cid);
        }
        if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "own.use_help"));
        ImGui::SameLine();
        bool benefit = ucs[j].direction == Direction::kBenefit;
        if (ImGui::SmallButton(benefit ? "\xE2\x86\x91" : "\xE2\x86\x93")) {  // ↑ ↓
            ucs[j].direction = benefit ? Direction::kCost : Direction::kBenefit;
            app::MarkEdited(s);
            app::CommitEdit(s);
        }
        if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, benefit ? "own.higher_better" : "own.lower_better"));
        ImGui::SameLine();
        if (ImGui::SmallButton("\xC3\x97")) remove = cid;
        if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "own.remove"));
        ImGui::PopID();
    }
    for (const std::string& id : ids) {
        const Model* m = s.catalog.FindModel(id);
        if (!m) continue;
        ImGui::PushID(id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(m->name.c_str());
        for (std::size_t j = 0; j < ucs.size(); ++j) {
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(j));
            std::string text;
            for (const auto& kv : ucs[j].values)
                if (kv.first == id) text = ValueText(kv.second);
            char buf[32];
            std::snprintf(buf, sizeof buf, "%s", text.c_str());
            ImGui::SetNextItemWidth(-1);
            const bool changed = ImGui::InputText("##v", buf, sizeof buf, ImGuiInputTextFlags_CharsScientific);
            if (changed) {
                std::string t = buf;
                std::replace(t.begin(), t.end(), ',', '.');  // French decimal comma
                char* end = nullptr;
                const double v = std::strtod(t.c_str(), &end);
                if (t.empty()) app::SetUserValue(s, "user." + ucs[j].id, id, std::nullopt);
                else if (end && *end == '\0' && std::isfinite(v)) app::SetUserValue(s, "user." + ucs[j].id, id, v);
            }
            if (ImGui::IsItemDeactivatedAfterEdit()) app::CommitEdit(s);
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (!remove.empty()) {
        const std::string title = T(s, "confirm.title");
        const std::string msg = app::Format(T(s, "own.remove_confirm"), CriterionLabel(s, remove).c_str());
        app::RequestConfirmation(s, title, msg, [remove](app::AppState& st) { app::RemoveUserCriterion(st, remove); });
    }
}

}  // namespace

void DrawWorkload(app::AppState& s) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float left_w = std::max(Em(20), avail * 0.3f);
    BeginPane(s, "inputs", left_w);
    WorkloadInputs(s);
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    TextWrappedU(T(s, "workload.lesson"));
    ImGui::PopStyleColor();
    EndPane(s);
    BeginPane(s, "right", 0);
    CostTable(s, OneColumn(s) ? std::max(Em(12), ImGui::GetMainViewport()->WorkSize.y * 0.45f)
                              : std::max(Em(9), ImGui::GetContentRegionAvail().y * 0.45f));
    ImGui::Spacing();
    if (ImGui::BeginTabBar("workload_tabs")) {
        if (ImGui::BeginTabItem(T(s, "compare.title"))) {
            Compare(s);
            ImGui::EndTabItem();
        }
        const bool own = ImGui::BeginTabItem(T(s, "own.title"));
        Probe(s, "tab.own");
        if (own) {
            OwnMeasurements(s);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    EndPane(s, true);
}

}  // namespace mm::ui
