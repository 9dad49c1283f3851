// Shared building blocks of the vectorised MCDA kernels (normalize.cpp, method.cpp): four-double lanes as
// GCC/Clang vector extensions — two SSE2 operations natively, one AVX2 operation in the clone picked at load time
// on CPUs that have it, two simd128 operations in WebAssembly. Lanes never mix, so every variant gives the same bits.
#pragma once
#include <cstring>

namespace mm::mcda {

typedef double V4 __attribute__((vector_size(32)));
typedef double V2 __attribute__((vector_size(16)));

#if defined(__wasm__) && !defined(MM_NO_WASM_SIMD)
#define MM_VECTOR_KERNEL __attribute__((target("simd128")))
#elif defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
#define MM_VECTOR_KERNEL __attribute__((target_clones("avx2", "default")))
#else
#define MM_VECTOR_KERNEL
#endif
#define MM_INLINE inline __attribute__((always_inline))

// Through pointers (not by value) so that no function passes a 32-byte vector in registers.
MM_INLINE void Load4(V4* v, const double* p) { std::memcpy(v, p, sizeof *v); }
MM_INLINE void Store4(double* p, const V4& v) { std::memcpy(p, &v, sizeof v); }

}  // namespace mm::mcda
