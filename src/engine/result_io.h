// A decision Result as JSON (the CLI's `rank --format json`, the web page's exports): ranking best first with
// raw, normalised and contribution values keyed by criterion id; eliminated models with structured reasons
// (plus FR/EN wording); explanations, robustness and Pareto set by model id. Non-finite numbers become null.
#pragma once
#include "engine/decision.h"
#include "engine/json_util.h"

namespace mm {

void to_json(Json& j, const Result& r);
Json ResultToJson(const Result& r);

// Just the ranking, as window.ModelMatrix.getRanking() returns it: [{id, name, score, rank}].
Json RankingJson(const Result& r);

}  // namespace mm
