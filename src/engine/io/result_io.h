// A decision Result as JSON (the CLI's `rank --format json`, the web page's exports): ranking best first with
// raw, normalised and contribution values keyed by criterion id; eliminated models with structured reasons
// (plus FR/EN wording); explanations, robustness and Pareto set by model id. Non-finite numbers become null.
#pragma once
#include <iosfwd>
#include <string>

#include "engine/decision/decision.h"
#include "engine/io/json_util.h"

namespace mm {

void to_json(Json& j, const ConstraintFailure& f);  // with its FR/EN wording
void to_json(Json& j, const VramEstimate& v);
void to_json(Json& j, const DerivedValues& d);
void to_json(Json& j, const EliminatedModel& e);
void to_json(Json& j, const CostComparison& c);
void to_json(Json& j, const WeightReport& w);
void to_json(Json& j, const CriterionDelta& d);
void to_json(Json& j, const PairExplanation& p);
void to_json(Json& j, const WeightInterval& w);
void to_json(Json& j, const FlipChange& f);  // null when no change is found
void to_json(Json& j, const Result& r);

Json ResultToJson(const Result& r);
// indent < 0: compact; indent >= 0: one member per line (Json::dump(indent)).
std::string ResultJsonText(const Result& r, int indent = -1);
void WriteResultJson(std::ostream& out, const Result& r, int indent = -1);

// Just the ranking, as window.ModelMatrix.getRanking() returns it: [{id, name, rank, score}].
Json RankingJson(const Result& r);
std::string RankingJsonText(const Result& r, int indent = -1);

}  // namespace mm
