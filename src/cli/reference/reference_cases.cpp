// Reference-case runner: strict reading of a case (JSON paths in every message), dispatch to the engine,
// selection of the expected keys. See shared/reference/mcda/README.md for the contract.
#include "cli/reference/reference_cases.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "engine/mcda/ahp.h"
#include "engine/mcda/method.h"
#include "engine/mcda/normalize.h"
#include "engine/mcda/rank.h"
#include "engine/weights/objective.h"

namespace mm::mcda {

namespace {

using nlohmann::json;

// [SECTION] Strict readers: every message names the JSON path.

double ReadNumber(const json& j, const std::string& path) {
    if (!j.is_number()) throw Error(path + ": expected a number, got " + std::string(j.type_name()));
    const double v = j.get<double>();
    if (!std::isfinite(v)) throw Error(path + ": not a finite number");
    return v;
}

std::string ReadString(const json& j, const std::string& path) {
    if (!j.is_string()) throw Error(path + ": expected a string, got " + std::string(j.type_name()));
    return j.get<std::string>();
}

std::vector<double> ReadNumbers(const json& j, const std::string& path, std::size_t n, bool allow_null = false) {
    if (!j.is_array()) throw Error(path + ": expected an array of " + std::to_string(n) + " numbers");
    if (j.size() != n)
        throw Error(path + ": expected " + std::to_string(n) + " numbers, got " + std::to_string(j.size()));
    std::vector<double> out(n);
    for (std::size_t k = 0; k < n; ++k) {
        if (allow_null && j[k].is_null())
            out[k] = std::nan("");
        else
            out[k] = ReadNumber(j[k], path + "[" + std::to_string(k) + "]");
    }
    return out;
}

Matrix ReadMatrix(const json& j, const std::string& path, std::size_t min_rows) {
    if (!j.is_array() || j.empty()) throw Error(path + ": expected a non-empty array of rows");
    if (j.size() < min_rows)
        throw Error(path + ": expected at least " + std::to_string(min_rows) + " rows, got " + std::to_string(j.size()));
    if (!j[0].is_array() || j[0].empty()) throw Error(path + "[0]: expected a non-empty array of numbers");
    const std::size_t n = j[0].size();
    Matrix out(j.size(), n);
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::vector<double> row = ReadNumbers(j[i], path + "[" + std::to_string(i) + "]", n);
        std::copy(row.begin(), row.end(), out.Row(i));
    }
    return out;
}

std::vector<int> ReadTypes(const json& j, const std::string& path, std::size_t n) {
    if (!j.is_array()) throw Error(path + ": expected an array of " + std::to_string(n) + " types (1 or -1)");
    if (j.size() != n) throw Error(path + ": expected " + std::to_string(n) + " types, got " + std::to_string(j.size()));
    std::vector<int> out(n);
    for (std::size_t k = 0; k < n; ++k) {
        if (!j[k].is_number_integer() || (j[k].get<long long>() != 1 && j[k].get<long long>() != -1))
            throw Error(path + "[" + std::to_string(k) + "]: expected 1 (benefit) or -1 (cost), got " + j[k].dump());
        out[k] = static_cast<int>(j[k].get<long long>());
    }
    return out;
}

bool Has(const json& obj, const char* key) { return obj.is_object() && obj.contains(key) && !obj.at(key).is_null(); }

json ToJson(const Matrix& mat) {
    json out = json::array();
    for (std::size_t i = 0; i < mat.Rows(); ++i) out.push_back(std::vector<double>(mat.Row(i), mat.Row(i) + mat.Cols()));
    return out;
}

// m×m with a null diagonal (ELECTRE).
json ToJsonNullDiagonal(const Matrix& mat) {
    json out = json::array();
    for (std::size_t i = 0; i < mat.Rows(); ++i) {
        json row = json::array();
        for (std::size_t k = 0; k < mat.Cols(); ++k) row.push_back(i == k ? json(nullptr) : json(mat(i, k)));
        out.push_back(row);
    }
    return out;
}

// [SECTION] Vocabulary: allowed params and expected keys per method.

struct MethodSpec {
    const char* name;
    std::vector<const char*> params;
    std::vector<const char*> expected;
};

const std::vector<MethodSpec>& Specs() {
    static const std::vector<MethodSpec> specs = {
        {"normalization", {"cost_handling"}, {"matrix"}},
        {"topsis", {"cost_handling"}, {"scores", "ranking", "positive_ideal", "negative_ideal"}},
        {"wsm", {"cost_handling"}, {"scores", "ranking"}},
        {"wpm", {"cost_handling"}, {"scores", "scores_log10", "ranking"}},
        {"waspas", {"cost_handling", "lambda"}, {"scores", "ranking"}},
        {"copras", {"cost_handling", "variant"}, {"scores", "scores_percent", "ranking"}},
        {"moora", {"cost_handling"}, {"scores", "ranking"}},
        {"moora_refpoint", {"cost_handling"}, {"scores", "ranking", "reference_point"}},
        {"moora_fmf", {"cost_handling"}, {"U", "ranking"}},
        {"electre1", {"cost_handling", "p", "q"}, {"concordance", "discordance", "kernel"}},
        {"electre2", {"cost_handling", "p0", "p1", "p2", "q0", "q1"}, {"scores", "ranking"}},
        {"vikor",
         {"v"},
         {"S", "R", "Q", "ranking_by_Q", "ranking_with_compromise_set", "compromise_set", "acceptable_advantage",
          "acceptable_stability"}},
        {"promethee2", {"preference_functions", "p", "q"}, {"scores", "ranking"}},
        {"spotis", {"bounds", "isp"}, {"scores", "ranking"}},
        {"entropy_weights", {}, {"weights"}},
        {"critic_weights", {"scale", "correlation"}, {"weights"}},
        {"std_weights", {}, {"weights"}},
        {"variance_weights", {}, {"weights"}},
        {"merec_weights", {}, {"weights"}},
        {"ahp", {"priority_method", "ri", "ri_table", "random_index"}, {"weights", "cr", "koczkodaj", "congruence", "dissonance"}},
        {"ahp_hierarchy", {"priority_method", "aggregation", "random_index", "ri_table"}, {"scores", "ranking"}},
    };
    return specs;
}

bool Contains(const std::vector<const char*>& list, const std::string& key) {
    return std::any_of(list.begin(), list.end(), [&](const char* k) { return key == k; });
}

// [SECTION] Per-family computations, each returning every expected key it can produce that was asked for.

struct CaseInput {
    const json& c;
    std::string path;
    std::string method;
    json params;  // object (empty when absent or null)
    std::set<std::string> wanted;

