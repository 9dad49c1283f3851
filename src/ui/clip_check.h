// Finds text cut on the left or right in a rendered frame: walks ImGui's draw data for glyph quads that
// extend past their command's clip rectangle horizontally, or that the CPU clipped short. For tests (native
// and browser).
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

namespace mm::ui {

struct ClippedText {
    std::string window;  // the draw list's owner window ("ModelMatrix/view_1234ABCD", a tooltip, ...)
    int count = 0;       // glyphs cut in that window
    std::string sample;  // the first cut line of text (up to a few dozen characters)
};

// Glyph quads are recognised by their texture coordinates: inside a glyph of the font atlas, not its white
// pixel. A glyph counts as cut when it reaches past its clip rectangle by more than `tolerance` pixels, or
// when its texture coordinates are a horizontal part of a glyph lacking more than `tolerance` pixels (CPU fine
// clipping: ImGui's clipped labels). Only glyphs at least partly visible vertically count.
std::vector<ClippedText> FindClippedText(const ImDrawData* draw_data, const ImFontAtlas* atlas,
                                         float tolerance = 1.0f);

// The windows of the current ImGui context whose content reached past their right edge in the last frame (a
// window that cannot scroll sideways): catches text cut where its last visible glyph is followed by a space,
// which the glyph check cannot see (ImGui draws no glyph wholly outside the clip rectangle). `count` is the
// overflow in pixels.
std::vector<ClippedText> FindOverflowingWindows(float tolerance = 1.0f);

}  // namespace mm::ui
