// Saved-state format. Version history:
//   1: {"format":"modelmatrix-state","version":1,"profile":{…},"lang":"fr"}
//   2: {"format":"modelmatrix-state","version":2,"profile":{…},"user_presets":[{"name","profile"}],
//       "overlay":{overlay}|null,"prefs":{"lang","theme","view"[,"currency","usd_per_eur","preset","start_hint_seen"]}}
//      (currency "USD" | "EUR", absent = follows the language; all optional, so older saves still load)
//      [,"compare":{"follow_top":bool,"models":[ids]}]  (the side-by-side set, an empty one included)
#include "app/persist.h"

#include "app/actions.h"
#include "engine/io/profile_io.h"

namespace mm::app {

namespace {

std::vector<std::string> Lines(const std::vector<Issue>& issues) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < issues.size() && i < 20; ++i) out.push_back(issues[i].ToString());
    return out;
}

// Rewrites a version-1 document as version 2.
Json MigrateV1(const Json& v1) {
    Json v2;
    v2["format"] = "modelmatrix-state";
    v2["version"] = 2;
    v2["profile"] = v1.contains("profile") ? v1.at("profile") : Json(nullptr);
    v2["user_presets"] = Json::array();
    v2["overlay"] = nullptr;
    v2["prefs"] = {{"lang", v1.value("lang", std::string("en"))}, {"theme", "system"}, {"view", "panorama"}};
    return v2;
}

}  // namespace

std::string SerializeState(const AppState& s) {
    Json j;
    j["format"] = "modelmatrix-state";
    j["version"] = kStateVersion;
    j["profile"] = s.profile;
    j["user_presets"] = Json::array();
    for (const UserPreset& p : s.user_presets) j["user_presets"].push_back({{"name", p.name}, {"profile", p.profile}});
    j["overlay"] = s.overlay ? OverlayToJson(*s.overlay) : Json(nullptr);
    j["prefs"] = {{"lang", s.lang}, {"theme", ThemeName(s.theme)}, {"view", ViewName(s.view)}, {"usd_per_eur", s.usd_per_eur},
                  {"start_hint_seen", s.start_hint_seen}};
    if (!s.currency.empty()) j["prefs"]["currency"] = s.currency;
    if (!s.active_preset.empty()) j["prefs"]["preset"] = s.active_preset;
    j["compare"] = {{"follow_top", s.compare_auto}, {"models", s.compare}};
    return j.dump();
}

