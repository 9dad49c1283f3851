// Dense ranking and stable ordering (see rank.h for the tie policy). One sort serves both: an LSD radix sort
// of (score, index) for large inputs, since ranking 100 000 alternatives with a comparison sort costs more
// than computing their scores.
#include "engine/mcda/rank.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>

#include "engine/decision/index_sort.h"

namespace mm::mcda {

namespace {

// Order-preserving map of a double to an unsigned key (best first: higher scores get smaller keys when
// higher_is_better). -0.0 and 0.0 map to the same key.
std::uint64_t SortKey(double v, bool higher_is_better) {
    if (v == 0.0) v = 0.0;
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    bits = (bits >> 63) ? ~bits : bits | (std::uint64_t{1} << 63);
    return higher_is_better ? ~bits : bits;
}

// Indices sorted best first; equal scores keep index order.
std::vector<int> SortedBestFirst(const std::vector<double>& score, bool higher_is_better) {
    const std::size_t m = score.size();
    std::vector<int> idx(m);
    std::iota(idx.begin(), idx.end(), 0);
    if (m < 512) {
        StableSortIndices(idx, [&](std::size_t a, std::size_t b) {
            return higher_is_better ? score[a] > score[b] : score[a] < score[b];
        });
        return idx;
    }
    std::vector<std::uint64_t> key(m), key_tmp(m);
    std::vector<int> idx_tmp(m);
    for (std::size_t i = 0; i < m; ++i) key[i] = SortKey(score[i], higher_is_better);
    constexpr int kBits = 11;
    constexpr std::size_t kBuckets = std::size_t{1} << kBits;
    std::vector<std::size_t> count(kBuckets);
    for (int shift = 0; shift < 64; shift += kBits) {
        std::fill(count.begin(), count.end(), 0);
        for (std::size_t i = 0; i < m; ++i) ++count[(key[i] >> shift) & (kBuckets - 1)];
        if (count[(key[0] >> shift) & (kBuckets - 1)] == m) continue;  // every key shares this digit
        std::size_t total = 0;
        for (std::size_t& c : count) {
            const std::size_t here = c;
            c = total;
            total += here;
        }
        for (std::size_t i = 0; i < m; ++i) {
            const std::size_t slot = count[(key[i] >> shift) & (kBuckets - 1)]++;
            key_tmp[slot] = key[i];
            idx_tmp[slot] = idx[i];
        }
        key.swap(key_tmp);
        idx.swap(idx_tmp);
    }
    return idx;
}

}  // namespace

bool ScoresTie(double a, double b) {
    const double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
    return std::fabs(a - b) <= 1e-9 * scale;
}

std::vector<int> DenseRank(const std::vector<double>& score, bool higher_is_better) {
    const std::vector<int> idx = SortedBestFirst(score, higher_is_better);
    std::vector<int> rank(score.size(), 0);
    int current = 0;
    for (std::size_t k = 0; k < idx.size(); ++k) {
        if (k == 0 || !ScoresTie(score[idx[k]], score[idx[k - 1]])) ++current;
        rank[idx[k]] = current;
    }
    return rank;
}

std::vector<int> StableOrder(const std::vector<int>& rank) {
    // Dense ranks are small integers: a counting sort keeps index order within a rank.
    const int max_rank = rank.empty() ? 0 : std::max(0, *std::max_element(rank.begin(), rank.end()));
    std::vector<int> start(static_cast<std::size_t>(max_rank) + 2, 0);
    for (int r : rank) ++start[static_cast<std::size_t>(r) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> order(rank.size());
    for (std::size_t i = 0; i < rank.size(); ++i) order[static_cast<std::size_t>(start[rank[i]]++)] = static_cast<int>(i);
    return order;
}

}  // namespace mm::mcda
