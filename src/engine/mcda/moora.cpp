// MOORA ratio system, reference point and full multiplicative form.
#include "engine/mcda/moora.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace mm::mcda {

MooraRatioResult MooraRatio(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w) {
    CheckWeights(w, r.Cols());
    CheckTypes(o, r.Cols());
    MooraRatioResult out;
    out.scores.assign(r.Rows(), 0.0);
    out.contribution = Matrix(r.Rows(), r.Cols());
    for (std::size_t i = 0; i < r.Rows(); ++i)
        for (std::size_t j = 0; j < r.Cols(); ++j) {
            out.contribution(i, j) = o[j] * w[j] * r(i, j);
            out.scores[i] += out.contribution(i, j);
        }
    return out;
}

MooraRefpointResult MooraRefpoint(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w) {
    CheckWeights(w, r.Cols());
    CheckTypes(o, r.Cols());
    if (r.Rows() == 0) throw Error("moora_refpoint: no alternatives");
    const std::size_t m = r.Rows(), n = r.Cols();
    MooraRefpointResult out;
    out.reference_point.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        double best = r(0, j);
        for (std::size_t i = 1; i < m; ++i) best = o[j] == 1 ? std::max(best, r(i, j)) : std::min(best, r(i, j));
        out.reference_point[j] = best;
    }
    out.deviation = Matrix(m, n);
    out.scores.assign(m, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            out.deviation(i, j) = std::fabs(w[j] * (r(i, j) - out.reference_point[j]));
            out.scores[i] = std::max(out.scores[i], out.deviation(i, j));
        }
    return out;
}

MooraFmfResult MooraFmf(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w) {
    CheckWeights(w, r.Cols());
    CheckTypes(o, r.Cols());
    MooraFmfResult out;
    out.U.resize(r.Rows());
    out.ln_U.resize(r.Rows());
    for (std::size_t i = 0; i < r.Rows(); ++i) {
        double num = 1.0, den = 1.0;
        for (std::size_t j = 0; j < r.Cols(); ++j) {
            if (w[j] == 0.0) continue;  // a criterion the user gave no weight counts as a factor of 1, not 0
            const double v = w[j] * r(i, j);
            if (v < 0.0 || (o[j] == -1 && !(v > 0.0)))
                throw Error("moora_fmf: weighted normalised value of alternative " + std::to_string(i) +
                            ", criterion " + std::to_string(j) + " is " + std::to_string(v) +
                            (o[j] == -1 ? "; a cost factor must be > 0 (it divides)" : "; must be >= 0"));
            (o[j] == 1 ? num : den) *= v;
        }
        out.U[i] = num / den;
        out.ln_U[i] = std::log(out.U[i]);
    }
    return out;
}

}  // namespace mm::mcda
