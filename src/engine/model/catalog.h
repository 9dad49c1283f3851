// The catalog's value types: models, providers, sources, benchmarks, and figures with provenance.
// No JSON here (see catalog_io.h); docs/CATALOG_FORMAT.md is the contract for the file format.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mm {

namespace selfhost {
struct Data;
}  // namespace selfhost

enum class Basis { kInvalid, kVendor, kThirdParty, kEstimate, kUser };  // kUser: private overlays only
enum class ModelKind { kInvalid, kProprietary, kOpenWeights };
enum class LicenseClass { kInvalid, kPermissive, kOpenRestricted, kProprietary };
enum class Status { kInvalid, kCurrent, kLegacy, kDeprecated, kRetired };

// A published number (or flag, or date) with where it comes from. Unknown is kUnknown, never 0.
struct Figure {
    enum class State { kUnknown, kUndisclosed, kKnown };
    State state = State::kUnknown;
    Basis basis = Basis::kInvalid;
    double number = 0.0;  // numbers; booleans as 0/1
    std::string text;    // dates (release_date)
    std::string source;  // id in Catalog::sources
    std::string as_of;   // YYYY-MM-DD when it differs from the source's date
    std::string note;

    bool Known() const { return state == State::kKnown; }
    bool Flag() const { return Known() && number != 0.0; }
    static Figure Of(double v, std::string_view source = {}, Basis basis = Basis::kEstimate) {
        Figure f;
        f.state = State::kKnown;
        f.number = v;
        f.source = std::string(source);
        f.basis = basis;
        return f;
    }
};

struct LocalizedText {
    std::string en, fr;
    const std::string& In(std::string_view lang) const { return (lang == "fr" && !fr.empty()) ? fr : en; }
};

struct NamedFigure {
    std::string id;
    Figure figure;
};

struct LongContextPrice {
    double threshold_tokens = 0;
    Figure input_per_mtok, output_per_mtok;
};

struct Pricing {
    Figure input_per_mtok, output_per_mtok, cached_input_per_mtok;
    std::optional<LongContextPrice> long_context;
    std::string host;
};

struct License {
    std::string name;
    LicenseClass license_class = LicenseClass::kInvalid;
    bool commercial_use = false;
    std::string restrictions, url, source;
};

struct Architecture {
    Figure layers, hidden_size, attention_heads, kv_heads, head_dim, experts, active_experts;
};

struct Model {
    std::string id, name, provider, family;
    ModelKind kind = ModelKind::kInvalid;
    std::vector<std::string> specialties;
    bool course_classic = false;
    bool older_generation = false;
    Status status = Status::kInvalid;
    std::string status_date, status_source;
    Figure release_date;  // text = YYYY-MM-DD
    License license;
    Figure params_b, active_params_b, context_tokens, max_output_tokens;
    std::optional<Pricing> pricing;
    bool api = false, self_host = false;
    std::vector<std::string> input_modalities, output_modalities;
    Figure tool_calling, structured_output;
    std::vector<NamedFigure> languages;   // code -> evidence level 1..3
    std::vector<NamedFigure> benchmarks;  // benchmark id -> score
    Figure output_tokens_per_s, ttft_s;
    std::optional<Architecture> architecture;
    Figure download_q4_gb, download_q8_gb, download_fp16_gb;
    std::optional<int> relative_cost;  // 1..5, derived from prices
    LocalizedText strengths, use_cases;

    bool OpenWeights() const { return kind == ModelKind::kOpenWeights; }
    bool HasSpecialty(std::string_view s) const;
    const Figure* Benchmark(std::string_view id) const;
    const Figure* Language(std::string_view code) const;
};

struct Source {
    std::string id, title, url, publisher, license, as_of;
};

struct Provider {
    std::string id, name, country;
    bool has_privacy = false;
    Figure trains_on_api_data, retention_days, zero_retention_option, eu_data_residency;
};

struct BenchmarkInfo {
    std::string id, name, unit;
    double scale_max = 100;
    bool higher_is_better = true;
    LocalizedText description;
};

struct Catalog {
    int format_version = 1;
    std::string catalog_version, as_of;
    std::vector<Source> sources;
    std::vector<Provider> providers;
    std::vector<BenchmarkInfo> benchmarks;
    std::vector<Model> models;
    // Self-hosting data (selfhost.json: devices, architectures, tokenizers), shared by every copy of the catalog;
    // null when not loaded (self-host figures are then unknown). Filled by AttachSelfhost (selfhost_io.h).
    std::shared_ptr<const selfhost::Data> selfhost;

    const Model* FindModel(std::string_view id) const;
    const Source* FindSource(std::string_view id) const;
    const Provider* FindProvider(std::string_view id) const;
    const BenchmarkInfo* FindBenchmark(std::string_view id) const;
};

// The course's money-sign rule (docs/CATALOG_FORMAT.md): blended (3 in + 1 out)/4 USD per Mtok -> 1..5.
std::optional<int> RelativeCostFromPrices(double input_per_mtok, double output_per_mtok);

const char* ToString(Basis b);
const char* ToString(ModelKind k);
const char* ToString(LicenseClass c);
const char* ToString(Status s);

}  // namespace mm
