// catalog.json -> Catalog, enforcing docs/CATALOG_FORMAT.md; problems carry their JSON path.
#include "engine/io/catalog_io.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <type_traits>
#include <cstdint>
#include <functional>

namespace mm {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
using IdSet = std::set<std::string, std::less<>>;

const std::initializer_list<std::string_view> kModalities = {"text", "image", "audio", "video", "pdf"};
const std::initializer_list<std::string_view> kSpecialties = {
    "code", "math", "reasoning", "vision", "embedding", "multilingual", "small", "long_context"};

// The models' ids seen so far, for the duplicate check: an open-addressing table of model indices (a node-based set
// of 100 000 ids costs ~5 % of loading such a catalog, in allocations and cache misses).
class ModelIdIndex {
public:
    ModelIdIndex(const std::vector<Model>& models, std::size_t expected) : models_(models) {
        std::size_t capacity = 16;
        while (capacity < 2 * expected) capacity *= 2;
        slots_.assign(capacity, kEmpty);
    }
    void Reserve(std::size_t expected) {
        while (slots_.size() < 2 * expected) Grow();
    }
    // False when another model already has models[index]'s id.
    bool Insert(std::size_t index) {
        if (2 * (used_ + 1) > slots_.size()) Grow();
        const std::string& id = models_[index].id;
        for (std::size_t s = Hash(id) & (slots_.size() - 1);; s = (s + 1) & (slots_.size() - 1)) {
            if (slots_[s] == kEmpty) {
                slots_[s] = static_cast<std::uint32_t>(index);
                ++used_;
                return true;
            }
            if (models_[slots_[s]].id == id) return false;
        }
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    static std::size_t Hash(const std::string& s) { return std::hash<std::string_view>()(s); }
    void Grow() {
        std::vector<std::uint32_t> old(slots_.size() * 2, kEmpty);
        old.swap(slots_);
        for (std::uint32_t index : old) {
            if (index == kEmpty) continue;
            std::size_t s = Hash(models_[index].id) & (slots_.size() - 1);
            while (slots_[s] != kEmpty) s = (s + 1) & (slots_.size() - 1);
            slots_[s] = index;
        }
    }

    const std::vector<Model>& models_;
    std::vector<std::uint32_t> slots_;
    std::size_t used_ = 0;
};

// V is LiteNode (LoadCatalog) or nlohmann's Json (ReadCatalog, and LoadCatalog in the web app, see LoadCatalog).
template <class V>
struct CatalogReader {
    JsonReader r;
    const CatalogLoadOptions& options;
    // Set when "models" was deferred by the parser (LoadCatalog): the models are read from `text` one by one.
    const JsonLite::Deferred* deferred = nullptr;
    std::string_view text = {};
    int max_depth = 0;
    bool syntax_failed = false;
    bool restart = false;  // see ReadDeferredModels

    std::vector<std::pair<std::string_view, const V*>> figure_map_members = {};  // ReadFigureMap's scratch

    std::map<std::string, SourceId, std::less<>> known_sources = {};  // the declared ones, interned once cited
    SourceId last_known_source = {};  // consecutive figures mostly cite the same source
    // The interned id of a declared source, or the empty id.
    SourceId KnownSource(std::string_view id) {
        if (SameText(id, last_known_source)) return last_known_source;
        auto it = known_sources.find(id);
        if (it == known_sources.end()) return {};
        if (it->second.empty()) it->second = SourceId(it->first);
        return last_known_source = it->second;
    }

    // value kinds a figure may hold
    enum class Kind { kNumber, kBool, kDate };

