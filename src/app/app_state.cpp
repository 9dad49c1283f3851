// AppState operations: the edit/undo cycle, the once-per-frame recomputation, preferences, presets, selection
// and the message queues. Pure state changes: no ImGui, no platform calls.
#include "app/app_state.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "engine/decision/index_sort.h"

namespace mm::app {

namespace {

constexpr std::size_t kMaxUndo = 100;

void Touch(AppState& s) {
    s.dirty = true;
    ++s.profile_version;
}

// Keeps the AHP matrix square and in step with the criteria list (size n, ones on the diagonal).
void ResizePairwise(Profile& p, std::size_t n) {
    auto& m = p.weighting.pairwise;
    if (p.weighting.mode != WeightMode::kAhp && m.empty()) return;
    m.resize(n);
    for (auto& row : m) row.resize(n, 1.0);
    for (std::size_t i = 0; i < n; ++i) m[i][i] = 1.0;
}

}  // namespace

void Init(AppState& s) {
    const auto& presets = BuiltinPresets();
    const Preset* start = FindPreset("quick-prototype");
    if (!start && !presets.empty()) start = &presets.front();
    if (start) {
        s.profile = start->profile;
        s.active_preset = start->id;
    }
    s.committed = s.profile;
    s.undo_stack.clear();
    s.redo_stack.clear();
    s.dirty = true;
    s.initialized = true;
    Recompute(s);

}

namespace {

void Rank(AppState& s, bool robustness) {
    DecideOptions options;
    // A drag frame (a preview) leaves out what only the settled result shows: robustness, rank classes and the
    // winner under the other missing-value rules (two more rankings).
    options.robustness = options.missing_sensitivity = robustness;
    s.result = Decide(s.catalog, s.profile, options);
    s.preview_only = !robustness;
    s.dirty = false;
    s.registry = CriterionRegistry(s.catalog, s.profile);
    ++s.result_version;
    if (s.selected_auto && s.result.Top()) s.selected_model = s.result.Top()->id;
    if (s.compare_auto) {
        SetCompareToTop(s, 3);
        s.compare_auto = true;
    }
}

}  // namespace

void Recompute(AppState& s) {
    if (s.dirty) Rank(s, !s.edit_pending);
}

void CompleteRobustness(AppState& s) {
    if (s.dirty || s.preview_only) Rank(s, true);
}

void CatalogChanged(AppState& s) {
    ++s.catalog_version;
    s.dirty = true;
    if (s.catalog.FindModel(s.selected_model) == nullptr) s.selected_model.clear();
}

void EndFrame(AppState& s, double delta_seconds) {
    Recompute(s);
    for (auto& n : s.notifications) n.seconds_left -= delta_seconds;
    while (!s.notifications.empty() && s.notifications.front().seconds_left <= 0) s.notifications.pop_front();
    ++s.frame_count;
}

void MarkEdited(AppState& s) {
    s.edit_pending = true;
    s.redo_stack.clear();
    Touch(s);
}

void CommitEdit(AppState& s) {
    if (!s.edit_pending) return;
    s.edit_pending = false;
    s.undo_stack.push_back(s.committed);
    if (s.undo_stack.size() > kMaxUndo) s.undo_stack.erase(s.undo_stack.begin());
    s.committed = s.profile;
    s.dirty = true;
}

void SetProfile(AppState& s, const Profile& p) {
    CommitEdit(s);
    s.ui.criteria.pending_editor.reset();
    if (s.initialized) s.undo_stack.push_back(s.profile);
    s.initialized = true;
    if (s.undo_stack.size() > kMaxUndo) s.undo_stack.erase(s.undo_stack.begin());
    s.redo_stack.clear();
    s.profile = p;
    s.committed = p;
    s.active_preset.clear();  // ApplyPreset() names it again; an imported or linked profile is no preset
    Touch(s);
}

bool CanUndo(const AppState& s) { return !s.undo_stack.empty() || s.edit_pending; }
bool CanRedo(const AppState& s) { return !s.redo_stack.empty(); }

void Undo(AppState& s) {
    CommitEdit(s);
    s.ui.criteria.pending_editor.reset();
    if (s.undo_stack.empty()) return;
    s.redo_stack.push_back(s.profile);
    s.profile = s.undo_stack.back();
    s.undo_stack.pop_back();
    s.committed = s.profile;
    Touch(s);
}

void Redo(AppState& s) {
    s.ui.criteria.pending_editor.reset();
    if (s.redo_stack.empty()) return;
    s.undo_stack.push_back(s.profile);
    s.profile = s.redo_stack.back();
    s.redo_stack.pop_back();
    s.committed = s.profile;
    Touch(s);
}

bool SetLanguage(AppState& s, const std::string& lang) {
    if (lang != "en" && lang != "fr") return false;
    s.lang = lang;
    return true;
}

bool SetCurrency(AppState& s, const std::string& code) {
    if (code != "USD" && code != "EUR" && !code.empty()) return false;
    s.currency = code;
    return true;
}

bool SetUsdPerEur(AppState& s, double rate) {
    if (!std::isfinite(rate) || rate < 0.01 || rate > 100) return false;
    s.usd_per_eur = rate;
    return true;
}

MoneyDisplay Money(const AppState& s) {
    MoneyDisplay m;
    m.eur = s.currency.empty() ? s.lang == "fr" : s.currency == "EUR";
    m.usd_per_eur = s.usd_per_eur;
    return m;
}

const char* ViewName(View v) {
    switch (v) {
        case View::kPanorama: return "panorama";
        case View::kCriteria: return "criteria";
        case View::kWorkload: return "workload";
        case View::kDecision: return "decision";
    }
    return "panorama";
}

bool SetView(AppState& s, const std::string& view) {
    for (View v : {View::kPanorama, View::kCriteria, View::kWorkload, View::kDecision})
        if (view == ViewName(v)) {
            s.view = v;
            s.ui.view_set_externally = true;
            return true;
        }
    return false;
}

const char* ThemeName(Theme t) {
    switch (t) {
        case Theme::kSystem: return "system";
        case Theme::kDark: return "dark";
        case Theme::kLight: return "light";
    }
    return "system";
}

bool SetTheme(AppState& s, const std::string& theme) {
    for (Theme t : {Theme::kSystem, Theme::kDark, Theme::kLight})
        if (theme == ThemeName(t)) {
            s.theme = t;
            return true;
        }
    return false;
}

bool IsDark(const AppState& s) { return s.theme == Theme::kDark || (s.theme == Theme::kSystem && s.system_prefers_dark); }

void ApplyPreset(AppState& s, const Preset& p) {
    SetProfile(s, p.profile);
    s.active_preset = p.id;
}

bool ApplyPresetById(AppState& s, const std::string& id) {
    if (const Preset* p = FindPreset(id)) {
        ApplyPreset(s, *p);
        return true;
    }
    for (const UserPreset& u : s.user_presets)
        if (u.name == id) {
            SetProfile(s, u.profile);
            s.active_preset = u.name;
            return true;
        }
    return false;
}

void SaveUserPreset(AppState& s, const std::string& name) {
    CommitEdit(s);
    for (UserPreset& u : s.user_presets)
        if (u.name == name) {
            u.profile = s.profile;
            u.profile.name = name;
            return;
        }
    UserPreset u{name, s.profile};
    u.profile.name = name;
    s.user_presets.push_back(std::move(u));
    s.active_preset = name;
}

void DeleteUserPreset(AppState& s, const std::string& name) {
    s.user_presets.erase(std::remove_if(s.user_presets.begin(), s.user_presets.end(),
                                        [&](const UserPreset& u) { return u.name == name; }),
                         s.user_presets.end());
}

void Select(AppState& s, const std::string& model_id) {
    s.selected_model = model_id;
    s.selected_auto = false;
}

bool InCompare(const AppState& s, const std::string& model_id) {
    return std::find(s.compare.begin(), s.compare.end(), model_id) != s.compare.end();
}

bool ToggleCompare(AppState& s, const std::string& model_id) {
    auto it = std::find(s.compare.begin(), s.compare.end(), model_id);
    if (it != s.compare.end()) {
        s.compare_auto = false;
        s.compare.erase(it);
        return true;
    }
    if (CompareFull(s)) {
        const Model* m = s.catalog.FindModel(model_id);
        Notify(s, Notification::Level::kWarning, Format(Tr(s.lang, "compare.full_notice"), m ? m->name.c_str() : model_id.c_str()));
        return false;
    }
    s.compare_auto = false;
    s.compare.push_back(model_id);
    return true;
}

bool CompareFull(const AppState& s) { return s.compare.size() >= kMaxCompare; }

void SetCompareToTop(AppState& s, int n) {
    s.compare_auto = false;
    s.compare.clear();
    for (int i = 0; i < n && i < static_cast<int>(s.result.order.size()); ++i)
        s.compare.push_back(s.result.rows[static_cast<std::size_t>(s.result.order[static_cast<std::size_t>(i)])].id);
}

void Notify(AppState& s, Notification::Level level, std::string text) {
    Notification n;
    n.level = level;
    n.text = std::move(text);
    n.seconds_left = level == Notification::Level::kError ? 10.0 : 5.0;
    s.notifications.push_back(std::move(n));
    ++s.notifications_posted;
    while (s.notifications.size() > 4) s.notifications.pop_front();
}

void RequestConfirmation(AppState& s, std::string title, std::string message, std::function<void(AppState&)> on_yes) {
    s.confirmations.push_back({std::move(title), std::move(message), std::move(on_yes)});
}

void RequestAction(AppState& s, ActionRequest a) { s.action_requests.push_back(a); }

std::vector<ActionRequest> TakeActionRequests(AppState& s) {
    std::vector<ActionRequest> out;
    out.swap(s.action_requests);
    return out;
}

bool HasCriterion(const Profile& p, const std::string& id) {
    return std::any_of(p.criteria.begin(), p.criteria.end(), [&](const CriterionChoice& c) { return c.id == id; });
}

void AddCriterion(AppState& s, const std::string& id) {
    if (HasCriterion(s.profile, id)) return;
    CriterionChoice c;
    c.id = id;
    c.weight = 1.0;
    int max_rank = 0;
    double mean_weight = 0;
    for (const auto& e : s.profile.criteria) {
        max_rank = std::max(max_rank, e.rank.value_or(0));
        mean_weight += e.weight.value_or(0);
    }
    if (!s.profile.criteria.empty()) c.weight = std::max(1.0, mean_weight / static_cast<double>(s.profile.criteria.size()));
    c.rank = max_rank + 1;
    c.points = 50;
    s.profile.criteria.push_back(c);
    ResizePairwise(s.profile, s.profile.criteria.size());
    MarkEdited(s);
    CommitEdit(s);
}

void RemoveCriterion(AppState& s, const std::string& id) {
    auto& cs = s.profile.criteria;
    for (std::size_t j = 0; j < cs.size(); ++j) {
        if (cs[j].id != id) continue;
        cs.erase(cs.begin() + static_cast<std::ptrdiff_t>(j));
        auto& m = s.profile.weighting.pairwise;
        if (j < m.size()) {
            m.erase(m.begin() + static_cast<std::ptrdiff_t>(j));
            for (auto& row : m)
                if (j < row.size()) row.erase(row.begin() + static_cast<std::ptrdiff_t>(j));
        }
        auto& pc = s.profile.pareto_criteria;
        pc.erase(std::remove(pc.begin(), pc.end(), id), pc.end());
        MarkEdited(s);
        CommitEdit(s);
        return;
    }
}

namespace {

// The current normalised weights (equal weights when the engine has none for these criteria).
std::vector<double> CurrentWeights(const AppState& s) {
    const std::size_t n = s.profile.criteria.size();
    std::vector<double> w(n, n ? 1.0 / static_cast<double>(n) : 0.0);
    if (s.result.weights.weights.size() == n)
        for (std::size_t j = 0; j < n; ++j) w[j] = s.result.weights.weights[j];
    return w;
}

// Fills `mode`'s inputs (weights, ranks, points or judgements) from the current weights; the mode is unchanged.
void FillWeightInputs(AppState& s, WeightMode mode) {
    Profile& p = s.profile;
    const std::size_t n = p.criteria.size();
    const std::vector<double> w = CurrentWeights(s);
    const double wmax = n ? *std::max_element(w.begin(), w.end()) : 1.0;
    std::vector<std::size_t> order(n);
    for (std::size_t j = 0; j < n; ++j) order[j] = j;
    StableSortIndices(order, [&](std::size_t a, std::size_t b) { return w[a] > w[b]; });
    for (std::size_t k = 0; k < n; ++k) {
        CriterionChoice& c = p.criteria[order[k]];
        if (!c.weight || mode == WeightMode::kDirect) c.weight = 100.0 * w[order[k]];
        if (mode == WeightMode::kRankOrder) c.rank = static_cast<int>(k) + 1;
        if (mode == WeightMode::kSwing) c.points = wmax > 0 ? 100.0 * w[order[k]] / wmax : 50.0;
    }
    if (mode == WeightMode::kAhp) {
        auto& m = p.weighting.pairwise;
        m.assign(n, std::vector<double>(n, 1.0));
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const double r = (w[j] > 0 && w[i] > 0) ? std::clamp(w[i] / w[j], 1.0 / 9.0, 9.0) : 1.0;
                m[i][j] = r;
                m[j][i] = 1.0 / r;
            }
    }
}

}  // namespace

