// Decide(): the pipeline from catalog + profile to a ranked, explained Result.
//
// [SECTION] Index
//   Helpers          weight mapping, the discriminating columns
//   Rows (1-6)       validate, derive, filter, missing values, matrix, constant columns
//   Ranking (7-10)   weights, method, ranks, explanations
//   Robustness (11)  in the space of the discriminating criteria, mapped back to the user's weights
//   Pareto (12)
//   Entry points     Decide
#include "engine/decision/decision.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>

#include "engine/decision/confidence.h"
#include "engine/decision/index_sort.h"
#include "engine/mcda/method.h"
#include "engine/mcda/rank.h"
#include "engine/decision/missing.h"
#include "engine/io/profile_io.h"
#include "engine/decision/scoring.h"

namespace mm {

// [SECTION] Helpers

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

std::vector<int> Types(const Result& res) {
    std::vector<int> types;
    types.reserve(res.criteria.size());
    for (const CriterionInfo& c : res.criteria) types.push_back(c.direction == Direction::kBenefit ? 1 : -1);
    return types;
}

std::vector<std::string> CriterionIds(const Result& res) {
    std::vector<std::string> ids;
    ids.reserve(res.criteria.size());
    for (const CriterionInfo& c : res.criteria) ids.push_back(c.id);
    return ids;
}

// The criteria that separate the rows (not constant): what the method scores.
struct Discriminating {
    std::vector<int> active;  // columns of res.raw
    mcda::Matrix x;           // rows x active
    std::vector<int> types;   // 1 benefit / -1 cost, per active column
};

// With a reference scale the columns arrive already normalised on the catalog's bounds, all "more is better".
Discriminating ActiveColumns(const Result& res) {
    Discriminating d;
    const std::size_t m = res.rows.size();
    const std::vector<int> types = Types(res);
    const bool reference = res.reference.size() == res.constant.size() && !res.reference.empty();
    for (std::size_t j = 0; j < res.constant.size(); ++j)
        if (!res.constant[j]) d.active.push_back(static_cast<int>(j));
    d.x = mcda::Matrix(m, d.active.size());
    for (std::size_t a = 0; a < d.active.size(); ++a) {
        const int j = d.active[a];
        d.types.push_back(reference ? 1 : types[j]);
        for (std::size_t i = 0; i < m; ++i) d.x(i, a) = reference ? res.reference[j].Apply(res.raw(i, j)) : res.raw(i, j);
    }
    return d;
}

}  // namespace

// [SECTION] Rows (steps 1-6): everything that does not depend on the weights

namespace {

// Fills res with the rows to rank (or the reason there are none) and returns true when there are rows. Sets
// res.method, normalization and higher_is_better from `spec`.
bool BuildRows(Result& res, const Catalog& catalog, const Profile& profile, const DecideOptions& options,
               MethodSpec* spec) {
    // 1. validate
    res.errors = ValidateProfile(profile, catalog);
    std::string error;
    if (!ResolveMethod(profile.method, spec, &error))
        res.errors.push_back({options.method_override.empty() ? "method.name" : "--method", error});
    if (!res.errors.empty()) return false;
    res.method = profile.method.name;
    res.normalization = spec->reference ? "reference"
                        : mcda::MethodUsesNormalization(spec->method) ? mcda::NormalizationName(spec->normalization)
                                                                      : "";
    res.higher_is_better = spec->higher_is_better;

    // 2. derive, 3. filter
    const std::vector<CriterionInfo> registry = CriterionRegistry(catalog, profile);
    for (const CriterionChoice& c : profile.criteria) res.criteria.push_back(*FindCriterion(registry, c.id));
    const std::size_t n = res.criteria.size(), count = catalog.models.size();
    res.all_derived.reserve(count);
    std::vector<int> candidates;
    candidates.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Model& m = catalog.models[i];
        res.all_derived.push_back(Derive(m, profile, catalog.selfhost.get()));
        std::vector<ConstraintFailure> failures = CheckConstraints(m, res.all_derived.back(), profile);
        if (failures.empty())
            candidates.push_back(static_cast<int>(i));
        else
            res.eliminated.push_back({m.id, m.name, std::move(failures), static_cast<int>(i)});
    }

