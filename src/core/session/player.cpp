#include "core/session/player.h"

#include <algorithm>
#include <cassert>

namespace legwork {

Player::Player(Timeline timeline) : timeline_(std::move(timeline)) {
    assert(!timeline_.segments.empty() && timeline_.segments.back().kind == SegmentKind::done &&
           "a timeline from plan()");
}

void Player::start(double now_s) {
    state_ = PlayerState::running;
    ended_early_ = false;
    seek(0, now_s);
}

void Player::advance(double now_s) {
    if (state_ != PlayerState::running) return;
    double t = anchor_plan_s_ + (now_s - anchor_clock_s_);
    for (;;) {
        const Segment& s = timeline_.segments[segment_];
        if (s.kind == SegmentKind::done) {
            t = s.start_s;
            state_ = PlayerState::finished;
            break;
        }
        if (t < s.end_s) break;
        if (s.waits_for_done && timeline_.dose(s).cap_s <= 0.0f) {
            t = s.end_s;
            state_ = PlayerState::waitingForDone;
            break;
        }
        ++segment_;
    }
    time_s_ = t;
}

std::span<const Event> Player::update(double now_s) {
    if (state_ == PlayerState::ready) return {};
    advance(now_s);
    const std::vector<Event>& events = timeline_.events;
    const std::size_t first = next_event_;
    // While waiting for "done", what belongs to the segments after stays to come.
    while (next_event_ < events.size() && events[next_event_].t_s <= time_s_ &&
           events[next_event_].segment <= segment_)
        ++next_event_;
    return std::span<const Event>(events).subspan(first, next_event_ - first);
}

void Player::seek(int index, double now_s) {
    segment_ = index;
    time_s_ = anchor_plan_s_ = timeline_.segments[index].start_s;
    anchor_clock_s_ = now_s;
    if (timeline_.segments[index].kind == SegmentKind::done)
        state_ = PlayerState::finished;
    else if (state_ == PlayerState::waitingForDone || state_ == PlayerState::finished)
        state_ = PlayerState::running;
    const auto& events = timeline_.events;
    // Events of earlier segments may share the instant (the count of the rep before).
    next_event_ = static_cast<std::size_t>(
        std::find_if(events.begin(), events.end(),
                     [&](const Event& e) {
                         return e.t_s > time_s_ || (e.t_s == time_s_ && e.segment >= index);
                     }) -
        events.begin());
}

void Player::pause(double now_s) {
    if (state_ != PlayerState::running) return;
    advance(now_s);
    if (state_ != PlayerState::running) return;
    anchor_plan_s_ = time_s_;
    state_ = PlayerState::paused;
}

void Player::resume(double now_s) {
    if (state_ != PlayerState::paused) return;
    anchor_clock_s_ = now_s;
    state_ = PlayerState::running;
}

int Player::block_start(int index) const {
    const auto& segments = timeline_.segments;
    while (index > 0 && same_set(timeline_, segments[index - 1], segments[index])) --index;
    return index;
}

int Player::block_end(int index) const {
    const auto& segments = timeline_.segments;
    while (index + 1 < static_cast<int>(segments.size()) &&
           same_set(timeline_, segments[index], segments[index + 1]))
        ++index;
    return index + 1;
}

void Player::skip(double now_s) {
    if (state_ == PlayerState::ready || state_ == PlayerState::finished) return;
    advance(now_s);
    if (state_ == PlayerState::finished) return;
    seek(block_end(segment_), now_s);
}

void Player::back(double now_s) {
    if (state_ == PlayerState::ready) return;
    advance(now_s);
    if (ended_early_) return;
    const int start = block_start(segment_);
    const bool just_started = time_s_ - timeline_.segments[start].start_s < kBackToPrevious_s;
    seek(just_started && start > 0 ? block_start(start - 1) : start, now_s);
}

bool Player::add_rest(double now_s, double extra_s) {
    if (state_ != PlayerState::running && state_ != PlayerState::paused) return false;
    advance(now_s);
    if (!is_rest(current().kind)) return false;
    lengthen_rest(timeline_, segment_, extra_s);
    // Its countdown moved later: beeps already given are given again at their new times.
    const auto& events = timeline_.events;
    for (std::size_t i = 0; i < next_event_; ++i)
        if (events[i].segment == segment_ && events[i].kind == EventKind::countdown) {
            next_event_ = i;
            break;
        }
    return true;
}

void Player::end_early(double now_s) {
    if (state_ == PlayerState::ready || state_ == PlayerState::finished) return;
    advance(now_s);
    if (state_ == PlayerState::finished) return; // it had just come to its end
    segment_ = static_cast<int>(timeline_.segments.size()) - 1;
    time_s_ = anchor_plan_s_ = timeline_.segments[segment_].start_s;
    next_event_ = timeline_.events.size();
    state_ = PlayerState::finished;
    ended_early_ = true;
}

void Player::done_pressed(double now_s) {
    if (state_ != PlayerState::running && state_ != PlayerState::waitingForDone) return;
    advance(now_s);
    if (!current().waits_for_done) return;
    seek(segment_ + 1, now_s);
}

} // namespace legwork
