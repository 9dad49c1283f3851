// Decision (course notebook 4): the winner and why in words, the course's cost lesson, robustness in words, the
// ranking with a stacked bar of each criterion's contribution (ImDrawList), the eliminated models grouped by the
// constraint that removed them, and a Pareto chart of any two criteria (log scale for money, frontier, hover,
// click to select). Every number comes from the engine's Result.
#include <algorithm>
#include <cmath>
#include <map>

#include <imgui_internal.h>  // the ranking table's column widths of the last frame

#include "app/text_view.h"
#include "ui/ui_common.h"
#include "ui/views.h"

namespace mm::ui {

namespace {

void Headline(app::AppState& s) {
    const Result& r = s.result;
    if (!r.ok) {
        ImGui::TextColored(ColorBad(), "%s", T(s, r.rows.empty() && !r.eliminated.empty() ? "decision.none_left" : "decision.error"));
        if (s.lang == "en")
            for (const Issue& e : r.errors) ImGui::BulletText("%s", e.ToString().c_str());
        else if (!r.errors.empty() && ImGui::TreeNodeEx(T(s, "decision.details"), ImGuiTreeNodeFlags_NoAutoOpenOnLog)) {
            for (const Issue& e : r.errors) ImGui::BulletText("%s", e.ToString().c_str());
            ImGui::TreePop();
        }
        return;
    }
    const ModelRow* top = r.Top();
    if (!top) {
        ImGui::TextColored(ColorBad(), "%s", T(s, "decision.none_left"));
        return;
    }
    ImGui::TextDisabled("%s", T(s, "decision.winner"));
    FlowSameLine(ImGui::CalcTextSize(top->name.c_str()).x);
    ImGui::TextColored(ColorAccent(), "%s", top->name.c_str());
    const std::string score = app::Format(T(s, "decision.score_of"), app::FormatNumber(top->score, s.lang, 3).c_str(),
                                          app::FormatNumber(static_cast<double>(r.rows.size()), s.lang, 0).c_str());
    FlowSameLine(ImGui::CalcTextSize(score.c_str()).x);
    ImGui::TextDisabled("%s", score.c_str());
}

// The sentences (app/text_view.h: the text view and the page's DOM mirror say the same).
void Reasons(app::AppState& s) {
    if (!s.result.ok || !s.result.Top()) return;
    for (const app::DecisionLine& line : app::DecisionLines(s)) {
        switch (line.tone) {
            case app::Tone::kPlain: TextWrappedU(line.text); break;
            case app::Tone::kGood: TextWrappedColored(ColorGood(), line.text); break;
            case app::Tone::kWarn: TextWrappedColored(ColorWarn(), line.text); break;
            case app::Tone::kMuted: TextWrappedDisabled(line.text); break;
        }
    }
}

void Legend(const app::AppState& s) {
    const Result& r = s.result;
    const float sz = ImGui::GetTextLineHeight() * 0.7f;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    float last_x = -1;
    for (std::size_t j = 0; j < r.criteria.size(); ++j) {
        const std::string label = CriterionLabel(s, r.criteria[j].id) + " " +
                                  (j < r.weights.weights.size() ? app::FormatPercent(r.weights.weights[j], s.lang) : "");
        const float w = sz + Em(0.25f) + ImGui::CalcTextSize(label.c_str()).x;
        if (last_x >= 0 && last_x + Em(0.8f) + w <= right) ImGui::SameLine(0, Em(0.8f));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + sz * 0.25f), ImVec2(p.x + sz, p.y + sz * 1.25f), CriterionColor(static_cast<int>(j)));
        ImGui::Dummy(ImVec2(sz, sz));
        ImGui::SameLine(0, Em(0.25f));
        ImGui::TextUnformatted(label.c_str());
        last_x = ImGui::GetItemRectMax().x;
    }
}

