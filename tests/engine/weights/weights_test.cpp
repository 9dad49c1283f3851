// Weight elicitation: direct, rank-order centroid, swing, AHP, and the objective methods; every method's
// weights sum to 1, and nonsense is refused.
#include <cmath>
#include <numeric>

#include <gtest/gtest.h>

#include "engine/weights/ahp_weights.h"
#include "engine/weights/direct.h"
#include "engine/weights/objective.h"

namespace mm::weights {
namespace {

using mm::mcda::Error;
using mm::mcda::Matrix;

Matrix Example() {
    return Matrix::FromRows({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}});
}

void ExpectNear(const std::vector<double>& got, const std::vector<double>& expected, double tol) {
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t k = 0; k < got.size(); ++k) EXPECT_NEAR(got[k], expected[k], tol) << "index " << k;
}

double Sum(const std::vector<double>& w) { return std::accumulate(w.begin(), w.end(), 0.0); }

TEST(Weights, DirectNormalises) {
    ExpectNear(Direct({2, 1, 1}), {0.5, 0.25, 0.25}, 1e-15);
    EXPECT_THROW(Direct({0, 0}), Error);
    EXPECT_THROW(Direct({1, -1}), Error);
    EXPECT_THROW(Direct({1, std::nan("")}), Error);
    EXPECT_THROW(Direct({}), Error);
}

TEST(Weights, RankOrderCentroid) {
    // n = 3: (1 + 1/2 + 1/3)/3, (1/2 + 1/3)/3, (1/3)/3.
    ExpectNear(RankOrderCentroid({2, 1, 3}), {5.0 / 18, 11.0 / 18, 2.0 / 18}, 1e-15);
    // Ties share the mean of the positions they occupy.
    ExpectNear(RankOrderCentroid({1, 2, 2}), {11.0 / 18, 3.5 / 18, 3.5 / 18}, 1e-15);
    EXPECT_THROW(RankOrderCentroid({1, 3, 3}), Error);
    EXPECT_THROW(RankOrderCentroid({1, 2, 2, 3}), Error);
    EXPECT_THROW(RankOrderCentroid({0, 1}), Error);
}

TEST(Weights, Swing) {
    ExpectNear(Swing({100, 50, 50}), {0.5, 0.25, 0.25}, 1e-15);
    EXPECT_THROW(Swing({150, 50}), Error);
    EXPECT_THROW(Swing({0, 0}), Error);
}

TEST(Weights, AhpWithConsistencyReport) {
    const Matrix a = Matrix::FromRows(
        {{1, 3, 5, 9}, {1.0 / 3, 1, 2, 4}, {1.0 / 5, 1.0 / 2, 1, 3}, {1.0 / 9, 1.0 / 4, 1.0 / 3, 1}});
    const AhpWeights w = AhpWeightsFromPairwise(a);
    ExpectNear(w.weights, {0.5940761483, 0.2221801098, 0.1294565262, 0.0542872156}, 1e-9);
    ASSERT_TRUE(w.cr.has_value());
    EXPECT_EQ(*w.ri, 0.90);
    EXPECT_NEAR(*w.cr, 0.0125806645, 1e-9);
    EXPECT_TRUE(w.acceptable);
    Matrix big(12, 12, 1.0);
    const AhpWeights b = AhpWeightsFromPairwise(big);
    EXPECT_FALSE(b.cr.has_value());  // no RI for n = 12 in the tables
    ExpectNear(b.weights, std::vector<double>(12, 1.0 / 12), 1e-12);
}

TEST(Weights, ObjectiveMethodsMatchNumpy) {
    ExpectNear(Variance(Example()), {0.1836734693, 0.3526530612, 0.2938775510, 0.1697959183}, 1e-9);
    ExpectNear(Critic(Example(), true, Correlation::Spearman), {0.1303918543, 0.2649044895, 0.3744849242, 0.2302187318},
               1e-9);
    // Entropy of two columns: a uniform column has no diversity.
    const std::vector<double> e = Entropy(Matrix::FromRows({{1, 1}, {1, 3}}));
    ExpectNear(e, {0.0, 1.0}, 1e-12);
    // std: sigma of (1, 3) is 1, of (2, 6) is 2.
    ExpectNear(StandardDeviation(Matrix::FromRows({{1, 2}, {3, 6}})), {1.0 / 3, 2.0 / 3}, 1e-12);
    EXPECT_EQ(AverageRanks({3, 1, 3, 2}), (std::vector<double>{3.5, 1, 3.5, 2}));
}

TEST(Weights, EveryElicitationSumsToOne) {
    const Matrix x = Example();
    const std::vector<int> types = {-1, 1, 1, 1};
    const std::vector<std::vector<double>> all = {
        Direct({3, 1, 4, 1}),
        RankOrderCentroid({3, 1, 4, 2}),
        Swing({100, 20, 70, 5}),
        AhpWeightsFromPairwise(Matrix::FromRows({{1, 2, 4}, {0.5, 1, 3}, {0.25, 1.0 / 3, 1}})).weights,
        Entropy(x),
        Critic(x),
        Critic(x, false, Correlation::Pearson),
        StandardDeviation(x),
        Variance(x),
        Merec(x, types),
    };
    for (const auto& w : all) {
        EXPECT_NEAR(Sum(w), 1.0, 1e-12);
        for (double v : w) EXPECT_GE(v, 0.0);
    }
}

TEST(Weights, ObjectiveMethodsRefuseNonsense) {
    EXPECT_THROW(Entropy(Matrix::FromRows({{-1, 1}, {1, 3}})), Error);
    EXPECT_THROW(Entropy(Matrix::FromRows({{1, 1}, {1, 1}})), Error);  // no diversity anywhere
    EXPECT_THROW(Critic(Matrix::FromRows({{1, 1}, {1, 3}, {1, 2}})), Error);
    EXPECT_THROW(Variance(Matrix::FromRows({{1, 1}, {1, 3}})), Error);
    EXPECT_THROW(Merec(Matrix::FromRows({{0, 1}, {1, 3}}), {1, 1}), Error);
    EXPECT_THROW(Merec(Matrix::FromRows({{1, 1}, {1, 3}}), {1}), Error);
    EXPECT_THROW(StandardDeviation(Matrix::FromRows({{1, 2}})), Error);
    Correlation c;
    EXPECT_FALSE(ParseCorrelation("kendall", &c));
}

}  // namespace
}  // namespace mm::weights
