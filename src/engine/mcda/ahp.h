// AHP on reciprocal pairwise matrices: priority vector (principal eigenvector, column-normalised row mean,
// or row geometric mean), lambda_max, CI = (lambda_max - n)/(n - 1), CR = CI/RI with named random-index tables,
// the consistency measures of R MCDA (Koczkodaj, congruence, dissonance), the most inconsistent judgement,
// and distributive aggregation of a hierarchy.
// Saaty, T. L. (1980), The Analytic Hierarchy Process, McGraw-Hill; Saaty, T. L. (1977), "A scaling method for
// priorities in hierarchical structures", J. Mathematical Psychology 15(3) 234-281; Koczkodaj, W. W. (1993),
// "A new definition of consistency of pairwise comparisons", Math. Comput. Modelling 18(7) 79-84.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

enum class PriorityMethod { Eigenvector, MeanNormalization, GeometricMean };

bool ParsePriorityMethod(std::string_view name, PriorityMethod* out);
const char* PriorityMethodName(PriorityMethod p);

// Random-index tables (RI for n = 3..9; RI = 0 for n = 1, 2).
enum class RandomIndexTable { Saaty1980, Saaty2005, DoneganDodd1991, TummalaLing1998, AguaronMorenoJimenez2003 };

bool ParseRandomIndexTable(std::string_view name, RandomIndexTable* out);
const char* RandomIndexTableName(RandomIndexTable t);
// Throws Error for n outside 1..9.
double RandomIndex(RandomIndexTable table, std::size_t n);

// Square, n >= 1, finite entries > 0, unit diagonal and a_ji ≈ 1/a_ij (within 5%, so judgements written with
// rounded reciprocals such as 0.33 pass). `what` names the matrix in messages.
void CheckPairwise(const Matrix& a, const std::string& what = "pairwise");

struct PrincipalEigen {
    std::vector<double> vector;  // normalised to sum 1, positive
    double lambda_max = 0.0;
};

// Power iteration: a positive matrix has a simple dominant (Perron) eigenvalue, so it converges.
PrincipalEigen PrincipalEigenpair(const Matrix& a);

std::vector<double> AhpPriorities(const Matrix& a, PriorityMethod method);

struct Judgement {
    int i = 0;
    int j = 0;
    double given = 1.0;     // a_ij
    double implied = 1.0;   // w_i / w_j
    double log_error = 0.0; // |ln(a_ij w_j / w_i)|
};

struct AhpResult {
    std::vector<double> weights;  // by the chosen priority method
    double lambda_max = 0.0;      // always the principal eigenvalue
    double ci = 0.0;
    Judgement most_inconsistent;  // the judgement farthest from the ratio of the weights
};

AhpResult Ahp(const Matrix& a, PriorityMethod method);

// CR = CI / RI; for n <= 2 every reciprocal matrix is consistent and CR is 0. Throws when RI <= 0 for n >= 3.
double ConsistencyRatio(double ci, double ri, std::size_t n);

// The measures of R MCDA's pairwiseConsistencyMeasures (n >= 3).
double Koczkodaj(const Matrix& a);
double Congruence(const Matrix& a);
double Dissonance(const Matrix& a);

Judgement MostInconsistentJudgement(const Matrix& a, const std::vector<double>& weights);

// A hierarchy node: a leaf has no children and compares the alternatives; an inner node has one child per
// element, in element order.
struct AhpNode {
    std::string name;
    std::vector<std::string> elements;
    Matrix pairwise;
    std::vector<AhpNode> children;
};

struct AhpHierarchyResult {
    std::vector<double> scores;  // in `alternatives` order
};

// Distributive synthesis: score(alt) = sum over leaves L of g(L) * priority_L(alt), g(child) = g(parent) *
// priority_parent(child). Every leaf's elements must be exactly the alternatives (any order).
AhpHierarchyResult AhpHierarchy(const AhpNode& root, const std::vector<std::string>& alternatives,
                                PriorityMethod method);

}  // namespace mm::mcda
