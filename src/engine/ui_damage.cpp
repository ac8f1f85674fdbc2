#include "engine/ui_damage.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <imgui.h>

namespace legwork {
namespace {

template <typename T>
bool same_bytes(const std::vector<unsigned char>& kept, const ImVector<T>& now) {
    const std::size_t size = static_cast<std::size_t>(now.Size) * sizeof(T);
    return kept.size() == size && (size == 0 || std::memcmp(kept.data(), now.Data, size) == 0);
}

template <typename T> void keep_bytes(std::vector<unsigned char>& kept, const ImVector<T>& now) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(now.Data);
    kept.assign(bytes, bytes + static_cast<std::size_t>(now.Size) * sizeof(T));
}

} // namespace

PixelRect UiDamage::to_pixels(float x0, float y0, float x1, float y1) const {
    // ImGui's display coordinates (y down) to framebuffer pixels (y up), rounded outward.
    const glm::vec2 limit(size_);
    const glm::vec2 lo{std::floor((x0 - offset_[0]) * scale_[0]),
                       limit.y - std::ceil((y1 - offset_[1]) * scale_[1])};
    const glm::vec2 hi{std::ceil((x1 - offset_[0]) * scale_[0]),
                       limit.y - std::floor((y0 - offset_[1]) * scale_[1])};
    const PixelRect rect{glm::ivec2(glm::clamp(lo, glm::vec2(0.0f), limit)),
                         glm::ivec2(glm::clamp(hi, glm::vec2(0.0f), limit))};
    return rect.empty() ? PixelRect{} : rect;
}

void UiDamage::add_changed_triangles(const KeptList& kept, const ImDrawList& list,
                                     PixelRegion& changed) const {
    const auto* before = reinterpret_cast<const ImDrawVert*>(kept.vertices.data());
    const ImDrawVert* now = list.VtxBuffer.Data;
    const ImDrawIdx* indices = list.IdxBuffer.Data;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback) continue;
        const ImVec4& clip = cmd.ClipRect;
        for (unsigned e = cmd.IdxOffset; e + 2 < cmd.IdxOffset + cmd.ElemCount; e += 3) {
            const unsigned a = cmd.VtxOffset + indices[e], b = cmd.VtxOffset + indices[e + 1],
                           c = cmd.VtxOffset + indices[e + 2];
            if (std::memcmp(&before[a], &now[a], sizeof(ImDrawVert)) == 0 &&
                std::memcmp(&before[b], &now[b], sizeof(ImDrawVert)) == 0 &&
                std::memcmp(&before[c], &now[c], sizeof(ImDrawVert)) == 0)
                continue;
            float x0 = clip.z, y0 = clip.w, x1 = clip.x, y1 = clip.y;
            for (const ImDrawVert* v :
                 {&before[a], &before[b], &before[c], &now[a], &now[b], &now[c]}) {
                x0 = std::min(x0, v->pos.x), y0 = std::min(y0, v->pos.y);
                x1 = std::max(x1, v->pos.x), y1 = std::max(y1, v->pos.y);
            }
            x0 = std::max(x0, clip.x), y0 = std::max(y0, clip.y);
            x1 = std::min(x1, clip.z), y1 = std::min(y1, clip.w);
            if (x1 > x0 && y1 > y0) changed.add(to_pixels(x0, y0, x1, y1));
        }
    }
}