    const json& Param(const char* key) const { return params.at(key); }
    bool HasParam(const char* key) const { return Has(params, key); }
    std::string ParamPath(const char* key) const { return path + ".params." + key; }
};

json RunMatrixMethod(const CaseInput& in, Method method) {
    const json& c = in.c;
    Problem problem;
    problem.matrix = ReadMatrix(c.at("matrix"), in.path + ".matrix", 2);
    const std::size_t n = problem.matrix.Cols();
    problem.types = ReadTypes(c.at("types"), in.path + ".types", n);
    problem.weights = ReadNumbers(c.at("weights"), in.path + ".weights", n);
    const MethodParams defaults;
    MethodParams& p = problem.params;
    auto number_param = [&](const char* key, double fallback) {
        return in.HasParam(key) ? ReadNumber(in.Param(key), in.ParamPath(key)) : fallback;
    };
    // Only the method's own keys are read (Compute has refused the others); "p"/"q" differ between
    // electre1 (numbers) and promethee2 (arrays).
    if (method == Method::Waspas) p.waspas.lambda = number_param("lambda", defaults.waspas.lambda);
    if (method == Method::Vikor) p.vikor.v = number_param("v", defaults.vikor.v);
    if (method == Method::Electre1) {
        p.electre1.p = number_param("p", defaults.electre1.p);
        p.electre1.q = number_param("q", defaults.electre1.q);
    }
    if (method == Method::Electre2) {
        p.electre2.p0 = number_param("p0", defaults.electre2.p0);
        p.electre2.p1 = number_param("p1", defaults.electre2.p1);
        p.electre2.p2 = number_param("p2", defaults.electre2.p2);
        p.electre2.q0 = number_param("q0", defaults.electre2.q0);
        p.electre2.q1 = number_param("q1", defaults.electre2.q1);
    }
    if (in.HasParam("variant")) {
        const std::string v = ReadString(in.Param("variant"), in.ParamPath("variant"));
        if (!ParseCoprasVariant(v, &p.copras.variant))
            throw Error(in.ParamPath("variant") + ": unknown COPRAS variant \"" + v + "\"");
    }
    if (method == Method::Promethee2) {
        if (!in.HasParam("preference_functions"))
            throw Error(in.ParamPath("preference_functions") + ": required (one name per criterion)");
        const json& names = in.Param("preference_functions");
        if (!names.is_array() || names.size() != n)
            throw Error(in.ParamPath("preference_functions") + ": expected " + std::to_string(n) + " names");
        for (std::size_t k = 0; k < n; ++k) {
            const std::string at = in.ParamPath("preference_functions") + "[" + std::to_string(k) + "]";
            PreferenceFunction f;
            const std::string name = ReadString(names[k], at);
            if (!ParsePreferenceFunction(name, &f)) throw Error(at + ": unknown preference function \"" + name + "\"");
            p.promethee.functions.push_back(f);
        }
        if (in.HasParam("p")) p.promethee.p = ReadNumbers(in.Param("p"), in.ParamPath("p"), n, true);
        if (in.HasParam("q")) p.promethee.q = ReadNumbers(in.Param("q"), in.ParamPath("q"), n, true);
    }
    if (method == Method::Spotis) {
        if (!in.HasParam("bounds")) throw Error(in.ParamPath("bounds") + ": required (one [min, max] per criterion)");
        const json& bounds = in.Param("bounds");
        if (!bounds.is_array() || bounds.size() != n)
            throw Error(in.ParamPath("bounds") + ": expected " + std::to_string(n) + " [min, max] pairs");
        for (std::size_t k = 0; k < n; ++k) {
            const std::vector<double> b = ReadNumbers(bounds[k], in.ParamPath("bounds") + "[" + std::to_string(k) + "]", 2);
            p.spotis.bounds.emplace_back(b[0], b[1]);
        }
        if (in.HasParam("isp")) p.spotis.isp = ReadNumbers(in.Param("isp"), in.ParamPath("isp"), n);
    }

    // Normalisation fields: required by the normalised methods, absent (null) for the others.
    const bool normalised = MethodUsesNormalization(method);
    if (normalised) {
        if (!Has(c, "normalization")) throw Error(in.path + ".normalization: required by " + in.method);
        const std::string name = ReadString(c.at("normalization"), in.path + ".normalization");
        if (!ParseNormalization(name, &problem.normalization))
            throw Error(in.path + ".normalization: unknown normalisation \"" + name + "\"");
    } else if (Has(c, "normalization")) {
        throw Error(in.path + ".normalization: " + in.method + " has its own normalisation; expected null");
    }
    if (in.HasParam("cost_handling")) {
        if (problem.normalization == Normalization::None)
            throw Error(in.ParamPath("cost_handling") + ": must be absent with normalization \"none\"");
        const std::string name = ReadString(in.Param("cost_handling"), in.ParamPath("cost_handling"));
        if (!ParseCostHandling(name, &problem.cost_handling))
            throw Error(in.ParamPath("cost_handling") + ": expected \"invert\" or \"ignore\", got \"" + name + "\"");
    }

    const Outcome o = Evaluate(method, problem);
    json out;
    const bool has_ranking = method != Method::Electre1 && method != Method::Vikor;
    if (has_ranking) {
        out[method == Method::MooraFmf ? "U" : "scores"] = o.score;
        out["ranking"] = o.rank;
    }
    if (o.wpm) out["scores_log10"] = o.wpm->scores_log10;
    if (o.copras) out["scores_percent"] = o.copras->scores_percent;
    if (o.topsis) {
        out["positive_ideal"] = o.topsis->positive_ideal;
        out["negative_ideal"] = o.topsis->negative_ideal;
    }
    if (o.moora_refpoint) out["reference_point"] = o.moora_refpoint->reference_point;
    if (o.electre1) {
        out["concordance"] = ToJsonNullDiagonal(o.electre1->cd.concordance);
        out["discordance"] = ToJsonNullDiagonal(o.electre1->cd.discordance);
        out["kernel"] = o.electre1->kernel;
    }
    if (o.vikor) {
        const VikorResult& v = *o.vikor;
        out["S"] = v.S;
        out["R"] = v.R;
        out["Q"] = v.Q;
        out["ranking_by_Q"] = v.ranking_by_Q;
        out["ranking_with_compromise_set"] = v.ranking_with_compromise_set;
        out["compromise_set"] = v.compromise_set;
        out["acceptable_advantage"] = v.acceptable_advantage;
        out["acceptable_stability"] = v.acceptable_stability;
    }
    return out;
}

json RunNormalization(const CaseInput& in) {
    const json& c = in.c;
    const Matrix x = ReadMatrix(c.at("matrix"), in.path + ".matrix", 2);
    const std::vector<int> types = ReadTypes(c.at("types"), in.path + ".types", x.Cols());
    Normalization norm;
    const std::string name = ReadString(c.at("normalization"), in.path + ".normalization");
    if (!ParseNormalization(name, &norm)) throw Error(in.path + ".normalization: unknown normalisation \"" + name + "\"");
    CostHandling cost = CostHandling::Invert;
    if (in.HasParam("cost_handling")) {
        if (norm == Normalization::None)
            throw Error(in.ParamPath("cost_handling") + ": must be absent with normalization \"none\"");
        const std::string ch = ReadString(in.Param("cost_handling"), in.ParamPath("cost_handling"));
        if (!ParseCostHandling(ch, &cost))
            throw Error(in.ParamPath("cost_handling") + ": expected \"invert\" or \"ignore\", got \"" + ch + "\"");
    }
    return json{{"matrix", ToJson(Normalize(x, types, norm, cost).r)}};
}

json RunWeighting(const CaseInput& in) {
    const json& c = in.c;
    const Matrix x = ReadMatrix(c.at("matrix"), in.path + ".matrix", 2);
    std::vector<double> w;
    if (in.method == "entropy_weights") {
        w = weights::Entropy(x);
    } else if (in.method == "std_weights") {
        w = weights::StandardDeviation(x);
    } else if (in.method == "variance_weights") {
        w = weights::Variance(x);
    } else if (in.method == "merec_weights") {
        w = weights::Merec(x, ReadTypes(c.at("types"), in.path + ".types", x.Cols()));
    } else {
        bool scale = true;
        if (in.HasParam("scale")) {
            if (!in.Param("scale").is_boolean()) throw Error(in.ParamPath("scale") + ": expected true or false");
            scale = in.Param("scale").get<bool>();
        }
        weights::Correlation corr = weights::Correlation::Pearson;
        if (in.HasParam("correlation")) {
            const std::string name = ReadString(in.Param("correlation"), in.ParamPath("correlation"));
            if (!weights::ParseCorrelation(name, &corr))
                throw Error(in.ParamPath("correlation") + ": expected \"pearson\" or \"spearman\", got \"" + name + "\"");
        }
        w = weights::Critic(x, scale, corr);
    }
    return json{{"weights", w}};
}

PriorityMethod ReadPriorityMethod(const CaseInput& in) {
    PriorityMethod method = PriorityMethod::Eigenvector;
    if (in.HasParam("priority_method")) {
        const std::string name = ReadString(in.Param("priority_method"), in.ParamPath("priority_method"));
        if (!ParsePriorityMethod(name, &method))
            throw Error(in.ParamPath("priority_method") + ": unknown priority method \"" + name + "\"");
    }
    return method;
}

// Validates the informational random_index name and returns the table it names, if any.
bool ReadRandomIndexName(const CaseInput& in, RandomIndexTable* table) {
    if (!in.HasParam("random_index")) return false;
    const std::string name = ReadString(in.Param("random_index"), in.ParamPath("random_index"));
    if (!ParseRandomIndexTable(name, table))
        throw Error(in.ParamPath("random_index") + ": unknown random-index table \"" + name + "\"");
    return true;
}

std::vector<double> ReadRiTable(const CaseInput& in) {
    const json& t = in.Param("ri_table");
    if (!t.is_array() || t.empty()) throw Error(in.ParamPath("ri_table") + ": expected a non-empty array of numbers");
    return ReadNumbers(t, in.ParamPath("ri_table"), t.size());
}

json RunAhp(const CaseInput& in) {
    const Matrix a = ReadMatrix(in.c.at("pairwise"), in.path + ".pairwise", 1);
    if (a.Cols() != a.Rows())
        throw Error(in.path + ".pairwise: expected a square matrix, got " + std::to_string(a.Rows()) + "x" +
                    std::to_string(a.Cols()));
    CheckPairwise(a, in.path + ".pairwise");
    const std::size_t n = a.Rows();
    const PriorityMethod method = ReadPriorityMethod(in);
    RandomIndexTable named;
    const bool has_named = ReadRandomIndexName(in, &named);
    std::vector<double> ri_table;
    if (in.HasParam("ri_table")) ri_table = ReadRiTable(in);
    const double ri_given = in.HasParam("ri") ? ReadNumber(in.Param("ri"), in.ParamPath("ri")) : std::nan("");

    json out;
    const AhpResult ahp = Ahp(a, method);
    out["weights"] = ahp.weights;
    if (in.wanted.count("cr")) {
        double ri;
        if (std::isfinite(ri_given)) {
            ri = ri_given;
        } else if (!ri_table.empty()) {
            if (ri_table.size() < n)
                throw Error(in.ParamPath("ri_table") + ": has " + std::to_string(ri_table.size()) +
                            " entries, needs ri_table[" + std::to_string(n - 1) + "]");
            ri = ri_table[n - 1];
        } else if (has_named) {
            ri = RandomIndex(named, n);
        } else {
            throw Error(in.path + ".params: cr needs \"ri\" or \"ri_table\"");
        }
        out["cr"] = ConsistencyRatio(ahp.ci, ri, n);
    }
    if (in.wanted.count("koczkodaj")) out["koczkodaj"] = Koczkodaj(a);
    if (in.wanted.count("congruence")) out["congruence"] = Congruence(a);
    if (in.wanted.count("dissonance")) out["dissonance"] = Dissonance(a);
    return out;
}

std::vector<std::string> ReadStrings(const json& j, const std::string& path) {
    if (!j.is_array() || j.empty()) throw Error(path + ": expected a non-empty array of names");
    std::vector<std::string> out;
    for (std::size_t k = 0; k < j.size(); ++k) out.push_back(ReadString(j[k], path + "[" + std::to_string(k) + "]"));
    return out;
}

AhpNode ReadNode(const json& j, const std::string& path, int depth) {
    if (depth > 32) throw Error(path + ": hierarchy deeper than 32 levels");
    if (!j.is_object()) throw Error(path + ": expected a node object");
    AhpNode node;
    node.name = Has(j, "node") ? ReadString(j.at("node"), path + ".node") : std::string();
    node.elements = ReadStrings(j.at("elements"), path + ".elements");
    node.pairwise = ReadMatrix(j.at("pairwise"), path + ".pairwise", 1);
    if (node.pairwise.Rows() != node.elements.size() || node.pairwise.Cols() != node.elements.size())
        throw Error(path + ".pairwise: expected " + std::to_string(node.elements.size()) + "x" +
                    std::to_string(node.elements.size()) + " (one row and column per element)");
    if (Has(j, "children")) {
        const json& children = j.at("children");
        if (!children.is_object()) throw Error(path + ".children: expected an object keyed by element name");
        if (!children.empty()) {
            if (children.size() != node.elements.size())
                throw Error(path + ".children: expected one child per element (" + std::to_string(node.elements.size()) +
                            "), got " + std::to_string(children.size()));
            for (const std::string& e : node.elements) {
                if (!children.contains(e)) throw Error(path + ".children: no child for element \"" + e + "\"");
                node.children.push_back(ReadNode(children.at(e), path + ".children." + e, depth + 1));
            }
        }
    }
    return node;
}

json RunAhpHierarchy(const CaseInput& in) {
    const std::vector<std::string> labels = ReadStrings(in.c.at("labels"), in.path + ".labels");
    const PriorityMethod method = ReadPriorityMethod(in);
    RandomIndexTable named;
    ReadRandomIndexName(in, &named);
    if (in.HasParam("ri_table")) ReadRiTable(in);
    if (in.HasParam("aggregation")) {
        const std::string agg = ReadString(in.Param("aggregation"), in.ParamPath("aggregation"));
        if (agg != "distributive")
            throw Error(in.ParamPath("aggregation") + ": only \"distributive\" is defined, got \"" + agg + "\"");
    }
    const AhpNode root = ReadNode(in.c.at("hierarchy"), in.path + ".hierarchy", 0);
    const AhpHierarchyResult res = AhpHierarchy(root, labels, method);
    return json{{"scores", res.scores}, {"ranking", DenseRank(res.scores, true)}};
}

bool AllFinite(const json& j) {
    if (j.is_number_float()) return std::isfinite(j.get<double>());
    if (j.is_array() || j.is_object()) {
        for (const auto& v : j)
            if (!AllFinite(v)) return false;
    }
    return true;
}

json Compute(const json& c, const std::string& path, std::set<std::string>* wanted_out) {
    const std::string method = ReadString(c.at("method"), path + ".method");
    const auto& specs = Specs();
    const auto spec = std::find_if(specs.begin(), specs.end(), [&](const MethodSpec& s) { return method == s.name; });
    if (spec == specs.end()) throw Error(path + ".method: unknown method \"" + method + "\"");

    json params = json::object();
    if (Has(c, "params")) {
        params = c.at("params");
        if (!params.is_object()) throw Error(path + ".params: expected an object");
        for (const auto& item : params.items())
            if (item.key() != "weights_as_given" && !Contains(spec->params, item.key()))
                throw Error(path + ".params." + item.key() + ": not a parameter of " + method);
    }
    const json& expected = c.at("expected");
    if (!expected.is_object() || expected.empty()) throw Error(path + ".expected: expected a non-empty object");
    std::set<std::string> wanted;
    for (const auto& item : expected.items()) {
        if (!Contains(spec->expected, item.key()))
            throw Error(path + ".expected." + item.key() + ": not an output of " + method);
        wanted.insert(item.key());
    }
    *wanted_out = wanted;
    CaseInput in{c, path, method, params, wanted};

    if (method == "normalization") return RunNormalization(in);
    if (method == "ahp") return RunAhp(in);
    if (method == "ahp_hierarchy") return RunAhpHierarchy(in);
    if (method.size() > 8 && method.compare(method.size() - 8, 8, "_weights") == 0) return RunWeighting(in);
    Method m;
    if (!ParseMethod(method, &m)) throw Error(path + ".method: unknown method \"" + method + "\"");
    return RunMatrixMethod(in, m);
}

}  // namespace

