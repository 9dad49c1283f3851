// selfhost.json -> selfhost::Data with the project's JsonReader: types and ranges checked, every problem named by its
// JSON path ("devices[3].memory_gb: …"), as the catalog reader does; figures that may be unknown are null.
#include "engine/io/selfhost_io.h"

#include <cmath>
#include <cstdint>

namespace mm {

namespace {

using namespace selfhost;
using selfhost::Architecture;  // not mm::Architecture / mm::Model of the catalog
using selfhost::Model;
using selfhost::Source;

constexpr double kBig = 1e12;  // upper bound for counts and sizes that have no natural one

// The reader's checks, with the JSON path of every problem ("devices[3].memory_gb: expected a number …").
class Reader {
public:
    explicit Reader(std::vector<Issue>& issues) : r_(issues) {}
    JsonReader& r() { return r_; }

    // The array `key` of obj; null (with a problem) when it is missing or not an array.
    const Json* Array(const Json& obj, std::string_view key, const PathRef& path) {
        const Json* a = r_.Required(obj, key, path);
        if (a && !a->is_array()) {
            r_.Fail(path.Key(key), "expected an array, got " + Describe(*a));
            return nullptr;
        }
        return a;
    }
    // The object `key` of obj (required or not); null when absent or not an object (a problem unless absent).
    const Json* Object(const Json& obj, std::string_view key, const PathRef& path, bool required) {
        const Json* o = required ? r_.Required(obj, key, path) : r_.Optional(obj, key);
        if (o && !o->is_object()) {
            r_.Fail(path.Key(key), "expected an object, got " + Describe(*o));
            return nullptr;
        }
        return o;
    }
    std::string String(const Json& obj, std::string_view key, const PathRef& path) {
        const Json* v = r_.Required(obj, key, path);
        return v ? r_.String(*v, path.Key(key)).value_or("") : "";
    }
    std::string OptString(const Json& obj, std::string_view key, const PathRef& path) {
        const Json* v = r_.Optional(obj, key);
        return v ? r_.String(*v, path.Key(key), true).value_or("") : "";
    }
    double Number(const Json& obj, std::string_view key, const PathRef& path, double min, double max) {
        const Json* v = r_.Required(obj, key, path);
        return v ? r_.Number(*v, path.Key(key), min, max).value_or(0) : 0;
    }
    // A figure that may be unknown: absent or null -> nullopt.
    std::optional<double> OptNumber(const Json& obj, std::string_view key, const PathRef& path, double min, double max) {
        const Json* v = r_.Optional(obj, key);
        return v ? r_.Number(*v, path.Key(key), min, max) : std::nullopt;
    }
    std::optional<int> OptInt(const Json& obj, std::string_view key, const PathRef& path, long long max = 1 << 30) {
        const Json* v = r_.Optional(obj, key);
        if (!v) return std::nullopt;
        auto i = r_.Integer(*v, path.Key(key), 0, max);
        return i ? std::optional<int>(static_cast<int>(*i)) : std::nullopt;
    }
    // {"value": x, "source": …} or null.
    std::optional<double> OptValue(const Json& obj, std::string_view key, const PathRef& path, double min, double max) {
        const Json* o = Object(obj, key, path, false);
        return o ? OptNumber(*o, "value", path.Key(key), min, max) : std::nullopt;
    }

private:
    JsonReader r_;
};

Architecture ReadArchitecture(Reader& in, const Json& j, const PathRef& p) {
    Architecture a;
    if (const Json* v = in.r().Required(j, "layers", p))
        a.layers = static_cast<int>(in.r().Integer(*v, p.Key("layers"), 1, 100000).value_or(0));
    a.hidden_size = in.OptInt(j, "hidden_size", p);
    a.attention_heads = in.OptInt(j, "attention_heads", p);
    a.kv_heads = in.OptInt(j, "kv_heads", p);
    a.head_dim = in.OptInt(j, "head_dim", p);
    a.experts_total = in.OptInt(j, "experts_total", p);
    a.experts_active = in.OptInt(j, "experts_active", p);
    const Json* at = in.Object(j, "attention", p, true);
    if (!at) return a;
    const PathRef ap = p.Key("attention");
    Attention& t = a.attention;
    if (const Json* k = in.r().Required(*at, "kind", ap))
        if (auto kind = in.r().Enum(*k, ap.Key("kind"), {"full", "sliding_mix", "mla", "hybrid", "compressed_sparse"}))
            t.kind = static_cast<AttentionKind>(*kind + 1);  // after kInvalid, in this order
    t.sliding_window = in.OptInt(*at, "sliding_window", ap);
    t.global_layers = in.OptInt(*at, "global_layers", ap);
    t.sliding_layers = in.OptInt(*at, "sliding_layers", ap);
    t.global_kv_heads = in.OptInt(*at, "global_kv_heads", ap);
    t.global_head_dim = in.OptInt(*at, "global_head_dim", ap);
    t.kv_shared_layers = in.OptInt(*at, "num_kv_shared_layers", ap);
    if (const Json* v = in.r().Optional(*at, "k_eq_v_global"))
        t.k_eq_v_global = in.r().Bool(*v, ap.Key("k_eq_v_global")).value_or(false);
    t.kv_lora_rank = in.OptInt(*at, "kv_lora_rank", ap);
    t.qk_rope_head_dim = in.OptInt(*at, "qk_rope_head_dim", ap);
    t.full_layers = in.OptInt(*at, "full_layers", ap);
    t.linear_layers = in.OptInt(*at, "linear_layers", ap);
    t.linear_state_values = in.OptNumber(*at, "linear_state_values", ap, 0, kBig);
    t.values_per_token = in.OptNumber(*at, "values_per_token", ap, 0, kBig);
    t.fixed_values_per_sequence = in.OptNumber(*at, "fixed_values_per_sequence", ap, 0, kBig);
    return a;
}

Device ReadDevice(Reader& in, const Json& j, const PathRef& p) {
    Device v;
    v.id = in.String(j, "id", p);
    v.name = in.String(j, "name", p);
    v.vendor = in.String(j, "vendor", p);
    v.kind = in.String(j, "kind", p);
    v.memory_gb = in.Number(j, "memory_gb", p, 0.1, 1e5);
    v.bandwidth_gbs = in.OptNumber(j, "bandwidth_gbs", p, 0.1, 1e6);
    v.fp16_tflops = in.OptNumber(j, "fp16_tflops_dense", p, 0.01, 1e6);
    v.board_power_w = in.OptNumber(j, "board_power_w", p, 1, 1e5);
    v.rent_usd_per_hour = in.OptNumber(j, "rent_usd_per_hour", p, 0, 1e4);
    v.purchase_usd = in.OptNumber(j, "purchase_usd", p, 0, 1e8);
    v.gpu_usable_fraction = in.OptNumber(j, "gpu_usable_fraction", p, 0.01, 1);
    if (const Json* sources = in.Object(j, "sources", p, false))
        for (const auto& [key, id] : sources->items())
            if (!id.is_null()) v.sources[key] = in.r().String(id, p.Key("sources").Key(key)).value_or("");
    return v;
}

Model ReadModel(Reader& in, const Json& j, const PathRef& p) {
    Model m;
    m.id = in.String(j, "id", p);
    m.params_b = in.OptValue(j, "params_b", p, 0.001, 1e5);
    m.active_params_b = in.OptValue(j, "active_params_b", p, 0.001, 1e5);
    m.context_tokens = in.OptValue(j, "context_tokens", p, 1, 1e9);
    const PathRef files_p = p.Key("files");
    if (const Json* files = in.Object(j, "files", p, true))
        for (const auto& [quant, file] : files->items()) {
            const PathRef fp = files_p.Key(quant);
            if (!file.is_object()) in.r().Fail(fp, "expected an object, got " + Describe(file));
            else m.file_gb[quant] = in.Number(file, "gb", fp, 0.001, 1e6);
        }
    if (const Json* a = in.Object(j, "architecture", p, false)) {
        m.architecture = ReadArchitecture(in, *a, p.Key("architecture"));
        m.architecture_source = in.OptString(*a, "source", p.Key("architecture"));
    }
    m.tokenizer = in.OptString(j, "tokenizer", p);
    return m;
}

// Reads every array element with `read`, paths "key[i]".
template <class T, class F>
void ReadArray(Reader& in, const Json& doc, std::string_view key, std::vector<T>& out, F read,
               const PathRef& parent = PathRef()) {
    const Json* a = in.Array(doc, key, parent);
    if (!a) return;
    const PathRef p = parent.Key(key);
    for (std::size_t i = 0; i < a->size(); ++i) {
        const PathRef ip = p.Index(i);
        if (!(*a)[i].is_object()) in.r().Fail(ip, "expected an object, got " + Describe((*a)[i]));
        else out.push_back(read((*a)[i], ip));
    }
}

EnergyData ReadEnergy(Reader& in, const Json& j, const PathRef& p) {
    EnergyData e;
    if (const Json* c = in.Object(j, "ecologits", p, true)) {
        // One loop over the constants (each an entry of this table) keeps the web build small.
        struct Field {
            const char* key;
            double EcologitsConstants::*member;
            double min, max;
        };
        using K = EcologitsConstants;
        static const Field kFields[] = {
            {"gpu_energy_alpha", &K::gpu_energy_alpha, 0, 1}, {"gpu_energy_beta", &K::gpu_energy_beta, -1, 1},
            {"gpu_energy_gamma", &K::gpu_energy_gamma, 0, 1}, {"latency_alpha", &K::latency_alpha, 0, 1},
            {"latency_beta", &K::latency_beta, 0, 1},         {"latency_gamma", &K::latency_gamma, 0, 10},
            {"batch_size", &K::batch_size, 1, 1e5},           {"quantization_bits", &K::quantization_bits, 1, 64},
            {"memory_factor", &K::memory_factor, 1, 10},      {"gpu_memory_gb", &K::gpu_memory_gb, 1, 1e4},
            {"server_power_kw", &K::server_power_kw, 0, 1e3}, {"server_gpus", &K::server_gpus, 1, 1e3}};
        const PathRef cp = p.Key("ecologits");
        for (const Field& f : kFields) e.ecologits.*f.member = in.Number(*c, f.key, cp, f.min, f.max);
    }
    auto host = [&](const Json& h, const PathRef& hp) {
        return HostEnergy{in.OptString(h, "host", hp), in.String(h, "zone", hp), in.Number(h, "pue", hp, 1, 5)};
    };
    ReadArray(in, j, "hosts", e.hosts, host, p);
    if (const Json* u = in.Object(j, "unknown_host", p, true)) e.unknown_host = host(*u, p.Key("unknown_host"));
    std::vector<int> unused;
    ReadArray(in, j, "grids", unused, [&](const Json& g, const PathRef& gp) {
        e.grid_g_co2_per_kwh[in.String(g, "zone", gp)] = in.Number(g, "g_co2_per_kwh", gp, 0, 5000);
        return 0;
    }, p);
    e.self_host_default_zone = in.String(j, "self_host_default_zone", p);
    return e;
}

Data Read(Reader& in, const Json& doc) {
    Data d;
    ReadArray(in, doc, "devices", d.devices, [&](const Json& j, const PathRef& p) { return ReadDevice(in, j, p); });
    ReadArray(in, doc, "quantisations", d.quantisations, [&](const Json& j, const PathRef& p) {
        Quantisation q{in.String(j, "id", p), in.Number(j, "bits_per_weight", p, 1, 64), Runtime::kInvalid};
        if (const Json* v = in.r().Required(j, "runtime", p))
            if (auto runtime = in.r().Enum(*v, p.Key("runtime"), {"llama.cpp", "vllm"}))
                q.runtime = *runtime == 0 ? Runtime::kLlamaCpp : Runtime::kVllm;
        return q;
    });
    ReadArray(in, doc, "kv_quants", d.kv_quants, [&](const Json& j, const PathRef& p) {
        return KvQuant{in.String(j, "id", p), in.Number(j, "bytes_per_element", p, 0.01, 8)};
    });
    std::vector<int> unused;
    ReadArray(in, doc, "runtimes", unused, [&](const Json& j, const PathRef& p) {
        const std::string id = in.String(j, "id", p);
        if (id == "llama.cpp") d.runtimes.llama_cpp_overhead_gib = in.Number(j, "overhead_gib", p, 0, 1000);
        if (id == "vllm") d.runtimes.vllm_gpu_memory_utilization = in.Number(j, "gpu_memory_utilization", p, 0.01, 1);
        return 0;
    });
    ReadArray(in, doc, "tokenizers", d.tokenizers, [&](const Json& j, const PathRef& p) {
        TokenizerFamily t;
        t.id = in.String(j, "id", p);
        for (const char* lang : {"en", "fr"}) {
            const std::string key = std::string(lang) + "_tokens_per_word";
            if (auto v = in.OptNumber(j, key, p, 0.01, 100)) t.tokens_per_word[lang] = *v;
        }
        t.fr_over_en = in.OptNumber(j, "fr_over_en", p, 0.1, 100);
        return t;
    });
    const PathRef root, families_p = root.Key("family_tokenizers");
    if (const Json* families = in.Object(doc, "family_tokenizers", root, true))
        for (const auto& [family, t] : families->items()) {
            const PathRef fp = families_p.Key(family);
            if (!t.is_object()) in.r().Fail(fp, "expected an object, got " + Describe(t));
            else {
                d.family_tokenizers[family] = in.String(t, "id", fp);
                const Json* verified = in.r().Optional(t, "verified");
                if (verified && !in.r().Bool(*verified, fp.Key("verified")).value_or(true))
                    d.unverified_families.insert(family);
            }
        }
    if (const Json* e = in.Object(doc, "energy", root, false)) d.energy = ReadEnergy(in, *e, root.Key("energy"));
    ReadArray(in, doc, "models", d.models, [&](const Json& j, const PathRef& p) { return ReadModel(in, j, p); });
    ReadArray(in, doc, "sources", d.sources, [&](const Json& j, const PathRef& p) {
        return Source{in.String(j, "id", p),         in.OptString(j, "title", p), in.OptString(j, "url", p),
                      in.OptString(j, "repository", p), in.OptString(j, "path", p),  in.OptString(j, "commit", p),
                      in.OptString(j, "as_of", p)};
    });
    return d;
}

}  // namespace

SelfhostLoad LoadSelfhost(std::string_view text) {
    SelfhostLoad load;
    std::optional<Json> doc = ParseJson(text, load.issues);
    if (!doc) return load;
    if (!doc->is_object()) {
        load.issues.push_back({"", "expected a JSON object (selfhost.json), got " + Describe(*doc)});
        return load;
    }
    Reader in(load.issues);
    Data data = Read(in, *doc);
    if (load.issues.empty()) load.data = std::move(data);
    return load;
}

bool AttachSelfhost(Catalog& catalog, std::string_view selfhost_json, std::vector<Issue>* issues) {
    SelfhostLoad load = LoadSelfhost(selfhost_json);
    if (issues) issues->insert(issues->end(), load.issues.begin(), load.issues.end());
    if (!load.data) return false;
    catalog.selfhost = std::make_shared<const selfhost::Data>(std::move(*load.data));
    return true;
}

Json RoundedJson(std::optional<double> v, int digits) {
    if (!v) return nullptr;
    const double scale = std::pow(10.0, digits);
    const double r = std::round(*v * scale) / scale;
    if (digits == 0 && std::fabs(r) < 9e15) return static_cast<std::int64_t>(r);
    return r;
}

Json EstimateJson(const selfhost::Estimate& e) {
    const selfhost::Request& r = e.request;
    return {{"model", r.model},
            {"device", r.device},
            {"devices", r.devices},
            {"quant", r.quant},
            {"runtime", e.runtime == selfhost::Runtime::kVllm ? "vllm" : "llama.cpp"},
            {"bits_per_weight", e.bits_per_weight},
            {"weights_from_file", e.weights_from_file},
            {"context", RoundedJson(r.context, 0)},
            {"batch", r.batch},
            {"kv_quant", r.kv_quant},
            {"weights_gib", RoundedJson(e.weights_gib, 3)},
            {"kv_gib", RoundedJson(e.kv_gib, 3)},
            {"overhead_gib", RoundedJson(e.overhead_gib, 3)},
            {"total_gib", RoundedJson(e.total_gib, 3)},
            {"budget_gib", RoundedJson(e.budget_gib, 3)},
            {"fits", e.fits ? Json(*e.fits) : Json(nullptr)},
            {"max_context", RoundedJson(e.max_context, 0)},
            {"decode_tokens_per_s", RoundedJson(e.decode_tokens_per_s, 1)},
            {"prefill_tokens_per_s", RoundedJson(e.prefill_tokens_per_s, 0)},
            {"kv_bytes_per_token", RoundedJson(e.kv_bytes_per_token, 0)},
            {"kv_bytes_per_token_all_layers", RoundedJson(e.kv_bytes_per_token_all_layers, 0)},
            {"energy_wh_per_1k_output_tokens", RoundedJson(e.energy_wh_per_1k_output_tokens, 3)}};
}

}  // namespace mm
