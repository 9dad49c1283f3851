// Result -> JSON, streamed. Every object's members are written in sorted key order (what nlohmann::json
// holds), so the text equals Json::dump() of the same document (tests/engine/result_io_test.cpp keeps the
// Json-building version as the reference).
#include "engine/io/result_io.h"

#include <algorithm>
#include <cmath>
#include <ostream>

namespace mm {

namespace {

void StringOrNull(JsonWriter& w, const std::string& s) {
    if (s.empty())
        w.Null();
    else
        w.String(s);
}

void Strings(JsonWriter& w, const std::vector<std::string>& v) {
    w.BeginArray();
    for (const std::string& s : v) w.String(s);
    w.EndArray();
}

void Failure(JsonWriter& w, const ConstraintFailure& f, const ResultWording* wording) {
    w.BeginObject();
    w.Key("actual").Number(f.actual);
    w.Key("constraint").String(f.constraint);
    w.Key("detail").String(f.detail);
    w.Key("en").String(wording ? wording->reason(f, "en") : f.constraint);
    w.Key("fr").String(wording ? wording->reason(f, "fr") : f.constraint);
    w.Key("required").Number(f.required);
    w.Key("unit").String(f.unit);
    w.EndObject();
}

void Derived(JsonWriter& w, const DerivedValues& d) {
    w.BeginObject();
    w.Key("api_monthly_usd").Number(d.api_monthly_usd);
    w.Key("cached_price_assumed").Bool(d.cached_price_assumed);
    w.Key("gpus");
    if (d.gpus)
        w.Int(*d.gpus);
    else
        w.Null();
    w.Key("latency_s").Number(d.latency_s);
    w.Key("long_context_tier").Bool(d.long_context_tier);
    w.Key("monthly_basis");
    StringOrNull(w, d.monthly_basis);
    w.Key("monthly_usd").Number(d.monthly_usd);
    w.Key("selfhost_monthly_usd").Number(d.selfhost_monthly_usd);
    w.Key("vram");
    if (d.vram) {
        w.BeginObject();
        w.Key("from_architecture").Bool(d.vram->from_architecture);
        w.Key("kv_cache_gb").Number(d.vram->kv_cache_gb);
        w.Key("overhead_gb").Number(d.vram->overhead_gb);
        w.Key("total_gb").Number(d.vram->total_gb);
        w.Key("weights_gb").Number(d.vram->weights_gb);
        w.EndObject();
    } else {
        w.Null();
    }
    w.EndObject();
}

void Criteria(JsonWriter& w, const Result& r, const ResultWording* wording) {
    w.BeginArray();
    for (std::size_t k = 0; k < r.criteria.size(); ++k) {
        const CriterionInfo& c = r.criteria[k];
        w.BeginObject();
        w.Key("constant");
        if (k < r.constant.size())
            w.Bool(r.constant[k]);
        else
            w.Null();
        w.Key("direction").String(ToString(c.direction));
        w.Key("id").String(c.id);
        w.Key("label");
        w.BeginObject();
        const std::string& own = c.name.empty() ? c.id : c.name;
        w.Key("en").String(wording ? wording->label(c, "en") : own);
        w.Key("fr").String(wording ? wording->label(c, "fr") : own);
        w.EndObject();
        w.Key("source").String(ToString(c.source));
        w.Key("unit").String(c.unit);
        w.Key("weight");
        if (k < r.weights.weights.size())
            w.Number(r.weights.weights[k]);
        else
            w.Null();
        w.EndObject();
    }
    w.EndArray();
}

void Weights(JsonWriter& w, const WeightReport& wr) {
    w.BeginObject();
    if (wr.ahp) {
        const auto& a = *wr.ahp;
        w.Key("ahp");
        w.BeginObject();
        w.Key("acceptable").Bool(a.acceptable);
        w.Key("ci").Number(a.ci);
        w.Key("cr").Number(a.cr);
        w.Key("lambda_max").Number(a.lambda_max);
        w.Key("most_inconsistent");
        w.BeginObject();
        w.Key("given").Number(a.most_inconsistent.given);
        w.Key("i").Int(a.most_inconsistent.i);
        w.Key("implied").Number(a.most_inconsistent.implied);
        w.Key("j").Int(a.most_inconsistent.j);
        w.EndObject();
        w.Key("ri").Number(a.ri);
        w.Key("ri_table").String(mcda::RandomIndexTableName(a.ri_table));
        w.EndObject();
    }
    w.Key("mode").String(ToString(wr.mode));
    w.Key("values");
    w.BeginArray();
    for (double v : wr.weights) w.Number(v);
    w.EndArray();
    w.EndObject();
}

// The ranking rows: per model its values keyed by criterion id. The criterion order of those objects (sorted
// ids; with a repeated id, its last column, as assigning into a Json object would keep) is worked out once.
void Ranking(JsonWriter& w, const Result& r) {
    const std::size_t n = r.criteria.size();
    std::vector<std::size_t> keyed(n);
    for (std::size_t k = 0; k < n; ++k) keyed[k] = k;
    std::stable_sort(keyed.begin(), keyed.end(),
                     [&](std::size_t a, std::size_t b) { return r.criteria[a].id < r.criteria[b].id; });
    std::vector<std::size_t> columns;  // keyed, one per distinct id
    for (std::size_t k = 0; k < n; ++k) {
        if (!columns.empty() && r.criteria[columns.back()].id == r.criteria[keyed[k]].id)
            columns.back() = keyed[k];
        else
            columns.push_back(keyed[k]);
    }
    auto keyed_values = [&](const mcda::Matrix& x, std::size_t i) {
        w.BeginObject();
        for (std::size_t k : columns) w.Key(r.criteria[k].id).Number(x(i, k));
        w.EndObject();
    };
    w.BeginArray();
    for (int oi : r.order) {
        const std::size_t i = static_cast<std::size_t>(oi);
        const ModelRow& row = r.rows[i];
        w.BeginObject();
        w.Key("contributions");
        if (r.contribution.Empty())
            w.Null();
        else
            keyed_values(r.contribution, i);
        if (!r.d_plus.empty()) {
            w.Key("d_minus").Number(r.d_minus[i]);
            w.Key("d_plus").Number(r.d_plus[i]);
        }
        w.Key("derived");
        Derived(w, row.derived);
        w.Key("id").String(row.id);
        w.Key("imputed");
        w.BeginArray();
        for (std::size_t k = 0; k < n; ++k)
            if (r.imputed[i][k]) w.String(r.criteria[k].id);
        w.EndArray();
        w.Key("name").String(row.name);
        w.Key("normalized");
        if (r.normalized.Empty())
            w.Null();
        else
            keyed_values(r.normalized, i);
        w.Key("provider").String(row.provider);
        w.Key("rank").Int(row.rank);
        w.Key("score").Number(row.score);
        w.Key("values");
        keyed_values(r.raw, i);
        w.EndObject();
    }
    w.EndArray();
}

void Eliminated(JsonWriter& w, const Result& r, const ResultWording* wording) {
    w.BeginArray();
    for (const EliminatedModel& e : r.eliminated) {
        w.BeginObject();
        w.Key("id").String(e.id);
        w.Key("name").String(e.name);
        w.Key("reasons");
        w.BeginArray();
        for (const ConstraintFailure& f : e.failures) Failure(w, f, wording);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
}

void CostsVsPremium(JsonWriter& w, const std::vector<CostComparison>& costs) {
    w.BeginArray();
    for (const CostComparison& c : costs) {
        w.BeginObject();
        w.Key("ratio").Number(c.ratio);
        w.Key("ratio_text").String(c.ratio_text);
        w.Key("reason").String(c.reason);
        w.Key("reference").String(c.reference);
        w.Key("reference_usd").Number(c.reference_usd);
        w.Key("winner_usd").Number(c.winner_usd);
        w.EndObject();
    }
    w.EndArray();
}

void Pareto(JsonWriter& w, const Result& r) {
    if (!r.pareto) {
        w.Null();
        return;
    }
    w.BeginObject();
    w.Key("criteria");
    Strings(w, r.pareto->criteria);
    w.Key("frontier");
    w.BeginArray();
    for (int i : r.pareto->frontier) w.String(r.rows[static_cast<std::size_t>(i)].id);
    w.EndArray();
    w.Key("non_dominated");
    w.BeginArray();
    for (int i : r.pareto->non_dominated) w.String(r.rows[static_cast<std::size_t>(i)].id);
    w.EndArray();
    w.EndObject();
}

void Robustness(JsonWriter& w, const Result& r) {
    if (!r.robustness) {
        w.Null();
        return;
    }
    const RobustnessReport& rb = *r.robustness;
    w.BeginObject();
    w.Key("acceptability");
    w.BeginArray();
    for (int i : r.order) {
        const Acceptability& a = rb.acceptability[static_cast<std::size_t>(i)];
        w.BeginObject();
        w.Key("id").String(a.model_id);
        w.Key("p_first").Number(a.p_first);
        w.Key("p_top3").Number(a.p_top3);
        w.EndObject();
    }
    w.EndArray();
    w.Key("flip");
    if (rb.flip.found) {
        w.BeginObject();
        w.Key("change").Number(rb.flip.change);
        w.Key("criterion").String(rb.flip.criterion);
        w.Key("from").Number(rb.flip.from);
        w.Key("to").Number(rb.flip.to);
        w.EndObject();
    } else {
        w.Null();
    }
    w.Key("intervals");
    w.BeginArray();
    for (const WeightInterval& iv : rb.intervals) {
        w.BeginObject();
        w.Key("criterion").String(iv.criterion);
        w.Key("lower").Number(iv.lower);
        w.Key("upper").Number(iv.upper);
        w.Key("weight").Number(iv.weight);
        w.EndObject();
    }
    w.EndArray();
    w.Key("samples").Int(rb.samples);
    w.Key("sampling").String(ToString(rb.sampling));
    w.Key("seed").Uint(rb.seed);
    w.Key("spread").Number(rb.spread);
    w.EndObject();
}

void WhyFirst(JsonWriter& w, const Result& r) {
    if (!r.why_first) {
        w.Null();
        return;
    }
    const PairExplanation& p = *r.why_first;
    w.BeginObject();
    w.Key("basis").String(p.basis);
    w.Key("deltas");
    w.BeginArray();
    for (const CriterionDelta& d : p.deltas) {
        w.BeginObject();
        w.Key("criterion").String(d.criterion);
        w.Key("delta").Number(d.delta);
        w.Key("first_value").Number(d.first_value);
        w.Key("second_value").Number(d.second_value);
        w.EndObject();
    }
    w.EndArray();
    w.Key("first").String(p.first);
    w.Key("score_gap").Number(p.score_gap);
    w.Key("second").String(p.second);
    w.EndObject();
}

}  // namespace

void WriteResult(JsonWriter& w, const Result& r, const ResultWording* wording) {
    w.BeginObject();
    w.Key("cheapest");
    StringOrNull(w, r.cheapest);
    w.Key("cost_vs_premium");
    CostsVsPremium(w, r.cost_vs_premium);
    w.Key("criteria");
    Criteria(w, r, wording);
    w.Key("eliminated");
    Eliminated(w, r, wording);
    w.Key("errors");
    w.BeginArray();
    for (const Issue& e : r.errors) {
        w.BeginObject();
        w.Key("message").String(e.message);
        w.Key("path").String(e.path);
        w.EndObject();
    }
    w.EndArray();
    w.Key("format").String("modelmatrix-result");
    w.Key("higher_is_better").Bool(r.higher_is_better);
    w.Key("method").String(r.method);
    w.Key("normalization");
    StringOrNull(w, r.normalization);
    w.Key("notes");
    Strings(w, r.notes);
    w.Key("ok").Bool(r.ok);
    w.Key("pareto");
    Pareto(w, r);
    w.Key("ranking");
    Ranking(w, r);
    w.Key("robustness");
    Robustness(w, r);
    w.Key("version").Int(1);
    w.Key("weights");
    Weights(w, r.weights);
    w.Key("why_first");
    WhyFirst(w, r);
    w.EndObject();
}

std::string ResultJsonText(const Result& r, int indent, const ResultWording* wording) {
    JsonWriter w(indent);
    WriteResult(w, r, wording);
    return w.TakeText();
}

void WriteResultJson(std::ostream& out, const Result& r, int indent, const ResultWording* wording) {
    JsonWriter w(indent, &out);
    WriteResult(w, r, wording);
    w.Finish();
}

void to_json(Json& j, const Result& r) { j = Json::parse(ResultJsonText(r)); }

Json ResultToJson(const Result& r, const ResultWording* wording) { return Json::parse(ResultJsonText(r, -1, wording)); }

void WriteRanking(JsonWriter& w, const Result& r) {
    w.BeginArray();
    for (int i : r.order) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(i)];
        w.BeginObject();
        w.Key("id").String(row.id);
        w.Key("name").String(row.name);
        w.Key("rank").Int(row.rank);
        w.Key("score").Number(row.score);
        w.EndObject();
    }
    w.EndArray();
}

std::string RankingJsonText(const Result& r, int indent) {
    JsonWriter w(indent);
    WriteRanking(w, r);
    return w.TakeText();
}

Json RankingJson(const Result& r) { return Json::parse(RankingJsonText(r)); }

}  // namespace mm
