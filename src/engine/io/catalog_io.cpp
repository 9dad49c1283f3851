// catalog.json -> Catalog, enforcing docs/CATALOG_FORMAT.md; problems carry their JSON path.
#include "engine/io/catalog_io.h"

#include <cmath>
#include <limits>
#include <set>
#include <unordered_set>

namespace mm {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
using IdSet = std::set<std::string, std::less<>>;

const std::initializer_list<std::string_view> kModalities = {"text", "image", "audio", "video", "pdf"};
const std::initializer_list<std::string_view> kSpecialties = {
    "code", "math", "reasoning", "vision", "embedding", "multilingual", "small", "long_context"};

struct CatalogReader {
    JsonReader r;
    const CatalogLoadOptions& options;
    IdSet known_sources = {};  // the declared ones

    // value kinds a figure may hold
    enum class Kind { kNumber, kBool, kDate };

    // A figure slot: null (unknown), {"undisclosed": true}, or {value, source, basis, as_of?, note?}.
    Figure ReadFigure(const Json* j, const PathRef& path, Kind kind = Kind::kNumber, double min = -kInf,
                      double max = kInf, bool allow_undisclosed = false) {
        Figure f;
        if (!j || j->is_null()) return f;
        if (!j->is_object()) {
            r.Fail(path, "expected a figure object {value, source, basis} or null, got " + Describe(*j));
            return f;
        }
        if (const Json* undisclosed = Find(*j, "undisclosed")) {
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
        const Json* v = r.Required(*j, "value", path);
        const PathRef vpath = path.Key("value");
        if (v) {
            if (v->is_null()) r.Fail(vpath, "a figure needs a value (write the whole figure as null when unknown)");
            else if (kind == Kind::kNumber) f.number = r.Number(*v, vpath, min, max).value_or(0);
            else if (kind == Kind::kBool) f.number = r.Bool(*v, vpath).value_or(false) ? 1 : 0;
            else f.text = r.Date(*v, vpath, options.today).value_or("");
        }
        if (const Json* s = r.Required(*j, "source", path)) {
            if (auto id = r.String(*s, path.Key("source"))) {
                if (!known_sources.count(*id)) r.Fail(path.Key("source"), "unknown source id \"" + *id + "\"");
                else f.source = std::move(*id);
            }
        }
        if (const Json* b = r.Required(*j, "basis", path)) {
            if (auto e = r.Enum(*b, path.Key("basis"), {"vendor", "third_party", "estimate"}))
                f.basis = static_cast<Basis>(*e + 1);
        }
        if (auto a = r.Optional(*j, "as_of")) f.as_of = r.Date(*a, path.Key("as_of"), options.today).value_or("");
        if (auto n = r.Optional(*j, "note")) f.note = r.String(*n, path.Key("note"), true).value_or("");
        if (r.IssueCount() == before) f.state = Figure::State::kKnown;
        return f;
    }

    LocalizedText ReadText(const Json* j, const PathRef& path) {
        LocalizedText t;
        if (!j) return t;
        if (!r.Object(*j, path, {"en", "fr"})) return t;
        if (auto e = r.Optional(*j, "en")) t.en = r.String(*e, path.Key("en"), true).value_or("");
        if (auto f = r.Optional(*j, "fr")) t.fr = r.String(*f, path.Key("fr"), true).value_or("");
        return t;
    }

    std::vector<NamedFigure> ReadFigureMap(const Json* j, const PathRef& path, double min, double max,
                                           const IdSet* known_ids) {
        std::vector<NamedFigure> out;
        if (!j) return out;
        if (!j->is_object()) {
            r.Fail(path, "expected an object, got " + Describe(*j));
            return out;
        }
        out.reserve(j->size());
        for (const auto& member : j->items()) {  // in key order
            const PathRef p = path.Key(member.key());
            if (known_ids && !known_ids->count(member.key())) {
                r.Fail(p, "unknown id \"" + member.key() + "\"");
                continue;
            }
            Figure f = ReadFigure(&member.value(), p, Kind::kNumber, min, max);
            if (f.Known()) out.push_back({member.key(), f});
        }
        return out;
    }

    // Calls read(item, its path) for each element of the root's array `key`, a required member.
    template <class F>
    void ForEachListed(const Json& doc, const char* key, F&& read) {
        const Json* arr = r.Required(doc, key, "");
        if (!arr) return;
        if (!arr->is_array()) return r.Fail(key, "expected an array, got " + Describe(*arr));
        const PathRef list(key);
        for (std::size_t i = 0; i < arr->size(); ++i) read((*arr)[i], list.Index(i));
    }

    void ReadSources(const Json& doc, Catalog& c) {
        ForEachListed(doc, "sources", [&](const Json& s, const PathRef& p) {
            if (!r.Object(s, p, {"id", "title", "url", "publisher", "license", "as_of", "note"})) return;
            Source src;
            if (auto v = r.Required(s, "id", p)) src.id = r.String(*v, p.Key("id")).value_or("");
            if (auto v = r.Required(s, "title", p)) src.title = r.String(*v, p.Key("title")).value_or("");
            if (auto v = r.Required(s, "url", p)) src.url = r.String(*v, p.Key("url")).value_or("");
            if (auto v = r.Optional(s, "publisher")) src.publisher = r.String(*v, p.Key("publisher")).value_or("");
            if (auto v = r.Optional(s, "license")) src.license = r.String(*v, p.Key("license")).value_or("");
            if (auto v = r.Required(s, "as_of", p)) src.as_of = r.Date(*v, p.Key("as_of"), options.today).value_or("");
            if (!src.id.empty() && !known_sources.insert(src.id).second)
                r.Fail(p.Key("id"), "duplicate source id \"" + src.id + "\"");
            c.sources.push_back(std::move(src));
        });
    }

    void ReadProviders(const Json& doc, Catalog& c) {
        IdSet ids;
        ForEachListed(doc, "providers", [&](const Json& j, const PathRef& p) {
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

    void ReadBenchmarks(const Json& doc, Catalog& c) {
        IdSet ids;
        ForEachListed(doc, "benchmarks", [&](const Json& j, const PathRef& p) {
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

    void ReadPricing(const Json& j, const PathRef& p, Model& m) {
        if (!r.Object(j, p, {"input_per_mtok", "output_per_mtok", "cached_input_per_mtok", "long_context", "host"}))
            return;
        Pricing pr;
        pr.input_per_mtok = ReadFigure(r.Required(j, "input_per_mtok", p), p.Key("input_per_mtok"), Kind::kNumber, 0, 1000);
        pr.output_per_mtok = ReadFigure(r.Required(j, "output_per_mtok", p), p.Key("output_per_mtok"), Kind::kNumber, 0, 1000);
        pr.cached_input_per_mtok = ReadFigure(r.Optional(j, "cached_input_per_mtok"), p.Key("cached_input_per_mtok"), Kind::kNumber, 0, 1000);
        if (!pr.input_per_mtok.Known() && Find(j, "input_per_mtok") && Find(j, "input_per_mtok")->is_null())
            r.Fail(p.Key("input_per_mtok"), "a priced model needs an input price (set pricing to null when there is no API price)");
        if (!pr.output_per_mtok.Known() && Find(j, "output_per_mtok") && Find(j, "output_per_mtok")->is_null())
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

    void ReadModel(const Json& j, const PathRef& p, Model& m, const IdSet& provider_ids,
                   const IdSet& benchmark_ids) {
        if (!r.Object(j, p, {"id", "name", "provider", "family", "kind", "specialties", "course_classic",
                             "generation", "status", "release_date", "license", "params_b", "active_params_b",
                             "context_tokens", "max_output_tokens", "pricing", "deployment", "modalities",
                             "tool_calling", "structured_output", "languages", "benchmarks", "speed",
                             "architecture", "downloads_gb", "relative_cost", "text", "note"}))
            return;
        if (auto v = r.Required(j, "id", p)) {
            if (auto id = r.String(*v, p.Key("id"))) {
                if (!id->empty() && !IsValidId(*id)) r.Fail(p.Key("id"), "ids use only a-z, 0-9, '.', '-' and '_', got " + Describe(*v));
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

    // Each model's part of `doc` is freed once read: the document (~7 bytes per byte of text) and the catalog it
    // becomes are never both whole in memory.
    std::optional<Catalog> Read(Json& doc) {
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
        const Json* models = r.Required(doc, "models", "");
        if (models && !models->is_array()) r.Fail("models", "expected an array, got " + Describe(*models));
        else if (models && models->size() > options.limits.max_models)
            r.Fail("models", std::to_string(models->size()) + " models, over the limit of " + std::to_string(options.limits.max_models));
        else if (models) {
            if (models->empty()) r.Fail("models", "the catalog has no model");
            c.models.reserve(models->size());
            std::unordered_set<std::string> ids;
            const PathRef list("models");
            Json& model_docs = doc.at("models");
            for (std::size_t i = 0; i < model_docs.size(); ++i) {
                const PathRef p = list.Index(i);
                Model& m = c.models.emplace_back();
                ReadModel(model_docs[i], p, m, provider_ids, benchmark_ids);
                model_docs[i] = nullptr;
                if (!m.id.empty() && !ids.insert(m.id).second)
                    r.Fail(p.Key("id"), "duplicate model id \"" + m.id + "\"");
            }
        }
        if (r.IssueCount() > 0) return std::nullopt;
        return c;
    }
};

}  // namespace

CatalogLoad LoadCatalog(std::string_view json_text, const CatalogLoadOptions& options) {
    CatalogLoad out;
    ParseLimits limits;
    limits.max_bytes = options.limits.max_bytes;
    auto doc = ParseJson(json_text, out.issues, limits);
    if (!doc) return out;
    CatalogReader reader{JsonReader(out.issues), options};
    out.catalog = reader.Read(*doc);
    return out;
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
