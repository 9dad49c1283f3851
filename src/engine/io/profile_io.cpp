// Decision profile <-> JSON (format "modelmatrix-profile", version 1) and checks against a catalog.
#include "engine/io/profile_io.h"

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

#include "engine/model/criteria.h"
#include "engine/decision/scoring.h"
#include "engine/selfhost/selfhost_data.h"

namespace mm {

// More criteria than anyone can weigh; it also bounds the criteria matrix (models x criteria) a profile can ask for.
constexpr std::size_t kMaxProfileCriteria = 100;

namespace {

struct ProfileReader {
    JsonReader r;

    template <typename T>
    void Num(const Json& obj, const char* key, const std::string& path, double lo, double hi, T* out) {
        if (auto v = r.Optional(obj, key))
            if (auto n = r.Number(*v, JoinPath(path, key), lo, hi)) *out = static_cast<T>(*n);
    }
    void OptNum(const Json& obj, const char* key, const std::string& path, double lo, double hi,
                std::optional<double>* out) {
        if (auto v = r.Optional(obj, key))
            if (auto n = r.Number(*v, JoinPath(path, key), lo, hi)) *out = *n;
    }
    void Flag(const Json& obj, const char* key, const std::string& path, bool* out) {
        if (auto v = r.Optional(obj, key))
            if (auto b = r.Bool(*v, JoinPath(path, key))) *out = *b;
    }

    void ReadWorkload(const Json& j, Workload& w) {
        const std::string p = "workload";
        if (!r.Object(j, p,
                      {"requests_per_day", "input_tokens", "output_tokens", "cached_share", "hours_per_day",
                       "peak_share", "device", "pricing", "gpu_usd_per_hour", "gpu_vram_gb", "amortisation_months",
                       "energy_usd_per_kwh", "grid_g_co2_per_kwh", "text_unit", "language"}))
            return;
        Num(j, "requests_per_day", p, 0, 1e10, &w.requests_per_day);
        Num(j, "input_tokens", p, 0, 1e8, &w.input_tokens);
        Num(j, "output_tokens", p, 0, 1e7, &w.output_tokens);
        Num(j, "cached_share", p, 0, 1, &w.cached_share);
        Num(j, "hours_per_day", p, 0, 24, &w.hours_per_day);
        Num(j, "gpu_usd_per_hour", p, 0, 1e4, &w.gpu_usd_per_hour);
        Num(j, "gpu_vram_gb", p, 0, 1e4, &w.gpu_vram_gb);
        Num(j, "peak_share", p, 0, 1, &w.peak_share);
        if (auto v = r.Optional(j, "device"))
            if (auto text = r.String(*v, JoinPath(p, "device"), true)) w.device = *text;
        if (auto v = r.Optional(j, "pricing"))
            if (auto e = r.Enum(*v, JoinPath(p, "pricing"), {"rent", "purchase"}))
                w.pricing = static_cast<DevicePricing>(*e);
        Num(j, "amortisation_months", p, 1, 600, &w.amortisation_months);
        Num(j, "energy_usd_per_kwh", p, 0, 100, &w.energy_usd_per_kwh);
        OptNum(j, "grid_g_co2_per_kwh", p, 0, 5000, &w.grid_g_co2_per_kwh);
        // [tokens-per-language]
        if (auto v = r.Optional(j, "text_unit"))
            if (auto e = r.Enum(*v, JoinPath(p, "text_unit"), {"tokens", "words"}))
                w.text_unit = static_cast<TextUnit>(*e);
        if (auto v = r.Optional(j, "language"))
            if (auto e = r.Enum(*v, JoinPath(p, "language"), {"en", "fr"})) w.language = *e == 1 ? "fr" : "en";
    }

