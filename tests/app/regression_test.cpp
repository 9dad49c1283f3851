// Regression tests for defects found by fuzzing (fuzz/, docs/FUZZING.md), at the app level: the input that once
// broke the app is refused with a message, and the user's state stays as it was and can still be saved.
#include <gtest/gtest.h>

#include "shipped_app.h"

#include "app/actions.h"
#include "app/persist.h"
#include "assets/embedded.h"
#include "engine/io/catalog_io.h"

namespace mm::app {
namespace {

class FuzzRegressionApp : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(InitWithShippedCatalog(s));
    }
    AppState s;
};

// fuzz_overlay_csv: a CSV overlay whose header held non-UTF-8 bytes was imported; saving the session then threw
// from the JSON serialiser (std::terminate in the app). Now the import is refused and nothing changes.
TEST_F(FuzzRegressionApp, NonUtf8CsvOverlayIsRefusedAndTheStateStillSaves) {
    const std::string before = SerializeState(s);
    const std::string csv = "id;Pr\xE9" "cision FAQ\nclaude-3-haiku;71,5\n";  // Windows-1252 "é"
    ImportOutcome out = ImportFile(s, "evals.csv", csv);
    ASSERT_FALSE(out.ok);
    ASSERT_FALSE(out.errors.empty());
    EXPECT_NE(out.errors[0].find("line 1, column 6"), std::string::npos) << out.errors[0];
    EXPECT_NE(out.errors[0].find("UTF-8"), std::string::npos) << out.errors[0];
    std::string after;
    ASSERT_NO_THROW(after = SerializeState(s));
    EXPECT_EQ(after, before);
    EXPECT_FALSE(s.overlay.has_value());
}

}  // namespace
}  // namespace mm::app