void SwitchWeightMode(AppState& s, WeightMode mode) {
    s.ui.criteria.pending_editor.reset();
    if (s.profile.weighting.mode == mode) return;
    FillWeightInputs(s, mode);
    s.profile.weighting.mode = mode;
    MarkEdited(s);
    CommitEdit(s);
}

void ShowWeightEditor(AppState& s, WeightMode mode) {
    if (mode == s.profile.weighting.mode) {
        s.ui.criteria.pending_editor.reset();
        return;
    }
    s.ui.criteria.pending_editor = mode;
    if (mode == WeightMode::kEntropy || mode == WeightMode::kCritic || mode == WeightMode::kStd ||
        mode == WeightMode::kMerec)
        return;  // data modes have no inputs to fill
    // One undo step that changes only the new editor's inputs: the decision is the same.
    FillWeightInputs(s, mode);
    MarkEdited(s);
    CommitEdit(s);
}

WeightMode ShownWeightMode(const AppState& s) { return s.ui.criteria.pending_editor.value_or(s.profile.weighting.mode); }

void AdoptShownWeightEditor(AppState& s) {
    if (!s.ui.criteria.pending_editor) return;
    s.profile.weighting.mode = *s.ui.criteria.pending_editor;
    s.ui.criteria.pending_editor.reset();
}

