// The model card's "Self-host on…" section: device (× count), quantisation, context, KV precision and concurrent
// sequences -> the memory bar (weights / KV / overhead against the devices' memory), fit, speeds, largest context
// and energy, from engine/selfhost on the catalog's selfhost.json, every device figure's source on hover.
#include "ui/selfhost_panel.h"

#include <algorithm>

#include "engine/model/criteria.h"
#include "engine/selfhost/estimate.h"
#include "ui/ui_common.h"

namespace mm::ui {

namespace {

using selfhost::Data;
using selfhost::Device;
using selfhost::Estimate;

constexpr int kMaxDevices = 8;
constexpr int kMaxSequences = 256;

selfhost::Request BaseRequest(const app::AppState& s, const std::string& model_id) {
    const app::SelfhostCardUi& ui = s.ui.selfhost;
    selfhost::Request r;
    r.model = model_id;
    r.quant = ui.quant.value_or(SelfhostQuant(s.profile.constraints.quantization));
    r.context = ui.context.value_or(s.profile.constraints.kv_context_tokens);
    r.batch = ui.batch.value_or(s.profile.constraints.batch);
    r.kv_quant = ui.kv_quant;
    r.devices = ui.devices;
    r.guess_kv_without_architecture = true;
    return r;
}

// The chosen device, else the one with the least memory that fits, else the one with the most memory.
const Device* PickDevice(const app::AppState& s, const Data& data, const selfhost::Request& base) {
    if (s.ui.selfhost.device)
        if (const Device* d = selfhost::FindById(data.devices, *s.ui.selfhost.device)) return d;
    const Device* smallest_fit = nullptr;
    const Device* largest = nullptr;
    for (const Device& d : data.devices) {
        if (!largest || d.memory_gb > largest->memory_gb) largest = &d;
        selfhost::Request r = base;
        r.device = d.id;
        const selfhost::EstimateResult e = selfhost::EstimateSelfhost(data, r);
        if (e.estimate && e.estimate->fits.value_or(false) &&
            (!smallest_fit || d.memory_gb < smallest_fit->memory_gb))
            smallest_fit = &d;
    }
    return smallest_fit ? smallest_fit : largest;
}

std::string Gib(const app::AppState& s, double v) { return app::FormatWithUnit(v, "GiB", s.lang); }

const char* KindKey(const std::string& kind) {
    if (kind == "consumer_gpu") return "selfhost.kind.consumer_gpu";
    if (kind == "workstation_gpu") return "selfhost.kind.workstation_gpu";
    if (kind == "datacenter_gpu") return "selfhost.kind.datacenter_gpu";
    if (kind == "amd_gpu") return "selfhost.kind.amd_gpu";
    if (kind == "apple_soc") return "selfhost.kind.apple_soc";
    return "selfhost.kind.other";
}

// Every figure of the device with the source it comes from.
void DeviceTooltip(const app::AppState& s, const Data& data, const Device& d) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(30));
    ImGui::TextUnformatted(d.name.c_str());
    const struct {
        const char* key;  // selfhost.json figure key, also the source key
        const char* label;
        std::optional<double> value;
        const char* unit;
    } rows[] = {{"memory_gb", "selfhost.dev.memory", d.memory_gb, "GiB"},
                {"bandwidth_gbs", "selfhost.dev.bandwidth", d.bandwidth_gbs, "GB/s"},
                {"fp16_tflops_dense", "selfhost.dev.tflops", d.fp16_tflops, "TFLOPS"},
                {"board_power_w", "selfhost.dev.power", d.board_power_w, "W"},
                {"rent_usd_per_hour", "selfhost.dev.rent", d.rent_usd_per_hour, "USD/h"},
                {"purchase_usd", "selfhost.dev.purchase", d.purchase_usd, "USD"},
                {"gpu_usable_fraction", "selfhost.dev.usable", d.gpu_usable_fraction, ""}};
    for (const auto& row : rows) {
        if (!row.value && std::string(row.key) != "bandwidth_gbs" && std::string(row.key) != "fp16_tflops_dense")
            continue;
        const std::string value = row.value ? app::FormatWithUnit(*row.value, row.unit, s.lang) : T(s, "figure.unknown");
        ImGui::Separator();
        ImGui::TextUnformatted(app::Format("%s %s", T(s, row.label), value.c_str()).c_str());
        auto it = d.sources.find(row.key);
        const selfhost::Source* src = it == d.sources.end() ? nullptr : selfhost::FindById(data.sources, it->second);
        if (!src) {
            if (row.value) ImGui::TextDisabled("%s", T(s, "figure.no_source"));
            continue;
        }
        const std::string& what = !src->title.empty() ? src->title : src->repository + "/" + src->path;
        ImGui::TextDisabled("%s", app::Format("%s %s", T(s, "figure.source"), what.c_str()).c_str());
        if (!src->url.empty()) ImGui::TextDisabled("%s", src->url.c_str());
        if (!src->as_of.empty())
            ImGui::TextDisabled("%s", app::Format("%s %s", T(s, "figure.as_of"), src->as_of.c_str()).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool DeviceCombo(app::AppState& s, const Data& data, const Device& current) {
    bool changed = false;
    const std::string preview =
        current.name + " (" + Gib(s, current.memory_gb) + ")" + (s.ui.selfhost.device ? "" : T(s, "selfhost.auto"));
    ImGui::SetNextItemWidth(-Em(6));
    if (BeginComboFit("##device", preview, ImGuiComboFlags_HeightLarge)) {
        for (const char* kind : {"consumer_gpu", "workstation_gpu", "datacenter_gpu", "amd_gpu", "apple_soc"}) {
            bool header = false;
            for (const Device& d : data.devices) {
                if (d.kind != kind) continue;
                if (!header) ImGui::SeparatorText(T(s, KindKey(kind)));
                header = true;
                ImGui::PushID(d.id.c_str());
                const std::string label = d.name + " — " + Gib(s, d.memory_gb);
                if (ImGui::Selectable(label.c_str(), &d == &current)) {
                    s.ui.selfhost.device = d.id;
                    changed = true;
                }
                if (ImGui::IsItemHovered()) DeviceTooltip(s, data, d);
                ImGui::PopID();
            }
        }
        ImGui::EndCombo();
    }
    Probe(s, "card.selfhost.device");
    if (ImGui::IsItemHovered()) DeviceTooltip(s, data, current);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    changed |= ImGui::SliderInt("##devices", &s.ui.selfhost.devices, 1, kMaxDevices, "× %d", ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "selfhost.devices_help"));
    return changed;
}

template <class T>
bool IdCombo(const char* id, const std::vector<T>& items, const std::string& current, std::string* out) {
    bool changed = false;
    if (BeginComboFit(id, current)) {
        for (const T& item : items)
            if (ImGui::Selectable(item.id.c_str(), item.id == current)) {
                *out = item.id;
                changed = true;
            }
        ImGui::EndCombo();
    }
    return changed;
}

void Label(const app::AppState& s, const char* key, float label_w) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", T(s, key));
    ImGui::SameLine(label_w);
}

// Weights / KV / overhead side by side, against the devices' memory (a line where the budget ends).
void MemoryBar(const app::AppState& s, const Estimate& e) {
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFrameHeight();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    const double weights = e.weights_gib.value_or(0), kv = e.kv_gib.value_or(0), overhead = e.overhead_gib.value_or(0);
    const double budget = e.budget_gib.value_or(0);
    const double scale = std::max({weights + kv + overhead, budget, 1e-9});
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, ImVec2(p0.x + w, p0.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg));
    float x = p0.x;
    const struct {
        double gib;
        ImVec4 color;
    } parts[] = {{weights, ColorAccent()}, {kv, ColorWarn()}, {overhead, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]}};
    for (const auto& part : parts) {
        const float x1 = x + static_cast<float>(part.gib / scale) * w;
        dl->AddRectFilled(ImVec2(x, p0.y), ImVec2(x1, p0.y + h), ImGui::GetColorU32(part.color));
        x = x1;
    }
    const float bx = p0.x + static_cast<float>(budget / scale) * w;
    const ImU32 line = ImGui::GetColorU32(e.fits.value_or(false) ? ColorGood() : ColorBad());
    dl->AddLine(ImVec2(bx, p0.y - Em(0.2f)), ImVec2(bx, p0.y + h + Em(0.2f)), line, std::max(2.0f, Em(0.15f)));
    if (ImGui::IsItemHovered())
        SetTooltipWrapped(app::Format(T(s, "selfhost.bar_help"), Gib(s, weights).c_str(), Gib(s, kv).c_str(),
                                      Gib(s, overhead).c_str(), Gib(s, budget).c_str())
                              .c_str());
    TextWrappedDisabled(app::Format(T(s, "selfhost.parts"), Gib(s, weights).c_str(), Gib(s, kv).c_str(),
                                    Gib(s, overhead).c_str()));
}

