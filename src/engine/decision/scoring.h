// Adapter between the decision pipeline and the MCDA facade (engine/mcda/method.h): resolves a profile's
// method choice (name, default normalisation, parameters taken from the data) and scores one matrix under
// many weight vectors (robustness), re-normalising nothing where the method allows it.
#pragma once
#include <string>
#include <vector>

#include "engine/mcda/method.h"
#include "engine/model/profile.h"

namespace mm {

struct MethodSpec {
    mcda::Method method = mcda::Method::Wsm;
    mcda::Normalization normalization = mcda::Normalization::MinMax;
    mcda::CostHandling cost_handling = mcda::CostHandling::Invert;
    bool higher_is_better = true;
    bool additive = true;  // scores are sums of per-criterion contributions
    // "reference": the decision maps every column to 0..1 on the whole catalog's bounds (reference_scale.h) and
    // the method then runs with no normalisation of its own on those benefit columns.
    bool reference = false;
};

// The methods offered for ranking models (electre1 has no ranking, so it is not among them).
const std::vector<std::string>& RankingMethodNames();

// Default normalisations: wsm minmax/invert; wpm, waspas linear/invert (products need r > 0); topsis, moora*,
// electre2 vector/ignore (the classical forms); copras sum/ignore; vikor, promethee2, spotis their own.
// Returns false with `error` naming the field for an unknown method or normalisation.
bool ResolveMethod(const MethodChoice& choice, MethodSpec* spec, std::string* error);

// The facade's problem for a matrix of raw values; types 1 benefit / -1 cost. Parameters that depend on the
// data (PROMETHEE thresholds, SPOTIS bounds) come from the column ranges.
mcda::Problem BuildProblem(const MethodSpec& spec, const MethodChoice& choice, const mcda::Matrix& x,
                           const std::vector<int>& types, const std::vector<double>& weights);

// Scores one matrix under many weight vectors. WSM and TOPSIS normalise once (their normalisations do not
// depend on the weights) and run their hot paths; every other method runs the facade per call.
class Scorer {
public:
    Scorer(const MethodSpec& spec, const MethodChoice& choice, const mcda::Matrix& x,
           const std::vector<int>& types);
    void Scores(const std::vector<double>& w, double* out) const;  // throws mcda::Error
    bool HigherIsBetter() const { return spec_.higher_is_better; }
    bool IsWsm() const { return spec_.method == mcda::Method::Wsm; }
    const mcda::Matrix& Normalized() const { return r_; }  // WSM and TOPSIS only
    std::size_t Rows() const { return x_.Rows(); }
    std::size_t Cols() const { return x_.Cols(); }

private:
    MethodSpec spec_;
    MethodChoice choice_;
    mcda::Matrix x_;
    std::vector<int> types_;
    mcda::Matrix r_;
    std::vector<int> o_;
};

}  // namespace mm
