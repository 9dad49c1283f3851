// The benchmarks' floor: one streaming read of a matrix (a sum with 8 independent accumulators, so it runs at
// memory speed rather than at the latency of one dependent chain of additions). `bench` and mm_engine_bench
// report each method's time against it.
#pragma once
#include <cstddef>

namespace mm {

double StreamingSum(const double* data, std::size_t count);

}  // namespace mm