void Row(const app::AppState& s, const char* key, const std::optional<double>& v, const char* unit, const char* why_unknown,
         float label_w) {
    ImGui::TextDisabled("%s", T(s, key));
    ImGui::SameLine(label_w);
    if (v) {
        ImGui::TextUnformatted(app::FormatWithUnit(*v, unit, s.lang).c_str());
    } else {
        ImGui::TextDisabled("%s", T(s, "figure.unknown"));
        if (why_unknown && ImGui::IsItemHovered()) SetTooltipWrapped(T(s, why_unknown));
    }
}

}  // namespace

void SelfhostPanel(app::AppState& s, const Model& m) {
    SectionTitle(T(s, "selfhost.title"));
    const Data* data = s.catalog.selfhost.get();
    const selfhost::Model* sm = data ? selfhost::FindById(data->models, m.id) : nullptr;
    if (!m.self_host) {
        TextWrappedDisabled(T(s, "selfhost.impossible"));
        return;
    }
    if (!data || !sm) {
        TextWrappedDisabled(T(s, data ? "selfhost.no_model_data" : "selfhost.no_data"));
        return;
    }
    app::SelfhostCardUi& ui = s.ui.selfhost;
    const selfhost::Request base = BaseRequest(s, m.id);
    const Device* device = PickDevice(s, *data, base);
    if (!device) {
        TextWrappedDisabled(T(s, "selfhost.no_data"));
        return;
    }
    float label_w = 0;
    for (const char* k : {"selfhost.device", "selfhost.quant", "selfhost.context", "selfhost.kv_quant", "selfhost.batch"})
        label_w = std::max(label_w, ImGui::CalcTextSize(T(s, k)).x);
    label_w = std::min(label_w + ImGui::GetStyle().ItemSpacing.x, ImGui::GetContentRegionAvail().x * 0.45f);

    ImGui::PushID("selfhost");
    Label(s, "selfhost.device", label_w);
    DeviceCombo(s, *data, *device);
    Label(s, "selfhost.quant", label_w);
    ImGui::SetNextItemWidth(-1);
    std::string quant = base.quant;
    if (IdCombo("##quant", data->quantisations, base.quant, &quant)) ui.quant = quant;
    if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "selfhost.quant_help"));
    Label(s, "selfhost.context", label_w);
    ImGui::SetNextItemWidth(-1);
    double context = base.context;
    if (InputNumber("##context", &context, s.lang, 0)) ui.context = std::clamp(context, 1.0, 1e8);
    if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "selfhost.context_help"));
    Label(s, "selfhost.kv_quant", label_w);
    ImGui::SetNextItemWidth(-1);
    IdCombo("##kv", data->kv_quants, ui.kv_quant, &ui.kv_quant);
    Label(s, "selfhost.batch", label_w);
    ImGui::SetNextItemWidth(-1);
    int batch = base.batch;
    if (ImGui::SliderInt("##batch", &batch, 1, kMaxSequences, "%d", ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_Logarithmic))
        ui.batch = batch;
    if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "selfhost.batch_help"));
    ImGui::PopID();

    selfhost::Request request = BaseRequest(s, m.id);  // with this frame's edits
    request.device = device->id;
    const selfhost::EstimateResult result = selfhost::EstimateSelfhost(*data, request);
    if (!result.estimate) {
        for (const Issue& issue : result.issues) TextWrappedColored(ColorBad(), issue.ToString());
        return;
    }
    const Estimate& e = *result.estimate;
    if (!sm->architecture)
        TextWrappedColored(ColorWarn(), T(s, "selfhost.no_config"));
    else if (e.kv_guessed)
        TextWrappedColored(ColorWarn(), T(s, "selfhost.incomplete_config"));
    if (!e.weights_gib) {
        TextWrappedDisabled(T(s, "selfhost.no_params"));
        return;
    }
    MemoryBar(s, e);
    if (e.fits) {
        const bool fits = *e.fits;
        TextWrappedColored(fits ? ColorGood() : ColorBad(),
                           app::Format(T(s, fits ? "selfhost.fits" : "selfhost.no_fit"), Gib(s, *e.total_gib).c_str(),
                                       Gib(s, *e.budget_gib).c_str()));
    }
    TextWrappedDisabled(e.weights_from_file
                            ? std::string(T(s, "selfhost.weights_file"))
                            : app::Format(T(s, "selfhost.weights_params"), app::FormatAuto(e.bits_per_weight, s.lang).c_str()));
    if (e.kv_guessed) TextWrappedDisabled(T(s, "selfhost.kv_guessed"));

    float row_w = 0;
    for (const char* k : {"selfhost.decode", "selfhost.prefill", "selfhost.max_context", "selfhost.energy"})
        row_w = std::max(row_w, ImGui::CalcTextSize(T(s, k)).x);
    row_w = std::min(row_w + ImGui::GetStyle().ItemSpacing.x, ImGui::GetContentRegionAvail().x * 0.6f);
    const char* why_decode = !sm->architecture ? "selfhost.unknown_arch" : !device->bandwidth_gbs ? "selfhost.unknown_bandwidth" : nullptr;
    Row(s, "selfhost.decode", e.decode_tokens_per_s, "tokens/s", why_decode, row_w);
    if (ImGui::IsItemHovered() && e.decode_tokens_per_s) SetTooltipWrapped(T(s, "selfhost.decode_help"));
    Row(s, "selfhost.prefill", e.prefill_tokens_per_s, "tokens/s", device->fp16_tflops ? nullptr : "selfhost.unknown_tflops", row_w);
    Row(s, "selfhost.max_context", e.max_context, "tokens", nullptr, row_w);
    if (e.max_context && *e.max_context < 1) {
        ImGui::SameLine();
        ImGui::TextColored(ColorBad(), "%s", T(s, "selfhost.weights_alone_too_big"));
    }
    Row(s, "selfhost.energy", e.energy_wh_per_1k_output_tokens, "Wh", device->board_power_w ? why_decode : "selfhost.unknown_power",
        row_w);
    if (ImGui::IsItemHovered() && e.energy_wh_per_1k_output_tokens) SetTooltipWrapped(T(s, "selfhost.energy_help"));
}

}  // namespace mm::ui