void Ranking(app::AppState& s) {
    const Result& r = s.result;
    if (r.order.empty()) return;
    SectionTitle(T(s, "decision.ranking"));
    Legend(s);
    const bool additive = !r.contribution.Empty() && r.contribution.Rows() == r.rows.size();
    if (!additive) TextWrappedDisabled(T(s, "decision.not_additive"));
    // Bar scale: the largest score (a display scale, not a computation on the scores).
    double max_score = 0;
    for (const ModelRow& row : r.rows) max_score = std::max(max_score, std::fabs(row.score));
    if (max_score <= 0) max_score = 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingFixedFit;
    const RobustnessReport* rb = r.robustness && r.robustness->samples > 0 &&
                                         r.robustness->acceptability.size() == r.rows.size() && !s.preview_only
                                     ? &*r.robustness
                                     : nullptr;
    // One column: the table gets a height of its own (the pane grows with its content); else the rest of the pane.
    // Read-only in one column (a short embed): about five rows, the reasons after them.
    const float height = s.read_only && OneColumn(s) ? Em(9)
                         : OneColumn(s)             ? std::max(Em(12), ImGui::GetMainViewport()->WorkSize.y * 0.45f)
                                                    : ImGui::GetContentRegionAvail().y;
    if (!ImGui::BeginTable("ranking", 7, flags, ImVec2(0, height))) return;
    // The rank, the name (at least 8 em, 11 when there is room) and a contribution bar of at least 4 em always;
    // the other columns while they fit.
    // The bars keep at least the width of their short header; the long one when the column had room for it.
    enum { kRank, kName, kScore, kPFirst, kClass, kKnown, kContrib };
    const char* contrib_short = T(s, "decision.col_contrib_short");
    const char* contrib_long = T(s, "decision.col_contrib");
    const ImGuiTable* table = ImGui::GetCurrentTable();
    const char* contrib_header = table && table->Columns[kContrib].WidthGiven >= ImGui::CalcTextSize(contrib_long).x
                                     ? contrib_long
                                     : contrib_short;
    const float col_w[] = {Em(2), Em(11), Em(3.2f), Em(3.5f), Em(3.2f), Em(3.2f),
                           std::max(Em(4), ImGui::CalcTextSize(contrib_short).x)};
    const float pad = ImGui::GetStyle().CellPadding.x * 2 + 1;
    const unsigned dropped = DroppedColumns(col_w[kRank] + Em(8) + col_w[kContrib] + pad * 3,
                                            {{kScore, col_w[kScore]}, {kKnown, col_w[kKnown]},
                                             {kName, col_w[kName] - Em(8)}, {kPFirst, col_w[kPFirst]}, {kClass, col_w[kClass]}});
    const float name_w = (dropped >> kName) & 1u ? Em(8) : col_w[kName];
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("#", 0, col_w[kRank]);
    ImGui::TableSetupColumn(T(s, "col.name"), 0, name_w);
    ImGui::TableSetupColumn(T(s, "decision.col_score"), DropFlag(dropped, kScore), col_w[kScore]);
    ImGui::TableSetupColumn(T(s, "decision.col_pfirst"), DropFlag(dropped, kPFirst), col_w[kPFirst]);
    ImGui::TableSetupColumn(T(s, "decision.col_class"), DropFlag(dropped, kClass), col_w[kClass]);
    ImGui::TableSetupColumn(T(s, "decision.col_known"), DropFlag(dropped, kKnown), col_w[kKnown]);
    ImGui::TableSetupColumn(contrib_header, ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(r.order.size()));
    while (clipper.Step())
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const std::size_t ri = static_cast<std::size_t>(r.order[static_cast<std::size_t>(k)]);
            const ModelRow& row = r.rows[ri];
            ImGui::PushID(static_cast<int>(ri));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", row.rank);
            ImGui::TableNextColumn();
            if (NameSelectable(row.name, s.selected_model == row.id, ImGuiSelectableFlags_SpanAllColumns))
                app::Select(s, row.id);
            if (ImGui::TableNextColumn()) ImGui::TextUnformatted(app::FormatNumber(row.score, s.lang, 3).c_str());
            if (ImGui::TableNextColumn() && rb) {
                const double p = rb->acceptability[ri].p_first;
                if (p > 0) ImGui::TextUnformatted(app::FormatPercent(p, s.lang).c_str());
                else ImGui::TextDisabled("\xE2\x80\x94");
                if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "decision.pfirst_help"));
            }
            if (ImGui::TableNextColumn()) {
                ImGui::Text("%d", row.rank_class);
                if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "decision.class_help"));
            }
            if (ImGui::TableNextColumn()) {
                if (row.coverage < 1 - 1e-9)
                    ImGui::TextColored(ColorWarn(), "%s", app::FormatPercent(row.coverage, s.lang).c_str());
                else
                    ImGui::TextUnformatted(app::FormatPercent(row.coverage, s.lang).c_str());
                if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "decision.known_help"));
            }
            ImGui::TableNextColumn();
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const ImVec2 p0 = ImGui::GetCursorScreenPos();
            const float w = ImGui::GetContentRegionAvail().x;
            const float h = ImGui::GetTextLineHeight();
            float x = p0.x;
            if (additive) {
                for (std::size_t j = 0; j < r.contribution.Cols(); ++j) {
                    const double c = r.contribution(ri, j);
                    if (c <= 0) continue;
                    const float seg = static_cast<float>(c / max_score) * w;
                    dl->AddRectFilled(ImVec2(x, p0.y + h * 0.1f), ImVec2(x + seg, p0.y + h * 0.9f), CriterionColor(static_cast<int>(j)));
                    x += seg;
                }
            } else {
                const double frac = r.higher_is_better ? row.score / max_score : 1.0 - row.score / max_score;
                dl->AddRectFilled(ImVec2(x, p0.y + h * 0.1f), ImVec2(x + static_cast<float>(std::clamp(frac, 0.0, 1.0)) * w, p0.y + h * 0.9f),
                                  ImGui::ColorConvertFloat4ToU32(ColorAccent()));
            }
            ImGui::Dummy(ImVec2(w, h));
            if (additive && ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::TextUnformatted(row.name.c_str());
                for (std::size_t j = 0; j < r.contribution.Cols() && j < r.criteria.size(); ++j) {
                    const double c = r.contribution(ri, j);
                    const std::optional<double> raw = ri < r.raw.Rows() && j < r.raw.Cols() ? std::optional<double>(r.raw(ri, j)) : std::nullopt;
                    const bool imputed = ri < r.imputed.size() && j < r.imputed[ri].size() && r.imputed[ri][j];
                    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(CriterionColor(static_cast<int>(j))), "%s",
                                       app::Format("%s: +%s (%s%s)", CriterionLabel(s, r.criteria[j].id).c_str(),
                                                   app::FormatNumber(c, s.lang, 3).c_str(),
                                                   CriterionValueText(s, r.criteria[j].id, raw).c_str(),
                                                   imputed ? T(s, "decision.imputed") : "")
                                           .c_str());
                }
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

