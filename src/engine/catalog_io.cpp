// catalog.json -> Catalog, enforcing docs/CATALOG_FORMAT.md; problems carry their JSON path.
#include "engine/catalog_io.h"

#include <cmath>
#include <limits>
#include <set>

namespace mm {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const std::initializer_list<std::string_view> kModalities = {"text", "image", "audio", "video", "pdf"};
const std::initializer_list<std::string_view> kSpecialties = {
    "code", "math", "reasoning", "vision", "embedding", "multilingual", "small", "long_context"};

struct CatalogReader {
    JsonReader r;
    const CatalogLoadOptions& options;
    std::set<std::string> source_ids;
    const std::vector<std::string_view>* model_texts = nullptr;  // one slice of JSON text per model, or null
    bool chunk_failed = false;

    // value kinds a figure may hold
    enum class Kind { kNumber, kBool, kDate };

    // A figure slot: null (unknown), {"undisclosed": true}, or {value, source, basis, as_of?, note?}.
    Figure ReadFigure(const Json* j, const std::string& path, Kind kind = Kind::kNumber, double min = -kInf,
                      double max = kInf, bool allow_undisclosed = false) {
        Figure f;
        if (!j || j->is_null()) return f;
        if (!j->is_object()) {
            r.Fail(path, "expected a figure object {value, source, basis} or null, got " + Describe(*j));
            return f;
        }
        if (j->contains("undisclosed")) {
            r.Object(*j, path, {"undisclosed", "note", "source"});
            if (!allow_undisclosed) r.Fail(JoinPath(path, "undisclosed"), "not allowed for this figure");
            else if (auto b = r.Bool(j->at("undisclosed"), JoinPath(path, "undisclosed")); b && !*b)
                r.Fail(JoinPath(path, "undisclosed"), "must be true (use null for an unknown value)");
            f.state = Figure::State::kUndisclosed;
            if (auto n = r.Optional(*j, "note")) f.note = r.String(*n, JoinPath(path, "note")).value_or("");
            return f;
        }
        if (!r.Object(*j, path, {"value", "source", "basis", "as_of", "note"})) return f;
        const std::size_t before = r.IssueCount();
        const Json* v = r.Required(*j, "value", path);
        const std::string vpath = JoinPath(path, "value");
        if (v) {
            if (v->is_null()) r.Fail(vpath, "a figure needs a value (write the whole figure as null when unknown)");
            else if (kind == Kind::kNumber) f.number = r.Number(*v, vpath, min, max).value_or(0);
            else if (kind == Kind::kBool) f.number = r.Bool(*v, vpath).value_or(false) ? 1 : 0;
            else f.text = r.Date(*v, vpath, options.today).value_or("");
        }
        if (const Json* s = r.Required(*j, "source", path)) {
            if (auto id = r.String(*s, JoinPath(path, "source"))) {
                if (!source_ids.count(*id)) r.Fail(JoinPath(path, "source"), "unknown source id \"" + *id + "\"");
                f.source = *id;
            }
        }
        if (const Json* b = r.Required(*j, "basis", path)) {
            if (auto e = r.Enum(*b, JoinPath(path, "basis"), {"vendor", "third_party", "estimate"}))
                f.basis = static_cast<Basis>(*e + 1);
        }
        if (auto a = r.Optional(*j, "as_of")) f.as_of = r.Date(*a, JoinPath(path, "as_of"), options.today).value_or("");
        if (auto n = r.Optional(*j, "note")) f.note = r.String(*n, JoinPath(path, "note"), true).value_or("");
        if (r.IssueCount() == before) f.state = Figure::State::kKnown;
        return f;
    }

    LocalizedText ReadText(const Json* j, const std::string& path) {
        LocalizedText t;
        if (!j) return t;
        if (!r.Object(*j, path, {"en", "fr"})) return t;
        if (auto e = r.Optional(*j, "en")) t.en = r.String(*e, JoinPath(path, "en"), true).value_or("");
        if (auto f = r.Optional(*j, "fr")) t.fr = r.String(*f, JoinPath(path, "fr"), true).value_or("");
        return t;
    }

