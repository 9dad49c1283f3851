// AHP: priority methods, lambda_max/CR, the R MCDA consistency measures, hierarchy synthesis, refusals.
#include "engine/mcda/ahp.h"

#include "test_util.h"

namespace mm::mcda {
namespace {

using testing::ExpectNear;

Matrix A4() {
    return Matrix::FromRows({{1, 3, 5, 9}, {1.0 / 3, 1, 2, 4}, {1.0 / 5, 1.0 / 2, 1, 3}, {1.0 / 9, 1.0 / 4, 1.0 / 3, 1}});
}

TEST(Ahp, PriorityMethodsAndConsistency) {
    // Expected values: numpy.linalg.eig / column means / row geometric means of the same matrix.
    const AhpResult e = Ahp(A4(), PriorityMethod::Eigenvector);
    ExpectNear(e.weights, {0.5940761483, 0.2221801098, 0.1294565262, 0.0542872156}, 1e-9);
    EXPECT_NEAR(ConsistencyRatio(e.ci, 0.90, 4), 0.0125806645, 1e-9);
    ExpectNear(Ahp(A4(), PriorityMethod::MeanNormalization).weights,
               {0.5922747050, 0.2221307840, 0.1308388419, 0.0547556689}, 1e-9);
    const AhpResult g = Ahp(A4(), PriorityMethod::GeometricMean);
    ExpectNear(g.weights, {0.5941711455, 0.2227513262, 0.1290055602, 0.0540719680}, 1e-9);
    EXPECT_NEAR(g.lambda_max, e.lambda_max, 1e-12);  // lambda_max is always the principal eigenvalue
    EXPECT_NEAR(Koczkodaj(A4()), 0.4, 1e-12);
    EXPECT_NEAR(Congruence(A4()), 0.3465735902, 1e-9);
    EXPECT_NEAR(Dissonance(A4()), 0.0, 1e-12);
}

TEST(Ahp, ConsistentMatrixHasZeroCr) {
    // a_ij = v_i / v_j is perfectly consistent.
    const std::vector<double> v = {4, 2, 1, 0.5, 0.25};
    Matrix a(5, 5);
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t j = 0; j < 5; ++j) a(i, j) = v[i] / v[j];
    for (PriorityMethod m : {PriorityMethod::Eigenvector, PriorityMethod::MeanNormalization, PriorityMethod::GeometricMean}) {
        const AhpResult r = Ahp(a, m);
        EXPECT_NEAR(r.lambda_max, 5.0, 1e-12);
        EXPECT_EQ(r.ci, 0.0);
        EXPECT_EQ(ConsistencyRatio(r.ci, RandomIndex(RandomIndexTable::Saaty1980, 5), 5), 0.0);
        ExpectNear(r.weights, {4 / 7.75, 2 / 7.75, 1 / 7.75, 0.5 / 7.75, 0.25 / 7.75}, 1e-12);
        EXPECT_NEAR(r.most_inconsistent.log_error, 0.0, 1e-12);
    }
    EXPECT_NEAR(Koczkodaj(a), 0.0, 1e-12);
    EXPECT_NEAR(Congruence(a), 0.0, 1e-12);
}

TEST(Ahp, MostInconsistentJudgementIsTheReversedOne) {
    // Consistent 4×4 except that 0 vs 3 is reversed (1/8 instead of 8).
    const std::vector<double> v = {8, 4, 2, 1};
    Matrix a(4, 4);
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = 0; j < 4; ++j) a(i, j) = v[i] / v[j];
    a(0, 3) = 1.0 / 8;
    a(3, 0) = 8;
    const AhpResult r = Ahp(a, PriorityMethod::Eigenvector);
    EXPECT_EQ(r.most_inconsistent.i, 0);
    EXPECT_EQ(r.most_inconsistent.j, 3);
    EXPECT_GT(ConsistencyRatio(r.ci, 0.9, 4), 0.1);
}

TEST(Ahp, RandomIndexTables) {
    RandomIndexTable t;
    ASSERT_TRUE(ParseRandomIndexTable("donegan_dodd_1991", &t));
    EXPECT_EQ(RandomIndex(t, 4), 0.8286);
    EXPECT_EQ(RandomIndex(RandomIndexTable::Saaty2005, 7), 1.35);
    EXPECT_EQ(RandomIndex(RandomIndexTable::AguaronMorenoJimenez2003, 2), 0.0);
    EXPECT_THROW(RandomIndex(RandomIndexTable::Saaty1980, 12), Error);
    EXPECT_FALSE(ParseRandomIndexTable("saaty_1999", &t));
}

TEST(Ahp, RefusesNonsense) {
    EXPECT_THROW(Ahp(Matrix::FromRows({{1, 2}, {2, 1}}), PriorityMethod::Eigenvector), Error);     // not reciprocal
    EXPECT_THROW(Ahp(Matrix::FromRows({{1, -2}, {-0.5, 1}}), PriorityMethod::Eigenvector), Error);  // negative
    EXPECT_THROW(Ahp(Matrix::FromRows({{2, 2}, {0.5, 2}}), PriorityMethod::Eigenvector), Error);    // diagonal
    EXPECT_THROW(Ahp(Matrix::FromRows({{1, 2, 3}, {0.5, 1, 2}}), PriorityMethod::Eigenvector), Error);
    EXPECT_THROW(Koczkodaj(Matrix::FromRows({{1, 2}, {0.5, 1}})), Error);
    EXPECT_THROW(ConsistencyRatio(0.1, 0.0, 4), Error);
    EXPECT_NO_THROW(Ahp(Matrix::FromRows({{1, 3}, {0.33, 1}}), PriorityMethod::Eigenvector));  // rounded reciprocal
}

TEST(AhpHierarchy, DistributiveSynthesis) {
    // R MCDA's car example (also in cases.json): scores 0.2922 0.2767 0.0697 0.3613.
    AhpNode root{"Goal", {"style", "reliability", "fuel"}, Matrix::FromRows({{1, 0.5, 3}, {2, 1, 4}, {1.0 / 3, 0.25, 1}}), {}};
    const std::vector<std::string> cars = {"Corsa", "Clio", "Fiesta", "Sandero"};
    root.children.push_back({"style", cars,
                             Matrix::FromRows({{1, 0.25, 4, 1.0 / 6}, {4, 1, 4, 0.25}, {0.25, 0.25, 1, 0.2}, {6, 4, 5, 1}}),
                             {}});
    root.children.push_back({"reliability", cars,
                             Matrix::FromRows({{1, 2, 5, 1}, {0.5, 1, 3, 2}, {0.2, 1.0 / 3, 1, 0.25}, {1, 0.5, 4, 1}}),
                             {}});
    // Leaf elements in another order, matched by name: Fiesta first.
    root.children.push_back({"fuel", {"Fiesta", "Corsa", "Clio", "Sandero"},
                             Matrix::FromRows({{1, 0.25, 1.0 / 3, 0.2}, {4, 1, 2, 1}, {3, 0.5, 1, 2}, {5, 1, 0.5, 1}}),
                             {}});
    const AhpHierarchyResult r = AhpHierarchy(root, cars, PriorityMethod::Eigenvector);
    ExpectNear(r.scores, {0.2922, 0.2767, 0.0697, 0.3613}, 5e-5);
    root.children[2].elements[0] = "Yaris";
    EXPECT_THROW(AhpHierarchy(root, cars, PriorityMethod::Eigenvector), Error);
}

}  // namespace
}  // namespace mm::mcda
