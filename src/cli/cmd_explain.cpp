// `explain --profile P MODEL [--catalog C] [--lang en|fr] [--format text|json]`: why a model ranks where it
// does (its values and contributions, what separates it from its neighbour) or why it was eliminated.
#include <iostream>
#include <memory>

#include "app/i18n.h"
#include "app/wording.h"
#include "cli/commands.h"
#include "cli/profile_arg.h"
#include "engine/decision/decision.h"
#include "engine/decision/explain.h"
#include "engine/io/result_io.h"

namespace mm::cli {

namespace {

std::string Fmt(double v, const std::string& lang) {
    return std::isfinite(v) ? app::FormatShort(v, lang) : "-";
}

}  // namespace

void AddExplain(CLI::App& app, Commands& commands) {
    struct Options {
        std::string profile, catalog, model, lang = "en", format = "text";
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("explain", "Explain one model's place in a profile's ranking");
    cmd->add_option("model", opt->model, "model id")->required();
    cmd->add_option("--profile", opt->profile, "profile JSON file, or preset:<id>")->required();
    cmd->add_option("--catalog", opt->catalog, "catalog.json to use instead of the embedded one");
    cmd->add_option("--lang", opt->lang, "language of the reasons")->check(CLI::IsMember({"en", "fr"}));
    cmd->add_option("--format", opt->format, "output format")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([opt, &commands] {
        auto catalog = LoadCatalogOrReport(opt->catalog);
        if (!catalog) return void(commands.exit_code = 1);
        if (!catalog->FindModel(opt->model)) {
            std::cerr << "modelmatrix-cli: unknown model \"" << opt->model
                      << "\" (see `modelmatrix-cli models`)\n";
            return void(commands.exit_code = 1);
        }
        auto profile = LoadProfileOrReport(opt->profile, *catalog);
        if (!profile) return void(commands.exit_code = 1);
        Result r = Decide(*catalog, *profile);
        if (!r.ok) {
            for (const Issue& e : r.errors) std::cerr << opt->profile << ": " << e.ToString() << "\n";
            return void(commands.exit_code = 1);
        }
        const std::string& lang = opt->lang;
        auto tr = [&](const char* key) { return app::Tr(lang, key); };
        Json out;
        out["model"] = opt->model;
        for (const EliminatedModel& e : r.eliminated) {
            if (e.id != opt->model) continue;
            out["status"] = "eliminated";
            Json reasons = Json::array();
            for (const ConstraintFailure& f : e.failures) reasons.push_back(app::FormatFailure(f, lang));
            out["reasons"] = reasons;
            if (opt->format == "json") {
                std::cout << out.dump(1) << "\n";
                return;
            }
            std::cout << e.id << tr("cli.explain.eliminated") << "\n";
            for (const ConstraintFailure& f : e.failures)
                std::cout << "  - " << app::FormatFailure(f, lang) << "\n";
            return;
        }
        const int row = r.RowIndex(opt->model);
        const ModelRow& m = r.rows[row];
        const int pos = static_cast<int>(std::find(r.order.begin(), r.order.end(), row) - r.order.begin());
        // Compare with the model just above (or, for #1, the one just below).
        const int other = r.order.size() < 2 ? -1 : (pos == 0 ? r.order[1] : r.order[pos - 1]);
        std::vector<std::string> crit_ids;
        std::vector<int> types;
        std::vector<double> scores;
        for (const ModelRow& x : r.rows) scores.push_back(x.score);
        for (const CriterionInfo& c : r.criteria)
            crit_ids.push_back(c.id), types.push_back(c.direction == Direction::kBenefit ? 1 : -1);
        out["status"] = "ranked";
        out["rank"] = m.rank;
        out["position"] = pos + 1;
        out["score"] = std::isfinite(m.score) ? Json(m.score) : Json(nullptr);
        Json per = Json::array();
        for (std::size_t k = 0; k < r.criteria.size(); ++k) {
            Json c;
            c["criterion"] = crit_ids[k];
            c["value"] = r.raw(row, k);
            c["imputed"] = bool(r.imputed[row][k]);
            c["weight"] = r.weights.weights[k];
            c["contribution"] = r.contribution.Empty() ? Json(nullptr) : Json(r.contribution(row, k));
            per.push_back(c);
        }
        out["criteria"] = per;
        std::optional<PairExplanation> pair;
        if (other >= 0 && std::isfinite(m.score)) {
            const int first = pos == 0 ? row : other, second = pos == 0 ? other : row;
            pair = ExplainPair(first, second, r.rows[first].id, r.rows[second].id, crit_ids, r.raw, types,
                               r.weights.weights, r.contribution, scores);
            Json pj;
            pj["first"] = pair->first;
            pj["second"] = pair->second;
            pj["basis"] = pair->basis;
            Json d = Json::array();
            for (const CriterionDelta& cd : pair->deltas)
                d.push_back({{"criterion", cd.criterion}, {"delta", cd.delta}});
            pj["deltas"] = d;
            out["versus"] = pj;
        }
        if (opt->format == "json") {
            std::cout << out.dump(1) << "\n";
            return;
        }
        std::cout << m.id << tr("cli.explain.rank") << m.rank << tr("cli.explain.of") << r.rows.size() << tr("cli.explain.score") << Fmt(m.score, lang) << " (" << r.method << ")\n";
        for (std::size_t k = 0; k < r.criteria.size(); ++k) {
            std::cout << "  " << crit_ids[k] << " = " << Fmt(r.raw(row, k), lang) << " " << r.criteria[k].unit
                      << (r.imputed[row][k] ? tr("cli.explain.imputed") : "")
                      << tr("cli.explain.weight") << Fmt(r.weights.weights[k], lang);
            if (!r.contribution.Empty())
                std::cout << tr("cli.explain.contribution") << Fmt(r.contribution(row, k), lang);
            std::cout << "\n";
        }
        if (pair) {
            std::cout << tr("cli.explain.separates") << pair->first << tr("cli.explain.from") << pair->second << ":\n";
            for (const CriterionDelta& cd : pair->deltas)
                if (cd.delta != 0)
                    std::cout << "  " << cd.criterion << " " << (cd.delta > 0 ? "+" : "")
                              << Fmt(cd.delta, lang)
                              << tr("cli.explain.for") << (cd.delta > 0 ? pair->first : pair->second)
                              << "\n";
        }
    });
}

}  // namespace mm::cli
