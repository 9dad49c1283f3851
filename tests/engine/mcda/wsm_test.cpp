// Weighted sum: worked example, the property tests of the engine issue, the hot paths on every shape, refusals.
#include "engine/mcda/wsm.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "engine/mcda/method.h"
#include "engine/mcda/normalize.h"
#include "engine/mcda/topsis.h"
#include "test_util.h"

namespace mm::mcda {
namespace {

using testing::ExampleMatrix;
using testing::ExampleTypes;
using testing::ExampleWeights;
using testing::ExpectNear;

Problem ExampleProblem(Normalization norm = Normalization::MinMax) {
    Problem p;
    p.matrix = ExampleMatrix();
    p.types = ExampleTypes();
    p.weights = ExampleWeights();
    p.normalization = norm;
    p.cost_handling = CostHandling::Invert;
    return p;
}

TEST(Wsm, WorkedExampleMinMax) {
    // r (minmax, costs inverted) · w: e.g. row 0 = 0.3·0.5 + 0.2·0 + 0.35·0.5 + 0.15·1 = 0.475.
    const Outcome o = Evaluate(Method::Wsm, ExampleProblem());
    ExpectNear(o.score, {0.475, 0.35, 0.65, 0.375, 0.575}, 1e-12);
    EXPECT_EQ(o.rank, (std::vector<int>{3, 5, 1, 4, 2}));
    EXPECT_EQ(o.order, (std::vector<int>{2, 4, 0, 3, 1}));
    EXPECT_TRUE(o.higher_is_better);
    ASSERT_EQ(o.contribution.Rows(), 5u);
    EXPECT_NEAR(o.contribution(0, 0), 0.15, 1e-12);
    EXPECT_NEAR(o.contribution(0, 3), 0.15, 1e-12);
}

TEST(Wsm, HotPathOnPrenormalisedMatrix) {
    const Normalized n = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::MinMax, CostHandling::Invert);
    std::vector<double> out(5);
    WsmScores(n.r, ExampleWeights(), out.data());
    ExpectNear(out, {0.475, 0.35, 0.65, 0.375, 0.575}, 1e-12);
}

Matrix RandomMatrix(std::mt19937& rng, std::size_t m, std::size_t n) {
    std::uniform_real_distribution<double> u(1.0, 100.0);
    Matrix x(m, n);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) x(i, j) = u(rng);
    return x;
}

// The loops over rows and columns on every shape, small ones included (1 x 1, one row, one column, sizes that are
// not a multiple of 2, 4 or 8): the column statistics against a direct scan, WsmScores and TopsisScores against
// the materialised methods.
TEST(Wsm, EveryShapeGivesTheMaterialisedScores) {
    std::mt19937 rng(3);
    for (std::size_t m : {1u, 2u, 3u, 5u, 7u, 8u, 9u, 17u})
        for (std::size_t n : {1u, 2u, 3u, 4u, 5u, 7u, 8u, 9u, 17u}) {
            const Matrix x = RandomMatrix(rng, m, n);
            std::vector<int> types(n);
            for (std::size_t j = 0; j < n; ++j) types[j] = j % 2 ? -1 : 1;
            std::vector<double> w(n, 1.0 / static_cast<double>(n));
            const NormalizationPlan plan = PlanNormalization(x, types, Normalization::Vector, CostHandling::Invert);
            for (std::size_t j = 0; j < n; ++j) {
                double lo = x(0, j), hi = x(0, j), sq = 0;
                for (std::size_t i = 0; i < m; ++i) lo = std::min(lo, x(i, j)), hi = std::max(hi, x(i, j)), sq += x(i, j) * x(i, j);
                EXPECT_EQ(plan.col_min[j], lo) << m << "x" << n;
                EXPECT_EQ(plan.col_max[j], hi) << m << "x" << n;
                EXPECT_EQ(plan.transform[j].a, (types[j] == 1 ? 1.0 : -1.0) / std::sqrt(sq)) << m << "x" << n;
            }
            const Normalized r = Normalize(x, types, Normalization::Vector, CostHandling::Invert);
            std::vector<double> out(m);
            WsmScores(r.r, w, out.data());
            EXPECT_EQ(out, Wsm(r.r, r.oriented_types, w).scores) << m << "x" << n;
            if (m < 2) continue;  // TOPSIS needs two rows to tell the ideals apart
            TopsisScores(r.r, r.oriented_types, w, out.data());
            EXPECT_EQ(out, Topsis(r.r, r.oriented_types, w).scores) << m << "x" << n;
        }
}

