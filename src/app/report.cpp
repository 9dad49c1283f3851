// Exports of the decision: the Markdown report (the course's "personalised decision matrix" as a
// deliverable), the ranking as CSV, and profile + result as JSON. Text follows the UI language.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <type_traits>

#include "app/actions.h"
#include "app/i18n.h"
#include "engine/io/profile_io.h"
#include "engine/io/result_io.h"

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
    Out out;
    const char* L(const char* en, const char* fr) const { return lang == "fr" ? fr : en; }
    // Numbers as the UI writes them (app/i18n.h): "1 234,56" / "1,234.56", "35,0 %", "7 650 $US".
    std::string Num(double v, int decimals = 2) const { return FormatNumber(v, lang, decimals); }
    std::string Pct(double v) const { return FormatPercent(v, lang, 1); }
    std::string Usd(double v) const { return FormatUsd(v, lang); }
};

std::string CriterionLabel(const Result& r, const std::string& id, const std::string& lang) {
    for (const auto& c : r.criteria)
        if (c.id == id) return c.label.In(lang).empty() ? id : c.label.In(lang);
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
        case WeightMode::kDirect: return w.L("direct weights (normalised to 100%)", "poids directs (normalisés à 100 %)");
        case WeightMode::kRankOrder: return w.L("rank-order centroid from your ordering", "centroïde des rangs (ROC) d’après votre classement");
        case WeightMode::kSwing: return w.L("swing weighting (points per criterion)", "pondération swing (points par critère)");
        case WeightMode::kAhp: return w.L("AHP pairwise comparisons (principal eigenvector)", "comparaisons par paires AHP (vecteur propre principal)");
        case WeightMode::kEntropy: return w.L("entropy (objective, from the data)", "entropie (objective, d’après les données)");
        case WeightMode::kCritic: return w.L("CRITIC (objective, from the data)", "CRITIC (objective, d’après les données)");
        case WeightMode::kStd: return w.L("standard deviation (objective)", "écart-type (objective)");
        case WeightMode::kMerec: return w.L("MEREC (objective)", "MEREC (objective)");
    }
    return "";
}

