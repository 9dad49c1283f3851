// Result -> JSON: one nlohmann::json document (members kept in key order), printed by dump().
#include "engine/io/result_io.h"

#include <cmath>
#include <ostream>

namespace mm {

namespace {

Json Num(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }
Json Opt(const std::optional<double>& v) { return v ? Num(*v) : Json(nullptr); }
Json TextOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }
Json Nums(const std::vector<double>& v) {
    Json out = Json::array();
    for (double x : v) out.push_back(Num(x));
    return out;
}

Json CriteriaJson(const Result& r) {
    Json out = Json::array();
    for (std::size_t k = 0; k < r.criteria.size(); ++k) {
        const CriterionInfo& c = r.criteria[k];
        out.push_back({{"id", c.id},
                       {"unit", c.unit},
                       {"direction", ToString(c.direction)},
                       {"source", ToString(c.source)},
                       {"label", {{"en", c.name.empty() ? c.id : c.name}, {"fr", c.name.empty() ? c.id : c.name}}},
                       {"weight", k < r.weights.weights.size() ? Num(r.weights.weights[k]) : Json(nullptr)},
                       {"constant", k < r.constant.size() ? Json(bool(r.constant[k])) : Json(nullptr)}});
    }
    return out;
}

// Per ranked model its values keyed by criterion id (a repeated id keeps its last column).
Json RankingRowsJson(const Result& r) {
    Json out = Json::array();
    for (int oi : r.order) {
        const std::size_t i = static_cast<std::size_t>(oi);
        const ModelRow& row = r.rows[i];
        Json values = Json::object(), normalized = Json::object(), contributions = Json::object();
        Json imputed = Json::array();
        for (std::size_t k = 0; k < r.criteria.size(); ++k) {
            const std::string& id = r.criteria[k].id;
            values[id] = Num(r.raw(i, k));
            if (!r.normalized.Empty()) normalized[id] = Num(r.normalized(i, k));
            if (!r.contribution.Empty()) contributions[id] = Num(r.contribution(i, k));
            if (r.imputed[i][k]) imputed.push_back(id);
        }
        Json e = {{"id", row.id},
                  {"name", row.name},
                  {"provider", row.provider},
                  {"rank", row.rank},
                  {"class", row.rank_class},
                  {"coverage", Num(row.coverage)},
                  {"score", Num(row.score)},
                  {"values", std::move(values)},
                  {"normalized", r.normalized.Empty() ? Json(nullptr) : std::move(normalized)},
                  {"contributions", r.contribution.Empty() ? Json(nullptr) : std::move(contributions)},
                  {"imputed", std::move(imputed)},
                  {"derived", row.derived}};
        if (!r.d_plus.empty()) {
            e["d_plus"] = Num(r.d_plus[i]);
            e["d_minus"] = Num(r.d_minus[i]);
        }
        out.push_back(std::move(e));
    }
    return out;
}

Json RobustnessJson(const Result& r) {
    if (!r.robustness) return nullptr;
    const RobustnessReport& rb = *r.robustness;
    Json acceptability = Json::array();
    for (int i : r.order) {
        const Acceptability& a = rb.acceptability[static_cast<std::size_t>(i)];
        acceptability.push_back({{"id", a.model_id}, {"p_first", Num(a.p_first)}, {"p_top3", Num(a.p_top3)}});
    }
    return {{"samples", rb.samples},
            {"seed", rb.seed},
            {"sampling", ToString(rb.sampling)},
            {"spread", Num(rb.spread)},
            {"intervals", rb.intervals},
            {"flip", rb.flip},
            {"acceptability", std::move(acceptability)}};
}

Json ParetoJson(const Result& r) {
    if (!r.pareto) return nullptr;
    Json non_dominated = Json::array(), frontier = Json::array();
    for (int i : r.pareto->non_dominated) non_dominated.push_back(r.rows[static_cast<std::size_t>(i)].id);
    for (int i : r.pareto->frontier) frontier.push_back(r.rows[static_cast<std::size_t>(i)].id);
    return {{"criteria", r.pareto->criteria}, {"non_dominated", non_dominated}, {"frontier", frontier}};
}

Json MissingSensitivityJson(const Result& r) {
    Json out = Json::array();
    for (const MissingWinner& w : r.missing_sensitivity)
        out.push_back({{"policy", ToString(w.policy)}, {"winner", TextOrNull(w.winner)}});
    return out;
}

}  // namespace