TEST(WsmProperties, ScaleInvarianceOfNormalisedMethods) {
    std::mt19937 rng(7);
    const std::vector<Normalization> scale_free = {Normalization::MinMax, Normalization::Max, Normalization::Sum,
                                                   Normalization::Vector, Normalization::Linear,
                                                   Normalization::Nonlinear, Normalization::EnhancedAccuracy,
                                                   Normalization::ZavadskasTurskis};
    for (int trial = 0; trial < 20; ++trial) {
        Problem p;
        p.matrix = RandomMatrix(rng, 8, 4);
        p.types = {1, -1, 1, -1};
        p.weights = {0.4, 0.3, 0.2, 0.1};
        for (Normalization norm : scale_free) {
            for (Method method : {Method::Wsm, Method::Topsis, Method::Waspas, Method::Moora, Method::Electre2}) {
                // zavadskas_turskis can yield negative costs, which WASPAS's product refuses.
                if (method == Method::Waspas && norm == Normalization::ZavadskasTurskis) continue;
                p.normalization = norm;
                p.cost_handling = method == Method::Moora || method == Method::Electre2 ? CostHandling::Ignore
                                                                                         : CostHandling::Invert;
                const Outcome before = Evaluate(method, p);
                Problem scaled = p;
                for (std::size_t i = 0; i < 8; ++i) scaled.matrix(i, 1) *= 37.5;
                const Outcome after = Evaluate(method, scaled);
                EXPECT_EQ(before.rank, after.rank) << MethodName(method) << " / " << NormalizationName(norm);
            }
        }
    }
}

TEST(WsmProperties, ImprovingABenefitNeverLowersTheRank) {
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::size_t> pick(0, 9);
    for (int trial = 0; trial < 200; ++trial) {
        Problem p;
        p.matrix = RandomMatrix(rng, 10, 3);
        p.types = {1, 1, -1};
        p.weights = {0.5, 0.3, 0.2};
        p.normalization = Normalization::Max;
        const Outcome before = Evaluate(Method::Wsm, p);
        const std::size_t who = pick(rng);
        p.matrix(who, 0) += 5.0;
        const Outcome after = Evaluate(Method::Wsm, p);
        EXPECT_LE(after.rank[who], before.rank[who]);
    }
}

TEST(WsmProperties, AddingADominatedAlternativeKeepsTheWinner) {
    std::mt19937 rng(5);
    for (int trial = 0; trial < 200; ++trial) {
        Problem p;
        p.matrix = RandomMatrix(rng, 6, 3);
        p.types = {1, -1, 1};
        p.weights = {0.2, 0.5, 0.3};
        // linear (x/max for benefits, min/x for costs): a dominated alternative moves neither the benefit maxima
        // nor the cost minima, so no other alternative's normalised values change. (With vector or min-max
        // scaling a new row rescales columns, and the winner may legitimately change: rank reversal.)
        p.normalization = Normalization::Linear;
        const Outcome before = Evaluate(Method::Wsm, p);
        // Worse than the winner on every criterion.
        Matrix bigger(7, 3);
        for (std::size_t i = 0; i < 6; ++i)
            for (std::size_t j = 0; j < 3; ++j) bigger(i, j) = p.matrix(i, j);
        const std::size_t best = static_cast<std::size_t>(before.order[0]);
        bigger(6, 0) = p.matrix(best, 0) * 0.9;
        bigger(6, 1) = p.matrix(best, 1) * 1.1;
        bigger(6, 2) = p.matrix(best, 2) * 0.9;
        p.matrix = bigger;
        const Outcome after = Evaluate(Method::Wsm, p);
        EXPECT_EQ(after.order[0], before.order[0]);
    }
}

TEST(Wsm, RefusesCostColumnsAndBadWeights) {
    Problem p = ExampleProblem();
    p.cost_handling = CostHandling::Ignore;
    EXPECT_THROW(Evaluate(Method::Wsm, p), Error);
    p = ExampleProblem();
    p.weights = {0.3, -0.2, 0.35, 0.15};
    try {
        Evaluate(Method::Wsm, p);
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("weights[1]"), std::string::npos);
    }
    p.weights = {0, 0, 0, 0};
    EXPECT_THROW(Evaluate(Method::Wsm, p), Error);
    p.weights = {0.3, 0.2, 0.35};
    EXPECT_THROW(Evaluate(Method::Wsm, p), Error);
    p = ExampleProblem();
    p.matrix = Matrix::FromRows({{1, 2, 3, 4}});
    EXPECT_THROW(Evaluate(Method::Wsm, p), Error);
}

}  // namespace
}  // namespace mm::mcda
