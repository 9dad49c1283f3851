// One worked example per method (numbers from an independent numpy computation of the README formulas on
// the 5×4 example), plus each method's refusals.
#include <algorithm>
#include <cmath>

#include "engine/mcda/copras.h"
#include "engine/mcda/electre.h"
#include "engine/mcda/method.h"
#include "engine/mcda/moora.h"
#include "engine/mcda/normalize.h"
#include "engine/mcda/promethee2.h"
#include "engine/mcda/rank.h"
#include "engine/mcda/spotis.h"
#include "engine/mcda/topsis.h"
#include "engine/mcda/vikor.h"
#include "engine/mcda/waspas.h"
#include "engine/mcda/wpm.h"
#include "test_util.h"

namespace mm::mcda {
namespace {

using testing::ExampleMatrix;
using testing::ExampleTypes;
using testing::ExampleWeights;
using testing::ExpectNear;

Problem Example(Normalization norm, CostHandling ch) {
    Problem p;
    p.matrix = ExampleMatrix();
    p.types = ExampleTypes();
    p.weights = ExampleWeights();
    p.normalization = norm;
    p.cost_handling = ch;
    return p;
}

TEST(Topsis, MinMaxIgnoreKeepsIdealsPerType) {
    const Outcome o = Evaluate(Method::Topsis, Example(Normalization::MinMax, CostHandling::Ignore));
    ExpectNear(o.score, {0.4740039918, 0.4227256370, 0.5772743629, 0.3601163590, 0.6145158894}, 1e-9);
    EXPECT_EQ(o.rank, (std::vector<int>{3, 4, 2, 5, 1}));
    ExpectNear(o.topsis->positive_ideal, {0.0, 0.2, 0.35, 0.15}, 1e-12);
    ExpectNear(o.topsis->negative_ideal, {0.3, 0.0, 0.0, 0.0}, 1e-12);
    EXPECT_TRUE(o.contribution.Empty());
}

TEST(Topsis, RefusesAllConstantWeightedColumns) {
    const Matrix r = Matrix::FromRows({{1, 1}, {1, 1}});
    EXPECT_THROW(Topsis(r, {1, 1}, {0.5, 0.5}), Error);
}

TEST(WpmWaspas, ProductAndBlend) {
    // r = linear normalisation of ((1, 2), (2, 1)) = ((0.5, 1), (1, 0.5)); w = (0.25, 0.75).
    const Matrix r = Matrix::FromRows({{0.5, 1}, {1, 0.5}});
    const WpmResult p = Wpm(r, {1, 1}, {0.25, 0.75});
    ExpectNear(p.scores, {std::pow(0.5, 0.25), std::pow(0.5, 0.75)}, 1e-12);
    ExpectNear(p.scores_log10, {0.25 * std::log10(0.5), 0.75 * std::log10(0.5)}, 1e-12);
    const WaspasResult w = Waspas(r, {1, 1}, {0.25, 0.75}, {0.3});
    ExpectNear(w.scores, {0.3 * 0.875 + 0.7 * std::pow(0.5, 0.25), 0.3 * 0.625 + 0.7 * std::pow(0.5, 0.75)}, 1e-12);
    EXPECT_THROW(Wpm(Matrix::FromRows({{0, 1}, {1, 1}}), {1, 1}, {0.5, 0.5}), Error);
    EXPECT_THROW(Wpm(r, {1, -1}, {0.5, 0.5}), Error);
    EXPECT_THROW(Waspas(r, {1, 1}, {0.5, 0.5}, {1.5}), Error);
}

TEST(Vikor, TwoRankingsAndCompromiseSet) {
    // Q ties the first two alternatives; alternative 2 wins with advantage and stability.
    const VikorResult v = Vikor(Matrix::FromRows({{1, 9}, {9, 1}, {5, 5}, {2, 2}}), {1, 1}, {0.5, 0.5}, {0.5});
    ExpectNear(v.S, {0.5, 0.5, 0.5, 0.875}, 1e-12);
    ExpectNear(v.R, {0.5, 0.5, 0.25, 0.4375}, 1e-12);
    ExpectNear(v.Q, {0.5, 0.5, 0.0, 0.875}, 1e-12);
    EXPECT_EQ(v.ranking_by_Q, (std::vector<int>{2, 2, 1, 3}));
    EXPECT_EQ(v.ranking_with_compromise_set, (std::vector<int>{2, 2, 1, 3}));
    EXPECT_EQ(v.compromise_set, (std::vector<int>{2}));
    EXPECT_TRUE(v.acceptable_advantage);
    EXPECT_TRUE(v.acceptable_stability);
}

TEST(Vikor, AdvantageFailsGivesWiderSet) {
    // scikit-criteria's self-reference example (also in cases.json): compromise set {1, 2}.
    const VikorResult v =
        Vikor(Matrix::FromRows({{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}}), {1, 1, 1}, {0.3, 0.4, 0.3}, {0.5});
    ExpectNear(v.Q, {0.75, 0.25, 0.0, 1.0}, 1e-12);
    EXPECT_FALSE(v.acceptable_advantage);
    EXPECT_EQ(v.compromise_set, (std::vector<int>{1, 2}));
    EXPECT_EQ(v.ranking_with_compromise_set, (std::vector<int>{2, 1, 1, 3}));
    EXPECT_THROW(Vikor(ExampleMatrix(), ExampleTypes(), ExampleWeights(), {1.5}), Error);
}

PrometheeParams AllSame(PreferenceFunction f, double p, double q) {
    PrometheeParams params;
    params.functions.assign(4, f);
    params.p = {p * 5, p, p, p / 4};
    params.q = {q * 5, q, q, q / 4};
    return params;
}

TEST(Promethee2, EveryPreferenceFunction) {
    const Matrix x = ExampleMatrix();
    struct Row {
        PreferenceFunction f;
        double p, q;
        std::vector<double> phi;
    };
    const std::vector<Row> rows = {
        {PreferenceFunction::Usual, 1, 1, {}},
        {PreferenceFunction::UShape, 1, 1.0, {0.05, -0.1375, 0.15, -0.225, 0.1625}},
        {PreferenceFunction::Level, 8, 2, {-0.00625, -0.00625, 0.0375, -0.1125, 0.0875}},
        {PreferenceFunction::Linear, 8, 2, {0.0, -0.0916666666667, 0.1291666666667, -0.1666666666667, 0.1291666666667}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(PreferenceFunctionName(row.f));
        const PrometheeResult r = Promethee2(x, ExampleTypes(), ExampleWeights(), AllSame(row.f, row.p, row.q));
        double total = 0.0;
        for (double v : r.scores) total += v;
        EXPECT_NEAR(total, 0.0, 1e-12);  // net flows sum to zero
        if (!row.phi.empty()) ExpectNear(r.scores, row.phi, 1e-9);
        for (std::size_t i = 0; i < 5; ++i) {
            double s = 0.0;
            for (std::size_t j = 0; j < 4; ++j) s += r.contribution(i, j);
            EXPECT_NEAR(s, r.scores[i], 1e-12);
        }
    }
    EXPECT_NEAR(PreferenceValue(PreferenceFunction::VShape, 2.0, 4.0, 0.0), 0.5, 1e-15);
    EXPECT_EQ(PreferenceValue(PreferenceFunction::Usual, 0.0, 0.0, 0.0), 0.0);
}

TEST(Promethee2, RefusesMissingThresholds) {
    PrometheeParams params;
    params.functions.assign(4, PreferenceFunction::VShape);
    EXPECT_THROW(Promethee2(ExampleMatrix(), ExampleTypes(), ExampleWeights(), params), Error);
    params = AllSame(PreferenceFunction::Linear, 1, 2);  // p < q
    EXPECT_THROW(Promethee2(ExampleMatrix(), ExampleTypes(), ExampleWeights(), params), Error);
    params.functions.pop_back();
    EXPECT_THROW(Promethee2(ExampleMatrix(), ExampleTypes(), ExampleWeights(), params), Error);
    PreferenceFunction f;
    EXPECT_FALSE(ParsePreferenceFunction("gaussian", &f));
}

TEST(Copras, TextbookAndPymcdmVariants) {
    const Normalized n = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::Sum, CostHandling::Ignore);
    const CoprasResult t = Copras(n.r, n.oriented_types, ExampleWeights(), {CoprasVariant::Textbook});
    ExpectNear(t.scores, {0.8549183911, 0.7462206707, 1.0, 0.8186670931, 0.8758155314}, 1e-9);
    ExpectNear(t.scores_percent, {85.49183911, 74.62206707, 100.0, 81.86670931, 87.58155314}, 1e-7);
    const CoprasResult s = Copras(n.r, n.oriented_types, ExampleWeights(), {CoprasVariant::PymcdmSumOfS});
    ExpectNear(s.scores, {0.7827624720, 0.5794862248, 1.0, 0.7941176470, 0.7527922561}, 1e-9);
    // Textbook COPRAS needs a cost column left as cost.
    const Normalized inv = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::Sum, CostHandling::Invert);
    EXPECT_THROW(Copras(inv.r, inv.oriented_types, ExampleWeights(), {CoprasVariant::Textbook}), Error);
}

TEST(Moora, RatioRefpointAndFmf) {
    const Normalized n = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::Vector, CostHandling::Ignore);
    const MooraRefpointResult rp = MooraRefpoint(n.r, n.oriented_types, ExampleWeights());
    ExpectNear(rp.reference_point, {0.3542459542, 0.6030226891, 0.5714285714, 0.5976143046}, 1e-9);
    ExpectNear(rp.scores, {0.0603022689, 0.1, 0.0531368931, 0.1, 0.0603022689}, 1e-9);
    EXPECT_EQ(DenseRank(rp.scores, false), (std::vector<int>{2, 3, 1, 3, 2}));