void to_json(Json& j, const ConstraintFailure& f) {
    j = {{"constraint", f.constraint}, {"detail", f.detail}, {"required", Opt(f.required)},
         {"actual", Opt(f.actual)},     {"unit", f.unit},     {"en", f.constraint},
         {"fr", f.constraint}};
}

void to_json(Json& j, const VramEstimate& v) {
    j = {{"total_gb", Num(v.total_gb)},
         {"weights_gb", Num(v.weights_gb)},
         {"kv_cache_gb", Num(v.kv_cache_gb)},
         {"overhead_gb", Num(v.overhead_gb)},
         {"from_architecture", v.from_architecture},
         {"quant", v.quant}};
}

namespace {

// The self-hosting capacity behind selfhost_monthly_usd and gpus; null when the model is not self-hostable here.
Json SelfhostJson(const DerivedValues& d) {
    auto opt_int = [](const std::optional<int>& v) { return v ? Json(*v) : Json(nullptr); };
    if (!d.devices_per_replica) return nullptr;
    return {{"devices_per_replica", opt_int(d.devices_per_replica)},
            {"replicas", opt_int(d.replicas)},
            {"devices", opt_int(d.gpus)},
            {"streams_per_replica", opt_int(d.streams)},
            {"capacity_known", d.capacity_known},
            {"requests_per_hour_per_replica", Opt(d.requests_per_hour_per_replica)},
            {"busy_share", Opt(d.busy_share)},
            {"latency_s", Opt(d.selfhost_latency_s)},
            {"energy_wh_per_request", Opt(d.selfhost_energy_wh_per_request)},
            {"monthly_usd", Opt(d.selfhost_monthly_usd)}};
}

}  // namespace

void to_json(Json& j, const DerivedValues& d) {
    j = {{"monthly_usd", Opt(d.monthly_usd)},
         {"monthly_basis", TextOrNull(d.monthly_basis)},
         {"api_monthly_usd", Opt(d.api_monthly_usd)},
         {"selfhost_monthly_usd", Opt(d.selfhost_monthly_usd)},
         {"long_context_tier", d.long_context_tier},
         {"cached_price_assumed", d.cached_price_assumed},
         {"latency_s", Opt(d.latency_s)},
         {"vram", d.vram ? Json(*d.vram) : Json(nullptr)},
         {"gpus", d.gpus ? Json(*d.gpus) : Json(nullptr)},
         {"selfhost", SelfhostJson(d)},
         {"energy_wh_per_request", Opt(d.energy_wh_per_request)},
         {"co2_g_per_request", Opt(d.co2_g_per_request)},
         {"grid_g_co2_per_kwh", Opt(d.grid_g_co2_per_kwh)},
         {"api_energy_wh_per_request", Opt(d.api_energy_wh_per_request)}};
}

void to_json(Json& j, const EliminatedModel& e) {
    j = {{"id", e.id}, {"name", e.name}, {"reasons", e.failures}};
}

void to_json(Json& j, const CostComparison& c) {
    j = {{"reference", c.reference},         {"reason", c.reason},
         {"winner_usd", Num(c.winner_usd)},   {"reference_usd", Num(c.reference_usd)},
         {"ratio", Num(c.ratio)},             {"ratio_text", c.ratio_text}};
}

