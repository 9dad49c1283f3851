// JsonLite, the catalog's JSON reader: it must accept exactly what nlohmann::json accepts and read the same values
// (json_lite_compare.h), and read a deferred root array lexically.
#include <gtest/gtest.h>

#include "assets/embedded.h"
#include "engine/io/json_lite.h"
#include "json_lite_compare.h"

namespace mm {
namespace {

TEST(JsonLite, AgreesWithNlohmannOnEdgeCases) {
    const char* texts[] = {
        // accepted
        "0", "-0", "-0.0", "-0e0", "1", "-1", "123456789012345678", "12345678901234567890", "123456789012345678901234",
        "9007199254740993", "0.1", "0.30000000000000004", "1e22", "1e23", "1.5e-7", "4.9e-324", "2.5e-324", "1e-400",
        "1.7976931348623157e308", "1E+2", "123.456e-5", "0.000001", "100000000000000000000000000000000000000.0",
        "true", "false", "null", "\"\"", "\"plain\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u20AC\"",
        "\"\\ud83d\\ude00\"", "\"\\u0000\"", "\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"", "[]", "{}", " [ 1 , 2 ] ",
        "{\"a\":1,\"a\":2}", "{\"b\":[{\"c\":{}}],\"a\":null}", "\t\r\n{\"k\" : \"v\"}\n",
        "\"twelve chars and then some more to pass eight-byte blocks\\n and an escape\"",
        // refused
        "", " ", "01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "1e400", "-1e400", "NaN", "Infinity", "-Infinity",
        "tru", "nul", "True", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[1 2]", "\"unterminated", "\"\\x\"",
        "\"\\u12\"", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "\"tab\there\"", "\"\xC3\"", "\"\xC0\xAF\"",
        "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xFF\"", "[1]]", "{} {}", "[\"a\"\x01]", "// comment\n1",
    };
    for (const char* t : texts) EXPECT_EQ(testing::CompareWithNlohmann(t), "") << t;
    EXPECT_EQ(testing::CompareWithNlohmann(std::string_view("\"a\0b\"", 5)), "");
    EXPECT_EQ(testing::CompareWithNlohmann(std::string_view("[1]\0", 4)), "");
}

TEST(JsonLite, AgreesWithNlohmannOnTheShippedCatalog) {
    EXPECT_EQ(testing::CompareWithNlohmann(assets::catalog()), "");
}

TEST(JsonLite, ReadsValuesAndKeepsTheLastOfARepeatedKey) {
    JsonLite doc;
    std::size_t pos = 0;
    const std::string text = R"({"n": -12.5e1, "s": "caf\u00e9", "a": [true, null], "s": "second"})";
    ASSERT_TRUE(doc.Parse(text, pos, 64));
    EXPECT_EQ(pos, text.size());
    const LiteNode& root = doc.Root();
    ASSERT_TRUE(root.IsObject());
    EXPECT_EQ(root.size, 4u);
    EXPECT_EQ(root.Find("n")->number, -125.0);
    EXPECT_EQ(root.Find("s")->String(), "second");
    EXPECT_EQ(root.Find("missing"), nullptr);
    const LiteNode* a = root.Find("a");
    ASSERT_TRUE(a && a->IsArray());
    EXPECT_EQ(a->size, 2u);
    EXPECT_TRUE(a[1].IsBool() && a[1].boolean);
    EXPECT_TRUE(a[2].IsNull());
    EXPECT_EQ(a->Next(), root.Find("s") - 1);  // the key node of the second "s" follows the array
}

TEST(JsonLite, StopsPastTheMaximumDepth) {
    JsonLite doc;
    std::size_t pos = 0;
    EXPECT_TRUE(doc.Parse("[[[1]]]", pos, 3));
    pos = 0;
    EXPECT_FALSE(doc.Parse("[[[[1]]]]", pos, 3));
}

TEST(JsonLite, DefersARootArrayAndCountsItsElements) {
    const std::string text = R"({"head": 1, "models": [{"id": "a,b]"}, [1, [2]], "x\"]"], "tail": {}})";
    JsonLite doc;
    doc.DeferRootArray("models");
    std::size_t pos = 0;
    ASSERT_TRUE(doc.Parse(text, pos, 64));
    const JsonLite::Deferred& d = doc.deferred();
    ASSERT_TRUE(d.found);
    EXPECT_EQ(d.elements, 3u);
    EXPECT_EQ(text.substr(d.begin, d.end - d.begin), R"([{"id": "a,b]"}, [1, [2]], "x\"]"])");
    const LiteNode* models = doc.Root().Find("models");
    ASSERT_TRUE(models && models->IsArray());
    EXPECT_EQ(models->size, 0u);  // read by the caller, element by element
    EXPECT_TRUE(doc.Root().Find("tail")->IsObject());
    // Each element then parses on its own from the deferred text.
    JsonLite one;
    std::size_t at = d.begin + 1;
    ASSERT_TRUE(one.Parse(text, at, 62));
    EXPECT_EQ(one.Root().Find("id")->String(), "a,b]");
    EXPECT_EQ(text[at], ',');
    // Empty, unbalanced, repeated and too deep deferred arrays.
    for (const char* bad : {R"({"models": [1, {"a": [}])", R"({"models": [,]})", R"({"models": [], "models": []})"}) {
        std::size_t p = 0;
        EXPECT_FALSE(doc.Parse(bad, p, 64)) << bad;
    }
    std::size_t p = 0;
    EXPECT_FALSE(doc.Parse(R"({"models": [[[1]]]})", p, 3));
    p = 0;
    ASSERT_TRUE(doc.Parse(R"({"models": [ ]})", p, 64));
    EXPECT_EQ(doc.deferred().elements, 0u);
}

}  // namespace
}  // namespace mm