    std::vector<NamedFigure> ReadFigureMap(const Json* j, const std::string& path, double min, double max,
                                           const std::set<std::string>* known_ids) {
        std::vector<NamedFigure> out;
        if (!j) return out;
        if (!j->is_object()) {
            r.Fail(path, "expected an object, got " + Describe(*j));
            return out;
        }
        for (const auto& [key, value] : j->items()) {
            const std::string p = JoinPath(path, key);
            if (known_ids && !known_ids->count(key)) {
                r.Fail(p, "unknown id \"" + key + "\"");
                continue;
            }
            Figure f = ReadFigure(&value, p, Kind::kNumber, min, max);
            if (f.Known()) out.push_back({key, f});
        }
        return out;
    }

    void ReadSources(const Json& doc, Catalog& c) {
        const Json* arr = r.Required(doc, "sources", "");
        if (!arr) return;
        if (!arr->is_array()) return r.Fail("sources", "expected an array, got " + Describe(*arr));
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const std::string p = JoinPath("sources", i);
            const Json& s = (*arr)[i];
            if (!r.Object(s, p, {"id", "title", "url", "publisher", "license", "as_of", "note"})) continue;
            Source src;
            if (auto v = r.Required(s, "id", p)) src.id = r.String(*v, JoinPath(p, "id")).value_or("");
            if (auto v = r.Required(s, "title", p)) src.title = r.String(*v, JoinPath(p, "title")).value_or("");
            if (auto v = r.Required(s, "url", p)) src.url = r.String(*v, JoinPath(p, "url")).value_or("");
            if (auto v = r.Optional(s, "publisher")) src.publisher = r.String(*v, JoinPath(p, "publisher")).value_or("");
            if (auto v = r.Optional(s, "license")) src.license = r.String(*v, JoinPath(p, "license")).value_or("");
            if (auto v = r.Required(s, "as_of", p)) src.as_of = r.Date(*v, JoinPath(p, "as_of"), options.today).value_or("");
            if (!src.id.empty() && !source_ids.insert(src.id).second)
                r.Fail(JoinPath(p, "id"), "duplicate source id \"" + src.id + "\"");
            c.sources.push_back(std::move(src));
        }
    }

