// TOPSIS: distances to the weighted ideal and anti-ideal.
#include "engine/mcda/topsis.h"

#include <cmath>
#include <string>

namespace mm::mcda {

namespace {

void Ideals(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w, std::vector<double>* pis,
            std::vector<double>* nis) {
    const std::size_t n = r.Cols();
    std::vector<double> lo(r.Row(0), r.Row(0) + n), hi(r.Row(0), r.Row(0) + n);
    for (std::size_t i = 1; i < r.Rows(); ++i) {
        const double* row = r.Row(i);
        for (std::size_t j = 0; j < n; ++j) {
            lo[j] = row[j] < lo[j] ? row[j] : lo[j];
            hi[j] = row[j] > hi[j] ? row[j] : hi[j];
        }
    }
    pis->resize(n);
    nis->resize(n);
    // w_j >= 0, so the extremes of V are the weighted extremes of r.
    for (std::size_t j = 0; j < n; ++j) {
        (*pis)[j] = w[j] * (o[j] == 1 ? hi[j] : lo[j]);
        (*nis)[j] = w[j] * (o[j] == 1 ? lo[j] : hi[j]);
    }
}

}  // namespace

double TopsisCloseness(double d_plus, double d_minus, std::size_t alternative) {
    const double denom = d_plus + d_minus;
    if (!(denom > 0.0))
        throw Error("topsis: alternative " + std::to_string(alternative) +
                    " is at distance 0 from both ideals (every weighted column is constant)");
    return d_minus / denom;
}

TopsisResult Topsis(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w) {
    CheckWeights(w, r.Cols());
    CheckTypes(o, r.Cols());
    if (r.Rows() == 0) throw Error("topsis: no alternatives");
    const std::size_t m = r.Rows(), n = r.Cols();
    TopsisResult out;
    Ideals(r, o, w, &out.positive_ideal, &out.negative_ideal);
    out.weighted = Matrix(m, n);
    out.d_plus.resize(m);
    out.d_minus.resize(m);
    out.scores.resize(m);
    for (std::size_t i = 0; i < m; ++i) {
        const double* row = r.Row(i);
        double dp = 0.0, dm = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = w[j] * row[j];
            out.weighted(i, j) = v;
            dp += (v - out.positive_ideal[j]) * (v - out.positive_ideal[j]);
            dm += (v - out.negative_ideal[j]) * (v - out.negative_ideal[j]);
        }
        out.d_plus[i] = std::sqrt(dp);
        out.d_minus[i] = std::sqrt(dm);
        out.scores[i] = TopsisCloseness(out.d_plus[i], out.d_minus[i], i);
    }
    return out;
}

void TopsisScores(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w, double* out) {
    std::vector<double> pis, nis;
    Ideals(r, o, w, &pis, &nis);
    const std::size_t n = r.Cols();
    for (std::size_t i = 0; i < r.Rows(); ++i) {
        const double* row = r.Row(i);
        double dp = 0.0, dm = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = w[j] * row[j];
            dp += (v - pis[j]) * (v - pis[j]);
            dm += (v - nis[j]) * (v - nis[j]);
        }
        const double a = std::sqrt(dp), b = std::sqrt(dm);
        out[i] = b / (a + b);
    }
}

}  // namespace mm::mcda
