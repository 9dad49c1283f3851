// selfhost.json reading: the shipped file loads whole (with its sources); broken documents are refused with the
// JSON path of each problem, never a crash, and AttachSelfhost then leaves the catalog as it was.
#include <gtest/gtest.h>

#include <functional>

#include "assets/embedded.h"
#include "engine/io/selfhost_io.h"

namespace mm {
namespace {

// The shipped document with one change applied.
std::string Shipped(const std::function<void(Json&)>& change) {
    Json doc = Json::parse(assets::selfhost());
    change(doc);
    return doc.dump();
}

std::string FirstIssue(const SelfhostLoad& load) { return load.issues.empty() ? "" : load.issues.front().ToString(); }

TEST(SelfhostIo, TheShippedFileLoadsWithItsSources) {
    const SelfhostLoad load = LoadSelfhost(assets::selfhost());
    ASSERT_TRUE(load.data) << FirstIssue(load);
    EXPECT_TRUE(load.issues.empty());
    const selfhost::Device* d = selfhost::FindById(load.data->devices, "rtx-4090");
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(d->sources.count("memory_gb"));
    const selfhost::Source* s = selfhost::FindById(load.data->sources, d->sources.at("memory_gb"));
    ASSERT_NE(s, nullptr);
    EXPECT_FALSE(s->url.empty() && s->repository.empty());
    const selfhost::Model* m = selfhost::FindById(load.data->models, "llama-3.1-8b-instruct");
    ASSERT_NE(m, nullptr);
    ASSERT_TRUE(m->architecture);
    EXPECT_EQ(m->architecture->layers, 32);
    EXPECT_EQ(m->architecture->attention.kind, selfhost::AttentionKind::kFull);
    EXPECT_FALSE(m->architecture_source.empty());
}

TEST(SelfhostIo, ProblemsNameTheirJsonPath) {
    const struct {
        std::function<void(Json&)> change;
        std::string expected;
    } cases[] = {
        {[](Json& d) { d["devices"][3]["memory_gb"] = "lots"; }, "devices[3].memory_gb: expected a number"},
        {[](Json& d) { d["devices"][0]["bandwidth_gbs"] = -5; }, "devices[0].bandwidth_gbs:"},
        {[](Json& d) { d["devices"][1].erase("id"); }, "devices[1].id: missing required field"},
        {[](Json& d) { d["quantisations"][0]["runtime"] = "tgi"; }, "quantisations[0].runtime: unknown value"},
        {[](Json& d) { d["models"][2]["architecture"] = Json{{"layers", 0}, {"attention", {{"kind", "full"}}}}; },
         "models[2].architecture.layers:"},
        {[](Json& d) { d["models"][5]["architecture"] = Json{{"layers", 4}, {"attention", {{"kind", "ring"}}}}; },
         "models[5].architecture.attention.kind: unknown value \"ring\""},
        {[](Json& d) { d["models"][0]["files"] = Json{{"q4_k_m", 4.9}}; }, "models[0].files.q4_k_m: expected an object"},
        {[](Json& d) { d["models"] = Json::object(); }, "models: expected an array"},
        {[](Json& d) { d.erase("kv_quants"); }, "kv_quants: missing required field"},
        {[](Json& d) { d["family_tokenizers"] = 3; }, "family_tokenizers: expected an object"},
    };
    for (const auto& c : cases) {
        const SelfhostLoad load = LoadSelfhost(Shipped(c.change));
        EXPECT_FALSE(load.data) << c.expected;
        EXPECT_NE(FirstIssue(load).find(c.expected), std::string::npos) << FirstIssue(load);
    }
}

TEST(SelfhostIo, NonsenseIsRefusedAndTheCatalogKept) {
    for (const char* text : {"", "[]", "{", "null", "{\"devices\": 3}", "\xEF\xBB\xBF{}"}) {
        const SelfhostLoad load = LoadSelfhost(text);
        EXPECT_FALSE(load.data) << text;
        EXPECT_FALSE(load.issues.empty()) << text;
    }
    Catalog catalog;
    std::vector<Issue> issues;
    EXPECT_FALSE(AttachSelfhost(catalog, "{\"devices\": []}", &issues));
    EXPECT_FALSE(catalog.selfhost);
    EXPECT_FALSE(issues.empty());
    EXPECT_TRUE(AttachSelfhost(catalog, assets::selfhost()));
    EXPECT_TRUE(catalog.selfhost);
}

}  // namespace
}  // namespace mm
