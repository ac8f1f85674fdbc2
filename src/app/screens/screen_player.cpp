#include "app/screens/screen_panel.h"
#include "app/screens/screens.h"
#include "app/ui_theme.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace legwork {
namespace {

constexpr ImGuiWindowFlags kOverlay =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing;

// "1:05" from seconds, rounded up so a countdown shows 1 until it is over.
void clock_text(double seconds, char (&out)[16]) {
    const int total = std::max(0, static_cast<int>(std::ceil(seconds - 1e-6)));
    std::snprintf(out, sizeof out, "%d:%02d", total / 60, total % 60);
}

const char* segment_label(SegmentKind kind) {
    switch (kind) {
    case SegmentKind::getReady:
        return "Get ready";
    case SegmentKind::work:
        return "Work";
    case SegmentKind::switchSides:
        return "Switch sides";
    case SegmentKind::rest:
        return "Rest";
    case SegmentKind::restBetweenExercises:
        return "Rest";
    case SegmentKind::done:
        return "Done";
    }
    return "";
}

const char* side_text(std::optional<Side> side) {
    if (!side) return "";
    return *side == Side::left ? "LEFT leg" : "RIGHT leg";
}

const char* note_side_text(SessionSide side) {
    switch (side) {
    case SessionSide::left: return "LEFT leg";
    case SessionSide::right: return "RIGHT leg";
    case SessionSide::both: return "Both legs";
    }
    return "";
}

// What the user saw on each side of self-test `exercise`: its prompt, then per side the quick
// choices to tick with a gamepad or mouse, and a box to type in with a keyboard.
void self_test_notes(const ScreenContext& context, const RoutineRun& run, int exercise,
                     ScreenRequests& requests) {
    const PlannedExercise& planned = run.timeline().exercises[exercise];
    ImGui::PushID(exercise);
    // Named, as during a rest the heading already shows the exercise coming.
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted(planned.exercise->name.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    ImGui::TextWrapped("Note what you saw. %s", planned.note_prompt.c_str());
    ImGui::PopStyleColor();
    const float right = ImGui::GetWindowContentRegionMax().x;
    for (const SelfTestDraft& draft : run.drafts_of(exercise)) {
        const std::size_t index = static_cast<std::size_t>(&draft - run.drafts().data());
        ImGui::PushID(static_cast<int>(index));
        ImGui::PushFont(context.fonts.heading);
        ImGui::TextUnformatted(note_side_text(draft.side));
        ImGui::PopFont();
        for (std::size_t i = 0; i < draft.choices.size(); ++i) {
            // Choices flow along the line and wrap before the edge.
            const char* label = draft.choices[i].c_str();
            if (i > 0) {
                const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                                    ImGui::CalcTextSize(label).x;
                ImGui::SameLine();
                if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
            }
            ImGui::PushID(static_cast<int>(i));
            bool chosen = draft.is_chosen(i);
            if (ImGui::Checkbox(label, &chosen)) requests.note = NoteEdit{.draft = index, .toggle = i};
            ImGui::PopID();
        }
        std::array<char, kMaxNoteTyped + 1> typed{};
        std::memcpy(typed.data(), draft.typed.data(), std::min(draft.typed.size(), kMaxNoteTyped));
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::InputTextWithHint("##typed", "Or type what you saw", typed.data(), typed.size()))
            requests.note = NoteEdit{.draft = index, .typed = std::string(typed.data())};
        ImGui::PopID();
    }
    ImGui::PopID();
}

// The exercise's name, the set and side, and what comes next: top left. Returns its bottom.
float heading(const ScreenContext& context, const RoutineRun& run) {
    const Player& player = run.player();
    const Timeline& timeline = player.timeline();
    const Segment& segment = player.current();
    const float margin = context.layout.safe_margin_px;
    ImGui::SetNextWindowPos({margin, margin});
    // As wide as the name needs, up to 55% of the screen: an auto-sized window would
    // otherwise wrap it at last frame's width, a word a line.
    const float widest = context.display_size.x * 0.55f;
    float name_px = 0.0f;
    if (segment.exercise >= 0) {
        const std::string& name = timeline.exercises[segment.exercise].exercise->name;
        const ImFont& title = *context.fonts.title;
        name_px = title.CalcTextSizeA(title.FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX, 0.0f,
                                      name.c_str()).x;
    }
    const float padding = 2.0f * ImGui::GetStyle().WindowPadding.x;
    ImGui::SetNextWindowSizeConstraints({std::min(name_px + padding, widest), 0},
                                        {widest, context.display_size.y});
    ImGui::Begin("##player heading", nullptr, kOverlay | ImGuiWindowFlags_NoNav);
    if (segment.exercise >= 0) {
        const PlannedExercise& planned = timeline.exercises[segment.exercise];
        const bool resting = segment.kind != SegmentKind::work;
        if (resting) ImGui::TextColored(kMutedText, "%s - next up", segment_label(segment.kind));
        ImGui::PushFont(context.fonts.title);
        ImGui::TextWrapped("%s", planned.exercise->name.c_str());
        ImGui::PopFont();
        ImGui::PushFont(context.fonts.heading);
        const Dose& dose = planned.dose;
        if (segment.set > 0)
            ImGui::Text("Set %d of %d%s%s", segment.set, dose.sets, segment.side ? " - " : "",
                        side_text(segment.side));
        else if (segment.side)
            ImGui::TextUnformatted(side_text(segment.side));
        ImGui::PopFont();
        // Get ready and rests show the key cue of what comes; work, the exercise after it.
        if (resting && !planned.exercise->cues.empty())
            ImGui::TextColored(kGood, "%s", planned.exercise->cues.front().text.c_str());
        const std::size_t after = static_cast<std::size_t>(segment.exercise) + 1;
        if (!resting && after < timeline.exercises.size())
            ImGui::TextColored(kMutedText, "Then: %s", timeline.exercises[after].exercise->name.c_str());
    }
    const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    ImGui::End();
    return bottom;
}

// The count: "Rep 7 of 15", or the seconds left of a hold, a rest or a timed set: top right.
void counter(const ScreenContext& context, const RoutineRun& run) {
    const Player& player = run.player();
    const Segment& segment = player.current();
    const float margin = context.layout.safe_margin_px;
    ImGui::SetNextWindowPos({context.display_size.x - margin, margin}, ImGuiCond_Always,
                            {1.0f, 0.0f});
    ImGui::Begin("##player counter", nullptr, kOverlay | ImGuiWindowFlags_NoNav);
    char big[16];
    const char* label = segment_label(segment.kind);
    char of[32] = "";
    if (segment.kind == SegmentKind::work && segment.rep > 0 &&
        player.timeline().dose(segment).measure == DoseMeasure::reps) {
        label = "Rep";
        std::snprintf(big, sizeof big, "%d", segment.rep);
        std::snprintf(of, sizeof of, "of %d", player.timeline().dose(segment).reps);
    } else if (player.state() == PlayerState::waitingForDone) {
        label = "Press Done when finished";
        clock_text(0.0, big);
    } else {
        if (segment.kind == SegmentKind::work && segment.rep > 0) {
            label = "Hold";
            std::snprintf(of, sizeof of, "rep %d of %d", segment.rep,
                          player.timeline().dose(segment).reps);
        }
        clock_text(player.segment_left_s(), big);
    }
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextColored(kAccent, "%s", label);
    ImGui::PopFont();
    ImGui::PushFont(context.fonts.timer);
    ImGui::TextUnformatted(big);
    ImGui::PopFont();
    if (of[0]) {
        ImGui::PushFont(context.fonts.heading);
        ImGui::TextUnformatted(of);
        ImGui::PopFont();
    }
    if (player.state() == PlayerState::paused) ImGui::TextColored(kWarning, "Paused");
    ImGui::End();
}

// The cue banner, what the voice said, the whole routine's progress, and the controls.
// Returns its height.
float footer(const ScreenContext& context, const RoutineRun& run, ScreenRequests& requests) {
    const Player& player = run.player();
    const float margin = context.layout.safe_margin_px;
    const float width = context.display_size.x - 2.0f * margin;
    ImGui::SetNextWindowPos({margin, context.display_size.y - margin}, ImGuiCond_Always,
                            {0.0f, 1.0f});
    ImGui::SetNextWindowSizeConstraints({width, 0}, {width, context.display_size.y});
    ImGui::Begin("##player footer", nullptr, kOverlay);
    // The last thing the voice said (a count, a side, what comes next), but for the cue it
    // read out: that shows once, large, below. The line is there even when empty, so the
    // panel keeps its height.
    const char* caption = "";
    for (auto said = context.captions.rbegin(); said != context.captions.rend(); ++said)
        if (!said->empty() && *said != context.cue) {
            caption = said->c_str();
            break;
        }
    ImGui::TextColored(kMutedText, "%s", caption);
    if (!context.cue.empty()) {
        ImGui::PushFont(context.fonts.heading);
        ImGui::TextColored(kGood, "%.*s", static_cast<int>(context.cue.size()), context.cue.data());
        ImGui::PopFont();
    }
    const double total = player.timeline().total_s();
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, kAccent);
    char left[16], overlay[48];
    clock_text(total - player.time_s(), left);
    std::snprintf(overlay, sizeof overlay, "%s left", left);
    ImGui::ProgressBar(total > 0.0 ? static_cast<float>(player.time_s() / total) : 1.0f,
                       {-FLT_MIN, 0.0f}, overlay);
    ImGui::PopStyleColor();