void to_json(Json& j, const WeightReport& w) {
    j = {{"mode", ToString(w.mode)}, {"values", Nums(w.weights)}};
    if (w.ahp) {
        const auto& a = *w.ahp;
        const auto& mi = a.most_inconsistent;
        j["ahp"] = {{"lambda_max", Num(a.lambda_max)},
                    {"ci", Num(a.ci)},
                    {"ri", Opt(a.ri)},
                    {"cr", Opt(a.cr)},
                    {"ri_table", mcda::RandomIndexTableName(a.ri_table)},
                    {"acceptable", a.acceptable},
                    {"most_inconsistent",
                     {{"i", mi.i}, {"j", mi.j}, {"given", Num(mi.given)}, {"implied", Num(mi.implied)}}}};
    }
}

void to_json(Json& j, const CriterionDelta& d) {
    j = {{"criterion", d.criterion},
         {"first_value", Num(d.first_value)},
         {"second_value", Num(d.second_value)},
         {"delta", Num(d.delta)}};
}

void to_json(Json& j, const PairExplanation& p) {
    j = {{"first", p.first}, {"second", p.second}, {"score_gap", Num(p.score_gap)}, {"basis", p.basis},
         {"deltas", p.deltas}};
}

void to_json(Json& j, const WeightInterval& w) {
    j = {{"criterion", w.criterion}, {"weight", Num(w.weight)}, {"lower", Num(w.lower)}, {"upper", Num(w.upper)}};
}

void to_json(Json& j, const FlipChange& f) {
    if (!f.found) {
        j = nullptr;
        return;
    }
    j = {{"criterion", f.criterion}, {"from", Num(f.from)}, {"to", Num(f.to)}, {"change", Num(f.change)}};
}

void to_json(Json& j, const Result& r) {
    Json errors = Json::array();
    for (const Issue& e : r.errors) errors.push_back({{"path", e.path}, {"message", e.message}});
    j = {{"format", "modelmatrix-result"},
         {"version", 1},
         {"ok", r.ok},
         {"errors", std::move(errors)},
         {"notes", r.notes},
         {"method", r.method},
         {"normalization", TextOrNull(r.normalization)},
         {"higher_is_better", r.higher_is_better},
         {"criteria", CriteriaJson(r)},
         {"weights", r.weights},
         {"ranking", RankingRowsJson(r)},
         {"eliminated", r.eliminated},
         {"why_first", r.why_first ? Json(*r.why_first) : Json(nullptr)},
         {"cost_vs_premium", r.cost_vs_premium},
         {"cheapest", TextOrNull(r.cheapest)},
         {"robustness", RobustnessJson(r)},
         {"pareto", ParetoJson(r)},
         {"missing_sensitivity", MissingSensitivityJson(r)}};
}

Json ResultToJson(const Result& r, const ResultWording* wording) {
    Json j = r;
    if (!wording) return j;
    for (std::size_t k = 0; k < r.criteria.size(); ++k)
        for (const char* lang : {"en", "fr"}) j["criteria"][k]["label"][lang] = wording->label(r.criteria[k], lang);
    for (std::size_t e = 0; e < r.eliminated.size(); ++e)
        for (std::size_t k = 0; k < r.eliminated[e].failures.size(); ++k)
            for (const char* lang : {"en", "fr"})
                j["eliminated"][e]["reasons"][k][lang] = wording->reason(r.eliminated[e].failures[k], lang);
    return j;
}

std::string ResultJsonText(const Result& r, int indent, const ResultWording* wording) {
    return ResultToJson(r, wording).dump(indent);
}

void WriteResultJson(std::ostream& out, const Result& r, int indent, const ResultWording* wording) {
    out << ResultJsonText(r, indent, wording);
}

Json RankingJson(const Result& r) {
    Json out = Json::array();
    for (int i : r.order) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(i)];
        out.push_back({{"id", row.id}, {"name", row.name}, {"rank", row.rank}, {"score", Num(row.score)}});
    }
    return out;
}

std::string RankingJsonText(const Result& r, int indent) { return RankingJson(r).dump(indent); }

}  // namespace mm
