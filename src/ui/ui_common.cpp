// Helpers shared by the views (see ui_common.h).
#include "ui/ui_common.h"

#include <imgui_internal.h>  // RenderTextEllipsis, the current table's columns

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <cstdlib>

namespace mm::ui {

void AfterEdit(app::AppState& s, bool changed) {
    if (changed) app::MarkEdited(s);
    if (ImGui::IsItemDeactivatedAfterEdit() || (changed && !ImGui::IsItemActive())) app::CommitEdit(s);
}

namespace {
int ResizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* str = static_cast<std::string*>(data->UserData);
        str->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = str->data();
    }
    return 0;
}
}  // namespace

bool InputString(const char* label, std::string* str, const char* hint, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputTextWithHint(label, hint ? hint : "", str->data(), str->capacity() + 1, flags, ResizeCallback,
                                    str);
}

void Probe(app::AppState& s, const std::string& name) {
    if (!s.ui.record_probes) return;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    s.ui.probes.push_back({name, a.x, a.y, b.x, b.y});
}

namespace {
int NumberFilter(ImGuiInputTextCallbackData* data) {
    const ImWchar c = data->EventChar;
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == 'e' || c == 'E' ? 0 : 1;
}
}  // namespace

bool InputNumber(const char* label, double* v, const std::string& lang, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
    if (lang == "fr")
        for (char& c : buf)
            if (c == '.') c = ',';
    if (!ImGui::InputText(label, buf, sizeof buf, ImGuiInputTextFlags_CallbackCharFilter, NumberFilter)) return false;
    std::string t = buf;
    for (char& c : t)
        if (c == ',') c = '.';
    char* end = nullptr;
    const double x = std::strtod(t.c_str(), &end);
    if (t.empty() || !end || *end != '\0' || !std::isfinite(x)) return false;
    *v = x;
    return true;
}

void ProbeRect(app::AppState& s, const std::string& name, ImVec2 a, ImVec2 b) {
    if (s.ui.record_probes) s.ui.probes.push_back({name, a.x, a.y, b.x, b.y});
}

void SetTooltipWrapped(const char* text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(28));
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void FlowSameLine(float next_width) {
    const float last_x = ImGui::GetItemRectMax().x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (last_x + ImGui::GetStyle().ItemSpacing.x + next_width <= right) ImGui::SameLine();
}

void BeginPane(const app::AppState& s, const char* id, float width, float stacked_height) {
    if (OneColumn(s))
        ImGui::BeginChild(id, ImVec2(0, stacked_height),
                          ImGuiChildFlags_Border | (stacked_height > 0 ? 0 : ImGuiChildFlags_AutoResizeY));
    else
        ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_Border);
}

void EndPane(const app::AppState& s, bool last) {
    ImGui::EndChild();
    if (!last && !OneColumn(s)) ImGui::SameLine();
}

unsigned DroppedColumns(float fixed, std::initializer_list<OptionalColumn> by_importance) {
    const ImGuiTable* table = ImGui::GetCurrentTable();
    if (!table) return 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float per_column = style.CellPadding.x * 2 + 1;
    float room = table->OuterRect.GetWidth() - style.ScrollbarSize - fixed;
    unsigned dropped = 0;
    bool full = false;
    for (const OptionalColumn& c : by_importance) {
        if (c.index < table->ColumnsCount && !table->Columns[c.index].IsUserEnabled) continue;
        const float need = c.width + per_column;
        if (full || need > room) {
            dropped |= 1u << c.index;
            full = true;  // a less important column does not take the place of a more important one
        } else {
            room -= need;
        }
    }
    return dropped;
}

std::string Ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    static const char kEllipsis[] = "\xE2\x80\xA6";
    const float room = width - ImGui::CalcTextSize(kEllipsis).x;
    const char* end = text.c_str();
    if (room > 0)
        ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0.0f, text.c_str(), text.c_str() + text.size(), &end);
    return std::string(text.c_str(), end) + kEllipsis;
}

void SetNextItemWidthBeside(const char* label, float preferred) {
    const float label_w = ImGui::CalcTextSize(label, nullptr, true).x;
    const float room = ImGui::GetContentRegionAvail().x - (label_w > 0 ? label_w + ImGui::GetStyle().ItemInnerSpacing.x : 0);
    ImGui::SetNextItemWidth(std::max(Em(5), std::min(preferred, room)));
}

