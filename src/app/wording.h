// The words around the engine's codes, from the string table: criterion names and help, elimination reasons
// (the engine keeps ids, units and reason codes with their numbers), and the wording the result JSON carries.
#pragma once
#include <string>

#include "app/i18n.h"
#include "engine/decision/constraints.h"
#include "engine/io/result_io.h"
#include "engine/model/catalog.h"
#include "engine/model/criteria.h"

namespace mm::app {

// A built-in criterion's name from the table ("criterion.<id>.name"); a benchmark's or user criterion's own name.
std::string CriterionName(const CriterionInfo& c, const std::string& lang);
// One line on what the criterion measures: the table's, or the catalog's description of a benchmark.
std::string CriterionHelp(const CriterionInfo& c, const Catalog& catalog, const std::string& lang);

// One readable line: "needs 48.3 GB at 4-bit, budget 24 GB" / "demande 48,3 Go en 4 bits, budget 24 Go".
std::string FormatFailure(const ConstraintFailure& f, const std::string& lang);
// The same with money in the shown currency (the UI; the CLI keeps dollars).
std::string FormatFailure(const ConstraintFailure& f, const std::string& lang, const MoneyDisplay& m);

// "48.3" / "48,3": at most 3 significant decimals, French decimal comma, no grouping (the CLI's numbers).
std::string FormatShort(double v, const std::string& lang);

// Criterion labels and elimination reasons for WriteResult and friends.
const ResultWording& TableWording();

}  // namespace mm::app