    void ReadConstraints(const Json& j, Constraints& c) {
        const std::string p = "constraints";
        if (!r.Object(j, p,
                      {"deployment", "open_weights", "commercial_use", "vram", "min_context_tokens",
                       "languages", "input_modalities", "tool_calling", "structured_output",
                       "max_monthly_usd", "max_latency_s", "excluded_providers", "include_older"}))
            return;
        if (auto v = r.Optional(j, "deployment"))
            if (auto e = r.Enum(*v, JoinPath(p, "deployment"), {"either", "api", "self_host"}))
                c.deployment = static_cast<Deployment>(*e);
        Flag(j, "open_weights", p, &c.open_weights);
        Flag(j, "commercial_use", p, &c.commercial_use);
        if (auto v = r.Optional(j, "vram")) {
            const std::string vp = JoinPath(p, "vram");
            if (r.Object(*v, vp, {"budget_gb", "quantization", "context_tokens", "batch"})) {
                OptNum(*v, "budget_gb", vp, 0.1, 1e5, &c.vram_budget_gb);
                if (auto q = r.Optional(*v, "quantization"))
                    if (auto e = r.Enum(*q, JoinPath(vp, "quantization"), {"fp16", "q8", "q4"}))
                        c.quantization = static_cast<Quantization>(*e);
                Num(*v, "context_tokens", vp, 1, 1e8, &c.kv_context_tokens);
                if (auto b = r.Optional(*v, "batch"))
                    if (auto n = r.Integer(*b, JoinPath(vp, "batch"), 1, 4096))
                        c.batch = static_cast<int>(*n);
            }
        }
        OptNum(j, "min_context_tokens", p, 0, 1e9, &c.min_context_tokens);
        if (auto v = r.Optional(j, "languages")) {
            const std::string lp = JoinPath(p, "languages");
            if (!v->is_array()) {
                r.Fail(lp, "expected an array of {code, min_level}, got " + Describe(*v));
            } else {
                for (std::size_t i = 0; i < v->size(); ++i) {
                    const std::string ip = JoinPath(lp, i);
                    const Json& l = (*v)[i];
                    if (!r.Object(l, ip, {"code", "min_level"})) continue;
                    LanguageRequirement req;
                    if (auto code = r.Required(l, "code", ip))
                        req.code = r.String(*code, JoinPath(ip, "code")).value_or("");
                    if (auto lv = r.Optional(l, "min_level"))
                        if (auto n = r.Integer(*lv, JoinPath(ip, "min_level"), 1, 3))
                            req.min_level = static_cast<int>(*n);
                    c.languages.push_back(req);
                }
            }
        }
        if (auto v = r.Optional(j, "input_modalities"))
            c.input_modalities =
                r.StringArray(*v, JoinPath(p, "input_modalities"), {"text", "image", "audio", "video", "pdf"})
                    .value_or(std::vector<std::string>{});
        Flag(j, "tool_calling", p, &c.tool_calling);
        Flag(j, "structured_output", p, &c.structured_output);
        OptNum(j, "max_monthly_usd", p, 0, 1e12, &c.max_monthly_usd);
        OptNum(j, "max_latency_s", p, 0, 1e5, &c.max_latency_s);
        if (auto v = r.Optional(j, "excluded_providers"))
            c.excluded_providers =
                r.StringArray(*v, JoinPath(p, "excluded_providers")).value_or(std::vector<std::string>{});
        Flag(j, "include_older", p, &c.include_older);
    }

    void ReadCriteria(const Json& j, std::vector<CriterionChoice>& out) {
        const std::string p = "criteria";
        if (!j.is_array())
            return r.Fail(p, "expected an array of {id, weight | rank | points}, got " + Describe(j));
        if (j.empty()) return r.Fail(p, "choose at least one criterion");
        if (j.size() > kMaxProfileCriteria)
            return r.Fail(p, std::to_string(j.size()) + " criteria, over the limit of " + std::to_string(kMaxProfileCriteria));
        std::set<std::string> seen;
        for (std::size_t i = 0; i < j.size(); ++i) {
            const std::string ip = JoinPath(p, i);
            if (!r.Object(j[i], ip, {"id", "weight", "rank", "points"})) continue;
            CriterionChoice c;
            if (auto id = r.Required(j[i], "id", ip)) c.id = r.String(*id, JoinPath(ip, "id")).value_or("");
            if (!c.id.empty() && !seen.insert(c.id).second)
                r.Fail(JoinPath(ip, "id"), "criterion \"" + c.id + "\" chosen twice");
            OptNum(j[i], "weight", ip, 0, 1e6, &c.weight);
            if (auto v = r.Optional(j[i], "rank"))
                if (auto n = r.Integer(*v, JoinPath(ip, "rank"), 1, 1000)) c.rank = static_cast<int>(*n);
            OptNum(j[i], "points", ip, 0, 100, &c.points);
            out.push_back(c);
        }
    }

