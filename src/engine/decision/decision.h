// The decision facade: catalog + profile -> Result. Runs validate -> derive -> filter -> missing policy ->
// matrix -> weights -> method -> rank -> explain -> robustness -> pareto, and keeps every intermediate so the
// views explain a rank without recomputing it.
//
// Rank policy: dense ranks of the method's primary score (ties within 1e-9 relative, engine/mcda/rank.h);
// display order by rank, then model id. Deterministic and identical on native and WebAssembly builds.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/decision/reference_scale.h"
#include "engine/model/catalog.h"
#include "engine/decision/constraints.h"
#include "engine/model/criteria.h"
#include "engine/decision/explain.h"
#include "engine/io/json_util.h"
#include "engine/mcda/matrix.h"
#include "engine/decision/pareto.h"
#include "engine/model/profile.h"
#include "engine/decision/robustness.h"
#include "engine/decision/weighting.h"

namespace mm {

struct DecideOptions {
    std::string method_override;  // e.g. the CLI's --method; empty = the profile's method
    bool robustness = true;       // false skips intervals, flip and Monte-Carlo (a quicker preview)
    bool pareto = true;
    bool missing_sensitivity = true;  // false skips ranking again under the other missing-value rules
};

// A model that passed the constraints (and the missing-value policy): one row of the matrices.
struct ModelRow {
    std::string id, name, provider;
    int catalog_index = 0;
    double score = 0;
    int rank = 0;  // dense, 1 = best
    // Share of the weight that rests on known values, not on values filled in by the missing-value rule (0..1).
    double coverage = 1;
    // Rank class: 1 + the number of models that rank clearly above it under the weight sampling (confidence.h);
    // models sharing a class cannot be told apart. Without sampling, the rank.
    int rank_class = 0;
    DerivedValues derived;
};

struct EliminatedModel {
    std::string id, name;
    std::vector<ConstraintFailure> failures;  // every failed constraint, in check order
    int catalog_index = 0;
};

// Who wins when the same profile fills in unknown values by another rule.
struct MissingWinner {
    MissingPolicy policy = MissingPolicy::kWorst;
    std::string winner;  // model id; empty when no model is left under that rule
};

struct Result {
    bool ok = false;
    std::vector<Issue> errors;       // when !ok: why nothing could be ranked (profile paths, method refusals)
    std::vector<std::string> notes;  // things the user should know: constant criteria, a single survivor

    std::string method, normalization;  // as run ("minmax", or "" for own-normalisation methods)
    bool higher_is_better = true;
    std::vector<CriterionInfo> criteria;  // the chosen criteria, profile order (matrix columns)
    std::vector<bool> constant;           // per criterion: same value for every row (left out of scoring)
    std::vector<ReferenceBounds> reference;  // per criterion with normalization "reference" (whole catalog); else empty
    WeightReport weights;                 // per criterion, summing to 1

    std::vector<ModelRow> rows;              // survivors in catalog order (matrix rows)
    mcda::Matrix raw;                        // rows x criteria, after the missing-value policy
    std::vector<std::vector<bool>> imputed;  // rows x criteria: value filled by the policy (worst/median)
    mcda::Matrix normalized;    // rows x criteria (normalised methods; constant columns 1); else empty
    mcda::Matrix contribution;  // rows x criteria, rows sum to the score (additive methods); else empty
    std::vector<double> d_plus, d_minus;  // TOPSIS distances to the ideal / anti-ideal, per row
    std::vector<int> order;               // rows, best first (rank, then id)
    std::vector<int> by_id;               // rows in model-id order (how ties in the ranking are broken)

    std::vector<EliminatedModel> eliminated;  // catalog order
    std::vector<DerivedValues> all_derived;   // every catalog model, catalog order (cost calculator views)

    std::optional<PairExplanation> why_first;  // #1 vs #2
    std::vector<CostComparison> cost_vs_premium;
    std::string cheapest;  // id of the cheapest surviving model by monthly cost ("" when unknown)
    std::optional<RobustnessReport> robustness;
    std::optional<ParetoResult> pareto;
    // One entry per missing-value rule of the profile format (exclude, worst, median), the profile's own included.
    std::vector<MissingWinner> missing_sensitivity;

    const ModelRow* Top() const { return order.empty() ? nullptr : &rows[order[0]]; }
    const ModelRow* FindRow(const std::string& id) const;
    int RowIndex(const std::string& id) const;  // -1 when not ranked
};

Result Decide(const Catalog& catalog, const Profile& profile, const DecideOptions& options = {});

}  // namespace mm