const char* ConstraintKey(const std::string& c) {
    static const char* const kKnown[] = {"deployment", "open_weights", "commercial_use", "vram_budget", "min_context",
                                         "language", "input_modality", "tool_calling", "structured_output",
                                         "max_monthly_cost", "max_latency", "excluded_provider", "older_generation",
                                         "missing_value"};
    for (const char* k : kKnown)
        if (c == k) return k;
    return nullptr;
}

void Eliminated(app::AppState& s) {
    const Result& r = s.result;
    if (r.eliminated.empty()) {
        ImGui::TextDisabled("%s", T(s, "decision.none_eliminated"));
        return;
    }
    // Group by constraint (a model failing two constraints appears in both groups), in check order; rebuilt
    // only when the result changes.
    app::DecisionUi& ui = s.ui.decision;
    if (ui.elim_version != s.result_version) {
        ui.elim_keys.clear();
        ui.elim_groups.clear();
        std::map<std::string, std::size_t> index;
        for (int i = 0; i < static_cast<int>(r.eliminated.size()); ++i) {
            const auto& fs = r.eliminated[static_cast<std::size_t>(i)].failures;
            for (int f = 0; f < static_cast<int>(fs.size()); ++f) {
                const std::string& c = fs[static_cast<std::size_t>(f)].constraint;
                auto it = index.find(c);
                if (it == index.end()) {
                    it = index.emplace(c, ui.elim_keys.size()).first;
                    ui.elim_keys.push_back(c);
                    ui.elim_groups.emplace_back();
                }
                ui.elim_groups[it->second].emplace_back(i, f);
            }
        }
        ui.elim_version = s.result_version;
    }
    TextWrappedU(T(s, "decision.eliminated_intro"));
    for (std::size_t gi = 0; gi < ui.elim_keys.size(); ++gi) {
        const std::string& c = ui.elim_keys[gi];
        const auto& g = ui.elim_groups[gi];
        const char* ck = ConstraintKey(c);
        const std::string title = app::Format("%s (%s)###%s", ck ? T(s, (std::string("constraint.") + ck).c_str()) : c.c_str(),
                                              app::FormatNumber(static_cast<double>(g.size()), s.lang, 0).c_str(), c.c_str());
        if (!ImGui::CollapsingHeader(title.c_str(), g.size() <= 8 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) continue;
        ImGui::PushID(c.c_str());
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(g.size()));
        while (clipper.Step())
            for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
                const auto& e = r.eliminated[static_cast<std::size_t>(g[static_cast<std::size_t>(k)].first)];
                const auto& f = e.failures[static_cast<std::size_t>(g[static_cast<std::size_t>(k)].second)];
                ImGui::PushID(k);
                if (NameSelectable(e.name, s.selected_model == e.id, 0, Em(OneColumn(s) ? 8 : 10))) app::Select(s, e.id);
                ImGui::SameLine();
                TextWrappedColored(ColorBad(), app::FormatFailure(f, s.lang, app::Money(s)));
                ImGui::PopID();
            }
        ImGui::PopID();
    }
}

