// Weighted sum model.
#include "engine/mcda/wsm.h"

#include <string>

namespace mm::mcda {

void WsmScores(const Matrix& r, const std::vector<double>& w, double* out) {
    const std::size_t n = r.Cols();
    const double* wp = w.data();
    for (std::size_t i = 0; i < r.Rows(); ++i) {
        const double* row = r.Row(i);
        double s = 0.0;
        for (std::size_t j = 0; j < n; ++j) s += wp[j] * row[j];
        out[i] = s;
    }
}

void RequireBenefitColumns(const std::vector<int>& o, const char* method) {
    for (std::size_t j = 0; j < o.size(); ++j)
        if (o[j] != 1)
            throw Error(std::string(method) + ": criterion " + std::to_string(j) +
                        " is still a cost column after normalisation; use cost_handling \"invert\"");
}

WsmResult Wsm(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w) {
    CheckWeights(w, r.Cols());
    RequireBenefitColumns(o, "wsm");
    WsmResult out;
    out.scores.resize(r.Rows());
    out.contribution = Matrix(r.Rows(), r.Cols());
    for (std::size_t i = 0; i < r.Rows(); ++i) {
        double s = 0.0;
        for (std::size_t j = 0; j < r.Cols(); ++j) {
            out.contribution(i, j) = w[j] * r(i, j);
            s += out.contribution(i, j);
        }
        out.scores[i] = s;
    }
    return out;
}

}  // namespace mm::mcda
