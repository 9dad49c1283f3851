// Objective weighting methods.
#include "engine/weights/objective.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "engine/decision/index_sort.h"

namespace mm::weights {

using mm::mcda::Error;
using mm::mcda::Matrix;

namespace {

void CheckShape(const Matrix& x, const char* method) {
    if (x.Rows() < 2 || x.Cols() < 1)
        throw Error(std::string(method) + ": needs at least 2 alternatives and 1 criterion");
    mm::mcda::CheckFinite(x, "matrix");
}

std::vector<double> Normalise(std::vector<double> v, const char* method, const char* what) {
    double total = 0.0;
    for (double e : v) total += e;
    if (!(total > 0.0) || !std::isfinite(total))
        throw Error(std::string(method) + ": every criterion has zero " + what + "; weights undefined");
    for (double& e : v) e /= total;
    return v;
}

// (x - min)/(max - min) per column, direction ignored.
Matrix MinMaxScaled(const Matrix& x, const char* method) {
    Matrix r(x.Rows(), x.Cols());
    for (std::size_t j = 0; j < x.Cols(); ++j) {
        double lo = x(0, j), hi = x(0, j);
        for (std::size_t i = 1; i < x.Rows(); ++i) {
            lo = std::min(lo, x(i, j));
            hi = std::max(hi, x(i, j));
        }
        if (!(hi > lo))
            throw Error(std::string(method) + ": criterion " + std::to_string(j) +
                        ": constant column (max = min) cannot be min-max scaled");
        for (std::size_t i = 0; i < x.Rows(); ++i) r(i, j) = (x(i, j) - lo) / (hi - lo);
    }
    return r;
}

// Population standard deviation of each column (the ddof cancels in every ratio below).
std::vector<double> ColumnStd(const Matrix& x) {
    const std::size_t m = x.Rows(), n = x.Cols();
    std::vector<double> mean(n, 0.0), var(n, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) mean[j] += x(i, j) / static_cast<double>(m);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) var[j] += (x(i, j) - mean[j]) * (x(i, j) - mean[j]);
    for (std::size_t j = 0; j < n; ++j) var[j] = std::sqrt(var[j] / static_cast<double>(m));
    return var;
}

double Pearson(const std::vector<double>& a, const std::vector<double>& b) {
    const double m = static_cast<double>(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / m;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / m;
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

}  // namespace

bool ParseCorrelation(std::string_view name, Correlation* out) {
    if (name == "pearson") {
        *out = Correlation::Pearson;
        return true;
    }
    if (name == "spearman") {
        *out = Correlation::Spearman;
        return true;
    }
    return false;
}

std::vector<double> AverageRanks(const std::vector<double>& values) {
    std::vector<std::size_t> idx(values.size());
    std::iota(idx.begin(), idx.end(), 0);
    StableSortIndices(idx, [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (std::size_t k = 0; k < idx.size();) {
        std::size_t end = k;
        while (end + 1 < idx.size() && values[idx[end + 1]] == values[idx[k]]) ++end;
        const double mean_rank = 0.5 * static_cast<double>(k + end) + 1.0;
        for (std::size_t t = k; t <= end; ++t) rank[idx[t]] = mean_rank;
        k = end + 1;
    }
    return rank;
}

std::vector<double> Entropy(const Matrix& x) {
    CheckShape(x, "entropy");
    const std::size_t m = x.Rows(), n = x.Cols();
    std::vector<double> diversity(n);
    for (std::size_t j = 0; j < n; ++j) {
        double sum = 0.0;
        for (std::size_t i = 0; i < m; ++i) {
            if (x(i, j) < 0.0)
                throw Error("entropy: matrix[" + std::to_string(i) + "][" + std::to_string(j) + "] is negative");
            sum += x(i, j);
        }
        if (!(sum > 0.0)) throw Error("entropy: criterion " + std::to_string(j) + ": all-zero column");
        double e = 0.0;
        for (std::size_t i = 0; i < m; ++i) {
            const double p = x(i, j) / sum;
            if (p > 0.0) e -= p * std::log(p);  // 0 ln 0 = 0
        }
        diversity[j] = 1.0 - e / std::log(static_cast<double>(m));
    }
    return Normalise(diversity, "entropy", "diversity (every column is uniform)");
}

std::vector<double> Critic(const Matrix& x, bool scale, Correlation correlation) {
    CheckShape(x, "critic");
    const std::size_t n = x.Cols();
    const Matrix r = scale ? MinMaxScaled(x, "critic") : x;
    const std::vector<double> sigma = ColumnStd(r);
    std::vector<std::vector<double>> cols(n);
    for (std::size_t j = 0; j < n; ++j) {
        if (!(sigma[j] > 0.0))
            throw Error("critic: criterion " + std::to_string(j) + ": constant column, correlation undefined");
        cols[j] = r.Column(j);
        if (correlation == Correlation::Spearman) cols[j] = AverageRanks(cols[j]);
    }
    std::vector<double> c(n, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
        double conflict = 0.0;
        for (std::size_t k = 0; k < n; ++k) conflict += k == j ? 0.0 : 1.0 - Pearson(cols[j], cols[k]);
        c[j] = sigma[j] * conflict;
    }
    return Normalise(c, "critic", "information (C_j)");
}

std::vector<double> StandardDeviation(const Matrix& x) {
    CheckShape(x, "std");
    return Normalise(ColumnStd(x), "std", "standard deviation");
}

std::vector<double> Variance(const Matrix& x) {
    CheckShape(x, "variance");
    std::vector<double> v = ColumnStd(MinMaxScaled(x, "variance"));
    for (double& e : v) e *= e;
    return Normalise(v, "variance", "variance");
}

std::vector<double> Merec(const Matrix& x, const std::vector<int>& types) {
    CheckShape(x, "merec");
    mm::mcda::CheckTypes(types, x.Cols());
    const std::size_t m = x.Rows(), n = x.Cols();
    std::vector<double> lo(n), hi(n);
    for (std::size_t j = 0; j < n; ++j) {
        lo[j] = hi[j] = x(0, j);
        for (std::size_t i = 0; i < m; ++i) {
            if (!(x(i, j) > 0.0))
                throw Error("merec: matrix[" + std::to_string(i) + "][" + std::to_string(j) + "] must be > 0");
            lo[j] = std::min(lo[j], x(i, j));
            hi[j] = std::max(hi[j], x(i, j));
        }
    }
    Matrix abs_ln(m, n);  // |ln n_ij|
    std::vector<double> row_sum(m, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const double nij = types[j] == 1 ? lo[j] / x(i, j) : x(i, j) / hi[j];
            abs_ln(i, j) = std::fabs(std::log(nij));
            row_sum[i] += abs_ln(i, j);
        }
    const double nd = static_cast<double>(n);
    std::vector<double> e(n, 0.0);
    for (std::size_t i = 0; i < m; ++i) {
        const double s = std::log(1.0 + row_sum[i] / nd);
        for (std::size_t j = 0; j < n; ++j) e[j] += std::fabs(std::log(1.0 + (row_sum[i] - abs_ln(i, j)) / nd) - s);
    }
    return Normalise(e, "merec", "removal effect");
}

}  // namespace mm::weights
