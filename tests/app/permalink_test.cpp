// Permalink codec: round trips, and every kind of damage is reported, never loaded.
#include "app/permalink.h"

#include <gtest/gtest.h>

#include <random>

namespace mm::app {
namespace {

TEST(Permalink, RoundTripsAndCompresses) {
    std::string json = R"({"format":"modelmatrix-profile","version":1,"criteria":[)";
    for (int i = 0; i < 40; ++i) json += R"({"id":"bench.mmlu","weight":0.25},)";
    json += R"({"id":"monthly_cost","weight":1}]})";
    const std::string link = EncodePermalink(json);
    EXPECT_EQ(link.substr(0, 2), "p1");
    EXPECT_LT(link.size(), json.size() / 3) << "repetitive JSON compresses";
    std::string error;
    auto back = DecodePermalink("#" + link, error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, json);
}

TEST(Permalink, RandomInputsRoundTrip) {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        std::string s(rng() % 3000, '\0');
        for (char& c : s) c = static_cast<char>("abcdef{}\":,0123"[rng() % 15]);
        std::string error;
        auto back = DecodePermalink(EncodePermalink(s), error);
        ASSERT_TRUE(back) << error;
        ASSERT_EQ(*back, s);
    }
}

TEST(Permalink, CutLinkIsRejected) {
    const std::string link = EncodePermalink(R"({"format":"modelmatrix-profile","version":1,"name":"chatbot FR"})");
    for (std::size_t cut = 0; cut < link.size(); ++cut) {
        std::string error;
        EXPECT_FALSE(DecodePermalink(link.substr(0, cut), error)) << "cut at " << cut;
        EXPECT_FALSE(error.empty());
    }
}

TEST(Permalink, AlteredLinkIsRejected) {
    std::string link = EncodePermalink(R"({"format":"modelmatrix-profile","version":1,"name":"x"})");
    link[link.size() / 2] = link[link.size() / 2] == 'A' ? 'B' : 'A';
    std::string error;
    EXPECT_FALSE(DecodePermalink(link, error));
    EXPECT_NE(error.find("damaged"), std::string::npos) << error;
}

TEST(Permalink, ForeignFragmentsAreRejected) {
    std::string error;
    EXPECT_FALSE(DecodePermalink("#section-2", error));
    EXPECT_NE(error.find("does not carry"), std::string::npos);
    EXPECT_FALSE(DecodePermalink("p1!!!!", error));
    EXPECT_FALSE(DecodePermalink("", error));
}

TEST(Permalink, DecompressorRefusesBadOffsets) {
    // token: 1 literal, match len 4; offset 5 > output size 1
    const std::string block = std::string("\x10", 1) + "a" + std::string("\x05\x00", 2) + std::string("\x00", 1);
    EXPECT_FALSE(LzDecompress(block, 10));
}

}  // namespace
}  // namespace mm::app
