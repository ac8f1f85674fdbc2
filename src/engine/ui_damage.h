#pragma once
// UiDamage: which pixels of the window the UI's drawing changed since the last frame, so
// a frame redraws only those. Each of ImGui's draw lists (one per window, and the lists
// drawn under and over them) is compared with the list drawn in the same place the frame
// before, which is kept. When only vertices moved or changed colour (a slider's grab, a
// bar filling, a highlight, digits of a timer), the pixels changed are those of the
// triangles using them, where they were and where they are; when the list changed shape
// (other text, a widget more), all it covered then and covers now. Nothing is allocated
// per frame once the UI has been as large as it gets.

#include "core/view/pixel_region.h"

#include <array>
#include <cstdint>
#include <vector>

struct ImDrawData;
struct ImDrawList;
struct ImDrawVert;

namespace legwork {

class UiDamage {
public:
    // Compares `data` (ImGui::Render()'s) with the last frame's and keeps it; returns the
    // pixels of the framebuffer, `framebuffer_size` pixels with its bottom row first, where
    // the UI's drawing differs. The whole framebuffer after forget(), or when its size
    // changed.
    PixelRegion update(const ImDrawData& data, glm::ivec2 framebuffer_size);
    // Makes the next update() return everything (the font texture changed, say).
    void forget() { known_ = false; }

private:
    // A draw command, as much of it as decides what it draws.
    struct Command {
        float clip[4];
        std::uintptr_t texture;
        std::uintptr_t callback;
        unsigned vertex_offset, index_offset, count;
        bool operator==(const Command&) const = default;
    };
    // A draw list as it was drawn: its vertices (positions, texture coordinates and
    // colours, as bytes), indices and commands, and the pixels it could cover.
    struct KeptList {
        std::vector<unsigned char> vertices;
        std::vector<unsigned char> indices;
        std::vector<Command> commands;
        PixelRect rect;
    };
    // The pixels that differ between `kept` and `list`, which has the same indices and
    // commands: those of each triangle with a vertex that differs, then and now.
    void add_changed_triangles(const KeptList& kept, const ImDrawList& list,
                               PixelRegion& changed) const;
    PixelRect to_pixels(float x0, float y0, float x1, float y1) const;

    std::vector<KeptList> lists_; // the first list_count_ are the last frame's; the rest
                                  // keep their buffers for when more lists come back
    std::size_t list_count_ = 0;
    std::vector<Command> commands_; // this frame's, for one list at a time
    glm::ivec2 size_{0, 0};
    float offset_[2] = {0.0f, 0.0f}; // ImGui's display position
    float scale_[2] = {1.0f, 1.0f};  // framebuffer pixels per ImGui unit
    bool known_ = false;
};

// The clip rectangles of a frame's draw commands, kept so that the frame can be drawn
// within one rectangle of the framebuffer after another.
class DrawClipper {
public:
    // Keeps the clip rectangles of `data`'s commands as they are.
    void keep(const ImDrawData& data);
    // Sets each command's clip rectangle of `data` (kept with keep()) to its kept one within
    // `rect` (framebuffer pixels, bottom row first), so that drawing `data` leaves the rest
    // of the framebuffer (`framebuffer_size` pixels) as it is.
    void clip(ImDrawData& data, const PixelRect& rect, glm::ivec2 framebuffer_size) const;

private:
    std::vector<std::array<float, 4>> clips_;
};

} // namespace legwork
