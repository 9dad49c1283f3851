// Overlay parsing (JSON and CSV) and application onto a catalog copy.
#include "engine/io/overlay_io.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <set>

#include "engine/io/csv.h"

namespace mm {

namespace {

constexpr const char* kOverlaySource = "user-overlay";

struct NumberField {
    const char* key;
    std::optional<double> OverlayModel::*member;
    double min, max;
};
const NumberField kNumberFields[] = {
    {"input_per_mtok", &OverlayModel::input_per_mtok, 0, 1000},
    {"output_per_mtok", &OverlayModel::output_per_mtok, 0, 1000},
    {"cached_input_per_mtok", &OverlayModel::cached_input_per_mtok, 0, 1000},
    {"context_tokens", &OverlayModel::context_tokens, 1000, 1e9},
    {"params_b", &OverlayModel::params_b, 0.001, 1e5},
};

// Column names become benchmark ids: lower-case ASCII, accents folded ("Éval FAQ" -> "eval_faq").
std::string FoldAccents(const std::string& s) {
    static const std::pair<const char*, const char*> kFold[] = {
        {"à", "a"}, {"â", "a"}, {"ä", "a"}, {"À", "a"}, {"Â", "a"}, {"ç", "c"}, {"Ç", "c"}, {"é", "e"}, {"è", "e"},
        {"ê", "e"}, {"ë", "e"}, {"É", "e"}, {"È", "e"}, {"Ê", "e"}, {"î", "i"}, {"ï", "i"}, {"Î", "i"}, {"ô", "o"},
        {"ö", "o"}, {"Ô", "o"}, {"ù", "u"}, {"û", "u"}, {"ü", "u"}, {"Ù", "u"}, {"Û", "u"}, {"ÿ", "y"}, {"œ", "oe"},
        {"Œ", "oe"}, {"æ", "ae"}, {"%", "pct"}};
    std::string out = s;
    for (const auto& [from, to] : kFold)
        for (std::size_t p; (p = out.find(from)) != std::string::npos;) out.replace(p, std::string(from).size(), to);
    return out;
}

std::string Slug(const std::string& raw) {
    const std::string s = FoldAccents(raw);
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
        else if (!out.empty() && out.back() != '_') out.push_back('_');
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}


std::optional<Overlay> ParseJsonOverlay(std::string_view text, std::vector<Issue>& issues, const OverlayLimits& limits) {
    ParseLimits pl;
    pl.max_bytes = limits.max_bytes;
    auto doc = ParseJson(text, issues, pl);
    if (!doc) return std::nullopt;
    JsonReader r(issues);
    if (!r.Object(*doc, "", {"format", "version", "name", "benchmarks", "models"})) return std::nullopt;
    if (auto f = r.Required(*doc, "format", ""))
        if (auto s = r.String(*f, "format"); s && *s != "modelmatrix-overlay")
            r.Fail("format", "expected \"modelmatrix-overlay\", got " + Describe(*f));
    if (auto v = r.Required(*doc, "version", "")) r.Integer(*v, "version", 1, 1);
    Overlay o;
    if (auto n = r.Optional(*doc, "name")) o.name = r.String(*n, "name").value_or("");
    if (auto b = r.Optional(*doc, "benchmarks")) {
        if (!b->is_array()) r.Fail("benchmarks", "expected an array, got " + Describe(*b));
        else
            for (std::size_t i = 0; i < b->size(); ++i) {
                const std::string p = JoinPath("benchmarks", i);
                const Json& j = (*b)[i];
                if (!r.Object(j, p, {"id", "name", "unit", "higher_is_better"})) continue;
                BenchmarkInfo info;
                if (auto v = r.Required(j, "id", p)) info.id = r.String(*v, JoinPath(p, "id")).value_or("");
                if (!info.id.empty() && !IsValidId(info.id)) r.Fail(JoinPath(p, "id"), "ids use only a-z, 0-9, '.', '-' and '_'");
                if (auto v = r.Required(j, "name", p)) info.name = r.String(*v, JoinPath(p, "name")).value_or("");
                if (auto v = r.Optional(j, "unit")) info.unit = r.String(*v, JoinPath(p, "unit"), true).value_or("");
                if (auto v = r.Optional(j, "higher_is_better")) info.higher_is_better = r.Bool(*v, JoinPath(p, "higher_is_better")).value_or(true);
                o.benchmarks.push_back(info);
            }
    }
    const Json* models = r.Required(*doc, "models", "");
    if (models && !models->is_array()) r.Fail("models", "expected an array, got " + Describe(*models));
    else if (models && models->size() > limits.max_models)
        r.Fail("models", std::to_string(models->size()) + " models, over the limit of " + std::to_string(limits.max_models));
    else if (models) {
        for (std::size_t i = 0; i < models->size(); ++i) {
            const std::string p = JoinPath("models", i);
            const Json& j = (*models)[i];
            if (!r.Object(j, p, {"id", "name", "provider", "family", "kind", "input_per_mtok", "output_per_mtok",
                                 "cached_input_per_mtok", "context_tokens", "params_b", "benchmarks"}))
                continue;
            OverlayModel m;
            m.where = p;
            if (auto v = r.Required(j, "id", p)) m.id = r.String(*v, JoinPath(p, "id")).value_or("");
            if (!m.id.empty() && !IsValidId(m.id)) r.Fail(JoinPath(p, "id"), "ids use only a-z, 0-9, '.', '-' and '_', got \"" + m.id + "\"");
            if (auto v = r.Optional(j, "name")) m.name = r.String(*v, JoinPath(p, "name"));
            if (auto v = r.Optional(j, "provider")) m.provider = r.String(*v, JoinPath(p, "provider"));
            if (auto v = r.Optional(j, "family")) m.family = r.String(*v, JoinPath(p, "family"));
            if (auto v = r.Optional(j, "kind"))
                if (auto e = r.Enum(*v, JoinPath(p, "kind"), {"proprietary", "open_weights"})) m.kind = static_cast<ModelKind>(*e + 1);
            for (const NumberField& f : kNumberFields)
                if (auto v = r.Optional(j, f.key)) m.*(f.member) = r.Number(*v, JoinPath(p, f.key), f.min, f.max);
            if (auto b = r.Optional(j, "benchmarks")) {
                const std::string bp = JoinPath(p, "benchmarks");
                if (!b->is_object()) r.Fail(bp, "expected an object {benchmark id: value}, got " + Describe(*b));
                else
                    for (const auto& [key, value] : b->items())
                        if (auto v = r.Number(value, JoinPath(bp, key), -1e6, 1e6)) m.scores.emplace_back(key, *v);
            }
            o.models.push_back(std::move(m));
        }
    }
    if (!issues.empty()) return std::nullopt;
    return o;
}

std::optional<Overlay> ParseCsvOverlay(std::string_view text, std::vector<Issue>& issues, const OverlayLimits& limits) {
    CsvLimits cl;
    cl.max_bytes = limits.max_bytes;
    cl.max_rows = limits.max_models;
    auto table = ParseCsv(text, issues, cl);
    if (!table) return std::nullopt;
    Overlay o;
    const auto& h = table->header;
    auto col = [&](const char* name) -> int {
        for (std::size_t c = 0; c < h.size(); ++c)
            if (h[c] == name) return static_cast<int>(c);
        return -1;
    };
    const int id_col = col("id");
    if (id_col < 0) {
        issues.push_back({"line 1", "the header has no \"id\" column (expected id, name, provider, kind, input_per_mtok, …)"});
        return std::nullopt;
    }
    std::vector<int> score_cols;
    std::set<std::string> seen_columns;
    for (std::size_t c = 0; c < h.size(); ++c) {
        if (!seen_columns.insert(h[c]).second) issues.push_back({CsvPlace(1, c, h[c]), "duplicate column"});
        static const char* kKnown[] = {"id", "name", "provider", "family", "kind", "input_per_mtok", "output_per_mtok",
                                       "cached_input_per_mtok", "context_tokens", "params_b"};
        if (std::find_if(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return h[c] == k; }) != std::end(kKnown))
            continue;
        const std::string id = Slug(h[c]);
        if (id.empty()) {
            issues.push_back({CsvPlace(1, c, h[c]), "a column needs a name (letters or digits)"});
            continue;
        }
        BenchmarkInfo b;
        b.id = id;
        b.name = h[c];
        o.benchmarks.push_back(b);
        score_cols.push_back(static_cast<int>(c));
    }
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const auto& row = table->rows[r];
        const int line = table->row_line[r];
        OverlayModel m;
        m.where = "line " + std::to_string(line);
        m.id = row[static_cast<std::size_t>(id_col)];
        if (!IsValidId(m.id)) {
            issues.push_back({CsvPlace(line, static_cast<std::size_t>(id_col), "id"),
                              "ids use only a-z, 0-9, '.', '-' and '_', got \"" + m.id + "\""});
            continue;
        }
        auto text_cell = [&](const char* name) -> std::optional<std::string> {
            const int c = col(name);
            if (c < 0 || row[static_cast<std::size_t>(c)].empty()) return std::nullopt;
            return row[static_cast<std::size_t>(c)];
        };
        m.name = text_cell("name");
        m.provider = text_cell("provider");
        m.family = text_cell("family");
        if (auto k = text_cell("kind")) {
            if (*k == "proprietary") m.kind = ModelKind::kProprietary;
            else if (*k == "open_weights") m.kind = ModelKind::kOpenWeights;
            else
                issues.push_back({CsvPlace(line, static_cast<std::size_t>(col("kind")), "kind"),
                                  "unknown value \"" + *k + "\" (expected proprietary or open_weights)"});
        }
        auto number_cell = [&](int c, double min, double max) -> std::optional<double> {
            std::string error;
            auto v = ParseCsvNumber(row[static_cast<std::size_t>(c)], table->decimal_comma, error);
            const std::string place = CsvPlace(line, static_cast<std::size_t>(c), h[static_cast<std::size_t>(c)]);
            if (!error.empty()) issues.push_back({place, error});
            else if (v && (*v < min || *v > max)) {
                issues.push_back({place, "expected a number in [" + Describe(Json(min)) + ", " + Describe(Json(max)) +
                                             "], got " + row[static_cast<std::size_t>(c)]});
                return std::nullopt;
            }
            return error.empty() ? v : std::nullopt;
        };
        for (const NumberField& f : kNumberFields)
            if (const int c = col(f.key); c >= 0) m.*(f.member) = number_cell(c, f.min, f.max);
        for (std::size_t k = 0; k < score_cols.size(); ++k)
            if (auto v = number_cell(score_cols[k], -1e6, 1e6)) m.scores.emplace_back(o.benchmarks[k].id, *v);
        o.models.push_back(std::move(m));
    }
    if (!issues.empty()) return std::nullopt;
    return o;
}

}  // namespace

