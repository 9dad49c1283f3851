// Imports, saved state, permalinks and exports on the real shipped catalog: accepted inputs change the
// state as expected; rejected ones leave it exactly as it was.
#include <gtest/gtest.h>

#include "shipped_app.h"

#include "app/actions.h"
#include "app/persist.h"
#include "app/wording.h"
#include "assets/embedded.h"
#include "engine/io/catalog_io.h"
#include "engine/io/profile_io.h"
#include "engine/io/result_io.h"

namespace mm::app {
namespace {

class AppFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(InitWithShippedCatalog(s));
        ASSERT_TRUE(s.result.ok);
    }
    std::string ProfileText() const { return Json(s.profile).dump(); }
    AppState s;
};

TEST_F(AppFixture, ImportsAValidProfile) {
    Profile p = s.profile;
    p.name = "Imported one";
    p.workload.requests_per_day = 12345;
    ImportOutcome out = ImportFile(s, "mine.json", Json(p).dump());
    ASSERT_TRUE(out.ok) << (out.errors.empty() ? "" : out.errors[0]);
    EXPECT_EQ(s.profile.name, "Imported one");
    EXPECT_DOUBLE_EQ(s.profile.workload.requests_per_day, 12345);
    EXPECT_TRUE(CanUndo(s));
}

TEST_F(AppFixture, RejectedProfileChangesNothing) {
    const std::string before = ProfileText();
    Json bad = s.profile;
    bad["workload"]["requests_per_day"] = "many";
    ImportOutcome out = ImportFile(s, "bad.json", bad.dump());
    ASSERT_FALSE(out.ok);
    ASSERT_FALSE(out.errors.empty());
    EXPECT_NE(out.errors[0].find("workload.requests_per_day"), std::string::npos) << out.errors[0];
    EXPECT_EQ(ProfileText(), before);
    EXPECT_EQ(s.notifications.back().level, Notification::Level::kError);
}

TEST_F(AppFixture, ForeignJsonIsRefused) {
    const std::string before = ProfileText();
    ImportOutcome out = ImportFile(s, "x.json", R"({"format":"something-else"})");
    ASSERT_FALSE(out.ok);
    EXPECT_NE(out.errors[0].find("format"), std::string::npos);
    EXPECT_EQ(ProfileText(), before);
}

TEST_F(AppFixture, FrenchCsvOverlayAddsModelsAndPrices) {
    const std::size_t models = s.catalog.models.size();
    const std::string csv =
        "\xEF\xBB\xBFid;name;provider;kind;input_per_mtok;output_per_mtok;context_tokens;Éval FAQ interne\r\n"
        "gpt-4;;;;25,5;50;;71,5\r\n"
        "acme-assistant;\"ACME\nAssistant\";ACME;open_weights;0,2;0,6;32 000;80\r\n";
    ImportOutcome out = ImportFile(s, "tarifs.csv", csv);
    ASSERT_TRUE(out.ok) << (out.errors.empty() ? "" : out.errors[0]);
    EXPECT_EQ(s.catalog.models.size(), models + 1);
    EXPECT_EQ(s.base_catalog.models.size(), models) << "the base catalog is never modified";
    const Model* gpt4 = s.catalog.FindModel("gpt-4");
    ASSERT_TRUE(gpt4 && gpt4->pricing);
    EXPECT_DOUBLE_EQ(gpt4->pricing->input_per_mtok.number, 25.5);
    EXPECT_EQ(gpt4->pricing->input_per_mtok.basis, Basis::kUser);
    const Model* acme = s.catalog.FindModel("acme-assistant");
    ASSERT_TRUE(acme);
    EXPECT_EQ(acme->name, "ACME\nAssistant");
    EXPECT_DOUBLE_EQ(acme->context_tokens.number, 32000);
    ASSERT_NE(acme->Benchmark("eval_faq_interne"), nullptr);
    EXPECT_DOUBLE_EQ(acme->Benchmark("eval_faq_interne")->number, 80);
    EXPECT_TRUE(s.dirty);
}

