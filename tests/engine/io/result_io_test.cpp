// Result JSON: keys the UI and scripts read, ranking best first, NaN as null, reasons in both languages; the
// streamed text equals the Json tree the document used to be built as, byte for byte.
#include "engine/io/result_io.h"

#include <gtest/gtest.h>

#include <sstream>

#include "assets/embedded.h"
#include "decision_fixture.h"
#include "engine/model/presets.h"
#include "engine/decision/scoring.h"

namespace mm {
namespace {

// [SECTION] The document as a Json tree, as result_io built it before it was streamed: the reference the
// streamed text must equal byte for byte.

Json Num(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}
Json Opt(const std::optional<double>& v) {
    return v ? Num(*v) : Json(nullptr);
}

Json FailureJson(const ConstraintFailure& f) {
    Json j;
    j["constraint"] = f.constraint;
    j["detail"] = f.detail;
    j["required"] = Opt(f.required);
    j["actual"] = Opt(f.actual);
    j["unit"] = f.unit;
    j["en"] = f.constraint;  // no wording given: the code stands in
    j["fr"] = f.constraint;
    return j;
}

Json DerivedJson(const DerivedValues& d) {
    Json j;
    j["monthly_usd"] = Opt(d.monthly_usd);
    j["monthly_basis"] = d.monthly_basis.empty() ? Json(nullptr) : Json(d.monthly_basis);
    j["api_monthly_usd"] = Opt(d.api_monthly_usd);
    j["selfhost_monthly_usd"] = Opt(d.selfhost_monthly_usd);
    j["long_context_tier"] = d.long_context_tier;
    j["cached_price_assumed"] = d.cached_price_assumed;
    j["latency_s"] = Opt(d.latency_s);
    if (d.vram) {
        Json v;
        v["total_gb"] = d.vram->total_gb;
        v["weights_gb"] = d.vram->weights_gb;
        v["kv_cache_gb"] = d.vram->kv_cache_gb;
        v["overhead_gb"] = d.vram->overhead_gb;
        v["from_architecture"] = d.vram->from_architecture;
        j["vram"] = v;
    } else {
        j["vram"] = nullptr;
    }
    j["gpus"] = d.gpus ? Json(*d.gpus) : Json(nullptr);
    return j;
}

Json ReferenceRankingJson(const Result& r) {
    Json out = Json::array();
    for (int i : r.order) {
        Json e;
        e["id"] = r.rows[i].id;
        e["name"] = r.rows[i].name;
        e["score"] = Num(r.rows[i].score);
        e["rank"] = r.rows[i].rank;
        out.push_back(e);
    }
    return out;
}

void ReferenceToJson(Json& j, const Result& r) {
    j = Json::object();
    j["format"] = "modelmatrix-result";
    j["version"] = 1;
    j["ok"] = r.ok;
    Json errors = Json::array();
    for (const Issue& e : r.errors) {
        Json ej;
        ej["path"] = e.path;
        ej["message"] = e.message;
        errors.push_back(ej);
    }
    j["errors"] = errors;
    j["notes"] = r.notes;
    j["method"] = r.method;
    j["normalization"] = r.normalization.empty() ? Json(nullptr) : Json(r.normalization);
    j["higher_is_better"] = r.higher_is_better;
    const std::size_t n = r.criteria.size();
    Json crit = Json::array();
    for (std::size_t k = 0; k < n; ++k) {
        const CriterionInfo& c = r.criteria[k];
        Json cj;
        cj["id"] = c.id;
        cj["unit"] = c.unit;
        cj["direction"] = ToString(c.direction);
        cj["source"] = ToString(c.source);
        const std::string own = c.name.empty() ? c.id : c.name;
        cj["label"] = {{"en", own}, {"fr", own}};
        cj["weight"] = k < r.weights.weights.size() ? Num(r.weights.weights[k]) : Json(nullptr);
        cj["constant"] = k < r.constant.size() ? Json(bool(r.constant[k])) : Json(nullptr);
        crit.push_back(cj);
    }
    j["criteria"] = crit;
    Json wj;
    wj["mode"] = ToString(r.weights.mode);
    wj["values"] = r.weights.weights;
    if (r.weights.ahp) {
        const auto& a = *r.weights.ahp;
        Json aj;
        aj["lambda_max"] = a.lambda_max;
        aj["ci"] = a.ci;
        aj["ri"] = Opt(a.ri);
        aj["cr"] = Opt(a.cr);
        aj["ri_table"] = mcda::RandomIndexTableName(a.ri_table);
        aj["acceptable"] = a.acceptable;
        Json mi;
        mi["i"] = a.most_inconsistent.i;
        mi["j"] = a.most_inconsistent.j;
        mi["given"] = a.most_inconsistent.given;
        mi["implied"] = a.most_inconsistent.implied;
        aj["most_inconsistent"] = mi;
        wj["ahp"] = aj;
    }
    j["weights"] = wj;
    Json ranking = Json::array();
    for (int i : r.order) {
        const ModelRow& row = r.rows[i];
        Json e;
        e["id"] = row.id;
        e["name"] = row.name;
        e["provider"] = row.provider;
        e["rank"] = row.rank;
        e["score"] = Num(row.score);
        Json values = Json::object(), normalized = Json::object(), contributions = Json::object();
        Json imputed = Json::array();
        for (std::size_t k = 0; k < n; ++k) {
            const std::string& id = r.criteria[k].id;
            values[id] = Num(r.raw(i, k));
            if (!r.normalized.Empty()) normalized[id] = Num(r.normalized(i, k));
            if (!r.contribution.Empty()) contributions[id] = Num(r.contribution(i, k));
            if (r.imputed[i][k]) imputed.push_back(id);
        }
        e["values"] = values;
        e["normalized"] = r.normalized.Empty() ? Json(nullptr) : normalized;
        e["contributions"] = r.contribution.Empty() ? Json(nullptr) : contributions;
        e["imputed"] = imputed;
        if (!r.d_plus.empty()) {
            e["d_plus"] = Num(r.d_plus[i]);
            e["d_minus"] = Num(r.d_minus[i]);
        }
        e["derived"] = DerivedJson(row.derived);
        ranking.push_back(e);
    }
    j["ranking"] = ranking;
    Json elim = Json::array();
    for (const EliminatedModel& e : r.eliminated) {
        Json ej;
        ej["id"] = e.id;
        ej["name"] = e.name;
        Json reasons = Json::array();
        for (const ConstraintFailure& f : e.failures) reasons.push_back(FailureJson(f));
        ej["reasons"] = reasons;
        elim.push_back(ej);
    }
    j["eliminated"] = elim;
    if (r.why_first) {
        const PairExplanation& p = *r.why_first;
        Json pj;
        pj["first"] = p.first;
        pj["second"] = p.second;
        pj["score_gap"] = Num(p.score_gap);
        pj["basis"] = p.basis;
        Json deltas = Json::array();
        for (const CriterionDelta& d : p.deltas) {
            Json dj;
            dj["criterion"] = d.criterion;
            dj["first_value"] = Num(d.first_value);
            dj["second_value"] = Num(d.second_value);
            dj["delta"] = Num(d.delta);
            deltas.push_back(dj);
        }
        pj["deltas"] = deltas;
        j["why_first"] = pj;
    } else {
        j["why_first"] = nullptr;
    }
    Json costs = Json::array();
    for (const CostComparison& c : r.cost_vs_premium) {
        Json cj;
        cj["reference"] = c.reference;
        cj["reason"] = c.reason;
        cj["winner_usd"] = Num(c.winner_usd);
        cj["reference_usd"] = Num(c.reference_usd);
        cj["ratio"] = Num(c.ratio);
        cj["ratio_text"] = c.ratio_text;
        costs.push_back(cj);
    }
    j["cost_vs_premium"] = costs;
    j["cheapest"] = r.cheapest.empty() ? Json(nullptr) : Json(r.cheapest);
    if (r.robustness) {
        const RobustnessReport& rb = *r.robustness;
        Json rj;
        rj["samples"] = rb.samples;
        rj["seed"] = rb.seed;
        rj["sampling"] = ToString(rb.sampling);
        rj["spread"] = rb.spread;
        Json iv = Json::array();
        for (const WeightInterval& w : rb.intervals) {
            Json wjv;
            wjv["criterion"] = w.criterion;
            wjv["weight"] = Num(w.weight);
            wjv["lower"] = Num(w.lower);
            wjv["upper"] = Num(w.upper);
            iv.push_back(wjv);
        }
        rj["intervals"] = iv;
        if (rb.flip.found) {
            Json fj;
            fj["criterion"] = rb.flip.criterion;
            fj["from"] = Num(rb.flip.from);
            fj["to"] = Num(rb.flip.to);
            fj["change"] = Num(rb.flip.change);
            rj["flip"] = fj;
        } else {
            rj["flip"] = nullptr;
        }
        Json acc = Json::array();
        for (int i : r.order) {
            const Acceptability& a = rb.acceptability[i];
            Json aj;
            aj["id"] = a.model_id;
            aj["p_first"] = a.p_first;
            aj["p_top3"] = a.p_top3;
            acc.push_back(aj);
        }
        rj["acceptability"] = acc;
        j["robustness"] = rj;
    } else {
        j["robustness"] = nullptr;
    }
    if (r.pareto) {
        Json pj;
        pj["criteria"] = r.pareto->criteria;
        Json nd = Json::array(), fr = Json::array();
        for (int i : r.pareto->non_dominated) nd.push_back(r.rows[i].id);
        for (int i : r.pareto->frontier) fr.push_back(r.rows[i].id);
        pj["non_dominated"] = nd;
        pj["frontier"] = fr;
        j["pareto"] = pj;
    } else {
        j["pareto"] = nullptr;
    }
}

Json ReferenceResultJson(const Result& r) {
    Json j;
    ReferenceToJson(j, r);
    return j;
}

void ExpectSameText(const Result& r, const std::string& what) {
    const Json reference = ReferenceResultJson(r);
    EXPECT_EQ(ResultJsonText(r, 1), reference.dump(1)) << what;
    EXPECT_EQ(ResultJsonText(r), reference.dump()) << what;
    EXPECT_EQ(RankingJsonText(r), ReferenceRankingJson(r).dump()) << what;
}

// [SECTION] Tests

TEST(ResultIo, KeysAndOrder) {
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kApi;
    Json j = ResultToJson(Decide(test::Fixture(), p));
    for (const char* k :
         {"format", "version", "ok", "errors", "notes", "method", "normalization", "criteria", "weights",
          "ranking", "eliminated", "why_first", "cost_vs_premium", "cheapest", "robustness", "pareto"})
        EXPECT_TRUE(j.contains(k)) << k;
    EXPECT_TRUE(j["ok"].get<bool>());
    const Json& ranking = j["ranking"];
    ASSERT_EQ(ranking.size(), 5u);
    for (std::size_t k = 1; k < ranking.size(); ++k)
        EXPECT_GE(ranking[k - 1]["score"].get<double>(), ranking[k]["score"].get<double>());
    EXPECT_TRUE(ranking[0]["values"].contains("monthly_cost"));
    EXPECT_TRUE(ranking[0]["contributions"].contains("bench.mmlu"));
    const Json& elim = j["eliminated"];
    ASSERT_EQ(elim.size(), 1u);
    EXPECT_EQ(elim[0]["id"], "big-open");
    EXPECT_EQ(elim[0]["reasons"][0]["constraint"], "deployment");
    EXPECT_EQ(elim[0]["reasons"][0]["en"], "no API available");
    EXPECT_EQ(elim[0]["reasons"][0]["fr"], "pas d'API disponible");
    EXPECT_EQ(RankingJson(Decide(test::Fixture(), p)).size(), 5u);
    EXPECT_EQ(j["robustness"]["acceptability"].size(), 5u);
}

TEST(ResultIo, NonFiniteScoresAreNull) {
    Profile p = test::BaseProfile();
    p.constraints.input_modalities = {"image"};  // one survivor: no score
    Json j = ResultToJson(Decide(test::Fixture(), p));
    ASSERT_EQ(j["ranking"].size(), 1u);
    EXPECT_TRUE(j["ranking"][0]["score"].is_null());
    EXPECT_NO_THROW(j.dump());
}

TEST(ResultIo, ErrorsAreListedWithPaths) {
    Profile p = test::BaseProfile();
    p.criteria[0].id = "nope";
    Json j = ResultToJson(Decide(test::Fixture(), p));
    EXPECT_FALSE(j["ok"].get<bool>());
    EXPECT_EQ(j["errors"][0]["path"], "criteria[0].id");
}

TEST(ResultIo, StreamedTextEqualsTheJsonTreeOnTheFixture) {
    Profile p = test::BaseProfile();
    ExpectSameText(Decide(test::Fixture(), p), "base");
    p.constraints.deployment = Deployment::kApi;
    ExpectSameText(Decide(test::Fixture(), p), "api only");
    p.constraints.input_modalities = {"image"};
    ExpectSameText(Decide(test::Fixture(), p), "single survivor");
    p.criteria[0].id = "nope";
    ExpectSameText(Decide(test::Fixture(), p), "error");
    for (const std::string& method : RankingMethodNames()) {
        DecideOptions o;
        o.method_override = method;
        ExpectSameText(Decide(test::Fixture(), test::BaseProfile(), o), method);
    }
}

TEST(ResultIo, StreamedTextEqualsTheJsonTreeOnTheShippedCatalog) {
    CatalogLoad load = LoadCatalog(assets::catalog());
    ASSERT_TRUE(load.Ok());
    for (const Preset& preset : BuiltinPresets()) {
        ExpectSameText(Decide(*load.catalog, preset.profile), preset.id);
        Profile p = preset.profile;
        p.missing = MissingPolicy::kExclude;
        p.method.name = "topsis";
        ExpectSameText(Decide(*load.catalog, p), preset.id + " exclude topsis");
        p.missing = MissingPolicy::kMedian;
        p.method.name = "vikor";
        p.robustness.samples = 50;
        ExpectSameText(Decide(*load.catalog, p), preset.id + " median vikor");
        p.weighting.mode = WeightMode::kAhp;
        p.weighting.pairwise.assign(p.criteria.size(), std::vector<double>(p.criteria.size(), 1.0));
        if (p.criteria.size() >= 3) p.weighting.pairwise[0][2] = 5, p.weighting.pairwise[2][0] = 0.2;
        ExpectSameText(Decide(*load.catalog, p), preset.id + " ahp");
    }
}

TEST(ResultIo, RepeatedCriterionKeepsItsLastColumnAsAJsonObjectWould) {
    Result r = Decide(test::Fixture(), test::BaseProfile());
    ASSERT_GE(r.criteria.size(), 2u);
    r.criteria[1].id = r.criteria[0].id;  // not a valid profile; the writer still mirrors Json's behaviour
    ExpectSameText(r, "repeated id");
}

TEST(ResultIo, StreamedToAnOutput) {
    const Result r = Decide(test::Fixture(), test::BaseProfile());
    std::ostringstream out;
    WriteResultJson(out, r, 1);
    EXPECT_EQ(out.str(), ReferenceResultJson(r).dump(1));
    EXPECT_EQ(ResultToJson(r), ReferenceResultJson(r));
}

}  // namespace
}  // namespace mm
