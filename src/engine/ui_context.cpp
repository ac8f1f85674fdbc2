#include "engine/ui_context.h"

#include "engine/window.h"

#include <SDL2/SDL.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

namespace legwork {
namespace {

// Latin, Latin-1 (accents, ×, °, ½), dashes, quotes, bullet and ellipsis, arrows, minus.
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2190,
                                0x2193, 0x2212, 0x2212, 0};

// The workout timer: digits and the colon, so a very large size stays a small texture.
const ImWchar kTimerGlyphRanges[] = {0x0020, 0x0020, 0x0030, 0x003A, 0};

ImFont* add_font(const std::filesystem::path& file, float size_px, int oversample,
                 const ImWchar* ranges = kGlyphRanges) {
    ImFontConfig config;
    config.OversampleH = oversample;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromFileTTF(file.c_str(), size_px, &config, ranges);
}

} // namespace

UiContext::~UiContext() {
    if (!started_) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

bool UiContext::init(Window& window, const UiFontSizes& sizes, std::string& error) {
    const auto typeface = find_ui_typeface();
    if (!typeface) {
        error = "no UI typeface found: install fonts-inter or fonts-dejavu-core";
        return false;
    }
    typeface_ = *typeface;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout comes from code; never write imgui.ini into the cwd
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
    if (!ImGui_ImplSDL2_InitForOpenGL(window.sdl_window(), window.gl_context()) ||
        !ImGui_ImplOpenGL3_Init("#version 330 core")) {
        error = "cannot start the UI on this OpenGL context";
        ImGui::DestroyContext();
        return false;
    }
    started_ = true;
    sizes_ = sizes;
    bake_fonts();
    return true;
}

void UiContext::bake_fonts() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Small text gains from horizontal oversampling; large text does not need it.
    const float raster = sizes_.raster_scale;
    fonts_.body = add_font(typeface_.regular, sizes_.body_px * raster, 2);
    fonts_.heading = add_font(typeface_.bold, sizes_.heading_px * raster, 1);
    fonts_.title = add_font(typeface_.bold, sizes_.title_px * raster, 1);
    fonts_.timer = add_font(typeface_.bold, sizes_.timer_px * raster, 1, kTimerGlyphRanges);
    atlas.Build();
    ImGui::GetIO().FontGlobalScale = 1.0f / raster;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    damage_.forget(); // the same vertices now show other pixels of type
}

void UiContext::set_font_sizes(const UiFontSizes& sizes) {
    if (sizes == sizes_) return;
    sizes_ = sizes;
    bake_fonts();
}

void UiContext::process_event(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_MOUSEMOTION) {
        pointer_x_ = static_cast<float>(event.motion.x);
        pointer_y_ = static_cast<float>(event.motion.y);
        pointer_inside_ = true;
    } else if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) {
        pointer_x_ = static_cast<float>(event.button.x);
        pointer_y_ = static_cast<float>(event.button.y);
        pointer_inside_ = true;
    } else if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_LEAVE) {
        pointer_inside_ = false;
    }
}

bool UiContext::wants_mouse() const { return ImGui::GetIO().WantCaptureMouse; }

void UiContext::begin_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // ImGui 1.86's SDL backend follows the pointer only while the window has keyboard
    // focus, so an unfocused window (or one on the offscreen driver) ignores hovering and
    // clicks. Later versions follow the pointer whenever it is over the window: do that.
    ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsMousePosValid(&io.MousePos) && pointer_inside_)
        io.MousePos = {pointer_x_, pointer_y_};
    ImGui::NewFrame();
}

PixelRegion UiContext::end_frame(glm::ivec2 framebuffer_size) {
    ImGui::Render();
    const ImDrawData& data = *ImGui::GetDrawData();
    clipper_.keep(data);
    return damage_.update(data, framebuffer_size);
}

void UiContext::render(const PixelRect& rect, glm::ivec2 framebuffer_size) {
    ImDrawData& data = *ImGui::GetDrawData();
    clipper_.clip(data, rect, framebuffer_size);
    ImGui_ImplOpenGL3_RenderDrawData(&data);
}

} // namespace legwork