PixelRegion UiDamage::update(const ImDrawData& data, glm::ivec2 framebuffer_size) {
    const bool known = known_ && framebuffer_size == size_ && data.DisplayPos.x == offset_[0] &&
                       data.DisplayPos.y == offset_[1] && data.FramebufferScale.x == scale_[0] &&
                       data.FramebufferScale.y == scale_[1];
    known_ = true;
    size_ = framebuffer_size;
    offset_[0] = data.DisplayPos.x, offset_[1] = data.DisplayPos.y;
    scale_[0] = data.FramebufferScale.x, scale_[1] = data.FramebufferScale.y;

    PixelRegion changed;
    const std::size_t count = static_cast<std::size_t>(std::max(data.CmdListsCount, 0));
    const std::size_t before = list_count_;
    if (lists_.size() < count) lists_.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const ImDrawList& list = *data.CmdLists[i];
        KeptList& kept = lists_[i];
        // Where the list draws: within its vertices' box and its commands' clip rectangles.
        commands_.clear();
        float clip_x0 = 1e30f, clip_y0 = 1e30f, clip_x1 = -1e30f, clip_y1 = -1e30f;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            commands_.push_back({{cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w},
                                 reinterpret_cast<std::uintptr_t>(cmd.TextureId),
                                 reinterpret_cast<std::uintptr_t>(cmd.UserCallback),
                                 cmd.VtxOffset,
                                 cmd.IdxOffset,
                                 cmd.ElemCount});
            clip_x0 = std::min(clip_x0, cmd.ClipRect.x),
            clip_y0 = std::min(clip_y0, cmd.ClipRect.y);
            clip_x1 = std::max(clip_x1, cmd.ClipRect.z),
            clip_y1 = std::max(clip_y1, cmd.ClipRect.w);
        }
        float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
        for (const ImDrawVert& v : list.VtxBuffer) {
            x0 = std::min(x0, v.pos.x), y0 = std::min(y0, v.pos.y);
            x1 = std::max(x1, v.pos.x), y1 = std::max(y1, v.pos.y);
        }
        const PixelRect rect =
            intersected(to_pixels(x0, y0, x1, y1), to_pixels(clip_x0, clip_y0, clip_x1, clip_y1));

        const bool same_shape =
            i < before && kept.commands == commands_ && same_bytes(kept.indices, list.IdxBuffer) &&
            kept.vertices.size() ==
                static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert);
        if (!same_shape) {
            if (i < before) changed.add(kept.rect);
            changed.add(rect);
            kept.commands.assign(commands_.begin(), commands_.end());
            keep_bytes(kept.indices, list.IdxBuffer);
        } else if (!same_bytes(kept.vertices, list.VtxBuffer)) {
            add_changed_triangles(kept, list, changed);
        }
        keep_bytes(kept.vertices, list.VtxBuffer);
        kept.rect = rect;
    }
    // Lists no longer drawn leave their pixels to what is under them.
    for (std::size_t i = count; i < before; ++i) changed.add(lists_[i].rect);
    list_count_ = count;
    return known ? changed : PixelRegion({{0, 0}, framebuffer_size});
}

void DrawClipper::keep(const ImDrawData& data) {
    clips_.clear();
    for (int i = 0; i < data.CmdListsCount; ++i)
        for (const ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer)
            clips_.push_back({cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w});
}

void DrawClipper::clip(ImDrawData& data, const PixelRect& rect, glm::ivec2 framebuffer_size) const {
    // The rectangle in ImGui's display coordinates (y down).
    const ImVec2 offset = data.DisplayPos;
    const ImVec2 scale = data.FramebufferScale;
    const float keep[4] = {offset.x + static_cast<float>(rect.min.x) / scale.x,
                           offset.y + static_cast<float>(framebuffer_size.y - rect.max.y) / scale.y,
                           offset.x + static_cast<float>(rect.max.x) / scale.x,
                           offset.y +
                               static_cast<float>(framebuffer_size.y - rect.min.y) / scale.y};
    std::size_t next = 0;
    for (int i = 0; i < data.CmdListsCount; ++i)
        for (ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer) {
            const std::array<float, 4>& kept = clips_[next++];
            // Left empty where the two do not meet: the renderer skips such a command.
            const float x0 = std::max(kept[0], keep[0]), y0 = std::max(kept[1], keep[1]);
            cmd.ClipRect = {x0, y0, std::max(std::min(kept[2], keep[2]), x0),
                            std::max(std::min(kept[3], keep[3]), y0)};
        }
}

} // namespace legwork
