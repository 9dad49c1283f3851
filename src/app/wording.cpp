// Criterion names and help, elimination reasons: the engine's codes and numbers put into words by the table.
#include "app/wording.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/i18n.h"

namespace mm::app {

namespace {

const char* QuantKey(const std::string& q) {
    if (q == "q4") return "reason.quant.q4";
    if (q == "q8") return "reason.quant.q8";
    return "reason.quant.fp16";
}

}  // namespace

std::string CriterionName(const CriterionInfo& c, const std::string& lang) {
    if (!c.name.empty()) return c.name;
    if (const char* t = TrIfKnown(lang, "criterion." + c.id + ".name")) return t;
    return c.id;
}

std::string CriterionHelp(const CriterionInfo& c, const Catalog& catalog, const std::string& lang) {
    if (c.source == SourceKind::kUser) return Tr(lang, "criterion.user.help");
    if (c.id.rfind("bench.", 0) == 0) {
        const BenchmarkInfo* b = catalog.FindBenchmark(c.id.substr(6));
        const std::string& own = !b ? std::string() : lang == "fr" ? b->description.fr : b->description.en;
        if (!own.empty()) return own;
        return Format(Tr(lang, "criterion.bench.help"), c.name.c_str());
    }
    if (const char* t = TrIfKnown(lang, "criterion." + c.id + ".help")) return t;
    return {};
}

std::string FormatShort(double v, const std::string& lang) {
    char buf[64];
    const double a = std::fabs(v);
    if (a >= 100 || a == std::floor(a))
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else if (a >= 10)
        std::snprintf(buf, sizeof buf, "%.1f", v);
    else if (a >= 0.1)
        std::snprintf(buf, sizeof buf, "%.2f", v);
    else
        std::snprintf(buf, sizeof buf, "%.3g", v);
    std::string s = buf;
    if (lang == "fr") std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string FormatFailure(const ConstraintFailure& f, const std::string& lang) {
    const std::string actual = f.actual ? FormatShort(*f.actual, lang) : "?";
    const std::string required = f.required ? FormatShort(*f.required, lang) : "?";
    const char* detail = f.detail.c_str();
    auto tr = [&](const char* key) { return Tr(lang, key); };
    const std::string& k = f.constraint;
    if (k == "deployment") {
        if (f.detail == "api") return tr("reason.deployment.api");
        if (f.detail == "self_host") return tr("reason.deployment.self_host");
        return tr("reason.deployment.either");
    }
    if (k == "open_weights") return tr("reason.open_weights");
    if (k == "commercial_use") return Format(tr("reason.commercial_use"), detail);
    if (k == "vram_budget") {
        if (!f.actual) return tr("reason.vram_budget.unknown");
        return Format(tr("reason.vram_budget"), actual.c_str(), tr(QuantKey(f.detail)), required.c_str());
    }
    if (k == "min_context") {
        if (!f.actual) return tr("reason.min_context.unknown");
        return Format(tr("reason.min_context"), actual.c_str(), required.c_str());
    }
    if (k == "request_context") return Format(tr("reason.request_context"), actual.c_str(), required.c_str());
    if (k == "language") {
        if (!f.actual) return Format(tr("reason.language.unknown"), detail);
        return Format(tr("reason.language"), detail, actual.c_str(), required.c_str());
    }
    if (k == "input_modality") return Format(tr("reason.input_modality"), detail);
    if (k == "tool_calling") return tr(f.actual ? "reason.tool_calling" : "reason.tool_calling.unknown");
    if (k == "structured_output") return tr(f.actual ? "reason.structured_output" : "reason.structured_output.unknown");
    if (k == "max_monthly_cost") {
        if (!f.actual) return tr("reason.max_monthly_cost.unknown");
        return Format(tr("reason.max_monthly_cost"), actual.c_str(), required.c_str());
    }
    if (k == "max_latency") {
        if (!f.actual) return tr("reason.max_latency.unknown");
        return Format(tr("reason.max_latency"), actual.c_str(), required.c_str());
    }
    if (k == "excluded_provider") return Format(tr("reason.excluded_provider"), detail);
    if (k == "older_generation") return tr("reason.older_generation");
    if (k == "missing_value") return Format(tr("reason.missing_value"), detail);
    return k;
}

std::string FormatFailure(const ConstraintFailure& f, const std::string& lang, const MoneyDisplay& m) {
    if (f.constraint != "max_monthly_cost" || !m.eur) return FormatFailure(f, lang);
    if (!f.actual) return FormatFailure(f, lang);
    const std::string actual = FormatShort(ShownMoney(*f.actual, m), lang);
    const std::string required = f.required ? FormatShort(ShownMoney(*f.required, m), lang) : "?";
    return Format(Tr(lang, "reason.max_monthly_cost_eur"), actual.c_str(), required.c_str());
}

const ResultWording& TableWording() {
    static const ResultWording wording{
        [](const CriterionInfo& c, const std::string& lang) { return CriterionName(c, lang); },
        [](const ConstraintFailure& f, const std::string& lang) { return FormatFailure(f, lang); }};
    return wording;
}

}  // namespace mm::app
