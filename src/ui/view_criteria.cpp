// Criteria (course notebook 2): hard constraints on the left; on the right the chosen criteria with what each
// measures, their weights set four ways (sliders with live %, drag-to-rank, swing, AHP pairwise with live CR and
// the most inconsistent pair), the MCDA method with a one-line explanation, and the missing-value policy.
#include <algorithm>
#include <cmath>

#include "engine/decision/index_sort.h"
#include "ui/ui_common.h"
#include "ui/views.h"

namespace mm::ui {

namespace {

// An optional bound: a checkbox to enable it and a number field.
void OptionalNumber(app::AppState& s, const char* label_key, const char* id, std::optional<double>* v, double def,
                    double step, const char* unit) {
    bool on = v->has_value();
    if (ImGui::Checkbox(app::Format("%s##%s", T(s, label_key), id).c_str(), &on)) {
        if (on) *v = def;
        else v->reset();
        app::MarkEdited(s);
        app::CommitEdit(s);
    }
    if (v->has_value()) {
        // The field and its unit in a column at 15 em, or under the check box when the line is too short.
        const float column = std::max(Em(15), ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetStyle().ItemSpacing.x);
        const float need = Em(7) + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(app::UnitLabel(unit, s.lang, app::Money(s)).c_str()).x;
        const bool below = column + need > ImGui::GetWindowContentRegionMax().x;
        if (below) ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        else ImGui::SameLine(column);
        ImGui::SetNextItemWidth(Em(7));
        // Money bounds are kept in dollars and shown (and typed) in the display currency.
        const bool money = std::string(unit).rfind("USD", 0) == 0;
        const app::MoneyDisplay cur = app::Money(s);
        double x = money ? app::ShownMoney(**v, cur) : **v;
        (void)step;
        const bool whole = std::fabs(x - std::round(x)) < 1e-9;
        const bool changed = InputNumber(app::Format("##%s_v", id).c_str(), &x, s.lang, whole ? 0 : 2) && x >= 0;
        Probe(s, std::string("constraint.") + id);
        if (changed) **v = money ? app::UsdFromShown(x, cur) : x;
        AfterEdit(s, changed);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", app::UnitLabel(unit, s.lang, app::Money(s)).c_str());
        if (below) ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    }
}

void Check(app::AppState& s, const char* key, bool* v) { AfterEdit(s, ImGui::Checkbox(T(s, key), v)); }

void Constraints(app::AppState& s) {
    mm::Constraints& c = s.profile.constraints;
    SectionTitle(T(s, "constraints.title"));
    TextWrappedDisabled(T(s, "constraints.intro"));

    ImGui::TextUnformatted(T(s, "constraints.deployment"));
    int dep = static_cast<int>(c.deployment);
    bool changed = ImGui::RadioButton(T(s, "deployment.either"), &dep, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton(T(s, "deployment.api"), &dep, 1);
    ImGui::SameLine();
    changed |= ImGui::RadioButton(T(s, "deployment.self_host"), &dep, 2);
    if (changed) {
        c.deployment = static_cast<Deployment>(dep);
        app::MarkEdited(s);
        app::CommitEdit(s);
    }
    HelpMarker(T(s, "constraints.deployment_help"));
    Check(s, "constraints.open_weights", &c.open_weights);
    Check(s, "constraints.commercial", &c.commercial_use);

    OptionalNumber(s, "constraints.vram", "vram", &c.vram_budget_gb, 24, 1, "GB");
    HelpMarker(T(s, "constraints.vram_help"));
    if (c.vram_budget_gb) {
        ImGui::Indent();
        int q = c.quantization == Quantization::kQ4 ? 0 : c.quantization == Quantization::kQ8 ? 1 : 2;
        const char* qs[] = {T(s, "quant.q4"), T(s, "quant.q8"), T(s, "quant.fp16")};
        SetNextItemWidthBeside(T(s, "constraints.quant"), Em(9));
        const bool qc = ComboFit(T(s, "constraints.quant"), &q, qs, 3);
        if (qc) c.quantization = q == 0 ? Quantization::kQ4 : q == 1 ? Quantization::kQ8 : Quantization::kFp16;
        AfterEdit(s, qc);
        SetNextItemWidthBeside(T(s, "constraints.kv_context"), Em(9));
        double ctx = c.kv_context_tokens;
        const bool cc = InputNumber(T(s, "constraints.kv_context"), &ctx, s.lang, 0) && ctx >= 0;
        if (cc) c.kv_context_tokens = ctx;
        AfterEdit(s, cc);
        SetNextItemWidthBeside(T(s, "constraints.batch"), Em(9));
        int batch = c.batch;
        const bool bc = ImGui::InputInt(T(s, "constraints.batch"), &batch);
        if (bc && batch >= 1) c.batch = batch;
        AfterEdit(s, bc);
        ImGui::Unindent();
    }
    OptionalNumber(s, "constraints.min_context", "ctx", &c.min_context_tokens, 32000, 1000, "tokens");
    OptionalNumber(s, "constraints.max_cost", "cost", &c.max_monthly_usd, 500, 10, "USD/month");
    OptionalNumber(s, "constraints.max_latency", "lat", &c.max_latency_s, 2, 0.1, "s");

    // Languages the model must handle (evidence level 2 = documented by the maker).
    ImGui::TextUnformatted(T(s, "constraints.languages"));
    HelpMarker(T(s, "constraints.languages_help"));
    for (const char* code : {"fr", "en", "de", "es", "it"}) {
        auto it = std::find_if(c.languages.begin(), c.languages.end(), [&](const LanguageRequirement& l) { return l.code == code; });
        bool on = it != c.languages.end();
        FlowSameLine(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                     ImGui::CalcTextSize(T(s, (std::string("lang.") + code).c_str())).x);
        if (ImGui::Checkbox(app::Format("%s##lang", T(s, (std::string("lang.") + code).c_str())).c_str(), &on)) {
            if (on) c.languages.push_back({code, 2});
            else c.languages.erase(it);
            app::MarkEdited(s);
            app::CommitEdit(s);
        }
    }
    ImGui::TextUnformatted(T(s, "constraints.inputs"));
    for (const char* mod : {"image", "audio", "pdf"}) {
        auto it = std::find(c.input_modalities.begin(), c.input_modalities.end(), mod);
        bool on = it != c.input_modalities.end();
        FlowSameLine(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                     ImGui::CalcTextSize(T(s, (std::string("modality.") + mod).c_str())).x);
        if (ImGui::Checkbox(T(s, (std::string("modality.") + mod).c_str()), &on)) {
            if (on) c.input_modalities.push_back(mod);
            else c.input_modalities.erase(it);
            app::MarkEdited(s);
            app::CommitEdit(s);
        }
    }
    Check(s, "constraints.tools", &c.tool_calling);
    ImGui::SameLine();
    Check(s, "constraints.structured", &c.structured_output);
    Check(s, "constraints.include_older", &c.include_older);

    // Excluded providers (e.g. a company policy).
    std::string excluded = c.excluded_providers.empty() ? T(s, "constraints.none") : "";
    for (const auto& id : c.excluded_providers) {
        const Provider* p = s.catalog.FindProvider(id);
        excluded += (excluded.empty() ? "" : ", ") + (p ? p->name : id);
    }
    SetNextItemWidthBeside(T(s, "constraints.excluded"), Em(14));
    if (BeginComboFit(T(s, "constraints.excluded"), excluded)) {
        for (const Provider& p : s.catalog.providers) {
            auto it = std::find(c.excluded_providers.begin(), c.excluded_providers.end(), p.id);
            bool on = it != c.excluded_providers.end();
            if (ImGui::Checkbox(p.name.c_str(), &on)) {
                if (on) c.excluded_providers.push_back(p.id);
                else c.excluded_providers.erase(it);
                app::MarkEdited(s);
                app::CommitEdit(s);
            }
        }
        ImGui::EndCombo();
    }

    const Result& r = s.result;
    ImGui::Spacing();
    TextWrappedColored(r.rows.empty() ? ColorBad() : ColorGood(),
                       app::Format(T(s, "constraints.summary"), app::FormatNumber(static_cast<double>(r.rows.size()), s.lang, 0).c_str(),
                                   app::FormatNumber(static_cast<double>(r.eliminated.size()), s.lang, 0).c_str()));
}

double WeightShare(const app::AppState& s, std::size_t j) {
    const auto& w = s.result.weights.weights;
    return j < w.size() ? w[j] : -1.0;
}

void ShareText(const app::AppState& s, std::size_t j) {
    const double w = WeightShare(s, j);
    ImGui::SameLine();
    if (w >= 0) ImGui::TextColored(ColorAccent(), "%s", app::FormatPercent(w, s.lang, 0).c_str());
    else ImGui::TextDisabled("\xE2\x80\x94");
}

void CriterionHeader(app::AppState& s, std::size_t j, bool* remove) {
    const std::string& id = s.profile.criteria[j].id;
    const CriterionInfo* info = FindInfo(s, id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float sz = ImGui::GetTextLineHeight() * 0.7f;
    dl->AddRectFilled(ImVec2(p.x, p.y + sz * 0.25f), ImVec2(p.x + sz, p.y + sz * 1.25f), CriterionColor(static_cast<int>(j)));
    ImGui::Dummy(ImVec2(sz, sz));
    ImGui::SameLine();
    // The label and its unit wrap before the remove button at the right.
    const float wrap = ImGui::GetWindowContentRegionMax().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextUnformatted(CriterionLabel(s, id).c_str());
    if (info) {
        const std::string unit = app::Format("(%s, %s)", app::UnitLabel(info->unit, s.lang, app::Money(s)).c_str(),
                                             T(s, info->direction == Direction::kBenefit ? "direction.benefit" : "direction.cost"));
        if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(unit.c_str()).x <=
            ImGui::GetWindowPos().x + wrap)
            ImGui::SameLine();
        ImGui::TextDisabled("%s", unit.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::GetFrameHeight());
    if (ImGui::SmallButton("\xC3\x97")) *remove = true;  // ×
    if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "criteria.remove"));
    if (info) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        TextWrappedU(app::CriterionHelp(*info, s.catalog, s.lang));
        ImGui::PopStyleColor();
    }
}

// One number per criterion: its share of the total weight in percent. A click does not move it (a drag does);
// double-click or Ctrl+click types an exact value; keyboard: focus it, Space, then the arrow keys. The other
// shares follow in proportion, so they keep summing to 100 %.
void SlidersEditor(app::AppState& s) {
    std::string to_remove;
    const std::size_t n = s.profile.criteria.size();
    double total = 0;
    for (const CriterionChoice& c : s.profile.criteria) total += std::max(0.0, c.weight.value_or(0));
    for (std::size_t j = 0; j < n; ++j) {
        ImGui::PushID(static_cast<int>(j));
        bool remove = false;
        CriterionHeader(s, j, &remove);
        if (remove) to_remove = s.profile.criteria[j].id;
        const CriterionChoice& c = s.profile.criteria[j];
        double share = total > 0 ? 100.0 * std::max(0.0, c.weight.value_or(0)) / total : 100.0 / static_cast<double>(n);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
        const float width = std::max(1.0f, ImGui::CalcItemWidth());
        const double lo = 0.0, hi = 100.0;
        const bool whole = std::fabs(share - std::round(share)) < 1e-9;
        const bool changed = ImGui::DragScalar("##w", ImGuiDataType_Double, &share, 100.0f / width, &lo, &hi,
                                               T(s, whole ? "weights.share_fmt" : "weights.share_fmt_decimal"),
                                               ImGuiSliderFlags_AlwaysClamp);
        if (ImGui::IsItemActivated()) {
            s.ui.criteria.share_start.clear();
            for (const CriterionChoice& e : s.profile.criteria) s.ui.criteria.share_start.push_back(e.weight.value_or(0));
        }
        Probe(s, "weight." + c.id);
        // The share as a bar under the number, without a handle a click could jump to.
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const float bar = std::max(2.0f, ImGui::GetFontSize() * 0.15f);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, b.y - bar), ImVec2(a.x + (b.x - a.x) * static_cast<float>(share / 100.0), b.y),
                                                  ImGui::GetColorU32(ImGuiCol_SliderGrab));
        if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) SetTooltipWrapped(T(s, "weights.share_help"));
        if (changed) {
            app::AdoptShownWeightEditor(s);
            app::SetWeightShare(s, j, share, s.ui.criteria.share_start);
        }
        AfterEdit(s, changed);
        ImGui::PopID();
    }
    if (!to_remove.empty()) app::RemoveCriterion(s, to_remove);
}

