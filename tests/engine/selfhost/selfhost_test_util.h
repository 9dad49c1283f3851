// The embedded selfhost.json, parsed once for the self-hosting tests, and the calibration fixtures.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "assets/embedded.h"
#include "engine/io/selfhost_io.h"

namespace mm::selfhost {

inline const Data& ShippedData() {
    static const SelfhostLoad load = LoadSelfhost(assets::selfhost());
    EXPECT_TRUE(load.issues.empty()) << load.issues.front().ToString();
    return *load.data;
}

inline const Model& ShippedModel(const std::string& id) {
    const Model* m = FindById(ShippedData().models, id);
    EXPECT_NE(m, nullptr) << id;
    return *m;
}

// A fixture of tests/engine/data (published measurements); an empty object, with a test failure, when it is missing.
inline nlohmann::json LoadFixture(const std::string& name) {
    std::ifstream in(MM_SOURCE_DIR "/tests/engine/data/" + name);
    EXPECT_TRUE(in) << "fixture missing: " << name;
    return in ? nlohmann::json::parse(in) : nlohmann::json::object();
}

}  // namespace mm::selfhost
