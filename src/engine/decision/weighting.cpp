// Profile weighting -> weights summing to 1, through engine/weights.
#include "engine/decision/weighting.h"

#include "engine/weights/direct.h"
#include "engine/weights/objective.h"

namespace mm {

bool ComputeWeights(const Profile& profile, const mcda::Matrix& x, const std::vector<int>& types,
                    WeightReport* out, Issue* error) {
    const std::vector<CriterionChoice>& c = profile.criteria;
    out->mode = profile.weighting.mode;
    out->ahp.reset();
    // The profile reader already requires the field each mode needs; checked again for profiles built in
    // code.
    auto missing = [&](std::size_t j, const char* field) {
        *error = {JoinPath(JoinPath("criteria", j), field),
                  std::string("required by weighting mode ") + ToString(profile.weighting.mode)};
        return false;
    };
    try {
        switch (profile.weighting.mode) {
            case WeightMode::kDirect: {
                std::vector<double> raw;
                for (std::size_t j = 0; j < c.size(); ++j) {
                    if (!c[j].weight) return missing(j, "weight");
                    raw.push_back(*c[j].weight);
                }
                out->weights = weights::Direct(raw);
                break;
            }
            case WeightMode::kRankOrder: {
                std::vector<int> rank;
                for (std::size_t j = 0; j < c.size(); ++j) {
                    if (!c[j].rank) return missing(j, "rank");
                    rank.push_back(*c[j].rank);
                }
                out->weights = weights::RankOrderCentroid(rank);
                break;
            }
            case WeightMode::kSwing: {
                std::vector<double> points;
                for (std::size_t j = 0; j < c.size(); ++j) {
                    if (!c[j].points) return missing(j, "points");
                    points.push_back(*c[j].points);
                }
                out->weights = weights::Swing(points);
                break;
            }
            case WeightMode::kAhp: {
                const auto& pw = profile.weighting.pairwise;
                if (pw.size() != c.size()) {
                    *error = {"weighting.pairwise", "expected a " + std::to_string(c.size()) + " x " +
                                                        std::to_string(c.size()) +
                                                        " matrix (one row per criterion), got " +
                                                        std::to_string(pw.size()) + " rows"};
                    return false;
                }
                for (std::size_t i = 0; i < pw.size(); ++i)
                    if (pw[i].size() != c.size()) {
                        *error = {JoinPath("weighting.pairwise", i), "expected " + std::to_string(c.size()) +
                                                                         " values, got " +
                                                                         std::to_string(pw[i].size())};
                        return false;
                    }
                out->ahp = weights::AhpWeightsFromPairwise(mcda::Matrix::FromRows(pw));
                out->weights = out->ahp->weights;
                break;
            }
            case WeightMode::kEntropy:
                out->weights = weights::Entropy(x);
                break;
            case WeightMode::kCritic:
                out->weights = weights::Critic(x);
                break;
            case WeightMode::kStd:
                out->weights = weights::StandardDeviation(x);
                break;
            case WeightMode::kMerec:
                out->weights = weights::Merec(x, types);
                break;
        }
    } catch (const mcda::Error& e) {
        *error = {"weighting", e.what()};
        return false;
    }
    return true;
}

}  // namespace mm
