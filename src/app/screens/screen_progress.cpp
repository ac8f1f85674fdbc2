#include "app/screens/screen_panel.h"
#include "app/ui_theme.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace legwork {
namespace {

// "2024-03-10" in a buffer of its own: formatting a date allocates nothing.
struct DateText {
    char text[16];
    explicit DateText(LocalDate date) {
        const std::chrono::year_month_day ymd{date};
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    }
};

// "12 reps, 4:30": what was done, leaving out what was not; "-" for nothing.
struct AmountText {
    char text[48];
    AmountText(int reps, int seconds) {
        if (reps > 0 && seconds > 0)
            std::snprintf(text, sizeof text, "%d reps, %d:%02d", reps, seconds / 60, seconds % 60);
        else if (reps > 0)
            std::snprintf(text, sizeof text, "%d reps", reps);
        else if (seconds > 0)
            std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
        else
            std::snprintf(text, sizeof text, "-");
    }
};

const char* exercise_name(const ScreenContext& context, const std::string& id) {
    for (const Exercise& e : context.library.exercises)
        if (e.id == id) return e.name.c_str();
    return id.c_str(); // an exercise no longer in the library: its id
}

const char* side_label(SessionSide side) {
    switch (side) {
    case SessionSide::left:
        return "left";
    case SessionSide::right:
        return "right";
    case SessionSide::both:
        break;
    }
    return "both legs";
}

// A count in the title font with its label under it.
void big_number(const ScreenContext& context, int value, const char* label) {
    ImGui::BeginGroup();
    ImGui::PushFont(context.fonts.title);
    ImGui::TextColored(kAccent, "%d", value);
    ImGui::PopFont();
    muted_text(label);
    ImGui::EndGroup();
}

// The last twelve months, a column per Monday-to-Sunday week and a cell per day, darker to
// brighter with the minutes of work; days with only partial sessions are outlined in the
// warning colour. Hovering a day tells its date and work.
void heat_map(const ScreenContext& context) {
    const ProgressSummary& s = context.progress.summary;
    constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    constexpr std::array<const char*, 7> kWeekdays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const ImGuiStyle& style = ImGui::GetStyle();
    const float label_width = ImGui::CalcTextSize("Mon").x + style.ItemSpacing.x;
    const float pitch = std::max(
        4.0f, std::floor((ImGui::GetContentRegionAvail().x - label_width) / kHeatMapWeeks));
    const float gap = std::max(1.0f, std::floor(pitch * 0.15f));
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 grid{origin.x + label_width, origin.y + line};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 muted = ImGui::GetColorU32(kMutedText);
    const ImU32 empty = ImGui::GetColorU32(ImVec4{1.0f, 1.0f, 1.0f, 0.08f});
    const ImU32 partial = ImGui::GetColorU32(kWarning);

    // As many weekday names as fit beside the rows without touching: every second or third.
    const int label_step = std::max(2, static_cast<int>(std::ceil(line / pitch)));
    for (int row = 0; row < 7; row += label_step)
        draw->AddText({origin.x, grid.y + row * pitch + (pitch - line) * 0.5f}, muted,
                      kWeekdays[row]);
    unsigned last_month = 0;
    float last_label_end = 0.0f;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const HeatMapDay* hovered = nullptr;
    LocalDate hovered_date{};
    for (int i = 0; i < kHeatMapWeeks * 7; ++i) {
        const LocalDate date = s.first_day + std::chrono::days{i};
        if (date > s.today) break;
        const int column = i / 7, row = i % 7;
        const ImVec2 lo{grid.x + column * pitch, grid.y + row * pitch};
        const ImVec2 hi{lo.x + pitch - gap, lo.y + pitch - gap};
        const unsigned month = static_cast<unsigned>(std::chrono::year_month_day{date}.month());
        if (row == 0 && month != last_month) {
            if (lo.x >= last_label_end) {
                draw->AddText({lo.x, origin.y}, muted, kMonths[month - 1]);
                last_label_end =
                    lo.x + ImGui::CalcTextSize(kMonths[month - 1]).x + style.ItemSpacing.x;
            }
            last_month = month;
        }
        const HeatMapDay& day = s.days[static_cast<std::size_t>(i)];
        ImU32 fill = empty;
        if (day.work_s > 0) {
            const float share = static_cast<float>(day.work_s) /
                                static_cast<float>(std::max(1, s.busiest_day_work_s));
            ImVec4 shade = kAccent;
            shade.w = 0.3f + 0.7f * std::clamp(share, 0.0f, 1.0f);
            fill = ImGui::GetColorU32(shade);
        }
        draw->AddRectFilled(lo, hi, fill);
        if (day.partial) draw->AddRect(lo, hi, partial, 0.0f, 0, std::max(1.0f, gap));
        if (date == s.today) draw->AddRect(lo, hi, ImGui::GetColorU32(ImGuiCol_Text));
        if (mouse.x >= lo.x && mouse.x < hi.x && mouse.y >= lo.y && mouse.y < hi.y) {
            hovered = &day;
            hovered_date = date;
        }
    }
    ImGui::Dummy({label_width + kHeatMapWeeks * pitch, line + 7.0f * pitch});
    if (hovered && ImGui::IsWindowHovered()) {
        const DateText date(hovered_date);
        if (hovered->work_s == 0)
            ImGui::SetTooltip("%s: no session", date.text);
        else
            ImGui::SetTooltip("%s: %d min of work%s", date.text, (hovered->work_s + 30) / 60,
                              hovered->partial ? ", partial" : "");
    }
    muted_text("Brighter: more minutes that day. Outlined: only partial sessions (under 80% of the "
               "plan).");
}

void recent_sessions(const ProgressSummary& s) {
    if (s.recent.empty()) {
        muted_text("No sessions yet. Finish a routine and it shows here.");
        return;
    }
    if (!ImGui::BeginTable("##recent", 3,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    for (const SessionRecord& session : s.recent) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(DateText(session.local_date).text);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(session.routine_name.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d of %d min", (session.completed_work_s + 30) / 60,
                    (session.planned_work_s + 30) / 60);
        if (!counts_for_streak(session)) {
            ImGui::SameLine();
            ImGui::TextColored(kWarning, "partial");
        }
    }
    ImGui::EndTable();
}

// Everything done of each exercise, side by side, so a weaker side shows.
void exercise_totals(const ScreenContext& context, const ProgressSummary& s) {
    if (s.exercises.empty()) {
        muted_text("Totals per exercise and side show here after your first session.");
        return;
    }
    if (!ImGui::BeginTable("##exercises", 5,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Exercise", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Sessions", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    for (const char* side : {"Left", "Right", "Both legs"})
        ImGui::TableSetupColumn(side, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const ExerciseTotals& t : s.exercises) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", exercise_name(context, t.exercise_id));
        ImGui::TableNextColumn();
        ImGui::Text("%d", t.sessions);
        for (SessionSide side : {SessionSide::left, SessionSide::right, SessionSide::both}) {
            const auto index = static_cast<std::size_t>(side);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(AmountText(t.reps[index], t.seconds[index]).text);
        }
    }
    ImGui::EndTable();
}

void self_test_notes(const ScreenContext& context, const ProgressSummary& s) {
    if (s.notes.empty()) {
        muted_text("What you notice in self-tests (a knee drifting in, a hip dropping) shows "
                   "here, side by side over time.");
        return;
    }
    for (const DatedNote& entry : s.notes) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
        ImGui::Text("%s  %s, %s", DateText(entry.date).text,
                    exercise_name(context, entry.note.exercise_id), side_label(entry.note.side));
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", entry.note.text.c_str());
    }
}

} // namespace

void draw_progress_screen(const ScreenContext& context, ScreenRequests& requests) {
    const ProgressView& progress = context.progress;
    const ProgressSummary& s = progress.summary;
    begin_screen_panel("##progress", context);
    screen_heading(context, "Progress");
    if (!progress.save_notice.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("%s", progress.save_notice.c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }

    const bool daily = s.goal.kind == StreakGoalKind::daily;
    big_number(context, s.streak.current, daily ? "day streak" : "week streak");
    ImGui::SameLine(0.0f, context.layout.fonts.body_px * 3.0f);
    big_number(context, s.streak.best, "best");
    ImGui::TextWrapped("%s", s.needed_today.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
    ImGui::Text("This week %d, in all %d (%d partial), %lld min of work",
                s.streak.sessions_this_week, s.total_sessions, s.partial_sessions,
                static_cast<long long>((s.total_work_s + 30) / 60));
    ImGui::PopStyleColor();
    ImGui::Spacing();

    heat_map(context);
    ImGui::Spacing();

    if (ImGui::BeginTabBar("##progress_tabs")) {
        if (ImGui::BeginTabItem("Recent")) {
            recent_sessions(s);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Exercises")) {
            exercise_totals(context, s);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Self-tests")) {
            self_test_notes(context, s);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::Spacing();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Export every session");
    ImGui::SameLine();
    if (ImGui::Button("CSV")) requests.export_sessions = ExportFormat::csv;
    ImGui::SameLine();
    if (ImGui::Button("JSON")) requests.export_sessions = ExportFormat::json;
    if (!progress.message.empty()) muted_text(progress.message.c_str());
    muted_text("Your data folder:");
    muted_text(context.info.data_dir.c_str());
    ImGui::End();
}

} // namespace legwork
