// Robustness: the PRNG's golden values (same on every platform), seeded Monte-Carlo determinism, weight
// stability intervals checked against a brute-force scan and the smallest #1/#2 flip.
#include "engine/decision/robustness.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "engine/mcda/matrix.h"
#include "engine/mcda/rank.h"

namespace mm {
namespace {

TEST(Rng, SplitMix64GoldenValues) {
    Rng r(0);  // reference outputs of splitmix64 seeded with 0
    EXPECT_EQ(r.Next(), 0xE220A8397B1DCDAFull);
    EXPECT_EQ(r.Next(), 0x6E789E6AA1B965F4ull);
    EXPECT_EQ(r.Next(), 0x06C45D188009454Full);
}

TEST(Rng, UniformAndNormalMoments) {
    Rng r(123);
    double s = 0, s2 = 0;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        const double u = r.Uniform();
        ASSERT_GE(u, 0);
        ASSERT_LT(u, 1);
    }
    for (int i = 0; i < n; ++i) {
        const double z = r.Normal();
        s += z;
        s2 += z * z;
    }
    EXPECT_NEAR(s / n, 0, 0.01);
    EXPECT_NEAR(s2 / n, 1, 0.01);
}

TEST(SampleWeights, StayOnTheSimplex) {
    Rng r(9);
    std::vector<double> w = {0.5, 0.3, 0.2, 0.0}, out;
    for (SamplingMode mode : {SamplingMode::kAround, SamplingMode::kUniform}) {
        for (int k = 0; k < 1000; ++k) {
            SampleWeights(w, mode, 0.3, r, &out);
            double s = 0;
            for (double v : out) {
                EXPECT_GE(v, 0);
                s += v;
            }
            EXPECT_NEAR(s, 1, 1e-12);
            if (mode == SamplingMode::kAround) {
                EXPECT_EQ(out[3], 0);  // a zero weight stays zero
            }
        }
    }
}

// Three alternatives on two benefit criteria, already in [0, 1] (min-max leaves them unchanged).
Scorer WsmScorer() {
    mcda::Matrix x = mcda::Matrix::FromRows({{1.0, 0.0}, {0.0, 1.0}, {0.6, 0.6}});
    MethodSpec spec;
    std::string error;
    MethodChoice choice;
    ResolveMethod(choice, &spec, &error);
    return Scorer(spec, choice, x, {1, 1});
}

TEST(Robustness, WsmIntervalMatchesBruteForce) {
    Scorer s = WsmScorer();
    std::vector<double> w = {0.5, 0.5};  // scores 0.5, 0.5, 0.6: row 2 wins
    RobustnessSettings settings;
    settings.samples = 0;
    RobustnessReport rep = AnalyseRobustness(s, w, {"a", "b", "c"}, {0, 1, 2}, {"x", "y"}, 2, 0, settings);
    ASSERT_EQ(rep.intervals.size(), 2u);
    // c beats a while 0.6 >= t (weight of x), beats b while 0.6 >= 1 - t: t in [0.4, 0.6]
    EXPECT_NEAR(rep.intervals[0].lower, 0.4, 1e-12);
    EXPECT_NEAR(rep.intervals[0].upper, 0.6, 1e-12);
    EXPECT_NEAR(rep.intervals[1].lower, 0.4, 1e-12);
    EXPECT_NEAR(rep.intervals[1].upper, 0.6, 1e-12);
    ASSERT_TRUE(rep.flip.found);
    EXPECT_NEAR(rep.flip.change, 0.1, 1e-12);
}

TEST(Robustness, GenericScanAgreesWithTheExactWsmInterval) {
    mcda::Matrix x = mcda::Matrix::FromRows({{1.0, 0.0, 3}, {0.0, 1.0, 2}, {0.6, 0.6, 1}, {0.2, 0.1, 5}});
    MethodChoice wsm, waspas;
    waspas.name = "waspas";
    waspas.lambda = 1.0;  // pure weighted sum, but through the generic (scanning) path
    waspas.normalization = "minmax";
    MethodSpec s1, s2;
    std::string e;
    ResolveMethod(wsm, &s1, &e);
    ResolveMethod(waspas, &s2, &e);
    Scorer a(s1, wsm, x, {1, 1, -1}), b(s2, waspas, x, {1, 1, -1});
    std::vector<double> w = {0.3, 0.3, 0.4};
    std::vector<double> sc(4);
    a.Scores(w, sc.data());
    int first = 0;
    for (int i = 1; i < 4; ++i)
        if (sc[i] > sc[first]) first = i;
    RobustnessSettings settings;
    settings.samples = 0;
    RobustnessReport ra = AnalyseRobustness(a, w, {"a", "b", "c", "d"}, {0, 1, 2, 3}, {"x", "y", "z"}, first, -1, settings);
    RobustnessReport rb = AnalyseRobustness(b, w, {"a", "b", "c", "d"}, {0, 1, 2, 3}, {"x", "y", "z"}, first, -1, settings);
    for (int j = 0; j < 3; ++j) {
        EXPECT_NEAR(ra.intervals[j].lower, rb.intervals[j].lower, 1e-8) << j;
        EXPECT_NEAR(ra.intervals[j].upper, rb.intervals[j].upper, 1e-8) << j;
        EXPECT_LE(ra.intervals[j].lower, w[j]);
        EXPECT_GE(ra.intervals[j].upper, w[j]);
    }
}

TEST(Robustness, MonteCarloIsSeededAndSumsToOne) {
    Scorer s = WsmScorer();
    std::vector<double> w = {0.5, 0.5};
    RobustnessSettings settings;
    settings.samples = 5000;
    settings.seed = 77;
    settings.spread = 0.5;
    std::vector<int> id_order = {0, 1, 2};
    std::vector<double> f1, t1, f2, t2;
    RankAcceptability(s, w, id_order, settings, &f1, &t1);
    RankAcceptability(s, w, id_order, settings, &f2, &t2);
    EXPECT_EQ(f1, f2);
    EXPECT_EQ(t1, t2);
    EXPECT_NEAR(f1[0] + f1[1] + f1[2], 1, 1e-12);
    for (double t : t1) EXPECT_NEAR(t, 1, 1e-12);  // three alternatives: all in the top 3
    EXPECT_GT(f1[2], f1[0]);                       // c wins most often near equal weights
    EXPECT_GT(f1[0], 0);                           // but not always with a 50% spread
    settings.seed = 78;
    std::vector<double> f3, t3;
    RankAcceptability(s, w, id_order, settings, &f3, &t3);
    EXPECT_NE(f1, f3);
}

// The Monte-Carlo skips the exact comparison for scores more than 4e-9 (relative) behind the third best: that
// needs every tie of engine/mcda/rank.h to be within 2e-9 relative.
TEST(RankAcceptability, TiesStayWithinTheGapTheSamplerSkipsBeyond) {
    std::uint64_t state = 5;
    for (int k = 0; k < 200000; ++k) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        const double a = std::ldexp(static_cast<double>(state >> 11), -53 + static_cast<int>(state % 40) - 20) *
                         (state % 3 == 0 ? -1 : 1);
        const double scale = std::max({1.0, std::fabs(a)});
        const double gap = scale * 1e-9 * static_cast<double>((state >> 7) % 64) / 16.0;  // 0 .. 4e-9 relative
        const double b = a - gap;
        if (mcda::ScoresTie(a, b)) {
            ASSERT_LE(std::fabs(a - b), 2e-9 * std::max({1.0, std::fabs(a), std::fabs(b)})) << a << " " << b;
        }
        ASSERT_FALSE(mcda::ScoresTie(a, a - 4.0000001e-9 * std::max(1.0, std::fabs(a)))) << a;
    }
}

}  // namespace
}  // namespace mm
