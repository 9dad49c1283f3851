// Column-wise normalisation of a decision matrix (every name of the reference README), with
// cost_handling invert/ignore, producing r and the oriented types o.
//
// Each column's normalisation is a monotone map x -> r of one of five shapes (a·(x - c) + b, a/x, a·ln x + b,
// (a·x)², (a/x)³) whose coefficients come from one pass of column statistics.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct ColumnTransform {
    enum class Shape { Affine, Reciprocal, Log, Square, InverseCube };
    Shape shape = Shape::Affine;
    double a = 1.0;
    double b = 0.0;
    double c = 0.0;  // Affine only: the shift is applied first so the column extremes map exactly (0, not -1e-17)

    double Apply(double x) const {
        switch (shape) {
            case Shape::Affine: return a * (x - c) + b;
            case Shape::Reciprocal: return a / x;
            case Shape::Log: return a * Ln(x) + b;
            case Shape::Square: return (a * x) * (a * x);
            case Shape::InverseCube: {
                const double t = a / x;
                return t * t * t;
            }
        }
        return 0.0;
    }

private:
    static double Ln(double x);
};

// The normalisation of every column plus the column range of the raw matrix (the maps are monotone, so
// the extremes of r sit at the raw extremes).
struct NormalizationPlan {
    std::vector<ColumnTransform> transform;
    std::vector<int> oriented_types;  // o_j
    std::vector<double> col_min;      // raw column minimum
    std::vector<double> col_max;      // raw column maximum
    bool all_affine = true;
};

struct Normalized {
    Matrix r;
    std::vector<int> oriented_types;
};

// Validates x (finite, m >= 1) and types, computes the column statistics in one pass and the per-column
// map. Throws Error naming the criterion when a formula is undefined (constant column for minmax,
// zero or negative values where a formula divides by or takes the log of them).
NormalizationPlan PlanNormalization(const Matrix& x, const std::vector<int>& types, Normalization normalization,
                                    CostHandling cost_handling);

// r = the plan applied to x (x must be the matrix the plan was made from, or one of the same shape).
void ApplyNormalization(const NormalizationPlan& plan, const Matrix& x, Matrix* r);

Normalized Normalize(const Matrix& x, const std::vector<int>& types, Normalization normalization,
                     CostHandling cost_handling);

}  // namespace mm::mcda