bool MoneyUnit(const std::string& unit) { return unit.rfind("USD", 0) == 0; }

void AxisCombo(app::AppState& s, const char* id, std::string* axis, bool* log) {
    const CriterionInfo* info = FindInfo(s, *axis);
    // The "log" check box after it stays on the line.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float check_w = ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + ImGui::CalcTextSize(T(s, "pareto.log")).x;
    ImGui::SetNextItemWidth(std::max(Em(5), ImGui::GetContentRegionAvail().x - check_w - st.ItemSpacing.x));
    if (BeginComboFit(id, info ? CriterionLabel(s, info->id) : *axis, ImGuiComboFlags_HeightLarge)) {
        for (const CriterionInfo& c : s.registry)
            if (ImGui::Selectable(CriterionLabel(s, c.id).c_str(), c.id == *axis)) {
                *axis = c.id;
                *log = MoneyUnit(c.unit) || c.id == "context_tokens" || c.id == "params_b";
            }
        ImGui::EndCombo();
    }
}

void Pareto(app::AppState& s) {
    app::DecisionUi& ui = s.ui.decision;
    const Result& r = s.result;
    // The chart's axes are the profile's Pareto criteria when it names two.
    if (s.profile.pareto_criteria.size() == 2 && (ui.pareto_x != s.profile.pareto_criteria[0] || ui.pareto_y != s.profile.pareto_criteria[1])) {
        ui.pareto_x = s.profile.pareto_criteria[0];
        ui.pareto_y = s.profile.pareto_criteria[1];
        const CriterionInfo* ix = FindInfo(s, ui.pareto_x);
        const CriterionInfo* iy = FindInfo(s, ui.pareto_y);
        ui.log_x = ix && MoneyUnit(ix->unit);
        ui.log_y = iy && MoneyUnit(iy->unit);
    }
    const std::string old_x = ui.pareto_x, old_y = ui.pareto_y;
    ImGui::TextUnformatted(T(s, "pareto.x"));
    ImGui::SameLine();
    AxisCombo(s, "##px", &ui.pareto_x, &ui.log_x);
    ImGui::SameLine();
    ImGui::Checkbox(T(s, "pareto.log"), &ui.log_x);
    ImGui::TextUnformatted(T(s, "pareto.y"));
    ImGui::SameLine();
    AxisCombo(s, "##py", &ui.pareto_y, &ui.log_y);
    ImGui::SameLine();
    ImGui::Checkbox(app::Format("%s##y", T(s, "pareto.log")).c_str(), &ui.log_y);
    if (ui.pareto_x != old_x || ui.pareto_y != old_y) {
        s.profile.pareto_criteria = {ui.pareto_x, ui.pareto_y};
        app::MarkEdited(s);
        app::CommitEdit(s);
    }
    const CriterionInfo* ix = FindInfo(s, ui.pareto_x);
    const CriterionInfo* iy = FindInfo(s, ui.pareto_y);
    if (!ix || !iy || r.rows.empty()) return;

    // Values of the two axes for every ranked model (engine: CriterionReader), rebuilt when the ranked models or
    // the axes change (not on a weight change: the values stay).
    const std::string key = ui.pareto_x + "|" + ui.pareto_y + "|" + (ui.log_x ? "1" : "0") + (ui.log_y ? "1" : "0") +
                            "|" + std::to_string(s.result_version);
    if (ui.points_key != key) {
        ui.points.clear();
        ui.points.reserve(r.rows.size());
        const CriterionReader read_x(*ix, s.profile), read_y(*iy, s.profile);
        for (int i = 0; i < static_cast<int>(r.rows.size()); ++i) {
            const ModelRow& row = r.rows[static_cast<std::size_t>(i)];
            const Model& m = s.catalog.models[static_cast<std::size_t>(row.catalog_index)];
            auto vx = read_x.Read(m, row.derived);
            auto vy = read_y.Read(m, row.derived);
            if (!vx || !vy) continue;
            if ((ui.log_x && *vx <= 0) || (ui.log_y && *vy <= 0)) continue;
            ui.points.push_back({i, ui.log_x ? std::log10(*vx) : *vx, ui.log_y ? std::log10(*vy) : *vy});
        }
        ui.points_key = key;
    }
    using Pt = app::DecisionUi::ChartPoint;
    const std::vector<Pt>& pts = ui.points;
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const Pt& p : pts) x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
    if (pts.empty()) {
        ImGui::TextDisabled("%s", T(s, "pareto.no_data"));
        return;
    }
    if (x1 - x0 < 1e-12) x0 -= 0.5, x1 += 0.5;
    if (y1 - y0 < 1e-12) y0 -= 0.5, y1 += 0.5;
    const double px = (x1 - x0) * 0.05, py = (y1 - y0) * 0.08;
    x0 -= px, x1 += px, y0 -= py, y1 += py;

    const ImVec2 size(ImGui::GetContentRegionAvail().x, std::max(Em(12), ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 2));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("chart", size);
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad_l = Em(3.5f), pad_b = Em(1.6f), pad_t = Em(0.5f), pad_r = Em(0.8f);
    const ImVec2 a(origin.x + pad_l, origin.y + pad_t), b(origin.x + size.x - pad_r, origin.y + size.y - pad_b);
    const ImU32 frame = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    dl->AddRect(a, b, frame);
    auto sx = [&](double x) { return a.x + static_cast<float>((x - x0) / (x1 - x0)) * (b.x - a.x); };
    auto sy = [&](double y) { return b.y - static_cast<float>((y - y0) / (y1 - y0)) * (b.y - a.y); };
    // Ticks: decades on log axes, 4 intervals on linear ones.
    auto tick_label = [&](double v, bool log, const std::string& unit) {
        const double real = log ? std::pow(10.0, v) : v;
        return MoneyUnit(unit) ? app::FormatMoney(real, s.lang, app::Money(s)) : app::FormatAuto(real, s.lang);
    };
    auto ticks = [&](double lo, double hi, bool log) {
        std::vector<double> t;
        if (log) {
            for (double d = std::ceil(lo); d <= hi && t.size() < 12; d += 1) t.push_back(d);
        }
        if (t.size() < 2) {
            // Round ticks: a step of 1, 2 or 5 x 10^k giving about four intervals.
            t.clear();
            const double raw = (hi - lo) / 4.0;
            const double mag = std::pow(10.0, std::floor(std::log10(raw)));
            const double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
            for (double v = std::ceil(lo / step) * step; v <= hi && t.size() < 12; v += step) t.push_back(std::fabs(v) < step * 1e-9 ? 0.0 : v);
        }
        return t;
    };
    for (double t : ticks(x0, x1, ui.log_x)) {
        const float x = sx(t);
        dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), ImGui::GetColorU32(ImGuiCol_Border, 0.35f));
        const std::string l = tick_label(t, ui.log_x, ix->unit);
        const float tw = ImGui::CalcTextSize(l.c_str()).x;
        dl->AddText(ImVec2(std::clamp(x - tw * 0.5f, origin.x, b.x - tw), b.y + Em(0.2f)), text_col, l.c_str());
    }
    for (double t : ticks(y0, y1, ui.log_y)) {
        const float y = sy(t);
        dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), ImGui::GetColorU32(ImGuiCol_Border, 0.35f));
        const std::string l = tick_label(t, ui.log_y, iy->unit);
        const float tw = ImGui::CalcTextSize(l.c_str()).x;
        dl->AddText(ImVec2(std::max(origin.x, a.x - tw - Em(0.3f)), y - Em(0.5f)), text_col, l.c_str());
    }
    // Axis titles inside the frame: x at the bottom right, y at the top left.
    {
        const std::string xt = CriterionLabel(s, ix->id) + " \xE2\x86\x92" + (ui.log_x ? std::string(" (") + T(s, "pareto.log_scale") + ")" : "");
        const std::string yt = "\xE2\x86\x91 " + CriterionLabel(s, iy->id) + (ui.log_y ? std::string(" (") + T(s, "pareto.log_scale") + ")" : "");
        const float tw = ImGui::CalcTextSize(xt.c_str()).x;
        dl->AddText(ImVec2(std::max(a.x + Em(0.3f), b.x - tw - Em(0.3f)), b.y - Em(1.3f)), text_col, xt.c_str());
        dl->AddText(ImVec2(a.x + Em(0.3f), a.y + Em(0.2f)), text_col, yt.c_str());
    }
    // Frontier (when the result's Pareto set is for these two axes).
    std::vector<char> on_front(r.rows.size(), 0);
    const bool same_axes = r.pareto && r.pareto->criteria.size() == 2 && r.pareto->criteria[0] == ui.pareto_x &&
                           r.pareto->criteria[1] == ui.pareto_y;
    if (same_axes) {
        for (int i : r.pareto->non_dominated)
            if (i >= 0 && static_cast<std::size_t>(i) < on_front.size()) on_front[static_cast<std::size_t>(i)] = 1;
        std::vector<ImVec2> line;
        std::vector<std::pair<double, double>> xy(r.rows.size(), {NAN, NAN});
        for (const Pt& p : pts) xy[static_cast<std::size_t>(p.row)] = {p.x, p.y};
        for (int i : r.pareto->frontier)
            if (i >= 0 && static_cast<std::size_t>(i) < xy.size() && !std::isnan(xy[static_cast<std::size_t>(i)].first))
                line.push_back(ImVec2(sx(xy[static_cast<std::size_t>(i)].first), sy(xy[static_cast<std::size_t>(i)].second)));
        if (line.size() >= 2) dl->AddPolyline(line.data(), static_cast<int>(line.size()), ImGui::ColorConvertFloat4ToU32(ColorGood()), 0, Em(0.12f));
    }
    // Points; the one under the mouse is found at the same time.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hover_row = -1;
    float best_d2 = Em(0.6f) * Em(0.6f);
    const float r_pt = Em(0.22f);
    const ImU32 grey = ImGui::GetColorU32(ImGuiCol_Text, 0.35f);
    const ImU32 front = ImGui::ColorConvertFloat4ToU32(ColorGood());
    const std::string top_id = r.Top() ? r.Top()->id : std::string();
    for (const Pt& p : pts) {
        const ImVec2 c(sx(p.x), sy(p.y));
        if (on_front[static_cast<std::size_t>(p.row)]) dl->AddCircleFilled(c, r_pt * 1.3f, front, 10);
        else dl->AddRectFilled(ImVec2(c.x - r_pt * 0.8f, c.y - r_pt * 0.8f), ImVec2(c.x + r_pt * 0.8f, c.y + r_pt * 0.8f), grey);
        if (hovered) {
            const float dx = c.x - mouse.x, dy = c.y - mouse.y;
            if (dx * dx + dy * dy < best_d2) best_d2 = dx * dx + dy * dy, hover_row = p.row;
        }
    }
    // The winner and the selection on top, labelled.
    for (const Pt& p : pts) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(p.row)];
        const bool is_top = row.id == top_id, is_sel = row.id == s.selected_model;
        if (!is_top && !is_sel) continue;
        const ImVec2 c(sx(p.x), sy(p.y));
        ProbeRect(s, is_top ? "pareto.top" : "pareto.selected", ImVec2(c.x - r_pt, c.y - r_pt), ImVec2(c.x + r_pt, c.y + r_pt));
        dl->AddCircle(c, r_pt * 2.2f, ImGui::ColorConvertFloat4ToU32(is_top ? ColorAccent() : ColorWarn()), 16, Em(0.12f));
        // The name right of the point, or left of it when it would leave the chart.
        const float tw = ImGui::CalcTextSize(row.name.c_str()).x;
        const float lx = c.x + r_pt * 2.6f + tw <= b.x ? c.x + r_pt * 2.6f : std::max(a.x, c.x - r_pt * 2.6f - tw);
        dl->AddText(ImVec2(lx, c.y - Em(0.55f)), ImGui::GetColorU32(ImGuiCol_Text), row.name.c_str());
    }
    // Axis titles.
    const std::string xt, yt;
    ImGui::PushStyleColor(ImGuiCol_Text, ColorGood());
    TextWrappedU(T(s, same_axes ? "pareto.legend" : "pareto.legend_pending"));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    HelpMarker(T(s, "pareto.help"));
    (void)xt;
    (void)yt;
    if (hover_row >= 0) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(hover_row)];
        const Model& m = s.catalog.models[static_cast<std::size_t>(row.catalog_index)];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(app::Format("#%d %s", row.rank, row.name.c_str()).c_str());
        ImGui::TextUnformatted((CriterionLabel(s, ix->id) + ": " + CriterionValueText(s, ix->id, CriterionValue(*ix, m, row.derived, s.profile))).c_str());
        ImGui::TextUnformatted((CriterionLabel(s, iy->id) + ": " + CriterionValueText(s, iy->id, CriterionValue(*iy, m, row.derived, s.profile))).c_str());
        if (on_front[static_cast<std::size_t>(hover_row)]) ImGui::TextColored(ColorGood(), "%s", T(s, "pareto.on_front"));
        ImGui::TextDisabled("%s", T(s, "pareto.click"));
        ImGui::EndTooltip();
        if (clicked) app::Select(s, row.id);
    }
}

}  // namespace