    // A figure slot: null (unknown), {"undisclosed": true}, or {value, source, basis, as_of?, note?}.
    Figure ReadFigure(const V* j, const PathRef& path, Kind kind = Kind::kNumber, double min = -kInf,
                      double max = kInf, bool allow_undisclosed = false) {
        Figure f;
        if (!j || IsNull(*j)) return f;
        if (!IsObject(*j)) {
            r.Fail(path, "expected a figure object {value, source, basis} or null, got " + Describe(*j));
            return f;
        }
        if (const V* undisclosed = Find(*j, "undisclosed")) {
            r.Object(*j, path, {"undisclosed", "note", "source"});
            if (!allow_undisclosed) r.Fail(path.Key("undisclosed"), "not allowed for this figure");
            else if (auto b = r.Bool(*undisclosed, path.Key("undisclosed")); b && !*b)
                r.Fail(path.Key("undisclosed"), "must be true (use null for an unknown value)");
            f.state = Figure::State::kUndisclosed;
            if (auto n = r.Optional(*j, "note")) f.note = r.String(*n, path.Key("note")).value_or("");
            return f;
        }
        if (!r.Object(*j, path, {"value", "source", "basis", "as_of", "note"})) return f;
        const std::size_t before = r.IssueCount();
        const V* v = r.Required(*j, "value", path);
        const PathRef vpath = path.Key("value");
        if (v) {
            if (IsNull(*v)) r.Fail(vpath, "a figure needs a value (write the whole figure as null when unknown)");
            else if (kind == Kind::kNumber) f.number = r.Number(*v, vpath, min, max).value_or(0);
            else if (kind == Kind::kBool) f.number = r.Bool(*v, vpath).value_or(false) ? 1 : 0;
            else f.text = r.Date(*v, vpath, options.today).value_or("");
        }
        if (const V* s = r.Required(*j, "source", path)) {
            if (auto id = r.Text(*s, path.Key("source"))) {
                f.source = KnownSource(*id);
                if (f.source.empty()) r.Fail(path.Key("source"), "unknown source id \"" + std::string(*id) + "\"");
            }
        }
        if (const V* b = r.Required(*j, "basis", path)) {
            if (auto e = r.Enum(*b, path.Key("basis"), {"vendor", "third_party", "estimate"}))
                f.basis = static_cast<Basis>(*e + 1);
        }
        if (auto a = r.Optional(*j, "as_of")) f.as_of = r.Date(*a, path.Key("as_of"), options.today).value_or("");
        if (auto n = r.Optional(*j, "note")) f.note = r.String(*n, path.Key("note"), true).value_or("");
        if (r.IssueCount() == before) f.state = Figure::State::kKnown;
        return f;
    }

    LocalizedText ReadText(const V* j, const PathRef& path) {
        LocalizedText t;
        if (!j) return t;
        if (!r.Object(*j, path, {"en", "fr"})) return t;
        if (auto e = r.Optional(*j, "en")) t.en = r.String(*e, path.Key("en"), true).value_or("");
        if (auto f = r.Optional(*j, "fr")) t.fr = r.String(*f, path.Key("fr"), true).value_or("");
        return t;
    }

    std::vector<NamedFigure> ReadFigureMap(const V* j, const PathRef& path, double min, double max,
                                           const IdSet* known_ids) {
        std::vector<NamedFigure> out;
        if (!j) return out;
        if (!IsObject(*j)) {
            r.Fail(path, "expected an object, got " + Describe(*j));
            return out;
        }
        // In key order, the last of a repeated key winning: what nlohmann's std::map made of the object.
        std::vector<std::pair<std::string_view, const V*>>& members = figure_map_members;  // reused: no allocation
        members.clear();
        ForEachMember(*j, [&](std::string_view key, const V& value) { members.emplace_back(key, &value); });
        out.reserve(members.size());
        if constexpr (!std::is_same_v<V, Json>)  // nlohmann's objects are std::maps: sorted already
            std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members[i + 1].first == members[i].first) continue;
            const std::string_view key = members[i].first;
            const PathRef p = path.Key(key);
            if (known_ids && !known_ids->count(key)) {
                r.Fail(p, "unknown id \"" + std::string(key) + "\"");
                continue;
            }
            Figure f = ReadFigure(members[i].second, p, Kind::kNumber, min, max);
            if (f.Known()) out.push_back({std::string(key), f});
        }
        return out;
    }

    // Calls read(item, its path) for each element of the root's array `key`, a required member.
    template <class F>
    void ForEachListed(const V& doc, const char* key, F&& read) {
        const V* arr = r.Required(doc, key, "");
        if (!arr) return;
        if (!IsArray(*arr)) return r.Fail(key, "expected an array, got " + Describe(*arr));
        const PathRef list(key);
        std::size_t i = 0;
        ForEachElement(*arr, [&](const V& item) { read(item, list.Index(i++)); });
    }

