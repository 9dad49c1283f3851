// AppState: everything the app knows, owned by the entry point and passed by reference to the views.
// No ImGui here: the state can be driven and tested without a UI. Views edit `profile` and call MarkEdited /
// CommitEdit; EndFrame() recomputes the Result once, after every view has drawn.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/i18n.h"
#include "engine/model/catalog.h"
#include "engine/decision/decision.h"
#include "engine/io/overlay_io.h"
#include "engine/model/presets.h"
#include "engine/model/profile.h"

namespace mm::app {

struct TextView;  // app/text_view.h

class PlatformServices;

enum class View { kPanorama, kCriteria, kWorkload, kDecision };
enum class Theme { kSystem, kDark, kLight };
enum class WeightEditor { kSliders, kRank, kSwing, kAhp };  // which of the four weight editors is shown

// A one-line message the views show for a few seconds (import result, "link copied", an error).
struct Notification {
    enum class Level { kInfo, kSuccess, kWarning, kError };
    Level level = Level::kInfo;
    std::string text;       // already translated
    double seconds_left = 5.0;
};

// A destructive action waiting for the user's "yes" (the modal is drawn by the top bar).
struct Confirmation {
    std::string title, message;  // already translated
    std::function<void(struct AppState&)> on_confirm;
};

// What a view asks the platform layer to do; the platform drains the queue after each frame
// (TakeActionRequests) and calls persist/import code with the user gesture still fresh.
enum class ActionRequest {
    kShareLink,        // permalink with the profile in the URL fragment, copied to the clipboard
    kExportMarkdown,   // the decision report
    kExportCsv,        // the ranking
    kExportJson,       // profile + result
    kImportProfile,    // file picker, then ImportFile()
    kImportOverlay,    // private catalog overlay (own models, prices)
    kSaveState,        // persist now (after a preset is saved or deleted)
    kResetEverything,  // already confirmed by the user
    kOpenFullApp,      // read-only embed: the full app in a new tab or window (PlatformServices::OpenFullApp)
};

// Per-view UI memory (plain data, no ImGui): filters, sort order, chart axes. Lives here so views stay free
// functions and the state stays in one place.
struct PanoramaUi {
    std::string search;
    int kind_filter = 0;     // 0 all, 1 proprietary, 2 open source, 3 specialised
    int licence_filter = 0;  // 0 all, 1 permissive, 2 open with restrictions, 3 proprietary
    int size_filter = 0;     // 0 all, 1 small (<= 15 B), 2 medium (<= 80 B), 3 large, 4 undisclosed
    std::string provider_filter;  // "" = every provider
    bool current_only = false;
    bool classics_only = false;
    int sort_column = 0;
    bool sort_ascending = true;
    long long filters_version = 0;  // +1 on every filter / sort change
    std::vector<int> rows;          // catalog indices after filtering and sorting
    long long rows_version = -1;    // filters_version the rows were built for
    std::size_t rows_catalog_size = 0;
    long long rows_catalog_version = -1;
    bool show_course_table = false;
    bool card_sheet = false;  // one column: the model card is shown over the table (a tap on a row opens it)
};

struct CriteriaUi {
    std::string add_filter;
    int ahp_focus_i = -1, ahp_focus_j = -1;  // the pair pointed out as most inconsistent, when clicked
    // The weight editor on screen when it is not yet the profile's mode: the profile keeps its weights until
    // the first edit in that editor (ShowWeightEditor / AdoptShownWeightEditor).
    std::optional<WeightMode> pending_editor;
    std::vector<double> share_start;  // raw weights when a share edit began (the others rescale from these)
};

// The model card's "Self-host on…" choices; an unset one follows its default (the profile's quantisation, KV
// context and batch; the device with the least memory that fits, else the largest).
struct SelfhostCardUi {
    std::optional<std::string> device, quant;
    std::optional<double> context;
    std::optional<int> batch;  // concurrent sequences
    int devices = 1;           // identical devices, 1-8
    std::string kv_quant = "f16";
};

struct WorkloadUi {
    std::string new_criterion_name;
    std::string compare_filter;  // the search box of "Add a model"
    bool team_open = false;  // the team-size helper next to requests/day
    double team_people = 20, team_requests_per_person = 15;
};

struct DecisionUi {
    std::string pareto_x = "monthly_cost", pareto_y = "bench.aa_intelligence";
    bool log_x = true, log_y = false;
    bool show_all_contributions = false;
    // Caches rebuilt when the result or the axes change (not every frame): chart points and eliminated groups.
    struct ChartPoint {
        int row;
        double x, y;  // axis units (log10 already applied on log axes)
    };
    std::vector<ChartPoint> points;
    std::string points_key;  // x|y|log_x|log_y|result_version the points were built for
    std::vector<std::string> elim_keys;                             // constraints, in check order
    std::vector<std::vector<std::pair<int, int>>> elim_groups;      // per key: (eliminated index, failure index)
    long long elim_version = -1;                                    // result_version of the groups
};

// Where a named widget was drawn last frame (screen coordinates), for tests that drive the UI with the mouse
// (headless tests here, browser tests on the web). Recorded only when UiMemory::record_probes is set.
struct ItemProbe {
    std::string name;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct UiMemory {
    bool record_probes = false;
    bool one_column = false;        // the window is narrow: views in one column (set by the frame, ui_common.h)
    bool capture_text = false;      // tests: keep every text drawn in the main window this frame
    std::string captured_text;
    std::vector<ItemProbe> probes;  // cleared at the start of every frame
    PanoramaUi panorama;
    SelfhostCardUi selfhost;
    CriteriaUi criteria;
    WorkloadUi workload;
    DecisionUi decision;
    int applied_theme = -1;  // 0 light, 1 dark: the colours currently in the ImGui style
    View last_drawn_view = View::kPanorama;
    bool view_set_externally = true;  // SetView() was called: the tab bar must follow
    bool show_demo = false, show_metrics = false;
    bool show_text_view = false;   // the decision as text (desktop: a window; web: the page's DOM mirror)
    std::shared_ptr<const TextView> text_view;  // desktop window: built for text_view_key (result, language, money)
    std::string text_view_key;
    bool show_shortcuts = false;   // the keyboard shortcuts help
    std::string preset_name_input;
};

struct UserPreset {
    std::string name;
    Profile profile;
};

struct AppState {
    // --- data
    Catalog catalog;                 // what the app ranks: base_catalog + the private overlay
    Catalog base_catalog;            // the embedded (or --catalog) catalog, before the overlay
    std::optional<Overlay> overlay;  // the user's own models / prices / evals (persisted, never uploaded)
    std::string today;               // YYYY-MM-DD, set by the platform (dates overlay figures)
    Profile profile;
    Result result;             // for `profile`, recomputed by EndFrame() when dirty
    std::vector<CriterionInfo> registry;  // every criterion the profile may use (CriterionRegistry), with `result`
    long long result_version = 0;  // +1 every time `result` is recomputed (the platform can watch it)
    long long profile_version = 0; // +1 every time `profile` changes (edits, undo, presets, imports)
    long long catalog_version = 0; // +1 on CatalogChanged() (overlay imported or removed)

