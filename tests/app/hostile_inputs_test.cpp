// Every file of the hostile-input suite (tests/inputs/expected.tsv) fed to the GUI's own entry points — ImportFile,
// RestoreState, OpenShareFragment — on an AppState with the shipped catalog: accepted files are accepted, and on every
// rejection the user's current work (profile, catalog, overlay, presets, undo history, language) is exactly as before.
#include <gtest/gtest.h>

#include "shipped_app.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "app/actions.h"
#include "app/persist.h"
#include "assets/embedded.h"
#include "engine/io/catalog_io.h"
#include "engine/io/profile_io.h"

namespace mm::app {
namespace {

struct Entry {
    std::string file, kind, expected;
    int status = 0;
};

std::vector<Entry> Manifest() {
    std::ifstream in(std::string(MM_SOURCE_DIR) + "/tests/inputs/expected.tsv");
    std::vector<Entry> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        Entry e;
        std::string status;
        std::getline(fields, e.file, '\t');
        std::getline(fields, e.kind, '\t');
        std::getline(fields, status, '\t');
        std::getline(fields, e.expected);
        e.status = std::stoi(status);
        out.push_back(e);
    }
    return out;
}

std::string Repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::string ReadCommitted(const std::string& name) {
    std::ifstream in(std::string(MM_SOURCE_DIR) + "/tests/inputs/files/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The inputs run.sh generates (too large to commit), built in memory the same way.
std::string Generated(const std::string& name) {
    const std::size_t depth = 100000, mb = 100u * 1000 * 1000;
    const std::string open = Repeat("[", depth), close = Repeat("]", depth);
    // Not static: the makers capture this call's locals by reference (a static map kept dangling references,
    // caught by the sanitizer suite as a stack-use-after-return on the second call).
    const std::map<std::string, std::function<std::string()>> make = {
        {"catalog_deep_100k.json", [&] { return open + close; }},
        {"profile_deep_100k.json", [&] { return R"({"format":"modelmatrix-profile","version":1,"criteria":)" + open + close + "}"; }},
        {"cases_deep_100k.json", [&] { return R"({"cases":[{"id":"deep","matrix":)" + open + close + "}]}"; }},
        {"overlay_deep_100k.json", [&] { return R"({"format":"modelmatrix-overlay","version":1,"models":)" + open + close + "}"; }},
        {"state_deep_100k.json",
         [&] { return R"({"format":"modelmatrix-state","version":2,"profile":)" + Repeat("{\"a\":", depth) + "1" + Repeat("}", depth) + "}"; }},
        {"profile_100mb.json",
         [&] {
             return R"({"format":"modelmatrix-profile","version":1,"name":"big","description":")" + std::string(mb, 'x') +
                    R"(","criteria":[{"id":"latency","weight":1}]})";
         }},
        {"overlay_100mb.csv", [&] { return "id,input_per_mtok,output_per_mtok\n" + Repeat("gpt-4,20,40\n", mb / 12 + 1); }},
        {"state_100mb.json",
         [&] {
             const std::string p = R"({"format":"modelmatrix-profile","version":1,"criteria":[{"id":"latency"}]})";
             return R"({"format":"modelmatrix-state","version":2,"profile":)" + p + R"(,"user_presets":[)" +
                    Repeat(R"({"name":"p","profile":)" + p + "},", mb / 100) + R"({"name":"last","profile":)" + p + "}]}";
         }},
        {"permalink_100mb.txt", [&] { return "#p1" + std::string(mb, 'A'); }},
        {"catalog_100mb_name.json",
         [&] {
             std::vector<Issue> issues;
             Json cat = *ParseJson(ReadCommitted("catalog_valid.json"), issues);
             cat["models"][0]["name"] = std::string(mb, 'n');
             return cat.dump();
         }},
    };
    auto it = make.find(name);
    return it == make.end() ? std::string() : it->second();
}

// What a rejection must leave untouched.
struct Snapshot {
    std::string profile, overlay, lang, presets;
    std::size_t catalog_models = 0, base_models = 0, undo = 0;
    long long catalog_version = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot Take(const AppState& s) {
    Snapshot snap;
    snap.profile = Json(s.profile).dump();
    snap.overlay = s.overlay ? OverlayToJson(*s.overlay).dump() : "none";
    snap.lang = s.lang;
    for (const UserPreset& p : s.user_presets) snap.presets += p.name + ";";
    snap.catalog_models = s.catalog.models.size();
    snap.base_models = s.base_catalog.models.size();
    snap.undo = s.undo_stack.size();
    snap.catalog_version = s.catalog_version;
    return snap;
}

// The fragment a permalink file carries, as `modelmatrix-cli check` reads it (after the last '#').
std::string Fragment(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    const auto hash = text.rfind('#');
    return hash == std::string::npos ? text : text.substr(hash + 1);
}

class HostileInputs : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(InitWithShippedCatalog(s));
        // Some work of the user's own, so that "unchanged" means something: an edit, a preset, an overlay.
        s.profile.workload.requests_per_day = 4321;
        CommitEdit(s);
        SaveUserPreset(s, "before");
        ASSERT_TRUE(ImportFile(s, "mine.json", R"({"format":"modelmatrix-overlay","version":1,"name":"mine",
            "models":[{"id":"gpt-4","input_per_mtok":21,"output_per_mtok":42}]})").ok);
        EndFrame(s);
    }
    AppState s;
};

