// Weight stability intervals, the smallest #1/#2 flip and Monte-Carlo rank acceptability.
#include "engine/decision/robustness.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/mcda/rank.h"

namespace mm {

std::uint64_t Rng::Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Rng::Uniform() {
    return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0);
}

double Rng::Normal() {
    double s = 0;
    for (int k = 0; k < 12; ++k) s += Uniform();
    return s - 6.0;
}

void SampleWeights(const std::vector<double>& w, SamplingMode mode, double spread, Rng& rng,
                   std::vector<double>* out) {
    const std::size_t n = w.size();
    out->resize(n);
    if (mode == SamplingMode::kUniform) {
        // Gaps between n-1 sorted uniforms on [0, 1] are uniform on the simplex (Rubin 1981).
        std::vector<double> cut(n + 1);
        cut[0] = 0;
        cut[n] = 1;
        for (std::size_t k = 1; k < n; ++k) cut[k] = rng.Uniform();
        std::sort(cut.begin() + 1, cut.end() - 1);
        for (std::size_t j = 0; j < n; ++j) (*out)[j] = cut[j + 1] - cut[j];
        return;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        double sum = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = w[j] * (1.0 + spread * rng.Normal());
            (*out)[j] = v > 0 ? v : 0;
            sum += (*out)[j];
        }
        if (sum > 0) {
            for (double& v : *out) v /= sum;
            return;
        }
    }
    *out = w;  // every draw clipped to zero (absurd spread): keep the user's weights
}

namespace {

// Weights with criterion j set to t and the others rescaled proportionally to fill 1 - t.
void Rescaled(const std::vector<double>& w, std::size_t j, double t, std::vector<double>* out) {
    const std::size_t n = w.size();
    out->resize(n);
    const double rest = 1.0 - w[j];
    for (std::size_t k = 0; k < n; ++k) {
        if (k == j)
            (*out)[k] = t;
        else
            (*out)[k] = rest > 1e-12 ? w[k] * (1.0 - t) / rest : (1.0 - t) / static_cast<double>(n - 1);
    }
}

struct Ordering {
    const std::vector<int>& id_order;
    bool higher_is_better;
    bool Better(const double* s, int a, int b) const {
        if (mcda::ScoresTie(s[a], s[b])) return id_order[a] < id_order[b];
        return higher_is_better ? s[a] > s[b] : s[a] < s[b];
    }
};

std::vector<int> IdOrder(const std::vector<std::string>& ids) {
    std::vector<int> idx(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) idx[i] = static_cast<int>(i);
    std::sort(idx.begin(), idx.end(), [&](int a, int b) { return ids[a] < ids[b]; });
    std::vector<int> order(ids.size());
    for (std::size_t k = 0; k < idx.size(); ++k) order[idx[k]] = static_cast<int>(k);
    return order;
}

// One Monte-Carlo draw: weights around w (or uniform), every row scored, the top three counted (ties by id).
void AddSample(const Scorer& scorer, const std::vector<double>& w, const Ordering& ord,
               const RobustnessSettings& settings, Rng& rng, std::vector<double>& ws, std::vector<double>& scores,
               std::vector<long long>& first, std::vector<long long>& top3) {
    const int m = static_cast<int>(scorer.Rows());
    SampleWeights(w, settings.sampling, settings.spread, rng, &ws);
    scorer.Scores(ws, scores.data());
    int best[3] = {-1, -1, -1};
    const double* sc = scores.data();
    // Most rows are far behind the third best: a score beyond `cutoff` (4e-9 relative from it, twice the widest
    // gap that engine/mcda/rank.h's rule |a - b| <= 1e-9 max(1, |a|, |b|) calls a tie) can neither tie with it
    // nor beat it, so its exact comparison is skipped. NaN and infinities never pass the test: compared exactly.
    const bool higher = ord.higher_is_better;
    double cutoff = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < m; ++i) {
        if (higher ? sc[i] < cutoff : sc[i] > cutoff) continue;
        if (best[2] >= 0 && !ord.Better(sc, i, best[2])) continue;
        int k = 2;
        while (k > 0 && (best[k - 1] < 0 || ord.Better(sc, i, best[k - 1]))) {
            best[k] = best[k - 1];
            --k;
        }
        best[k] = i;
        if (best[2] >= 0) {
            const double third = sc[best[2]], margin = 4e-9 * std::max(1.0, std::fabs(third));
            cutoff = higher ? third - margin : third + margin;
        }
    }
    ++first[best[0]];
    for (int b : best)
        if (b >= 0) ++top3[b];
}

}  // namespace

