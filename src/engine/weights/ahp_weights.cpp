// AHP weights with their consistency report.
#include "engine/weights/ahp_weights.h"

namespace mm::weights {

AhpWeights AhpWeightsFromPairwise(const mm::mcda::Matrix& pairwise, mm::mcda::PriorityMethod method,
                                  mm::mcda::RandomIndexTable table) {
    const mm::mcda::AhpResult ahp = mm::mcda::Ahp(pairwise, method);
    AhpWeights out;
    out.weights = ahp.weights;
    out.lambda_max = ahp.lambda_max;
    out.ci = ahp.ci;
    out.ri_table = table;
    out.most_inconsistent = ahp.most_inconsistent;
    const std::size_t n = pairwise.Rows();
    if (n <= 9) {
        out.ri = mm::mcda::RandomIndex(table, n);
        out.cr = mm::mcda::ConsistencyRatio(ahp.ci, *out.ri, n);
        out.acceptable = *out.cr <= 0.10;
    }
    return out;
}

}  // namespace mm::weights