    void ReadSources(const V& doc, Catalog& c) {
        ForEachListed(doc, "sources", [&](const V& s, const PathRef& p) {
            if (!r.Object(s, p, {"id", "title", "url", "publisher", "license", "as_of", "note"})) return;
            Source src;
            if (auto v = r.Required(s, "id", p)) src.id = r.String(*v, p.Key("id")).value_or("");
            if (auto v = r.Required(s, "title", p)) src.title = r.String(*v, p.Key("title")).value_or("");
            if (auto v = r.Required(s, "url", p)) src.url = r.String(*v, p.Key("url")).value_or("");
            if (auto v = r.Optional(s, "publisher")) src.publisher = r.String(*v, p.Key("publisher")).value_or("");
            if (auto v = r.Optional(s, "license")) src.license = r.String(*v, p.Key("license")).value_or("");
            if (auto v = r.Required(s, "as_of", p)) src.as_of = r.Date(*v, p.Key("as_of"), options.today).value_or("");
            if (!src.id.empty() && !known_sources.emplace(src.id, SourceId()).second)
                r.Fail(p.Key("id"), "duplicate source id \"" + src.id + "\"");
            c.sources.push_back(std::move(src));
        });
    }

    void ReadProviders(const V& doc, Catalog& c) {
        IdSet ids;
        ForEachListed(doc, "providers", [&](const V& j, const PathRef& p) {
            if (!r.Object(j, p, {"id", "name", "country", "privacy", "note"})) return;
            Provider pr;
            if (auto v = r.Required(j, "id", p)) pr.id = r.String(*v, p.Key("id")).value_or("");
            if (auto v = r.Required(j, "name", p)) pr.name = r.String(*v, p.Key("name")).value_or("");
            if (auto v = r.Optional(j, "country")) pr.country = r.String(*v, p.Key("country")).value_or("");
            if (auto v = r.Optional(j, "privacy")) {
                const PathRef pp = p.Key("privacy");
                if (r.Object(*v, pp, {"trains_on_api_data", "retention_days", "zero_retention_option",
                                      "eu_data_residency"})) {
                    pr.has_privacy = true;
                    pr.trains_on_api_data = ReadFigure(r.Optional(*v, "trains_on_api_data"),
                                                       pp.Key("trains_on_api_data"), Kind::kBool);
                    pr.retention_days = ReadFigure(r.Optional(*v, "retention_days"), pp.Key("retention_days"),
                                                   Kind::kNumber, 0, 3650);
                    pr.zero_retention_option = ReadFigure(r.Optional(*v, "zero_retention_option"),
                                                          pp.Key("zero_retention_option"), Kind::kBool);
                    pr.eu_data_residency = ReadFigure(r.Optional(*v, "eu_data_residency"),
                                                      pp.Key("eu_data_residency"), Kind::kBool);
                }
            }
            if (!pr.id.empty() && !ids.insert(pr.id).second)
                r.Fail(p.Key("id"), "duplicate provider id \"" + pr.id + "\"");
            c.providers.push_back(std::move(pr));
        });
    }

    void ReadBenchmarks(const V& doc, Catalog& c) {
        IdSet ids;
        ForEachListed(doc, "benchmarks", [&](const V& j, const PathRef& p) {
            if (!r.Object(j, p, {"id", "name", "unit", "scale_max", "higher_is_better", "description", "source"}))
                return;
            BenchmarkInfo b;
            if (auto v = r.Required(j, "id", p)) b.id = r.String(*v, p.Key("id")).value_or("");
            if (auto v = r.Required(j, "name", p)) b.name = r.String(*v, p.Key("name")).value_or("");
            if (auto v = r.Required(j, "unit", p)) b.unit = r.String(*v, p.Key("unit"), true).value_or("");
            if (auto v = r.Optional(j, "scale_max")) b.scale_max = r.Number(*v, p.Key("scale_max"), 0, 1e6).value_or(100);
            if (auto v = r.Required(j, "higher_is_better", p)) b.higher_is_better = r.Bool(*v, p.Key("higher_is_better")).value_or(true);
            b.description = ReadText(r.Optional(j, "description"), p.Key("description"));
            if (!b.id.empty() && !ids.insert(b.id).second)
                r.Fail(p.Key("id"), "duplicate benchmark id \"" + b.id + "\"");
            c.benchmarks.push_back(std::move(b));
        });
    }