    void ReadProviders(const Json& doc, Catalog& c) {
        const Json* arr = r.Required(doc, "providers", "");
        if (!arr) return;
        if (!arr->is_array()) return r.Fail("providers", "expected an array, got " + Describe(*arr));
        std::set<std::string> ids;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const std::string p = JoinPath("providers", i);
            const Json& j = (*arr)[i];
            if (!r.Object(j, p, {"id", "name", "country", "privacy", "note"})) continue;
            Provider pr;
            if (auto v = r.Required(j, "id", p)) pr.id = r.String(*v, JoinPath(p, "id")).value_or("");
            if (auto v = r.Required(j, "name", p)) pr.name = r.String(*v, JoinPath(p, "name")).value_or("");
            if (auto v = r.Optional(j, "country")) pr.country = r.String(*v, JoinPath(p, "country")).value_or("");
            if (auto v = r.Optional(j, "privacy")) {
                const std::string pp = JoinPath(p, "privacy");
                if (r.Object(*v, pp, {"trains_on_api_data", "retention_days", "zero_retention_option",
                                      "eu_data_residency"})) {
                    pr.has_privacy = true;
                    pr.trains_on_api_data = ReadFigure(r.Optional(*v, "trains_on_api_data"),
                                                       JoinPath(pp, "trains_on_api_data"), Kind::kBool);
                    pr.retention_days = ReadFigure(r.Optional(*v, "retention_days"), JoinPath(pp, "retention_days"),
                                                   Kind::kNumber, 0, 3650);
                    pr.zero_retention_option = ReadFigure(r.Optional(*v, "zero_retention_option"),
                                                          JoinPath(pp, "zero_retention_option"), Kind::kBool);
                    pr.eu_data_residency = ReadFigure(r.Optional(*v, "eu_data_residency"),
                                                      JoinPath(pp, "eu_data_residency"), Kind::kBool);
                }
            }
            if (!pr.id.empty() && !ids.insert(pr.id).second)
                r.Fail(JoinPath(p, "id"), "duplicate provider id \"" + pr.id + "\"");
            c.providers.push_back(std::move(pr));
        }
    }

    void ReadBenchmarks(const Json& doc, Catalog& c) {
        const Json* arr = r.Required(doc, "benchmarks", "");
        if (!arr) return;
        if (!arr->is_array()) return r.Fail("benchmarks", "expected an array, got " + Describe(*arr));
        std::set<std::string> ids;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const std::string p = JoinPath("benchmarks", i);
            const Json& j = (*arr)[i];
            if (!r.Object(j, p, {"id", "name", "unit", "scale_max", "higher_is_better", "description", "source"}))
                continue;
            BenchmarkInfo b;
            if (auto v = r.Required(j, "id", p)) b.id = r.String(*v, JoinPath(p, "id")).value_or("");
            if (auto v = r.Required(j, "name", p)) b.name = r.String(*v, JoinPath(p, "name")).value_or("");
            if (auto v = r.Required(j, "unit", p)) b.unit = r.String(*v, JoinPath(p, "unit"), true).value_or("");
            if (auto v = r.Optional(j, "scale_max")) b.scale_max = r.Number(*v, JoinPath(p, "scale_max"), 0, 1e6).value_or(100);
            if (auto v = r.Required(j, "higher_is_better", p)) b.higher_is_better = r.Bool(*v, JoinPath(p, "higher_is_better")).value_or(true);
            b.description = ReadText(r.Optional(j, "description"), JoinPath(p, "description"));
            if (!b.id.empty() && !ids.insert(b.id).second)
                r.Fail(JoinPath(p, "id"), "duplicate benchmark id \"" + b.id + "\"");
            c.benchmarks.push_back(std::move(b));
        }
    }

    void ReadPricing(const Json& j, const std::string& p, Model& m) {
        if (!r.Object(j, p, {"input_per_mtok", "output_per_mtok", "cached_input_per_mtok", "long_context", "host"}))
            return;
        Pricing pr;
        pr.input_per_mtok = ReadFigure(r.Required(j, "input_per_mtok", p), JoinPath(p, "input_per_mtok"), Kind::kNumber, 0, 1000);
        pr.output_per_mtok = ReadFigure(r.Required(j, "output_per_mtok", p), JoinPath(p, "output_per_mtok"), Kind::kNumber, 0, 1000);
        pr.cached_input_per_mtok = ReadFigure(r.Optional(j, "cached_input_per_mtok"), JoinPath(p, "cached_input_per_mtok"), Kind::kNumber, 0, 1000);
        if (!pr.input_per_mtok.Known() && j.contains("input_per_mtok") && j.at("input_per_mtok").is_null())
            r.Fail(JoinPath(p, "input_per_mtok"), "a priced model needs an input price (set pricing to null when there is no API price)");
        if (!pr.output_per_mtok.Known() && j.contains("output_per_mtok") && j.at("output_per_mtok").is_null())
            r.Fail(JoinPath(p, "output_per_mtok"), "a priced model needs an output price (set pricing to null when there is no API price)");
        if (auto lc = r.Optional(j, "long_context")) {
            const std::string lp = JoinPath(p, "long_context");
            if (r.Object(*lc, lp, {"threshold_tokens", "input_per_mtok", "output_per_mtok"})) {
                LongContextPrice l;
                if (auto t = r.Required(*lc, "threshold_tokens", lp))
                    l.threshold_tokens = r.Number(*t, JoinPath(lp, "threshold_tokens"), 1000, 1e9).value_or(0);
                l.input_per_mtok = ReadFigure(r.Required(*lc, "input_per_mtok", lp), JoinPath(lp, "input_per_mtok"), Kind::kNumber, 0, 1000);
                l.output_per_mtok = ReadFigure(r.Required(*lc, "output_per_mtok", lp), JoinPath(lp, "output_per_mtok"), Kind::kNumber, 0, 1000);
                pr.long_context = l;
            }
        }
        if (auto h = r.Optional(j, "host")) pr.host = r.String(*h, JoinPath(p, "host")).value_or("");
        m.pricing = pr;
    }

    void ReadModel(const Json& j, const std::string& p, Model& m, const std::set<std::string>& provider_ids,
                   const std::set<std::string>& benchmark_ids) {
        if (!r.Object(j, p, {"id", "name", "provider", "family", "kind", "specialties", "course_classic",
                             "generation", "status", "release_date", "license", "params_b", "active_params_b",
                             "context_tokens", "max_output_tokens", "pricing", "deployment", "modalities",
                             "tool_calling", "structured_output", "languages", "benchmarks", "speed",
                             "architecture", "downloads_gb", "relative_cost", "text", "note"}))
            return;
        if (auto v = r.Required(j, "id", p)) {
            if (auto id = r.String(*v, JoinPath(p, "id"))) {
                bool ok = true;
                for (char ch : *id) ok = ok && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '_');
                if (!ok) r.Fail(JoinPath(p, "id"), "ids use only a-z, 0-9, '.', '-' and '_', got " + Describe(*v));
                m.id = *id;
            }
        }
        if (auto v = r.Required(j, "name", p)) m.name = r.String(*v, JoinPath(p, "name")).value_or("");
        if (auto v = r.Required(j, "provider", p)) {
            m.provider = r.String(*v, JoinPath(p, "provider")).value_or("");
            if (!m.provider.empty() && !provider_ids.count(m.provider))
                r.Fail(JoinPath(p, "provider"), "unknown provider id \"" + m.provider + "\"");
        }
        if (auto v = r.Required(j, "family", p)) m.family = r.String(*v, JoinPath(p, "family")).value_or("");
        if (auto v = r.Required(j, "kind", p))
            if (auto e = r.Enum(*v, JoinPath(p, "kind"), {"proprietary", "open_weights"})) m.kind = static_cast<ModelKind>(*e + 1);
        if (auto v = r.Optional(j, "specialties"))
            m.specialties = r.StringArray(*v, JoinPath(p, "specialties"), kSpecialties).value_or(std::vector<std::string>{});
        if (auto v = r.Optional(j, "course_classic")) m.course_classic = r.Bool(*v, JoinPath(p, "course_classic")).value_or(false);
        if (auto v = r.Optional(j, "generation"))
            if (auto e = r.Enum(*v, JoinPath(p, "generation"), {"current", "older"})) m.older_generation = *e == 1;
        if (auto v = r.Required(j, "status", p)) {
            const std::string sp = JoinPath(p, "status");
            if (r.Object(*v, sp, {"value", "date", "source", "basis", "note"})) {
                if (auto s = r.Required(*v, "value", sp))
                    if (auto e = r.Enum(*s, JoinPath(sp, "value"), {"current", "legacy", "deprecated", "retired"}))
                        m.status = static_cast<Status>(*e + 1);
                if (auto d = r.Optional(*v, "date")) m.status_date = r.Date(*d, JoinPath(sp, "date")).value_or("");
                if (auto s = r.Optional(*v, "source")) {
                    m.status_source = r.String(*s, JoinPath(sp, "source")).value_or("");
                    if (!m.status_source.empty() && !source_ids.count(m.status_source))
                        r.Fail(JoinPath(sp, "source"), "unknown source id \"" + m.status_source + "\"");
                }
                if (auto b = r.Optional(*v, "basis")) r.Enum(*b, JoinPath(sp, "basis"), {"vendor", "third_party", "estimate"});
            }
        }
        m.release_date = ReadFigure(r.Optional(j, "release_date"), JoinPath(p, "release_date"), Kind::kDate);
        if (auto v = r.Required(j, "license", p)) {
            const std::string lp = JoinPath(p, "license");
            if (r.Object(*v, lp, {"name", "class", "commercial_use", "restrictions", "url", "source"})) {
                if (auto n = r.Required(*v, "name", lp)) m.license.name = r.String(*n, JoinPath(lp, "name")).value_or("");
                if (auto c = r.Required(*v, "class", lp))
                    if (auto e = r.Enum(*c, JoinPath(lp, "class"), {"permissive", "open_restricted", "proprietary"}))
                        m.license.license_class = static_cast<LicenseClass>(*e + 1);
                if (auto c = r.Required(*v, "commercial_use", lp)) m.license.commercial_use = r.Bool(*c, JoinPath(lp, "commercial_use")).value_or(false);
                if (auto s = r.Optional(*v, "restrictions")) m.license.restrictions = r.String(*s, JoinPath(lp, "restrictions"), true).value_or("");
                if (auto s = r.Optional(*v, "url")) m.license.url = r.String(*s, JoinPath(lp, "url")).value_or("");
                if (auto s = r.Optional(*v, "source")) {
                    m.license.source = r.String(*s, JoinPath(lp, "source")).value_or("");
                    if (!m.license.source.empty() && !source_ids.count(m.license.source))
                        r.Fail(JoinPath(lp, "source"), "unknown source id \"" + m.license.source + "\"");
                }
            }
        }
        m.params_b = ReadFigure(r.Optional(j, "params_b"), JoinPath(p, "params_b"), Kind::kNumber, 0.001, 1e5, true);
        m.active_params_b = ReadFigure(r.Optional(j, "active_params_b"), JoinPath(p, "active_params_b"), Kind::kNumber, 0.001, 1e5, true);
        if (m.params_b.Known() && m.active_params_b.Known() && m.active_params_b.number > m.params_b.number)
            r.Fail(JoinPath(p, "active_params_b"), "active parameters exceed total parameters");
        m.context_tokens = ReadFigure(r.Optional(j, "context_tokens"), JoinPath(p, "context_tokens"), Kind::kNumber, 1000, 1e9);
        m.max_output_tokens = ReadFigure(r.Optional(j, "max_output_tokens"), JoinPath(p, "max_output_tokens"), Kind::kNumber, 1, 1e9);
        if (auto v = r.Optional(j, "pricing")) ReadPricing(*v, JoinPath(p, "pricing"), m);
        if (auto v = r.Required(j, "deployment", p)) {
            const std::string dp = JoinPath(p, "deployment");
            if (r.Object(*v, dp, {"api", "self_host"})) {
                if (auto a = r.Required(*v, "api", dp)) m.api = r.Bool(*a, JoinPath(dp, "api")).value_or(false);
                if (auto s = r.Required(*v, "self_host", dp)) m.self_host = r.Bool(*s, JoinPath(dp, "self_host")).value_or(false);
            }
        }
        if (auto v = r.Optional(j, "modalities")) {
            const std::string mp = JoinPath(p, "modalities");
            if (r.Object(*v, mp, {"input", "output"})) {
                if (auto i = r.Optional(*v, "input")) m.input_modalities = r.StringArray(*i, JoinPath(mp, "input"), kModalities).value_or(std::vector<std::string>{});
                if (auto o = r.Optional(*v, "output")) m.output_modalities = r.StringArray(*o, JoinPath(mp, "output"), kModalities).value_or(std::vector<std::string>{});
            }
        }
        m.tool_calling = ReadFigure(r.Optional(j, "tool_calling"), JoinPath(p, "tool_calling"), Kind::kBool);
        m.structured_output = ReadFigure(r.Optional(j, "structured_output"), JoinPath(p, "structured_output"), Kind::kBool);
        m.languages = ReadFigureMap(r.Optional(j, "languages"), JoinPath(p, "languages"), 1, 3, nullptr);
        for (const auto& l : m.languages)
            if (std::floor(l.figure.number) != l.figure.number)
                r.Fail(JoinPath(JoinPath(p, "languages"), l.id) + ".value", "evidence level must be 1, 2 or 3");
        m.benchmarks = ReadFigureMap(r.Optional(j, "benchmarks"), JoinPath(p, "benchmarks"), -1e6, 1e6, &benchmark_ids);
        if (m.benchmarks.size() > options.limits.max_benchmarks_per_model)
            r.Fail(JoinPath(p, "benchmarks"), "more than " + std::to_string(options.limits.max_benchmarks_per_model) + " benchmarks");
        if (auto v = r.Optional(j, "speed")) {
            const std::string sp = JoinPath(p, "speed");
            if (r.Object(*v, sp, {"output_tokens_per_s", "ttft_s"})) {
                m.output_tokens_per_s = ReadFigure(r.Optional(*v, "output_tokens_per_s"), JoinPath(sp, "output_tokens_per_s"), Kind::kNumber, 0.01, 1e5);
                m.ttft_s = ReadFigure(r.Optional(*v, "ttft_s"), JoinPath(sp, "ttft_s"), Kind::kNumber, 0, 600);
            }
        }
        if (auto v = r.Optional(j, "architecture")) {
            const std::string ap = JoinPath(p, "architecture");
            if (r.Object(*v, ap, {"layers", "hidden_size", "attention_heads", "kv_heads", "head_dim", "experts", "active_experts"})) {
                Architecture a;
                a.layers = ReadFigure(r.Optional(*v, "layers"), JoinPath(ap, "layers"), Kind::kNumber, 1, 1000);
                a.hidden_size = ReadFigure(r.Optional(*v, "hidden_size"), JoinPath(ap, "hidden_size"), Kind::kNumber, 1, 1e6);
                a.attention_heads = ReadFigure(r.Optional(*v, "attention_heads"), JoinPath(ap, "attention_heads"), Kind::kNumber, 1, 10000);
                a.kv_heads = ReadFigure(r.Optional(*v, "kv_heads"), JoinPath(ap, "kv_heads"), Kind::kNumber, 1, 10000);
                a.head_dim = ReadFigure(r.Optional(*v, "head_dim"), JoinPath(ap, "head_dim"), Kind::kNumber, 1, 10000);
                a.experts = ReadFigure(r.Optional(*v, "experts"), JoinPath(ap, "experts"), Kind::kNumber, 1, 100000);
                a.active_experts = ReadFigure(r.Optional(*v, "active_experts"), JoinPath(ap, "active_experts"), Kind::kNumber, 1, 100000);
                m.architecture = a;
            }
        }
        if (auto v = r.Optional(j, "downloads_gb")) {
            const std::string dp = JoinPath(p, "downloads_gb");
            if (r.Object(*v, dp, {"q4", "q8", "fp16"})) {
                m.download_q4_gb = ReadFigure(r.Optional(*v, "q4"), JoinPath(dp, "q4"), Kind::kNumber, 0, 1e5);
                m.download_q8_gb = ReadFigure(r.Optional(*v, "q8"), JoinPath(dp, "q8"), Kind::kNumber, 0, 1e5);
                m.download_fp16_gb = ReadFigure(r.Optional(*v, "fp16"), JoinPath(dp, "fp16"), Kind::kNumber, 0, 1e5);
            }
        }
        if (auto v = r.Optional(j, "relative_cost")) {
            if (auto rc = r.Integer(*v, JoinPath(p, "relative_cost"), 1, 5)) m.relative_cost = static_cast<int>(*rc);
        }
        std::optional<int> expected_cost;
        if (m.pricing && m.pricing->input_per_mtok.Known() && m.pricing->output_per_mtok.Known())
            expected_cost = RelativeCostFromPrices(m.pricing->input_per_mtok.number, m.pricing->output_per_mtok.number);
        if (expected_cost != m.relative_cost && r.IssueCount() == 0)
            r.Fail(JoinPath(p, "relative_cost"),
                   "must follow the price rule: expected " + (expected_cost ? std::to_string(*expected_cost) : std::string("null")) +
                       ", got " + (m.relative_cost ? std::to_string(*m.relative_cost) : std::string("null")));
        if (auto v = r.Optional(j, "text")) {
            const std::string tp = JoinPath(p, "text");
            if (r.Object(*v, tp, {"strengths", "use_cases"})) {
                m.strengths = ReadText(r.Optional(*v, "strengths"), JoinPath(tp, "strengths"));
                m.use_cases = ReadText(r.Optional(*v, "use_cases"), JoinPath(tp, "use_cases"));
            }
        }
    }

    std::optional<Catalog> Read(const Json& doc) {
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
        std::set<std::string> provider_ids, benchmark_ids;
        for (const auto& pr : c.providers) provider_ids.insert(pr.id);
        for (const auto& b : c.benchmarks) benchmark_ids.insert(b.id);
        const Json* models = r.Required(doc, "models", "");
        // With model_texts (large catalogs, see LoadCatalog) "models" is an empty placeholder and each model is parsed
        // from its own slice of the text, one at a time.
        const std::size_t count = model_texts ? model_texts->size() : models && models->is_array() ? models->size() : 0;
        if (models && !models->is_array()) r.Fail("models", "expected an array, got " + Describe(*models));
        else if (models && count > options.limits.max_models)
            r.Fail("models", std::to_string(count) + " models, over the limit of " + std::to_string(options.limits.max_models));
        else if (models) {
            if (count == 0) r.Fail("models", "the catalog has no model");
            std::set<std::string> ids;
            c.models.reserve(count);
            Json chunk;
            for (std::size_t i = 0; i < count; ++i) {
                const std::string p = JoinPath("models", i);
                const Json* mj = nullptr;
                if (model_texts) {
                    const std::string_view t = (*model_texts)[i];
                    chunk = Json::parse(t.begin(), t.end(), nullptr, false);
                    if (chunk.is_discarded()) {
                        chunk_failed = true;  // the caller parses the whole text again for a located message
                        return std::nullopt;
                    }
                    mj = &chunk;
                } else {
                    mj = &(*models)[i];
                }
                Model m;
                ReadModel(*mj, p, m, provider_ids, benchmark_ids);
                if (!m.id.empty() && !ids.insert(m.id).second) r.Fail(JoinPath(p, "id"), "duplicate model id \"" + m.id + "\"");
                c.models.push_back(std::move(m));
            }
        }
        if (r.IssueCount() > 0) return std::nullopt;
        return c;
    }
};

}  // namespace

