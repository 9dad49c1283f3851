// How much the ranking depends on the weights: stability interval of each weight (others rescaled
// proportionally) before the top model changes, the smallest single-weight change that swaps #1 and #2, and
// Monte-Carlo rank acceptability (seeded; bitwise identical on every platform, see Rng).
#pragma once
#include <cstdint>
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

// `first` and `second` are the rows of #1 and #2 (second < 0 when there is one model); id_order as for
// RankAcceptability. The samples are capped so that samples x rows stays within 5e7. Throws mcda::Error.
RobustnessReport AnalyseRobustness(const Scorer& scorer, const std::vector<double>& w,
                                   const std::vector<std::string>& row_ids, const std::vector<int>& id_order,
                                   const std::vector<std::string>& criterion_ids, int first, int second,
                                   RobustnessSettings settings);

}  // namespace mm