    // 4. missing values (column by column: one vector per criterion, not one per model)
    const std::vector<std::string> ids = CriterionIds(res);
    std::vector<Direction> dirs;
    for (const CriterionInfo& c : res.criteria) dirs.push_back(c.direction);
    std::vector<std::vector<std::optional<double>>> columns(n);
    for (std::size_t j = 0; j < n; ++j) {
        const CriterionReader reader(res.criteria[j], profile);
        columns[j].reserve(candidates.size());
        for (int ci : candidates) columns[j].push_back(reader.Read(catalog.models[ci], res.all_derived[ci]));
    }
    const MissingOutcome mo = ApplyMissingPolicy(candidates.size(), columns, dirs, ids, profile.missing);
    columns.clear();
    if (spec->reference) {
        // Bounds from every catalog model, eliminated ones included (reference_scale.h).
        std::vector<std::vector<std::optional<double>>> all(n);
        std::vector<bool> benefit(n);
        for (std::size_t j = 0; j < n; ++j) {
            const CriterionReader reader(res.criteria[j], profile);
            benefit[j] = res.criteria[j].direction == Direction::kBenefit;
            all[j].reserve(count);
            for (std::size_t i = 0; i < count; ++i) all[j].push_back(reader.Read(catalog.models[i], res.all_derived[i]));
        }
        res.reference = ComputeReferenceBounds(all, benefit);
    }
    if (!mo.error.empty()) {
        for (std::size_t j = 0; j < n; ++j)
            if (mo.error.find(" " + ids[j] + ":") != std::string::npos)
                res.errors.push_back({JoinPath(JoinPath("criteria", j), "id"), mo.error});
        if (res.errors.empty()) res.errors.push_back({"criteria", mo.error});
        return false;
    }
    std::vector<int> kept;  // indices into candidates
    kept.reserve(candidates.size());
    std::vector<EliminatedModel> excluded;  // by the missing-value policy, catalog order
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (mo.excluded[k].empty()) {
            kept.push_back(static_cast<int>(k));
            continue;
        }
        const Model& m = catalog.models[candidates[k]];
        EliminatedModel e{m.id, m.name, {}, candidates[k]};
        for (int j : mo.excluded[k])
            e.failures.push_back({"missing_value", ids[j], {}, {}, res.criteria[j].unit});
        excluded.push_back(std::move(e));
    }
    if (!excluded.empty()) {
        // Both lists are in catalog order and a model is in at most one: merged, they stay in catalog order.
        std::vector<EliminatedModel> all;
        all.reserve(res.eliminated.size() + excluded.size());
        std::merge(std::make_move_iterator(res.eliminated.begin()), std::make_move_iterator(res.eliminated.end()),
                   std::make_move_iterator(excluded.begin()), std::make_move_iterator(excluded.end()),
                   std::back_inserter(all), [](const EliminatedModel& a, const EliminatedModel& b) {
                       return a.catalog_index < b.catalog_index;
                   });
        res.eliminated = std::move(all);
    }

    // 5. matrix
    const std::size_t m = kept.size();
    res.raw = mcda::Matrix(m, n);
    res.imputed.assign(m, std::vector<bool>(n, false));
    res.rows.reserve(m);
    for (std::size_t i = 0; i < m; ++i) {
        const int ci = candidates[kept[i]];
        const Model& mod = catalog.models[ci];
        res.rows.push_back({mod.id, mod.name, mod.provider, ci, kNaN, 0, 1.0, 0, res.all_derived[ci]});
        for (std::size_t j = 0; j < n; ++j) {
            res.raw(i, j) = mo.values[j][kept[i]];
            res.imputed[i][j] = mo.imputed[j][kept[i]];
        }
    }
    res.by_id.resize(m);
    std::iota(res.by_id.begin(), res.by_id.end(), 0);
    StableSortIndices(res.by_id, [&](std::size_t a, std::size_t b) { return res.rows[a].id < res.rows[b].id; });
    res.ok = true;
    if (m == 0) {
        res.notes.push_back(
            "no model meets every constraint: see the eliminated models and relax a constraint");
        return false;
    }

    // 6. which criteria discriminate
    res.constant.assign(n, true);
    for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t i = 1; i < m && res.constant[j]; ++i) res.constant[j] = res.raw(i, j) == res.raw(0, j);
        if (m < 2) res.constant[j] = true;
    }
    return true;
}

}  // namespace

