// Built-in presets: ids, FR+EN texts, and the embedded JSON identical to examples/profiles/<id>.json.
#include "engine/model/presets.h"

#include <gtest/gtest.h>

#include "decision_fixture.h"
#include "engine/io/profile_io.h"

namespace mm {
namespace {

TEST(Presets, SixCoursePresetsWithBothLanguages) {
    const auto& all = BuiltinPresets();
    ASSERT_EQ(all.size(), 6u);
    for (const Preset& p : all) {
        EXPECT_FALSE(p.name.en.empty() || p.name.fr.empty()) << p.id;
        EXPECT_FALSE(p.description.en.empty() || p.description.fr.empty()) << p.id;
        EXPECT_FALSE(p.profile.criteria.empty()) << p.id;
        EXPECT_EQ(FindPreset(p.id), &p);
    }
    EXPECT_EQ(FindPreset("nope"), nullptr);
    EXPECT_EQ(PresetJson("nope"), "");
}

TEST(Presets, EmbeddedJsonMatchesTheExampleFiles) {
    for (const Preset& p : BuiltinPresets()) {
        const std::string file =
            test::ReadText(std::string(MM_SOURCE_DIR) + "/examples/profiles/" + p.id + ".json");
        EXPECT_EQ(Json::parse(file), Json::parse(PresetJson(p.id)))
            << p.id << ": regenerate src/engine/presets.cpp with examples/profiles/generate_presets.py";
    }
}

}  // namespace
}  // namespace mm
