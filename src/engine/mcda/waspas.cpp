// WASPAS: a lambda-blend of the weighted sum and the weighted product.
#include "engine/mcda/waspas.h"

#include <cmath>
#include <string>

#include "engine/mcda/wsm.h"

namespace mm::mcda {

WaspasResult Waspas(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                    const WaspasParams& params) {
    CheckWeights(w, r.Cols());
    RequireBenefitColumns(o, "waspas");
    if (!(params.lambda >= 0.0 && params.lambda <= 1.0))
        throw Error("waspas: lambda must lie in [0, 1], got " + std::to_string(params.lambda));
    const std::size_t m = r.Rows(), n = r.Cols();
    WaspasResult out;
    out.wsm.resize(m);
    out.wpm.resize(m);
    out.scores.resize(m);
    out.contribution = Matrix(m, n);
    for (std::size_t i = 0; i < m; ++i) {
        double sum = 0.0, prod = 1.0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = r(i, j);
            if (v < 0.0)
                throw Error("waspas: normalised value of alternative " + std::to_string(i) + ", criterion " +
                            std::to_string(j) + " is negative; the product needs r >= 0");
            sum += w[j] * v;
            prod *= std::pow(v, w[j]);
            out.contribution(i, j) = params.lambda * w[j] * v;
        }
        out.wsm[i] = sum;
        out.wpm[i] = prod;
        out.scores[i] = params.lambda * sum + (1.0 - params.lambda) * prod;
    }
    return out;
}

}  // namespace mm::mcda