void RankEditor(app::AppState& s) {
    TextWrappedU(T(s, "weights.rank_intro"));
    std::vector<std::size_t> order(s.profile.criteria.size());
    for (std::size_t j = 0; j < order.size(); ++j) order[j] = j;
    StableSortIndices(order, [&](std::size_t a, std::size_t b) {
        return s.profile.criteria[a].rank.value_or(99) < s.profile.criteria[b].rank.value_or(99);
    });
    std::vector<std::string> ids;
    for (std::size_t k : order) ids.push_back(s.profile.criteria[k].id);
    int move_from = -1, move_to = -1;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t j = order[k];
        ImGui::PushID(static_cast<int>(j));
        if (ImGui::ArrowButton("up", ImGuiDir_Up) && k > 0) move_from = static_cast<int>(k), move_to = static_cast<int>(k) - 1;
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down) && k + 1 < order.size())
            move_from = static_cast<int>(k), move_to = static_cast<int>(k) + 1;
        ImGui::SameLine();
        // "###rank": the ID must not change with the position, or a drag stops after the first swap.
        const std::string label = app::Format("%d. %s", static_cast<int>(k) + 1, CriterionLabel(s, ids[k]).c_str());
        NameSelectable(label, false, 0, ImGui::GetContentRegionAvail().x - Em(4), "###rank");
        Probe(s, "rank." + ids[k]);
        // Drag to reorder (as the Dear ImGui demo does): dragging past a neighbour swaps with it.
        if (ImGui::IsItemActive() && !ImGui::IsItemHovered()) {
            const float dy = ImGui::GetMouseDragDelta(0).y;
            const int next = static_cast<int>(k) + (dy < 0 ? -1 : 1);
            if (next >= 0 && next < static_cast<int>(order.size())) {
                move_from = static_cast<int>(k);
                move_to = next;
                ImGui::ResetMouseDragDelta();
            }
        }
        ShareText(s, j);
        ImGui::PopID();
    }
    if (move_from >= 0) {
        std::swap(ids[static_cast<std::size_t>(move_from)], ids[static_cast<std::size_t>(move_to)]);
        app::AdoptShownWeightEditor(s);
        app::SetRankOrder(s, ids);
    }
}