void SetWeightShare(AppState& s, std::size_t j, double percent, const std::vector<double>& start) {
    auto& cs = s.profile.criteria;
    const std::size_t n = cs.size();
    if (j >= n || !std::isfinite(percent)) return;
    percent = n == 1 ? 100.0 : std::clamp(percent, 0.0, 100.0);
    std::vector<double> base(n);
    for (std::size_t k = 0; k < n; ++k) base[k] = std::max(0.0, start.size() == n ? start[k] : cs[k].weight.value_or(0));
    double others = 0;
    for (std::size_t k = 0; k < n; ++k)
        if (k != j) others += base[k];
    for (std::size_t k = 0; k < n; ++k) {
        if (k == j) cs[k].weight = percent;
        else if (others > 0) cs[k].weight = base[k] * (100.0 - percent) / others;
        else cs[k].weight = (100.0 - percent) / static_cast<double>(n - 1);
    }
}

void SetRankOrder(AppState& s, const std::vector<std::string>& ids) {
    for (std::size_t k = 0; k < ids.size(); ++k)
        for (CriterionChoice& c : s.profile.criteria)
            if (c.id == ids[k]) c.rank = static_cast<int>(k) + 1;
    MarkEdited(s);
    CommitEdit(s);
}

std::string AddUserCriterion(AppState& s, const std::string& name, const std::string& unit, Direction direction) {
    std::string slug;
    for (unsigned char ch : name) {
        if (std::isalnum(ch)) slug += static_cast<char>(std::tolower(ch));
        else if (!slug.empty() && slug.back() != '_') slug += '_';
    }
    while (!slug.empty() && slug.back() == '_') slug.pop_back();
    if (slug.empty()) slug = "measure";
    std::string id = slug;
    for (int k = 2;; ++k) {
        bool taken = false;
        for (const auto& u : s.profile.user_criteria) taken |= u.id == id;
        if (!taken) break;
        id = slug + "_" + std::to_string(k);
    }
    UserCriterion u;
    u.id = id;
    u.name = name.empty() ? id : name;
    u.unit = unit;
    u.direction = direction;
    s.profile.user_criteria.push_back(u);
    MarkEdited(s);
    CommitEdit(s);
    return "user." + id;
}