void DrawDecision(app::AppState& s) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float left_w = std::max(Em(26), avail * 0.52f);
    BeginPane(s, "left", left_w);
    Headline(s);
    // The read-only embed in one column shows the ranking before the reasons: the decision at first sight.
    const bool ranking_first = s.read_only && OneColumn(s);
    if (!ranking_first) Reasons(s);
    Ranking(s);
    if (ranking_first) Reasons(s);
    EndPane(s);
    // One column: the chart and the eliminated models under the ranking, as high as the view (at least 18 em).
    BeginPane(s, "right", 0, std::max(Em(18), ImGui::GetMainViewport()->WorkSize.y * 0.6f));
    if (ImGui::BeginTabBar("decision_tabs")) {
        if (ImGui::BeginTabItem(T(s, "decision.tab_pareto"))) {
            Pareto(s);
            ImGui::EndTabItem();
        }
        const std::string elim = app::Format("%s (%s)###elim", T(s, "decision.tab_eliminated"),
                                             app::FormatNumber(static_cast<double>(s.result.eliminated.size()), s.lang, 0).c_str());
        if (ImGui::BeginTabItem(elim.c_str())) {
            ImGui::BeginChild("elim_list");
            Eliminated(s);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    EndPane(s, true);
}

}  // namespace mm::ui