// [SECTION] Ranking (steps 7-10)

namespace {

// Sets everything that depends on the weights but the robustness; false (res.ok false, errors set) when the
// weights or the method refuse the data.
bool RankRows(Result& res, const Catalog& catalog, const Profile& profile, const MethodSpec& spec) {
    const std::size_t m = res.rows.size(), n = res.criteria.size();
    const std::vector<std::string> ids = CriterionIds(res);
    const std::vector<int> types = Types(res);
    for (std::size_t j = 0; j < n; ++j)
        if (res.constant[j] && m >= 2)
            res.notes.push_back("criterion " + ids[j] +
                                " has the same value for every remaining model: it cannot separate them and "
                                "is left out of the scores");

    // 7. weights
    const Discriminating d = ActiveColumns(res);
    const std::vector<int>& active = d.active;
    Issue error;
    const bool objective =
        profile.weighting.mode == WeightMode::kEntropy || profile.weighting.mode == WeightMode::kCritic ||
        profile.weighting.mode == WeightMode::kStd || profile.weighting.mode == WeightMode::kMerec;
    if (objective) {
        // Objective weights come from the spread of the data: a constant criterion carries no information.
        WeightReport reduced;
        if (!active.empty() && m >= 2 && !ComputeWeights(profile, d.x, d.types, &reduced, &error)) {
            res.ok = false;
            res.errors.push_back({"weighting.mode", std::string("weighting (") + ToString(profile.weighting.mode) +
                                                        "): " + error.message});
            return false;
        }
        res.weights.mode = profile.weighting.mode;
        res.weights.weights.assign(n, 0.0);
        for (std::size_t a = 0; a < active.size() && !reduced.weights.empty(); ++a)
            res.weights.weights[active[a]] = reduced.weights[a];
    } else if (!ComputeWeights(profile, res.raw, types, &res.weights, &error)) {
        res.ok = false;
        res.errors.push_back(std::move(error));
        return false;
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
            out = mcda::Evaluate(spec.method, BuildProblem(spec, profile.method, d.x, d.types, wr));
        } catch (const mcda::Error& e) {
            res.ok = false;
            std::string what = e.what();
            // The facade names columns by index in the reduced matrix; name the criterion instead.
            res.errors.push_back({"method", res.method + ": " + what});
            return false;
        }
        scores = std::move(out.score);
        rank = std::move(out.rank);
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
        if (out.topsis) res.d_plus = std::move(out.topsis->d_plus), res.d_minus = std::move(out.topsis->d_minus);
    }
    for (std::size_t i = 0; i < m; ++i) res.rows[i].score = scores[i], res.rows[i].rank = rank[i];
    // Best first: by rank, then by id (model ids are unique) — the rows in id order, stably sorted by rank.
    res.order = res.by_id;
    StableSortIndices(res.order, [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
    std::vector<int> id_rank(m);  // position in id order
    for (std::size_t k = 0; k < m; ++k) id_rank[res.by_id[k]] = static_cast<int>(k);

    // 10. explain
    const int first = res.order[0], second = m > 1 ? res.order[1] : -1;
    if (second >= 0 && std::isfinite(scores[first]))
        res.why_first = ExplainPair(first, second, res.rows[first].id, res.rows[second].id, ids, res.raw, types,
                                    res.weights.weights, res.contribution, scores);
    res.cost_vs_premium =
        CompareCosts(catalog, res.all_derived, res.rows[first].catalog_index, profile.reference_model);
    // Equal costs (the same devices, say) go to the faster answer, then to the id.
    auto latency = [&](std::size_t i) {
        return res.rows[i].derived.latency_s.value_or(std::numeric_limits<double>::infinity());
    };
    int cheapest = -1;
    for (std::size_t i = 0; i < m; ++i) {
        const auto& c = res.rows[i].derived.monthly_usd;
        if (!c) continue;
        if (cheapest < 0 || *c < *res.rows[cheapest].derived.monthly_usd) {
            cheapest = static_cast<int>(i);
        } else if (*c == *res.rows[cheapest].derived.monthly_usd) {
            const double a = latency(i), b = latency(cheapest);
            if (a < b || (a == b && id_rank[i] < id_rank[cheapest])) cheapest = static_cast<int>(i);
        }
    }
    if (cheapest >= 0) res.cheapest = res.rows[cheapest].id;
    return true;
}

}  // namespace

// [SECTION] Robustness (step 11)

namespace {

// The analysis runs in the space of the discriminating criteria; its intervals and flip are mapped back to the
// user's weights (constant criteria stable over [0, 1]). A refusal of the method becomes a note.
void AddRobustness(Result& res, const Profile& profile, const MethodSpec& spec) {
    const std::size_t m = res.rows.size();
    const Discriminating d = ActiveColumns(res);
    const std::vector<int>& active = d.active;
    const std::vector<double>& weights = res.weights.weights;
    std::vector<double> wr;
    double s_full = 0;
    for (int j : active) wr.push_back(weights[j]), s_full += weights[j];
    if (m < 2 || active.empty() || !(s_full > 0)) return;
    for (double& w : wr) w /= s_full;
    std::vector<int> id_order(m);
    for (std::size_t k = 0; k < m; ++k) id_order[res.by_id[k]] = static_cast<int>(k);
    std::vector<std::string> row_ids, active_ids;
    row_ids.reserve(m);
    for (const ModelRow& r : res.rows) row_ids.push_back(r.id);
    for (int j : active) active_ids.push_back(res.criteria[j].id);
    RobustnessReport rr;
    try {
        rr = AnalyseRobustness(Scorer(spec, profile.method, d.x, d.types), wr, row_ids, id_order, active_ids,
                               res.order[0], res.order[1], profile.robustness);
    } catch (const mcda::Error& e) {
        res.notes.push_back(std::string("robustness analysis not available: ") + e.what());
        return;
    }
    RobustnessReport full = rr;
    full.intervals.clear();
    for (std::size_t j = 0; j < res.criteria.size(); ++j) {
        const double wj = weights[j];
        auto it = std::find(active.begin(), active.end(), static_cast<int>(j));
        if (it == active.end()) {
            full.intervals.push_back({res.criteria[j].id, wj, 0.0, 1.0});
            continue;
        }
        const WeightInterval& iv = rr.intervals[it - active.begin()];
        full.intervals.push_back(
            {res.criteria[j].id, wj, ToFullWeight(iv.lower, wj, s_full), ToFullWeight(iv.upper, wj, s_full)});
    }
    if (rr.flip.found) {
        const auto it = std::find_if(active.begin(), active.end(),
                                     [&](int j) { return res.criteria[j].id == rr.flip.criterion; });
        const double wj = weights[*it];
        full.flip.from = wj;
        full.flip.to = ToFullWeight(rr.flip.to, wj, s_full);
        full.flip.change = std::fabs(full.flip.to - wj);
    }
    res.robustness = std::move(full);
}

}  // namespace

// [SECTION] Pareto (step 12): over the values the catalog knows (a model lacking one is not placed on the
// frontier)

namespace {

void AddPareto(Result& res, const Catalog& catalog, const Profile& profile) {
    const std::size_t m = res.rows.size();
    const std::vector<CriterionInfo> registry = CriterionRegistry(catalog, profile);
    const std::vector<std::string> pc = profile.pareto_criteria.empty() ? CriterionIds(res) : profile.pareto_criteria;
    // A chosen criterion's known values are in the raw matrix already (the cells not imputed); any other
    // criterion is read from the catalog.
    std::vector<std::vector<std::optional<double>>> columns(pc.size());
    std::vector<int> ptypes;
    for (std::size_t c = 0; c < pc.size(); ++c) {
        const CriterionInfo* info = FindCriterion(registry, pc[c]);
        ptypes.push_back(info->direction == Direction::kBenefit ? 1 : -1);
        columns[c].resize(m);
        auto chosen = std::find_if(res.criteria.begin(), res.criteria.end(),
                                   [&](const CriterionInfo& k) { return k.id == pc[c]; });
        if (chosen != res.criteria.end()) {
            const std::size_t j = static_cast<std::size_t>(chosen - res.criteria.begin());
            for (std::size_t i = 0; i < m; ++i)
                if (!res.imputed[i][j]) columns[c][i] = res.raw(i, j);
        } else {
            const CriterionReader reader(*info, profile);
            for (std::size_t i = 0; i < m; ++i)
                columns[c][i] = reader.Read(catalog.models[res.rows[i].catalog_index], res.rows[i].derived);
        }
    }
    std::vector<int> prow;
    for (std::size_t i = 0; i < m; ++i)
        if (std::all_of(columns.begin(), columns.end(), [&](const auto& col) { return col[i].has_value(); }))
            prow.push_back(static_cast<int>(i));
    mcda::Matrix px(prow.size(), pc.size());
    for (std::size_t k = 0; k < prow.size(); ++k)
        for (std::size_t c = 0; c < pc.size(); ++c) px(k, c) = *columns[c][prow[k]];
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

}  // namespace

// [SECTION] Entry points

const ModelRow* Result::FindRow(const std::string& id) const {
    const int i = RowIndex(id);
    return i < 0 ? nullptr : &rows[i];
}

int Result::RowIndex(const std::string& id) const {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].id == id) return static_cast<int>(i);
    return -1;
}