    // Ratio: benefit part minus cost part, by hand on a 2×2.
    const Matrix r = Matrix::FromRows({{0.6, 0.8}, {0.8, 0.6}});
    const MooraRatioResult ratio = MooraRatio(r, {1, -1}, {0.5, 0.5});
    ExpectNear(ratio.scores, {-0.1, 0.1}, 1e-12);
    const MooraFmfResult fmf = MooraFmf(r, {1, -1}, {0.5, 0.5});
    ExpectNear(fmf.U, {0.3 / 0.4, 0.4 / 0.3}, 1e-12);
    EXPECT_THROW(MooraFmf(Matrix::FromRows({{0.5, 0}, {0.5, 1}}), {1, -1}, {0.5, 0.5}), Error);
    // A criterion with no weight is left out of the products: neither a zero benefit nor a zero divisor.
    const MooraFmfResult zero = MooraFmf(Matrix::FromRows({{0.6, 0.8, 0.2}, {0.8, 0.6, 0.9}}), {1, -1, -1}, {0.5, 0.5, 0});
    ExpectNear(zero.U, fmf.U, 1e-12);
    const MooraFmfResult zero_benefit = MooraFmf(r, {1, -1}, {0, 0.5});
    ExpectNear(zero_benefit.U, {1 / 0.4, 1 / 0.3}, 1e-12);
}

