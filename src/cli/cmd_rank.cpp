// `rank --profile P [--catalog C] [--method M] [--format table|json|csv|md]`: the engine's ranking of the
// models that meet the profile's constraints, best first, with the reasons (same engine as the GUI).
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/wording.h"
#include "cli/commands.h"
#include "cli/profile_arg.h"
#include "engine/decision/decision.h"
#include "engine/io/result_io.h"
#include "engine/decision/scoring.h"

namespace mm::cli {

namespace {

std::string Money(const std::optional<double>& v) {
    if (!v) return "-";
    return "$" + app::FormatShort(*v, "en");
}

std::string Score(double s) {
    if (!std::isfinite(s)) return "-";
    std::ostringstream o;
    o << std::fixed << std::setprecision(4) << s;
    return o.str();
}

std::string Csv(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

// Self-hosting devices: "2 (2x1)" = replicas x devices per replica; "-" when not self-hostable here.
std::string Devices(const DerivedValues& d) {
    if (!d.gpus || !d.replicas || !d.devices_per_replica) return "-";
    return std::to_string(*d.gpus) + " (" + std::to_string(*d.replicas) + "x" +
           std::to_string(*d.devices_per_replica) + (d.capacity_known ? "" : ", capacity unknown") + ")";
}

void PrintTable(const Result& r) {
    std::cout << "method " << r.method << (r.normalization.empty() ? "" : " (" + r.normalization + ")")
              << ", " << r.rows.size() << " models ranked, " << r.eliminated.size() << " eliminated\n";
    std::cout << std::left << std::setw(5) << "rank" << std::setw(6) << "class" << std::setw(32) << "model"
              << std::setw(10) << "score" << std::setw(7) << "known" << std::setw(14) << "USD/month"
              << std::setw(10) << "latency" << "devices\n";
    for (int i : r.order) {
        const ModelRow& row = r.rows[i];
        std::cout << std::left << std::setw(5) << row.rank << std::setw(6) << row.rank_class << std::setw(32)
                  << row.id << std::setw(10) << Score(row.score) << std::setw(7)
                  << (app::FormatShort(100 * row.coverage, "en") + "%") << std::setw(14)
                  << Money(row.derived.monthly_usd)
                  << std::setw(10)
                  << (row.derived.latency_s ? app::FormatShort(*row.derived.latency_s, "en") + " s" : "-")
                  << Devices(row.derived) << "\n";
    }
    // How sure the verdict is: ties under the weight sampling, filled-in values, the other missing-value rules.
    std::vector<std::string> tied;
    for (int i : r.order)
        if (r.rows[i].rank_class == 1) tied.push_back(r.rows[i].id);
    if (tied.size() > 1) {
        std::cout << "tied for first (the weight sampling cannot separate them):";
        for (const std::string& id : tied) std::cout << " " << id;
        std::cout << "\n";
    }
    if (const ModelRow* top = r.Top(); top && top->coverage < 1)
        std::cout << "filled-in values: " << app::FormatShort(100 * (1 - top->coverage), "en") << "% of "
                  << top->id << "'s weight rests on values the catalog does not know\n";
    if (!r.missing_sensitivity.empty()) {
        std::cout << "winner by missing-value rule:";
        for (const MissingWinner& w : r.missing_sensitivity)
            std::cout << " " << ToString(w.policy) << " " << (w.winner.empty() ? "(none)" : w.winner) << ";";
        std::cout << "\n";
    }
    for (const std::string& n : r.notes) std::cout << "note: " << n << "\n";
    if (r.why_first && !r.why_first->deltas.empty()) {
        std::cout << "why " << r.why_first->first << " beats " << r.why_first->second << ":";
        int shown = 0;
        for (const CriterionDelta& d : r.why_first->deltas) {
            if (shown++ == 3 || d.delta == 0) break;
            std::cout << " " << d.criterion << " " << (d.delta > 0 ? "+" : "") << Score(d.delta);
        }
        std::cout << "\n";
    }
    for (const CostComparison& c : r.cost_vs_premium)
        std::cout << "cost: " << r.Top()->id << " costs " << c.ratio_text << " of " << c.reference << " ("
                  << Money(c.winner_usd) << " vs " << Money(c.reference_usd) << " per month)\n";
    if (!r.cheapest.empty()) std::cout << "cheapest that meets the constraints: " << r.cheapest << "\n";
    if (r.robustness && !r.robustness->acceptability.empty() && r.Top()) {
        const int top = r.order[0];
        std::cout << "robustness: " << r.Top()->id << " ranks first in "
                  << app::FormatShort(100 * r.robustness->acceptability[top].p_first, "en") << "% of "
                  << r.robustness->samples << " weight samples";
        if (r.robustness->flip.found)
            std::cout << "; #2 overtakes if " << r.robustness->flip.criterion << " goes from "
                      << app::FormatShort(r.robustness->flip.from, "en") << " to "
                      << app::FormatShort(r.robustness->flip.to, "en");
        std::cout << "\n";
    }
    for (const EliminatedModel& e : r.eliminated) {
        std::cout << "eliminated " << e.id << ":";
        for (std::size_t k = 0; k < e.failures.size(); ++k)
            std::cout << (k ? ";" : "") << " " << app::FormatFailure(e.failures[k], "en");
        std::cout << "\n";
    }
}

void PrintCsv(const Result& r) {
    std::cout << "rank,id,name,score,monthly_usd,latency_s";
    for (const CriterionInfo& c : r.criteria) std::cout << "," << Csv(c.id);
    std::cout << "\n";
    // Numbers as JSON writes them (shortest round-trip text); one line built at a time.
    std::string line;
    for (int i : r.order) {
        const ModelRow& row = r.rows[i];
        line = std::to_string(row.rank) + "," + Csv(row.id) + "," + Csv(row.name) + ",";
        if (std::isfinite(row.score)) line += Json(row.score).dump();
        line += ",";
        if (row.derived.monthly_usd) line += Json(*row.derived.monthly_usd).dump();
        line += ",";
        if (row.derived.latency_s) line += Json(*row.derived.latency_s).dump();
        for (std::size_t k = 0; k < r.criteria.size(); ++k) {
            line += ",";
            line += Json(r.raw(i, k)).dump();
        }
        line += "\n";
        std::cout << line;
    }
}

void PrintMarkdown(const Result& r) {
    std::cout << "| rank | model | score | USD/month | latency (s) |\n|---:|---|---:|---:|---:|\n";
    for (int i : r.order) {
        const ModelRow& row = r.rows[i];
        std::cout << "| " << row.rank << " | " << row.name << " (`" << row.id << "`) | " << Score(row.score)
                  << " | " << Money(row.derived.monthly_usd) << " | "
                  << (row.derived.latency_s ? app::FormatShort(*row.derived.latency_s, "en") : "-") << " |\n";
    }
    if (!r.eliminated.empty()) {
        std::cout << "\n**Eliminated**\n\n";
        for (const EliminatedModel& e : r.eliminated) {
            std::cout << "- `" << e.id << "`:";
            for (std::size_t k = 0; k < e.failures.size(); ++k)
                std::cout << (k ? ";" : "") << " " << app::FormatFailure(e.failures[k], "en");
            std::cout << "\n";
        }
    }
}

}  // namespace

void AddRank(CLI::App& app, Commands& commands) {
    struct Options {
        std::string profile, catalog, method, format = "table";
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("rank", "Rank the models for a decision profile");
    cmd->add_option("--profile", opt->profile, "profile JSON file, or preset:<id>")->required();
    cmd->add_option("--catalog", opt->catalog, "catalog.json to use instead of the embedded one");
    cmd->add_option("--method", opt->method, "MCDA method (overrides the profile's)")
        ->check(CLI::IsMember(RankingMethodNames()));
    cmd->add_option("--format", opt->format, "output format")
        ->check(CLI::IsMember({"table", "json", "csv", "md"}));
    cmd->callback([opt, &commands] {
        auto catalog = LoadCatalogOrReport(opt->catalog);
        if (!catalog) return void(commands.exit_code = 1);
        auto profile = LoadProfileOrReport(opt->profile, *catalog);
        if (!profile) return void(commands.exit_code = 1);
        DecideOptions options;
        options.method_override = opt->method;
        Result r = Decide(*catalog, *profile, options);
        if (!r.ok) {
            for (const Issue& e : r.errors) std::cerr << opt->profile << ": " << e.ToString() << "\n";
            return void(commands.exit_code = 1);
        }
        if (opt->format == "json") {
            WriteResultJson(std::cout, r, 1, &app::TableWording());
            std::cout << "\n";
        } else if (opt->format == "csv") {
            PrintCsv(r);
        } else if (opt->format == "md") {
            PrintMarkdown(r);
        } else {
            PrintTable(r);
        }
    });
}

}  // namespace mm::cli
