// Shared set-up for the libFuzzer targets: the shipped catalog, loaded once per process (a target that
// reloaded it per input would spend its time in the catalog, not in the code under test).
#pragma once
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>

#include "assets/embedded.h"
#include "engine/io/catalog_io.h"

namespace mm::fuzz {

inline const Catalog& ShippedCatalog() {
    static const Catalog catalog = [] {
        CatalogLoad load = LoadCatalog(assets::catalog());
        if (!load.Ok()) {
            // A broken embedded catalog is a build defect, not a finding: stop loudly.
            std::fprintf(stderr, "fuzz: the shipped catalog does not load\n");
            std::abort();
        }
        return *load.catalog;
    }();
    return catalog;
}

inline std::string_view AsText(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Invariant check that survives NDEBUG (Release builds): a broken invariant is a crash the fuzzer keeps.
#define MM_FUZZ_CHECK(cond)                                                                \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                  \
        }                                                                                  \
    } while (0)

}  // namespace mm::fuzz
