// Normalisations: every README formula on the example matrix, both cost handlings, and the refusals.
#include "engine/mcda/normalize.h"

#include <cmath>

#include "test_util.h"

namespace mm::mcda {
namespace {

using testing::ExampleMatrix;
using testing::ExampleTypes;
using testing::ExpectNear;

TEST(Normalize, MinMaxInvertTurnsCostsIntoBenefits) {
    const Normalized n = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::MinMax, CostHandling::Invert);
    ExpectNear(n.r, {{0.5, 0, 0.5, 1}, {1, 0, 0, 1.0 / 3}, {0, 1, 1, 2.0 / 3}, {0.25, 1, 0, 2.0 / 3}, {0.75, 0, 1, 0}},
               1e-12);
    EXPECT_EQ(n.oriented_types, (std::vector<int>{1, 1, 1, 1}));
}

TEST(Normalize, IgnoreKeepsDirections) {
    const Normalized n = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::EnhancedAccuracy, CostHandling::Ignore);
    ExpectNear(n.r,
               {{0.8, 2.0 / 3, 0.8, 1.0},
                {0.6, 2.0 / 3, 0.6, 5.0 / 7},
                {1.0, 1.0, 1.0, 6.0 / 7},
                {0.9, 1.0, 0.6, 6.0 / 7},
                {0.7, 2.0 / 3, 1.0, 4.0 / 7}},
               1e-12);
    EXPECT_EQ(n.oriented_types, ExampleTypes());
}

TEST(Normalize, SumAndLogarithmicCostFormulas) {
    const Normalized s = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::Sum, CostHandling::Invert);
    ExpectNear(s.r.Column(0), {0.1959426026, 0.2449282533, 0.1632855022, 0.1781296387, 0.2177140029}, 1e-9);
    ExpectNear(s.r.Column(1), {1.0 / 7, 1.0 / 7, 2.0 / 7, 2.0 / 7, 1.0 / 7}, 1e-12);
    const Normalized l = Normalize(ExampleMatrix(), ExampleTypes(), Normalization::Logarithmic, CostHandling::Invert);
    ExpectNear(l.r.Column(0), {0.1999076942, 0.2019321177, 0.1982536198, 0.1990430124, 0.2008635556}, 1e-9);
    ExpectNear(l.r.Column(3), {0.2606889654, 0.1779479026, 0.2245452527, 0.2245452527, 0.1122726263}, 1e-9);
}

TEST(Normalize, EveryFormulaOnOneColumn) {
    // Column x = (2, 4, 8): benefit and cost formulas written out by hand.
    const Matrix x = Matrix::FromRows({{2, 2}, {4, 4}, {8, 8}});
    const std::vector<int> types = {1, -1};
    struct Row {
        Normalization norm;
        std::vector<double> benefit, cost;
    };
    const double norm2 = std::sqrt(4.0 + 16.0 + 64.0), lp = std::log(64.0);
    const std::vector<Row> rows = {
        {Normalization::MinMax, {0, 1.0 / 3, 1}, {1, 2.0 / 3, 0}},
        {Normalization::Max, {0.25, 0.5, 1}, {0.75, 0.5, 0}},
        {Normalization::Sum, {2.0 / 14, 4.0 / 14, 8.0 / 14}, {0.5 / 0.875, 0.25 / 0.875, 0.125 / 0.875}},
        {Normalization::Vector, {2 / norm2, 4 / norm2, 8 / norm2}, {1 - 2 / norm2, 1 - 4 / norm2, 1 - 8 / norm2}},
        {Normalization::Linear, {0.25, 0.5, 1}, {1, 0.5, 0.25}},
        {Normalization::Logarithmic,
         {std::log(2.0) / lp, std::log(4.0) / lp, std::log(8.0) / lp},
         {(1 - std::log(2.0) / lp) / 2, (1 - std::log(4.0) / lp) / 2, (1 - std::log(8.0) / lp) / 2}},
        {Normalization::Nonlinear, {0.0625, 0.25, 1}, {1, 0.125, 0.015625}},
        {Normalization::EnhancedAccuracy, {1 - 6.0 / 10, 1 - 4.0 / 10, 1}, {1, 1 - 2.0 / 8, 1 - 6.0 / 8}},
        {Normalization::ZavadskasTurskis, {0.25, 0.5, 1}, {1, 0, -2}},
        {Normalization::None, {2, 4, 8}, {2, 4, 8}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(NormalizationName(row.norm));
        const Normalized inv = Normalize(x, types, row.norm, CostHandling::Invert);
        ExpectNear(inv.r.Column(0), row.benefit, 1e-12);
        ExpectNear(inv.r.Column(1), row.cost, 1e-12);
        const Normalized ign = Normalize(x, types, row.norm, CostHandling::Ignore);
        ExpectNear(ign.r.Column(1), row.benefit, 1e-12);
        EXPECT_EQ(ign.oriented_types, types);
        EXPECT_EQ(inv.oriented_types, row.norm == Normalization::None ? types : std::vector<int>({1, 1}));
    }
}

TEST(Normalize, NamesRoundTrip) {
    for (const char* name : {"none", "minmax", "max", "sum", "vector", "linear", "logarithmic", "nonlinear",
                             "enhanced_accuracy", "zavadskas_turskis"}) {
        Normalization n;
        ASSERT_TRUE(ParseNormalization(name, &n)) << name;
        EXPECT_STREQ(NormalizationName(n), name);
    }
    Normalization n;
    EXPECT_FALSE(ParseNormalization("zscore", &n));
    CostHandling c;
    EXPECT_FALSE(ParseCostHandling("flip", &c));
}

TEST(Normalize, RefusesUndefinedFormulas) {
    const Matrix constant = Matrix::FromRows({{1, 3}, {2, 3}});
    try {
        Normalize(constant, {1, 1}, Normalization::MinMax, CostHandling::Invert);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "criterion 1: constant column (max = min) cannot be normalised with minmax");
    }
    const Matrix with_zero = Matrix::FromRows({{0, 1}, {2, 3}});
    EXPECT_THROW(Normalize(with_zero, {-1, 1}, Normalization::Sum, CostHandling::Invert), Error);
    EXPECT_THROW(Normalize(with_zero, {-1, 1}, Normalization::Linear, CostHandling::Invert), Error);
    EXPECT_THROW(Normalize(with_zero, {1, 1}, Normalization::Logarithmic, CostHandling::Invert), Error);
    EXPECT_NO_THROW(Normalize(with_zero, {1, 1}, Normalization::Sum, CostHandling::Invert));
    const Matrix negative = Matrix::FromRows({{-1, 1}, {-2, 3}});
    EXPECT_THROW(Normalize(negative, {1, 1}, Normalization::Max, CostHandling::Invert), Error);
    EXPECT_THROW(Normalize(Matrix::FromRows({{1, 1}, {1, 1}}), {1, 1}, Normalization::EnhancedAccuracy,
                           CostHandling::Invert),
                 Error);
    Matrix nan = Matrix::FromRows({{1, 2}, {3, 4}});
    nan(1, 0) = std::nan("");
    try {
        Normalize(nan, {1, 1}, Normalization::Vector, CostHandling::Invert);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "matrix[1][0]: not a finite number");
    }
    EXPECT_THROW(Normalize(Matrix::FromRows({{1, 2}, {3, 4}}), {1, 0}, Normalization::Max, CostHandling::Invert), Error);
    EXPECT_THROW(Normalize(Matrix::FromRows({{1, 2}, {3, 4}}), {1}, Normalization::Max, CostHandling::Invert), Error);
}

}  // namespace
}  // namespace mm::mcda
