// FindClippedText(): glyph quads cut on the left or right, per window, from the draw data of the last frame.
#include "ui/clip_check.h"

#include <imgui_internal.h>  // the context's windows and their content size

#include <cmath>

namespace mm::ui {

namespace {

struct GlyphBox {
    float u0, v0, u1, v1;
    unsigned codepoint;
};

struct GlyphQuad {
    float x0, x1, y_mid;
    unsigned codepoint;
    bool cut;
};

void AppendUtf8(std::string* out, unsigned c) {
    if (c < 0x80) {
        *out += static_cast<char>(c);
    } else if (c < 0x800) {
        *out += static_cast<char>(0xC0 | (c >> 6));
        *out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        *out += static_cast<char>(0xE0 | (c >> 12));
        *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The text on the line of `cut` in the same command, in drawing order; a gap wider than a third of the font
// size is a space.
std::string LineText(const std::vector<GlyphQuad>& quads, const GlyphQuad& cut, float font_size) {
    std::string text;
    const GlyphQuad* prev = nullptr;
    for (const GlyphQuad& q : quads) {
        if (std::fabs(q.y_mid - cut.y_mid) > font_size * 0.5f) continue;
        if (prev && q.x0 - prev->x1 > font_size * 0.33f) text += ' ';
        AppendUtf8(&text, q.codepoint);
        prev = &q;
        if (text.size() > 60) break;
    }
    return text;
}

}  // namespace

std::vector<ClippedText> FindClippedText(const ImDrawData* draw_data, const ImFontAtlas* atlas,
                                         float tolerance) {
    std::vector<ClippedText> found;
    if (!draw_data || !atlas || atlas->Fonts.empty()) return found;
    std::vector<GlyphBox> glyphs;
    for (const ImFont* font : atlas->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) glyphs.push_back({g.U0, g.V0, g.U1, g.V1, g.Codepoint});
    const float font_size = atlas->Fonts[0]->FontSize;
    const float uv_eps = atlas->TexWidth > 0 ? 0.25f / static_cast<float>(atlas->TexWidth) : 1e-5f;
    auto find_glyph = [&](float u, float v) -> const GlyphBox* {
        for (const GlyphBox& g : glyphs)
            if (u >= g.u0 - uv_eps && u <= g.u1 + uv_eps && v >= g.v0 - uv_eps && v <= g.v1 + uv_eps)
                return &g;
        return nullptr;
    };
    std::vector<GlyphQuad> quads;
    for (int l = 0; l < draw_data->CmdListsCount; ++l) {
        const ImDrawList* list = draw_data->CmdLists[l];
        const std::string window = list->_OwnerName ? list->_OwnerName : "";
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback || cmd.ElemCount < 6) continue;
            const ImVec4 clip = cmd.ClipRect;
            quads.clear();
            int cut_count = 0;
            const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
            const ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
            for (unsigned i = 0; i + 6 <= cmd.ElemCount;) {
                // ImGui's textured quads: (0, 1, 2), (0, 2, 3) with 0 the top left and 2 the bottom right
                // corner.
                const bool quad = idx[i] == idx[i + 3] && idx[i + 2] == idx[i + 4];
                const ImDrawVert& a = vtx[idx[i]];
                const ImDrawVert& c = vtx[idx[i + 2]];
                const GlyphBox* g = quad && a.uv.x < c.uv.x && a.uv.y < c.uv.y
                                        ? find_glyph((a.uv.x + c.uv.x) * 0.5f, (a.uv.y + c.uv.y) * 0.5f)
                                        : nullptr;
                if (!g) {
                    i += 3;
                    continue;
                }
                i += 6;
                const bool visible_y = c.pos.y > clip.y && a.pos.y < clip.w;
                const bool past_clip = a.pos.x < clip.x - tolerance || c.pos.x > clip.z + tolerance;
                // CPU clipping keeps a horizontal part of the glyph: how many pixels of it are gone.
                const float uv_w = c.uv.x - a.uv.x;
                const float cut_px = (g->u1 - g->u0 - uv_w) * (c.pos.x - a.pos.x) / uv_w;
                const bool cpu_cut = cut_px > tolerance;
                const bool cut = visible_y && (past_clip || cpu_cut);
                quads.push_back({a.pos.x, c.pos.x, (a.pos.y + c.pos.y) * 0.5f, g->codepoint, cut});
                cut_count += cut ? 1 : 0;
            }
            if (cut_count == 0) continue;
            ClippedText* entry = nullptr;
            for (ClippedText& e : found)
                if (e.window == window) entry = &e;
            if (!entry) {
                found.push_back({window, 0, {}});
                entry = &found.back();
            }
            entry->count += cut_count;
            if (entry->sample.empty())
                for (const GlyphQuad& q : quads)
                    if (q.cut) {
                        entry->sample = LineText(quads, q, font_size);
                        break;
                    }
        }
    }
    return found;
}

std::vector<ClippedText> FindOverflowingWindows(float tolerance) {
    std::vector<ClippedText> found;
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return found;
    for (const ImGuiWindow* w : g->Windows) {
        if (!w->Active || w->Hidden || (w->Flags & ImGuiWindowFlags_HorizontalScrollbar) ||
            w->ScrollMax.x > 0)
            continue;
        const float overflow = w->DC.CursorMaxPos.x - w->DC.CursorStartPos.x -
                               (w->ContentRegionRect.Max.x - w->ContentRegionRect.Min.x);
        if (overflow > tolerance)
            found.push_back(
                {w->Name, static_cast<int>(std::ceil(overflow)), "(content wider than the window)"});
    }
    return found;
}

}  // namespace mm::ui