    void ReadWeighting(const Json& j, Weighting& w) {
        const std::string p = "weighting";
        if (!r.Object(j, p, {"mode", "pairwise"})) return;
        if (auto m = r.Required(j, "mode", p))
            if (auto e =
                    r.Enum(*m, JoinPath(p, "mode"),
                           {"direct", "rank_order", "swing", "ahp", "entropy", "critic", "std", "merec"}))
                w.mode = static_cast<WeightMode>(*e);
        if (auto pw = r.Optional(j, "pairwise")) {
            const std::string pp = JoinPath(p, "pairwise");
            if (!pw->is_array())
                return r.Fail(pp, "expected an n x n array of numbers, got " + Describe(*pw));
            for (std::size_t i = 0; i < pw->size(); ++i) {
                const Json& row = (*pw)[i];
                const std::string rp = JoinPath(pp, i);
                if (!row.is_array()) {
                    r.Fail(rp, "expected an array of numbers, got " + Describe(row));
                    continue;
                }
                std::vector<double> vals;
                for (std::size_t k = 0; k < row.size(); ++k)
                    vals.push_back(r.Number(row[k], JoinPath(rp, k), 1.0 / 9.0 - 1e-9, 9 + 1e-9).value_or(1));
                w.pairwise.push_back(vals);
            }
        }
    }

    void ReadMethod(const Json& j, MethodChoice& m) {
        const std::string p = "method";
        if (!r.Object(j, p, {"name", "normalization", "lambda", "v", "preference_function"})) return;
        if (auto v = r.Required(j, "name", p)) m.name = r.String(*v, JoinPath(p, "name")).value_or(m.name);
        if (auto v = r.Optional(j, "normalization"))
            m.normalization = r.String(*v, JoinPath(p, "normalization")).value_or("");
        Num(j, "lambda", p, 0, 1, &m.lambda);
        Num(j, "v", p, 0, 1, &m.v);
        if (auto v = r.Optional(j, "preference_function"))
            if (auto e = r.Enum(*v, JoinPath(p, "preference_function"), {"usual", "v-shape"}))
                m.preference_function = *e == 0 ? "usual" : "v-shape";
        MethodSpec spec;
        std::string error;
        if (r.IssueCount() == 0 && !ResolveMethod(m, &spec, &error))
            r.Fail(JoinPath(p, m.normalization.empty() || error.rfind("unknown method", 0) == 0
                                   ? "name"
                                   : "normalization"),
                   error);
    }

