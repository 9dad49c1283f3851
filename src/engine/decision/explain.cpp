// Pairwise explanations and the cost comparison against premium models.
#include "engine/decision/explain.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mm {

PairExplanation ExplainPair(int first, int second, const std::string& first_id, const std::string& second_id,
                            const std::vector<std::string>& criteria, const mcda::Matrix& x,
                            const std::vector<int>& types, const std::vector<double>& weights,
                            const mcda::Matrix& contribution, const std::vector<double>& scores) {
    PairExplanation p;
    p.first = first_id;
    p.second = second_id;
    p.score_gap = std::fabs(scores[first] - scores[second]);
    p.basis = contribution.Empty() ? "weighted_normalized" : "contribution";
    for (std::size_t j = 0; j < criteria.size(); ++j) {
        CriterionDelta d{criteria[j], x(first, j), x(second, j), 0};
        if (!contribution.Empty()) {
            d.delta = contribution(first, j) - contribution(second, j);
        } else {
            double lo = x(0, j), hi = x(0, j);
            for (std::size_t i = 1; i < x.Rows(); ++i) lo = std::min(lo, x(i, j)), hi = std::max(hi, x(i, j));
            if (hi > lo) d.delta = weights[j] * types[j] * (x(first, j) - x(second, j)) / (hi - lo);
        }
        p.deltas.push_back(d);
    }
    std::stable_sort(p.deltas.begin(), p.deltas.end(), [](const CriterionDelta& a, const CriterionDelta& b) {
        return std::fabs(a.delta) > std::fabs(b.delta);
    });
    return p;
}

std::string RatioText(double winner, double reference) {
    if (!(reference > 0)) return "";
    if (winner <= 0) return "free";
    // Two significant digits: 40, 1200, 2.5 (a ratio is an order of magnitude, not an invoice).
    auto two_digits = [](double v) {
        char buf[32];
        if (v < 10) {
            std::snprintf(buf, sizeof buf, "%.2g", v);
        } else {
            const double unit = v < 100 ? 1 : std::pow(10, std::floor(std::log10(v)) - 1);
            std::snprintf(buf, sizeof buf, "%.0f", std::round(v / unit) * unit);
        }
        return std::string(buf);
    };
    if (winner <= reference) return "1/" + two_digits(reference / winner);
    return two_digits(winner / reference) + "x";
}

std::vector<CostComparison> CompareCosts(const Catalog& catalog,
                                         const std::vector<DerivedValues>& all_derived, int winner,
                                         const std::string& reference_model) {
    std::vector<CostComparison> out;
    if (winner < 0 || !all_derived[winner].monthly_usd) return out;
    const double w_usd = *all_derived[winner].monthly_usd;
    auto add = [&](int ref, const char* reason) {
        if (ref < 0 || ref == winner || !all_derived[ref].api_monthly_usd) return;
        for (const CostComparison& c : out)
            if (c.reference == catalog.models[ref].id) return;
        const double r_usd = *all_derived[ref].api_monthly_usd;
        if (!(r_usd > 0)) return;
        out.push_back({catalog.models[ref].id, reason, w_usd, r_usd, w_usd / r_usd, RatioText(w_usd, r_usd)});
    };
    int user = -1, course = -1, current = -1;
    for (std::size_t i = 0; i < catalog.models.size(); ++i) {
        const Model& m = catalog.models[i];
        const auto& cost = all_derived[i].api_monthly_usd;
        if (!cost) continue;
        const int k = static_cast<int>(i);
        if (m.id == reference_model) user = k;
        // The course's premium generalist is GPT-4: the priciest of the course's overview models.
        if (m.course_classic && m.specialties.empty() &&
            (course < 0 || *cost > *all_derived[course].api_monthly_usd))
            course = k;
        if (m.status == Status::kCurrent && (current < 0 || *cost > *all_derived[current].api_monthly_usd))
            current = k;
    }
    add(user, "user");
    add(course, "course_premium");
    add(current, "most_expensive_current");
    return out;
}

}  // namespace mm
