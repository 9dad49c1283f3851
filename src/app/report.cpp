// Exports of the decision: the Markdown report (the course's "personalised decision matrix" as a
// deliverable), the ranking as CSV, and profile + result as JSON. Text follows the UI language.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <type_traits>

#include "app/actions.h"
#include "app/i18n.h"
#include "app/text_view.h"
#include "app/wording.h"
#include "engine/decision/breakeven.h"
#include "engine/io/profile_io.h"
#include "engine/io/result_io.h"
#include "engine/selfhost/selfhost_data.h"

namespace mm::app {

namespace {

// A string builder with stream syntax. (std::ostringstream would pull libc++'s locale machinery, about 100 KB,
// into the WebAssembly app.)
struct Out {
    std::string s;
    Out& operator<<(const std::string& v) { s += v; return *this; }
    Out& operator<<(const char* v) { s += v; return *this; }
    Out& operator<<(char v) { s += v; return *this; }
    template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
    Out& operator<<(T v) { s += std::to_string(v); return *this; }
    std::string str() const { return s; }
};

struct Writer {
    const std::string& lang;
    MoneyDisplay money;
    Out out;
    const char* L(const char* key) const { return Tr(lang, key); }
    // Numbers as the UI writes them (app/i18n.h): "1 234,56" / "1,234.56", "35,0 %", "7 650 $US".
    std::string Num(double v, int decimals = 2) const { return FormatNumber(v, lang, decimals); }
    std::string Pct(double v) const { return FormatPercent(v, lang, 1); }
    std::string Usd(double v) const { return FormatMoney(v, lang, money); }
    // French names units ("USD/mois", "Go"); English keeps the catalog's unit codes. Money in the shown currency.
    std::string Unit(const std::string& u) const {
        const std::string label = lang == "fr" ? UnitLabel(u, lang) : u;
        return u.rfind("USD", 0) == 0 ? MoneyText(label, money) : label;
    }
};

std::string CriterionLabel(const Result& r, const std::string& id, const std::string& lang) {
    for (const auto& c : r.criteria)
        if (c.id == id) return CriterionName(c, lang);
    return id;
}

std::string ModelName(const Catalog& c, const std::string& id) {
    const Model* m = c.FindModel(id);
    return m ? m->name : id;
}

std::string CsvEscape(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + "\"";
}

const char* WeightModeText(WeightMode m, const Writer& w) {
    switch (m) {
        case WeightMode::kDirect: return w.L("report.direct_weights_normalised_to_100");
        case WeightMode::kRankOrder: return w.L("report.rank_order_centroid_from_your_ordering");
        case WeightMode::kSwing: return w.L("report.swing_weighting_points_per_criterion");
        case WeightMode::kAhp: return w.L("report.ahp_pairwise_comparisons_principal_eig");
        case WeightMode::kEntropy: return w.L("report.entropy_objective_from_the_data");
        case WeightMode::kCritic: return w.L("report.critic_objective_from_the_data");
        case WeightMode::kStd: return w.L("report.standard_deviation_objective");
        case WeightMode::kMerec: return w.L("report.merec_objective");
    }
    return "";
}

std::string MarkdownReport(const AppState& s) {
    Writer w{s.lang, Money(s), {}};
    const Result& r = s.result;
    const Profile& p = s.profile;
    auto& o = w.out;
    o << "# " << w.L("report.modelmatrix_decision") << (p.name.empty() ? "" : ": " + p.name) << "\n\n";
    if (!p.description.empty()) o << p.description << "\n\n";
    o << w.L("report.catalog") << " " << s.catalog.catalog_version << ", " << w.L("report.data_as_of") << " "
      << s.catalog.as_of << " — " << s.catalog.models.size() << " " << w.L("report.models");
    if (s.overlay) o << " — " << w.L("report.with_your_private_overlay") << " « " << s.overlay->name << " »";
    o << ".\n\n";
    if (w.money.eur) o << Format(w.L("report.currency_eur"), FormatNumber(w.money.usd_per_eur, s.lang, 4).c_str()) << "\n\n";

    o << "## " << w.L("report.workload") << "\n\n";
    const Workload& wl = p.workload;
    o << "- " << w.L("report.requests_per_day") << ": " << w.Num(wl.requests_per_day, 0) << "\n";
    const bool words = wl.text_unit == TextUnit::kWords;  // [tokens-per-language]
    o << "- " << w.L(words ? "report.words_per_request_in_out" : "report.tokens_per_request_in_out") << ": "
      << w.Num(wl.input_tokens, 0) << " / " << w.Num(wl.output_tokens, 0)
      << (words ? " (" + std::string(w.L(wl.language == "fr" ? "workload.lang_fr" : "workload.lang_en")) + ")" : "")
      << "\n";
    for (const std::string& line : WordsWorkloadLines(s)) o << "- " << line << "\n";
    o << "- " << w.L("report.cached_share_of_input") << ": " << w.Pct(wl.cached_share) << "\n";
    const selfhost::Device* device =
        s.catalog.selfhost ? selfhost::FindById(s.catalog.selfhost->devices, wl.device) : nullptr;
    if (device && wl.pricing == DevicePricing::kRent) {
        const std::optional<double> rent =
            wl.gpu_usd_per_hour > 0 ? std::optional<double>(wl.gpu_usd_per_hour) : device->rent_usd_per_hour;
        o << "- " << w.L("report.self_hosting") << ": "
          << Format(w.L("report.device_rent"), device->name.c_str(), rent ? w.Usd(*rent).c_str() : "?",
                    w.Num(wl.hours_per_day, 0).c_str())
          << "\n";
    } else if (device) {
        o << "- " << w.L("report.self_hosting") << ": "
          << Format(w.L("report.device_purchase"), device->name.c_str(),
                    device->purchase_usd ? w.Usd(*device->purchase_usd).c_str() : "?",
                    w.Num(wl.amortisation_months, 0).c_str(), w.Usd(wl.energy_usd_per_kwh).c_str(),
                    w.Num(wl.hours_per_day, 0).c_str())
          << "\n";
    } else if (wl.gpu_usd_per_hour > 0) {
        o << "- " << w.L("report.self_hosting") << ": " << w.Usd(wl.gpu_usd_per_hour) << w.L("report.gpu_hour")
          << w.Num(wl.hours_per_day, 0) << w.L("report.h_day") << "\n";
    }
    o << "\n## " << w.L("report.hard_constraints") << "\n\n";
    // One line per constraint, worded as in the text view (app/text_view.h); "None." alone when there is none.
    const std::vector<std::string> constraints = ConstraintLines(s);
    const bool none = constraints.size() == 1 && constraints[0] == w.L("report.none");
    for (const std::string& line : constraints) o << (none ? "" : "- ") << line << "\n";

    if (!r.ok) {
        o << "\n## " << w.L("report.no_ranking") << "\n\n";
        for (const auto& e : r.errors) o << "- " << e.ToString() << "\n";
        return o.str();
    }
    o << "\n## " << w.L("report.criteria_and_weights") << "\n\n";
    o << w.L("report.weights_set_by") << WeightModeText(r.weights.mode, w) << ".";
    if (r.weights.ahp && r.weights.ahp->cr)
        o << " " << w.L("report.consistency_ratio") << w.L("report.cr") << w.Num(*r.weights.ahp->cr, 3) << ".";
    o << "\n" << w.L("report.method") << ": " << r.method << (r.normalization.empty() ? "" : " (" + r.normalization + ")") << ".\n\n";
    o << "| " << w.L("report.criterion") << " | " << w.L("report.unit") << " | " << w.L("report.direction") << " | "
      << w.L("report.weight") << " |\n|---|---|---|---|\n";
    for (std::size_t j = 0; j < r.criteria.size(); ++j) {
        const auto& ci = r.criteria[j];
        o << "| " << CriterionName(ci, s.lang) << " | " << w.Unit(ci.unit) << " | "
          << (ci.direction == Direction::kBenefit ? w.L("report.higher_is_better") : w.L("report.lower_is_better"))
          << " | " << w.Pct(j < r.weights.weights.size() ? r.weights.weights[j] : 0) << (r.constant.size() > j && r.constant[j] ? w.L("report.same_for_all") : "")
          << " |\n";
    }
    o << "\n## " << w.L("report.ranking") << "\n\n";
    const bool additive = r.contribution.Rows() == r.rows.size() && r.contribution.Cols() == r.criteria.size() && !r.rows.empty();
    o << "| # | " << w.L("report.model") << " | " << w.L("report.score") << " | " << w.L("decision.col_class") << " | "
      << w.L("decision.col_known");
    if (additive)
        for (const auto& ci : r.criteria) o << " | " << CriterionName(ci, s.lang);
    o << " | " << w.L("report.monthly_cost") << " |\n|---|---|---|---|---";
    if (additive)
        for (std::size_t j = 0; j < r.criteria.size(); ++j) o << "|---";
    o << "|---|\n";
    for (int idx : r.order) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(idx)];
        o << "| " << row.rank << " | " << row.name << " | " << w.Num(row.score, 4) << " | " << row.rank_class << " | "
          << FormatPercent(row.coverage, w.lang);
        if (additive)
            for (std::size_t j = 0; j < r.criteria.size(); ++j) o << " | " << w.Num(r.contribution(static_cast<std::size_t>(idx), j), 4);
        o << " | " << (row.derived.monthly_usd ? w.Usd(*row.derived.monthly_usd) : std::string("—")) << " |\n";
    }
    if (additive) o << "\n" << w.L("report.criterion_columns_each_criterion_s_con") << "\n";
    // How sure the verdict is (the same sentences as the decision view).
    if (const ModelRow* top = r.Top()) {
        std::string tied;
        int n_tied = 0;
        for (int i : r.order)
            if (r.rows[i].rank_class == 1) tied += (n_tied++ ? ", " : "") + r.rows[i].name;
        o << "\n";
        if (n_tied > 1) o << "- " << Format(w.L("decision.tied"), tied.c_str()) << "\n";
        if (top->coverage < 1 - 1e-9)
            o << "- " << Format(w.L("decision.filled"), FormatPercent(1 - top->coverage, w.lang).c_str(), top->name.c_str()) << "\n";
        for (const MissingWinner& mw : r.missing_sensitivity) {
            if (mw.policy == s.profile.missing || mw.winner == top->id) continue;
            const std::string rule = w.L((std::string("missing.") + ToString(mw.policy)).c_str());
            o << "- "
              << (mw.winner.empty() ? Format(w.L("decision.rule_none"), rule.c_str())
                                    : Format(w.L("decision.rule_winner"), rule.c_str(), ModelName(s.catalog, mw.winner).c_str()))
              << "\n";
        }
    }
    if (r.why_first && !r.why_first->deltas.empty()) {
        o << "\n### " << w.L("report.why_1_beats_2") << "\n\n";
        o << ModelName(s.catalog, r.why_first->first) << " " << w.L("report.vs") << " " << ModelName(s.catalog, r.why_first->second)
          << " (" << w.L("report.score_gap") << " " << w.Num(r.why_first->score_gap, 4) << "):\n\n";
        int shown = 0;
        for (const auto& d : r.why_first->deltas) {
            if (shown++ == 5) break;
            o << "- " << CriterionLabel(r, d.criterion, s.lang) << ": " << w.Num(d.first_value) << " " << w.L("report.vs") << " "
              << w.Num(d.second_value) << " → " << (d.delta >= 0 ? "+" : "") << w.Num(d.delta, 4) << "\n";
        }
    }
    if (!r.cost_vs_premium.empty()) {
        o << "\n### " << w.L("report.cost_lesson") << "\n\n";
        for (const auto& cc : r.cost_vs_premium)
            o << "- " << w.L("report.the_top_choice_costs") << cc.ratio_text << w.L("report.of")
              << ModelName(s.catalog, cc.reference) << w.L("report.for_your_workload") << w.Usd(cc.winner_usd)
              << w.L("report.vs_2") << w.Usd(cc.reference_usd) << w.L("report.per_month") << "\n";
    }
    if (!r.cheapest.empty())
        o << "- " << w.L("report.cheapest_model_meeting_the_constraints")
          << ModelName(s.catalog, r.cheapest) << "\n";
    // The top choice on the user's devices: how many, what they cost, how fast, and where the API costs as much.
    if (!r.order.empty()) {
        const ModelRow& top = r.rows[static_cast<std::size_t>(r.order[0])];
        const DerivedValues& d = top.derived;
        if (d.gpus && d.devices_per_replica && d.replicas && d.selfhost_monthly_usd) {
            o << "- " << Format(w.L("report.selfhost_top"), top.name.c_str(), *d.gpus, *d.replicas,
                                *d.devices_per_replica, w.Usd(*d.selfhost_monthly_usd).c_str());
            if (d.selfhost_latency_s) o << Format(w.L("report.selfhost_latency"), w.Num(*d.selfhost_latency_s, 1).c_str());
            if (d.selfhost_energy_wh_per_request)
                o << Format(w.L("report.selfhost_energy"), w.Num(*d.selfhost_energy_wh_per_request, 2).c_str());
            if (d.api_monthly_usd) {
                if (auto be = BreakEvenRequestsPerDay(d, p.workload))
                    o << Format(w.L("report.selfhost_breakeven"), w.Num(*be, 0).c_str());
                else
                    o << w.L("report.selfhost_never");
            }
            o << "\n";
        }
    }
    if (!r.order.empty()) {
        const ModelRow& top = r.rows[static_cast<std::size_t>(r.order[0])];
        const DerivedValues& d = top.derived;
        if (d.energy_wh_per_request && d.co2_g_per_request && d.grid_g_co2_per_kwh)
            o << "- " << Format(w.L("report.energy_top"), top.name.c_str(), w.Num(*d.energy_wh_per_request, 2).c_str(),
                                w.Num(*d.co2_g_per_request, 2).c_str(), w.Num(*d.grid_g_co2_per_kwh, 0).c_str())
              << "\n";
    }
    if (r.robustness) {
        const RobustnessReport& rb = *r.robustness;
        o << "\n## " << w.L("report.robustness") << "\n\n";
        o << w.L("report.monte_carlo") << rb.samples << w.L("report.weight_samples_seed")
          << rb.seed << w.L("report.spread") << w.Pct(rb.spread) << ").\n\n";
        std::vector<const Acceptability*> acc;
        for (const auto& a : rb.acceptability) acc.push_back(&a);
        std::sort(acc.begin(), acc.end(), [](const Acceptability* a, const Acceptability* b) {
            return a->p_first != b->p_first ? a->p_first > b->p_first : a->model_id < b->model_id;
        });
        o << "| " << w.L("report.model") << " | " << w.L("report.p_first") << " | " << w.L("report.p_top3") << " |\n|---|---|---|\n";
        for (std::size_t i = 0; i < acc.size() && i < 10; ++i)
            o << "| " << ModelName(s.catalog, acc[i]->model_id) << " | " << w.Pct(acc[i]->p_first) << " | " << w.Pct(acc[i]->p_top3) << " |\n";
        if (rb.flip.found)
            o << "\n" << w.L("report.smallest_change_that_swaps_1_and_2_the")
              << CriterionLabel(r, rb.flip.criterion, s.lang) << w.L("report.from") << w.Pct(rb.flip.from) << w.L("report.to")
              << w.Pct(rb.flip.to) << ".\n";
        else
            o << "\n" << w.L("report.no_single_weight_change_swaps_1_and_2") << "\n";
        o << "\n" << w.L("report.stability_of_each_weight_the_winner_st") << "\n\n";
        for (const auto& iv : rb.intervals)
            o << "- " << CriterionLabel(r, iv.criterion, s.lang) << ": " << w.Pct(iv.weight) << " ∈ [" << w.Pct(iv.lower) << ", " << w.Pct(iv.upper) << "]\n";
    }
    if (!r.eliminated.empty()) {
        o << "\n## " << w.L("report.eliminated_models") << " (" << r.eliminated.size() << ")\n\n";
        for (const auto& e : r.eliminated) {
            o << "- **" << e.name << "**: ";
            for (std::size_t i = 0; i < e.failures.size(); ++i) o << (i ? "; " : "") << FormatFailure(e.failures[i], s.lang);
            o << "\n";
        }
    }
    if (!r.notes.empty()) {
        o << "\n## " << w.L("report.notes") << "\n\n";
        for (const auto& n : r.notes) o << "- " << n << "\n";
    }
    o << "\n---\n" << w.L("report.every_figure_comes_from_the_catalog_wi")
      << "\n";
    return o.str();
}