    void ReadUserCriteria(const Json& j, std::vector<UserCriterion>& out) {
        const std::string p = "user_criteria";
        if (!j.is_array()) return r.Fail(p, "expected an array, got " + Describe(j));
        if (j.size() > kMaxProfileCriteria)
            return r.Fail(p, std::to_string(j.size()) + " user criteria, over the limit of " + std::to_string(kMaxProfileCriteria));
        std::set<std::string> seen;
        for (std::size_t i = 0; i < j.size(); ++i) {
            const std::string ip = JoinPath(p, i);
            const Json& u = j[i];
            if (!r.Object(u, ip, {"id", "name", "unit", "direction", "values"})) continue;
            UserCriterion c;
            if (auto v = r.Required(u, "id", ip)) {
                c.id = r.String(*v, JoinPath(ip, "id")).value_or("");
                if (!c.id.empty() && !IsValidId(c.id))
                    r.Fail(JoinPath(ip, "id"),
                           "ids use only a-z, 0-9, '.', '-' and '_', got " + Describe(*v));
                else if (!c.id.empty() && !seen.insert(c.id).second)
                    r.Fail(JoinPath(ip, "id"), "duplicate user criterion \"" + c.id + "\"");
            }
            if (auto v = r.Required(u, "name", ip)) c.name = r.String(*v, JoinPath(ip, "name")).value_or("");
            if (auto v = r.Optional(u, "unit"))
                c.unit = r.String(*v, JoinPath(ip, "unit"), true).value_or("");
            if (auto v = r.Required(u, "direction", ip))
                if (auto e = r.Enum(*v, JoinPath(ip, "direction"), {"benefit", "cost"}))
                    c.direction = static_cast<Direction>(*e);
            if (auto v = r.Required(u, "values", ip)) {
                const std::string vp = JoinPath(ip, "values");
                if (!v->is_object()) {
                    r.Fail(vp, "expected an object {model id: measured value}, got " + Describe(*v));
                } else {
                    for (const auto& [model, value] : v->items())
                        if (auto n = r.Number(value, JoinPath(vp, model), -1e12, 1e12))
                            c.values.push_back({model, *n});
                }
            }
            out.push_back(std::move(c));
        }
    }

    void ReadRobustness(const Json& j, RobustnessSettings& s) {
        const std::string p = "robustness";
        if (!r.Object(j, p, {"samples", "spread", "seed", "sampling"})) return;
        if (auto v = r.Optional(j, "samples"))
            if (auto n = r.Integer(*v, JoinPath(p, "samples"), 0, 1000000)) s.samples = static_cast<int>(*n);
        Num(j, "spread", p, 0, 2, &s.spread);
        if (auto v = r.Optional(j, "seed"))
            // Up to 2^53: the largest integer a JSON number (and JavaScript) holds exactly.
            if (auto n = r.Integer(*v, JoinPath(p, "seed"), 0, 9007199254740992LL))
                s.seed = static_cast<unsigned long long>(*n);
        if (auto v = r.Optional(j, "sampling"))
            if (auto e = r.Enum(*v, JoinPath(p, "sampling"), {"around", "uniform"}))
                s.sampling = static_cast<SamplingMode>(*e);
    }

    // Checks that need several sections: each weighting mode's inputs, user criteria references.
    void CrossCheck(const Profile& pr) {
        const auto& c = pr.criteria;
        for (std::size_t i = 0; i < c.size(); ++i) {
            const std::string ip = JoinPath("criteria", i);
            if (pr.weighting.mode == WeightMode::kDirect && !c[i].weight)
                r.Fail(JoinPath(ip, "weight"),
                       "missing: weighting mode \"direct\" needs a weight for every criterion");
            if (pr.weighting.mode == WeightMode::kRankOrder && !c[i].rank)
                r.Fail(JoinPath(ip, "rank"),
                       "missing: weighting mode \"rank_order\" needs a rank for every criterion");
            if (pr.weighting.mode == WeightMode::kSwing && !c[i].points)
                r.Fail(JoinPath(ip, "points"),
                       "missing: weighting mode \"swing\" needs points for every criterion");
            if (c[i].id.rfind("user.", 0) == 0) {
                bool found = false;
                for (const UserCriterion& u : pr.user_criteria) found = found || "user." + u.id == c[i].id;
                if (!found)
                    r.Fail(JoinPath(ip, "id"),
                           "no user criterion \"" + c[i].id.substr(5) + "\" in user_criteria");
            }
        }
        if (pr.weighting.mode == WeightMode::kDirect) {
            double sum = 0;
            for (const auto& ci : c) sum += ci.weight.value_or(0);
            if (!c.empty() && sum <= 0)
                r.Fail("criteria", "every weight is 0: give at least one criterion a weight");
        }
        if (pr.weighting.mode == WeightMode::kAhp) {
            const auto& pw = pr.weighting.pairwise;
            if (pw.size() != c.size())
                r.Fail("weighting.pairwise", "expected " + std::to_string(c.size()) +
                                                 " rows (one per criterion), got " +
                                                 std::to_string(pw.size()));
            for (std::size_t i = 0; i < pw.size(); ++i)
                if (pw[i].size() != c.size())
                    r.Fail(JoinPath("weighting.pairwise", i), "expected " + std::to_string(c.size()) +
                                                                  " values, got " +
                                                                  std::to_string(pw[i].size()));
            // Refused here, with the cell's path, rather than later as a scoring error: a non-reciprocal matrix
            // is not a set of judgements. Same 5% tolerance as mcda::CheckPairwise (rounded 0.33 passes).
            for (std::size_t i = 0; i < pw.size() && pw.size() == c.size(); ++i)
                for (std::size_t k = 0; k < pw[i].size() && k < pw.size() && pw[k].size() == c.size(); ++k) {
                    const std::string cell = JoinPath(JoinPath("weighting.pairwise", i), k);
                    if (i == k && std::fabs(pw[i][k] - 1.0) > 1e-9)
                        r.Fail(cell, "the diagonal must be 1, got " + Describe(Json(pw[i][k])));
                    else if (k < i && std::fabs(pw[i][k] * pw[k][i] - 1.0) > 0.05)
                        r.Fail(cell, "not reciprocal: expected 1/" + Describe(Json(pw[k][i])) + " = " +
                                         Describe(Json(1.0 / pw[k][i])) + " (since pairwise[" + std::to_string(k) +
                                         "][" + std::to_string(i) + "] is " + Describe(Json(pw[k][i])) + "), got " +
                                         Describe(Json(pw[i][k])));
                }
        }
        std::set<std::string> pareto;
        for (std::size_t i = 0; i < pr.pareto_criteria.size(); ++i)
            if (!pareto.insert(pr.pareto_criteria[i]).second)
                r.Fail(JoinPath("pareto_criteria", i),
                       "criterion \"" + pr.pareto_criteria[i] + "\" listed twice");
    }

