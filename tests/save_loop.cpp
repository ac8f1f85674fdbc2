// legwork-save-loop DIR: saves sessions into the save file in DIR, one after another until
// killed, printing each session's id once record() has returned. The crash test kills it at
// random moments and checks that every id printed is still there.
#include "core/progress/save_file.h"

#include <cstdio>

using namespace legwork;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: legwork-save-loop DIR\n");
        return 2;
    }
    const WallClock clock;
    SaveFile file(argv[1], clock);
    // After a kill the file must open as it was: anything to tell the user is a failure.
    if (!file.notice().empty()) {
        std::printf("notice: %s\n", file.notice().c_str());
        return 1;
    }
    for (int n = 0;; ++n) {
        SessionRecord session;
        session.routine_id = "save-loop";
        session.routine_name = "Save loop " + std::to_string(n);
        session.planned_work_s = 600;
        session.completed_work_s = 600;
        const WallTime now = clock.now();
        session.start_utc_s = now.utc_s - 600;
        finish_session(session, now);
        for (int i = 0; i < 5; ++i)
            session.results.push_back(
                {.exercise_id = "exercise-" + std::to_string(i), .reps_done = i});
        session.notes.push_back(
            {.exercise_id = "self-test", .side = SessionSide::left, .text = "note"});
        const SaveStatus status = file.record(session);
        if (!status.saved || !status.message.empty()) {
            std::printf("not saved: %s\n", status.message.c_str());
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(status.session_id));
        std::fflush(stdout);
    }
}
