// `bench --method M --alternatives N --criteria K [--repeat R] [--seed S]`: times mcda::Evaluate as Decide() calls
// it (the problem BuildProblem makes, with every intermediate, ranked) on a seeded random N x K matrix, and prints
// {"method","alternatives","criteria","median_ms","floor_ms"}. floor_ms is the median time of one plain read of the
// same matrix (a sum of its values, written here): the least any method that reads every value can take.
// `bench --scenario decide [--repeat R]`: one whole Decide() (robustness and Pareto included) of the embedded catalog
// per built-in preset; prints a JSON array of {"preset","models","ranked","samples","median_ms"} plus "derive_ms" (the
// derive step alone: memory, devices, capacity, cost) and "selfhost_data" (the self-hosting data was attached).
#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "engine/decision/decision.h"
#include "engine/decision/robustness.h"
#include "engine/decision/scoring.h"
#include "engine/io/json_util.h"
#include "engine/mcda/method.h"
#include "engine/model/criteria.h"
#include "engine/model/presets.h"

namespace mm::cli {

namespace {

struct Options {
    std::string method, scenario = "method";
    long long alternatives = 0, criteria = 0, repeat = 5;
    unsigned long long seed = 42;
};

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t k = v.size();
    return k % 2 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
}

double MillisSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// The floor: every value read once, in memory order (four sums, so additions do not wait on one another).
double PlainRead(const mcda::Matrix& x) {
    const double* p = x.Data();
    const std::size_t count = x.Rows() * x.Cols();
    double s[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < count; ++i) s[i % 4] += p[i];
    return (s[0] + s[1]) + (s[2] + s[3]);
}

int BenchMethod(const Options& opt) {
    if (opt.method.empty() || opt.alternatives == 0 || opt.criteria == 0)
        throw CLI::RequiredError("--method, --alternatives and --criteria (scenario method)");
    const std::size_t m = static_cast<std::size_t>(opt.alternatives), n = static_cast<std::size_t>(opt.criteria);
    if (m * n > 200000000ull) {
        std::cerr << "modelmatrix-cli: bench: " << m << " x " << n << " is over the limit of 2e8 cells\n";
        return 1;
    }
    MethodChoice choice;
    choice.name = opt.method;
    MethodSpec spec;
    std::string error;
    ResolveMethod(choice, &spec, &error);
    Rng rng(opt.seed);
    mcda::Matrix x(m, n);
    for (std::size_t i = 0; i < m * n; ++i) x.Data()[i] = 1.0 + 99.0 * rng.Uniform();
    std::vector<int> types(n);
    for (std::size_t j = 0; j < n; ++j) types[j] = j % 2 ? -1 : 1;
    const std::vector<double> w(n, 1.0 / static_cast<double>(n));
    const mcda::Problem problem = BuildProblem(spec, choice, x, types, w);
    // The floor reads the very matrix the method reads, right before it in each run, so both find the same cache.
    std::vector<double> method_ms, floor_ms;
    volatile double sink = 0;
    try {
        for (long long rep = 0; rep < opt.repeat; ++rep) {
            auto t0 = std::chrono::steady_clock::now();
            const double s = PlainRead(problem.matrix);
            floor_ms.push_back(MillisSince(t0));
            sink = sink + s;
            t0 = std::chrono::steady_clock::now();
            const mcda::Outcome out = mcda::Evaluate(spec.method, problem);
            method_ms.push_back(MillisSince(t0));
            sink = sink + out.score[0];
        }
    } catch (const mcda::Error& e) {
        std::cerr << "modelmatrix-cli: bench: " << opt.method << ": " << e.what() << "\n";
        return 1;
    }
    Json j;
    j["method"] = opt.method;
    j["alternatives"] = m;
    j["criteria"] = n;
    j["median_ms"] = Median(method_ms);
    j["floor_ms"] = Median(floor_ms);
    std::cout << j.dump() << "\n";
    return 0;
}

int BenchDecide(const Options& opt) {
    const Catalog* catalog = LoadCatalogOrReport("");
    if (!catalog) return 1;
    Json all = Json::array();
    for (const Preset& preset : BuiltinPresets()) {
        std::vector<double> ms;
        Result r;
        for (long long rep = 0; rep < opt.repeat; ++rep) {
            const auto t0 = std::chrono::steady_clock::now();
            r = Decide(*catalog, preset.profile);
            ms.push_back(MillisSince(t0));
        }
        if (!r.ok) {
            std::cerr << "modelmatrix-cli: bench: " << preset.id << ": " << r.errors[0].ToString() << "\n";
            return 1;
        }
        // The derive step alone (memory, devices, capacity and cost per model): the self-hosting share of Decide().
        std::vector<double> derive_ms;
        volatile double sink = 0;
        for (long long rep = 0; rep < opt.repeat; ++rep) {
            const auto t0 = std::chrono::steady_clock::now();
            for (const Model& m : catalog->models)
                sink = sink + Derive(m, preset.profile, catalog->selfhost.get()).selfhost_monthly_usd.value_or(0);
            derive_ms.push_back(MillisSince(t0));
        }
        Json j;
        j["preset"] = preset.id;
        j["models"] = catalog->models.size();
        j["selfhost_data"] = catalog->selfhost != nullptr;
        j["derive_ms"] = Median(derive_ms);
        j["ranked"] = r.rows.size();
        j["samples"] = r.robustness ? r.robustness->samples : 0;
        j["median_ms"] = Median(ms);
        all.push_back(std::move(j));
    }
    std::cout << all.dump() << "\n";
    return 0;
}

}  // namespace

void AddBench(CLI::App& app, Commands& commands) {
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("bench", "Time the engine as the product runs it (JSON on stdout)");
    cmd->add_option("--scenario", opt->scenario,
                    "method (default: mcda::Evaluate on a random matrix), decide (a whole Decide() of the embedded "
                    "catalog per built-in preset)")
        ->check(CLI::IsMember({"method", "decide"}));
    cmd->add_option("--method", opt->method, "MCDA method (scenario method)")
        ->check(CLI::IsMember(RankingMethodNames()));
    cmd->add_option("--alternatives", opt->alternatives, "rows (scenario method)")
        ->check(CLI::Range(2LL, 10000000LL));
    cmd->add_option("--criteria", opt->criteria, "columns (scenario method)")->check(CLI::Range(1LL, 1000LL));
    cmd->add_option("--repeat", opt->repeat, "timed runs (the median is reported)")
        ->check(CLI::Range(1LL, 100000LL));
    cmd->add_option("--seed", opt->seed, "seed of the random matrix");
    cmd->callback([opt, &commands] {
        commands.exit_code = opt->scenario == "decide" ? BenchDecide(*opt) : BenchMethod(*opt);
    });
}

}  // namespace mm::cli
