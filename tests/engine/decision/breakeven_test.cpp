// API vs self-host break-even: fixed cost of a custom GPU, replica steps with a known capacity, purchase energy —
// numbers checked by hand.
#include "engine/decision/breakeven.h"

#include <gtest/gtest.h>

namespace mm {
namespace {

Workload TenBusyHours() {
    Workload w;
    w.requests_per_day = 1000;
    w.hours_per_day = 10;
    return w;
}

TEST(BreakEven, CustomGpuIsAFixedCost) {
    DerivedValues d;
    d.api_monthly_usd = 1000;  // 1 USD a month per request/day
    d.selfhost_monthly_usd = 3000;
    EXPECT_NEAR(*BreakEvenRequestsPerDay(d, TenBusyHours()), 3000, 1e-9);
    d.api_monthly_usd.reset();
    EXPECT_FALSE(BreakEvenRequestsPerDay(d, TenBusyHours()));
}

TEST(BreakEven, ReplicaStepsWithAKnownCapacity) {
    DerivedValues d;
    d.api_monthly_usd = 1000;
    d.selfhost_monthly_usd = 300;  // one replica
    d.capacity_known = true;
    d.replicas = 1;
    d.requests_per_hour_per_replica = 100;  // carries 1000 requests/day over 10 busy hours
    EXPECT_NEAR(*BreakEvenRequestsPerDay(d, TenBusyHours()), 300, 1e-9);
    d.selfhost_monthly_usd = 3000;  // a replica dearer than the API traffic it can carry: never
    EXPECT_FALSE(BreakEvenRequestsPerDay(d, TenBusyHours()));
    Workload peaky = TenBusyHours();
    peaky.peak_share = 0.05;  // 100 per hour at the peak: the same band of 2000 requests/day
    d.selfhost_monthly_usd = 1500;
    d.replicas = 1;
    EXPECT_NEAR(*BreakEvenRequestsPerDay(d, peaky), 1500, 1e-9);
}

TEST(BreakEven, PurchasedEnergyGrowsWithTraffic) {
    DerivedValues d;
    d.api_monthly_usd = 1000;
    d.selfhost_monthly_usd = 300;  // 200 amortised + 100 of energy at this traffic
    d.selfhost_energy_monthly_usd = 100;
    d.capacity_known = true;
    d.replicas = 1;
    d.requests_per_hour_per_replica = 100;
    EXPECT_NEAR(*BreakEvenRequestsPerDay(d, TenBusyHours()), 200 / 0.9, 1e-9);
    d.selfhost_energy_monthly_usd = 1000;  // energy alone costs as much as the API: never
    d.selfhost_monthly_usd = 1200;
    EXPECT_FALSE(BreakEvenRequestsPerDay(d, TenBusyHours()));
}

}  // namespace
}  // namespace mm