namespace {

// The flip as a sentence states it: "#2 overtakes if the weight of C goes from a to b", b a whole percent just past
// the point where the two tie (others rescaled proportionally). Kept only when #2 is then strictly ahead.
void StateFlip(Result& res, const Profile& profile, const MethodSpec& spec) {
    if (!res.robustness || !res.robustness->flip.found || res.order.size() < 2) return;
    FlipChange& flip = res.robustness->flip;
    const std::size_t n = res.criteria.size();
    std::size_t j = 0;
    while (j < n && res.criteria[j].id != flip.criterion) ++j;
    const double from = res.weights.weights[j];
    const bool up = flip.to > from;
    double stated = up ? std::ceil(flip.to * 100 + 1e-9) / 100 : std::floor(flip.to * 100 - 1e-9) / 100;
    // Shown as whole percents, "from 24% to 24%" would say nothing: one more step then.
    if (std::round(stated * 100) == std::round(from * 100)) stated += up ? 0.01 : -0.01;
    bool holds = false;
    if (j < n && stated >= 0 && stated <= 1 && from < 1) {
        std::vector<double> w = res.weights.weights;
        for (std::size_t k = 0; k < n; ++k) w[k] = k == j ? stated : w[k] * (1 - stated) / (1 - from);
        const Discriminating d = ActiveColumns(res);
        std::vector<double> wr;
        double total = 0;
        for (int a : d.active) wr.push_back(w[a]), total += w[a];
        if (total > 0) {
            for (double& x : wr) x /= total;
            std::vector<double> scores(res.rows.size());
            Scorer(spec, profile.method, d.x, d.types).Scores(wr, scores.data());  // throws mcda::Error
            const double second = scores[res.order[1]], first = scores[res.order[0]];
            holds = !mcda::ScoresTie(second, first) && (res.higher_is_better ? second > first : second < first);
        }
    }
    if (holds) {
        flip.to = stated;
        flip.change = std::fabs(stated - from);
    } else {
        flip = FlipChange{};
    }
}

// The winner under each missing-value rule: the profile's own from `res`, the others ranked again (ranking only).
void AddMissingSensitivity(Result& res, const Catalog& catalog, const Profile& profile, const DecideOptions& options) {
    DecideOptions quick = options;
    quick.robustness = quick.pareto = quick.missing_sensitivity = false;
    // No value filled in and no model eliminated for lacking one: every rule ranks the same rows the same way.
    bool any_missing = false;
    for (const std::vector<bool>& row : res.imputed)
        for (bool cell : row) any_missing = any_missing || cell;
    for (const EliminatedModel& e : res.eliminated)
        for (const ConstraintFailure& f : e.failures) any_missing = any_missing || f.constraint == "missing_value";
    for (MissingPolicy p : {MissingPolicy::kExclude, MissingPolicy::kWorst, MissingPolicy::kMedian}) {
        MissingWinner w{p, {}};
        if (p == profile.missing || (!any_missing && res.ok)) {
            if (res.ok && res.Top()) w.winner = res.Top()->id;
        } else {
            Profile other = profile;
            other.missing = p;
            const Result r = Decide(catalog, other, quick);
            if (r.ok && r.Top()) w.winner = r.Top()->id;
        }
        res.missing_sensitivity.push_back(std::move(w));
    }
}

}  // namespace

