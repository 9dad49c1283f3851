// Hard-constraint checks with structured failures, and their FR/EN wording.
#include "engine/decision/constraints.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mm {

namespace {

ConstraintFailure Fail(std::string constraint, std::string detail = {}, std::optional<double> required = {},
                       std::optional<double> actual = {}, std::string unit = {}) {
    return {std::move(constraint), std::move(detail), required, actual, std::move(unit)};
}

const char* QuantLabel(std::string_view q, bool fr) {
    if (q == "q4") return fr ? "4 bits" : "4-bit";
    if (q == "q8") return fr ? "8 bits" : "8-bit";
    return fr ? "16 bits (fp16)" : "16-bit (fp16)";
}

}  // namespace

std::string FormatNumber(double v, std::string_view lang) {
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

std::string FormatFailure(const ConstraintFailure& f, std::string_view lang) {
    const bool fr = lang == "fr";
    auto num = [&](const std::optional<double>& v) { return v ? FormatNumber(*v, lang) : std::string("?"); };
    const std::string& k = f.constraint;
    if (k == "deployment") {
        if (f.detail == "api") return fr ? "pas d'API disponible" : "no API available";
        if (f.detail == "self_host")
            return fr ? "ne peut pas être auto-hébergé (poids non publiés)"
                      : "cannot be self-hosted (weights not published)";
        return fr ? "ni API ni poids téléchargeables" : "neither an API nor downloadable weights";
    }
    if (k == "open_weights") return fr ? "poids non publiés" : "weights not published";
    if (k == "commercial_use")
        return fr ? "licence sans usage commercial (" + f.detail + ")"
                  : "licence does not allow commercial use (" + f.detail + ")";
    if (k == "vram_budget") {
        if (!f.actual)
            return fr ? "VRAM inconnue (nombre de paramètres non publié)"
                      : "VRAM unknown (parameter count not published)";
        return fr ? "demande " + num(f.actual) + " Go en " + QuantLabel(f.detail, true) + ", budget " +
                        num(f.required) + " Go"
                  : "needs " + num(f.actual) + " GB at " + QuantLabel(f.detail, false) + ", budget " +
                        num(f.required) + " GB";
    }
    if (k == "min_context") {
        if (!f.actual) return fr ? "fenêtre de contexte inconnue" : "context window unknown";
        return fr ? "contexte de " + num(f.actual) + " tokens, il en faut " + num(f.required)
                  : "context of " + num(f.actual) + " tokens, " + num(f.required) + " required";
    }
    if (k == "language") {
        if (!f.actual)
            return fr ? "aucune preuve de prise en charge de la langue " + f.detail
                      : "no evidence of support for language " + f.detail;
        return fr ? "langue " + f.detail + " : niveau de preuve " + num(f.actual) + ", minimum " +
                        num(f.required)
                  : "language " + f.detail + ": evidence level " + num(f.actual) + ", minimum " +
                        num(f.required);
    }
    if (k == "input_modality")
        return fr ? "n'accepte pas l'entrée " + f.detail : "does not accept " + f.detail + " input";
    if (k == "tool_calling")
        return f.actual ? (fr ? "pas d'appel d'outils" : "no tool calling")
                        : (fr ? "appel d'outils non documenté" : "tool calling unknown");
    if (k == "structured_output")
        return f.actual ? (fr ? "pas de sortie structurée" : "no structured output")
                        : (fr ? "sortie structurée non documentée" : "structured output unknown");
    if (k == "max_monthly_cost") {
        if (!f.actual)
            return fr ? "coût mensuel inconnu pour votre charge" : "monthly cost unknown for your workload";
        return fr ? "coûte " + num(f.actual) + " $/mois, maximum " + num(f.required) + " $"
                  : "costs $" + num(f.actual) + "/month, maximum $" + num(f.required);
    }
    if (k == "max_latency") {
        if (!f.actual)
            return fr ? "latence inconnue (débit ou premier token non mesuré)"
                      : "latency unknown (throughput or first-token time not measured)";
        return fr ? "latence " + num(f.actual) + " s, maximum " + num(f.required) + " s"
                  : "latency " + num(f.actual) + " s, maximum " + num(f.required) + " s";
    }
    if (k == "excluded_provider")
        return fr ? "fournisseur exclu (" + f.detail + ")" : "provider excluded (" + f.detail + ")";
    if (k == "older_generation") return fr ? "génération ancienne" : "older generation";
    if (k == "missing_value")
        return fr ? "valeur manquante pour " + f.detail : "missing value for " + f.detail;
    return k;
}

}  // namespace mm
