// `legwork play ROUTINE --headless`: the real player run by the real binary, fast: every event
// of `legwork plan --json` fires once, in order, and the session is found by `legwork progress`.
#include "support/run_legwork.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

// The raw value of `key` in a one-line JSON object: a string with its quotes and escapes, or a
// number or null as written. Empty when the key is missing.
std::string field(const std::string& line, const std::string& key) {
    const std::string label = "\"" + key + "\": ";
    const std::size_t at = line.find(label);
    if (at == std::string::npos) return {};
    std::size_t end = at + label.size();
    if (line[end] == '"') {
        for (++end; end < line.size() && line[end] != '"'; ++end)
            if (line[end] == '\\') ++end;
        ++end;
    } else {
        end = line.find_first_of(",}", end);
    }
    return line.substr(at + label.size(), end - at - label.size());
}

struct PlannedEvent {
    std::string t_s, kind, text, segment;
    bool operator==(const PlannedEvent&) const = default;
};

// The lines of `text` that hold an event: in `plan --json`, the ones under "events".
std::vector<PlannedEvent> events_in(const std::string& text, bool after_events_key) {
    std::vector<PlannedEvent> events;
    std::istringstream lines(text);
    bool in_events = !after_events_key;
    for (std::string line; std::getline(lines, line);) {
        if (line.find("\"events\": [") != std::string::npos) in_events = true;
        if (!in_events || line.find("\"t_s\"") == std::string::npos) continue;
        events.push_back({field(line, "t_s"), field(line, "kind"), field(line, "text"), field(line, "segment")});
    }
    return events;
}

} // namespace

TEST_CASE("play runs a routine headless: every planned event fires once, in order, and the session is saved",
          "[app][play]") {
    const ScratchDir dir("play");
    const std::string data = " --data-dir '" + (dir / "data").string() + "'";
    const Run plan = run_legwork("plan leg-imbalance-self-check --json" + data);
    REQUIRE(plan.exit_code == 0);
    const std::vector<PlannedEvent> planned = events_in(plan.output, true);
    REQUIRE(planned.size() > 50);

    const Run play = run_legwork("play leg-imbalance-self-check --headless --speed 1000 --events '" +
                                 (dir / "events.jsonl").string() + "' --now 2024-03-10T18:30:00+01:00" + data);
    INFO(play.output);
    REQUIRE(play.exit_code == 0);
    CHECK_THAT(play.output, Catch::Contains("Leg imbalance self-check"));
    CHECK_THAT(play.output, Catch::Contains("Saved as session 1"));
    std::ifstream file(dir / "events.jsonl");
    const std::string written((std::istreambuf_iterator<char>(file)), {});
    const std::vector<PlannedEvent> fired = events_in(written, false);
    REQUIRE(fired.size() == planned.size());
    for (std::size_t i = 0; i < planned.size(); ++i) {
        INFO("event " << i);
        CHECK(fired[i] == planned[i]);
    }
    // Each line also says when it fired (never before its time) and about what.
    std::istringstream lines(written);
    for (std::string line; std::getline(lines, line);) {
        CHECK(std::stod(field(line, "fired_s")) >= std::stod(field(line, "t_s")) - 0.0005); // t_s is rounded to 1 ms
        CHECK_FALSE(field(line, "exercise").empty());
        CHECK_FALSE(field(line, "side").empty());
    }
    CHECK_THAT(written, Catch::Contains("\"exercise\": \"hurdle-step\", \"side\": \"left\""));

    // The session is in the save file, started at --now, ended after the routine's length.
    const Run progress = run_legwork("progress --json --now 2024-03-10T21:00:00+01:00" + data);
    INFO(progress.output);
    CHECK(json_number(progress.output, "total_sessions") == 1.0);
    CHECK(json_number(progress.output, "partial_sessions") == 0.0);
    CHECK(json_number(progress.output, "current_streak") == 1.0);
    CHECK_THAT(progress.output, Catch::Contains("\"routine_id\": \"leg-imbalance-self-check\""));
    CHECK_THAT(progress.output, Catch::Contains("\"start\": \"2024-03-10T18:30:00+01:00\""));
    CHECK_THAT(progress.output, Catch::Contains("\"local_date\": \"2024-03-10\""));
    const double total_s = *json_number(plan.output, "total_s");
    const std::string end = field(progress.output, "end");
    REQUIRE(end.size() > 17);
    const int end_minutes = std::stoi(end.substr(12, 2)) * 60 + std::stoi(end.substr(15, 2));
    CHECK(std::abs(end_minutes - (18 * 60 + 30 + total_s / 60.0)) <= 1.0);
}

TEST_CASE("play refuses without --headless, and names where to find a routine's id", "[app][play]") {
    const Run windowed = run_legwork("play leg-imbalance-self-check");
    CHECK(windowed.exit_code == 2);
    CHECK_THAT(windowed.output, Catch::Contains("needs --headless"));
    const ScratchDir dir("play-unknown");
    const Run unknown = run_legwork("play moonwalk --headless --data-dir '" + dir.path().string() + "'");
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.output, Catch::Contains("no routine 'moonwalk'"));
    CHECK_THAT(unknown.output, Catch::Contains("legwork list routines"));
    CHECK_FALSE(fs::exists(dir / "progress.db"));
}
