// The two instantiations of std::stable_sort behind StableSortIndices.
#include "engine/decision/index_sort.h"

#include <algorithm>

namespace mm {

void StableSortIndices(std::vector<int>& v, IndexLess less) {
    std::stable_sort(v.begin(), v.end(), [&](int a, int b) {
        return less(static_cast<std::size_t>(a), static_cast<std::size_t>(b));
    });
}

void StableSortIndices(std::vector<std::size_t>& v, IndexLess less) {
    std::stable_sort(v.begin(), v.end(), less);
}

}  // namespace mm
