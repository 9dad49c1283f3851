// Weighted product model.
#include "engine/mcda/wpm.h"

#include <cmath>
#include <string>

#include "engine/mcda/wsm.h"

namespace mm::mcda {

WpmResult Wpm(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w) {
    CheckWeights(w, r.Cols());
    RequireBenefitColumns(o, "wpm");
    WpmResult out;
    out.scores.resize(r.Rows());
    out.scores_log10.resize(r.Rows());
    out.log10_contribution = Matrix(r.Rows(), r.Cols());
    for (std::size_t i = 0; i < r.Rows(); ++i) {
        double prod = 1.0, lg = 0.0;
        for (std::size_t j = 0; j < r.Cols(); ++j) {
            const double v = r(i, j);
            if (!(v > 0.0))
                throw Error("wpm: normalised value of alternative " + std::to_string(i) + ", criterion " +
                            std::to_string(j) + " is " + std::to_string(v) + "; the product needs r > 0");
            prod *= std::pow(v, w[j]);
            out.log10_contribution(i, j) = w[j] * std::log10(v);
            lg += out.log10_contribution(i, j);
        }
        out.scores[i] = prod;
        out.scores_log10[i] = lg;
    }
    return out;
}

}  // namespace mm::mcda
