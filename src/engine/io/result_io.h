// A decision Result as JSON (the CLI's `rank --format json`, the web page's exports): ranking best first with
// raw, normalised and contribution values keyed by criterion id; eliminated models with structured reasons
// (plus FR/EN wording when given); explanations, robustness and Pareto set by model id. Non-finite numbers become null.
//
// The document is written by one streaming function (WriteResult): a result for 100 000 models is ~100 MB of
// text, which a Json tree would take seconds and gigabytes to build. The text is byte for byte what
// nlohmann's dump() gives for the same document (keys sorted), and ResultToJson() reads it back as a Json.
#pragma once
#include <functional>
#include <iosfwd>
#include <string>

#include "engine/decision/decision.h"
#include "engine/io/json_util.h"
#include "engine/io/json_writer.h"

namespace mm {

// The words the document carries next to the codes (criterion labels and elimination reasons, "en" and "fr"):
// the app's string table (app::TableWording()). Without one, the codes (and data names) stand in.
struct ResultWording {
    std::function<std::string(const CriterionInfo&, const std::string& lang)> label;
    std::function<std::string(const ConstraintFailure&, const std::string& lang)> reason;
};

void WriteResult(JsonWriter& w, const Result& r, const ResultWording* wording = nullptr);
// indent < 0: compact, as Json::dump(); indent >= 0: as Json::dump(indent).
std::string ResultJsonText(const Result& r, int indent = -1, const ResultWording* wording = nullptr);
void WriteResultJson(std::ostream& out, const Result& r, int indent = -1,
                     const ResultWording* wording = nullptr);  // streamed in blocks

// The same document as a Json value (small results: tests, documents that embed it).
void to_json(Json& j, const Result& r);
Json ResultToJson(const Result& r, const ResultWording* wording = nullptr);

// Just the ranking, as window.ModelMatrix.getRanking() returns it: [{id, name, rank, score}].
void WriteRanking(JsonWriter& w, const Result& r);
std::string RankingJsonText(const Result& r, int indent = -1);
Json RankingJson(const Result& r);

}  // namespace mm
