// Value types shared by every MCDA unit: the decision matrix, the normalisation and cost-handling
// enums with their reference-case names, and the engine's error type.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mm::mcda {

// Every refusal of the MCDA and weighting units (bad shape, nonsense value, out-of-scope input).
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Dense m×n matrix, row-major in one contiguous vector: rows are alternatives, columns criteria.
class Matrix {
public:
    Matrix() = default;
    Matrix(std::size_t rows, std::size_t cols, double fill = 0.0) : rows_(rows), cols_(cols), data_(rows * cols, fill) {}
    // Throws Error when the rows have different lengths.
    static Matrix FromRows(const std::vector<std::vector<double>>& rows);

    std::size_t Rows() const { return rows_; }
    std::size_t Cols() const { return cols_; }
    bool Empty() const { return data_.empty(); }

    double& operator()(std::size_t i, std::size_t j) { return data_[i * cols_ + j]; }
    double operator()(std::size_t i, std::size_t j) const { return data_[i * cols_ + j]; }
    double* Row(std::size_t i) { return data_.data() + i * cols_; }
    const double* Row(std::size_t i) const { return data_.data() + i * cols_; }
    double* Data() { return data_.data(); }
    const double* Data() const { return data_.data(); }
    const std::vector<double>& Values() const { return data_; }

    std::vector<double> Column(std::size_t j) const;
    std::vector<std::vector<double>> ToRows() const;

private:
    std::size_t rows_ = 0;
    std::size_t cols_ = 0;
    std::vector<double> data_;
};

enum class Normalization {
    None,
    MinMax,
    Max,
    Sum,
    Vector,
    Linear,
    Logarithmic,
    Nonlinear,
    EnhancedAccuracy,
    ZavadskasTurskis,
};

// Invert: cost columns get the cost formula and become benefit columns (o_j = 1).
// Ignore: every column gets the benefit formula and keeps its direction (o_j = types[j]).
enum class CostHandling { Invert, Ignore };

// Reference-case names ("minmax", "zavadskas_turskis", ...). Parse returns false for an unknown name.
bool ParseNormalization(std::string_view name, Normalization* out);
const char* NormalizationName(Normalization n);
bool ParseCostHandling(std::string_view name, CostHandling* out);
const char* CostHandlingName(CostHandling c);

// Shared input checks; `what` names the item in the message ("weights", "types").
void CheckFinite(const Matrix& x, const char* what);
void CheckTypes(const std::vector<int>& types, std::size_t n);
void CheckWeights(const std::vector<double>& weights, std::size_t n);

}  // namespace mm::mcda