void RankAcceptability(const Scorer& scorer, const std::vector<double>& w, const std::vector<int>& id_order,
                       const RobustnessSettings& settings, std::vector<double>* p_first,
                       std::vector<double>* p_top3) {
    const std::size_t m = scorer.Rows();
    p_first->assign(m, 0);
    p_top3->assign(m, 0);
    if (settings.samples <= 0 || m == 0) return;
    Rng rng(settings.seed);
    std::vector<double> ws, scores(m);
    std::vector<long long> first(m, 0), top3(m, 0);
    const Ordering ord{id_order, scorer.HigherIsBetter()};
    for (int s = 0; s < settings.samples; ++s) AddSample(scorer, w, ord, settings, rng, ws, scores, first, top3);
    for (std::size_t i = 0; i < m; ++i) {
        (*p_first)[i] = static_cast<double>(first[i]) / settings.samples;
        (*p_top3)[i] = static_cast<double>(top3[i]) / settings.samples;
    }
}

RobustnessReport AnalyseRobustness(const Scorer& scorer, const std::vector<double>& w,
                                   const std::vector<std::string>& row_ids,
                                   const std::vector<std::string>& criterion_ids, int first, int second,
                                   const RobustnessSettings& settings) {
    RobustnessAnalysis analysis(scorer, w, IdOrder(row_ids), criterion_ids, first, second, settings);
    while (!analysis.Run(std::numeric_limits<long long>::max())) {
    }
    return analysis.Report(row_ids);
}

// [SECTION] RobustnessAnalysis: the steps of the analysis, one scoring of every row at a time

RobustnessAnalysis::Search::Search(double t0, double end)
    : t0_(t0), end_(end), step_(0.01 * (end > t0 ? 1 : -1)), inside_(t0), t_(t0 + step_) {}

double RobustnessAnalysis::Search::Next() const {
    if (bisecting_) return 0.5 * (a_ + b_);
    const bool last = (end_ > t0_) ? t_ >= end_ : t_ <= end_;
    return last ? end_ : t_;
}

bool RobustnessAnalysis::Search::Feed(bool holds) {
    if (bisecting_) {
        const double mid = 0.5 * (a_ + b_);
        (holds ? b_ : a_) = mid;
        if (++k_ < 40) return false;
        result_ = b_;
        return true;
    }
    const bool last = (end_ > t0_) ? t_ >= end_ : t_ <= end_;
    const double t = last ? end_ : t_;
    if (holds) {
        bisecting_ = true;
        a_ = inside_;
        b_ = t;
        return false;
    }
    inside_ = t;
    if (last) return true;  // never holds: no result
    t_ += step_;
    return false;
}

