// API vs self-host break-even (see breakeven.h).
#include "engine/decision/breakeven.h"

namespace mm {

std::optional<double> BreakEvenRequestsPerDay(const DerivedValues& d, const Workload& w) {
    if (!d.api_monthly_usd || !d.selfhost_monthly_usd || w.requests_per_day <= 0 || *d.api_monthly_usd <= 0)
        return std::nullopt;
    const double api_per_request_day = *d.api_monthly_usd / w.requests_per_day;  // monthly USD per request/day
    if (!d.capacity_known || !d.replicas || !d.requests_per_hour_per_replica)
        return *d.selfhost_monthly_usd / api_per_request_day;
    const double energy_per_request_day = d.selfhost_energy_monthly_usd / w.requests_per_day;
    const double fixed_per_replica = (*d.selfhost_monthly_usd - d.selfhost_energy_monthly_usd) / *d.replicas;
    if (api_per_request_day <= energy_per_request_day) return std::nullopt;
    const double meet = fixed_per_replica / (api_per_request_day - energy_per_request_day);
    // Requests per day one replica carries at the peak.
    const double first_band = w.peak_share > 0 ? *d.requests_per_hour_per_replica / w.peak_share
                                               : *d.requests_per_hour_per_replica * w.hours_per_day;
    if (meet > first_band * (1 + 1e-12)) return std::nullopt;
    return meet;
}

}  // namespace mm