bool BeginComboFit(const char* label, const std::string& preview, ImGuiComboFlags flags) {
    // The preview is drawn here, shortened with "…" (ImGui would cut it), in the window of the combo box even when
    // its list is open; the whole text goes to ImGui's log.
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float right = pos.x + ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - pad.x;
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    const bool skip = ImGui::GetCurrentWindow()->SkipItems;
    const bool open = ImGui::BeginCombo(label, "", flags);
    if (!skip) {
        const ImVec2 text_pos(pos.x + pad.x, pos.y + pad.y);
        ImGui::RenderTextEllipsis(draw_list, text_pos, ImVec2(right, text_pos.y + ImGui::GetFontSize()), right, right,
                                  preview.c_str(), nullptr, nullptr);
    }
    return open;
}

bool ComboFit(const char* label, int* current, const char* const items[], int count) {
    bool changed = false;
    if (!BeginComboFit(label, *current >= 0 && *current < count ? items[*current] : "")) return false;
    for (int i = 0; i < count; ++i) {
        ImGui::PushID(i);
        if (ImGui::Selectable(items[i], i == *current)) {
            *current = i;
            changed = true;
        }
        if (i == *current) ImGui::SetItemDefaultFocus();
        ImGui::PopID();
    }
    ImGui::EndCombo();
    return changed;
}

bool NameSelectable(const std::string& name, bool selected, ImGuiSelectableFlags flags, float width, const char* id) {
    const float room = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    const ImVec2 text_size = ImGui::CalcTextSize(name.c_str());
    if (text_size.x <= room) return ImGui::Selectable((name + (id ? id : "")).c_str(), selected, flags, ImVec2(width, 0));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::Selectable(id ? id : ("##" + name).c_str(), selected, flags, ImVec2(width, 0));
    const float right = pos.x + room;
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), pos, ImVec2(right, pos.y + text_size.y), right, right,
                              name.c_str(), nullptr, &text_size);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", name.c_str());
    return pressed;
}

void HelpMarker(const char* text) {
    FlowSameLine(ImGui::CalcTextSize("(?)").x);
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) SetTooltipWrapped(text);
}

