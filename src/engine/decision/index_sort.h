// One stable sort of index vectors for the whole program: each std::stable_sort with its own comparator is 1–2 KB
// of WebAssembly, and the web app has a download budget (BENCHMARKS.md, "Web"). The comparator is called through a
// pointer, a few nanoseconds per comparison.
#pragma once
#include <cstddef>
#include <vector>

namespace mm {

// A comparator of two indices, by reference to a callable that outlives the sort (a lambda argument does).
class IndexLess {
public:
    template <class F>
    IndexLess(const F& less)  // implicit: StableSortIndices(v, [&](int a, int b) { … })
        : object_(&less), call_([](const void* f, std::size_t a, std::size_t b) {
              return static_cast<bool>((*static_cast<const F*>(f))(a, b));
          }) {}
    bool operator()(std::size_t a, std::size_t b) const { return call_(object_, a, b); }

private:
    const void* object_;
    bool (*call_)(const void*, std::size_t, std::size_t);
};

// std::stable_sort(v.begin(), v.end(), less), for vectors of non-negative indices.
void StableSortIndices(std::vector<int>& v, IndexLess less);
void StableSortIndices(std::vector<std::size_t>& v, IndexLess less);

}  // namespace mm
