// Normalisations of the reference README: one statistics pass, then a per-column monotone map.
#include "engine/mcda/normalize.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace mm::mcda {

double ColumnTransform::Ln(double x) { return std::log(x); }

namespace {

std::string Crit(std::size_t j) { return "criterion " + std::to_string(j) + ": "; }

// Column minimum, maximum and either the sum or the sum of squares (acc) of a row-major m x n matrix, each sum in
// row order. lo/hi hold row 0 on entry, acc zeros.
void ColumnStats(const Matrix& x, bool squares, double* lo, double* hi, double* acc) {
    const std::size_t n = x.Cols();
    for (std::size_t i = 0; i < x.Rows(); ++i) {
        const double* row = x.Row(i);
        for (std::size_t j = 0; j < n; ++j) {
            const double v = row[j];
            lo[j] = v < lo[j] ? v : lo[j];
            hi[j] = v > hi[j] ? v : hi[j];
            acc[j] += squares ? v * v : v;
        }
    }
}

}  // namespace

NormalizationPlan PlanNormalization(const Matrix& x, const std::vector<int>& types, Normalization normalization,
                                    CostHandling cost_handling) {
    const std::size_t m = x.Rows();
    const std::size_t n = x.Cols();
    if (m == 0 || n == 0) throw Error("matrix: empty (need at least one alternative and one criterion)");
    CheckTypes(types, n);

    NormalizationPlan plan;
    plan.col_min.assign(x.Row(0), x.Row(0) + n);
    plan.col_max.assign(x.Row(0), x.Row(0) + n);
    std::vector<double> sum(n, 0.0), sum_sq(n, 0.0);
    // Only the vector normalisation needs the sums of squares; every other one gets the plain sums (which also
    // serve as the finiteness probe: a NaN or infinity makes its column's accumulator non-finite).
    const bool squares = normalization == Normalization::Vector;
    ColumnStats(x, squares, plan.col_min.data(), plan.col_max.data(), squares ? sum_sq.data() : sum.data());
    for (std::size_t j = 0; j < n; ++j)
        if (!std::isfinite(sum[j]) || !std::isfinite(sum_sq[j])) CheckFinite(x, "matrix");

    // Sums of 1/x and ln x are costly, so they are computed only for the normalisations that need them.
    const bool is_cost_inverted = cost_handling == CostHandling::Invert;
    std::vector<double> sum_inv(n, 0.0), sum_log(n, 0.0);
    const bool need_inv = normalization == Normalization::Sum && is_cost_inverted;
    const bool need_log = normalization == Normalization::Logarithmic;
    if (need_inv || need_log) {
        for (std::size_t j = 0; j < n; ++j) {
            const bool cost = types[j] == -1 && is_cost_inverted;
            if ((need_log || cost) && !(plan.col_min[j] > 0.0))
                throw Error(Crit(j) + NormalizationName(normalization) +
                            " normalisation needs positive values (minimum is " + std::to_string(plan.col_min[j]) +
                            ")");
        }
        for (std::size_t i = 0; i < m; ++i) {
            const double* row = x.Row(i);
            for (std::size_t j = 0; j < n; ++j) {
                if (need_inv) sum_inv[j] += 1.0 / row[j];
                if (need_log) sum_log[j] += std::log(row[j]);
            }
        }
    }

    plan.transform.resize(n);
    plan.oriented_types.resize(n);
    using Shape = ColumnTransform::Shape;
    for (std::size_t j = 0; j < n; ++j) {
        const bool cost = types[j] == -1 && is_cost_inverted && normalization != Normalization::None;
        plan.oriented_types[j] = (normalization == Normalization::None || !is_cost_inverted) ? types[j] : 1;
        const double lo = plan.col_min[j];
        const double hi = plan.col_max[j];
        const std::string name = NormalizationName(normalization);
        ColumnTransform& t = plan.transform[j];
        auto need_positive_max = [&] {
            if (!(hi > 0.0))
                throw Error(Crit(j) + name + " normalisation needs a positive column maximum (max = " +
                            std::to_string(hi) + ")");
        };
        auto need_positive_values = [&] {
            if (!(lo > 0.0))
                throw Error(Crit(j) + name + " normalisation of a cost column needs positive values (minimum is " +
                            std::to_string(lo) + ")");
        };
        switch (normalization) {
            case Normalization::None: break;
            case Normalization::MinMax:
                if (!(hi > lo)) throw Error(Crit(j) + "constant column (max = min) cannot be normalised with minmax");
                t.a = cost ? -1.0 / (hi - lo) : 1.0 / (hi - lo);
                t.c = cost ? hi : lo;
                break;
            case Normalization::Max:
                need_positive_max();
                // Cost: 1 - x/max written as (max - x)/max so that x = max maps to exactly 0.
                t.a = cost ? -1.0 / hi : 1.0 / hi;
                t.c = cost ? hi : 0.0;
                break;
            case Normalization::Sum:
                if (cost) {
                    t.shape = Shape::Reciprocal;
                    t.a = 1.0 / sum_inv[j];
                } else {
                    if (lo < 0.0)
                        throw Error(Crit(j) + "sum normalisation needs non-negative values (minimum is " +
                                    std::to_string(lo) + ")");
                    if (!(sum[j] > 0.0)) throw Error(Crit(j) + "sum normalisation of an all-zero column");
                    t.a = 1.0 / sum[j];
                    t.b = 0.0;
                }
                break;
            case Normalization::Vector: {
                const double norm = std::sqrt(sum_sq[j]);
                if (!(norm > 0.0)) throw Error(Crit(j) + "vector normalisation of an all-zero column");
                t.a = cost ? -1.0 / norm : 1.0 / norm;
                t.c = cost ? norm : 0.0;
                break;
            }
            case Normalization::Linear:
                if (cost) {
                    need_positive_values();
                    t.shape = Shape::Reciprocal;
                    t.a = lo;
                } else {
                    need_positive_max();
                    t.a = 1.0 / hi;
                    t.b = 0.0;
                }
                break;
            case Normalization::Logarithmic: {
                // ln(prod x) = sum ln x, which avoids overflowing the product.
                const double ln_prod = sum_log[j];
                if (ln_prod == 0.0)
                    throw Error(Crit(j) + "logarithmic normalisation undefined: the column's product is 1");
                if (cost) {
                    if (m < 2) throw Error("logarithmic normalisation of a cost column needs at least 2 alternatives");
                    t.shape = Shape::Log;
                    t.a = -1.0 / ln_prod / static_cast<double>(m - 1);
                    t.b = 1.0 / static_cast<double>(m - 1);
                } else {
                    t.shape = Shape::Log;
                    t.a = 1.0 / ln_prod;
                    t.b = 0.0;
                }
                break;
            }
            case Normalization::Nonlinear:
                if (cost) {
                    need_positive_values();
                    t.shape = Shape::InverseCube;
                    t.a = lo;
                } else {
                    need_positive_max();
                    t.shape = Shape::Square;
                    t.a = 1.0 / hi;
                }
                break;
            case Normalization::EnhancedAccuracy: {
                // sum(max - x) = m·max - sum(x); sum(x - min) = sum(x) - m·min.
                const double md = static_cast<double>(m);
                const double spread = cost ? sum[j] - md * lo : md * hi - sum[j];
                if (!(hi > lo) || !(spread > 0.0))
                    throw Error(Crit(j) + "constant column (max = min) cannot be normalised with enhanced_accuracy");
                t.a = cost ? -1.0 / spread : 1.0 / spread;
                t.b = 1.0;
                t.c = cost ? lo : hi;
                break;
            }
            case Normalization::ZavadskasTurskis: {
                // x <= max and x >= min, so |max - x| = max - x and |min - x| = x - min.
                const double ref = cost ? lo : hi;
                if (ref == 0.0)
                    throw Error(Crit(j) + "zavadskas_turskis normalisation divides by the column " +
                                (cost ? "minimum" : "maximum") + ", which is 0");
                const double d = std::fabs(ref);
                t.a = cost ? -1.0 / d : 1.0 / d;
                t.b = 1.0;
                t.c = ref;
                break;
            }
        }
        if (t.shape != Shape::Affine) plan.all_affine = false;
    }
    return plan;
}

