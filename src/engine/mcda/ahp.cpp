// AHP priorities, consistency and hierarchy synthesis.
#include "engine/mcda/ahp.h"

#include <algorithm>
#include <cmath>

namespace mm::mcda {

namespace {

struct PriorityEntry {
    PriorityMethod value;
    const char* name;
};
constexpr PriorityEntry kPriorityMethods[] = {
    {PriorityMethod::Eigenvector, "eigenvector"},
    {PriorityMethod::MeanNormalization, "mean_normalization"},
    {PriorityMethod::GeometricMean, "geometric_mean"},
};

struct RiEntry {
    RandomIndexTable value;
    const char* name;
    double ri[7];  // n = 3..9
};
constexpr RiEntry kRiTables[] = {
    {RandomIndexTable::Saaty1980, "saaty_1980", {0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45}},
    {RandomIndexTable::Saaty2005, "saaty_2005", {0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45}},
    {RandomIndexTable::DoneganDodd1991, "donegan_dodd_1991", {0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733}},
    {RandomIndexTable::TummalaLing1998, "tummala_ling_1998", {0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537}},
    {RandomIndexTable::AguaronMorenoJimenez2003,
     "aguaron_moreno_jimenez_2003",
     {0.525, 0.882, 1.115, 1.252, 1.341, 1.404, 1.452}},
};

void RequireAtLeast3(const Matrix& a, const char* measure) {
    if (a.Rows() < 3) throw Error(std::string(measure) + " needs a pairwise matrix of size n >= 3");
}

}  // namespace

bool ParsePriorityMethod(std::string_view name, PriorityMethod* out) {
    for (const auto& e : kPriorityMethods)
        if (name == e.name) {
            *out = e.value;
            return true;
        }
    return false;
}

const char* PriorityMethodName(PriorityMethod p) {
    for (const auto& e : kPriorityMethods)
        if (e.value == p) return e.name;
    return "?";
}

bool ParseRandomIndexTable(std::string_view name, RandomIndexTable* out) {
    for (const auto& e : kRiTables)
        if (name == e.name) {
            *out = e.value;
            return true;
        }
    return false;
}

const char* RandomIndexTableName(RandomIndexTable t) {
    for (const auto& e : kRiTables)
        if (e.value == t) return e.name;
    return "?";
}

double RandomIndex(RandomIndexTable table, std::size_t n) {
    if (n == 1 || n == 2) return 0.0;
    if (n < 3 || n > 9)
        throw Error(std::string("random index table ") + RandomIndexTableName(table) + " has no value for n = " +
                    std::to_string(n) + " (it covers n = 1..9)");
    for (const auto& e : kRiTables)
        if (e.value == table) return e.ri[n - 3];
    throw Error("unknown random index table");
}

void CheckPairwise(const Matrix& a, const std::string& what) {
    const std::size_t n = a.Rows();
    if (n == 0 || a.Cols() != n)
        throw Error(what + ": expected a non-empty square matrix, got " + std::to_string(a.Rows()) + "x" +
                    std::to_string(a.Cols()));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const std::string at = what + "[" + std::to_string(i) + "][" + std::to_string(j) + "]";
            if (!std::isfinite(a(i, j)) || !(a(i, j) > 0.0))
                throw Error(at + ": judgements must be finite and > 0, got " + std::to_string(a(i, j)));
            if (i == j && std::fabs(a(i, j) - 1.0) > 1e-9) throw Error(at + ": the diagonal must be 1");
            if (i < j && std::fabs(a(i, j) * a(j, i) - 1.0) > 0.05)
                throw Error(at + ": not reciprocal (a_ij * a_ji = " + std::to_string(a(i, j) * a(j, i)) + ", expected 1)");
        }
}

