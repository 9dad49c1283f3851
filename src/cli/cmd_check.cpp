// `check FILE [--kind K] [--catalog C]`: runs the app's own import code (catalog loader, ImportFile, RestoreState,
// OpenShareFragment, the mcda cases reader) on a user file, so scripts get the answer the GUI would give.
// Exit 0 "FILE: valid (…)" on stdout; 1 with one line per problem on stderr ("FILE: path: message"); 2 on usage.
#include <iostream>
#include <memory>

#include "app/actions.h"
#include "app/permalink.h"
#include "app/persist.h"
#include "cli/commands.h"
#include "engine/io/catalog_io.h"
#include "cli/reference/reference_cases.h"
#include "platform/file_io.h"

namespace mm::cli {

namespace {

// Largest file each kind accepts, checked before parsing. The same figures as where the app reads them
// (import.cpp 16 MiB, desktop state file 64 MiB, CatalogLimits, the permalink codec); docs/LIMITS.md lists them.
constexpr std::size_t kMaxCatalogBytes = CatalogLimits{}.max_bytes;
constexpr std::size_t kMaxImportBytes = 16u << 20;
constexpr std::size_t kMaxStateBytes = 64u << 20;
constexpr std::size_t kMaxCasesBytes = 64u << 20;
constexpr std::size_t kMaxFragmentBytes = app::kMaxPermalinkBytes * 2 + 256;  // base64 of the compressed JSON + URL

std::size_t LimitFor(const std::string& kind) {
    if (kind == "catalog") return kMaxCatalogBytes;
    if (kind == "state") return kMaxStateBytes;
    if (kind == "cases") return kMaxCasesBytes;
    if (kind == "permalink") return kMaxFragmentBytes;
    return kMaxImportBytes;  // profile, overlay
}

std::string Count(std::size_t n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

std::string Criteria(std::size_t n) { return std::to_string(n) + (n == 1 ? " criterion" : " criteria"); }

std::string SizeText(std::size_t bytes) {
    if (bytes >= (1u << 20)) return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes >> 10) + " KiB";
}

bool EndsWith(std::string s, std::string_view tail) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The value of the first top-level-looking "format" key in the first few KiB, without parsing the whole
// document (a 100 000-model catalog would otherwise be parsed twice). Empty when not found.
std::string SniffFormat(std::string_view text) {
    std::string_view head = text.substr(0, 4096);
    auto key = head.find("\"format\"");
    if (key == std::string_view::npos) return "";
    auto colon = head.find_first_not_of(" \t\r\n", key + 8);
    if (colon == std::string_view::npos || head[colon] != ':') return "";
    auto open = head.find_first_not_of(" \t\r\n", colon + 1);
    if (open == std::string_view::npos || head[open] != '"') return "";
    auto close = head.find('"', open + 1);
    if (close == std::string_view::npos) return "";
    return std::string(head.substr(open + 1, close - open - 1));
}

// Picks the kind from the name and content; "" with `why` set when it cannot tell.
std::string DetectKind(const std::string& path, std::string_view text, std::string& why) {
    if (EndsWith(path, ".csv") || EndsWith(path, ".tsv")) return "overlay";
    std::string_view t = text;
    if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
    const auto first = t.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        why = "the file is empty";
        return "";
    }
    t.remove_prefix(first);
    if (t.substr(0, 3) == "#p1" || t.substr(0, 2) == "p1" || t.substr(0, 4) == "http") return "permalink";
    if (t.front() != '{') {
        why = "not a ModelMatrix file (expected a JSON object, a CSV overlay or a #p1… link); use --kind";
        return "";
    }
    const std::string format = SniffFormat(t);
    if (format == "modelmatrix-catalog") return "catalog";
    if (format == "modelmatrix-profile" || format == "modelmatrix-decision") return "profile";
    if (format == "modelmatrix-overlay") return "overlay";
    if (format == "modelmatrix-state") return "state";
    if (format.empty() && t.substr(0, 4096).find("\"cases\"") != std::string_view::npos) return "cases";
    why = "format: " + (format.empty() ? std::string("no \"format\" key") : "unknown format \"" + format + "\"") +
          " (expected modelmatrix-catalog, -profile, -decision, -overlay or -state, or a {\"cases\":[…]} file); use --kind";
    return "";
}

// An app state on `catalog`, as the GUI has it after start-up (default profile, first ranking).
std::unique_ptr<app::AppState> FreshState(const Catalog& catalog) {
    auto s = std::make_unique<app::AppState>();
    s->base_catalog = catalog;
    s->catalog = catalog;
    s->today = platform::TodayIso();
    app::Init(*s);
    return s;
}

int Report(const std::string& path, const std::vector<std::string>& errors) {
    for (const std::string& e : errors) std::cerr << path << ": " << e << "\n";
    return 1;
}

int CheckCatalog(const std::string& path, const std::string& text) {
    CatalogLoadOptions options;
    options.today = platform::TodayIso();
    CatalogLoad load = LoadCatalog(text, options);
    if (!load.Ok()) {
        for (const Issue& i : load.issues) std::cerr << path << ": " << i.ToString() << "\n";
        return 1;
    }
    std::cout << path << ": valid (catalog, " << load.catalog->models.size() << " models, "
              << load.catalog->sources.size() << " sources, as of " << load.catalog->as_of << ")\n";
    return 0;
}

// Profiles and overlays go through app::ImportFile, the GUI's own import; the kind is checked first so that a
// profile given as --kind overlay (or the reverse) is refused rather than imported as the other thing.
int CheckImport(const std::string& path, const std::string& text, const std::string& kind, const Catalog& catalog) {
    const bool csv = EndsWith(path, ".csv") || EndsWith(path, ".tsv");
    if (!csv) {
        const std::string format = SniffFormat(text);
        const bool is_profile = format == "modelmatrix-profile" || format == "modelmatrix-decision";
        if (kind == "profile" && !is_profile && !format.empty())
            return Report(path, {"format: expected \"modelmatrix-profile\" or \"modelmatrix-decision\", got \"" + format + "\""});
        if (kind == "overlay" && is_profile)
            return Report(path, {"format: expected \"modelmatrix-overlay\", got \"" + format + "\""});
    } else if (kind == "profile") {
        return Report(path, {"a profile is a JSON file, not CSV"});
    }
    auto state = FreshState(catalog);
    // The GUI names an import by its file name (no directory): the overlay keeps that name.
    const std::string name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
    app::ImportOutcome out = app::ImportFile(*state, name, text);
    if (!out.ok) return Report(path, out.errors);
    if (kind == "profile") {
        std::cout << path << ": valid (profile \"" << state->profile.name << "\", " << Criteria(state->profile.criteria.size())
                  << ", " << state->result.rows.size() << " of " << catalog.models.size() << " models ranked)\n";
    } else {
        const std::size_t own = state->overlay ? state->overlay->models.size() : 0;
        std::cout << path << ": valid (overlay \"" << (state->overlay ? state->overlay->name : "") << "\", " << Count(own, "model")
                  << ", catalog " << catalog.models.size() << " -> " << state->catalog.models.size() << " models)\n";
    }
    return 0;
}

int CheckPermalink(const std::string& path, std::string text, const Catalog& catalog) {
    // The file holds a fragment, possibly a whole URL and a trailing newline: keep what follows the last '#'.
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    const auto hash = text.rfind('#');
    std::string fragment = hash == std::string::npos ? text : text.substr(hash + 1);
    const auto start = fragment.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    fragment = start == std::string::npos ? std::string() : fragment.substr(start);
    auto state = FreshState(catalog);
    std::vector<std::string> errors;
    if (!app::OpenShareFragment(*state, fragment, &errors)) return Report(path, errors);
    std::cout << path << ": valid (permalink, profile \"" << state->profile.name << "\", "
              << Criteria(state->profile.criteria.size()) << ")\n";
    return 0;
}

int CheckState(const std::string& path, const std::string& text, const Catalog& catalog) {
    auto state = FreshState(catalog);
    app::RestoreOutcome out = app::RestoreState(*state, text);
    if (!out.ok) return Report(path, out.errors);
    std::cout << path << ": valid (saved state version " << out.version << (out.migrated ? ", migrated" : "")
              << ", profile \"" << state->profile.name << "\", " << Count(state->user_presets.size(), "user preset") << ", "
              << (state->overlay ? "an overlay" : "no overlay") << ")\n";
    return 0;
}

int CheckCases(const std::string& path, const std::string& text) {
    std::vector<Issue> issues;
    ParseLimits limits;
    limits.max_bytes = kMaxCasesBytes;
    auto doc = ParseJson(text, issues, limits);
    if (!doc) {
        for (const Issue& i : issues) std::cerr << path << ": " << i.ToString() << "\n";
        return 1;
    }
    try {
        Json out = mcda::RunReferenceCases(*doc);
        std::vector<std::string> errors;
        const Json& results = out.at("results");
        for (std::size_t i = 0; i < results.size(); ++i)
            if (results[i].contains("error"))
                errors.push_back(results[i]["error"].is_string() ? results[i]["error"].get<std::string>()
                                                                  : results[i]["error"].dump());
        if (!errors.empty()) return Report(path, errors);
        std::cout << path << ": valid (mcda cases, " << Count(results.size(), "case") << " computed)\n";
        return 0;
    } catch (const mcda::MalformedDocument& e) {
        return Report(path, {e.what()});
    }
}

}  // namespace

