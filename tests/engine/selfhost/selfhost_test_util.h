// The embedded selfhost.json, parsed once for the self-hosting tests.
#pragma once
#include <gtest/gtest.h>

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

}  // namespace mm::selfhost
