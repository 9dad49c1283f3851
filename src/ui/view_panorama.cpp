// Panorama (course notebook 1): the catalog as a table.
#include <imgui.h>

#include <cstdio>

#include "ui/views.h"

namespace mm::ui {

void DrawPanorama(app::AppState& state) {
    const Catalog& c = state.catalog;
    ImGui::Text("ModelMatrix — %zu models, catalog as of %s", c.models.size(), c.as_of.c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("models", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name");
    ImGui::TableSetupColumn("Provider");
    ImGui::TableSetupColumn("Open / proprietary");
    ImGui::TableSetupColumn("Context (tokens)");
    ImGui::TableSetupColumn("Price in / out (USD per M tokens)");
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(c.models.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const Model& m = c.models[static_cast<std::size_t>(row)];
            ImGui::PushID(row);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.name.c_str());
            ImGui::TableNextColumn();
            const Provider* p = c.FindProvider(m.provider);
            ImGui::TextUnformatted(p ? p->name.c_str() : m.provider.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.OpenWeights() ? "open weights" : "proprietary");
            ImGui::TableNextColumn();
            if (m.context_tokens.Known()) ImGui::Text("%.0f", m.context_tokens.number);
            else ImGui::TextDisabled("unknown");
            ImGui::TableNextColumn();
            if (m.pricing && m.pricing->input_per_mtok.Known() && m.pricing->output_per_mtok.Known())
                ImGui::Text("%.2f / %.2f", m.pricing->input_per_mtok.number, m.pricing->output_per_mtok.number);
            else ImGui::TextDisabled("no API price");
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace mm::ui
