#include "core/session/routine_run.h"

#include "core/session/session_result.h"

#include <algorithm>
#include <cassert>

namespace legwork {

RoutineRun::RoutineRun(Timeline timeline, WallTime started)
    : player_(std::move(timeline)), started_(started),
      worked_s_(player_.timeline().segments.size(), 0.0) {
    const Timeline& plan = player_.timeline();
    for (std::size_t i = 0; i < plan.exercises.size(); ++i) {
        const PlannedExercise& planned = plan.exercises[i];
        if (planned.note_prompt.empty()) continue;
        const bool one_sided = planned.sides != ExerciseSides::both;
        // Sides in the order they are worked.
        const Side first = planned.first_side;
        const Side second = first == Side::left ? Side::right : Side::left;
        const auto side_of = [](Side s) { return s == Side::left ? SessionSide::left : SessionSide::right; };
        std::vector<SessionSide> sides;
        if (one_sided) sides = {side_of(first), side_of(second)};
        else sides = {SessionSide::both};
        for (SessionSide side : sides)
            drafts_.push_back({.exercise = static_cast<int>(i),
                               .exercise_id = planned.exercise->id,
                               .side = side,
                               .choices = note_choices(*planned.exercise),
                               .chosen = 0,
                               .typed = {}});
    }
}

void RoutineRun::start(double now_s) {
    player_.start(now_s);
    std::fill(worked_s_.begin(), worked_s_.end(), 0.0);
    played_to_s_ = 0.0;
    recorded_ = false;
}

void RoutineRun::count_work() {
    const double to_s = player_.time_s();
    const std::vector<Segment>& segments = player_.timeline().segments;
    for (std::size_t i = 0; i < segments.size() && to_s > played_to_s_; ++i)
        worked_s_[i] += std::max(0.0, std::min(to_s, segments[i].end_s) -
                                          std::max(played_to_s_, segments[i].start_s));
    played_to_s_ = std::max(played_to_s_, to_s);
}

std::span<const Event> RoutineRun::update(double now_s) {
    const std::span<const Event> events = player_.update(now_s);
    count_work();
    return events;
}

void RoutineRun::command(RunCommand command, double now_s) {
    // What ran up to the command is work (its events still to be taken by update()); the
    // jump it makes is not.
    player_.advance(now_s);
    count_work();
    switch (command) {
    case RunCommand::pause: player_.pause(now_s); break;
    case RunCommand::resume: player_.resume(now_s); break;
    case RunCommand::skip: player_.skip(now_s); break;
    case RunCommand::back: player_.back(now_s); break;
    case RunCommand::addRest: player_.add_rest(now_s); break;
    case RunCommand::done: player_.done_pressed(now_s); break;
    case RunCommand::endEarly: player_.end_early(now_s); break;
    }
    played_to_s_ = player_.time_s();
}

SessionRecord RoutineRun::record(WallTime end) {
    recorded_ = true;
    SessionRecord record = session_result(player_.timeline(), worked_s_);
    record.start_utc_s = started_.utc_s;
    finish_session(record, end);
    record.notes = notes();
    return record;
}

std::span<const SelfTestDraft> RoutineRun::drafts_of(int exercise) const {
    const auto first = std::find_if(drafts_.begin(), drafts_.end(),
                                    [&](const SelfTestDraft& d) { return d.exercise == exercise; });
    const auto last = std::find_if(first, drafts_.end(),
                                   [&](const SelfTestDraft& d) { return d.exercise != exercise; });
    return std::span<const SelfTestDraft>(drafts_).subspan(
        static_cast<std::size_t>(first - drafts_.begin()), static_cast<std::size_t>(last - first));
}

int RoutineRun::noting_exercise() const {
    const Segment& segment = player_.current();
    int exercise = -1;
    if (segment.kind == SegmentKind::switchSides || segment.kind == SegmentKind::rest)
        exercise = segment.exercise;
    else if (segment.kind == SegmentKind::restBetweenExercises)
        exercise = segment.exercise - 1;
    return exercise >= 0 && !drafts_of(exercise).empty() ? exercise : -1;
}

void RoutineRun::toggle_choice(std::size_t draft, std::size_t choice) {
    assert(draft < drafts_.size() && choice < drafts_[draft].choices.size() && "a draft's choice");
    drafts_[draft].chosen ^= std::uint64_t{1} << choice;
}

void RoutineRun::set_typed(std::size_t draft, std::string_view text) {
    assert(draft < drafts_.size() && "a draft");
    drafts_[draft].typed.assign(text.substr(0, kMaxNoteTyped));
}

std::vector<SelfTestNote> RoutineRun::notes() const {
    std::vector<SelfTestNote> notes;
    for (const SelfTestDraft& draft : drafts_) {
        std::string text = note_text(draft);
        if (!text.empty())
            notes.push_back({.exercise_id = draft.exercise_id, .side = draft.side, .text = std::move(text)});
    }
    return notes;
}

} // namespace legwork
