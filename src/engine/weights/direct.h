// Subjective weight elicitation from numbers the user typed: direct (normalised), rank-order centroid
// from an ordering, and swing points. Every function returns weights summing to 1 or throws
// mm::mcda::Error naming the bad entry (negative, NaN, all zero, bad rank).
#pragma once

#include <vector>

namespace mm::weights {

// w_j = raw_j / sum raw (raw_j >= 0, finite, not all zero).
std::vector<double> Direct(const std::vector<double>& raw);

// Rank-order centroid (Barron, F. H. & Barrett, B. E. (1996), "Decision quality using ranked attribute weights",
// Management Science 42(11) 1515-1523): position k of n (1 = most important) gets (1/n) sum_{i=k..n} 1/i.
// rank[j] is criterion j's position, 1..n; tied criteria share the mean of the centroid weights of the
// positions they occupy (ranks 1, 2, 2, 4 are standard competition ranking: the two "2"s take positions 2-3).
std::vector<double> RankOrderCentroid(const std::vector<int>& rank);

// Swing weighting (von Winterfeldt, D. & Edwards, W. (1986), Decision Analysis and Behavioral Research,
// Cambridge University Press): the swing of the most valued criterion is worth 100 points, every other swing
// 0..100 points relative to it; w_j = points_j / sum points.
std::vector<double> Swing(const std::vector<double>& points);

}  // namespace mm::weights