std::optional<Overlay> ParseOverlay(std::string_view text, const std::string& file_name, std::vector<Issue>& issues,
                                    const OverlayLimits& limits) {
    auto ends_with = [&](const char* ext) {
        const std::string e = ext;
        if (file_name.size() < e.size()) return false;
        std::string tail = file_name.substr(file_name.size() - e.size());
        std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
        return tail == e;
    };
    bool csv = ends_with(".csv") || ends_with(".tsv");
    if (!csv && !ends_with(".json")) {
        const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        csv = first != std::string_view::npos && text[first] != '{' && text[first] != '[';
    }
    auto overlay = csv ? ParseCsvOverlay(text, issues, limits) : ParseJsonOverlay(text, issues, limits);
    if (overlay && overlay->name.empty()) overlay->name = file_name.empty() ? "overlay" : file_name;
    return overlay;
}

std::optional<Catalog> ApplyOverlay(const Catalog& base, const Overlay& overlay, const std::string& today,
                                    std::vector<Issue>& issues) {
    Catalog c = base;
    const std::size_t before = issues.size();
    Source src;
    src.id = kOverlaySource;
    src.title = "Private overlay: " + overlay.name;
    src.publisher = "you";
    src.as_of = today;
    c.sources.erase(std::remove_if(c.sources.begin(), c.sources.end(), [](const Source& s) { return s.id == kOverlaySource; }),
                    c.sources.end());
    c.sources.push_back(src);
    for (const BenchmarkInfo& b : overlay.benchmarks)
        if (!c.FindBenchmark(b.id)) c.benchmarks.push_back(b);
    auto fig = [&](double v) { return Figure::Of(v, kOverlaySource, Basis::kUser); };
    std::set<std::string> seen;
    for (const OverlayModel& om : overlay.models) {
        if (!seen.insert(om.id).second) {
            issues.push_back({om.where, "model \"" + om.id + "\" appears twice in the overlay"});
            continue;
        }
        Model* m = nullptr;
        for (Model& existing : c.models)
            if (existing.id == om.id) m = &existing;
        if (!m) {
            if (!om.name || !om.provider || !om.kind) {
                issues.push_back({om.where, "\"" + om.id + "\" is not in the catalog: a new model needs name, provider and kind"});
                continue;
            }
            Model fresh;
            fresh.id = om.id;
            fresh.family = om.family.value_or(*om.name);
            fresh.status = Status::kCurrent;
            fresh.license.name = "Own model (private overlay)";
            fresh.license.license_class = LicenseClass::kProprietary;
            fresh.license.commercial_use = true;
            fresh.input_modalities = {"text"};
            fresh.output_modalities = {"text"};
            c.models.push_back(std::move(fresh));
            m = &c.models.back();
        }
        if (om.name) m->name = *om.name;
        if (om.family) m->family = *om.family;
        if (om.kind) m->kind = *om.kind;
        if (om.provider) {
            m->provider = Slug(*om.provider);
            if (m->provider.empty()) m->provider = "own";
            if (!c.FindProvider(m->provider)) {
                Provider p;
                p.id = m->provider;
                p.name = *om.provider;
                c.providers.push_back(p);
            }
        }
        if (om.context_tokens) m->context_tokens = fig(*om.context_tokens);
        if (om.params_b) {
            m->params_b = fig(*om.params_b);
            if (!m->active_params_b.Known() || m->active_params_b.number > *om.params_b) m->active_params_b = fig(*om.params_b);
        }
        if (om.input_per_mtok || om.output_per_mtok || om.cached_input_per_mtok) {
            Pricing p = m->pricing.value_or(Pricing{});
            if (om.input_per_mtok) p.input_per_mtok = fig(*om.input_per_mtok);
            if (om.output_per_mtok) p.output_per_mtok = fig(*om.output_per_mtok);
            if (om.cached_input_per_mtok) p.cached_input_per_mtok = fig(*om.cached_input_per_mtok);
            if (!p.input_per_mtok.Known() || !p.output_per_mtok.Known()) {
                issues.push_back({om.where, "\"" + om.id + "\" has no API price yet: give both input_per_mtok and output_per_mtok"});
                continue;
            }
            p.host = "own";
            m->pricing = p;
            m->api = true;
            m->relative_cost = RelativeCostFromPrices(p.input_per_mtok.number, p.output_per_mtok.number);
        }
        m->self_host = m->OpenWeights();
        if (!m->pricing) m->api = false;
        for (const auto& score : om.scores) {
            const std::string& id = score.first;  // (structured bindings cannot be captured in C++17)
            const double value = score.second;
            if (!c.FindBenchmark(id)) {
                issues.push_back({om.where, "unknown benchmark \"" + id + "\" (declare it in the overlay's benchmarks)"});
                continue;
            }
            auto it = std::find_if(m->benchmarks.begin(), m->benchmarks.end(), [&](const NamedFigure& nf) { return nf.id == id; });
            if (it != m->benchmarks.end()) it->figure = fig(value);
            else m->benchmarks.push_back({id, fig(value)});
        }
    }
    if (issues.size() != before) return std::nullopt;
    return c;
}

Json OverlayToJson(const Overlay& o) {
    Json j;
    j["format"] = "modelmatrix-overlay";
    j["version"] = 1;
    j["name"] = o.name;
    j["benchmarks"] = Json::array();
    for (const auto& b : o.benchmarks)
        j["benchmarks"].push_back({{"id", b.id}, {"name", b.name}, {"unit", b.unit}, {"higher_is_better", b.higher_is_better}});
    j["models"] = Json::array();
    for (const auto& m : o.models) {
        Json mj;
        mj["id"] = m.id;
        if (m.name) mj["name"] = *m.name;
        if (m.provider) mj["provider"] = *m.provider;
        if (m.family) mj["family"] = *m.family;
        if (m.kind) mj["kind"] = ToString(*m.kind);
        for (const NumberField& f : kNumberFields)
            if (m.*(f.member)) mj[f.key] = *(m.*(f.member));
        if (!m.scores.empty()) {
            Json s = Json::object();
            for (const auto& [id, v] : m.scores) s[id] = v;
            mj["benchmarks"] = s;
        }
        j["models"].push_back(mj);
    }
    return j;
}

}  // namespace mm