CatalogLoad ReadCatalog(const Json& doc, const CatalogLoadOptions& options) {
    CatalogLoad out;
    CatalogReader reader{JsonReader(out.issues), options, {}};
    out.catalog = reader.Read(doc);
    return out;
}

namespace {

// Large catalogs are read model by model: the whole document as one nlohmann DOM costs ~25 bytes of heap per byte
// of text (2.5 GB and most of the time in malloc/free for 100 000 models), while one model at a time stays in cache.
constexpr std::size_t kChunkedFrom = 4u << 20;

// Finds the top-level "models" array and the text of each element, checking nesting depth and NUL bytes on the way.
// Returns false whenever the text is not plainly well-formed at this level; the caller then parses it whole, which
// reports the exact problem with its line and column.
bool SplitModels(std::string_view text, int max_depth, std::size_t& array_begin, std::size_t& array_end,
                 std::vector<std::string_view>& models) {
    int depth = 0;
    bool in_string = false, escaped = false, expect_key = false, found = false;
    std::size_t string_start = 0, element_start = 0;
    std::string_view last_key;
    bool in_models = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '\0') return false;
        if (in_string) {
            if (escaped) escaped = false;
            else if (ch == '\\') escaped = true;
            else if (ch == '"') {
                in_string = false;
                if (depth == 1 && expect_key) {
                    last_key = text.substr(string_start + 1, i - string_start - 1);
                    expect_key = false;
                }
            }
            continue;
        }
        switch (ch) {
            case '"':
                in_string = true;
                string_start = i;
                break;
            case '{':
            case '[':
                if (++depth > max_depth) return false;
                if (depth == 1) expect_key = ch == '{';
                if (depth == 2 && ch == '[' && last_key == "models") {
                    if (found) return false;  // a second "models" key: let the full parser decide
                    found = in_models = true;
                    array_begin = i;
                    element_start = i + 1;
                }
                break;
            case '}':
            case ']':
                if (in_models && depth == 2) {
                    std::string_view e = text.substr(element_start, i - element_start);
                    const auto a = e.find_first_not_of(" \t\r\n");
                    if (a != std::string_view::npos) models.push_back(e.substr(a, e.find_last_not_of(" \t\r\n") - a + 1));
                    else if (!models.empty()) return false;  // "[…,]"
                    in_models = false;
                    array_end = i + 1;
                }
                if (--depth < 0) return false;
                break;
            case ',':
                if (depth == 1) expect_key = true;
                if (in_models && depth == 2) {
                    std::string_view e = text.substr(element_start, i - element_start);
                    const auto a = e.find_first_not_of(" \t\r\n");
                    if (a == std::string_view::npos) return false;  // "[,": an empty element
                    models.push_back(e.substr(a, e.find_last_not_of(" \t\r\n") - a + 1));
                    element_start = i + 1;
                }
                break;
            default:
                break;
        }
    }
    return found && depth == 0 && !in_string;
}

}  // namespace

CatalogLoad LoadCatalog(std::string_view json_text, const CatalogLoadOptions& options) {
    CatalogLoad out;
    ParseLimits limits;
    limits.max_bytes = options.limits.max_bytes;
    if (json_text.size() >= kChunkedFrom && json_text.size() <= limits.max_bytes) {
        std::string_view text = json_text;
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
        std::size_t begin = 0, end = 0;
        std::vector<std::string_view> models;
        if (SplitModels(text, limits.max_depth, begin, end, models)) {
            // The document without its models ("models": []) is parsed and checked as usual; then each model.
            std::string head;
            head.reserve(text.size() - (end - begin) + 2);
            head.append(text.substr(0, begin)).append("[]").append(text.substr(end));
            std::vector<Issue> issues;
            if (auto doc = ParseJson(head, issues, limits)) {
                CatalogReader reader{JsonReader(out.issues), options, {}};
                reader.model_texts = &models;
                out.catalog = reader.Read(*doc);
                if (!reader.chunk_failed) return out;
            }
            out = CatalogLoad();  // fall through: the whole-text parse names the syntax error's line and column
        }
    }
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
