// Hard-constraint checks with structured failures (codes and numbers; app/wording.cpp puts them into words).
#include "engine/decision/constraints.h"

#include <algorithm>

namespace mm {

namespace {

ConstraintFailure Fail(std::string constraint, std::string detail = {}, std::optional<double> required = {},
                       std::optional<double> actual = {}, std::string unit = {}) {
    return {std::move(constraint), std::move(detail), required, actual, std::move(unit)};
}

}  // namespace

std::vector<ConstraintFailure> CheckConstraints(const Model& m, const DerivedValues& d,
                                                const Profile& profile) {
    const Constraints& c = profile.constraints;
    std::vector<ConstraintFailure> out;
    if (c.deployment == Deployment::kApi && !m.api) out.push_back(Fail("deployment", "api"));
    if (c.deployment == Deployment::kSelfHost && !m.self_host) out.push_back(Fail("deployment", "self_host"));
    if (c.deployment == Deployment::kEither && !m.api && !m.self_host)
        out.push_back(Fail("deployment", "either"));
    if (c.open_weights && !m.OpenWeights()) out.push_back(Fail("open_weights"));
    if (c.commercial_use && !m.license.commercial_use) out.push_back(Fail("commercial_use", m.license.name));
    // The VRAM budget concerns models that would run on the user's hardware: under "either", a model with an
    // API can be used without holding it in memory.
    const bool self_hosted =
        c.deployment == Deployment::kSelfHost || (c.deployment == Deployment::kEither && !m.api);
    if (c.vram_budget_gb && self_hosted) {
        const std::optional<double> need = d.vram ? std::optional<double>(d.vram->total_gb) : std::nullopt;
        if (!need || *need > *c.vram_budget_gb)
            out.push_back(Fail("vram_budget", ToString(c.quantization), c.vram_budget_gb, need, "GB"));
    }
    if (c.min_context_tokens) {
        if (!m.context_tokens.Known() || m.context_tokens.number < *c.min_context_tokens)
            out.push_back(
                Fail("min_context", {}, c.min_context_tokens,
                     m.context_tokens.Known() ? std::optional<double>(m.context_tokens.number) : std::nullopt,
                     "tokens"));
    }
    // [tokens-per-language] A workload in words: the request, in this model's own tokens, must fit its
    // context. Unknown tokens or context do not eliminate here (the cost and latency are then unknown).
    if (profile.workload.text_unit == TextUnit::kWords && d.input_tokens && d.output_tokens &&
        m.context_tokens.Known() && *d.input_tokens + *d.output_tokens > m.context_tokens.number)
        out.push_back(Fail("request_context", {}, m.context_tokens.number, *d.input_tokens + *d.output_tokens,
                           "tokens"));
    for (const LanguageRequirement& l : c.languages) {
        const Figure* f = m.Language(l.code);
        if (!f || !f->Known() || f->number < l.min_level)
            out.push_back(Fail("language", l.code, l.min_level,
                               f && f->Known() ? std::optional<double>(f->number) : std::nullopt, "level"));
    }
    for (const std::string& mod : c.input_modalities) {
        if (std::find(m.input_modalities.begin(), m.input_modalities.end(), mod) == m.input_modalities.end())
            out.push_back(Fail("input_modality", mod));
    }
    if (c.tool_calling && !m.tool_calling.Flag())
        out.push_back(
            Fail("tool_calling", {}, {}, m.tool_calling.Known() ? std::optional<double>(0) : std::nullopt));
    if (c.structured_output && !m.structured_output.Flag())
        out.push_back(Fail("structured_output", {}, {},
                           m.structured_output.Known() ? std::optional<double>(0) : std::nullopt));
    if (c.max_monthly_usd && (!d.monthly_usd || *d.monthly_usd > *c.max_monthly_usd))
        out.push_back(
            Fail("max_monthly_cost", d.monthly_basis, c.max_monthly_usd, d.monthly_usd, "USD/month"));
    if (c.max_latency_s && (!d.latency_s || *d.latency_s > *c.max_latency_s))
        out.push_back(Fail("max_latency", {}, c.max_latency_s, d.latency_s, "s"));
    if (std::find(c.excluded_providers.begin(), c.excluded_providers.end(), m.provider) !=
        c.excluded_providers.end())
        out.push_back(Fail("excluded_provider", m.provider));
    if (!c.include_older && m.older_generation) out.push_back(Fail("older_generation"));
    return out;
}

}  // namespace mm
