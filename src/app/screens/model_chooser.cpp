#include "app/screens/screen_panel.h"
#include "app/studio_scene.h"
#include "app/ui_theme.h"

#include <cstdio>
#include <imgui_internal.h>

namespace legwork {
namespace {

// Whether `path` is the file `name` in `folder`, compared without building a path (this
// runs every frame for every entry).
bool is_in_folder(std::string_view path, std::string_view folder, std::string_view name) {
    const std::size_t slash = folder.ends_with('/') ? 0 : 1;
    return path.size() == folder.size() + slash + name.size() && path.starts_with(folder) &&
           (slash == 0 || path[folder.size()] == '/') && path.ends_with(name);
}

} // namespace

void model_file_status(const ScreenContext& context) {
    if (context.scene.model_file_pending()) {
        ImGui::TextWrapped("Reading %s...", context.scene.model_file().c_str());
    } else if (!context.info.avatar_error.empty()) {
        // Said rather than shown as an empty studio; the avatar before stays.
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("%s cannot be your avatar: %s", context.scene.model_file().c_str(),
                           context.info.avatar_error.c_str());
        ImGui::PopStyleColor();
    }
}

void draw_model_chooser(const ScreenContext& context, ScreenRequests& requests) {
    const FolderListing& listing = *context.model_folder;
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Choose a model file");
    ImGui::PopFont();
    muted_text("A rigged humanoid: glTF, GLB, FBX, Collada and the other kinds Assimp reads. "
               "B or Escape goes back.");
    ImGui::TextWrapped("%s", listing.folder.c_str());
    if (!listing.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("%s", listing.error.c_str());
        ImGui::PopStyleColor();
    }
    model_file_status(context);
    ImGui::Spacing();

    const bool has_parent = listing.folder.has_relative_path();
    // Each folder opens with the focus on its first entry, so the D-pad starts from the top
    // (the folder last shown is kept in ImGui's storage: a hash, no allocation).
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shown_key = ImGui::GetID("##folder shown");
    const int folder_hash = static_cast<int>(ImHashStr(listing.folder.c_str()));
    bool focus_next = storage->GetInt(shown_key) != folder_hash;
    storage->SetInt(shown_key, folder_hash);
    const auto focus_if_first = [&] {
        if (!focus_next) return;
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
        ImGui::SetScrollHereY(0.0f);
        focus_next = false;
    };

    if (ImGui::Button("< Back to settings")) requests.close_model_chooser = true;
    if (has_parent) {
        if (ImGui::Selectable("..  (up to the folder above)"))
            requests.model_folder = listing.folder.parent_path();
        focus_if_first();
    }
    char label[512];
    for (std::size_t i = 0; i < listing.entries.size(); ++i) {
        const FolderEntry& entry = listing.entries[i];
        const bool current = !entry.folder && is_in_folder(context.settings.model_path,
                                                           listing.folder.native(), entry.name);
        // The label is the name; the id is the place in the list, so it stays put.
        std::snprintf(label, sizeof label, "%s%s%s###entry%zu", entry.name.c_str(),
                      entry.folder ? "/" : "", current ? "   (your avatar now)" : "", i);
        if (ImGui::Selectable(label, current)) {
            if (entry.folder)
                requests.model_folder = listing.folder / entry.name;
            else
                requests.model_file = listing.folder / entry.name;
        }
        focus_if_first();
    }
    if (listing.entries.empty() && listing.error.empty())
        muted_text("No folders or model files here.");
}

} // namespace legwork