TEST_F(HostileInputs, EveryFileIsAnsweredAndRejectionsChangeNothing) {
    const std::vector<Entry> entries = Manifest();
    ASSERT_GE(entries.size(), 40u);
    for (const Entry& e : entries) {
        SCOPED_TRACE(e.file + " (" + e.kind + ")");
        const bool generated = e.file[0] == '@';
        const std::string name = generated ? e.file.substr(1) : e.file;
        const std::string content = generated ? Generated(name) : ReadCommitted(name);
        ASSERT_TRUE(!content.empty() || name.find("empty") != std::string::npos) << "input not found";
        // Catalogs, profiles, overlays and mcda cases all arrive through ImportFile (a file picked or dropped).
        const std::string kind = name.rfind("permalink", 0) == 0 ? "permalink"
                                 : name.rfind("state", 0) == 0   ? "state"
                                                                 : "import";
        const Snapshot before = Take(s);
        bool ok = false;
        std::vector<std::string> errors;
        if (kind == "permalink") {
            ok = OpenShareFragment(s, Fragment(content), &errors);
        } else if (kind == "state") {
            RestoreOutcome out = RestoreState(s, content);
            ok = out.ok;
            errors = out.errors;
        } else {
            // Catalogs and mcda cases are not something the GUI imports: dropped on the window they must be refused.
            ImportOutcome out = ImportFile(s, name, content);
            ok = out.ok;
            errors = out.errors;
        }
        const bool should_accept = e.status == 0 && (kind != "import" || name.rfind("profile", 0) == 0 ||
                                                      name.rfind("overlay", 0) == 0);
        if (should_accept) {
            EXPECT_TRUE(ok) << (errors.empty() ? "" : errors[0]);
        } else {
            EXPECT_FALSE(ok);
            ASSERT_FALSE(errors.empty());
            for (const std::string& line : errors) {
                EXPECT_FALSE(line.empty());
                EXPECT_EQ(line.find('\n'), std::string::npos) << "one line per problem: " << line;
            }
            EXPECT_TRUE(Take(s) == before) << "a rejected input changed the state: " << errors[0];
            // The GUI gives the same answer as `modelmatrix-cli check` for the kinds it reads the same way.
            if ((kind == "state" || kind == "permalink") && e.expected[0] != '~' && e.expected.rfind("file is ", 0) != 0) {
                EXPECT_NE(std::find(errors.begin(), errors.end(), e.expected), errors.end()) << "got: " << errors[0];
            }
        }
        if (ok) {  // back to the user's work for the next file
            s = AppState();
            SetUp();
        }
        EndFrame(s);  // a frame after each input: the ranking is still computable
        EXPECT_TRUE(s.result.ok) << e.file;
    }
}

TEST_F(HostileInputs, AcceptedFrenchCsvKeepsTheDecimalCommasAndTheMultilineName) {
    ASSERT_TRUE(ImportFile(s, "overlay_fr.csv", ReadCommitted("overlay_fr.csv")).ok);
    const Model* gpt4 = s.catalog.FindModel("gpt-4");
    ASSERT_TRUE(gpt4 && gpt4->pricing);
    EXPECT_DOUBLE_EQ(gpt4->pricing->input_per_mtok.number, 25.5);
    const Model* acme = s.catalog.FindModel("acme-assistant");
    ASSERT_TRUE(acme);
    EXPECT_DOUBLE_EQ(acme->context_tokens.number, 32000);
    ASSERT_TRUE(ImportFile(s, "overlay_multiline.csv", ReadCommitted("overlay_multiline.csv")).ok);
    const Model* own = s.catalog.FindModel("own-1");
    ASSERT_TRUE(own);
    EXPECT_EQ(own->name, "Own model\nsecond line, with a comma");
    EXPECT_EQ(s.catalog.FindModel("own-2")->name, "Say \"hi\"");
}

}  // namespace
}  // namespace mm::app