RestoreOutcome RestoreState(AppState& s, const std::string& text) {
    RestoreOutcome out;
    std::vector<Issue> issues;
    auto doc = ParseJson(text, issues);
    if (!doc) {
        out.errors = Lines(issues);
        return out;
    }
    JsonReader r(issues);
    if (!doc->is_object() || !doc->contains("format") || (*doc)["format"] != "modelmatrix-state") {
        out.errors.push_back("format: not a ModelMatrix saved state (expected \"modelmatrix-state\")");
        return out;
    }
    auto version = r.Integer(doc->contains("version") ? (*doc)["version"] : Json(nullptr), "version", 1, kStateVersion);
    if (!version) {
        out.errors = Lines(issues);
        if (doc->contains("version") && (*doc)["version"].is_number() && (*doc)["version"].get<double>() > kStateVersion)
            out.errors.back() += " (saved by a newer ModelMatrix)";
        return out;
    }
    out.version = static_cast<int>(*version);
    Json d = *doc;
    if (*version == 1) {
        d = MigrateV1(d);
        out.migrated = true;
    }
    if (!r.Object(d, "", {"format", "version", "profile", "user_presets", "overlay", "prefs", "compare"})) {
        out.errors = Lines(issues);
        return out;
    }
    // Read everything into temporaries; touch the state only when all of it is valid.
    AppState next_prefs;
    std::optional<Profile> profile;
    if (const Json* p = r.Required(d, "profile", "")) {
        ProfileLoad load = ReadProfile(*p);
        for (Issue i : load.issues) {
            i.path = JoinPath("profile", i.path);
            issues.push_back(i);
        }
        profile = load.profile;
    }
    std::vector<UserPreset> presets;
    if (const Json* ps = r.Optional(d, "user_presets")) {
        if (!ps->is_array()) r.Fail("user_presets", "expected an array, got " + Describe(*ps));
        else
            for (std::size_t i = 0; i < ps->size(); ++i) {
                const std::string path = JoinPath("user_presets", i);
                if (!r.Object((*ps)[i], path, {"name", "profile"})) continue;
                UserPreset up;
                if (auto n = r.Required((*ps)[i], "name", path)) up.name = r.String(*n, JoinPath(path, "name")).value_or("");
                if (auto pj = r.Required((*ps)[i], "profile", path)) {
                    ProfileLoad load = ReadProfile(*pj);
                    for (Issue is : load.issues) {
                        is.path = JoinPath(JoinPath(path, "profile"), is.path);
                        issues.push_back(is);
                    }
                    if (load.profile) up.profile = *load.profile;
                }
                presets.push_back(std::move(up));
            }
    }
    std::optional<Overlay> overlay;
    if (const Json* o = r.Optional(d, "overlay")) {
        std::vector<Issue> oi;
        overlay = ParseOverlay(o->dump(), "saved.json", oi);
        for (Issue i : oi) {
            i.path = JoinPath("overlay", i.path);
            issues.push_back(i);
        }
    }
    std::string lang = s.lang, theme = ThemeName(s.theme), view = ViewName(s.view), preset;
    std::string currency = s.currency;
    double usd_per_eur = s.usd_per_eur;
    bool hint_seen = false;
    if (const Json* pr = r.Optional(d, "prefs");
        pr && r.Object(*pr, "prefs", {"lang", "theme", "view", "currency", "usd_per_eur", "preset", "start_hint_seen"})) {
        if (auto v = r.Optional(*pr, "lang")) lang = r.String(*v, "prefs.lang").value_or(lang);
        if (auto v = r.Optional(*pr, "theme")) theme = r.String(*v, "prefs.theme").value_or(theme);
        if (auto v = r.Optional(*pr, "view")) view = r.String(*v, "prefs.view").value_or(view);
        if (auto v = r.Optional(*pr, "currency")) currency = r.String(*v, "prefs.currency").value_or(currency);
        if (auto v = r.Optional(*pr, "usd_per_eur")) usd_per_eur = r.Number(*v, "prefs.usd_per_eur", 0.01, 100).value_or(usd_per_eur);
        if (auto v = r.Optional(*pr, "preset")) preset = r.String(*v, "prefs.preset").value_or("");
        if (auto v = r.Optional(*pr, "start_hint_seen")) {
            if (v->is_boolean()) hint_seen = v->get<bool>();
            else r.Fail("prefs.start_hint_seen", "expected true or false, got " + Describe(*v));
        }
    }
    // The comparison set: ids the catalog no longer has are dropped.
    bool compare_auto = s.compare_auto;
    std::vector<std::string> compare;
    bool compare_saved = false;
    if (const Json* cj = r.Optional(d, "compare"); cj && r.Object(*cj, "compare", {"follow_top", "models"})) {
        compare_saved = true;
        if (auto v = r.Optional(*cj, "follow_top")) compare_auto = r.Bool(*v, "compare.follow_top").value_or(compare_auto);
        if (auto v = r.Optional(*cj, "models")) {
            if (!v->is_array()) r.Fail("compare.models", "expected an array, got " + Describe(*v));
            else
                for (std::size_t i = 0; i < v->size() && compare.size() < kMaxCompare; ++i)
                    if (auto id = r.String((*v)[i], JoinPath("compare.models", i))) compare.push_back(*id);
        }
    }
    if (!SetCurrency(next_prefs, currency)) r.Fail("prefs.currency", "unknown currency \"" + currency + "\" (expected USD or EUR)");
    SetUsdPerEur(next_prefs, usd_per_eur);
    if (!SetLanguage(next_prefs, lang)) r.Fail("prefs.lang", "unknown language \"" + lang + "\" (expected en or fr)");
    if (!SetTheme(next_prefs, theme)) r.Fail("prefs.theme", "unknown theme \"" + theme + "\"");
    if (!SetView(next_prefs, view)) r.Fail("prefs.view", "unknown view \"" + view + "\"");
    if (!issues.empty()) {
        out.errors = Lines(issues);
        return out;
    }
    // Check references against the catalog the state will have.
    Catalog catalog = s.base_catalog;
    if (overlay) {
        auto merged = ApplyOverlay(s.base_catalog, *overlay, s.today, issues);
        if (!merged) {
            for (Issue& i : issues) i.path = JoinPath("overlay", i.path);
            out.errors = Lines(issues);
            return out;
        }
        catalog = std::move(*merged);
    }
    for (Issue i : ValidateProfile(*profile, catalog)) {
        i.path = JoinPath("profile", i.path);
        issues.push_back(i);
    }
    if (!issues.empty()) {
        out.errors = Lines(issues);
        return out;
    }
    s.catalog = std::move(catalog);
    s.overlay = std::move(overlay);
    CatalogChanged(s);
    s.user_presets = std::move(presets);
    s.lang = next_prefs.lang;
    s.theme = next_prefs.theme;
    s.view = next_prefs.view;
    s.currency = next_prefs.currency;
    s.usd_per_eur = next_prefs.usd_per_eur;
    SetProfile(s, *profile);
    if (compare_saved) {
        s.compare_auto = compare_auto;
        s.compare.clear();
        for (const std::string& id : compare)
            if (s.catalog.FindModel(id)) s.compare.push_back(id);
    }
    // The starting point the status line names: a preset that still exists, else the profile's own name.
    bool known = FindPreset(preset) != nullptr;
    for (const UserPreset& u : s.user_presets) known |= u.name == preset;
    s.active_preset = known ? preset : "";
    s.start_hint_seen = hint_seen;
    s.undo_stack.clear();  // a restored session starts with a clean history
    s.redo_stack.clear();
    out.ok = true;
    return out;
}

}  // namespace mm::app