// The web page starts from the catalog without its details (figure notes, model texts) and reads the whole catalog
// once they arrive: the private overlay stays applied, the profile and the decision are kept.
TEST_F(AppFixture, ABaseCatalogWithMoreDetailKeepsTheOverlay) {
    Json lean = Json::parse(assets::catalog());
    for (Json& m : lean["models"]) m.erase("text");
    CatalogLoad without = LoadCatalog(lean.dump());
    ASSERT_TRUE(without.Ok());
    ASSERT_TRUE(ReplaceBaseCatalog(s, *without.catalog));
    ASSERT_TRUE(ImportFile(s, "tarifs.csv", "id;name;provider;kind;input_per_mtok;output_per_mtok\nacme;ACME;ACME;open_weights;0,2;0,6\n").ok);
    const std::string profile = ProfileText();
    Recompute(s);
    const std::string winner = s.result.Top()->id;
    EXPECT_TRUE(s.catalog.FindModel("gpt-4")->strengths.en.empty());
    CatalogLoad full = LoadCatalog(assets::catalog());
    ASSERT_TRUE(full.Ok());
    const long long version = s.catalog_version;
    ASSERT_TRUE(ReplaceBaseCatalog(s, *full.catalog));
    EXPECT_GT(s.catalog_version, version);
    EXPECT_FALSE(s.catalog.FindModel("gpt-4")->strengths.en.empty()) << "the details are in";
    EXPECT_NE(s.catalog.FindModel("acme"), nullptr) << "the overlay is applied again";
    EXPECT_EQ(s.base_catalog.FindModel("acme"), nullptr);
    Recompute(s);
    EXPECT_EQ(ProfileText(), profile);
    EXPECT_EQ(s.result.Top()->id, winner);
}

TEST_F(AppFixture, BadCsvCellNamesLineAndColumnAndChangesNothing) {
    const std::size_t models = s.catalog.models.size();
    const std::string csv = "id,name,provider,kind,input_per_mtok,output_per_mtok\n"
                            "own-1,Own,me,proprietary,1.0,2.0\n"
                            "own-2,Own 2,me,proprietary,free,2.0\n";
    ImportOutcome out = ImportFile(s, "prices.csv", csv);
    ASSERT_FALSE(out.ok);
    EXPECT_EQ(out.errors.at(0), "line 3, column 5 (input_per_mtok): \"free\" is not a number");
    EXPECT_EQ(s.catalog.models.size(), models);
    EXPECT_FALSE(s.overlay);
}

TEST_F(AppFixture, StateRoundTrips) {
    ASSERT_TRUE(ImportFile(s, "o.json",
                           R"({"format":"modelmatrix-overlay","version":1,"name":"negotiated",
                               "models":[{"id":"gpt-4","input_per_mtok":20,"output_per_mtok":40}]})").ok);
    SaveUserPreset(s, "mine");
    s.profile.workload.requests_per_day = 777;
    CommitEdit(s);
    SetLanguage(s, "fr");
    SetView(s, "decision");
    const std::string saved = SerializeState(s);

    AppState t;
    t.base_catalog = s.base_catalog;
    t.catalog = s.base_catalog;
    t.today = s.today;
    Init(t);
    RestoreOutcome out = RestoreState(t, saved);
    ASSERT_TRUE(out.ok) << (out.errors.empty() ? "" : out.errors[0]);
    EXPECT_EQ(t.lang, "fr");
    EXPECT_EQ(t.view, View::kDecision);
    ASSERT_EQ(t.user_presets.size(), 1u);
    EXPECT_EQ(t.user_presets[0].name, "mine");
    ASSERT_TRUE(t.overlay);
    EXPECT_DOUBLE_EQ(t.catalog.FindModel("gpt-4")->pricing->input_per_mtok.number, 20);
    EXPECT_EQ(Json(t.profile).dump(), Json(s.profile).dump());
}