    void ReadPricing(const V& j, const PathRef& p, Model& m) {
        if (!r.Object(j, p, {"input_per_mtok", "output_per_mtok", "cached_input_per_mtok", "long_context", "host"}))
            return;
        Pricing pr;
        pr.input_per_mtok = ReadFigure(r.Required(j, "input_per_mtok", p), p.Key("input_per_mtok"), Kind::kNumber, 0, 1000);
        pr.output_per_mtok = ReadFigure(r.Required(j, "output_per_mtok", p), p.Key("output_per_mtok"), Kind::kNumber, 0, 1000);
        pr.cached_input_per_mtok = ReadFigure(r.Optional(j, "cached_input_per_mtok"), p.Key("cached_input_per_mtok"), Kind::kNumber, 0, 1000);
        if (!pr.input_per_mtok.Known() && Find(j, "input_per_mtok") && IsNull(*Find(j, "input_per_mtok")))
            r.Fail(p.Key("input_per_mtok"), "a priced model needs an input price (set pricing to null when there is no API price)");
        if (!pr.output_per_mtok.Known() && Find(j, "output_per_mtok") && IsNull(*Find(j, "output_per_mtok")))
            r.Fail(p.Key("output_per_mtok"), "a priced model needs an output price (set pricing to null when there is no API price)");
        if (auto lc = r.Optional(j, "long_context")) {
            const PathRef lp = p.Key("long_context");
            if (r.Object(*lc, lp, {"threshold_tokens", "input_per_mtok", "output_per_mtok"})) {
                LongContextPrice l;
                if (auto t = r.Required(*lc, "threshold_tokens", lp))
                    l.threshold_tokens = r.Number(*t, lp.Key("threshold_tokens"), 1000, 1e9).value_or(0);
                l.input_per_mtok = ReadFigure(r.Required(*lc, "input_per_mtok", lp), lp.Key("input_per_mtok"), Kind::kNumber, 0, 1000);
                l.output_per_mtok = ReadFigure(r.Required(*lc, "output_per_mtok", lp), lp.Key("output_per_mtok"), Kind::kNumber, 0, 1000);
                pr.long_context = l;
            }
        }
        if (auto h = r.Optional(j, "host")) pr.host = r.String(*h, p.Key("host")).value_or("");
        m.pricing = pr;
    }