    const PlayerState state = player.state();
    const auto command = [&](const char* label, PlayerCommand what) {
        if (ImGui::Button(label)) requests.player = what;
        ImGui::SameLine();
    };
    if (state == PlayerState::paused)
        command("Resume", PlayerCommand::resume);
    else
        command("Pause", PlayerCommand::pause);
    command("Back", PlayerCommand::back);
    command("Skip", PlayerCommand::skip);
    if (is_rest(player.current().kind)) command("+15 s rest", PlayerCommand::addRest);
    if (player.current().waits_for_done) command("Done", PlayerCommand::done);
    command("End workout", PlayerCommand::endEarly);
    ImGui::NewLine();
    const float height = ImGui::GetWindowHeight();
    ImGui::End();
    return height;
}

// The notes of the self-test just done, in a panel at the left between the heading (ending at
// `top_px`) and the footer (`footer_px` tall), scrolling if they need more room, while the avatar previews what comes at the right. The panel takes the
// gamepad's focus as it appears; the footer's commands stay on their buttons and keys.
void notes_panel(const ScreenContext& context, const RoutineRun& run, int exercise, float top_px,
                 float footer_px, ScreenRequests& requests) {
    const float margin = context.layout.safe_margin_px;
    const float gap = context.layout.fonts.body_px;
    const float width = screen_panel_width(context.layout, context.display_size);
    const float bottom = context.display_size.y - margin - footer_px - gap;
    ImGui::SetNextWindowPos({margin, bottom}, ImGuiCond_Always, {0.0f, 1.0f});
    ImGui::SetNextWindowSizeConstraints({width, 0}, {width, std::max(bottom - top_px - gap, 1.0f)});
    ImGui::Begin("##player notes", nullptr, kOverlay);
    if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
    self_test_notes(context, run, exercise, requests);
    ImGui::End();
}