void RemoveUserCriterion(AppState& s, const std::string& criterion_id) {
    RemoveCriterion(s, criterion_id);
    const std::string uid = criterion_id.rfind("user.", 0) == 0 ? criterion_id.substr(5) : criterion_id;
    auto& v = s.profile.user_criteria;
    v.erase(std::remove_if(v.begin(), v.end(), [&](const UserCriterion& u) { return u.id == uid; }), v.end());
    MarkEdited(s);
    CommitEdit(s);
}

void SetUserValue(AppState& s, const std::string& criterion_id, const std::string& model_id,
                  std::optional<double> value) {
    const std::string uid = criterion_id.rfind("user.", 0) == 0 ? criterion_id.substr(5) : criterion_id;
    UserCriterion* uc = nullptr;
    for (auto& u : s.profile.user_criteria)
        if (u.id == uid) uc = &u;
    if (!uc) {
        if (!value) return;
        UserCriterion u;
        u.id = uid;
        u.name = uid;
        s.profile.user_criteria.push_back(u);
        uc = &s.profile.user_criteria.back();
    }
    auto it = std::find_if(uc->values.begin(), uc->values.end(), [&](const auto& kv) { return kv.first == model_id; });
    if (!value) {
        if (it != uc->values.end()) uc->values.erase(it);
    } else if (it != uc->values.end()) {
        it->second = *value;
    } else {
        uc->values.emplace_back(model_id, *value);
    }
    MarkEdited(s);
}

}  // namespace mm::app
