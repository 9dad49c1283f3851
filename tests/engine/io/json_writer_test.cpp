// JsonWriter: the same bytes as nlohmann's dump() for numbers, strings and nesting, compact and indented.
#include "engine/io/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>

namespace mm {
namespace {

std::string Written(double v) {
    std::string s;
    AppendJsonNumber(s, v);
    return s;
}

TEST(JsonWriter, NumbersAreNlohmannsShortestText) {
    for (double v : {0.0, -0.0, 1.0, -1.0, 0.1, 1e-5, 1e-4, 123456789012345.0, 1e15, 1e16, 1e17, 1e21, 1e300,
                     5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0 / 3.0, 2.0 / 3.0, 0.3, 100.0})
        EXPECT_EQ(Written(v), Json(v).dump()) << v;
    // Random bit patterns (every finite double is a possible score or cost).
    std::uint64_t state = 12345;
    for (int k = 0; k < 200000; ++k) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        double v;
        std::memcpy(&v, &state, sizeof v);
        if (!std::isfinite(v)) continue;
        ASSERT_EQ(Written(v), Json(v).dump()) << k;
    }
    EXPECT_EQ(Written(std::numeric_limits<double>::quiet_NaN()), "null");
    EXPECT_EQ(Written(std::numeric_limits<double>::infinity()), "null");
}

TEST(JsonWriter, StringsAreEscapedAsNlohmannDoes) {
    for (const char* s : {"", "plain", "caf\xC3\xA9", "quote \" and \\ backslash", "tab\tnew\nline\r\x01\x1F",
                          "\x7F", "\xE2\x82\xAC euro", "\xF0\x9F\x98\x80 emoji", "d\xC3\xA9j\xC3\xA0"}) {
        JsonWriter w;
        w.String(s);
        EXPECT_EQ(w.Text(), Json(s).dump()) << s;
    }
    // Ill-formed UTF-8 is refused the same way (type_error 316), never written.
    for (const char* bad : {"\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "a\xFF"}) {
        JsonWriter w;
        EXPECT_THROW(w.String(bad), Json::type_error) << bad;
        EXPECT_THROW(Json(bad).dump(), Json::type_error) << bad;
    }
}

// The same document written by hand and built as a Json value.
void WriteSample(JsonWriter& w) {
    w.BeginObject();
    w.Key("a").BeginArray();
    w.Int(1);
    w.Number(2.5);
    w.BeginObject();
    w.EndObject();
    w.BeginArray();
    w.EndArray();
    w.Null();
    w.EndArray();
    w.Key("b").Bool(true);
    w.Key("c").BeginObject();
    w.Key("d").Uint(18446744073709551615ull);
    w.Key("e").Number(std::optional<double>());
    w.Key("f").Value(Json{{"x", {1, 2}}, {"y", "z\nw"}});
    w.EndObject();
    w.Key("g").String("h");
    w.EndObject();
}

Json Sample() {
    Json j;
    j["a"] = Json::array({1, 2.5, Json::object(), Json::array(), nullptr});
    j["b"] = true;
    j["c"]["d"] = 18446744073709551615ull;
    j["c"]["e"] = nullptr;
    j["c"]["f"] = Json{{"x", {1, 2}}, {"y", "z\nw"}};
    j["g"] = "h";
    return j;
}

TEST(JsonWriter, LayoutMatchesDumpAtEveryIndent) {
    for (int indent : {-1, 0, 1, 2, 4}) {
        JsonWriter w(indent);
        WriteSample(w);
        EXPECT_EQ(w.Text(), Sample().dump(indent)) << indent;
    }
    JsonWriter w;
    w.BeginArray();
    w.EndArray();
    EXPECT_EQ(w.Text(), "[]");
}

TEST(JsonWriter, StreamsInBlocksToAnOutput) {
    std::ostringstream out;
    JsonWriter w(1, &out);
    w.BeginArray();
    Json expected = Json::array();
    for (int k = 0; k < 20000; ++k) {
        w.Number(k * 0.25);
        expected.push_back(k * 0.25);
    }
    EXPECT_GT(out.str().size(), 0u);  // written in blocks before the end
    w.EndArray();
    w.Finish();
    EXPECT_EQ(out.str(), expected.dump(1));
}

}  // namespace
}  // namespace mm