    void ReadModel(const V& j, const PathRef& p, Model& m, const IdSet& provider_ids,
                   const IdSet& benchmark_ids) {
        if (!r.Object(j, p, {"id", "name", "provider", "family", "kind", "specialties", "course_classic",
                             "generation", "status", "release_date", "license", "params_b", "active_params_b",
                             "context_tokens", "max_output_tokens", "pricing", "deployment", "modalities",
                             "tool_calling", "structured_output", "languages", "benchmarks", "speed",
                             "architecture", "downloads_gb", "relative_cost", "text", "note"}))
            return;
        if (auto v = r.Required(j, "id", p)) {
            if (auto id = r.String(*v, p.Key("id"))) {
                bool ok = true;
                for (char ch : *id) ok = ok && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '_');
                if (!ok) r.Fail(p.Key("id"), "ids use only a-z, 0-9, '.', '-' and '_', got " + Describe(*v));
                m.id = *id;
            }
        }
        if (auto v = r.Required(j, "name", p)) m.name = r.String(*v, p.Key("name")).value_or("");
        if (auto v = r.Required(j, "provider", p)) {
            m.provider = r.String(*v, p.Key("provider")).value_or("");
            if (!m.provider.empty() && !provider_ids.count(m.provider))
                r.Fail(p.Key("provider"), "unknown provider id \"" + m.provider + "\"");
        }
        if (auto v = r.Required(j, "family", p)) m.family = r.String(*v, p.Key("family")).value_or("");
        if (auto v = r.Required(j, "kind", p))
            if (auto e = r.Enum(*v, p.Key("kind"), {"proprietary", "open_weights"})) m.kind = static_cast<ModelKind>(*e + 1);
        if (auto v = r.Optional(j, "specialties"))
            m.specialties = r.StringArray(*v, p.Key("specialties"), kSpecialties).value_or(std::vector<std::string>{});
        if (auto v = r.Optional(j, "course_classic")) m.course_classic = r.Bool(*v, p.Key("course_classic")).value_or(false);
        if (auto v = r.Optional(j, "generation"))
            if (auto e = r.Enum(*v, p.Key("generation"), {"current", "older"})) m.older_generation = *e == 1;
        if (auto v = r.Required(j, "status", p)) {
            const PathRef sp = p.Key("status");
            if (r.Object(*v, sp, {"value", "date", "source", "basis", "note"})) {
                if (auto s = r.Required(*v, "value", sp))
                    if (auto e = r.Enum(*s, sp.Key("value"), {"current", "legacy", "deprecated", "retired"}))
                        m.status = static_cast<Status>(*e + 1);
                if (auto d = r.Optional(*v, "date")) m.status_date = r.Date(*d, sp.Key("date")).value_or("");
                if (auto s = r.Optional(*v, "source")) {
                    m.status_source = r.String(*s, sp.Key("source")).value_or("");
                    if (!m.status_source.empty() && !known_sources.count(m.status_source))
                        r.Fail(sp.Key("source"), "unknown source id \"" + m.status_source + "\"");
                }
                if (auto b = r.Optional(*v, "basis")) r.Enum(*b, sp.Key("basis"), {"vendor", "third_party", "estimate"});
            }
        }
        m.release_date = ReadFigure(r.Optional(j, "release_date"), p.Key("release_date"), Kind::kDate);
        if (auto v = r.Required(j, "license", p)) {
            const PathRef lp = p.Key("license");
            if (r.Object(*v, lp, {"name", "class", "commercial_use", "restrictions", "url", "source"})) {
                if (auto n = r.Required(*v, "name", lp)) m.license.name = r.String(*n, lp.Key("name")).value_or("");
                if (auto c = r.Required(*v, "class", lp))
                    if (auto e = r.Enum(*c, lp.Key("class"), {"permissive", "open_restricted", "proprietary"}))
                        m.license.license_class = static_cast<LicenseClass>(*e + 1);
                if (auto c = r.Required(*v, "commercial_use", lp)) m.license.commercial_use = r.Bool(*c, lp.Key("commercial_use")).value_or(false);
                if (auto s = r.Optional(*v, "restrictions")) m.license.restrictions = r.String(*s, lp.Key("restrictions"), true).value_or("");
                if (auto s = r.Optional(*v, "url")) m.license.url = r.String(*s, lp.Key("url")).value_or("");
                if (auto s = r.Optional(*v, "source")) {
                    m.license.source = r.String(*s, lp.Key("source")).value_or("");
                    if (!m.license.source.empty() && !known_sources.count(m.license.source))
                        r.Fail(lp.Key("source"), "unknown source id \"" + m.license.source + "\"");
                }
            }
        }
        m.params_b = ReadFigure(r.Optional(j, "params_b"), p.Key("params_b"), Kind::kNumber, 0.001, 1e5, true);
        m.active_params_b = ReadFigure(r.Optional(j, "active_params_b"), p.Key("active_params_b"), Kind::kNumber, 0.001, 1e5, true);
        if (m.params_b.Known() && m.active_params_b.Known() && m.active_params_b.number > m.params_b.number)
            r.Fail(p.Key("active_params_b"), "active parameters exceed total parameters");
        m.context_tokens = ReadFigure(r.Optional(j, "context_tokens"), p.Key("context_tokens"), Kind::kNumber, 1000, 1e9);
        m.max_output_tokens = ReadFigure(r.Optional(j, "max_output_tokens"), p.Key("max_output_tokens"), Kind::kNumber, 1, 1e9);
        if (auto v = r.Optional(j, "pricing")) ReadPricing(*v, p.Key("pricing"), m);
        if (auto v = r.Required(j, "deployment", p)) {
            const PathRef dp = p.Key("deployment");
            if (r.Object(*v, dp, {"api", "self_host"})) {
                if (auto a = r.Required(*v, "api", dp)) m.api = r.Bool(*a, dp.Key("api")).value_or(false);
                if (auto s = r.Required(*v, "self_host", dp)) m.self_host = r.Bool(*s, dp.Key("self_host")).value_or(false);
            }
        }
        if (auto v = r.Optional(j, "modalities")) {
            const PathRef mp = p.Key("modalities");
            if (r.Object(*v, mp, {"input", "output"})) {
                if (auto i = r.Optional(*v, "input")) m.input_modalities = r.StringArray(*i, mp.Key("input"), kModalities).value_or(std::vector<std::string>{});
                if (auto o = r.Optional(*v, "output")) m.output_modalities = r.StringArray(*o, mp.Key("output"), kModalities).value_or(std::vector<std::string>{});
            }
        }
        m.tool_calling = ReadFigure(r.Optional(j, "tool_calling"), p.Key("tool_calling"), Kind::kBool);
        m.structured_output = ReadFigure(r.Optional(j, "structured_output"), p.Key("structured_output"), Kind::kBool);
        m.languages = ReadFigureMap(r.Optional(j, "languages"), p.Key("languages"), 1, 3, nullptr);
        for (const auto& l : m.languages)
            if (std::floor(l.figure.number) != l.figure.number)
                r.Fail(p.Key("languages").Key(l.id).Key("value"), "evidence level must be 1, 2 or 3");
        m.benchmarks = ReadFigureMap(r.Optional(j, "benchmarks"), p.Key("benchmarks"), -1e6, 1e6, &benchmark_ids);
        if (m.benchmarks.size() > options.limits.max_benchmarks_per_model)
            r.Fail(p.Key("benchmarks"), "more than " + std::to_string(options.limits.max_benchmarks_per_model) + " benchmarks");
        if (auto v = r.Optional(j, "speed")) {
            const PathRef sp = p.Key("speed");
            if (r.Object(*v, sp, {"output_tokens_per_s", "ttft_s"})) {
                m.output_tokens_per_s = ReadFigure(r.Optional(*v, "output_tokens_per_s"), sp.Key("output_tokens_per_s"), Kind::kNumber, 0.01, 1e5);
                m.ttft_s = ReadFigure(r.Optional(*v, "ttft_s"), sp.Key("ttft_s"), Kind::kNumber, 0, 600);
            }
        }
        if (auto v = r.Optional(j, "architecture")) {
            const PathRef ap = p.Key("architecture");
            if (r.Object(*v, ap, {"layers", "hidden_size", "attention_heads", "kv_heads", "head_dim", "experts", "active_experts"})) {
                Architecture a;
                a.layers = ReadFigure(r.Optional(*v, "layers"), ap.Key("layers"), Kind::kNumber, 1, 1000);
                a.hidden_size = ReadFigure(r.Optional(*v, "hidden_size"), ap.Key("hidden_size"), Kind::kNumber, 1, 1e6);
                a.attention_heads = ReadFigure(r.Optional(*v, "attention_heads"), ap.Key("attention_heads"), Kind::kNumber, 1, 10000);
                a.kv_heads = ReadFigure(r.Optional(*v, "kv_heads"), ap.Key("kv_heads"), Kind::kNumber, 1, 10000);
                a.head_dim = ReadFigure(r.Optional(*v, "head_dim"), ap.Key("head_dim"), Kind::kNumber, 1, 10000);
                a.experts = ReadFigure(r.Optional(*v, "experts"), ap.Key("experts"), Kind::kNumber, 1, 100000);
                a.active_experts = ReadFigure(r.Optional(*v, "active_experts"), ap.Key("active_experts"), Kind::kNumber, 1, 100000);
                m.architecture = a;
            }
        }
        if (auto v = r.Optional(j, "downloads_gb")) {
            const PathRef dp = p.Key("downloads_gb");
            if (r.Object(*v, dp, {"q4", "q8", "fp16"})) {
                m.download_q4_gb = ReadFigure(r.Optional(*v, "q4"), dp.Key("q4"), Kind::kNumber, 0, 1e5);
                m.download_q8_gb = ReadFigure(r.Optional(*v, "q8"), dp.Key("q8"), Kind::kNumber, 0, 1e5);
                m.download_fp16_gb = ReadFigure(r.Optional(*v, "fp16"), dp.Key("fp16"), Kind::kNumber, 0, 1e5);
            }
        }
        if (auto v = r.Optional(j, "relative_cost")) {
            if (auto rc = r.Integer(*v, p.Key("relative_cost"), 1, 5)) m.relative_cost = static_cast<int>(*rc);
        }
        std::optional<int> expected_cost;
        if (m.pricing && m.pricing->input_per_mtok.Known() && m.pricing->output_per_mtok.Known())
            expected_cost = RelativeCostFromPrices(m.pricing->input_per_mtok.number, m.pricing->output_per_mtok.number);
        if (expected_cost != m.relative_cost && r.IssueCount() == 0)
            r.Fail(p.Key("relative_cost"),
                   "must follow the price rule: expected " + (expected_cost ? std::to_string(*expected_cost) : std::string("null")) +
                       ", got " + (m.relative_cost ? std::to_string(*m.relative_cost) : std::string("null")));
        if (auto v = r.Optional(j, "text")) {
            const PathRef tp = p.Key("text");
            if (r.Object(*v, tp, {"strengths", "use_cases"})) {
                m.strengths = ReadText(r.Optional(*v, "strengths"), tp.Key("strengths"));
                m.use_cases = ReadText(r.Optional(*v, "use_cases"), tp.Key("use_cases"));
            }
        }
    }

    std::size_t SkipSpace(std::size_t pos) const { return SkipJsonSpace(text, pos); }
    bool At(std::size_t pos, char c) const { return pos < text.size() && text[pos] == c; }

    // Parses and reads the deferred models one at a time (`count` of them, unless the parse stopped at the array).
    // False with syntax_failed (the caller re-parses for a located message) or, after an open array, with restart:
    // more models than the limit, or the array was not the root's last member (the caller reads the text again
    // with the array counted first).
    template <class Read>
    bool ReadDeferredModels(std::size_t count, Read& read, ModelIdIndex& ids, std::vector<Model>& models) {
        const bool open = deferred->open;
        JsonLite one;
        std::size_t pos = deferred->begin + 1;
        if (open ? At(SkipSpace(pos), ']') : count == 0) {
            pos = SkipSpace(pos) + 1;
        } else {
            for (std::size_t i = 0;; ++i) {
                if (open && i == options.limits.max_models) {
                    restart = true;  // the counted read names the number of models in its message
                    return false;
                }
                const std::size_t start = pos;
                // root object, models array, model: the model's own nesting may use what is left
                if (!one.Parse(text, pos, max_depth - 2) || pos >= text.size()) {
                    syntax_failed = true;  // the caller parses the whole text again for a located message
                    return false;
                }
                if (open && i == 0) {
                    // Room for twice as many models as the rest of the text would hold if they were like the first:
                    // a vector of ~2 KB models should not grow by copies (room never used is never touched either).
                    const std::size_t first = std::max<std::size_t>(pos - start, 1);
                    const std::size_t n = std::min((text.size() - start) / first * 2 + 16, options.limits.max_models);
                    models.reserve(n);
                    ids.Reserve(n);
                }
                const bool last = open ? text[pos] == ']' : i + 1 == count;
                if (text[pos] != (last ? ']' : ',')) {
                    syntax_failed = true;
                    return false;
                }
                ++pos;
                r.ForgetCursor();  // the nodes of the previous model are gone
                read(one.Root());
                if (last) break;
            }
        }
        if (open) {  // the root must end here
            pos = SkipSpace(pos);
            if (!At(pos, '}') || SkipSpace(pos + 1) != text.size()) {
                restart = true;
                return false;
            }
        }
        return true;
    }

    std::optional<Catalog> Read(const V& doc) {
        if (!r.Object(doc, "", {"format", "format_version", "catalog_version", "as_of", "sources", "providers",
                                "benchmarks", "models", "note", "$schema"}))
            return std::nullopt;
        Catalog c;
        if (auto v = r.Required(doc, "format", ""))
            if (auto s = r.String(*v, "format"); s && *s != "modelmatrix-catalog")
                r.Fail("format", "expected \"modelmatrix-catalog\", got " + Describe(*v));
        if (auto v = r.Required(doc, "format_version", ""))
            if (auto n = r.Integer(*v, "format_version", 1, 1)) c.format_version = static_cast<int>(*n);
        if (auto v = r.Required(doc, "catalog_version", "")) c.catalog_version = r.String(*v, "catalog_version").value_or("");
        if (auto v = r.Required(doc, "as_of", "")) c.as_of = r.Date(*v, "as_of", options.today).value_or("");
        ReadSources(doc, c);
        ReadProviders(doc, c);
        ReadBenchmarks(doc, c);
        IdSet provider_ids, benchmark_ids;
        for (const auto& pr : c.providers) provider_ids.insert(pr.id);
        for (const auto& b : c.benchmarks) benchmark_ids.insert(b.id);
        const V* models = r.Required(doc, "models", "");
        // With `deferred` (LiteNode only, see ReadLite) "models" is an empty placeholder: each model is parsed from the
        // text on its own, read, and forgotten, so the nodes of one model at a time stay in cache. When the parse
        // stopped at the array (`open`), the number of models is not known yet.
        const bool open = deferred && deferred->open;
        const std::size_t count = deferred ? deferred->elements : models && IsArray(*models) ? SizeOf(*models) : 0;
        const bool empty = open ? At(SkipSpace(deferred->begin + 1), ']') : count == 0;
        if (models && !IsArray(*models)) r.Fail("models", "expected an array, got " + Describe(*models));
        else if (!open && models && count > options.limits.max_models)
            r.Fail("models", std::to_string(count) + " models, over the limit of " + std::to_string(options.limits.max_models));
        else if (models) {
            if (empty) r.Fail("models", "the catalog has no model");
            c.models.reserve(count);
            const PathRef list("models");
            ModelIdIndex ids(c.models, count);
            std::size_t i = 0;
            auto read = [&](const V& mj) {
                const PathRef p = list.Index(i++);
                Model& m = c.models.emplace_back();  // in place: a Model is ~2 KB
                ReadModel(mj, p, m, provider_ids, benchmark_ids);
                if (!m.id.empty() && !ids.Insert(c.models.size() - 1))
                    r.Fail(p.Key("id"), "duplicate model id \"" + m.id + "\"");
            };
            if constexpr (std::is_same_v<V, LiteNode>) {
                if (deferred && !ReadDeferredModels(count, read, ids, c.models)) return std::nullopt;
            }
            if (!deferred) ForEachElement(*models, read);
        }
        if (r.IssueCount() > 0) return std::nullopt;
        return c;
    }
};

}  // namespace