std::string RankingCsv(const AppState& s) {
    const Result& r = s.result;
    Out o;
    o << "rank,id,name,score";
    for (const auto& c : r.criteria) o << "," << CsvEscape(c.id);
    o << ",monthly_usd\n";
    for (int idx : r.order) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(idx)];
        char score[32];
        std::snprintf(score, sizeof score, "%.6g", row.score);
        o << row.rank << "," << CsvEscape(row.id) << "," << CsvEscape(row.name) << "," << score;
        for (std::size_t j = 0; j < r.criteria.size(); ++j) {
            char v[32];
            std::snprintf(v, sizeof v, "%.6g", r.raw(static_cast<std::size_t>(idx), j));
            o << "," << v;
        }
        o << ",";
        if (row.derived.monthly_usd) {
            char v[32];
            std::snprintf(v, sizeof v, "%.2f", *row.derived.monthly_usd);
            o << v;
        }
        o << "\n";
    }
    return o.str();
}

}  // namespace

std::string ExportDocument(const AppState& state, ActionRequest format) {
    switch (format) {
        case ActionRequest::kExportMarkdown: return MarkdownReport(state);
        case ActionRequest::kExportCsv: return RankingCsv(state);
        case ActionRequest::kExportJson: {
            const Json doc = {{"format", "modelmatrix-decision"},
                              {"catalog_as_of", state.catalog.as_of},
                              {"catalog_version", state.catalog.catalog_version},
                              {"profile", state.profile},
                              {"result", ResultToJson(state.result, &TableWording())}};
            return doc.dump(1);
        }
        default: return {};
    }
}

}  // namespace mm::app