PrincipalEigen PrincipalEigenpair(const Matrix& a) {
    CheckPairwise(a);
    const std::size_t n = a.Rows();
    PrincipalEigen out;
    // Start from the geometric-mean vector, already close to the eigenvector for near-consistent matrices.
    std::vector<double> w = AhpPriorities(a, PriorityMethod::GeometricMean), next(n);
    double lambda = 0.0;
    for (int iter = 0; iter < 100000; ++iter) {
        double total = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            double s = 0.0;
            for (std::size_t j = 0; j < n; ++j) s += a(i, j) * w[j];
            next[i] = s;
            total += s;
        }
        lambda = total;  // sum(A w) with sum(w) = 1
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] /= total;
            change = std::max(change, std::fabs(next[i] - w[i]));
        }
        w.swap(next);
        if (change < 1e-15) break;
    }
    out.vector = w;
    out.lambda_max = lambda;
    return out;
}

std::vector<double> AhpPriorities(const Matrix& a, PriorityMethod method) {
    CheckPairwise(a);
    const std::size_t n = a.Rows();
    std::vector<double> w(n, 0.0);
    switch (method) {
        case PriorityMethod::Eigenvector: return PrincipalEigenpair(a).vector;
        case PriorityMethod::MeanNormalization:
            for (std::size_t j = 0; j < n; ++j) {
                double col = 0.0;
                for (std::size_t i = 0; i < n; ++i) col += a(i, j);
                for (std::size_t i = 0; i < n; ++i) w[i] += a(i, j) / col / static_cast<double>(n);
            }
            break;
        case PriorityMethod::GeometricMean:
            for (std::size_t i = 0; i < n; ++i) {
                double s = 0.0;
                for (std::size_t j = 0; j < n; ++j) s += std::log(a(i, j));
                w[i] = std::exp(s / static_cast<double>(n));
            }
            break;
    }
    double total = 0.0;
    for (double v : w) total += v;
    for (double& v : w) v /= total;
    return w;
}

Judgement MostInconsistentJudgement(const Matrix& a, const std::vector<double>& weights) {
    Judgement worst;
    worst.log_error = -1.0;
    for (std::size_t i = 0; i < a.Rows(); ++i)
        for (std::size_t j = i + 1; j < a.Cols(); ++j) {
            const double implied = weights[i] / weights[j];
            const double err = std::fabs(std::log(a(i, j) / implied));
            if (err > worst.log_error) worst = {static_cast<int>(i), static_cast<int>(j), a(i, j), implied, err};
        }
    if (worst.log_error < 0.0) worst = {0, 0, 1.0, 1.0, 0.0};  // n = 1: no judgement at all
    return worst;
}

AhpResult Ahp(const Matrix& a, PriorityMethod method) {
    const PrincipalEigen eig = PrincipalEigenpair(a);
    const std::size_t n = a.Rows();
    AhpResult out;
    out.weights = method == PriorityMethod::Eigenvector ? eig.vector : AhpPriorities(a, method);
    out.lambda_max = eig.lambda_max;
    // lambda_max >= n for reciprocal matrices; clamp rounding noise of a consistent matrix to CI = 0.
    out.ci = n <= 1 ? 0.0 : std::max(0.0, (eig.lambda_max - static_cast<double>(n)) / static_cast<double>(n - 1));
    if (out.ci < 1e-12) out.ci = 0.0;
    out.most_inconsistent = MostInconsistentJudgement(a, out.weights);
    return out;
}

double ConsistencyRatio(double ci, double ri, std::size_t n) {
    if (n <= 2) return 0.0;
    if (!std::isfinite(ri) || !(ri > 0.0))
        throw Error("consistency ratio: the random index must be > 0 for n = " + std::to_string(n) + ", got " +
                    std::to_string(ri));
    return ci / ri;
}

double Koczkodaj(const Matrix& a) {
    CheckPairwise(a);
    RequireAtLeast3(a, "koczkodaj");
    const std::size_t n = a.Rows();
    double worst = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            for (std::size_t k = 0; k < n; ++k) {
                if (i == j || j == k || i == k) continue;
                const double via = a(i, j) * a(j, k);
                worst = std::max(worst, std::min(std::fabs(1.0 - a(i, k) / via), std::fabs(1.0 - via / a(i, k))));
            }
    return worst;
}

