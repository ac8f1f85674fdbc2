// `legwork progress` and `legwork progress export`, run as a user or script would, on save
// files written here through the same SaveFile the app uses.
#include "core/progress/save_file.h"
#include "core/progress/session_export.h"
#include "support/image.h"
#include "support/run_legwork.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

// Saves sessions that ended at `ends` (ISO 8601 times), each with a result and a note.
void save_sessions(const fs::path& dir, std::initializer_list<const char*> ends) {
    SaveFile file(dir, WallClock());
    REQUIRE(file.notice().empty());
    for (const char* end : ends) {
        SessionRecord s;
        s.routine_id = "hamstring-basics";
        s.routine_name = "Hamstring basics";
        s.planned_work_s = 600;
        s.completed_work_s = 570;
        const WallTime time = parse_iso8601(end).value();
        s.start_utc_s = time.utc_s - 800;
        finish_session(s, time);
        s.results = {{.exercise_id = "nordic-curl", .side = SessionSide::both, .reps_done = 5}};
        s.notes = {
            {.exercise_id = "single-leg-squat-test", .side = SessionSide::left, .text = "knee in"}};
        REQUIRE(file.record(s).saved);
    }
}

std::string progress(const fs::path& dir, const std::string& arguments,
                     const std::string& env = "") {
    const Run run = run_legwork("progress --data-dir '" + dir.string() + "' " + arguments, env);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    return run.output;
}

// 2024-03-04 is a Monday.
constexpr auto kMonToWed = {"2024-03-04T18:00:00+01:00", "2024-03-05T18:00:00+01:00",
                            "2024-03-06T18:00:00+01:00"};

} // namespace

TEST_CASE("progress on a new data folder: no streak yet, and what starts one", "[app][progress]") {
    const ScratchDir dir("progress-new");
    const std::string text = progress(dir / "data", "--now 2024-03-06T12:00Z");
    CHECK_THAT(text, Catch::Contains("Current streak  0 days"));
    CHECK_THAT(text, Catch::Contains("Goal            daily, up to 1 rest day a week"));
    CHECK_THAT(text, Catch::Contains("Today           Train today to start a streak."));
    CHECK_THAT(text, Catch::Contains("Last session    none yet"));
    const std::string json = progress(dir / "data", "--json --now 2024-03-06T12:00Z");
    for (const char* key :
         {"current_streak", "best_streak", "sessions_this_week", "total_sessions"}) {
        INFO(key);
        CHECK(json_number(json, key) == 0.0);
    }
    CHECK_THAT(json, Catch::Contains("\"goal\": {\"kind\": \"daily\", \"rest_days_per_week\": 1}"));
    CHECK_THAT(json, Catch::Contains("\"needed_today\": \"Train today to start a streak.\""));
    CHECK_THAT(json, Catch::Contains("\"last_session\": null"));
    CHECK_FALSE(fs::exists(dir / "data")); // reading creates nothing
}

TEST_CASE("progress walks through the calendar with --now", "[app][progress]") {
    const ScratchDir dir("progress-calendar");
    save_sessions(dir.path(), kMonToWed);

    const std::string wednesday = progress(dir.path(), "--json --now 2024-03-06T20:00:00+01:00");
    CHECK(json_number(wednesday, "current_streak") == 3.0);
    CHECK(json_number(wednesday, "best_streak") == 3.0);
    CHECK(json_number(wednesday, "sessions_this_week") == 3.0);
    CHECK(json_number(wednesday, "total_sessions") == 3.0);
    CHECK_THAT(wednesday, Catch::Contains("\"needed_today\": \"Done for today.\""));
    CHECK_THAT(
        wednesday,
        Catch::Contains("\"last_session\": {\"id\": 3, \"routine_id\": \"hamstring-basics\""));
    CHECK_THAT(wednesday, Catch::Contains("\"end\": \"2024-03-06T18:00:00+01:00\""));

    const std::string thursday = progress(dir.path(), "--now 2024-03-07T09:00:00+01:00");
    CHECK_THAT(thursday, Catch::Contains("Current streak  3 days"));
    CHECK_THAT(thursday, Catch::Contains("Today can be a rest day (1 left this week)"));
    CHECK_THAT(
        thursday,
        Catch::Contains(
            "Last session    Hamstring basics, 2024-03-06 18:00 (+01:00), 9:30 of 10:00 worked"));

    const std::string friday = progress(dir.path(), "--now 2024-03-08T09:00:00+01:00");
    CHECK_THAT(friday, Catch::Contains("Train today to keep your 3-day streak."));

    const std::string saturday = progress(dir.path(), "--json --now 2024-03-09T09:00:00+01:00");
    CHECK(json_number(saturday, "current_streak") == 0.0);
    CHECK(json_number(saturday, "best_streak") == 3.0);

    const std::string next_monday = progress(dir.path(), "--json --now 2024-03-11T09:00:00+01:00");
    CHECK(json_number(next_monday, "sessions_this_week") == 0.0);
}