Result Decide(const Catalog& catalog, const Profile& profile_in, const DecideOptions& options) {
    Result res;
    Profile profile = profile_in;
    if (!options.method_override.empty()) profile.method.name = options.method_override;
    MethodSpec spec;
    if (!BuildRows(res, catalog, profile, options, &spec) || !RankRows(res, catalog, profile, spec)) {
        if (options.missing_sensitivity) AddMissingSensitivity(res, catalog, profile, options);
        return res;
    }
    if (options.robustness) {
        AddRobustness(res, profile, spec);
        try {
            StateFlip(res, profile, spec);
        } catch (const mcda::Error&) {
            if (res.robustness) res.robustness->flip = FlipChange{};
        }
    }
    const std::vector<double> coverage = WeightCoverage(res.imputed, res.weights.weights);
    for (std::size_t i = 0; i < res.rows.size(); ++i) res.rows[i].coverage = coverage[i];
    std::vector<int> ranks(res.rows.size());
    for (std::size_t i = 0; i < res.rows.size(); ++i) ranks[i] = res.rows[i].rank;
    std::vector<int> classes = ranks;  // without sampling each row is its own class
    const Discriminating d = ActiveColumns(res);
    if (options.robustness && res.rows.size() >= 2 && !d.active.empty() && profile.robustness.samples > 0) {
        std::vector<double> wr;
        double total = 0;
        for (int j : d.active) wr.push_back(res.weights.weights[j]), total += res.weights.weights[j];
        if (total > 0) {
            for (double& w : wr) w /= total;
            try {
                classes = RankClasses(Scorer(spec, profile.method, d.x, d.types), wr, profile.robustness, ranks);
            } catch (const mcda::Error&) {
                // The robustness note already says the method refused the sampled weights; classes stay the ranks.
            }
        }
    }
    // Classes never go down the displayed order: a row is in at least the class of the row shown above it.
    int floor_class = 1;
    for (int row : res.order) floor_class = res.rows[row].rank_class = std::max(classes[row], floor_class);
    if (options.missing_sensitivity) AddMissingSensitivity(res, catalog, profile, options);
    if (options.pareto) AddPareto(res, catalog, profile);
    return res;
}

}  // namespace mm