    // --- preferences (the platform persists these and sets them from URL / command line)
    std::string lang = "en";  // "en" | "fr"
    Theme theme = Theme::kSystem;
    bool system_prefers_dark = true;  // set by the platform (prefers-color-scheme, desktop default dark)
    View view = View::kPanorama;
    WeightEditor weight_editor = WeightEditor::kSliders;
    // Money display: "USD" | "EUR", or "" to follow the language (French: euros, English: dollars). The profile
    // keeps dollars whatever is shown; usd_per_eur is the user's rate (default: app/i18n.h kDefaultUsdPerEur).
    std::string currency;
    double usd_per_eur = kDefaultUsdPerEur;

    // --- selection
    std::string selected_model;              // model card in the panorama, highlighted in the decision
    bool selected_auto = true;               // the selection follows the top choice until the user picks one
    std::vector<std::string> compare;        // 0..kMaxCompare model ids for the side-by-side comparison (saved)
    bool compare_auto = true;                // the set follows the top three until the user picks models (saved)

    // --- presets
    std::vector<UserPreset> user_presets;
    std::string active_preset;               // id or user preset name of the last applied preset; "" after another profile
    bool start_hint_seen = false;            // the "New here?" hint was dismissed or the user edited (persisted)

    // --- messages
    std::deque<Notification> notifications;
    long long notifications_posted = 0;     // ever posted (the deque keeps only the last few)
    std::vector<Confirmation> confirmations;  // the first one is shown as a modal
    std::vector<ActionRequest> action_requests;

    // --- platform
    PlatformServices* platform = nullptr;  // may be null (tests)
    bool read_only = false;                // compact read-only mode for embedding

    UiMemory ui;

