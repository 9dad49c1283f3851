// Facade the decision pipeline calls: one Problem (matrix, types, weights, normalisation, parameters) in,
// one Outcome (primary score, direction, dense rank, stable order, per-criterion contributions and the
// method's own intermediates) out. Refuses bad input with mm::mcda::Error naming the item.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "engine/mcda/copras.h"
#include "engine/mcda/electre.h"
#include "engine/mcda/matrix.h"
#include "engine/mcda/moora.h"
#include "engine/mcda/promethee2.h"
#include "engine/mcda/spotis.h"
#include "engine/mcda/topsis.h"
#include "engine/mcda/vikor.h"
#include "engine/mcda/waspas.h"
#include "engine/mcda/wpm.h"
#include "engine/mcda/wsm.h"

namespace mm::mcda {

enum class Method {
    Wsm,
    Wpm,
    Waspas,
    Topsis,
    Vikor,
    Promethee2,
    Copras,
    Moora,
    MooraRefpoint,
    MooraFmf,
    Spotis,
    Electre1,
    Electre2,
};

// Reference-case names ("wsm", "moora_refpoint", ...). Parse returns false for an unknown name.
bool ParseMethod(std::string_view name, Method* out);
const char* MethodName(Method m);
std::vector<Method> AllMethods();

// False for the methods with their own normalisation (vikor, promethee2, spotis): they read the raw matrix
// and types, and ignore Problem::normalization and cost_handling.
bool MethodUsesNormalization(Method m);
bool MethodHigherIsBetter(Method m);

struct MethodParams {
    WaspasParams waspas;
    VikorParams vikor;
    PrometheeParams promethee;
    CoprasParams copras;
    SpotisParams spotis;
    Electre1Params electre1;
    Electre2Params electre2;
};

struct Problem {
    Matrix matrix;               // m alternatives × n criteria, raw values
    std::vector<int> types;      // 1 benefit, -1 cost
    std::vector<double> weights; // used as given (>= 0, not all zero); not renormalised
    Normalization normalization = Normalization::MinMax;
    CostHandling cost_handling = CostHandling::Invert;
    MethodParams params;
};

struct Outcome {
    Method method = Method::Wsm;
    // Primary score: scores, U for moora_fmf, Q for vikor, and for electre1 (which has no score) the number
    // of alternatives that outrank each one (0 = in the kernel).
    std::vector<double> score;
    bool higher_is_better = true;
    std::vector<int> rank;   // dense, 1 = best, ties within 1e-9·max(1,|a|,|b|)
    std::vector<int> order;  // alternative indices best first: by rank, then by index

    Matrix normalized;                // r (empty for the own-normalisation methods or without intermediates)
    std::vector<int> oriented_types;  // o
    // Per-criterion contribution to the score (m×n, rows sum to the score) for the additive methods: wsm,
    // moora, copras pymcdm_sum_of_S, spotis, promethee2 (net flow per criterion); waspas carries its additive
    // part lambda·w·r. Empty for the others. (Moved here from the method's result struct, whose own
    // contribution field is then empty, to avoid copying an m×n matrix.)
    Matrix contribution;

    std::optional<WsmResult> wsm;
    std::optional<WpmResult> wpm;
    std::optional<WaspasResult> waspas;
    std::optional<TopsisResult> topsis;
    std::optional<VikorResult> vikor;
    std::optional<PrometheeResult> promethee2;
    std::optional<CoprasResult> copras;
    std::optional<MooraRatioResult> moora;
    std::optional<MooraRefpointResult> moora_refpoint;
    std::optional<MooraFmfResult> moora_fmf;
    std::optional<SpotisResult> spotis;
    std::optional<Electre1Result> electre1;
    std::optional<Electre2Result> electre2;
};

Outcome Evaluate(Method method, const Problem& problem);

}  // namespace mm::mcda