json RunReferenceCase(const json& c, const std::string& path) {
    json id = c.is_object() && c.contains("id") ? c.at("id") : json(nullptr);
    json result = json::object();
    result["id"] = id;
    try {
        if (!c.is_object()) throw Error(path + ": expected a case object");
        std::set<std::string> wanted;
        const json computed = Compute(c, path, &wanted);
        for (const std::string& key : wanted) {
            if (!computed.contains(key)) throw Error(path + ".expected." + key + ": not produced by this case's method");
            if (!AllFinite(computed.at(key))) throw Error(path + ": " + key + " is not finite (degenerate input)");
        }
        // Keys in the order of the case's expected object.
        for (const auto& item : c.at("expected").items()) result[item.key()] = computed.at(item.key());
    } catch (const Error& e) {
        result = json{{"id", id}, {"error", e.what()}};
    } catch (const json::exception& e) {
        // A missing field read with at() or a wrong JSON type; JSON_DIAGNOSTICS puts the path in the message.
        result = json{{"id", id}, {"error", path + ": " + e.what()}};
    } catch (const std::exception& e) {
        result = json{{"id", id}, {"error", path + ": " + e.what()}};
    }
    return result;
}

json RunReferenceCases(const json& doc) {
    if (!doc.is_object()) throw MalformedDocument("reference cases: the document must be an object with a \"cases\" array");
    if (!doc.contains("cases") || !doc.at("cases").is_array())
        throw MalformedDocument("reference cases: missing \"cases\" array");
    json results = json::array();
    const json& cases = doc.at("cases");
    for (std::size_t k = 0; k < cases.size(); ++k)
        results.push_back(RunReferenceCase(cases[k], "cases[" + std::to_string(k) + "]"));
    return json{{"results", results}};
}

}  // namespace mm::mcda