void AddCheck(CLI::App& app, Commands& commands) {
    struct Args {
        std::string path, kind = "auto", catalog;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand(
        "check", "Check a user file with the app's own import code: catalog, profile, overlay (JSON/CSV), permalink, "
                 "saved state or mcda cases");
    cmd->add_option("file", args->path, "file to check")->required();
    cmd->add_option("--kind", args->kind, "what the file is (default: guessed from its name and content)")
        ->check(CLI::IsMember({"auto", "catalog", "profile", "overlay", "permalink", "state", "cases"}));
    cmd->add_option("--catalog", args->catalog, "catalog the file refers to (default: the embedded one)");
    cmd->callback([args, &commands] {
        const std::string& path = args->path;
        std::string error;
        // Read up to the largest limit; the kind's own limit is checked once the kind is known.
        auto text = platform::ReadFile(path, error, kMaxCatalogBytes);
        if (!text) {
            std::cerr << error << "\n";
            commands.exit_code = 1;
            return;
        }
        std::string kind = args->kind;
        if (kind == "auto") {
            std::string why;
            kind = DetectKind(path, *text, why);
            if (kind.empty()) {
                commands.exit_code = Report(path, {why});
                return;
            }
        }
        if (text->size() > LimitFor(kind)) {
            commands.exit_code = Report(path, {"file is " + SizeText(text->size()) + ", over the limit of " +
                                               SizeText(LimitFor(kind)) + " for " + (kind == "overlay" ? "an " : "a ") + kind + " file"});
            return;
        }
        if (kind == "catalog") {
            commands.exit_code = CheckCatalog(path, *text);
            return;
        }
        if (kind == "cases") {
            commands.exit_code = CheckCases(path, *text);
            return;
        }
        auto catalog = LoadCatalogOrReport(args->catalog);
        if (!catalog) {  // the --catalog argument is unusable, not FILE: a usage error
            commands.exit_code = 2;
            return;
        }
        if (kind == "permalink") commands.exit_code = CheckPermalink(path, *text, *catalog);
        else if (kind == "state") commands.exit_code = CheckState(path, *text, *catalog);
        else commands.exit_code = CheckImport(path, *text, kind, *catalog);
    });
}

}  // namespace mm::cli