double Congruence(const Matrix& a) {
    CheckPairwise(a);
    RequireAtLeast3(a, "congruence");
    const std::size_t n = a.Rows();
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j) continue;
            double s = 0.0;
            for (std::size_t k = 0; k < n; ++k)
                if (k != i && k != j) s += std::fabs(std::log(a(i, j)) - std::log(a(i, k) * a(k, j)));
            total += s / static_cast<double>(n - 2);
        }
    return total / static_cast<double>(n * (n - 1));
}

double Dissonance(const Matrix& a) {
    CheckPairwise(a);
    RequireAtLeast3(a, "dissonance");
    const std::size_t n = a.Rows();
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j) continue;
            int count = 0;
            for (std::size_t k = 0; k < n; ++k)
                if (k != i && k != j && std::log(a(i, j)) * std::log(a(i, k) * a(k, j)) < 0.0) ++count;
            total += static_cast<double>(count) / static_cast<double>(n - 2);
        }
    return total / static_cast<double>(n * (n - 1));
}

namespace {

void Synthesize(const AhpNode& node, double global, const std::vector<std::string>& alternatives,
                PriorityMethod method, const std::string& path, std::vector<double>* scores) {
    if (node.elements.empty()) throw Error(path + ": a node needs at least one element");
    if (node.pairwise.Rows() != node.elements.size())
        throw Error(path + ": pairwise is " + std::to_string(node.pairwise.Rows()) + "x" +
                    std::to_string(node.pairwise.Cols()) + " but the node has " + std::to_string(node.elements.size()) +
                    " elements");
    CheckPairwise(node.pairwise, path + ".pairwise");
    const std::vector<double> priority = AhpPriorities(node.pairwise, method);
    if (node.children.empty()) {
        if (node.elements.size() != alternatives.size())
            throw Error(path + ": a leaf must compare exactly the " + std::to_string(alternatives.size()) +
                        " alternatives, it has " + std::to_string(node.elements.size()) + " elements");
        std::vector<bool> seen(alternatives.size(), false);
        for (std::size_t e = 0; e < node.elements.size(); ++e) {
            const auto it = std::find(alternatives.begin(), alternatives.end(), node.elements[e]);
            if (it == alternatives.end()) throw Error(path + ": element \"" + node.elements[e] + "\" is not an alternative");
            const std::size_t k = static_cast<std::size_t>(it - alternatives.begin());
            if (seen[k]) throw Error(path + ": alternative \"" + node.elements[e] + "\" appears twice");
            seen[k] = true;
            (*scores)[k] += global * priority[e];
        }
        return;
    }
    if (node.children.size() != node.elements.size())
        throw Error(path + ": an inner node needs one child per element");
    for (std::size_t e = 0; e < node.elements.size(); ++e)
        Synthesize(node.children[e], global * priority[e], alternatives, method, path + "." + node.elements[e],
                   scores);
}

}  // namespace

AhpHierarchyResult AhpHierarchy(const AhpNode& root, const std::vector<std::string>& alternatives,
                                PriorityMethod method) {
    if (alternatives.empty()) throw Error("ahp_hierarchy: no alternatives");
    for (std::size_t i = 0; i < alternatives.size(); ++i)
        for (std::size_t k = i + 1; k < alternatives.size(); ++k)
            if (alternatives[i] == alternatives[k]) throw Error("ahp_hierarchy: alternative \"" + alternatives[i] + "\" listed twice");
    AhpHierarchyResult out;
    out.scores.assign(alternatives.size(), 0.0);
    Synthesize(root, 1.0, alternatives, method, root.name.empty() ? "root" : root.name, &out.scores);
    return out;
}

}  // namespace mm::mcda