#if !MM_CATALOG_NLOHMANN
namespace {

// Reads a catalog from its text with JsonLite. Returns nullopt when the text is not plain valid JSON (the caller then
// asks ParseJson for the located message); issues are the catalog's own problems, with their JSON paths.
std::optional<CatalogLoad> ReadLite(std::string_view text, const CatalogLoadOptions& options) {
    const ParseLimits limits;
    if (text.size() > options.limits.max_bytes) return std::nullopt;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    // First with the parse stopping at "models" (one pass over the text when it is the root's last member, as in
    // every catalog ModelMatrix writes), else with the array scanned and counted first.
    for (const bool stop : {true, false}) {
        JsonLite doc;
        // The whole catalog as nodes would take ~10 bytes per byte of text; deferring "models" keeps one model's worth.
        doc.DeferRootArray("models", stop);
        std::size_t pos = 0;
        if (!doc.Parse(text, pos, limits.max_depth) || (!doc.deferred().open && pos != text.size())) return std::nullopt;
        CatalogLoad out;
        CatalogReader<LiteNode> reader{JsonReader(out.issues), options};
        if (doc.deferred().found) {
            reader.deferred = &doc.deferred();
            reader.text = text;
            reader.max_depth = limits.max_depth;
        }
        out.catalog = reader.Read(doc.Root());
        if (reader.syntax_failed) return std::nullopt;
        if (!reader.restart) return out;
    }
    return std::nullopt;
}

}  // namespace
#endif