TEST(Spotis, ExplicitIdealPointAndBounds) {
    SpotisParams params;
    params.bounds = {{150, 350}, {8, 64}, {4, 32}, {1, 6}};
    params.isp = {200, 40, 20, 5};
    const SpotisResult s = Spotis(ExampleMatrix(), ExampleTypes(), ExampleWeights(), params);
    ExpectNear(s.scores, {0.2607142857, 0.2957142857, 0.2585714285, 0.3210714285, 0.2632142857}, 1e-9);
    params.isp.clear();
    const SpotisResult d = Spotis(ExampleMatrix(), ExampleTypes(), ExampleWeights(), params);
    ExpectNear(d.isp, {150, 64, 32, 6}, 0.0);
    params.bounds[0] = {260, 350};  // 250 lies outside
    EXPECT_THROW(Spotis(ExampleMatrix(), ExampleTypes(), ExampleWeights(), params), Error);
    params.bounds[0] = {350, 150};
    EXPECT_THROW(Spotis(ExampleMatrix(), ExampleTypes(), ExampleWeights(), params), Error);
}

TEST(Electre, Electre1ConcordanceDiscordanceKernel) {
    const Normalized n = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::MinMax, CostHandling::Ignore);
    const Electre1Result e = Electre1(n.r, n.oriented_types, ExampleWeights(), {0.6, 0.4});
    EXPECT_NEAR(e.cd.concordance(0, 1), 0.7, 1e-12);
    EXPECT_NEAR(e.cd.concordance(4, 0), 0.85, 1e-12);
    EXPECT_NEAR(e.cd.discordance(1, 0), 2.0 / 3, 1e-12);
    EXPECT_NEAR(e.cd.discordance(4, 1), 1.0 / 3, 1e-12);
    EXPECT_NEAR(e.cd.discordance(2, 3), 0.25, 1e-12);
    EXPECT_EQ(e.kernel, (std::vector<int>{0, 1, 2, 4}));
}

