// API vs self-hosting: the traffic at which running the model on rented GPUs costs the same per month as paying
// its API prices (course notebook 3). Added for the UI's workload view; kept apart from criteria.h.
#pragma once
#include <optional>

#include "engine/model/criteria.h"
#include "engine/model/profile.h"

namespace mm {

// Requests per day at which the self-host monthly cost equals the API monthly cost for this workload's request
// shape (API cost grows with traffic; the self-host cost is fixed by GPUs x hours). nullopt when either cost is
// unknown or the API cost is zero.
std::optional<double> BreakEvenRequestsPerDay(const DerivedValues& d, const Workload& w);

}  // namespace mm