CatalogLoad ReadCatalog(const Json& doc, const CatalogLoadOptions& options) {
    CatalogLoad out;
    CatalogReader<Json> reader{JsonReader(out.issues), options};
    out.catalog = reader.Read(doc);
    return out;
}

CatalogLoad LoadCatalog(std::string_view json_text, const CatalogLoadOptions& options) {
#if !MM_CATALOG_NLOHMANN
    // JsonLite reads a 100 000-model catalog ~5x faster than a DOM of nlohmann values. The web app, whose only
    // catalog is the shipped one, builds with MM_CATALOG_NLOHMANN=1 and saves JsonLite's code (its download budget).
    if (auto load = ReadLite(json_text, options)) return std::move(*load);
#endif
    // Not valid JSON: nlohmann's parser names the problem and its line and column (and the limits, NUL bytes…).
    CatalogLoad out;
    ParseLimits limits;
    limits.max_bytes = options.limits.max_bytes;
    auto doc = ParseJson(json_text, out.issues, limits);
    if (!doc) return out;
    return ReadCatalog(*doc, options);
}

Json FigureJson(const Figure& f) {
    if (!f.Known()) return nullptr;
    if (!f.text.empty()) return f.text;
    return f.number;
}

Json ModelSummaryJson(const Model& m) {
    Json j;
    j["id"] = m.id;
    j["name"] = m.name;
    j["provider"] = m.provider;
    j["family"] = m.family;
    j["open_weights"] = m.OpenWeights();
    j["license"] = m.license.name;
    j["license_class"] = ToString(m.license.license_class);
    j["commercial_use"] = m.license.commercial_use;
    j["params_b"] = FigureJson(m.params_b);
    j["active_params_b"] = FigureJson(m.active_params_b);
    j["context_tokens"] = FigureJson(m.context_tokens);
    j["max_output_tokens"] = FigureJson(m.max_output_tokens);
    j["input_usd_per_mtok"] = m.pricing ? FigureJson(m.pricing->input_per_mtok) : Json(nullptr);
    j["output_usd_per_mtok"] = m.pricing ? FigureJson(m.pricing->output_per_mtok) : Json(nullptr);
    j["cached_input_usd_per_mtok"] = m.pricing ? FigureJson(m.pricing->cached_input_per_mtok) : Json(nullptr);
    j["release_date"] = FigureJson(m.release_date);
    j["status"] = ToString(m.status);
    j["specialties"] = m.specialties;
    j["relative_cost"] = m.relative_cost ? Json(*m.relative_cost) : Json(nullptr);
    Json b = Json::object();
    for (const auto& nf : m.benchmarks) b[nf.id] = nf.figure.number;
    j["benchmarks"] = b;
    return j;
}

}  // namespace mm