TEST(Electre, Electre2CebrianPorcar) {
    // Cebrian & Porcar (2009) via scikit-criteria (also in cases.json): ranking 6 3 2 5 1 4.
    Problem p;
    p.matrix = Matrix::FromRows(
        {{6, 5, 28, 5, 5}, {4, 2, 25, 10, 9}, {5, 7, 35, 9, 6}, {6, 1, 27, 6, 7}, {6, 8, 30, 7, 9}, {5, 6, 26, 4, 8}});
    p.types = {1, 1, -1, 1, 1};
    p.weights = {0.25, 0.25, 0.1, 0.2, 0.2};
    p.normalization = Normalization::Sum;
    p.cost_handling = CostHandling::Ignore;
    const Outcome o = Evaluate(Method::Electre2, p);
    ExpectNear(o.score, {5.0, 2.5, 2.0, 4.0, 1.0, 3.0}, 1e-12);
    EXPECT_EQ(o.rank, (std::vector<int>{6, 3, 2, 5, 1, 4}));
    EXPECT_FALSE(o.higher_is_better);
    p.params.electre2.q0 = -1;
    EXPECT_THROW(Evaluate(Method::Electre2, p), Error);
}

TEST(Rank, DenseWithToleranceAndStableOrder) {
    EXPECT_EQ(DenseRank({0.9, 0.7, 0.7, 0.5}, true), (std::vector<int>{1, 2, 2, 3}));
    EXPECT_EQ(DenseRank({0.9, 0.7, 0.7 + 1e-12, 0.5}, false), (std::vector<int>{3, 2, 2, 1}));
    EXPECT_EQ(StableOrder({2, 1, 2, 1}), (std::vector<int>{1, 3, 0, 2}));
}

TEST(Rank, LargeInputsMatchAComparisonSort) {
    // 3 000 alternatives against the definition, with negative values, signed zeros and exact ties.
    std::vector<double> s(3000);
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<double>((i * 7919) % 1000) / 10.0 - 50.0;
    s[5] = -0.0;
    s[6] = 0.0;
    for (bool higher : {true, false}) {
        const std::vector<int> rank = DenseRank(s, higher);
        std::vector<double> distinct = s;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        if (higher) std::reverse(distinct.begin(), distinct.end());
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto pos = std::find(distinct.begin(), distinct.end(), s[i]) - distinct.begin();
            ASSERT_EQ(rank[i], pos + 1) << i;
        }
        const std::vector<int> order = StableOrder(rank);
        for (std::size_t k = 1; k < order.size(); ++k) {
            ASSERT_LE(rank[order[k - 1]], rank[order[k]]);
            if (rank[order[k - 1]] == rank[order[k]]) {
                ASSERT_LT(order[k - 1], order[k]);
            }
        }
    }
}

TEST(Method, NamesAndDirections) {
    for (Method m : AllMethods()) {
        Method back;
        ASSERT_TRUE(ParseMethod(MethodName(m), &back));
        EXPECT_EQ(back, m);
    }
    Method m;
    EXPECT_FALSE(ParseMethod("ahp", &m));
    EXPECT_FALSE(MethodHigherIsBetter(Method::Vikor));
    EXPECT_FALSE(MethodUsesNormalization(Method::Spotis));
}

TEST(Method, EveryMethodRanksTheExample) {
    for (Method m : AllMethods()) {
        SCOPED_TRACE(MethodName(m));
        Problem p = Example(Normalization::Vector, CostHandling::Ignore);
        if (m == Method::Wsm || m == Method::Wpm || m == Method::Waspas) p.cost_handling = CostHandling::Invert;
        p.params.promethee.functions.assign(4, PreferenceFunction::Usual);
        p.params.spotis.bounds = {{150, 350}, {8, 64}, {4, 32}, {1, 6}};
        const Outcome o = Evaluate(m, p);
        ASSERT_EQ(o.score.size(), 5u);
        ASSERT_EQ(o.rank.size(), 5u);
        EXPECT_EQ(o.rank[o.order[0]], 1);
        if (!o.contribution.Empty()) {
            for (std::size_t i = 0; i < 5; ++i) {
                double s = 0.0;
                for (std::size_t j = 0; j < 4; ++j) s += o.contribution(i, j);
                if (m != Method::Waspas) {
                    EXPECT_NEAR(s, o.score[i], 1e-12);
                }
            }
        }
    }
}

}  // namespace
}  // namespace mm::mcda
