// API vs self-hosting: the traffic at which running the model on the profile's devices costs the same per month as
// paying its API prices (course notebook 3). Added for the UI's workload view; kept apart from criteria.h.
#pragma once
#include <optional>

#include "engine/model/criteria.h"
#include "engine/model/profile.h"

namespace mm {

// Requests per day from which self-hosting costs no more than the API for this workload's request shape, or
// nullopt when either cost is unknown, the API cost is zero, or self-hosting never catches up.
// With a known capacity the self-host cost is a step per replica (F each) plus, when bought, energy e per
// request; the API costs a per request. In the first replica's band the two meet at F / (a - e); at every full
// band self-hosting then stays cheaper, and if that point lies past the first band it never comes (every band
// costs F more than its API traffic). Without a capacity (a custom GPU) the self-host cost is fixed.
std::optional<double> BreakEvenRequestsPerDay(const DerivedValues& d, const Workload& w);

}  // namespace mm
