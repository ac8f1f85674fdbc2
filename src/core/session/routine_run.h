#pragma once
// RoutineRun: one routine played from its start to the session it leaves in the save file:
// the Player, how long each segment of the plan really ran, the wall time it began, and what
// the user notes about each side of its self-tests. The app and `legwork play` both run
// routines through it, so work is counted, and the session built, the same way.
//
// Work is the plan time the player moved through while running; a jump (skip, back, end)
// is not work, so skipping a set leaves it undone and going back does it again. Every call
// takes the routine clock's time in seconds, as Player's do; update() runs every frame and
// allocates nothing.

#include "core/platform/wall_clock.h"
#include "core/progress/session_record.h"
#include "core/session/player.h"
#include "core/session/self_test_draft.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace legwork {

// What the user asks of a routine under way (Player's commands).
enum class RunCommand : std::uint8_t { pause, resume, skip, back, addRest, done, endEarly };

class RoutineRun {
public:
    // A run of `timeline` (from plan()) that begins at the wall time `started`. It has a
    // draft note for each side of every item with a note_prompt.
    RoutineRun(Timeline timeline, WallTime started);

    const Player& player() const { return player_; }
    const Timeline& timeline() const { return player_.timeline(); }
    WallTime started() const { return started_; }
    // Per segment of the plan: the seconds it really ran.
    std::span<const double> worked_s() const { return worked_s_; }

    // Starts the plan from 0 at `now_s`.
    void start(double now_s);
    // Moves the plan to `now_s`, counting the time run as work; the events that fell due
    // (as Player::update()).
    std::span<const Event> update(double now_s);
    void command(RunCommand command, double now_s);

    // True once the player has finished and record() has not been called.
    bool ready_to_record() const {
        return player_.state() == PlayerState::finished && !recorded_;
    }
    // The session for the save file, ended at `end` (the wall clock at completion), with
    // the notes as they are. Marks the run recorded.
    SessionRecord record(WallTime end);

    // The self-test notes: one draft per side of each item with a note_prompt, in plan order.
    std::span<const SelfTestDraft> drafts() const { return drafts_; }
    // The drafts of the item `exercise` (into Timeline::exercises), as a range of drafts().
    std::span<const SelfTestDraft> drafts_of(int exercise) const;
    // The self-test item whose notes can be taken now, into Timeline::exercises: during the
    // switch and the rests between its sets, and the rest before the next item; -1 when
    // there is none.
    int noting_exercise() const;
    // Ticks or unticks choice `choice` of draft `draft`.
    void toggle_choice(std::size_t draft, std::size_t choice);
    // Replaces the typed words of draft `draft` (cut at kMaxNoteTyped bytes).
    void set_typed(std::size_t draft, std::string_view text);
    // The notes as the save file keeps them: the drafts with something in them.
    std::vector<SelfTestNote> notes() const;

private:
    // Adds the plan time from played_to_s_ to the player's time to the segments it crossed.
    void count_work();

    Player player_;
    WallTime started_{};
    std::vector<double> worked_s_;
    double played_to_s_ = 0.0; // plan time accounted for in worked_s_
    bool recorded_ = false;
    std::vector<SelfTestDraft> drafts_;
};

} // namespace legwork
