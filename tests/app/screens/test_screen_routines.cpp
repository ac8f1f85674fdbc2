// The Routines screen driven with the gamepad alone, as scripts run the real binary: a timer
// changed lands in timers.yaml and in what `legwork plan` times; a routine built from the
// library is saved where `legwork list routines` finds it.
#include "support/run_legwork.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& file) {
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Home -> Library -> Routines with the shoulder button.
constexpr const char* kToRoutines = "100 pad rightshoulder\n200 pad rightshoulder\n";

} // namespace

TEST_CASE("A routine's timer stepped with the gamepad is saved and times the routine's plan",
          "[app][script][routines]") {
    const ScratchDir dir("routine-timers");
    const std::string data = " --data-dir '" + (dir / "data").string() + "'";
    // The routine the first press down focuses: the second in the list, as in the start test.
    const Run before = run_legwork("plan hamstring-strength-progression --json" + data);
    INFO(before.output);
    REQUIRE(before.exit_code == 0);
    const std::optional<double> before_s = json_number(before.output, "total_s");
    REQUIRE(before_s);

    std::ofstream(dir / "timers.txt") << kToRoutines
                                      << "400 pad dpdown\n"  // the first routine's Start
                                         "500 pad dpright\n" // ... its exercises and timers
                                         "600 pad a\n"
                                         "1000 pad dpdown\n" // from "< All routines" to Start
                                         "1100 pad dpdown\n" // ... to the sets of every exercise
                                         "1200 pad dpright\n"
                                         "1300 pad dpright\n"
                                         "1400 pad dpleft\n" // one step back: one more set
                                         "3000 quit\n";      // after the change has settled
    const Run run = run_legwork("--headless --input-script '" + (dir / "timers.txt").string() +
                                "' --size 1280x720" + data);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const std::string timers = read_text(dir / "data" / "timers.yaml");
    INFO(timers);
    CHECK_THAT(timers, Catch::Contains("hamstring-strength-progression:"));
    CHECK_THAT(timers, Catch::Contains("every_exercise: {sets: "));
    // One more set of every exercise than its first: the plan is longer by at least that.
    const Run after = run_legwork("plan hamstring-strength-progression --json" + data);
    REQUIRE(after.exit_code == 0);
    const std::optional<double> after_s = json_number(after.output, "total_s");
    REQUIRE(after_s);
    CHECK(*after_s > *before_s);

    // Reset to default from the same page gives the program's plan back.
    std::ofstream(dir / "reset.txt") << kToRoutines
                                     << "400 pad dpdown\n500 pad dpright\n600 pad a\n"
                                        "1000 pad dpdown\n1100 pad dpdown\n"
                                        "1200 pad dpdown\n" // rest between exercises
                                        "1300 pad dpdown\n" // "Reset this routine's timers"
                                        "1400 pad a\n"
                                        "3000 quit\n";
    REQUIRE(run_legwork("--headless --input-script '" + (dir / "reset.txt").string() +
                        "' --size 1280x720" + data)
                .exit_code == 0);
    CHECK_THAT(read_text(dir / "data" / "timers.yaml"), !Catch::Contains("hamstring-strength-progression"));
    CHECK(json_number(run_legwork("plan hamstring-strength-progression --json" + data).output, "total_s") ==
          before_s);
}

TEST_CASE("A routine built with the gamepad from the library is saved and listed",
          "[app][script][routines]") {
    const ScratchDir dir("routine-builder");
    const std::string data = " --data-dir '" + (dir / "data").string() + "'";
    const Run listed_before = run_legwork("list routines --json" + data);
    REQUIRE(listed_before.exit_code == 0);
    CHECK_THAT(listed_before.output, !Catch::Contains("my-routine"));

    std::ostringstream script;
    script << kToRoutines;
    // Down the list past every routine's Start to "New routine".
    for (int i = 0; i < 6; ++i) script << 400 + 100 * i << " pad dpdown\n";
    script << "1100 pad a\n";
    // From "< Back" past the name and the kinds, to the first strength exercise: add it.
    for (int i = 0; i < 5; ++i) script << 1600 + 100 * i << " pad dpdown\n";
    script << "2200 pad a\n";
    // Back up to "Save routine" and save.
    for (int i = 0; i < 12; ++i) script << 2400 + 100 * i << " pad dpup\n";
    script << "3700 pad dpdown\n3800 pad dpdown\n3900 pad a\n"
              "4500 quit\n";
    std::ofstream(dir / "build.txt") << script.str();
    const Run run = run_legwork("--headless --input-script '" + (dir / "build.txt").string() +
                                "' --size 1280x720" + data);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(fs::exists(dir / "data" / "routines" / "my-routine.yaml"));
    const Run listed = run_legwork("list routines --json" + data);
    INFO(listed.output);
    REQUIRE(listed.exit_code == 0);
    CHECK_THAT(listed.output, Catch::Contains("\"my-routine\""));
    CHECK_THAT(listed.output, Catch::Contains("\"My routine\""));
    CHECK(run_legwork("plan my-routine --json" + data).exit_code == 0);

    // Saving opened its page. Delete asks first: once leaves the file, twice removes it.
    for (const int presses : {1, 2}) {
        INFO(presses << " press(es) of Delete");
        std::string steps = kToRoutines;
        // Down past the built-in routines to ours (the sixth entry), open its page.
        for (int i = 0; i < 5; ++i) steps += std::to_string(400 + 100 * i) + " pad dpdown\n";
        steps += "1000 pad dpright\n1100 pad a\n"                  // "Exercises and timers"
                 "1600 pad dpdown\n1700 pad dpright\n1800 pad dpright\n"; // Start, Change, Delete
        for (int i = 0; i < presses; ++i) steps += std::to_string(1900 + 200 * i) + " pad a\n";
        steps += "2600 screenshot " + (dir / "delete.png").string() + "\n2700 quit\n";
        std::ofstream(dir / "delete.txt") << steps;
        const Run deleting = run_legwork("--headless --input-script '" + (dir / "delete.txt").string() +
                                         "' --size 1280x720" + data);
        INFO(deleting.output);
        REQUIRE(deleting.exit_code == 0);
        CHECK(fs::exists(dir / "data" / "routines" / "my-routine.yaml") == (presses == 1));
    }
}
