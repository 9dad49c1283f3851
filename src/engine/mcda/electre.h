// ELECTRE I (kernel of the outranking graph) and ELECTRE II (strong/weak outranking, direct and inverse
// distillation; score = mean of the two ranks, lower is better) on a normalised matrix with oriented types o.
// C(a,b) = sum of w_j where a is at least as good as b; D(a,b) = max |r_aj - r_bj| / Delta over the criteria
// where a is strictly worse, Delta = the largest column range of r.
// Roy, B. (1968), "Classement et choix en présence de points de vue multiples (la méthode ELECTRE)", RIRO 2(8)
// 57-75; Roy, B. & Bertier, P. (1973), "La méthode ELECTRE II", in Operational Research '72, 291-302.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct Electre1Params {
    double p = 0.65;  // concordance threshold
    double q = 0.35;  // discordance threshold
};

struct Electre2Params {
    double p0 = 0.65;
    double p1 = 0.5;
    double p2 = 0.35;
    double q0 = 0.65;
    double q1 = 0.35;
};

struct ConcordanceDiscordance {
    Matrix concordance;  // m×m, diagonal 0 (undefined)
    Matrix discordance;  // m×m, diagonal 0 (undefined)
};

struct Electre1Result {
    ConcordanceDiscordance cd;
    Matrix outranks;          // 1 where row a outranks column b
    std::vector<int> kernel;  // ascending 0-based indices
};

struct Electre2Result {
    ConcordanceDiscordance cd;
    Matrix strong;  // 1 where a S b
    Matrix weak;    // 1 where a W b
    std::vector<int> direct_rank;
    std::vector<int> inverse_rank;
    std::vector<double> scores;  // (direct + inverse) / 2
};

ConcordanceDiscordance ElectreIndices(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w);
Electre1Result Electre1(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                        const Electre1Params& params);
Electre2Result Electre2(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                        const Electre2Params& params);

}  // namespace mm::mcda
