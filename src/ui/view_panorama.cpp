// Panorama (course notebook 1): the catalog as a searchable, filterable, sortable table (clipped: fast with
// 10 000 rows), the course's tags and money signs, a model card with every figure's provenance on hover, and
// the course's overview table of the five classics in one click.
#include <algorithm>
#include <cctype>
#include <cfloat>

#include "engine/decision/index_sort.h"
#include "engine/selfhost/selfhost_data.h"
#include "ui/selfhost_panel.h"
#include "ui/ui_common.h"
#include "ui/views.h"

namespace mm::ui {

namespace {

enum Column { kColName, kColProvider, kColType, kColLicence, kColSize, kColContext, kColPrice, kColCost, kColRelease,
              kColCount };

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

double Num(const Figure& f) { return f.Known() ? f.number : -1.0; }

bool Passes(const app::PanoramaUi& ui, const Model& m, const std::string& needle) {
    if (ui.classics_only && !m.course_classic) return false;
    if (ui.current_only && m.status != Status::kCurrent) return false;
    if (ui.kind_filter == 1 && (m.OpenWeights() || IsSpecialised(m))) return false;
    if (ui.kind_filter == 2 && (!m.OpenWeights() || IsSpecialised(m))) return false;
    if (ui.kind_filter == 3 && !IsSpecialised(m)) return false;
    if (ui.licence_filter == 1 && m.license.license_class != LicenseClass::kPermissive) return false;
    if (ui.licence_filter == 2 && m.license.license_class != LicenseClass::kOpenRestricted) return false;
    if (ui.licence_filter == 3 && m.license.license_class != LicenseClass::kProprietary) return false;
    if (ui.size_filter != 0) {
        const bool known = m.params_b.Known();
        const double p = m.params_b.number;
        if (ui.size_filter == 4 ? known : !known) return false;
        if (ui.size_filter == 1 && p > 15) return false;
        if (ui.size_filter == 2 && (p <= 15 || p > 80)) return false;
        if (ui.size_filter == 3 && p <= 80) return false;
    }
    if (!ui.provider_filter.empty() && m.provider != ui.provider_filter) return false;
    if (!needle.empty()) {
        const std::string hay = Lower(m.name + " " + m.id + " " + m.provider + " " + m.family);
        if (hay.find(needle) == std::string::npos) return false;
    }
    return true;
}

double BlendedPrice(const Model& m) {
    if (!m.pricing || !m.pricing->input_per_mtok.Known() || !m.pricing->output_per_mtok.Known()) return -1;
    return (3 * m.pricing->input_per_mtok.number + m.pricing->output_per_mtok.number) / 4;
}

void RebuildRows(app::AppState& s) {
    app::PanoramaUi& ui = s.ui.panorama;
    const auto& models = s.catalog.models;
    const std::string needle = Lower(ui.search);
    ui.rows.clear();
    for (int i = 0; i < static_cast<int>(models.size()); ++i)
        if (Passes(ui, models[static_cast<std::size_t>(i)], needle)) ui.rows.push_back(i);
    const int col = ui.sort_column;
    const bool asc = ui.sort_ascending;
    auto key_num = [&](const Model& m) -> double {
        switch (col) {
            case kColSize: return Num(m.params_b);
            case kColContext: return Num(m.context_tokens);
            case kColPrice: return BlendedPrice(m);
            case kColCost: return m.relative_cost ? *m.relative_cost : -1;
            default: return 0;
        }
    };
    auto key_text = [&](const Model& m) -> std::string {
        switch (col) {
            case kColProvider: return m.provider;
            case kColType: return KindTagKey(m);
            case kColLicence: return ToString(m.license.license_class);
            case kColRelease: return m.release_date.text;
            default: return Lower(m.name);
        }
    };
    const bool numeric = col == kColSize || col == kColContext || col == kColPrice || col == kColCost;
    StableSortIndices(ui.rows, [&](std::size_t a, std::size_t b) {
        const Model& ma = models[static_cast<std::size_t>(a)];
        const Model& mb = models[static_cast<std::size_t>(b)];
        if (numeric) {
            const double x = key_num(ma), y = key_num(mb);
            if ((x < 0) != (y < 0)) return y < 0;  // unknown values last in both directions
            if (x != y) return asc ? x < y : x > y;
            return false;
        }
        const std::string x = key_text(ma), y = key_text(mb);
        if (x.empty() != y.empty()) return y.empty();
        if (x != y) return asc ? x < y : x > y;
        return false;
    });
    ui.rows_version = ui.filters_version;
    ui.rows_catalog_size = models.size();
    ui.rows_catalog_version = s.catalog_version;
}

void Filters(app::AppState& s) {
    app::PanoramaUi& ui = s.ui.panorama;
    bool changed = false;
    // The filters flow onto more lines on a narrow window.
    const ImGuiStyle& st = ImGui::GetStyle();
    auto check_w = [&](const char* key) { return ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + ImGui::CalcTextSize(T(s, key)).x; };
    auto button_w = [&](const char* key) { return ImGui::CalcTextSize(T(s, key)).x + st.FramePadding.x * 2; };
    ImGui::SetNextItemWidth(Em(13));
    changed |= InputString("##search", &ui.search, T(s, "panorama.search_hint"));
    auto combo = [&](const char* id, int* v, std::initializer_list<const char*> keys, float width) {
        FlowSameLine(Em(width));
        ImGui::SetNextItemWidth(Em(width));
        std::vector<const char*> items;
        for (const char* k : keys) items.push_back(T(s, k));
        if (ImGui::Combo(id, v, items.data(), static_cast<int>(items.size()))) changed = true;
    };
    combo("##kind", &ui.kind_filter, {"filter.all_types", "tag.proprietary", "tag.open_source", "tag.specialised"}, 8.5f);
    combo("##licence", &ui.licence_filter,
          {"filter.all_licences", "licence.permissive", "licence.open_restricted", "licence.proprietary"}, 9.5f);
    combo("##size", &ui.size_filter,
          {"filter.all_sizes", "size.small", "size.medium", "size.large", "size.undisclosed"}, 8.5f);
    FlowSameLine(Em(9));
    ImGui::SetNextItemWidth(Em(9));
    const Provider* cur = s.catalog.FindProvider(ui.provider_filter);
    if (ImGui::BeginCombo("##provider", cur ? cur->name.c_str() : T(s, "filter.all_providers"))) {
        if (ImGui::Selectable(T(s, "filter.all_providers"), ui.provider_filter.empty())) {
            ui.provider_filter.clear();
            changed = true;
        }
        for (const Provider& p : s.catalog.providers)
            if (ImGui::Selectable(p.name.c_str(), p.id == ui.provider_filter)) {
                ui.provider_filter = p.id;
                changed = true;
            }
        ImGui::EndCombo();
    }
    FlowSameLine(check_w("panorama.current_only"));
    changed |= ImGui::Checkbox(T(s, "panorama.current_only"), &ui.current_only);
    if (ImGui::Button(T(s, "panorama.course_table"))) ui.show_course_table = true;
    FlowSameLine(check_w("panorama.classics_only"));
    if (ImGui::Checkbox(T(s, "panorama.classics_only"), &ui.classics_only)) changed = true;
    FlowSameLine(button_w("panorama.reset_filters"));
    if (ImGui::SmallButton(T(s, "panorama.reset_filters"))) {
        ui.search.clear();
        ui.kind_filter = ui.licence_filter = ui.size_filter = 0;
        ui.provider_filter.clear();
        ui.current_only = ui.classics_only = false;
        changed = true;
    }
    if (changed) ++ui.filters_version;
}

void ModelTable(app::AppState& s, float height) {
    app::PanoramaUi& ui = s.ui.panorama;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Hideable;
    if (!ImGui::BeginTable("models", kColCount, flags, ImVec2(0, height))) return;
    // The name keeps at least 9 em; the other columns stay while they fit, the course's money signs first.
    const float w[kColCount] = {0, Em(6), Em(6), Em(7), Em(4), Em(5), Em(7), Em(3), Em(5.5f)};
    const unsigned dropped = DroppedColumns(Em(9) + ImGui::GetStyle().CellPadding.x * 2 + 1,
                                            {{kColCost, w[kColCost]}, {kColType, w[kColType]}, {kColPrice, w[kColPrice]},
                                             {kColContext, w[kColContext]}, {kColSize, w[kColSize]},
                                             {kColProvider, w[kColProvider]}, {kColLicence, w[kColLicence]},
                                             {kColRelease, w[kColRelease]}});
    auto flags_of = [&](int col, ImGuiTableColumnFlags f) { return f | DropFlag(dropped, col); };
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(T(s, "col.name"), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort |
                                                  ImGuiTableColumnFlags_NoHide, 0.0f, kColName);
    ImGui::TableSetupColumn(T(s, "col.provider"), flags_of(kColProvider, 0), w[kColProvider], kColProvider);
    ImGui::TableSetupColumn(T(s, "col.type"), flags_of(kColType, 0), w[kColType], kColType);
    ImGui::TableSetupColumn(T(s, "col.licence"), flags_of(kColLicence, ImGuiTableColumnFlags_DefaultHide), w[kColLicence], kColLicence);
    ImGui::TableSetupColumn(T(s, "col.size"), flags_of(kColSize, ImGuiTableColumnFlags_PreferSortDescending), w[kColSize], kColSize);
    ImGui::TableSetupColumn(T(s, "col.context"), flags_of(kColContext, ImGuiTableColumnFlags_PreferSortDescending), w[kColContext],
                            kColContext);
    ImGui::TableSetupColumn(T(s, app::Money(s).eur ? "col.price_eur" : "col.price"), flags_of(kColPrice, 0), w[kColPrice], kColPrice);
    ImGui::TableSetupColumn(T(s, "col.cost"), flags_of(kColCost, 0), w[kColCost], kColCost);
    ImGui::TableSetupColumn(T(s, "col.release"),
                            flags_of(kColRelease, ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_DefaultHide),
                            w[kColRelease], kColRelease);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty && specs->SpecsCount > 0) {
            ui.sort_column = static_cast<int>(specs->Specs[0].ColumnUserID);
            ui.sort_ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
            ++ui.filters_version;
            specs->SpecsDirty = false;
        }
    }
    if (ui.rows_version != ui.filters_version || ui.rows_catalog_size != s.catalog.models.size() ||
        ui.rows_catalog_version != s.catalog_version)
        RebuildRows(s);

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(ui.rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int idx = ui.rows[static_cast<std::size_t>(r)];
            const Model& m = s.catalog.models[static_cast<std::size_t>(idx)];
            ImGui::PushID(idx);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool selected = s.selected_model == m.id;
            // Older generations (the course's classics among them) stay listed, greyed.
            const bool older = m.older_generation || m.status == Status::kLegacy || m.status == Status::kDeprecated ||
                               m.status == Status::kRetired;
            if (older) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
            if (NameSelectable(m.name, selected, ImGuiSelectableFlags_SpanAllColumns)) {
                app::Select(s, m.id);
                ui.card_sheet = true;
            }
            if (older) {
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", T(s, "panorama.older"));
            }
            ImGui::TableNextColumn();
            const Provider* p = s.catalog.FindProvider(m.provider);
            ImGui::TextUnformatted(p ? p->name.c_str() : m.provider.c_str());
            ImGui::TableNextColumn();
            KindTag(s, m);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(T(s, m.license.license_class == LicenseClass::kPermissive       ? "licence.permissive"
                                        : m.license.license_class == LicenseClass::kOpenRestricted ? "licence.open_restricted"
                                                                                                   : "licence.proprietary"));
            ImGui::TableNextColumn();
            if (m.params_b.Known()) ImGui::TextUnformatted(app::FormatWithUnit(m.params_b.number, "B", s.lang).c_str());
            else ImGui::TextDisabled("\xE2\x80\x94");
            ImGui::TableNextColumn();
            if (m.context_tokens.Known()) ImGui::TextUnformatted(app::FormatTokens(m.context_tokens.number, s.lang).c_str());
            else ImGui::TextDisabled("\xE2\x80\x94");
            ImGui::TableNextColumn();
            if (m.pricing && m.pricing->input_per_mtok.Known() && m.pricing->output_per_mtok.Known())
                ImGui::TextUnformatted((app::FormatAuto(app::ShownMoney(m.pricing->input_per_mtok.number, app::Money(s)), s.lang) + " / " +
                                        app::FormatAuto(app::ShownMoney(m.pricing->output_per_mtok.number, app::Money(s)), s.lang))
                                           .c_str());
            else ImGui::TextDisabled("%s", T(s, "panorama.no_api"));
            ImGui::TableNextColumn();
            ImGui::TextColored(ColorWarn(), "%s", MoneySigns(m).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.release_date.text.c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void CardRow(const app::AppState& s, const char* label_key, const Figure& f, const std::string& formatted) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", T(s, label_key));
    ImGui::TableNextColumn();
    FigureValue(s, f, formatted);
}

std::string Fmt(const app::AppState& s, const Figure& f, const char* unit) {
    return f.Known() ? app::FormatWithUnit(f.number, unit, s.lang, app::Money(s)) : std::string();
}

void ModelCard(app::AppState& s) {
    const Model* m = s.catalog.FindModel(s.selected_model);
    if (!m) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        TextWrappedU(T(s, "card.none"));
        ImGui::PopStyleColor();
        return;
    }
    ImGui::PushFont(nullptr);
    ImGui::TextColored(ColorAccent(), "%s", m->name.c_str());
    ImGui::PopFont();
    const Provider* p = s.catalog.FindProvider(m->provider);
    KindTag(s, *m);
    ImGui::SameLine();
    ImGui::TextUnformatted(p ? p->name.c_str() : m->provider.c_str());
    if (!MoneySigns(*m).empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ColorWarn(), "%s", MoneySigns(*m).c_str());
        if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "card.money_help"));
    }
    if (m->status != Status::kCurrent) {
        const char* key = m->status == Status::kLegacy       ? "status.legacy"
                          : m->status == Status::kDeprecated ? "status.deprecated"
                          : m->status == Status::kRetired    ? "status.retired"
                                                             : "status.unknown";
        ImGui::TextColored(ColorWarn(), "%s", T(s, key));
    }
    if (m->course_classic) ImGui::TextColored(ColorAccent(), "%s", T(s, "card.classic"));
    if (ImGui::Button(app::InCompare(s, m->id) ? T(s, "card.remove_compare") : T(s, "card.add_compare")))
        app::ToggleCompare(s, m->id);

    const std::string& strengths = m->strengths.In(s.lang);
    const std::string& uses = m->use_cases.In(s.lang);
    if (!strengths.empty()) {
        SectionTitle(T(s, "card.strengths"));
        TextWrappedU(strengths);
    }
    if (!uses.empty()) {
        SectionTitle(T(s, "card.use_cases"));
        TextWrappedU(uses);
    }
    SectionTitle(T(s, "card.figures"));
    // Label column as wide as its longest label (at most half the card).
    float label_w = 0;
    for (const char* k : {"card.licence", "card.params", "card.active_params", "card.context", "card.max_output", "card.price_in",
                          "card.price_out", "card.price_cached", "card.speed", "card.ttft", "card.release", "card.deployment"})
        label_w = std::max(label_w, ImGui::CalcTextSize(T(s, k)).x);
    label_w = std::min(label_w, ImGui::GetContentRegionAvail().x * 0.5f);
    if (ImGui::BeginTable("card", 2, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("##k", ImGuiTableColumnFlags_WidthFixed, label_w);
        ImGui::TableSetupColumn("##v", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", T(s, "card.licence"));
        ImGui::TableNextColumn();
        // Proprietary terms are named in English by the catalog: show the class, the name on hover.
        if (m->license.license_class == LicenseClass::kProprietary) TextWrappedU(T(s, "licence.proprietary"));
        else TextWrappedU(m->license.name);
        if (ImGui::IsItemHovered() && (s.lang == "en" || m->license.license_class != LicenseClass::kProprietary))
            SetTooltipWrapped((m->license.name + (m->license.restrictions.empty() || s.lang != "en" ? "" : "\n" + m->license.restrictions)).c_str());
        TextWrappedDisabled(T(s, m->license.commercial_use ? "card.commercial_yes" : "card.commercial_no"));
        CardRow(s, "card.params", m->params_b, Fmt(s, m->params_b, "B params"));
        if (m->active_params_b.Known()) CardRow(s, "card.active_params", m->active_params_b, Fmt(s, m->active_params_b, "B params"));
        CardRow(s, "card.context", m->context_tokens, Fmt(s, m->context_tokens, "tokens"));
        CardRow(s, "card.max_output", m->max_output_tokens, Fmt(s, m->max_output_tokens, "tokens"));
        if (m->pricing) {
            CardRow(s, "card.price_in", m->pricing->input_per_mtok, Fmt(s, m->pricing->input_per_mtok, "USD/Mtok"));
            CardRow(s, "card.price_out", m->pricing->output_per_mtok, Fmt(s, m->pricing->output_per_mtok, "USD/Mtok"));
            if (m->pricing->cached_input_per_mtok.Known())
                CardRow(s, "card.price_cached", m->pricing->cached_input_per_mtok,
                        Fmt(s, m->pricing->cached_input_per_mtok, "USD/Mtok"));
        } else {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", T(s, "card.price_in"));
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", T(s, "panorama.no_api"));
        }
        CardRow(s, "card.speed", m->output_tokens_per_s, Fmt(s, m->output_tokens_per_s, "tokens/s"));
        CardRow(s, "card.ttft", m->ttft_s, Fmt(s, m->ttft_s, "s"));
        CardRow(s, "card.release", m->release_date, m->release_date.text);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", T(s, "card.deployment"));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(T(s, m->api && m->self_host ? "card.api_and_self"
                                    : m->api               ? "card.api_only"
                                                           : "card.self_only"));
        ImGui::EndTable();
    }
    if (!m->benchmarks.empty()) {
        SectionTitle(T(s, "card.benchmarks"));
        if (ImGui::BeginTable("bench", 2, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("##b", ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn("##s", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            for (const NamedFigure& b : m->benchmarks) {
                const BenchmarkInfo* info = s.catalog.FindBenchmark(b.id);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                TextWrappedDisabled(BenchmarkName(s, b.id));
                if (info && ImGui::IsItemHovered()) SetTooltipWrapped(info->description.In(s.lang).c_str());
                ImGui::TableNextColumn();
                FigureValue(s, b.figure, app::FormatAuto(b.figure.number, s.lang));
            }
            ImGui::EndTable();
        }
    }
    SelfhostPanel(s, *m);
    // Overlay models outside selfhost.json keep the parameter-based sizing.
    const bool in_selfhost = s.catalog.selfhost && selfhost::FindById(s.catalog.selfhost->models, m->id);
    if (m->self_host && !in_selfhost) SectionTitle(T(s, "card.vram"));
    if (m->self_host && !in_selfhost && ImGui::BeginTable("vram", 3, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn(T(s, "card.quant"));
        ImGui::TableSetupColumn(T(s, "card.vram_need"));
        ImGui::TableSetupColumn(T(s, "card.download"));
        ImGui::TableHeadersRow();
        const struct {
            Quantization q;
            const char* key;
            const Figure* download;
        } quants[] = {{Quantization::kQ4, "quant.q4", &m->download_q4_gb},
                      {Quantization::kQ8, "quant.q8", &m->download_q8_gb},
                      {Quantization::kFp16, "quant.fp16", &m->download_fp16_gb}};
        for (const auto& q : quants) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(T(s, q.key));
            ImGui::TableNextColumn();
            const auto v = EstimateMemory(*m, s.catalog.selfhost.get(), q.q, 8192, 1);
            if (v) {
                ImGui::TextUnformatted(app::FormatWithUnit(v->total_gb, "GB", s.lang).c_str());
                if (ImGui::IsItemHovered())
                    SetTooltipWrapped(T(s, v->from_architecture ? "card.vram_arch" : "card.vram_params"));
            } else {
                ImGui::TextDisabled("%s", T(s, "figure.unknown"));
            }
            ImGui::TableNextColumn();
            FigureValue(s, *q.download, Fmt(s, *q.download, "GB"));
        }
        ImGui::EndTable();
    }
    if (p && p->has_privacy) {
        SectionTitle(T(s, "card.privacy"));
        auto yesno = [&](const char* key, const Figure& f, bool good_when_true) {
            ImGui::TextDisabled("%s", T(s, key));
            ImGui::SameLine(Em(11));
            if (!f.Known()) {
                FigureValue(s, f, "");
                return;
            }
            const bool yes = f.Flag();
            ImGui::TextColored(yes == good_when_true ? ColorGood() : ColorBad(), "%s", T(s, yes ? "common.yes" : "common.no"));
            if (ImGui::IsItemHovered()) FigureTooltip(s, f);
        };
        yesno("privacy.trains", p->trains_on_api_data, false);
        ImGui::TextDisabled("%s", T(s, "privacy.retention"));
        ImGui::SameLine(Em(11));
        FigureValue(s, p->retention_days, Fmt(s, p->retention_days, "days"));
        yesno("privacy.zdr", p->zero_retention_option, true);
        yesno("privacy.eu", p->eu_data_residency, true);
    }
}

void CourseTable(app::AppState& s) {
    if (!s.ui.panorama.show_course_table) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(Em(50), vp->WorkSize.x * 0.95f), std::min(Em(34), vp->WorkSize.y * 0.9f)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string title = std::string(T(s, "course.title")) + "###course";
    if (!ImGui::Begin(title.c_str(), &s.ui.panorama.show_course_table, ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    TextWrappedU(T(s, "course.intro"));
    if (ImGui::BeginTable("course", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(T(s, "col.name"), 0, 1.1f);
        ImGui::TableSetupColumn(T(s, "col.type"), 0, 0.8f);
        ImGui::TableSetupColumn(T(s, "course.profile"), 0, 2.4f);
        ImGui::TableSetupColumn(T(s, "col.cost"), 0, 0.5f);
        ImGui::TableSetupColumn(T(s, "col.context"), 0, 0.6f);
        ImGui::TableHeadersRow();
        for (const Model& m : s.catalog.models) {
            if (!m.course_classic) continue;
            ImGui::PushID(m.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable("##row", s.selected_model == m.id,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
                app::Select(s, m.id);
            ImGui::SameLine(0, 0);
            TextWrappedU(m.name);
            ImGui::TableNextColumn();
            KindTag(s, m);
            ImGui::TableNextColumn();
            TextWrappedU(m.strengths.In(s.lang));
            ImGui::TableNextColumn();
            ImGui::TextColored(ColorWarn(), "%s", MoneySigns(m).c_str());
            ImGui::TableNextColumn();
            if (m.context_tokens.Known()) ImGui::TextUnformatted(app::FormatTokens(m.context_tokens.number, s.lang).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    TextWrappedU(T(s, "course.note"));
    ImGui::End();
}

}  // namespace

void DrawPanorama(app::AppState& s) {
    const Catalog& c = s.catalog;
    const app::PanoramaUi& ui = s.ui.panorama;
    // First visit: how to get from here to a decision, until dismissed or the first edit (remembered).
    if (app::CanUndo(s)) s.start_hint_seen = true;
    if (!s.start_hint_seen && !s.read_only) {
        TextWrappedColored(ColorAccent(), T(s, "panorama.start"));
        if (ImGui::SmallButton(T(s, "panorama.start_dismiss"))) s.start_hint_seen = true;
        Probe(s, "hint.dismiss");
    }
    Filters(s);
    const int shown = ui.rows_version == ui.filters_version ? static_cast<int>(ui.rows.size()) : -1;
    TextWrappedDisabled(app::Format(T(s, "panorama.count"),
                                    app::FormatNumber(shown < 0 ? static_cast<double>(c.models.size()) : shown, s.lang, 0).c_str(),
                                    app::FormatNumber(static_cast<double>(c.models.size()), s.lang, 0).c_str(), c.as_of.c_str()));
    HelpMarker(T(s, "panorama.help"));
    FlowSameLine(ImGui::CalcTextSize(T(s, "panorama.legend")).x);
    TextWrappedDisabled(T(s, "panorama.legend"));

    const float h = ImGui::GetContentRegionAvail().y;
    if (OneColumn(s)) {
        // One column: the table full width; a tap on a row opens the model card as a sheet over it, closed by its
        // first button.
        if (s.ui.panorama.card_sheet && s.catalog.FindModel(s.selected_model)) {
            ImGui::BeginChild("card_sheet", ImVec2(0, h), ImGuiChildFlags_Border);
            if (ImGui::Button(T(s, "card.close"), ImVec2(-FLT_MIN, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape))
                s.ui.panorama.card_sheet = false;
            Probe(s, "card.close");
            ModelCard(s);
            ImGui::EndChild();
        } else {
            ModelTable(s, h);
        }
        CourseTable(s);
        return;
    }
    const float card_w = std::max(Em(16), ImGui::GetContentRegionAvail().x * 0.29f);
    ImGui::BeginChild("table", ImVec2(ImGui::GetContentRegionAvail().x - card_w - ImGui::GetStyle().ItemSpacing.x, h));
    ModelTable(s, h);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("card", ImVec2(card_w, h), ImGuiChildFlags_Border);
    ModelCard(s);
    ImGui::EndChild();
    CourseTable(s);
}

}  // namespace mm::ui