// The end: what was done, the self-test notes to finish, and where to go.
void complete(const ScreenContext& context, const RoutineRun& run, ScreenRequests& requests) {
    const Player& player = run.player();
    const bool notes = !run.drafts().empty();
    ImGui::SetNextWindowPos({0.5f * context.display_size.x, 0.5f * context.display_size.y},
                            ImGuiCond_Always, {0.5f, 0.5f});
    // With notes to take, a large panel whose notes scroll; else just fitting its words.
    if (notes)
        ImGui::SetNextWindowSize({0.8f * context.display_size.x, context.display_size.y -
                                                                   2.0f * context.layout.safe_margin_px});
    ImGui::Begin("##player complete", nullptr, notes ? kOverlay & ~ImGuiWindowFlags_AlwaysAutoResize : kOverlay);
    ImGui::PushFont(context.fonts.title);
    ImGui::TextUnformatted(player.ended_early() ? "Workout ended" : "Routine complete");
    ImGui::PopFont();
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted(player.timeline().routine_name.c_str());
    ImGui::PopFont();
    if (!context.session_status.empty())
        ImGui::TextWrapped("%.*s", static_cast<int>(context.session_status.size()),
                           context.session_status.data());
    ImGui::Spacing();
    if (ImGui::Button("See your progress")) requests.player = PlayerCommand::leaveToProgress;
    ImGui::SameLine();
    if (ImGui::Button("Home")) requests.player = PlayerCommand::leave;
    if (notes) {
        ImGui::Separator();
        // Flattened, so the D-pad moves from the buttons into the notes and back.
        ImGui::BeginChild("##notes", {0.0f, 0.0f}, false, ImGuiWindowFlags_NavFlattened);
        int shown = -1;
        for (const SelfTestDraft& draft : run.drafts()) {
            if (draft.exercise == shown) continue;
            shown = draft.exercise;
            self_test_notes(context, run, shown, requests);
            ImGui::Spacing();
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

} // namespace

ImVec2 player_counter_corner(const UiLayout& layout, const UiFonts& fonts) {
    // As counter() lays it out: its label, the digits and the "of 15" line, in a window.
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImFont& timer = *fonts.timer;
    const float digits = timer.CalcTextSizeA(timer.FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX, 0.0f, "0:00").x;
    return {layout.safe_margin_px + 2.0f * style.WindowPadding.x + digits,
            layout.safe_margin_px + 2.0f * style.WindowPadding.y + 2.0f * layout.fonts.heading_px +
                layout.fonts.timer_px + 2.0f * style.ItemSpacing.y};
}

void draw_player_screen(const ScreenContext& context, ScreenRequests& requests) {
    const RoutineRun& run = *context.run;
    if (run.player().state() == PlayerState::finished) {
        complete(context, run, requests);
        return;
    }
    const float heading_bottom = heading(context, run);
    counter(context, run);
    const float footer_px = footer(context, run, requests);
    if (const int noting = run.noting_exercise(); noting >= 0)
        notes_panel(context, run, noting, heading_bottom, footer_px, requests);
}

} // namespace legwork