    // --- bookkeeping (use the functions below rather than touching these)
    bool dirty = true;           // profile changed since `result` was computed
    bool edit_pending = false;   // an edit started but not yet committed to the undo history
    bool preview_only = false;   // `result` has no robustness analysis: computed during an edit (a drag)
    std::vector<Profile> undo_stack, redo_stack;
    Profile committed;           // the profile as of the last undo snapshot
    long long frame_count = 0;
    bool initialized = false;    // Init() ran or a profile was set; ui::Frame() calls Init() otherwise
};

// --- set-up and per-frame
// Default profile (the "quick prototype" preset), first Result. Call after the catalog is loaded; ui::Frame()
// calls it on the first frame if neither Init() nor SetProfile() ran.
void Init(AppState& s);
void EndFrame(AppState& s, double delta_seconds = 1.0 / 60.0);  // Recompute(), age notifications, count the frame
// Decide() when the profile or the catalog changed since the last Result (else nothing). While an edit is in
// progress (a drag) the robustness analysis is left out (preview_only): at 10 000 models it costs 2-6 times the
// ranking (BENCHMARKS.md, "UI"); the edit's end (CommitEdit) brings the whole Result.
void Recompute(AppState& s);
// The whole Result, robustness included, even during an edit (exports and the JS API).
void CompleteRobustness(AppState& s);
// Call after replacing `catalog` (overlay import, reset): the Result is recomputed before the next frame draws
// (ui::Frame() starts with Recompute()) and the views drop their per-catalog caches.
void CatalogChanged(AppState& s);

// --- profile edits. Views change s.profile in place, then call MarkEdited every time a widget reports a change
// (the ranking follows live, without robustness while dragging) and CommitEdit when the edit ends
// (IsItemDeactivatedAfterEdit, a click, a checkbox): one undo step per finished edit, not per slider tick.
void MarkEdited(AppState& s);
void CommitEdit(AppState& s);
// Replaces the whole profile as one undoable step (presets, imports, setProfile from the JS API).
void SetProfile(AppState& s, const Profile& p);
bool CanUndo(const AppState& s);
bool CanRedo(const AppState& s);
void Undo(AppState& s);
void Redo(AppState& s);

// --- preferences: setters for the platform layer (URL parameters, command line, postMessage).
// Each returns false (and changes nothing) for an unknown value.
bool SetLanguage(AppState& s, const std::string& lang);    // "en" | "fr"
bool SetView(AppState& s, const std::string& view);        // panorama | criteria | workload | decision
bool SetTheme(AppState& s, const std::string& theme);      // dark | light | system
bool ApplyPresetById(AppState& s, const std::string& id);  // a built-in id, or a user preset's name
bool SetCurrency(AppState& s, const std::string& code);      // USD | EUR | "" (follow the language)
bool SetUsdPerEur(AppState& s, double rate);                 // 1 EUR = rate USD, 0.01..100
MoneyDisplay Money(const AppState& s);                       // what money figures and inputs use now
const char* ViewName(View v);
const char* ThemeName(Theme t);
bool IsDark(const AppState& s);  // the effective theme

// --- presets
void ApplyPreset(AppState& s, const Preset& p);
void SaveUserPreset(AppState& s, const std::string& name);  // the current profile; replaces a same-name one
void DeleteUserPreset(AppState& s, const std::string& name);

// --- selection and comparison
void Select(AppState& s, const std::string& model_id);
bool InCompare(const AppState& s, const std::string& model_id);
inline constexpr std::size_t kMaxCompare = 4;
// Adds or removes a model. A 5th is refused, with a notification saying the set is full: false, nothing changes.
bool ToggleCompare(AppState& s, const std::string& model_id);
bool CompareFull(const AppState& s);
void SetCompareToTop(AppState& s, int n);                       // the top n of the ranking

// --- messages
void Notify(AppState& s, Notification::Level level, std::string text);
void RequestConfirmation(AppState& s, std::string title, std::string message, std::function<void(AppState&)> on_yes);
void RequestAction(AppState& s, ActionRequest a);
std::vector<ActionRequest> TakeActionRequests(AppState& s);

// --- criteria helpers shared by several views (state changes only, no maths)
bool HasCriterion(const Profile& p, const std::string& id);
void AddCriterion(AppState& s, const std::string& id);  // weight 1 / next rank / 50 points; AHP matrix grows
void RemoveCriterion(AppState& s, const std::string& id);
// Changes how the weights are set, filling the new mode's inputs from the current weights: ranks from the
// weight order, swing points scaled to 100, AHP judgements from weight ratios (unrounded, within 1/9..9).
// Only direct, swing and consistent AHP reproduce the weights; rank order and data modes recompute them.
void SwitchWeightMode(AppState& s, WeightMode mode);
// What the weight-editor buttons do: show another editor with the current weights in its terms, but leave the
// profile's mode (and so the decision) unchanged until the first edit there (AdoptShownWeightEditor).
void ShowWeightEditor(AppState& s, WeightMode mode);
WeightMode ShownWeightMode(const AppState& s);  // the pending editor, else the profile's mode
void AdoptShownWeightEditor(AppState& s);       // call on the first edit in the shown editor
// Direct weights as percentage shares: criterion j gets exactly `percent` and the others share the rest in
// proportion to `start` (their raw weights when the edit began; the current ones when `start` does not fit).
void SetWeightShare(AppState& s, std::size_t j, double percent, const std::vector<double>& start);
// Rank order from a list of criterion ids, most important first (drag-to-rank).
void SetRankOrder(AppState& s, const std::vector<std::string>& ids_most_important_first);
// A new criterion the user measures themselves ("user.<slug of name>"), added to the chosen criteria.
// Returns its criterion id ("" when the name is empty).
std::string AddUserCriterion(AppState& s, const std::string& name, const std::string& unit, Direction direction);
void RemoveUserCriterion(AppState& s, const std::string& criterion_id);
// Sets a user-measured value (creates the user criterion "user.<id>" if needed); nullopt removes the value.
void SetUserValue(AppState& s, const std::string& criterion_id, const std::string& model_id,
                  std::optional<double> value);

}  // namespace mm::app
