// Imports (profile JSON, decision JSON, private overlay JSON/CSV) and permalinks. Everything is validated
// before the state changes: a rejected input leaves the user's work exactly as it was.
#include <algorithm>

#include "app/actions.h"
#include "app/i18n.h"
#include "app/permalink.h"
#include "engine/io/profile_io.h"

namespace mm::app {

namespace {

constexpr std::size_t kMaxImportBytes = 16u << 20;

std::vector<std::string> Lines(const std::vector<Issue>& issues, std::size_t max = 20) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < issues.size() && i < max; ++i) out.push_back(issues[i].ToString());
    if (issues.size() > max) out.push_back("… " + std::to_string(issues.size() - max) + " more");
    return out;
}

const char* T(const AppState& s, const char* key) { return Tr(s.lang, key); }

ImportOutcome Reject(AppState& s, const std::string& name, std::vector<std::string> errors) {
    ImportOutcome out;
    out.errors = std::move(errors);
    Notify(s, Notification::Level::kError,
           std::string(T(s, "import.import_refused_nothing_changed")) + name + ": " +
               (out.errors.empty() ? std::string() : out.errors.front()));
    return out;
}

ImportOutcome ImportProfile(AppState& s, const std::string& name, const Json& doc) {
    ProfileLoad load = ReadProfile(doc);
    if (!load.Ok()) return Reject(s, name, Lines(load.issues));
    std::vector<Issue> refs = ValidateProfile(*load.profile, s.catalog);
    if (!refs.empty()) return Reject(s, name, Lines(refs));
    SetProfile(s, *load.profile);
    ImportOutcome out;
    out.ok = true;
    out.summary = std::string(T(s, "import.profile_imported")) + (load.profile->name.empty() ? name : load.profile->name);
    Notify(s, Notification::Level::kSuccess, out.summary);
    return out;
}

}  // namespace

bool ApplyOverlayToState(AppState& s, const Overlay& overlay, std::vector<std::string>* errors) {
    std::vector<Issue> issues;
    auto merged = ApplyOverlay(s.base_catalog, overlay, s.today, issues);
    if (merged) {
        std::vector<Issue> refs = ValidateProfile(s.profile, *merged);
        if (!refs.empty()) {
            issues.push_back({"", "the current profile would no longer be valid with this overlay:"});
            issues.insert(issues.end(), refs.begin(), refs.end());
            merged.reset();
        }
    }
    if (!merged) {
        if (errors) *errors = Lines(issues);
        return false;
    }
    s.catalog = std::move(*merged);
    s.overlay = overlay;
    CatalogChanged(s);
    return true;
}

bool ReplaceBaseCatalog(AppState& s, Catalog base) {
    if (!base.selfhost) base.selfhost = s.base_catalog.selfhost;  // the self-hosting data outlives a catalog reload
    std::optional<Catalog> merged;
    if (s.overlay) {
        std::vector<Issue> issues;
        merged = ApplyOverlay(base, *s.overlay, s.today, issues);
        if (!merged) return false;
    }
    s.base_catalog = std::move(base);
    s.catalog = merged ? std::move(*merged) : s.base_catalog;
    CatalogChanged(s);
    return true;
}

ImportOutcome ImportFile(AppState& s, const std::string& name, const std::string& content) {
    if (content.size() > kMaxImportBytes)
        return Reject(s, name, {std::string(T(s, "import.file_over_the_limit_of_16_mib"))});
    const std::size_t first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = first != std::string::npos && content[first] == '{';
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool csv_name = lower.size() >= 4 && (lower.substr(lower.size() - 4) == ".csv" || lower.substr(lower.size() - 4) == ".tsv");
    if (json && !csv_name) {
        std::vector<Issue> issues;
        auto doc = ParseJson(content, issues);
        if (!doc) return Reject(s, name, Lines(issues));
        const std::string format = doc->is_object() && doc->contains("format") && (*doc)["format"].is_string()
                                       ? (*doc)["format"].get<std::string>() : "";
        if (format == "modelmatrix-profile") return ImportProfile(s, name, *doc);
        if (format == "modelmatrix-decision" && doc->contains("profile")) return ImportProfile(s, name, (*doc)["profile"]);
        if (format != "modelmatrix-overlay")
            return Reject(s, name, {std::string("format: ") + T(s, "import.expected_modelmatrix_profile_or_modelm") +
                                    (format.empty() ? std::string("nothing") : "\"" + format + "\"")});
    }
    std::vector<Issue> issues;
    auto overlay = ParseOverlay(content, name, issues);
    if (!overlay) return Reject(s, name, Lines(issues));
    std::vector<std::string> errors;
    if (!ApplyOverlayToState(s, *overlay, &errors)) return Reject(s, name, errors);
    ImportOutcome out;
    out.ok = true;
    out.summary = std::string(T(s, "import.private_overlay_loaded")) + std::to_string(overlay->models.size()) +
                  T(s, "import.models_from") + overlay->name;
    Notify(s, Notification::Level::kSuccess, out.summary);
    return out;
}

std::string ShareFragment(const AppState& state) {
    Json j = state.profile;
    return EncodePermalink(j.dump());
}

bool OpenShareFragment(AppState& s, const std::string& fragment, std::vector<std::string>* errors) {
    std::string error;
    auto text = DecodePermalink(fragment, error);
    std::vector<std::string> problems;
    if (!text) problems.push_back(error);
    else {
        ProfileLoad load = LoadProfile(*text);
        if (!load.Ok()) problems = Lines(load.issues);
        else if (auto refs = ValidateProfile(*load.profile, s.catalog); !refs.empty()) problems = Lines(refs);
        else {
            SetProfile(s, *load.profile);
            Notify(s, Notification::Level::kSuccess, T(s, "import.decision_opened_from_the_link"));
            return true;
        }
    }
    Notify(s, Notification::Level::kError,
           std::string(T(s, "import.this_link_could_not_be_opened_nothing")) +
               problems.front());
    if (errors) *errors = problems;
    return false;
}

}  // namespace mm::app
