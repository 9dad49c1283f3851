// The decision as structured text (text_view.h). Sentences use the decision view's and the report's string keys
// and number formats, so the text view, the screen and the report say the same thing.
#include "app/text_view.h"

#include <cmath>

#include "app/i18n.h"
#include "app/wording.h"
#include "engine/io/json_util.h"
#include "engine/selfhost/tokens.h"

namespace mm::app {

namespace {

struct Words {
    const AppState& s;
    const char* L(const char* key) const { return Tr(s.lang, key); }
    std::string Model(const std::string& id) const {
        const mm::Model* m = s.catalog.FindModel(id);
        return m ? m->name : id;
    }
    // As the views label a criterion (ui::CriterionLabel): French names of benchmarks and preset measurements.
    std::string Criterion(const std::string& id) const {
        if (id.rfind("bench.", 0) == 0 || id.rfind("user.", 0) == 0)
            if (const char* t = TrIfKnown(s.lang, id)) return t;
        for (const auto& c : s.result.criteria)
            if (c.id == id) return CriterionName(c, s.lang);
        const CriterionInfo* info = FindCriterion(s.registry, id);
        return info ? CriterionName(*info, s.lang) : id;
    }
    std::string Quote(const std::string& text) const {
        return s.lang == "fr" ? "\xC2\xAB\xE2\x80\xAF" + text + "\xE2\x80\xAF\xC2\xBB" : "\xE2\x80\x9C" + text + "\xE2\x80\x9D";
    }
    std::string Count(std::size_t n) const { return FormatNumber(static_cast<double>(n), s.lang, 0); }
};

const char* WeightModeKey(WeightMode m) {
    switch (m) {
        case WeightMode::kDirect: return "report.direct_weights_normalised_to_100";
        case WeightMode::kRankOrder: return "report.rank_order_centroid_from_your_ordering";
        case WeightMode::kSwing: return "report.swing_weighting_points_per_criterion";
        case WeightMode::kAhp: return "report.ahp_pairwise_comparisons_principal_eig";
        case WeightMode::kEntropy: return "report.entropy_objective_from_the_data";
        case WeightMode::kCritic: return "report.critic_objective_from_the_data";
        case WeightMode::kStd: return "report.standard_deviation_objective";
        case WeightMode::kMerec: return "report.merec_objective";
    }
    return "report.direct_weights_normalised_to_100";
}

// The three criteria that add most to a row's score, "Cost 0.31, MMLU 0.22, ..." (additive methods only).
std::string TopContributions(const Words& w, std::size_t row) {
    const Result& r = w.s.result;
    if (r.contribution.Rows() != r.rows.size() || r.contribution.Cols() != r.criteria.size()) return "\xE2\x80\x94";
    // Three passes of "largest not yet taken" (ties: the first criterion), no sort.
    std::vector<bool> taken(r.criteria.size(), false);
    std::string out;
    for (int k = 0; k < 3; ++k) {
        std::size_t best = taken.size();
        for (std::size_t j = 0; j < taken.size(); ++j)
            if (!taken[j] && r.contribution(row, j) > 0 && (best == taken.size() || r.contribution(row, j) > r.contribution(row, best)))
                best = j;
        if (best == taken.size()) break;
        taken[best] = true;
        out += (out.empty() ? "" : ", ") + w.Criterion(r.criteria[best].id) + " " +
               FormatNumber(r.contribution(row, best), w.s.lang, 3);
    }
    return out.empty() ? "\xE2\x80\x94" : out;
}

TextSection RankingSection(const Words& w, std::size_t max_rows) {
    const Result& r = w.s.result;
    TextSection sec{"ranking", w.L("decision.ranking"), {}, {}, {}};
    TextTable t;
    t.caption = Format(w.L("a11y.ranking_caption"), w.Count(r.rows.size()).c_str());
    t.row_header = 1;
    t.columns = {w.L("a11y.col_rank"), w.L("report.model"), w.L("report.score"), w.L("decision.col_class"),
                 w.L("decision.col_known"), w.L("report.monthly_cost"), w.L("a11y.col_top")};
    for (std::size_t k = 0; k < r.order.size() && k < max_rows; ++k) {
        const std::size_t i = static_cast<std::size_t>(r.order[k]);
        const ModelRow& row = r.rows[i];
        t.rows.push_back({std::to_string(row.rank), row.name, FormatNumber(row.score, w.s.lang, 3),
                          std::to_string(row.rank_class), FormatPercent(row.coverage, w.s.lang),
                          row.derived.monthly_usd ? FormatMoney(*row.derived.monthly_usd, w.s.lang, Money(w.s)) : "\xE2\x80\x94",
                          TopContributions(w, i)});
    }
    sec.tables.push_back(std::move(t));
    if (r.order.size() > max_rows)
        sec.sentences.push_back(Format(w.L("a11y.more_rows"), w.Count(r.order.size() - max_rows).c_str()));
    return sec;
}

TextSection EliminatedSection(const Words& w, std::size_t max_items) {
    const Result& r = w.s.result;
    TextSection sec{"eliminated", std::string(w.L("report.eliminated_models")) + " (" + w.Count(r.eliminated.size()) + ")",
                    {}, {}, {}};
    if (r.eliminated.empty()) sec.sentences.push_back(w.L("a11y.no_eliminated"));
    for (std::size_t k = 0; k < r.eliminated.size() && k < max_items; ++k) {
        const EliminatedModel& e = r.eliminated[k];
        std::string line = e.name + (w.s.lang == "fr" ? "\xE2\x80\xAF: " : ": ");
        for (std::size_t i = 0; i < e.failures.size(); ++i) line += (i ? "; " : "") + FormatFailure(e.failures[i], w.s.lang, Money(w.s));
        sec.items.push_back(std::move(line));
    }
    if (r.eliminated.size() > max_items)
        sec.sentences.push_back(Format(w.L("a11y.more_eliminated"), w.Count(r.eliminated.size() - max_items).c_str()));
    return sec;
}

TextSection WeightsSection(const Words& w) {
    const Result& r = w.s.result;
    TextSection sec{"weights", w.L("report.criteria_and_weights"), {}, {}, {}};
    if (!r.ok) {
        for (const CriterionChoice& c : w.s.profile.criteria) sec.items.push_back(w.Criterion(c.id));
        return sec;
    }
    sec.sentences.push_back(std::string(w.L("report.weights_set_by")) + w.L(WeightModeKey(r.weights.mode)) + ".");
    TextTable t;
    t.caption = w.L("a11y.weights_caption");
    t.columns = {w.L("report.criterion"), w.L("report.weight"), w.L("a11y.col_direction")};
    t.row_header = 0;
    for (std::size_t j = 0; j < r.criteria.size(); ++j) {
        const CriterionInfo& c = r.criteria[j];
        std::string weight = FormatPercent(j < r.weights.weights.size() ? r.weights.weights[j] : 0, w.s.lang, 1);
        if (j < r.constant.size() && r.constant[j]) weight += std::string(" (") + w.L("a11y.constant") + ")";
        t.rows.push_back({w.Criterion(c.id), weight,
                          w.L(c.direction == Direction::kBenefit ? "report.higher_is_better" : "report.lower_is_better")});
    }
    sec.tables.push_back(std::move(t));
    return sec;
}

}  // namespace

// [tokens-per-language] A workload in words: how French inflates the winner's tokens (or that it is unknown),
// and how many catalog models the missing ratios leave without a cost.
std::vector<std::string> WordsWorkloadLines(const AppState& s) {
    std::vector<std::string> out;
    const ModelRow* top = s.result.ok ? s.result.Top() : nullptr;
    if (!top || s.profile.workload.text_unit != TextUnit::kWords) return out;
    const Words w{s};
    const selfhost::Data* data = s.catalog.selfhost.get();
    const std::string& tok = top->derived.tokenizer;
    const std::optional<double> ratio = data && !tok.empty() ? selfhost::FrenchOverEnglish(*data, tok) : std::nullopt;
    out.push_back(ratio ? Format(w.L("decision.fr_ratio"), top->name.c_str(), FormatNumber(*ratio, s.lang, 1).c_str(), tok.c_str())
                        : Format(w.L("decision.fr_ratio_unknown"), top->name.c_str()));
    std::size_t unknown = 0;
    for (const DerivedValues& d : s.result.all_derived) unknown += d.input_tokens ? 0 : 1;
    if (unknown) out.push_back(Format(w.L("decision.words_unknown"), w.Count(unknown).c_str()));
    return out;
}

std::vector<DecisionLine> DecisionLines(const AppState& s) {
    const Words w{s};
    const Result& r = s.result;
    std::vector<DecisionLine> out;
    const ModelRow* top = r.ok ? r.Top() : nullptr;
    if (!top) return out;
    auto add = [&out](Tone tone, std::string text) { out.push_back({tone, std::move(text)}); };
    if (r.rows.size() == 1) add(Tone::kWarn, w.L("decision.single"));
    // How sure the headline is: models the weight sampling cannot separate from the winner, the share of the
    // winner's weight on filled-in values, who would win if unknown values were treated by another rule.
    std::string tied;
    int n_tied = 0;
    for (int i : r.order)
        if (r.rows[static_cast<std::size_t>(i)].rank_class == 1) tied += (n_tied++ ? ", " : "") + r.rows[static_cast<std::size_t>(i)].name;
    if (n_tied > 1) add(Tone::kWarn, Format(w.L("decision.tied"), tied.c_str()));
    if (top->coverage < 1 - 1e-9)
        add(Tone::kPlain, Format(w.L("decision.filled"), FormatPercent(1 - top->coverage, s.lang).c_str(), top->name.c_str()));
    for (const MissingWinner& mw : r.missing_sensitivity) {
        if (mw.policy == s.profile.missing || mw.winner == top->id) continue;
        const std::string rule = w.L((std::string("missing.") + ToString(mw.policy)).c_str());
        add(Tone::kPlain, mw.winner.empty() ? Format(w.L("decision.rule_none"), rule.c_str())
                                            : Format(w.L("decision.rule_winner"), rule.c_str(), w.Model(mw.winner).c_str()));
    }
    // Why #1 beats #2: up to three criteria on each side.
    if (r.why_first && !r.why_first->deltas.empty()) {
        std::string ahead, behind;
        int na = 0, nb = 0;
        for (const CriterionDelta& d : r.why_first->deltas) {
            if (std::fabs(d.delta) < 1e-12) continue;
            std::string& text = d.delta > 0 ? ahead : behind;
            int& count = d.delta > 0 ? na : nb;
            if (count >= 3) continue;
            text += (text.empty() ? "" : ", ") + w.Criterion(d.criterion);
            ++count;
        }
        std::string line = Format(w.L("decision.why"), top->name.c_str(), w.Model(r.why_first->second).c_str(),
                                  ahead.empty() ? w.L("decision.nothing") : ahead.c_str());
        if (!behind.empty()) line += " " + Format(w.L("decision.why_behind"), behind.c_str());
        add(Tone::kPlain, line);
    }
    // The course's lesson: what the winner costs against the premium generalist.
    for (const CostComparison& c : r.cost_vs_premium) {
        if (c.reference == top->id) continue;
        const std::string ref = w.Model(c.reference);
        if (c.winner_usd <= 0)
            add(Tone::kGood, Format(w.L("decision.lesson_free"), ref.c_str(), FormatMoney(c.reference_usd, s.lang, Money(s)).c_str()));
        else if (c.ratio < 1)
            add(Tone::kGood, Format(w.L("decision.lesson_cheaper"), c.ratio_text.c_str(), ref.c_str(),
                                    FormatMoney(c.winner_usd, s.lang, Money(s)).c_str(), FormatMoney(c.reference_usd, s.lang, Money(s)).c_str()));
        else
            add(Tone::kGood, Format(w.L("decision.lesson_dearer"), FormatNumber(c.ratio, s.lang, 1).c_str(), ref.c_str(),
                                    FormatMoney(c.winner_usd, s.lang, Money(s)).c_str(), FormatMoney(c.reference_usd, s.lang, Money(s)).c_str()));
        break;
    }
    if (!r.cheapest.empty()) {
        const ModelRow* ch = r.FindRow(r.cheapest);
        if (ch && ch->derived.monthly_usd)
            add(Tone::kPlain, ch->id == top->id
                                  ? Format(w.L("decision.cheapest_is_top"), FormatMoney(*ch->derived.monthly_usd, s.lang, Money(s)).c_str())
                                  : Format(w.L("decision.cheapest"), ch->name.c_str(),
                                           FormatMoney(*ch->derived.monthly_usd, s.lang, Money(s)).c_str(), ch->rank));
    }
    for (std::string& line : WordsWorkloadLines(s)) add(Tone::kPlain, std::move(line));
    // Robustness in words.
    if (s.preview_only) {
        add(Tone::kMuted, w.L(s.edit_pending ? "decision.robust_pending" : "decision.robust_running"));
    } else if (r.robustness) {
        const RobustnessReport& rb = *r.robustness;
        const std::size_t top_row = static_cast<std::size_t>(r.order[0]);
        if (rb.samples > 0 && top_row < rb.acceptability.size()) {
            const double p = rb.acceptability[top_row].p_first;
            add(Tone::kPlain, Format(w.L(p >= 0.75 ? "decision.robust_high" : p >= 0.4 ? "decision.robust_mid" : "decision.robust_low"),
                                     top->name.c_str(), FormatPercent(p, s.lang).c_str(), FormatNumber(rb.samples, s.lang, 0).c_str(),
                                     FormatPercent(rb.spread, s.lang).c_str()));
        }
        if (rb.flip.found && r.order.size() > 1)
            add(Tone::kPlain, Format(w.L("decision.flip"), w.Quote(w.Criterion(rb.flip.criterion)).c_str(),
                                     FormatPercent(rb.flip.from, s.lang).c_str(), FormatPercent(rb.flip.to, s.lang).c_str(),
                                     r.rows[static_cast<std::size_t>(r.order[1])].name.c_str(), top->name.c_str()));
        else if (r.order.size() > 1)
            add(Tone::kPlain, w.L("decision.no_flip"));
    }
    // Constant criteria cannot separate the models (the engine leaves them out of the scores).
    for (std::size_t j = 0; j < r.constant.size() && j < r.criteria.size(); ++j)
        if (r.constant[j]) add(Tone::kWarn, Format(w.L("decision.constant"), w.Criterion(r.criteria[j].id).c_str()));
    return out;
}

std::vector<std::string> DecisionSentences(const AppState& s) {
    const Words w{s};
    const Result& r = s.result;
    std::vector<std::string> out;
    if (!r.ok) {
        out.push_back(w.L(r.rows.empty() && !r.eliminated.empty() ? "decision.none_left" : "decision.error"));
        for (const Issue& e : r.errors) out.push_back(e.ToString());
        return out;
    }
    const ModelRow* top = r.Top();
    if (!top) return {w.L("decision.none_left")};
    out.push_back(Format(w.L("a11y.winner"), top->name.c_str(), FormatNumber(top->score, s.lang, 3).c_str(),
                         w.Count(r.rows.size()).c_str()));
    for (DecisionLine& line : DecisionLines(s)) out.push_back(std::move(line.text));
    return out;
}

std::vector<std::string> ConstraintLines(const AppState& s) {
    const Words w{s};
    const Constraints& c = s.profile.constraints;
    std::vector<std::string> out;
    auto num = [&](double v, int d) { return FormatNumber(v, s.lang, d); };
    if (c.deployment != Deployment::kEither)
        out.push_back(std::string(w.L("report.deployment")) + (c.deployment == Deployment::kApi ? "API" : w.L("report.self_hosted")));
    if (c.open_weights) out.push_back(w.L("report.open_weights_required"));
    if (c.commercial_use) out.push_back(w.L("report.licence_must_allow_commercial_use"));
    if (c.vram_budget_gb)
        out.push_back(std::string(w.L("report.vram_budget")) + num(*c.vram_budget_gb, 0) + w.L("report.gb_at") + ToString(c.quantization));
    if (c.min_context_tokens) out.push_back(std::string(w.L("report.minimum_context")) + num(*c.min_context_tokens, 0) + w.L("report.tokens"));
    for (const auto& l : c.languages)
        out.push_back(std::string(w.L("report.language")) + l.code + w.L("report.evidence_level") + std::to_string(l.min_level));
    for (const auto& m : c.input_modalities) out.push_back(std::string(w.L("report.input")) + m);
    if (c.tool_calling) out.push_back(w.L("report.tool_calling"));
    if (c.structured_output) out.push_back(w.L("report.structured_output"));
    if (c.max_monthly_usd) out.push_back(std::string(w.L("report.maximum_monthly_cost")) + FormatMoney(*c.max_monthly_usd, s.lang, Money(s)));
    if (c.max_latency_s) out.push_back(std::string(w.L("report.maximum_latency")) + num(*c.max_latency_s, 1) + " s");
    for (const auto& e : c.excluded_providers) out.push_back(std::string(w.L("report.excluded_provider")) + e);
    if (!c.include_older) out.push_back(w.L("report.older_generations_excluded"));
    if (out.empty()) out.push_back(w.L("report.none"));
    return out;
}

TextView BuildTextView(const AppState& s, std::size_t max_rows, std::size_t max_eliminated) {
    const Words w{s};
    TextView t;
    t.lang = s.lang;
    t.title = w.L("a11y.title");
    t.view = ViewName(s.view);
    t.view_label = w.L((std::string("view.") + t.view).c_str());
    t.show_label = w.L("a11y.show_text_view");
    t.hide_label = w.L("a11y.hide_text_view");
    TextSection decision{"decision", w.L("a11y.decision"), DecisionSentences(s), {}, {}};
    decision.sentences.insert(decision.sentences.begin(), Format(w.L("a11y.open_view"), t.view_label.c_str()));
    t.sections.push_back(std::move(decision));
    if (s.result.ok && !s.result.order.empty()) t.sections.push_back(RankingSection(w, max_rows));
    t.sections.push_back(EliminatedSection(w, max_eliminated));
    t.sections.push_back({"constraints", w.L("report.hard_constraints"), {}, {}, ConstraintLines(s)});
    t.sections.push_back(WeightsSection(w));
    const Workload& wl = s.profile.workload;
    t.sections.push_back({"workload", w.L("report.workload"),
                          {Format(w.L("a11y.workload_line"), FormatNumber(wl.requests_per_day, s.lang, 0).c_str(),
                                  FormatNumber(wl.input_tokens, s.lang, 0).c_str(), FormatNumber(wl.output_tokens, s.lang, 0).c_str())},
                          {}, {}});
    return t;
}

// The JSON keys are the field names (text_view.h documents the shape); only to_json is ever instantiated.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TextTable, caption, columns, rows, row_header)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TextSection, id, heading, sentences, tables, items)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TextView, lang, title, view, view_label, show_label, hide_label, sections)

std::string TextViewJson(const TextView& t) {
    return Json(t).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<std::pair<std::string, std::string>> KeyboardShortcuts(const std::string& lang) {
    auto L = [&](const char* key) { return std::string(Tr(lang, key)); };
    std::vector<std::pair<std::string, std::string>> out;
    const char* keys[] = {"a11y.key_alt1", "a11y.key_alt2", "a11y.key_alt3", "a11y.key_alt4"};
    const char* views[] = {"view.panorama", "view.criteria", "view.workload", "view.decision"};
    for (int i = 0; i < 4; ++i) out.push_back({L(keys[i]), Format(Tr(lang, "a11y.do_open"), Tr(lang, views[i]))});
    out.push_back({L("a11y.key_altt"), L("a11y.do_text_view")});
    out.push_back({L("a11y.key_tab"), L("a11y.do_tab")});
    out.push_back({L("a11y.key_arrows"), L("a11y.do_arrows")});
    out.push_back({L("a11y.key_space"), L("a11y.do_space")});
    out.push_back({L("a11y.key_escape"), L("a11y.do_escape")});
    out.push_back({L("a11y.key_alt"), L("a11y.do_alt")});
    out.push_back({L("shortcut.undo") + " / " + L("shortcut.redo"), L("a11y.do_undo")});
    return out;
}

}  // namespace mm::app