TEST_CASE("A time given to --now without an offset is local time in the zone TZ names",
          "[app][progress]") {
    const ScratchDir dir("progress-tz");
    save_sessions(dir.path(), kMonToWed);
    // 00:30 on Thursday, on either side of the date line: Thursday there, in both.
    for (const char* zone : {"TZ='<+14>-14'", "TZ='SST11'"}) {
        INFO(zone);
        const std::string json = progress(dir.path(), "--json --now 2024-03-07T00:30", zone);
        CHECK_THAT(json, Catch::Contains("\"today\": \"2024-03-07\""));
        CHECK(json_number(json, "current_streak") == 3.0);
        CHECK_THAT(json, Catch::Contains("\"needed_today_kind\": \"rest_allowed\""));
    }
}

TEST_CASE("progress counts weeks for a weekly goal", "[app][progress]") {
    const ScratchDir dir("progress-weekly");
    save_sessions(dir.path(), kMonToWed);
    REQUIRE(SaveFile(dir.path(), WallClock())
                .set_streak_goal({.kind = StreakGoalKind::weekly, .sessions_per_week = 2})
                .saved);
    const std::string json = progress(dir.path(), "--json --now 2024-03-07T09:00:00+01:00");
    CHECK_THAT(json, Catch::Contains("\"goal\": {\"kind\": \"weekly\", \"sessions_per_week\": 2}"));
    CHECK_THAT(json, Catch::Contains("\"streak_unit\": \"weeks\""));
    CHECK(json_number(json, "current_streak") == 1.0);
}

TEST_CASE("progress export writes every session's details as CSV or JSON", "[app][progress]") {
    const ScratchDir dir("progress-export");
    save_sessions(dir.path(), kMonToWed);
    const fs::path csv = dir / "sessions.csv";
    const Run run = run_legwork("progress export --csv --data-dir '" + dir.path().string() +
                                "' -o '" + csv.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.output, Catch::Contains("3 sessions written to"));
    std::ifstream in(csv, std::ios::binary);
    const std::string written{std::istreambuf_iterator<char>(in), {}};
    const SaveFile file(dir.path(), WallClock());
    CHECK(written == sessions_csv(file.sessions(SessionDetail::full)));

    const Run json = run_legwork("progress export --json --data-dir '" + dir.path().string() + "'");
    REQUIRE(json.exit_code == 0);
    CHECK(json.output == sessions_json(file.sessions(SessionDetail::full)));
    CHECK_THAT(json.output, Catch::Contains("\"text\": \"knee in\""));
}

TEST_CASE("progress tells about a damaged save file, restores the backup and answers",
          "[app][progress]") {
    const ScratchDir dir("progress-damaged");
    save_sessions(dir.path(), kMonToWed);
    std::ofstream(dir / "progress.db", std::ios::trunc) << "not a database";
    const std::string text = progress(dir.path(), "--now 2024-03-06T20:00:00+01:00");
    CHECK_THAT(text, Catch::Contains("legwork progress: progress.db could not be used"));
    CHECK_THAT(text, Catch::Contains("set aside as progress-20240306T200000.corrupt.db"));
    CHECK_THAT(text, Catch::Contains("restored (3 sessions)"));
    CHECK_THAT(text, Catch::Contains("Current streak  3 days"));
}

TEST_CASE("progress on a save file that cannot be opened says so and fails", "[app][progress]") {
    const ScratchDir dir("progress-unopenable");
    fs::create_directories(dir / "progress.db"); // a folder where the file should be
    const Run run = run_legwork("progress --data-dir '" + dir.path().string() + "'");
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.output,
               Catch::Contains("legwork progress: Cannot use " + (dir / "progress.db").string()));
}

namespace {

// Pixels in the left half (the panel) within a small distance of the accent colour.
int accent_pixels(const Image& image) {
    int count = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width / 2; ++x) {
            const auto p = image.at(x, y);
            if (std::abs(p[0] - 255) < 30 && std::abs(p[1] - 140) < 30 && std::abs(p[2] - 56) < 30)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("The Progress screen shows a day in the heat map for each session",
          "[app][progress][screenshot]") {
    const ScratchDir dir("progress-screen");
    SaveFile file(dir / "data", WallClock());
    std::vector<SessionRecord> month;
    for (int day = 1; day <= 28; ++day) {
        SessionRecord& s = month.emplace_back();
        s.routine_name = "Hamstring basics";
        s.planned_work_s = s.completed_work_s = 600;
        finish_session(s, {1709287200 + (day - 1) * 86400, 3600}); // 2024-03-01T11:00+01:00 on
        s.start_utc_s = s.end_utc_s - 700;
    }
    REQUIRE(file.record_all(month).saved);
    const auto shot = [&](const fs::path& data, const std::string& name) {
        const fs::path png = dir / name;
        const Run run = run_legwork(
            "screenshot --screen progress --size 1280x800 --now 2024-03-28T20:00:00+01:00 "
            "--data-dir '" +
            data.string() + "' -o '" + png.string() + "'");
        INFO(run.output);
        REQUIRE(run.exit_code == 0);
        return load_png(png);
    };
    const Image with_month = shot(dir / "data", "month.png");
    const Image without = shot(dir / "none", "none.png");
    REQUIRE(with_month.width == 1280);
    // 28 bright cells of several pixels each, and the big numbers (28, not 0).
    CHECK(accent_pixels(with_month) > accent_pixels(without) + 28 * 20);
    CHECK_FALSE(fs::exists(dir / "none")); // showing progress creates nothing
}