void SwingEditor(app::AppState& s) {
    TextWrappedU(T(s, "weights.swing_intro"));
    for (std::size_t j = 0; j < s.profile.criteria.size(); ++j) {
        ImGui::PushID(static_cast<int>(j));
        CriterionChoice& c = s.profile.criteria[j];
        ImGui::TextUnformatted(CriterionLabel(s, c.id).c_str());
        float pts = static_cast<float>(c.points.value_or(0));
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - Em(4));
        const bool changed = ImGui::SliderFloat("##pts", &pts, 0.0f, 100.0f, T(s, "weights.points_fmt"));
        if (changed) {
            app::AdoptShownWeightEditor(s);
            c.points = static_cast<double>(pts);
        }
        AfterEdit(s, changed);
        ShareText(s, j);
        ImGui::PopID();
    }
}

// Saaty's scale as a slider position: -8..8, 0 = equal; negative: the row criterion (i) is more important.
int ToSlider(double a) { return a >= 1 ? -static_cast<int>(std::lround(a) - 1) : static_cast<int>(std::lround(1.0 / a) - 1); }
double FromSlider(int v) { return v <= 0 ? 1.0 - v : 1.0 / (1.0 + v); }

void AhpEditor(app::AppState& s) {
    TextWrappedU(T(s, "weights.ahp_intro"));
    Profile& p = s.profile;
    const std::size_t n = p.criteria.size();
    auto& m = p.weighting.pairwise;
    if (m.size() != n) {
        m.assign(n, std::vector<double>(n, 1.0));
    }
    const auto& ahp = s.result.weights.ahp;
    if (ahp && ahp->cr) {
        const bool ok = ahp->acceptable;
        ImGui::TextColored(ok ? ColorGood() : ColorBad(), "%s",
                           app::Format(T(s, ok ? "weights.cr_ok" : "weights.cr_bad"), app::FormatNumber(*ahp->cr, s.lang, 3).c_str())
                               .c_str());
        HelpMarker(T(s, "weights.cr_help"));
    }
    // The judgement most at odds with the weights, pointed out when the matrix is not consistent enough.
    const bool flag = ahp && ahp->cr && !ahp->acceptable && n > 2;
    const int bad_i = flag ? ahp->most_inconsistent.i : -1;
    const int bad_j = flag ? ahp->most_inconsistent.j : -1;
    if (flag && bad_i >= 0 && bad_j >= 0 && static_cast<std::size_t>(bad_i) < n && static_cast<std::size_t>(bad_j) < n) {
        TextWrappedColored(ColorWarn(),
                           app::Format(T(s, "weights.most_inconsistent"), CriterionLabel(s, p.criteria[static_cast<std::size_t>(bad_i)].id).c_str(),
                                       CriterionLabel(s, p.criteria[static_cast<std::size_t>(bad_j)].id).c_str(),
                                       app::FormatAuto(ahp->most_inconsistent.given, s.lang).c_str(),
                                       app::FormatAuto(ahp->most_inconsistent.implied, s.lang).c_str()));
    }
    if (ImGui::BeginTable("pairs", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("##a", 0, 1.0f);
        ImGui::TableSetupColumn("##slider", 0, 1.1f);
        ImGui::TableSetupColumn("##b", 0, 1.0f);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                ImGui::PushID(static_cast<int>(i * 64 + j));
                const bool bad = (static_cast<int>(i) == bad_i && static_cast<int>(j) == bad_j) ||
                                 (static_cast<int>(i) == bad_j && static_cast<int>(j) == bad_i);
                if (bad) ImGui::PushStyleColor(ImGuiCol_Text, ColorWarn());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                TextWrappedU(CriterionLabel(s, p.criteria[i].id));
                ImGui::TableNextColumn();
                int v = ToSlider(m[i][j]);
                ImGui::SetNextItemWidth(-1);
                const char* fmt = v == 0 ? T(s, "weights.ahp_equal") : v < 0 ? T(s, "weights.ahp_left") : T(s, "weights.ahp_right");
                const std::string shown = app::Format(fmt, std::abs(v) + 1);
                const bool changed = ImGui::SliderInt("##pair", &v, -8, 8, shown.c_str());
                Probe(s, "ahp." + p.criteria[i].id + "|" + p.criteria[j].id);
                if (changed) {
                    app::AdoptShownWeightEditor(s);
                    m[i][j] = FromSlider(v);
                    m[j][i] = 1.0 / m[i][j];
                }
                AfterEdit(s, changed);
                ImGui::TableNextColumn();
                TextWrappedU(CriterionLabel(s, p.criteria[j].id));
                if (bad) ImGui::PopStyleColor();
                ImGui::PopID();
            }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    for (std::size_t j = 0; j < n; ++j) {
        ImGui::TextUnformatted(CriterionLabel(s, p.criteria[j].id).c_str());
        ShareText(s, j);
    }
}

const char* kMethods[] = {"wsm", "wpm", "waspas", "topsis", "vikor", "promethee2", "copras", "moora"};

// Methods that can run on the catalog's reference scale (the product methods cannot take its zeros; the
// others normalise in their own way).
bool TakesReferenceScale(const std::string& method) {
    return method == "wsm" || method == "topsis" || method == "copras" || method == "moora";
}

// The scale of the criteria: the whole catalog's bounds (presets and new profiles) or the method's own
// normalisation over the models that pass the constraints (scores then depend on which models are ranked).
void ScaleChoice(app::AppState& s) {
    if (!TakesReferenceScale(s.profile.method.name)) return;
    int cur = s.profile.method.normalization == "reference" ? 0 : 1;
    const char* items[] = {T(s, "scale.reference"), T(s, "scale.relative")};
    ImGui::TextUnformatted(T(s, "scale.label"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(Em(16));
    if (ImGui::Combo("##scale", &cur, items, 2)) {
        s.profile.method.normalization = cur == 0 ? "reference" : "";
        app::MarkEdited(s);
        app::CommitEdit(s);
    }
    Probe(s, "method.scale");
    HelpMarker(T(s, "scale.help"));
}

void MethodAndPolicy(app::AppState& s) {
    SectionTitle(T(s, "method.title"));
    int cur = 0;
    for (int i = 0; i < 8; ++i)
        if (s.profile.method.name == kMethods[i]) cur = i;
    ImGui::SetNextItemWidth(Em(16));
    if (ImGui::BeginCombo("##method", T(s, (std::string("method.") + kMethods[cur]).c_str()))) {
        for (int i = 0; i < 8; ++i) {
            const std::string key = std::string("method.") + kMethods[i];
            if (ImGui::Selectable(T(s, key.c_str()), i == cur)) {
                s.profile.method.name = kMethods[i];
                // A scale the new method cannot take falls back to the method's own.
                if (!TakesReferenceScale(kMethods[i])) s.profile.method.normalization.clear();
                app::MarkEdited(s);
                app::CommitEdit(s);
            }
            if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, (key + ".help").c_str()));
        }
        ImGui::EndCombo();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    TextWrappedU(T(s, (std::string("method.") + kMethods[cur] + ".help").c_str()));
    ImGui::PopStyleColor();
    ScaleChoice(s);
    ImGui::Spacing();
    ImGui::TextUnformatted(T(s, "missing.label"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(Em(12), ImGui::GetContentRegionAvail().x - Em(1.5f)));
    int miss = static_cast<int>(s.profile.missing);
    const char* ms[] = {T(s, "missing.exclude"), T(s, "missing.worst"), T(s, "missing.median")};
    const bool mc = ComboFit("##missing", &miss, ms, 3);
    if (mc) s.profile.missing = static_cast<MissingPolicy>(miss);
    AfterEdit(s, mc);
    HelpMarker(T(s, "missing.help"));
}

void AddCriterionCombo(app::AppState& s) {
    ImGui::SetNextItemWidth(Em(16));
    if (ImGui::BeginCombo("##add", T(s, "criteria.add"), ImGuiComboFlags_HeightLarge)) {
        for (const CriterionInfo& info : s.registry) {
            if (app::HasCriterion(s.profile, info.id)) continue;
            if (ImGui::Selectable(CriterionLabel(s, info.id).c_str())) app::AddCriterion(s, info.id);
            if (ImGui::IsItemHovered()) SetTooltipWrapped(app::CriterionHelp(info, s.catalog, s.lang).c_str());
        }
        ImGui::EndCombo();
    }
}

void Weights(app::AppState& s) {
    SectionTitle(T(s, "weights.title"));
    AddCriterionCombo(s);
    ImGui::TextDisabled("%s", T(s, "weights.how"));
    ImGui::SameLine();
    struct ModeTab {
        WeightMode mode;
        const char* key;
    } const modes[] = {{WeightMode::kDirect, "weights.mode_sliders"},
                       {WeightMode::kRankOrder, "weights.mode_rank"},
                       {WeightMode::kSwing, "weights.mode_swing"},
                       {WeightMode::kAhp, "weights.mode_ahp"},
                       {WeightMode::kEntropy, "weights.mode_data"}};
    const WeightMode cur = app::ShownWeightMode(s);
    const bool objective = cur == WeightMode::kEntropy || cur == WeightMode::kCritic || cur == WeightMode::kStd ||
                           cur == WeightMode::kMerec;
    for (const auto& m : modes) {
        const bool active = m.mode == cur || (m.mode == WeightMode::kEntropy && objective);
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        if (&m != &modes[0]) FlowSameLine(ImGui::CalcTextSize(T(s, m.key)).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button(T(s, m.key)) && !active) app::ShowWeightEditor(s, m.mode);
        Probe(s, std::string("weights.editor.") + m.key);
        if (active) ImGui::PopStyleColor();
    }
    if (s.profile.criteria.empty()) {
        ImGui::TextColored(ColorWarn(), "%s", T(s, "criteria.empty"));
        return;
    }
    if (s.ui.criteria.pending_editor) TextWrappedColored(ColorAccent(), T(s, "weights.pending"));
    switch (cur) {
        case WeightMode::kDirect: SlidersEditor(s); break;
        case WeightMode::kRankOrder: RankEditor(s); break;
        case WeightMode::kSwing: SwingEditor(s); break;
        case WeightMode::kAhp: AhpEditor(s); break;
        default: {
            TextWrappedU(T(s, "weights.data_intro"));
            int o = cur == WeightMode::kEntropy ? 0 : cur == WeightMode::kCritic ? 1 : cur == WeightMode::kStd ? 2 : 3;
            const char* items[] = {T(s, "weights.entropy"), T(s, "weights.critic"), T(s, "weights.std"), T(s, "weights.merec")};
            ImGui::SetNextItemWidth(Em(14));
            const WeightMode picked[] = {WeightMode::kEntropy, WeightMode::kCritic, WeightMode::kStd, WeightMode::kMerec};
            if (ImGui::Combo("##objective", &o, items, 4)) {
                if (s.ui.criteria.pending_editor) {
                    s.ui.criteria.pending_editor = picked[o];
                } else {
                    s.profile.weighting.mode = picked[o];
                    app::MarkEdited(s);
                    app::CommitEdit(s);
                }
            }
            // Data weights replace the current ones only on request.
            if (s.ui.criteria.pending_editor) {
                ImGui::SameLine();
                if (ImGui::Button(T(s, "weights.apply_data"))) {
                    app::AdoptShownWeightEditor(s);
                    app::MarkEdited(s);
                    app::CommitEdit(s);
                }
            }
            for (std::size_t j = 0; j < s.profile.criteria.size(); ++j) {
                ImGui::TextUnformatted(CriterionLabel(s, s.profile.criteria[j].id).c_str());
                ShareText(s, j);
            }
        }
    }
    // The rank, swing and AHP editors list criteria without the remove button: offer it here.
    if (cur != WeightMode::kDirect) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", T(s, "criteria.what"));
        for (std::size_t j = 0; j < s.profile.criteria.size(); ++j) {
            const CriterionInfo* info = FindInfo(s, s.profile.criteria[j].id);
            if (!info) continue;
            ImGui::BulletText("%s", CriterionLabel(s, info->id).c_str());
            if (ImGui::IsItemHovered()) SetTooltipWrapped(app::CriterionHelp(*info, s.catalog, s.lang).c_str());
        }
    }
}

}  // namespace

void DrawCriteria(app::AppState& s) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float left_w = std::max(Em(24), avail * 0.42f);
    BeginPane(s, "constraints", left_w);
    Constraints(s);
    EndPane(s);
    BeginPane(s, "weights", 0);
    Weights(s);
    MethodAndPolicy(s);
    EndPane(s, true);
}

}  // namespace mm::ui
