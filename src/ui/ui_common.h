// Small helpers shared by the views: translated text, sizes in font units, figures with provenance on hover,
// the edit/commit cycle of a widget, colours that follow the theme.
#pragma once
#include <imgui.h>

#include <string>

#include "app/app_state.h"
#include "app/i18n.h"
#include "app/wording.h"

namespace mm::ui {

inline const char* T(const app::AppState& s, const char* key) { return app::Tr(s.lang, key); }
inline float Em(float n) { return ImGui::GetFontSize() * n; }
inline ImVec2 Em2(float x, float y) { return ImVec2(Em(x), Em(y)); }

// After an editing widget: marks the profile edited when `changed`; commits one undo step when the edit ends
// (deactivated after edit, or an instant widget such as a checkbox or a combo).
void AfterEdit(app::AppState& s, bool changed);

// Records the last item's rectangle under `name` when the state asks for probes (tests).
void Probe(app::AppState& s, const std::string& name);
void ProbeRect(app::AppState& s, const std::string& name, ImVec2 min, ImVec2 max);

// InputText on a std::string (grows as the user types).
bool InputString(const char* label, std::string* str, const char* hint = nullptr, ImGuiInputTextFlags flags = 0);

// SameLine() when an item of `next_width` still fits on the current line, else a new line (flowing layout).
void FlowSameLine(float next_width);

// Layout by width, decided once per frame by Frame(): below kOneColumnEm font units (about 700 CSS pixels) the views
// stack their panes in one column, the model card becomes a sheet and tables drop their less important columns.
constexpr float kOneColumnEm = 44.0f;
inline bool OneColumn(const app::AppState& s) { return s.ui.one_column; }

// A view's pane: `width` wide (0: the rest of the line) beside the next pane on a wide window; in one column, full
// width and `stacked_height` high (0: as high as its content), the panes one under the other in the scrolling view.
void BeginPane(const app::AppState& s, const char* id, float width, float stacked_height = 0.0f);
void EndPane(const app::AppState& s, bool last = false);  // wide: the next pane goes on the same line

// A table's optional column (its index) and the width it needs.
struct OptionalColumn {
    int index;
    float width;
};
// Call after BeginTable, before TableSetupColumn: the optional columns, most important first, stay while they fit
// in the table's width beside the `fixed` width of the columns always shown (the user's hidden columns take no
// room). Returns a bit per column index: set when the column is given up (then ImGuiTableColumnFlags_Disabled).
unsigned DroppedColumns(float fixed, std::initializer_list<OptionalColumn> by_importance);
inline ImGuiTableColumnFlags DropFlag(unsigned dropped, int column) {
    return (dropped >> column) & 1u ? ImGuiTableColumnFlags_Disabled : ImGuiTableColumnFlags_None;
}

// `text` shortened with "…" to fit `width` pixels (whole characters); as is when it fits.
std::string Ellipsize(const std::string& text, float width);
// The next item's width: `preferred`, less when the line is too narrow for it and its `label` (at least 5 em).
void SetNextItemWidthBeside(const char* label, float preferred);
// A combo box whose preview ends in "…" rather than being cut when the choice is longer than the box.
bool BeginComboFit(const char* label, const std::string& preview, ImGuiComboFlags flags = 0);
bool ComboFit(const char* label, int* current, const char* const items[], int count);

// A model's name as a selectable, shortened with "…" when it does not fit its width (`width` 0: the column's or
// the line's), the whole name then on hover.
// `id`: an ImGui id suffix ("###rank") that keeps the item's id whatever its text.
bool NameSelectable(const std::string& name, bool selected, ImGuiSelectableFlags flags = 0, float width = 0.0f,
                    const char* id = nullptr);

// A number field in the UI language ("0,80" in French; a comma or a point is accepted when typing).
// Returns true when the text typed is a valid number (then *v is set).
bool InputNumber(const char* label, double* v, const std::string& lang, int decimals);

void HelpMarker(const char* text);                // a discreet "(?)" with a wrapped tooltip
void SetTooltipWrapped(const char* text);         // tooltip with a sensible wrap width
void TextWrappedU(const std::string& text);       // wrapped text without printf formatting
void TextWrappedDisabled(const std::string& text);
void TextWrappedColored(const ImVec4& color, const std::string& text);
void SectionTitle(const char* text);              // a separator with a title

// A figure's value with its provenance (source, date, basis, note) on hover; values older than a year before
// the catalog's as-of date are shown in the warning colour with a dot.
void FigureValue(const app::AppState& s, const Figure& f, const std::string& formatted);
void FigureTooltip(const app::AppState& s, const Figure& f);
bool FigureIsOld(const Catalog& c, const Figure& f);
std::string FigureDate(const Catalog& c, const Figure& f);

// The criterion's label in the UI language, from the registry (falls back to the id).
std::string CriterionLabel(const app::AppState& s, const std::string& id);
// A benchmark's display name (the catalog's names carry English words: French names from the table).
std::string BenchmarkName(const app::AppState& s, const std::string& bench_id);
const CriterionInfo* FindInfo(const app::AppState& s, const std::string& id);
ImU32 CriterionColor(int index, float alpha = 1.0f);

// Course tags: proprietary / open source / specialised, each with its colour.
const char* KindTagKey(const Model& m);
ImVec4 KindTagColor(const Model& m);
void KindTag(const app::AppState& s, const Model& m);
std::string MoneySigns(const Model& m);  // "$$$" (1..5), "" when unknown
bool IsSpecialised(const Model& m);

// Theme-aware colours.
ImVec4 ColorGood();
ImVec4 ColorBad();
ImVec4 ColorWarn();
ImVec4 ColorAccent();
void ApplyTheme(app::AppState& s);  // sets ImGui's colours when the effective theme changed

// Formatted value of a criterion for a model (raw, with unit), "—" when unknown.
std::string CriterionValueText(const app::AppState& s, const std::string& criterion_id, std::optional<double> v);

}  // namespace mm::ui