void TextWrappedU(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void TextWrappedDisabled(const std::string& text) {
    TextWrappedColored(ImGui::GetStyle().Colors[ImGuiCol_TextDisabled], text);
}

void TextWrappedColored(const ImVec4& color, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    TextWrappedU(text);
    ImGui::PopStyleColor();
}

void SectionTitle(const char* text) { ImGui::SeparatorText(text); }

namespace {

// Days since an epoch, good enough to compare dates a year apart.
long DayNumber(const std::string& iso) {
    if (iso.size() < 10) return -1;
    const long y = std::strtol(iso.substr(0, 4).c_str(), nullptr, 10);
    const long m = std::strtol(iso.substr(5, 2).c_str(), nullptr, 10);
    const long d = std::strtol(iso.substr(8, 2).c_str(), nullptr, 10);
    return y * 365 + y / 4 + (m - 1) * 30 + m / 2 + d;
}

}  // namespace

std::string FigureDate(const Catalog& c, const Figure& f) {
    if (!f.as_of.empty()) return f.as_of;
    if (const Source* src = c.FindSource(f.source)) return src->as_of;
    return {};
}

bool FigureIsOld(const Catalog& c, const Figure& f) {
    const long d = DayNumber(FigureDate(c, f));
    const long ref = DayNumber(c.as_of);
    return d > 0 && ref > 0 && ref - d > 365;
}

void FigureTooltip(const app::AppState& s, const Figure& f) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(30));
    const Source* src = s.catalog.FindSource(f.source);
    if (src) {
        ImGui::TextUnformatted(app::Format("%s %s", T(s, "figure.source"), src->title.c_str()).c_str());
        if (!src->publisher.empty())
            ImGui::TextDisabled("%s", app::Format("%s %s", T(s, "figure.publisher"), src->publisher.c_str()).c_str());
    } else if (!f.source.empty()) {
        ImGui::TextUnformatted(app::Format("%s %s", T(s, "figure.source"), f.source.c_str()).c_str());
    } else {
        ImGui::TextUnformatted(T(s, "figure.no_source"));
    }
    const std::string date = FigureDate(s.catalog, f);
    if (!date.empty()) ImGui::TextUnformatted(app::Format("%s %s", T(s, "figure.as_of"), date.c_str()).c_str());
    const char* basis = f.basis == Basis::kVendor       ? "basis.vendor"
                        : f.basis == Basis::kThirdParty ? "basis.third_party"
                        : f.basis == Basis::kEstimate   ? "basis.estimate"
                                                        : "basis.unknown";
    ImGui::TextUnformatted(app::Format("%s %s", T(s, "figure.basis"), T(s, basis)).c_str());
    if (FigureIsOld(s.catalog, f)) ImGui::TextColored(ColorWarn(), "%s", T(s, "figure.old"));
    // Catalog notes are written in English: shown only on the English screen.
    if (!f.note.empty() && s.lang == "en") {
        ImGui::Separator();
        ImGui::TextDisabled("%s", f.note.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void FigureValue(const app::AppState& s, const Figure& f, const std::string& formatted) {
    if (f.state == Figure::State::kUndisclosed) {
        ImGui::TextDisabled("%s", T(s, "figure.undisclosed"));
    } else if (!f.Known()) {
        ImGui::TextDisabled("%s", T(s, "figure.unknown"));
        return;
    } else if (FigureIsOld(s.catalog, f)) {
        ImGui::TextColored(ColorWarn(), "%s \xE2\x97\x8F", formatted.c_str());  // U+25CF
    } else {
        ImGui::TextUnformatted(formatted.c_str());
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) FigureTooltip(s, f);
}

const CriterionInfo* FindInfo(const app::AppState& s, const std::string& id) {
    for (const auto& c : s.result.criteria)
        if (c.id == id) return &c;
    return FindCriterion(s.registry, id);
}

std::string BenchmarkName(const app::AppState& s, const std::string& bench_id) {
    if (const char* t = app::TrIfKnown(s.lang, "bench." + bench_id)) return t;
    const BenchmarkInfo* info = s.catalog.FindBenchmark(bench_id);
    return info ? info->name : bench_id;
}

std::string CriterionLabel(const app::AppState& s, const std::string& id) {
    // Benchmark names and the presets' own measurements carry English words: the string table has their
    // French names ("bench.<id>", "user.<id>").
    if (id.rfind("bench.", 0) == 0 || id.rfind("user.", 0) == 0)
        if (const char* t = app::TrIfKnown(s.lang, id)) return t;
    const CriterionInfo* info = FindInfo(s, id);
    return info ? app::CriterionName(*info, s.lang) : id;
}

namespace {
bool Dark();
}  // namespace

ImU32 CriterionColor(int index, float alpha) {
    // Ten hues far apart (Tableau 10) at >= 3:1 against the window (WCAG non-text contrast): as they are on the
    // dark theme, darkened on the light one (tests/ui/accessibility_test.cpp).
    static const ImU32 kPaletteLight[] = {IM_COL32(78, 121, 167, 255), IM_COL32(201, 118, 36, 255),
                                          IM_COL32(225, 87, 89, 255),  IM_COL32(94, 146, 142, 255),
                                          IM_COL32(85, 153, 75, 255),  IM_COL32(161, 137, 49, 255),
                                          IM_COL32(174, 121, 159, 255), IM_COL32(191, 118, 125, 255),
                                          IM_COL32(156, 117, 95, 255), IM_COL32(143, 136, 132, 255)};
    static const ImU32 kPalette[] = {IM_COL32(78, 121, 167, 255), IM_COL32(242, 142, 43, 255),
                                     IM_COL32(225, 87, 89, 255),  IM_COL32(118, 183, 178, 255),
                                     IM_COL32(89, 161, 79, 255),  IM_COL32(237, 201, 72, 255),
                                     IM_COL32(176, 122, 161, 255), IM_COL32(255, 157, 167, 255),
                                     IM_COL32(156, 117, 95, 255), IM_COL32(186, 176, 172, 255)};
    ImVec4 c = ImGui::ColorConvertU32ToFloat4((Dark() ? kPalette : kPaletteLight)[static_cast<unsigned>(index) % 10]);
    c.w = alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

// The course's "specialised" models are the ones built for one domain (Code Llama, Codestral, Qwen Coder…), not
// generalists that also code well: recognised by name.
bool IsSpecialised(const Model& m) {
    for (const char* w : {"Code", "Coder", "Codestral", "Devstral", "Math"})
        if (m.name.find(w) != std::string::npos) return true;
    return false;
}

const char* KindTagKey(const Model& m) {
    if (IsSpecialised(m)) return "tag.specialised";
    if (m.OpenWeights()) return "tag.open_source";
    return "tag.proprietary";
}

namespace {
bool Dark() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.5f; }
}  // namespace

ImVec4 KindTagColor(const Model& m) {
    const std::string key = KindTagKey(m);
    const bool d = Dark();
    if (key == "tag.specialised") return d ? ImVec4(0.85f, 0.6f, 1.0f, 1) : ImVec4(0.5f, 0.2f, 0.7f, 1);
    if (key == "tag.open_source") return d ? ImVec4(0.45f, 0.85f, 0.5f, 1) : ImVec4(0.1f, 0.5f, 0.15f, 1);
    return d ? ImVec4(0.55f, 0.75f, 1.0f, 1) : ImVec4(0.1f, 0.3f, 0.7f, 1);
}

void KindTag(const app::AppState& s, const Model& m) { ImGui::TextColored(KindTagColor(m), "%s", T(s, KindTagKey(m))); }

std::string MoneySigns(const Model& m) {
    if (!m.relative_cost) return {};
    return std::string(static_cast<std::size_t>(std::max(1, std::min(5, *m.relative_cost))), '$');
}

ImVec4 ColorGood() { return Dark() ? ImVec4(0.4f, 0.9f, 0.5f, 1) : ImVec4(0.05f, 0.5f, 0.15f, 1); }
ImVec4 ColorBad() { return Dark() ? ImVec4(1.0f, 0.5f, 0.45f, 1) : ImVec4(0.75f, 0.1f, 0.1f, 1); }
ImVec4 ColorWarn() { return Dark() ? ImVec4(1.0f, 0.75f, 0.3f, 1) : ImVec4(0.58f, 0.35f, 0.0f, 1); }
ImVec4 ColorAccent() { return Dark() ? ImVec4(0.45f, 0.7f, 1.0f, 1) : ImVec4(0.1f, 0.35f, 0.75f, 1); }

void ApplyTheme(app::AppState& s) {
    const int want = app::IsDark(s) ? 1 : 0;
    if (s.ui.applied_theme == want) return;
    s.ui.applied_theme = want;
    ImGuiStyle& style = ImGui::GetStyle();
    if (want) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.10f, 0.12f, 1.0f);
        style.Colors[ImGuiCol_TableRowBgAlt] = ImVec4(1, 1, 1, 0.04f);
        // Disabled text carries labels and notes here: at least 4.5:1 (tests/ui/accessibility_test.cpp).
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.60f, 0.60f, 0.60f, 1.0f);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
        style.Colors[ImGuiCol_TableRowBgAlt] = ImVec4(0, 0, 0, 0.035f);
        // WCAG AA on the light background: labels and notes 4.5:1; focus, check marks, slider grabs 3:1.
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.40f, 0.40f, 0.40f, 1.0f);
        style.Colors[ImGuiCol_NavHighlight] = ImVec4(0.10f, 0.35f, 0.75f, 1.0f);
        style.Colors[ImGuiCol_CheckMark] = ImVec4(0.10f, 0.35f, 0.75f, 1.0f);
        style.Colors[ImGuiCol_SliderGrab] = ImVec4(0.15f, 0.45f, 0.85f, 1.0f);
    }
}

std::string CriterionValueText(const app::AppState& s, const std::string& criterion_id, std::optional<double> v) {
    if (!v) return "\xE2\x80\x94";  // em dash
    const CriterionInfo* info = FindInfo(s, criterion_id);
    return app::FormatWithUnit(*v, info ? info->unit : std::string(), s.lang, app::Money(s));
}

}  // namespace mm::ui
