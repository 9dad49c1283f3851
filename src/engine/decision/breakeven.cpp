// API vs self-host break-even (see breakeven.h).
#include "engine/decision/breakeven.h"

namespace mm {

std::optional<double> BreakEvenRequestsPerDay(const DerivedValues& d, const Workload& w) {
    if (!d.api_monthly_usd || !d.selfhost_monthly_usd || w.requests_per_day <= 0 || *d.api_monthly_usd <= 0)
        return std::nullopt;
    const double api_per_request_day = *d.api_monthly_usd / w.requests_per_day;  // monthly USD per request/day
    return *d.selfhost_monthly_usd / api_per_request_day;
}

}  // namespace mm
