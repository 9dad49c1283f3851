// A decision Result as JSON (the CLI's `rank --format json`, the web page's exports): ranking best first with
// raw, normalised and contribution values keyed by criterion id; eliminated models with structured reasons
// (plus FR/EN wording when given); explanations, robustness and Pareto set by model id. Non-finite numbers become null.
#pragma once
#include <functional>
#include <iosfwd>
#include <string>

#include "engine/decision/decision.h"
#include "engine/io/json_util.h"

namespace mm {

// The words the document carries next to the codes (criterion labels and elimination reasons, "en" and "fr"):
// the app's string table (app::TableWording()). Without one, the codes (and data names) stand in.
struct ResultWording {
    std::function<std::string(const CriterionInfo&, const std::string& lang)> label;
    std::function<std::string(const ConstraintFailure&, const std::string& lang)> reason;
};

void to_json(Json& j, const ConstraintFailure& f);  // the code stands in for the FR/EN wording
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

Json ResultToJson(const Result& r, const ResultWording* wording = nullptr);
// indent < 0: compact; indent >= 0: one member per line (Json::dump(indent)).
std::string ResultJsonText(const Result& r, int indent = -1, const ResultWording* wording = nullptr);
void WriteResultJson(std::ostream& out, const Result& r, int indent = -1, const ResultWording* wording = nullptr);

// Just the ranking, as window.ModelMatrix.getRanking() returns it: [{id, name, rank, score}].
Json RankingJson(const Result& r);
std::string RankingJsonText(const Result& r, int indent = -1);

}  // namespace mm