void ApplyNormalization(const NormalizationPlan& plan, const Matrix& x, Matrix* r) {
    const std::size_t m = x.Rows();
    const std::size_t n = x.Cols();
    if (r->Rows() != m || r->Cols() != n) *r = Matrix(m, n);
    if (plan.all_affine) {
        std::vector<double> a(n), b(n), c(n);
        for (std::size_t j = 0; j < n; ++j) {
            a[j] = plan.transform[j].a;
            b[j] = plan.transform[j].b;
            c[j] = plan.transform[j].c;
        }
        for (std::size_t i = 0; i < m; ++i) {
            const double* in = x.Row(i);
            double* out = r->Row(i);
            for (std::size_t j = 0; j < n; ++j) out[j] = a[j] * (in[j] - c[j]) + b[j];
        }
        return;
    }
    for (std::size_t i = 0; i < m; ++i) {
        const double* in = x.Row(i);
        double* out = r->Row(i);
        for (std::size_t j = 0; j < n; ++j) out[j] = plan.transform[j].Apply(in[j]);
    }
}

Normalized Normalize(const Matrix& x, const std::vector<int>& types, Normalization normalization,
                     CostHandling cost_handling) {
    NormalizationPlan plan = PlanNormalization(x, types, normalization, cost_handling);
    Normalized out;
    ApplyNormalization(plan, x, &out.r);
    out.oriented_types = std::move(plan.oriented_types);
    return out;
}

}  // namespace mm::mcda