RobustnessAnalysis::RobustnessAnalysis(Scorer scorer, std::vector<double> w, std::vector<int> id_order,
                                       std::vector<std::string> criterion_ids, int first, int second,
                                       const RobustnessSettings& settings)
    : scorer_(std::move(scorer)),
      w_(std::move(w)),
      id_order_(std::move(id_order)),
      criterion_ids_(std::move(criterion_ids)),
      first_(first),
      second_(second),
      settings_(settings) {
    // Work cap: samples x ranked models <= kMaxSampleRows (a million samples on 100 000 models would take hours).
    // Fewer samples are drawn, never fewer than 100, and the report says how many (docs/LIMITS.md).
    constexpr long long kMaxSampleRows = 50'000'000;
    const long long rows = static_cast<long long>(std::max<std::size_t>(scorer_.Rows(), 1));
    if (static_cast<long long>(settings_.samples) * rows > kMaxSampleRows)
        settings_.samples =
            static_cast<int>(std::min<long long>(settings_.samples, std::max(100LL, kMaxSampleRows / rows)));
    rep_.samples = settings_.samples;
    rep_.seed = settings_.seed;
    rep_.sampling = settings_.sampling;
    rep_.spread = settings_.spread;
    m_ = scorer_.Rows();
    n_ = w_.size();
    scores_.resize(m_);
    rng_ = Rng(settings_.seed);
    first_count_.assign(m_, 0);
    top3_count_.assign(m_, 0);
    j_ = 0;
    if (m_ > 0 && n_ > 0)
        StartInterval();
    else
        StartMonteCarlo();
}

bool RobustnessAnalysis::Run(long long max_rows) {
    const long long per_step = static_cast<long long>(std::max<std::size_t>(m_, 1));
    for (long long spent = 0; phase_ != Phase::kDone && spent < max_rows; spent += per_step) Step();
    return Done();
}

void RobustnessAnalysis::StartInterval() {
    phase_ = Phase::kInterval;
    interval_ = {criterion_ids_[j_], w_[j_], 0.0, 1.0};
    direction_ = 0;
    if (n_ > 1 && m_ > 1 && !scorer_.IsWsm()) search_ = Search(w_[j_], 1.0);
}

void RobustnessAnalysis::EndInterval() {
    rep_.intervals.push_back(interval_);
    if (second_ < 0 || n_ < 2) {
        NextCriterion();
        return;
    }
    phase_ = Phase::kFlip;
    direction_ = 0;
    if (!scorer_.IsWsm()) search_ = Search(w_[j_], 1.0);
}

void RobustnessAnalysis::EndFlip(std::optional<double> flip) {
    const double wj = w_[j_];
    if (flip && (!rep_.flip.found || std::fabs(*flip - wj) < rep_.flip.change))
        rep_.flip = {true, criterion_ids_[j_], wj, *flip, std::fabs(*flip - wj)};
    NextCriterion();
}

void RobustnessAnalysis::NextCriterion() {
    if (++j_ < n_)
        StartInterval();
    else
        StartMonteCarlo();
}

void RobustnessAnalysis::StartMonteCarlo() {
    phase_ = settings_.samples > 0 && m_ > 0 ? Phase::kMonteCarlo : Phase::kDone;
    sample_ = 0;
}

int RobustnessAnalysis::BestAt(std::size_t j, double t) {
    const Ordering ord{id_order_, scorer_.HigherIsBetter()};
    Rescaled(w_, j, t, &ws_);
    scorer_.Scores(ws_, scores_.data());
    int b = 0;
    for (int i = 1; i < static_cast<int>(m_); ++i)
        if (ord.Better(scores_.data(), i, b)) b = i;
    return b;
}

// Strictly ahead: a tie, whichever way the ids break it, is no overtaking.
bool RobustnessAnalysis::SecondWinsAt(std::size_t j, double t) {
    Rescaled(w_, j, t, &ws_);
    scorer_.Scores(ws_, scores_.data());
    const double a = scores_[second_], b = scores_[first_];
    if (mcda::ScoresTie(a, b)) return false;
    return scorer_.HigherIsBetter() ? a > b : a < b;
}

