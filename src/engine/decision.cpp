// Decide(): the pipeline from catalog + profile to a ranked, explained Result.
#include "engine/decision.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "engine/mcda/method.h"
#include "engine/mcda/rank.h"
#include "engine/missing.h"
#include "engine/profile_io.h"
#include "engine/scoring.h"

namespace mm {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A reduced weight t' (constant criteria left out, the others renormalised) back to the user's weight scale:
// with proportional rescaling, t' = t / (t + a (1 - t)) where a = (S - w_j) / (1 - w_j), S the total weight
// of the non-constant criteria (a = 1, t = t', when no criterion is constant).
double ToFullWeight(double t_reduced, double w_full, double s_full) {
    if (w_full >= 1 - 1e-12) return t_reduced;
    const double a = (s_full - w_full) / (1 - w_full);
    const double den = 1 - t_reduced + t_reduced * a;
    return den > 0 ? t_reduced * a / den : 1.0;
}

}  // namespace

const ModelRow* Result::FindRow(const std::string& id) const {
    const int i = RowIndex(id);
    return i < 0 ? nullptr : &rows[i];
}

int Result::RowIndex(const std::string& id) const {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].id == id) return static_cast<int>(i);
    return -1;
}

Result Decide(const Catalog& catalog, const Profile& profile_in, const DecideOptions& options) {
    Result res;
    Profile profile = profile_in;
    if (!options.method_override.empty()) profile.method.name = options.method_override;

    // 1. validate
    res.errors = ValidateProfile(profile, catalog);
    MethodSpec spec;
    std::string error;
    if (!ResolveMethod(profile.method, &spec, &error))
        res.errors.push_back({options.method_override.empty() ? "method.name" : "--method", error});
    if (!res.errors.empty()) return res;
    res.method = profile.method.name;
    res.normalization =
        mcda::MethodUsesNormalization(spec.method) ? mcda::NormalizationName(spec.normalization) : "";
    res.higher_is_better = spec.higher_is_better;

    // 2. derive, 3. filter
    const std::vector<CriterionInfo> registry = CriterionRegistry(catalog, profile);
    for (const CriterionChoice& c : profile.criteria) res.criteria.push_back(*FindCriterion(registry, c.id));
    const std::size_t n = res.criteria.size();
    res.all_derived.reserve(catalog.models.size());
    std::vector<int> candidates;
    for (std::size_t i = 0; i < catalog.models.size(); ++i) {
        const Model& m = catalog.models[i];
        res.all_derived.push_back(Derive(m, profile));
        std::vector<ConstraintFailure> failures = CheckConstraints(m, res.all_derived.back(), profile);
        if (failures.empty())
            candidates.push_back(static_cast<int>(i));
        else
            res.eliminated.push_back({m.id, m.name, std::move(failures), static_cast<int>(i)});
    }

    // 4. missing values
    std::vector<std::vector<std::optional<double>>> cells(candidates.size(),
                                                          std::vector<std::optional<double>>(n));
    std::vector<Direction> dirs;
    std::vector<std::string> ids;
    for (const CriterionInfo& c : res.criteria) dirs.push_back(c.direction), ids.push_back(c.id);
    for (std::size_t k = 0; k < candidates.size(); ++k)
        for (std::size_t j = 0; j < n; ++j)
            cells[k][j] = CriterionValue(res.criteria[j], catalog.models[candidates[k]],
                                         res.all_derived[candidates[k]], profile);
    MissingOutcome mo = ApplyMissingPolicy(cells, dirs, ids, profile.missing);
    if (!mo.error.empty()) {
        for (std::size_t j = 0; j < n; ++j)
            if (mo.error.find(" " + ids[j] + ":") != std::string::npos)
                res.errors.push_back({JoinPath(JoinPath("criteria", j), "id"), mo.error});
        if (res.errors.empty()) res.errors.push_back({"criteria", mo.error});
        return res;
    }
    std::vector<int> kept;  // indices into candidates
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (mo.excluded[k].empty()) {
            kept.push_back(static_cast<int>(k));
            continue;
        }
        const Model& m = catalog.models[candidates[k]];
        EliminatedModel e{m.id, m.name, {}, candidates[k]};
        for (int j : mo.excluded[k])
            e.failures.push_back({"missing_value", ids[j], {}, {}, res.criteria[j].unit});
        res.eliminated.push_back(std::move(e));
    }
    std::stable_sort(
        res.eliminated.begin(), res.eliminated.end(),
        [](const EliminatedModel& a, const EliminatedModel& b) { return a.catalog_index < b.catalog_index; });

    // 5. matrix
    const std::size_t m = kept.size();
    res.raw = mcda::Matrix(m, n);
    res.imputed.assign(m, std::vector<bool>(n, false));
    for (std::size_t i = 0; i < m; ++i) {
        const int ci = candidates[kept[i]];
        const Model& mod = catalog.models[ci];
        res.rows.push_back({mod.id, mod.name, mod.provider, ci, kNaN, 0, res.all_derived[ci]});
        for (std::size_t j = 0; j < n; ++j) {
            res.raw(i, j) = mo.values[kept[i]][j];
            res.imputed[i][j] = mo.imputed[kept[i]][j];
        }
    }
    std::vector<int> types(n);
    for (std::size_t j = 0; j < n; ++j) types[j] = dirs[j] == Direction::kBenefit ? 1 : -1;
    res.ok = true;
    if (m == 0) {
        res.notes.push_back(
            "no model meets every constraint: see the eliminated models and relax a constraint");
        return res;
    }

    // 6. which criteria discriminate, 7. weights
    res.constant.assign(n, true);
    std::vector<int> active;
    for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t i = 1; i < m && res.constant[j]; ++i)
            res.constant[j] = res.raw(i, j) == res.raw(0, j);
        if (m < 2) res.constant[j] = true;
        if (!res.constant[j])
            active.push_back(static_cast<int>(j));
        else if (m >= 2)
            res.notes.push_back("criterion " + ids[j] +
                                " has the same value for every remaining model: it cannot separate them and "
                                "is left out of the scores");
    }
    mcda::Matrix xr(m, active.size());
    std::vector<int> tr;
    for (std::size_t a = 0; a < active.size(); ++a) {
        tr.push_back(types[active[a]]);
        for (std::size_t i = 0; i < m; ++i) xr(i, a) = res.raw(i, active[a]);
    }
    const bool objective =
        profile.weighting.mode == WeightMode::kEntropy || profile.weighting.mode == WeightMode::kCritic ||
        profile.weighting.mode == WeightMode::kStd || profile.weighting.mode == WeightMode::kMerec;
    if (objective) {
        // Objective weights come from the spread of the data: a constant criterion carries no information.
        WeightReport reduced;
        if (!active.empty() && m >= 2 && !ComputeWeights(profile, xr, tr, &reduced, &error)) {
            res.ok = false;
            res.errors.push_back({"weighting.mode", error});
            return res;
        }
        res.weights.mode = profile.weighting.mode;
        res.weights.weights.assign(n, 0.0);
        for (std::size_t a = 0; a < active.size() && !reduced.weights.empty(); ++a)
            res.weights.weights[active[a]] = reduced.weights[a];
    } else if (!ComputeWeights(profile, res.raw, types, &res.weights, &error)) {
        res.ok = false;
        const std::string path = error.substr(0, error.find(':'));
        res.errors.push_back(
            {path.find(' ') == std::string::npos ? path : "weighting", error.substr(error.find(':') + 2)});
        return res;
    }
    std::vector<double> wr;
    double s_full = 0;
    for (int j : active) wr.push_back(res.weights.weights[j]), s_full += res.weights.weights[j];

    // 8. method, 9. rank
    std::vector<double> scores(m, kNaN);
    std::vector<int> rank(m, 1);
    if (active.empty() || s_full <= 0 || m < 2) {
        res.notes.push_back(m < 2
                                ? "a single model meets the constraints: there is nothing to rank it against"
                                : "no weighted criterion separates the remaining models: they tie");
    } else {
        for (double& w : wr) w /= s_full;
        mcda::Outcome out;
        try {
            out = mcda::Evaluate(spec.method, BuildProblem(spec, profile.method, xr, tr, wr));
        } catch (const mcda::Error& e) {
            res.ok = false;
            std::string what = e.what();
            // The facade names columns by index in the reduced matrix; name the criterion instead.
            res.errors.push_back({"method", res.method + ": " + what});
            return res;
        }
        scores = out.score;
        rank = out.rank;
        if (!out.normalized.Empty()) {
            res.normalized = mcda::Matrix(m, n, 1.0);
            for (std::size_t a = 0; a < active.size(); ++a)
                for (std::size_t i = 0; i < m; ++i) res.normalized(i, active[a]) = out.normalized(i, a);
        }
        if (!out.contribution.Empty() && out.contribution.Cols() == active.size()) {
            res.contribution = mcda::Matrix(m, n, 0.0);
            for (std::size_t a = 0; a < active.size(); ++a)
                for (std::size_t i = 0; i < m; ++i) res.contribution(i, active[a]) = out.contribution(i, a);
        }
        if (out.topsis) res.d_plus = out.topsis->d_plus, res.d_minus = out.topsis->d_minus;
    }
    for (std::size_t i = 0; i < m; ++i) res.rows[i].score = scores[i], res.rows[i].rank = rank[i];
    res.order.resize(m);
    std::iota(res.order.begin(), res.order.end(), 0);
    std::sort(res.order.begin(), res.order.end(), [&](int a, int b) {
        if (rank[a] != rank[b]) return rank[a] < rank[b];
        return res.rows[a].id < res.rows[b].id;
    });

    // 10. explain
    std::vector<std::string> row_ids;
    for (const ModelRow& r : res.rows) row_ids.push_back(r.id);
    const int first = res.order[0], second = m > 1 ? res.order[1] : -1;
    if (second >= 0 && std::isfinite(scores[first]))
        res.why_first = ExplainPair(first, second, row_ids, ids, res.raw, types, res.weights.weights,
                                    res.contribution, scores);
    res.cost_vs_premium =
        CompareCosts(catalog, res.all_derived, res.rows[first].catalog_index, profile.reference_model);
    int cheapest = -1;
    for (std::size_t i = 0; i < m; ++i) {
        const auto& c = res.rows[i].derived.monthly_usd;
        if (c && (cheapest < 0 || *c < *res.rows[cheapest].derived.monthly_usd ||
                  (*c == *res.rows[cheapest].derived.monthly_usd && res.rows[i].id < res.rows[cheapest].id)))
            cheapest = static_cast<int>(i);
    }
    if (cheapest >= 0) res.cheapest = res.rows[cheapest].id;

    // 11. robustness (in the space of the discriminating criteria, mapped back to the user's weights)
    if (options.robustness && m >= 2 && active.size() >= 1 && s_full > 0) {
        try {
            Scorer scorer(spec, profile.method, xr, tr);
            std::vector<std::string> active_ids;
            for (int j : active) active_ids.push_back(ids[j]);
            RobustnessReport rr =
                AnalyseRobustness(scorer, wr, row_ids, active_ids, first, second, profile.robustness);
            RobustnessReport full = rr;
            full.intervals.clear();
            for (std::size_t j = 0; j < n; ++j) {
                const double wj = res.weights.weights[j];
                auto it = std::find(active.begin(), active.end(), static_cast<int>(j));
                if (it == active.end()) {
                    full.intervals.push_back({ids[j], wj, 0.0, 1.0});
                    continue;
                }
                const WeightInterval& iv = rr.intervals[it - active.begin()];
                full.intervals.push_back(
                    {ids[j], wj, ToFullWeight(iv.lower, wj, s_full), ToFullWeight(iv.upper, wj, s_full)});
            }
            if (rr.flip.found) {
                const int j = active[std::find(active_ids.begin(), active_ids.end(), rr.flip.criterion) -
                                     active_ids.begin()];
                const double wj = res.weights.weights[j];
                full.flip.from = wj;
                full.flip.to = ToFullWeight(rr.flip.to, wj, s_full);
                full.flip.change = std::fabs(full.flip.to - wj);
            }
            res.robustness = std::move(full);
        } catch (const mcda::Error& e) {
            res.notes.push_back(std::string("robustness analysis not available: ") + e.what());
        }
    }

    // 12. pareto (over the values the catalog knows: a model lacking one is not placed on the frontier)
    if (options.pareto) {
        std::vector<std::string> pc = profile.pareto_criteria.empty() ? ids : profile.pareto_criteria;
        std::vector<const CriterionInfo*> infos;
        for (const std::string& id : pc) infos.push_back(FindCriterion(registry, id));
        std::vector<int> prow;
        std::vector<std::vector<double>> vals;
        for (std::size_t i = 0; i < m; ++i) {
            std::vector<double> v;
            for (const CriterionInfo* info : infos) {
                auto x = CriterionValue(*info, catalog.models[res.rows[i].catalog_index], res.rows[i].derived,
                                        profile);
                if (!x) break;
                v.push_back(*x);
            }
            if (v.size() == infos.size()) prow.push_back(static_cast<int>(i)), vals.push_back(v);
        }
        std::vector<int> ptypes;
        for (const CriterionInfo* info : infos)
            ptypes.push_back(info->direction == Direction::kBenefit ? 1 : -1);
        mcda::Matrix px = vals.empty() ? mcda::Matrix(0, pc.size()) : mcda::Matrix::FromRows(vals);
        ParetoResult pr = ParetoSet(px, ptypes, pc);
        ParetoResult mapped;
        mapped.criteria = pc;
        mapped.dominated_by.assign(m, -1);
        for (int k : pr.non_dominated) mapped.non_dominated.push_back(prow[k]);
        for (int k : pr.frontier) mapped.frontier.push_back(prow[k]);
        for (std::size_t k = 0; k < prow.size(); ++k)
            if (pr.dominated_by[k] >= 0) mapped.dominated_by[prow[k]] = prow[pr.dominated_by[k]];
        res.pareto = std::move(mapped);
    }
    return res;
}

}  // namespace mm
