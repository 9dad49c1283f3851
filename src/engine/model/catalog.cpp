// Look-ups and small derived facts on the catalog value types.
#include "engine/model/catalog.h"

#include <algorithm>

namespace mm {

namespace {
template <typename T>
const T* FindById(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}
const Figure* FindFigure(const std::vector<NamedFigure>& items, std::string_view id) {
    const NamedFigure* nf = FindById(items, id);
    return nf ? &nf->figure : nullptr;
}
}  // namespace

bool Model::HasSpecialty(std::string_view s) const {
    return std::find(specialties.begin(), specialties.end(), s) != specialties.end();
}
const Figure* Model::Benchmark(std::string_view id) const { return FindFigure(benchmarks, id); }
const Figure* Model::Language(std::string_view code) const { return FindFigure(languages, code); }

const Model* Catalog::FindModel(std::string_view id) const { return FindById(models, id); }
const Source* Catalog::FindSource(std::string_view id) const { return FindById(sources, id); }
const Provider* Catalog::FindProvider(std::string_view id) const { return FindById(providers, id); }
const BenchmarkInfo* Catalog::FindBenchmark(std::string_view id) const { return FindById(benchmarks, id); }

std::optional<int> RelativeCostFromPrices(double input_per_mtok, double output_per_mtok) {
    if (!(input_per_mtok >= 0) || !(output_per_mtok >= 0)) return std::nullopt;
    const double blended = (3.0 * input_per_mtok + output_per_mtok) / 4.0;
    if (blended < 0.5) return 1;
    if (blended < 2.0) return 2;
    if (blended < 8.0) return 3;
    if (blended < 25.0) return 4;
    return 5;
}

const char* ToString(Basis b) {
    switch (b) {
        case Basis::kVendor: return "vendor";
        case Basis::kThirdParty: return "third_party";
        case Basis::kEstimate: return "estimate";
        case Basis::kUser: return "user";
        default: return "invalid";
    }
}
const char* ToString(ModelKind k) {
    switch (k) {
        case ModelKind::kProprietary: return "proprietary";
        case ModelKind::kOpenWeights: return "open_weights";
        default: return "invalid";
    }
}
const char* ToString(LicenseClass c) {
    switch (c) {
        case LicenseClass::kPermissive: return "permissive";
        case LicenseClass::kOpenRestricted: return "open_restricted";
        case LicenseClass::kProprietary: return "proprietary";
        default: return "invalid";
    }
}
const char* ToString(Status s) {
    switch (s) {
        case Status::kCurrent: return "current";
        case Status::kLegacy: return "legacy";
        case Status::kDeprecated: return "deprecated";
        case Status::kRetired: return "retired";
        default: return "invalid";
    }
}

}  // namespace mm