void RobustnessAnalysis::Step() {
    const std::size_t j = j_, m = m_, n = n_;
    const std::vector<double>& w = w_;
    switch (phase_) {
        case Phase::kInterval: {
            if (n > 1 && m > 1 && scorer_.IsWsm()) {
                // Weighted sum: every score is linear in t, s_i(t) = t r_ij + (1 - t) B_i, so each rival's
                // crossing with #1 is a root of a line.
                const mcda::Matrix& r = scorer_.Normalized();
                const double rest = 1.0 - w[j];
                auto b_of = [&](int i) {
                    double s = 0;
                    for (std::size_t k = 0; k < n; ++k)
                        if (k != j)
                            s += (rest > 1e-12 ? w[k] / rest : 1.0 / static_cast<double>(n - 1)) * r(i, k);
                    return s;
                };
                const double ba = b_of(first_);
                for (int b = 0; b < static_cast<int>(m); ++b) {
                    if (b == first_) continue;
                    const double c0 = ba - b_of(b);
                    const double c1 = (r(first_, j) - r(b, j)) - c0;
                    if (c1 == 0) continue;
                    const double root = -c0 / c1;
                    if (c1 > 0 && root > interval_.lower) interval_.lower = std::min(root, w[j]);
                    if (c1 < 0 && root < interval_.upper) interval_.upper = std::max(root, w[j]);
                }
                EndInterval();
            } else if (n > 1 && m > 1) {
                // Where another model takes the lead: towards weight 1 (the upper end), then towards 0.
                if (!search_.Feed(BestAt(j, search_.Next()) != first_)) return;
                if (direction_ == 0) {
                    if (auto t = search_.Result()) interval_.upper = *t;
                    direction_ = 1;
                    search_ = Search(w[j], 0.0);
                } else {
                    if (auto t = search_.Result()) interval_.lower = *t;
                    EndInterval();
                }
            } else {
                EndInterval();
            }
            return;
        }
        case Phase::kFlip: {
            if (scorer_.IsWsm()) {
                std::optional<double> flip;
                const mcda::Matrix& r = scorer_.Normalized();
                const double rest = 1.0 - w[j];
                double c0 = 0;
                for (std::size_t k = 0; k < n; ++k)
                    if (k != j)
                        c0 += (rest > 1e-12 ? w[k] / rest : 1.0 / static_cast<double>(n - 1)) *
                              (r(first_, k) - r(second_, k));
                const double c1 = (r(first_, j) - r(second_, j)) - c0;
                // At the root the two tie; #2 leads only past it, so a root on the edge of [0, 1] (a criterion on
                // which they tie puts it at 1) or at the current weight (they tie now) is no overtaking.
                if (c1 != 0) {
                    const double root = -c0 / c1;
                    if (root > 1e-9 && root < 1 - 1e-9 && std::fabs(root - w[j]) > 1e-9) flip = root;
                }
                EndFlip(flip);
                return;
            }
            // Where #2 overtakes #1: towards 1, then towards 0; the nearer of the two.
            if (!search_.Feed(SecondWinsAt(j, search_.Next()))) return;
            if (direction_ == 0) {
                flip_up_ = search_.Result();
                direction_ = 1;
                search_ = Search(w[j], 0.0);
                return;
            }
            const std::optional<double> up = flip_up_, down = search_.Result();
            EndFlip(up && (!down || *up - w[j] <= w[j] - *down) ? up : down);
            return;
        }
        case Phase::kMonteCarlo: {
            const Ordering ord{id_order_, scorer_.HigherIsBetter()};
            AddSample(scorer_, w_, ord, settings_, rng_, ws_, scores_, first_count_, top3_count_);
            if (++sample_ == settings_.samples) phase_ = Phase::kDone;
            return;
        }
        case Phase::kDone:
            return;
    }
}

RobustnessReport RobustnessAnalysis::Report(const std::vector<std::string>& row_ids) const {
    RobustnessReport rep = rep_;
    rep.acceptability.reserve(m_);
    for (std::size_t i = 0; i < m_; ++i) {
        Acceptability a{row_ids[i], 0.0, 0.0};
        if (settings_.samples > 0) {
            a.p_first = static_cast<double>(first_count_[i]) / settings_.samples;
            a.p_top3 = static_cast<double>(top3_count_[i]) / settings_.samples;
        }
        rep.acceptability.push_back(std::move(a));
    }
    return rep;
}

}  // namespace mm
