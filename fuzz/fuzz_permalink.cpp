// libFuzzer target: the permalink codec. The first byte picks the entry point: DecodePermalink on the text
// (with and without the "#p1" prefix the fuzzer would rarely guess), LzDecompress directly with a bounded
// expected size, Base64UrlDecode; and round trips (decode(encode(x)) == x) for the encoder side.
#include "app/permalink.h"
#include "engine/io/profile_io.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned char mode = data[0];
    const std::string_view rest = mm::fuzz::AsText(data + 1, size - 1);
    std::string error;
    switch (mode % 4) {
    case 0: {  // a fragment as pasted by the user
        auto text = mm::app::DecodePermalink(rest, error);
        MM_FUZZ_CHECK(text.has_value() == error.empty());
        if (text) {
            MM_FUZZ_CHECK(text->size() <= mm::app::kMaxPermalinkBytes);
            (void)mm::LoadProfile(*text);
        }
        break;
    }
    case 1: {  // past the prefix: the fuzzer mutates the base64 body directly
        auto text = mm::app::DecodePermalink("#p1" + std::string(rest), error);
        MM_FUZZ_CHECK(text.has_value() == error.empty());
        break;
    }
    case 2: {  // raw LZ block; expected size from two bytes, as the link header would give (bounded)
        if (rest.size() < 2) return 0;
        const std::size_t expected = static_cast<unsigned char>(rest[0]) | (static_cast<std::size_t>(static_cast<unsigned char>(rest[1])) << 8);
        auto out = mm::app::LzDecompress(rest.substr(2), expected);
        if (out) MM_FUZZ_CHECK(out->size() == expected);
        break;
    }
    default: {  // encoder round trips
        const std::string compressed = mm::app::LzCompress(rest);
        auto back = mm::app::LzDecompress(compressed, rest.size());
        MM_FUZZ_CHECK(back && *back == rest);
        auto b64 = mm::app::Base64UrlDecode(mm::app::Base64UrlEncode(rest));
        MM_FUZZ_CHECK(b64 && *b64 == rest);
        if (rest.size() <= mm::app::kMaxPermalinkBytes) {
            auto link = mm::app::DecodePermalink(mm::app::EncodePermalink(rest), error);
            MM_FUZZ_CHECK(link && *link == rest);
        }
        (void)mm::app::Base64UrlDecode(rest);
        break;
    }
    }
    return 0;
}
