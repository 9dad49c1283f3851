// How much the ranking depends on the weights: stability interval of each weight (others rescaled
// proportionally) before the top model changes, the smallest single-weight change that swaps #1 and #2, and
// Monte-Carlo rank acceptability (seeded; bitwise identical on every platform, see Rng).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/profile.h"
#include "engine/decision/scoring.h"

namespace mm {

// splitmix64 (Steele, Lea & Flood 2014). Only integer arithmetic, multiplications and additions of doubles:
// no libm call, so a seed gives the same numbers natively and in WebAssembly (std::normal_distribution does
// not).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t Next();
    double Uniform();  // [0, 1), 53 bits
    // Approximately standard normal: Irwin-Hall sum of 12 uniforms minus 6 (mean 0, variance 1, |z| <= 6),
    // chosen over Box-Muller because it needs no log/cos whose last bits differ between libms.
    double Normal();

private:
    std::uint64_t state_;
};

// One weight vector drawn around `w` (kAround: w_j (1 + spread z_j), clipped at 0, renormalised; zero weights
// stay zero) or uniformly over the simplex (kUniform: gaps between sorted uniforms).
void SampleWeights(const std::vector<double>& w, SamplingMode mode, double spread, Rng& rng,
                   std::vector<double>* out);

struct WeightInterval {
    std::string criterion;
    double weight = 0;  // the user's
    double lower = 0;   // the top model stays #1 for every weight in [lower, upper] (others rescaled)
    double upper = 1;
};

struct FlipChange {
    bool found = false;  // false: no single weight change swaps #1 and #2
    std::string criterion;
    double from = 0, to = 0;  // weight of `criterion` now, and where #2 catches up with #1
    double change = 0;        // |to - from|
};

struct Acceptability {
    std::string model_id;
    double p_first = 0;  // share of samples where the model ranks 1st (ties broken by id)
    double p_top3 = 0;
};

struct RobustnessReport {
    std::vector<WeightInterval> intervals;  // one per criterion
    FlipChange flip;
    std::vector<Acceptability> acceptability;  // one per row, row order
    int samples = 0;
    std::uint64_t seed = 0;
    SamplingMode sampling = SamplingMode::kAround;
    double spread = 0;
};

// Rank positions per sample, ties broken by `id_order` (smaller first). p_first/p_top3 have one slot per row.
void RankAcceptability(const Scorer& scorer, const std::vector<double>& w, const std::vector<int>& id_order,
                       const RobustnessSettings& settings, std::vector<double>* p_first,
                       std::vector<double>* p_top3);

// `first` and `second` are the rows of #1 and #2 (second < 0 when there is one model). Throws mcda::Error.
RobustnessReport AnalyseRobustness(const Scorer& scorer, const std::vector<double>& w,
                                   const std::vector<std::string>& row_ids,
                                   const std::vector<std::string>& criterion_ids, int first, int second,
                                   const RobustnessSettings& settings);

// AnalyseRobustness in slices, for a caller that must keep drawing frames (the GUI after a drag, 100 000
// models): each Run() does about `max_rows` rows of scoring (every step scores all rows once: a point of an
// interval search, a Monte-Carlo sample) and returns true once everything is done. The steps and their order
// are those of one call, so the report is the same to the bit.
class RobustnessAnalysis {
public:
    // id_order: per row, its position in model-id order (ties are broken by id). Throws mcda::Error.
    RobustnessAnalysis(Scorer scorer, std::vector<double> w, std::vector<int> id_order,
                       std::vector<std::string> criterion_ids, int first, int second,
                       const RobustnessSettings& settings);
    bool Run(long long max_rows);  // throws mcda::Error (from the method)
    bool Done() const { return phase_ == Phase::kDone; }
    // Once Done(): the report, acceptability named by row_ids (one per row).
    RobustnessReport Report(const std::vector<std::string>& row_ids) const;

private:
    // FirstChange's search one evaluation at a time: from t0 towards `end` in steps of 0.01 until the
    // predicate holds, then 40 bisections. Next() is the weight to test, Feed() the predicate's value there.
    class Search {
    public:
        Search() = default;
        Search(double t0, double end);
        double Next() const;
        bool Feed(bool holds);  // true when the search is over
        std::optional<double> Result() const { return result_; }

    private:
        double t0_ = 0, end_ = 0, step_ = 0, inside_ = 0, t_ = 0, a_ = 0, b_ = 0;
        bool bisecting_ = false;
        int k_ = 0;
        std::optional<double> result_;
    };
    enum class Phase { kInterval, kFlip, kMonteCarlo, kDone };
    void Step();
    void StartInterval();
    void EndInterval();
    void EndFlip(std::optional<double> flip);
    void NextCriterion();
    void StartMonteCarlo();
    int BestAt(std::size_t j, double t);        // the leading row with weight j set to t
    bool SecondWinsAt(std::size_t j, double t);  // #2 ahead of #1 with weight j set to t

    Scorer scorer_;
    std::vector<double> w_;
    std::vector<int> id_order_;
    std::vector<std::string> criterion_ids_;
    int first_ = 0, second_ = -1;
    RobustnessSettings settings_;  // samples capped (AnalyseRobustness's work cap)
    std::size_t m_ = 0, n_ = 0;

    RobustnessReport rep_;
    Phase phase_ = Phase::kInterval;
    std::size_t j_ = 0;       // criterion of the interval / flip phases
    int direction_ = 0;       // 0: towards weight 1, 1: towards 0
    Search search_;           // the generic (scanning) path's current search
    WeightInterval interval_;
    std::optional<double> flip_up_;
    std::vector<double> ws_, scores_;
    Rng rng_{0};
    int sample_ = 0;
    std::vector<long long> first_count_, top3_count_;
};

}  // namespace mm