std::string MarkdownReport(const AppState& s) {
    Writer w{s.lang, {}};
    const Result& r = s.result;
    const Profile& p = s.profile;
    auto& o = w.out;
    o << "# " << w.L("ModelMatrix decision", "Décision ModelMatrix") << (p.name.empty() ? "" : ": " + p.name) << "\n\n";
    if (!p.description.empty()) o << p.description << "\n\n";
    o << w.L("Catalog", "Catalogue") << " " << s.catalog.catalog_version << ", " << w.L("data as of", "données au") << " "
      << s.catalog.as_of << " — " << s.catalog.models.size() << " " << w.L("models", "modèles");
    if (s.overlay) o << " — " << w.L("with your private overlay", "avec votre surcouche privée") << " « " << s.overlay->name << " »";
    o << ".\n\n";

    o << "## " << w.L("Workload", "Charge de travail") << "\n\n";
    const Workload& wl = p.workload;
    o << "- " << w.L("Requests per day", "Requêtes par jour") << ": " << w.Num(wl.requests_per_day, 0) << "\n";
    o << "- " << w.L("Tokens per request (in / out)", "Jetons par requête (entrée / sortie)") << ": " << w.Num(wl.input_tokens, 0)
      << " / " << w.Num(wl.output_tokens, 0) << "\n";
    o << "- " << w.L("Cached share of input", "Part d’entrée en cache") << ": " << w.Pct(wl.cached_share) << "\n";
    if (wl.gpu_usd_per_hour > 0)
        o << "- " << w.L("Self-hosting", "Auto-hébergement") << ": " << w.Usd(wl.gpu_usd_per_hour) << w.L("/GPU-hour, ", "/h GPU, ")
          << w.Num(wl.hours_per_day, 0) << w.L(" h/day", " h/jour") << "\n";
    o << "\n## " << w.L("Hard constraints", "Contraintes strictes") << "\n\n";
    const Constraints& c = p.constraints;
    int listed = 0;
    auto item = [&](const std::string& text) {
        o << "- " << text << "\n";
        ++listed;
    };
    if (c.deployment != Deployment::kEither)
        item(std::string(w.L("Deployment: ", "Déploiement : ")) + (c.deployment == Deployment::kApi ? "API" : w.L("self-hosted", "auto-hébergé")));
    if (c.open_weights) item(w.L("Open weights required", "Poids ouverts exigés"));
    if (c.commercial_use) item(w.L("Licence must allow commercial use", "La licence doit permettre l’usage commercial"));
    if (c.vram_budget_gb)
        item(std::string(w.L("VRAM budget: ", "Budget VRAM : ")) + w.Num(*c.vram_budget_gb, 0) + w.L(" GB at ", " Go en ") + ToString(c.quantization));
    if (c.min_context_tokens) item(std::string(w.L("Minimum context: ", "Contexte minimum : ")) + w.Num(*c.min_context_tokens, 0) + w.L(" tokens", " jetons"));
    for (const auto& l : c.languages)
        item(std::string(w.L("Language ", "Langue ")) + l.code + w.L(", evidence level ≥ ", ", niveau de preuve ≥ ") + std::to_string(l.min_level));
    for (const auto& m : c.input_modalities) item(std::string(w.L("Input: ", "Entrée : ")) + m);
    if (c.tool_calling) item(w.L("Tool calling", "Appel d’outils"));
    if (c.structured_output) item(w.L("Structured output", "Sortie structurée"));
    if (c.max_monthly_usd) item(std::string(w.L("Maximum monthly cost: ", "Coût mensuel maximum : ")) + w.Usd(*c.max_monthly_usd));
    if (c.max_latency_s) item(std::string(w.L("Maximum latency: ", "Latence maximale : ")) + w.Num(*c.max_latency_s, 1) + " s");
    for (const auto& e : c.excluded_providers) item(std::string(w.L("Excluded provider: ", "Fournisseur exclu : ")) + e);
    if (!c.include_older) item(w.L("Older generations excluded", "Anciennes générations exclues"));
    if (listed == 0) o << w.L("None.", "Aucune.") << "\n";

    if (!r.ok) {
        o << "\n## " << w.L("No ranking", "Pas de classement") << "\n\n";
        for (const auto& e : r.errors) o << "- " << e.ToString() << "\n";
        return o.str();
    }
    o << "\n## " << w.L("Criteria and weights", "Critères et poids") << "\n\n";
    o << w.L("Weights set by ", "Poids fixés par ") << WeightModeText(r.weights.mode, w) << ".";
    if (r.weights.ahp && r.weights.ahp->cr)
        o << " " << w.L("Consistency ratio", "Ratio de cohérence") << " CR = " << w.Num(*r.weights.ahp->cr, 3) << ".";
    o << "\n" << w.L("Method", "Méthode") << ": " << r.method << (r.normalization.empty() ? "" : " (" + r.normalization + ")") << ".\n\n";
    o << "| " << w.L("Criterion", "Critère") << " | " << w.L("Unit", "Unité") << " | " << w.L("Direction", "Sens") << " | "
      << w.L("Weight", "Poids") << " |\n|---|---|---|---|\n";
    for (std::size_t j = 0; j < r.criteria.size(); ++j) {
        const auto& ci = r.criteria[j];
        o << "| " << ci.label.In(s.lang) << " | " << ci.unit << " | "
          << (ci.direction == Direction::kBenefit ? w.L("higher is better", "plus haut = mieux") : w.L("lower is better", "plus bas = mieux"))
          << " | " << w.Pct(j < r.weights.weights.size() ? r.weights.weights[j] : 0) << (r.constant.size() > j && r.constant[j] ? w.L(" (same for all)", " (identique pour tous)") : "")
          << " |\n";
    }
    o << "\n## " << w.L("Ranking", "Classement") << "\n\n";
    const bool additive = r.contribution.Rows() == r.rows.size() && r.contribution.Cols() == r.criteria.size() && !r.rows.empty();
    o << "| # | " << w.L("Model", "Modèle") << " | " << w.L("Score", "Score");
    if (additive)
        for (const auto& ci : r.criteria) o << " | " << ci.label.In(s.lang);
    o << " | " << w.L("Monthly cost", "Coût mensuel") << " |\n|---|---|---";
    if (additive)
        for (std::size_t j = 0; j < r.criteria.size(); ++j) o << "|---";
    o << "|---|\n";
    for (int idx : r.order) {
        const ModelRow& row = r.rows[static_cast<std::size_t>(idx)];
        o << "| " << row.rank << " | " << row.name << " | " << w.Num(row.score, 4);
        if (additive)
            for (std::size_t j = 0; j < r.criteria.size(); ++j) o << " | " << w.Num(r.contribution(static_cast<std::size_t>(idx), j), 4);
        o << " | " << (row.derived.monthly_usd ? w.Usd(*row.derived.monthly_usd) : std::string("—")) << " |\n";
    }
    if (additive) o << "\n" << w.L("Criterion columns: each criterion's contribution to the score.", "Colonnes des critères : contribution de chaque critère au score.") << "\n";
    if (r.why_first && !r.why_first->deltas.empty()) {
        o << "\n### " << w.L("Why #1 beats #2", "Pourquoi le n° 1 devance le n° 2") << "\n\n";
        o << ModelName(s.catalog, r.why_first->first) << " " << w.L("vs", "contre") << " " << ModelName(s.catalog, r.why_first->second)
          << " (" << w.L("score gap", "écart de score") << " " << w.Num(r.why_first->score_gap, 4) << "):\n\n";
        int shown = 0;
        for (const auto& d : r.why_first->deltas) {
            if (shown++ == 5) break;
            o << "- " << CriterionLabel(r, d.criterion, s.lang) << ": " << w.Num(d.first_value) << " " << w.L("vs", "contre") << " "
              << w.Num(d.second_value) << " → " << (d.delta >= 0 ? "+" : "") << w.Num(d.delta, 4) << "\n";
        }
    }
    if (!r.cost_vs_premium.empty()) {
        o << "\n### " << w.L("Cost lesson", "La leçon du coût") << "\n\n";
        for (const auto& cc : r.cost_vs_premium)
            o << "- " << w.L("The top choice costs ", "Le premier choix coûte ") << cc.ratio_text << w.L(" of ", " de ")
              << ModelName(s.catalog, cc.reference) << w.L(" for your workload (", " pour votre charge (") << w.Usd(cc.winner_usd)
              << w.L(" vs ", " contre ") << w.Usd(cc.reference_usd) << w.L(" per month).", " par mois).") << "\n";
    }
    if (!r.cheapest.empty())
        o << "- " << w.L("Cheapest model meeting the constraints: ", "Modèle le moins cher respectant les contraintes : ")
          << ModelName(s.catalog, r.cheapest) << "\n";
    if (r.robustness) {
        const RobustnessReport& rb = *r.robustness;
        o << "\n## " << w.L("Robustness", "Robustesse") << "\n\n";
        o << w.L("Monte-Carlo: ", "Monte-Carlo : ") << rb.samples << w.L(" weight samples (seed ", " tirages de poids (graine ")
          << rb.seed << w.L(", spread ", ", dispersion ") << w.Pct(rb.spread) << ").\n\n";
        std::vector<const Acceptability*> acc;
        for (const auto& a : rb.acceptability) acc.push_back(&a);
        std::sort(acc.begin(), acc.end(), [](const Acceptability* a, const Acceptability* b) {
            return a->p_first != b->p_first ? a->p_first > b->p_first : a->model_id < b->model_id;
        });
        o << "| " << w.L("Model", "Modèle") << " | P(#1) | P(top 3) |\n|---|---|---|\n";
        for (std::size_t i = 0; i < acc.size() && i < 10; ++i)
            o << "| " << ModelName(s.catalog, acc[i]->model_id) << " | " << w.Pct(acc[i]->p_first) << " | " << w.Pct(acc[i]->p_top3) << " |\n";
        if (rb.flip.found)
            o << "\n" << w.L("Smallest change that swaps #1 and #2: the weight of ", "Plus petit changement qui inverse le n° 1 et le n° 2 : le poids de ")
              << CriterionLabel(r, rb.flip.criterion, s.lang) << w.L(" from ", " de ") << w.Pct(rb.flip.from) << w.L(" to ", " à ")
              << w.Pct(rb.flip.to) << ".\n";
        else
            o << "\n" << w.L("No single weight change swaps #1 and #2.", "Aucun changement d’un seul poids n’inverse le n° 1 et le n° 2.") << "\n";
        o << "\n" << w.L("Stability of each weight (the winner stays #1 within):", "Stabilité de chaque poids (le gagnant reste n° 1 dans l’intervalle) :") << "\n\n";
        for (const auto& iv : rb.intervals)
            o << "- " << CriterionLabel(r, iv.criterion, s.lang) << ": " << w.Pct(iv.weight) << " ∈ [" << w.Pct(iv.lower) << ", " << w.Pct(iv.upper) << "]\n";
    }
    if (!r.eliminated.empty()) {
        o << "\n## " << w.L("Eliminated models", "Modèles éliminés") << " (" << r.eliminated.size() << ")\n\n";
        for (const auto& e : r.eliminated) {
            o << "- **" << e.name << "**: ";
            for (std::size_t i = 0; i < e.failures.size(); ++i) o << (i ? "; " : "") << FormatFailure(e.failures[i], s.lang);
            o << "\n";
        }
    }
    if (!r.notes.empty()) {
        o << "\n## " << w.L("Notes", "Remarques") << "\n\n";
        for (const auto& n : r.notes) o << "- " << n << "\n";
    }
    o << "\n---\n" << w.L("Every figure comes from the catalog with its source, date and basis; see the model cards in ModelMatrix.",
                         "Chaque chiffre vient du catalogue avec sa source, sa date et sa nature ; voir les fiches modèles dans ModelMatrix.")
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
                              {"result", state.result}};
            return doc.dump(1);
        }
        default: return {};
    }
}

}  // namespace mm::app
