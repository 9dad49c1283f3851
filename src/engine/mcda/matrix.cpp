// Matrix helpers, enum names and the input checks every method shares.
#include "engine/mcda/matrix.h"

#include <cmath>

namespace mm::mcda {

Matrix Matrix::FromRows(const std::vector<std::vector<double>>& rows) {
    const std::size_t m = rows.size();
    const std::size_t n = m == 0 ? 0 : rows[0].size();
    Matrix out(m, n);
    for (std::size_t i = 0; i < m; ++i) {
        if (rows[i].size() != n) {
            throw Error("matrix row " + std::to_string(i) + ": expected " + std::to_string(n) + " values, got " +
                        std::to_string(rows[i].size()));
        }
        for (std::size_t j = 0; j < n; ++j) out(i, j) = rows[i][j];
    }
    return out;
}

std::vector<double> Matrix::Column(std::size_t j) const {
    std::vector<double> out(rows_);
    for (std::size_t i = 0; i < rows_; ++i) out[i] = (*this)(i, j);
    return out;
}

std::vector<std::vector<double>> Matrix::ToRows() const {
    std::vector<std::vector<double>> out(rows_, std::vector<double>(cols_));
    for (std::size_t i = 0; i < rows_; ++i)
        for (std::size_t j = 0; j < cols_; ++j) out[i][j] = (*this)(i, j);
    return out;
}

namespace {
struct NormalizationEntry {
    Normalization value;
    const char* name;
};
constexpr NormalizationEntry kNormalizations[] = {
    {Normalization::None, "none"},
    {Normalization::MinMax, "minmax"},
    {Normalization::Max, "max"},
    {Normalization::Sum, "sum"},
    {Normalization::Vector, "vector"},
    {Normalization::Linear, "linear"},
    {Normalization::Logarithmic, "logarithmic"},
    {Normalization::Nonlinear, "nonlinear"},
    {Normalization::EnhancedAccuracy, "enhanced_accuracy"},
    {Normalization::ZavadskasTurskis, "zavadskas_turskis"},
};
}  // namespace

bool ParseNormalization(std::string_view name, Normalization* out) {
    for (const auto& e : kNormalizations) {
        if (name == e.name) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

const char* NormalizationName(Normalization n) {
    for (const auto& e : kNormalizations)
        if (e.value == n) return e.name;
    return "?";
}

bool ParseCostHandling(std::string_view name, CostHandling* out) {
    if (name == "invert") {
        *out = CostHandling::Invert;
        return true;
    }
    if (name == "ignore") {
        *out = CostHandling::Ignore;
        return true;
    }
    return false;
}

const char* CostHandlingName(CostHandling c) { return c == CostHandling::Invert ? "invert" : "ignore"; }

void CheckFinite(const Matrix& x, const char* what) {
    // One cheap pass; the exact element is located only when something is wrong.
    double acc = 0.0;
    const double* p = x.Data();
    const std::size_t count = x.Rows() * x.Cols();
    for (std::size_t k = 0; k < count; ++k) acc += p[k] * 0.0;
    if (acc == 0.0) return;
    for (std::size_t i = 0; i < x.Rows(); ++i)
        for (std::size_t j = 0; j < x.Cols(); ++j)
            if (!std::isfinite(x(i, j)))
                throw Error(std::string(what) + "[" + std::to_string(i) + "][" + std::to_string(j) +
                            "]: not a finite number");
}

void CheckTypes(const std::vector<int>& types, std::size_t n) {
    if (types.size() != n)
        throw Error("types: expected " + std::to_string(n) + " values (one per criterion), got " +
                    std::to_string(types.size()));
    for (std::size_t j = 0; j < n; ++j)
        if (types[j] != 1 && types[j] != -1)
            throw Error("types[" + std::to_string(j) + "]: must be 1 (benefit) or -1 (cost), got " +
                        std::to_string(types[j]));
}

void CheckWeights(const std::vector<double>& weights, std::size_t n) {
    if (weights.size() != n)
        throw Error("weights: expected " + std::to_string(n) + " values (one per criterion), got " +
                    std::to_string(weights.size()));
    double total = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
        if (!std::isfinite(weights[j])) throw Error("weights[" + std::to_string(j) + "]: not a finite number");
        if (weights[j] < 0.0)
            throw Error("weights[" + std::to_string(j) + "]: negative weight " + std::to_string(weights[j]));
        total += weights[j];
    }
    if (!(total > 0.0)) throw Error("weights: all zero");
}

}  // namespace mm::mcda
