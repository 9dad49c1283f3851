// COPRAS utility degrees.
#include "engine/mcda/copras.h"

#include <algorithm>
#include <string>

namespace mm::mcda {

bool ParseCoprasVariant(std::string_view name, CoprasVariant* out) {
    if (name == "textbook") {
        *out = CoprasVariant::Textbook;
        return true;
    }
    if (name == "pymcdm_sum_of_S") {
        *out = CoprasVariant::PymcdmSumOfS;
        return true;
    }
    return false;
}

const char* CoprasVariantName(CoprasVariant v) {
    return v == CoprasVariant::Textbook ? "textbook" : "pymcdm_sum_of_S";
}

CoprasResult Copras(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                    const CoprasParams& params) {
    const std::size_t m = r.Rows(), n = r.Cols();
    CheckWeights(w, n);
    CheckTypes(o, n);
    CoprasResult out;
    out.s_plus.assign(m, 0.0);
    out.s_minus.assign(m, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) (o[j] == 1 ? out.s_plus[i] : out.s_minus[i]) += w[j] * r(i, j);

    out.q.resize(m);
    if (params.variant == CoprasVariant::Textbook) {
        if (std::find(o.begin(), o.end(), -1) == o.end())
            throw Error("copras (textbook): needs at least one cost column left as cost (cost_handling \"ignore\")");
        double sum_minus = 0.0, sum_inv = 0.0;
        for (std::size_t i = 0; i < m; ++i) {
            if (!(out.s_minus[i] > 0.0))
                throw Error("copras (textbook): S- of alternative " + std::to_string(i) + " is " +
                            std::to_string(out.s_minus[i]) + "; the method divides by it");
            sum_minus += out.s_minus[i];
            sum_inv += 1.0 / out.s_minus[i];
        }
        for (std::size_t i = 0; i < m; ++i) out.q[i] = out.s_plus[i] + sum_minus / (out.s_minus[i] * sum_inv);
    } else {
        for (std::size_t i = 0; i < m; ++i) out.q[i] = out.s_plus[i] + out.s_minus[i];
    }
    const double q_max = *std::max_element(out.q.begin(), out.q.end());
    if (!(q_max > 0.0)) throw Error("copras: the largest Q is " + std::to_string(q_max) + "; scores Q/max Q undefined");
    out.scores.resize(m);
    out.scores_percent.resize(m);
    for (std::size_t i = 0; i < m; ++i) {
        out.scores[i] = out.q[i] / q_max;
        out.scores_percent[i] = 100.0 * out.q[i] / q_max;
    }
    if (params.variant == CoprasVariant::PymcdmSumOfS) {
        out.contribution = Matrix(m, n);
        for (std::size_t i = 0; i < m; ++i)
            for (std::size_t j = 0; j < n; ++j) out.contribution(i, j) = w[j] * r(i, j) / q_max;
    }
    return out;
}

}  // namespace mm::mcda