// After a reload the status line names what is loaded (issue 15): the preset applied last, nothing after an
// imported profile, and the "New here?" hint stays dismissed.
TEST_F(AppFixture, StateRemembersTheStartingPointAndTheDismissedHint) {
    auto reload = [&](const std::string& saved) {
        AppState t;
        t.base_catalog = s.base_catalog;
        t.catalog = s.base_catalog;
        t.today = s.today;
        Init(t);
        RestoreOutcome out = RestoreState(t, saved);
        EXPECT_TRUE(out.ok) << (out.errors.empty() ? "" : out.errors[0]);
        return t;
    };
    ASSERT_TRUE(ApplyPresetById(s, "fr-support-chatbot"));
    s.start_hint_seen = true;
    AppState t = reload(SerializeState(s));
    EXPECT_EQ(t.active_preset, "fr-support-chatbot");
    EXPECT_TRUE(t.start_hint_seen);

    Profile p = s.profile;
    p.name = "Course profile";
    ASSERT_TRUE(ImportFile(s, "course.json", Json(p).dump()).ok);
    EXPECT_EQ(s.active_preset, "");  // an imported profile is no preset
    t = reload(SerializeState(s));
    EXPECT_EQ(t.active_preset, "");
    EXPECT_EQ(t.profile.name, "Course profile");

    Json bad = Json::parse(SerializeState(s));
    bad["prefs"]["start_hint_seen"] = "yes";
    AppState u = s;
    EXPECT_FALSE(RestoreState(u, bad.dump()).ok);
}

TEST_F(AppFixture, VersionOneStateIsMigrated) {
    Json v1 = {{"format", "modelmatrix-state"}, {"version", 1}, {"profile", Json(s.profile)}, {"lang", "fr"}};
    RestoreOutcome out = RestoreState(s, v1.dump());
    ASSERT_TRUE(out.ok) << (out.errors.empty() ? "" : out.errors[0]);
    EXPECT_TRUE(out.migrated);
    EXPECT_EQ(s.lang, "fr");
}

TEST_F(AppFixture, CorruptOrForeignStateChangesNothing) {
    const std::string before = ProfileText();
    for (const char* text : {"{\"format\":\"modelmatrix-state\",\"version\":2,\"profile\":", "[1,2,3]",
                             "{\"format\":\"modelmatrix-state\",\"version\":99}", ""}) {
        RestoreOutcome out = RestoreState(s, text);
        EXPECT_FALSE(out.ok) << text;
        EXPECT_FALSE(out.errors.empty()) << text;
        EXPECT_EQ(ProfileText(), before) << text;
    }
}

TEST_F(AppFixture, PermalinkReproducesTheDecisionAndACutLinkIsRefused) {
    s.profile.workload.requests_per_day = 4242;
    CommitEdit(s);
    EndFrame(s);
    const std::string fragment = ShareFragment(s);
    const std::string top = s.result.Top()->id;

    AppState t;
    t.base_catalog = t.catalog = s.base_catalog;
    Init(t);
    ASSERT_TRUE(OpenShareFragment(t, fragment, nullptr));
    EndFrame(t);
    EXPECT_EQ(t.result.Top()->id, top);
    EXPECT_DOUBLE_EQ(t.profile.workload.requests_per_day, 4242);

    const std::string before = Json(t.profile).dump();
    std::vector<std::string> errors;
    EXPECT_FALSE(OpenShareFragment(t, fragment.substr(0, fragment.size() / 2), &errors));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(Json(t.profile).dump(), before);
}

TEST_F(AppFixture, MarkdownReportCarriesTheDecision) {
    const std::string md = ExportDocument(s, ActionRequest::kExportMarkdown);
    EXPECT_NE(md.find("# ModelMatrix decision"), std::string::npos);
    EXPECT_NE(md.find(s.result.Top()->name), std::string::npos);
    EXPECT_NE(md.find(s.catalog.as_of), std::string::npos);
    EXPECT_NE(md.find("## Robustness"), std::string::npos);
    SetLanguage(s, "fr");
    const std::string fr = ExportDocument(s, ActionRequest::kExportMarkdown);
    EXPECT_NE(fr.find("## Classement"), std::string::npos);
    EXPECT_EQ(fr.find("## Ranking"), std::string::npos);
    const std::string csv = ExportDocument(s, ActionRequest::kExportCsv);
    EXPECT_EQ(csv.substr(0, 18), "rank,id,name,score");
    const std::string text = ExportDocument(s, ActionRequest::kExportJson);
    const Json j = Json::parse(text);
    EXPECT_EQ(j.at("format"), "modelmatrix-decision");
    EXPECT_EQ(text, j.dump(1)) << "streamed, with the layout of Json::dump(1)";
    EXPECT_EQ(j.at("result"), ResultToJson(s.result, &app::TableWording()));
    EXPECT_TRUE(ImportFile(s, "decision.json", j.dump()).ok) << "an exported decision imports back as a profile";
}

}  // namespace
}  // namespace mm::app
