// Streaming sum used as the memory-bandwidth floor.
#include "engine/decision/stream_sum.h"

namespace mm {

double StreamingSum(const double* d, std::size_t count) {
    double a[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::size_t i = 0;
    for (; i + 8 <= count; i += 8)
        for (int k = 0; k < 8; ++k) a[k] += d[i + k];
    for (; i < count; ++i) a[0] += d[i];
    return ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]));
}

}  // namespace mm