    std::optional<Profile> Read(const Json& doc) {
        if (!r.Object(doc, "",
                      {"format", "version", "name", "description", "workload", "constraints", "criteria",
                       "weighting", "method", "missing", "user_criteria", "robustness", "pareto_criteria",
                       "reference_model", "$schema"}))
            return std::nullopt;
        Profile pr;
        if (auto v = r.Required(doc, "format", ""))
            if (auto s = r.String(*v, "format"); s && *s != "modelmatrix-profile")
                r.Fail("format", "expected \"modelmatrix-profile\", got " + Describe(*v));
        if (auto v = r.Required(doc, "version", "")) r.Integer(*v, "version", 1, 1);
        if (r.IssueCount() > 0) return std::nullopt;  // not a profile: the rest would only add noise
        if (auto v = r.Optional(doc, "name")) pr.name = r.String(*v, "name", true).value_or("");
        if (auto v = r.Optional(doc, "description"))
            pr.description = r.String(*v, "description", true).value_or("");
        if (auto v = r.Optional(doc, "workload")) ReadWorkload(*v, pr.workload);
        if (auto v = r.Optional(doc, "constraints")) ReadConstraints(*v, pr.constraints);
        if (auto v = r.Required(doc, "criteria", "")) ReadCriteria(*v, pr.criteria);
        if (auto v = r.Optional(doc, "weighting")) ReadWeighting(*v, pr.weighting);
        if (auto v = r.Optional(doc, "method")) ReadMethod(*v, pr.method);
        if (auto v = r.Optional(doc, "missing"))
            if (auto e = r.Enum(*v, "missing", {"exclude", "worst", "median"}))
                pr.missing = static_cast<MissingPolicy>(*e);
        if (auto v = r.Optional(doc, "user_criteria")) ReadUserCriteria(*v, pr.user_criteria);
        if (auto v = r.Optional(doc, "robustness")) ReadRobustness(*v, pr.robustness);
        if (auto v = r.Optional(doc, "pareto_criteria"))
            pr.pareto_criteria = r.StringArray(*v, "pareto_criteria").value_or(std::vector<std::string>{});
        if (auto v = r.Optional(doc, "reference_model"))
            pr.reference_model = r.String(*v, "reference_model").value_or("");
        CrossCheck(pr);
        if (r.IssueCount() > 0) return std::nullopt;
        return pr;
    }
};

}  // namespace

ProfileLoad ReadProfile(const Json& doc) {
    ProfileLoad out;
    ProfileReader reader{JsonReader(out.issues)};
    out.profile = reader.Read(doc);
    if (!out.issues.empty()) out.profile.reset();
    return out;
}

ProfileLoad LoadProfile(std::string_view json_text) {
    ProfileLoad out;
    ParseLimits limits;
    limits.max_bytes = 16u << 20;  // a profile is a few KB; user measurements for every model stay far below
    auto doc = ParseJson(json_text, out.issues, limits);
    if (!doc) return out;
    return ReadProfile(*doc);
}

void to_json(Json& j, const Profile& p) {
    j = Json::object();
    j["format"] = "modelmatrix-profile";
    j["version"] = 1;
    j["name"] = p.name;
    j["description"] = p.description;
    const Workload& w = p.workload;
    j["workload"] = {{"requests_per_day", w.requests_per_day},
                     {"input_tokens", w.input_tokens},
                     {"output_tokens", w.output_tokens},
                     {"cached_share", w.cached_share},
                     {"hours_per_day", w.hours_per_day},
                     {"peak_share", w.peak_share},
                     {"device", w.device},
                     {"pricing", ToString(w.pricing)},
                     {"gpu_usd_per_hour", w.gpu_usd_per_hour},
                     {"gpu_vram_gb", w.gpu_vram_gb},
                     {"amortisation_months", w.amortisation_months},
                     {"energy_usd_per_kwh", w.energy_usd_per_kwh}};
    if (w.grid_g_co2_per_kwh) j["workload"]["grid_g_co2_per_kwh"] = *w.grid_g_co2_per_kwh;  // absent: the default
    // [tokens-per-language] written only when the amounts are words, so token profiles stay as they were.
    if (w.text_unit == TextUnit::kWords) {
        j["workload"]["text_unit"] = "words";
        j["workload"]["language"] = w.language;
    }
    const Constraints& c = p.constraints;
    Json cj;
    cj["deployment"] = ToString(c.deployment);
    cj["open_weights"] = c.open_weights;
    cj["commercial_use"] = c.commercial_use;
    cj["vram"] = {{"budget_gb", c.vram_budget_gb ? Json(*c.vram_budget_gb) : Json(nullptr)},
                  {"quantization", ToString(c.quantization)},
                  {"context_tokens", c.kv_context_tokens},
                  {"batch", c.batch}};
    cj["min_context_tokens"] = c.min_context_tokens ? Json(*c.min_context_tokens) : Json(nullptr);
    Json langs = Json::array();
    for (const auto& l : c.languages) langs.push_back({{"code", l.code}, {"min_level", l.min_level}});
    cj["languages"] = langs;
    cj["input_modalities"] = c.input_modalities;
    cj["tool_calling"] = c.tool_calling;
    cj["structured_output"] = c.structured_output;
    cj["max_monthly_usd"] = c.max_monthly_usd ? Json(*c.max_monthly_usd) : Json(nullptr);
    cj["max_latency_s"] = c.max_latency_s ? Json(*c.max_latency_s) : Json(nullptr);
    cj["excluded_providers"] = c.excluded_providers;
    cj["include_older"] = c.include_older;
    j["constraints"] = cj;
    Json crit = Json::array();
    for (const auto& ch : p.criteria) {
        Json e = {{"id", ch.id}};
        if (ch.weight) e["weight"] = *ch.weight;
        if (ch.rank) e["rank"] = *ch.rank;
        if (ch.points) e["points"] = *ch.points;
        crit.push_back(e);
    }
    j["criteria"] = crit;
    Json wj = {{"mode", ToString(p.weighting.mode)}};
    if (!p.weighting.pairwise.empty()) wj["pairwise"] = p.weighting.pairwise;
    j["weighting"] = wj;
    Json mj = {{"name", p.method.name}};
    if (!p.method.normalization.empty()) mj["normalization"] = p.method.normalization;
    if (p.method.name == "waspas") mj["lambda"] = p.method.lambda;
    if (p.method.name == "vikor") mj["v"] = p.method.v;
    if (p.method.name == "promethee2") mj["preference_function"] = p.method.preference_function;
    j["method"] = mj;
    j["missing"] = ToString(p.missing);
    Json users = Json::array();
    for (const auto& u : p.user_criteria) {
        Json values = Json::object();
        for (const auto& [model, value] : u.values) values[model] = value;
        users.push_back({{"id", u.id},
                         {"name", u.name},
                         {"unit", u.unit},
                         {"direction", ToString(u.direction)},
                         {"values", values}});
    }
    j["user_criteria"] = users;
    j["robustness"] = {{"samples", p.robustness.samples},
                       {"spread", p.robustness.spread},
                       {"seed", p.robustness.seed},
                       {"sampling", ToString(p.robustness.sampling)}};
    j["pareto_criteria"] = p.pareto_criteria;
    if (!p.reference_model.empty()) j["reference_model"] = p.reference_model;
}

void from_json(const Json& j, Profile& p) {
    ProfileLoad load = ReadProfile(j);
    if (!load.Ok()) {
        std::string msg = "invalid profile:";
        for (const Issue& i : load.issues) msg += "\n" + i.ToString();
        throw std::invalid_argument(msg);
    }
    p = std::move(*load.profile);
}

std::vector<Issue> ValidateProfile(const Profile& profile, const Catalog& catalog) {
    std::vector<Issue> issues;
    const std::vector<CriterionInfo> registry = CriterionRegistry(catalog, profile);
    auto check_criterion = [&](const std::string& id, const std::string& path) {
        if (FindCriterion(registry, id)) return;
        std::string hint = id.rfind("bench.", 0) == 0
                               ? " (the catalog has no benchmark \"" + id.substr(6) + "\")"
                               : " (see `modelmatrix-cli criteria` or docs/PROFILE_FORMAT.md)";
        issues.push_back({path, "unknown criterion \"" + id + "\"" + hint});
    };
    for (std::size_t i = 0; i < profile.criteria.size(); ++i)
        check_criterion(profile.criteria[i].id, JoinPath(JoinPath("criteria", i), "id"));
    for (std::size_t i = 0; i < profile.pareto_criteria.size(); ++i)
        check_criterion(profile.pareto_criteria[i], JoinPath("pareto_criteria", i));
    for (std::size_t i = 0; i < profile.user_criteria.size(); ++i) {
        const UserCriterion& u = profile.user_criteria[i];
        for (const auto& [model, value] : u.values)
            if (!catalog.FindModel(model))
                issues.push_back({JoinPath(JoinPath(JoinPath("user_criteria", i), "values"), model),
                                  "unknown model id \"" + model + "\""});
        for (const CriterionInfo& c : registry)
            if (c.source != SourceKind::kUser && c.id == "user." + u.id)
                issues.push_back(
                    {JoinPath(JoinPath("user_criteria", i), "id"), "clashes with a catalog criterion"});
    }
    const auto& ex = profile.constraints.excluded_providers;
    for (std::size_t i = 0; i < ex.size(); ++i)
        if (!catalog.FindProvider(ex[i]))
            issues.push_back(
                {JoinPath("constraints.excluded_providers", i), "unknown provider id \"" + ex[i] + "\""});
    const std::string& device = profile.workload.device;
    if (!device.empty() && catalog.selfhost && !selfhost::FindById(catalog.selfhost->devices, device)) {
        std::string choices;
        for (const selfhost::Device& d : catalog.selfhost->devices) choices += (choices.empty() ? "" : ", ") + d.id;
        issues.push_back({"workload.device", "unknown device \"" + device + "\"; devices: " + choices});
    }
    if (!profile.reference_model.empty() && !catalog.FindModel(profile.reference_model))
        issues.push_back({"reference_model", "unknown model id \"" + profile.reference_model + "\""});
    return issues;
}

}  // namespace mm
