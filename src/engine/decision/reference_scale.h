// Reference-scale normalisation ("normalization": "reference"): fixed bounds per criterion taken from the whole
// catalog, not from the models that pass the constraints, so a model's normalised value never depends on which
// other models are ranked with it (no rank reversal when a model is added, removed or eliminated).
//
// For criterion j (oriented so that more is better): ideal_j = the best known value in the catalog; worst_j =
// the worst value of j among the models that reach the ideal of some criterion — the payoff-table estimate of
// the nadir point (Benayoun, R., de Montgolfier, J., Tergny, J. & Laritchev, O. (1971), "Linear programming
// with multiple objective functions: Step method (STEM)", Mathematical Programming 1, 366-375; Deb, K. &
// Miettinen, K. (2009), "Nadir point estimation using evolutionary approaches", for its use as a bound).
// r = (x - worst) / (ideal - worst), clamped to [0, 1]. A model that every other model dominates reaches no
// ideal, so adding it moves neither bound: the other models keep their values, and with a method whose score
// of a row reads only that row (wsm) their order. When the payoff models all share the ideal of j (one model best
// on everything), they are set aside and the payoff models of the others are asked, up to 16 times; past that
// (or with fewer than two models left) worst_j is the catalog's worst known value.
// Worked example (tests/engine/decision/reference_scale_test.cpp): benefit columns a = (10, 6, 2, 8),
// b = (1, 5, 9, 3): ideals 10 and 9 (models 0 and 2); worst a = min(10, 2) = 2, worst b = min(1, 9) = 1;
// model 3 -> ((8-2)/8, (3-1)/8) = (0.75, 0.25).
#pragma once
#include <optional>
#include <vector>

namespace mm {

struct ReferenceBounds {
    double worst = 0, ideal = 1;  // in the criterion's own units; ideal < worst for a cost criterion
    double Apply(double x) const;  // 0..1, 1 at the ideal; 1 for every value when worst == ideal
};

// columns[j][i]: criterion j of catalog model i (nullopt = unknown); benefit[j]: more is better. A column with
// no known value gets {0, 1} (it cannot be scaled; the decision's missing-value policy has removed it anyway).
std::vector<ReferenceBounds> ComputeReferenceBounds(const std::vector<std::vector<std::optional<double>>>& columns,
                                                    const std::vector<bool>& benefit);

}  // namespace mm
