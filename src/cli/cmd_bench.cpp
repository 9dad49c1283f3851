// `bench --method M --alternatives N --criteria K [--repeat R] [--seed S] [--digest]`: times one MCDA method on
// a seeded random N x K matrix and prints {"method","alternatives","criteria","median_ms","floor_ms"}; floor_ms is
// the median time of one streaming sum over the same matrix (the memory-bandwidth floor). --digest adds
// "scores_digest", a hash of the scores' bits, to check that two builds (native, Node) agree bit for bit.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "engine/decision/decision.h"
#include "engine/io/json_util.h"
#include "engine/mcda/method.h"
#include "engine/model/presets.h"
#include "engine/decision/robustness.h"
#include "engine/decision/scoring.h"
#include "engine/decision/stream_sum.h"

namespace mm::cli {

namespace {

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t k = v.size();
    return k % 2 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
}

// FNV-1a over the bytes of the scores, as 16 hex digits (the same on every build: the bits, not a formatting).
std::string Digest(const std::vector<double>& v) {
    std::uint64_t h = 14695981039346656037ull;
    for (double d : v) {
        std::uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        for (int k = 0; k < 8; ++k) h = (h ^ ((bits >> (8 * k)) & 0xff)) * 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

double MillisSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

template <typename Options>
int RunScenario(const Options& opt, const MethodSpec& spec, const MethodChoice& choice, const mcda::Matrix& x,
                const std::vector<int>& types) {
    std::vector<double> ms;
    Json j;
    j["scenario"] = opt.scenario;
    if (opt.scenario == "montecarlo") {
        const std::size_t m = x.Rows(), n = x.Cols();
        try {
            const Scorer scorer(spec, choice, x, types);
            std::vector<int> id_order(m);
            for (std::size_t i = 0; i < m; ++i) id_order[i] = static_cast<int>(i);
            RobustnessSettings settings;
            settings.samples = static_cast<int>(opt.samples);
            std::vector<double> w(n, 1.0 / static_cast<double>(n)), p1, p3;
            for (long long rep = 0; rep < opt.repeat; ++rep) {
                const auto t0 = std::chrono::steady_clock::now();
                RankAcceptability(scorer, w, id_order, settings, &p1, &p3);
                ms.push_back(MillisSince(t0));
            }
        } catch (const mcda::Error& e) {
            std::cerr << "modelmatrix-cli: bench: " << e.what() << "\n";
            return 1;
        }
        j["samples"] = opt.samples;
    } else {
        const Preset* preset = FindPreset(opt.preset);
        if (!preset) {
            std::cerr << "modelmatrix-cli: bench: unknown preset \"" << opt.preset << "\"\n";
            return 1;
        }
        auto catalog = LoadCatalogOrReport("");
        if (!catalog) return 1;
        for (long long rep = 0; rep < opt.repeat; ++rep) {
            const auto t0 = std::chrono::steady_clock::now();
            Result r = Decide(*catalog, preset->profile);
            ms.push_back(MillisSince(t0));
            if (!r.ok) {
                std::cerr << "modelmatrix-cli: bench: " << r.errors[0].ToString() << "\n";
                return 1;
            }
        }
        j["preset"] = opt.preset;
        j["models"] = catalog->models.size();
    }
    j["method"] = opt.method;
    j["alternatives"] = x.Rows();
    j["criteria"] = x.Cols();
    j["median_ms"] = Median(ms);
    std::cout << j.dump() << "\n";
    return 0;
}

}  // namespace

void AddBench(CLI::App& app, Commands& commands) {
    struct Options {
        std::string method, scenario = "method", preset = "quick-prototype";
        long long samples = 10000;
        long long alternatives = 0, criteria = 0, repeat = 5;
        unsigned long long seed = 42;
        bool digest = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("bench", "Time an MCDA method on a random matrix (JSON on stdout)");
    cmd->add_option("--method", opt->method, "MCDA method")
        ->required()
        ->check(CLI::IsMember(RankingMethodNames()));
    cmd->add_option("--alternatives", opt->alternatives, "rows (alternatives)")
        ->required()
        ->check(CLI::Range(2LL, 10000000LL));
    cmd->add_option("--criteria", opt->criteria, "columns (criteria)")
        ->required()
        ->check(CLI::Range(1LL, 1000LL));
    // Extra scenarios to compare builds (native vs WebAssembly) on the other speed targets; their JSON adds
    // "scenario" (and "samples" or "preset") to the keys above.
    cmd->add_option("--scenario", opt->scenario,
                    "method (default), montecarlo (rank acceptability with --samples "
                    "weight draws), decide (full Decide() of the embedded catalog with --preset)")
        ->check(CLI::IsMember({"method", "montecarlo", "decide"}));
    cmd->add_option("--samples", opt->samples, "Monte-Carlo samples (scenario montecarlo)")
        ->check(CLI::Range(1LL, 10000000LL));
    cmd->add_option("--preset", opt->preset, "preset id (scenario decide)");
    cmd->add_option("--repeat", opt->repeat, "timed runs (the median is reported)")
        ->check(CLI::Range(1LL, 100000LL));
    cmd->add_option("--seed", opt->seed, "seed of the random matrix");
    cmd->add_flag("--digest", opt->digest, "add scores_digest (hash of the scores' bits) to compare builds");
    cmd->callback([opt, &commands] {
        const std::size_t m = static_cast<std::size_t>(opt->alternatives),
                          n = static_cast<std::size_t>(opt->criteria);
        if (m * n > 200000000ull) {
            std::cerr << "modelmatrix-cli: bench: " << m << " x " << n << " is over the limit of 2e8 cells\n";
            return void(commands.exit_code = 1);
        }
        MethodChoice choice;
        choice.name = opt->method;
        MethodSpec spec;
        std::string error;
        ResolveMethod(choice, &spec, &error);
        Rng rng(opt->seed);
        mcda::Matrix x(m, n);
        for (std::size_t i = 0; i < m * n; ++i) x.Data()[i] = 1.0 + 99.0 * rng.Uniform();
        std::vector<int> types(n);
        for (std::size_t j = 0; j < n; ++j) types[j] = j % 2 ? -1 : 1;
        const std::vector<double> w(n, 1.0 / static_cast<double>(n));
        if (opt->scenario != "method")
            return void(commands.exit_code = RunScenario(*opt, spec, choice, x, types));
        mcda::Problem problem = BuildProblem(spec, choice, x, types, w, /*keep_intermediates=*/false);
        // The method's scores (validation, normalisation and aggregation), as the numpy baseline computes them;
        // ranking is a separate pipeline step and is not timed here. The floor reads the very matrix the method
        // reads (the problem's copy, not `x`), right before it in each run, so both find the same cache state.
        const mcda::Matrix& input = problem.matrix;
        std::vector<double> method_ms, floor_ms, scores;
        volatile double sink = 0;
        try {
            for (long long rep = 0; rep < opt->repeat; ++rep) {
                auto t0 = std::chrono::steady_clock::now();
                const double s = StreamingSum(input.Data(), m * n);
                floor_ms.push_back(MillisSince(t0));
                sink = sink + s;
                t0 = std::chrono::steady_clock::now();
                mcda::EvaluateScores(spec.method, problem, &scores);
                method_ms.push_back(MillisSince(t0));
                sink = sink + scores[0];
            }
        } catch (const mcda::Error& e) {
            std::cerr << "modelmatrix-cli: bench: " << opt->method << ": " << e.what() << "\n";
            return void(commands.exit_code = 1);
        }
        Json j;
        j["method"] = opt->method;
        j["alternatives"] = m;
        j["criteria"] = n;
        j["median_ms"] = Median(method_ms);
        j["floor_ms"] = Median(floor_ms);
        if (opt->digest) j["scores_digest"] = Digest(scores);
        std::cout << j.dump() << "\n";
    });
}

}  // namespace mm::cli
