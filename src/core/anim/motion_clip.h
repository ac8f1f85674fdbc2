#pragma once
// MotionClip: one motion made ready to play at a given tempo, on a given side, correct or
// with one of its mistakes. Sampling is smooth: every movement follows a monotone cubic
// through the phase poses, so velocities are continuous (C1) and no angle overshoots the
// poses it passes between (a straight knee never bends backwards on the way).
//
// Built once when the exercise, side, variant or tempo changes; angles_at() and
// contact_weight() then do no allocation.

#include "core/anim/motion.h"

#include <span>
#include <vector>

namespace legwork {

// The shortest a phase plays; shorter durations are stretched to it.
inline constexpr float kMinPhase_s = 0.05f;

struct ClipOptions {
    std::optional<Side> side;     // default: the side the motion is written for
    int variant = -1;             // index into Motion::variants; -1 = correct form
    std::vector<float> phase_s;   // seconds per phase (at least kMinPhase_s); empty = the motion's own durations
};

struct PhaseTime {
    int phase = 0;          // index
    float fraction = 0.0f;  // 0 at the phase's start, 1 at its end
};

class MotionClip {
public:
    MotionClip() = default;
    // `options.phase_s`, when given, has one positive duration per phase.
    MotionClip(const Motion& motion, const ClipOptions& options);

    float duration_s() const { return key_time_s_.empty() ? 0.0f : key_time_s_.back(); }
    Placement placement() const { return placement_; }
    Side side() const { return side_; }
    // Whether this clip plays the motion on the other side than it is written for.
    bool mirrored() const { return mirrored_; }
    // Height of a surface's top, metres: on a mat, every surface is the mat's thickness higher.
    float surface_height_m(Surface surface) const;
    // Contacts on this clip's side.
    std::span<const Contact> contacts() const { return contacts_; }
    // Start of phase `phase` in the cycle, seconds.
    float phase_start_s(int phase) const { return key_time_s_[phase]; }
    int phase_count() const { return static_cast<int>(key_time_s_.size()) - 1; }

    // Times wrap around the cycle.
    BodyAngles angles_at(float t_s) const;
    PhaseTime phase_at(float t_s) const;
    // 1 while the contact holds, 0 while free, easing between over up to 0.3 s as a
    // limb lifts off or sets down.
    float contact_weight(int contact, float t_s) const;
    // When the contact is lifted: (start, end) in cycle seconds, ends possibly past the
    // cycle's length when a span runs across it. Empty for a contact that always holds.
    std::span<const std::pair<float, float>> free_spans(int contact) const { return free_spans_s_[contact]; }

private:
    float wrap(float t_s) const;

    Placement placement_ = Placement::standing;
    Side side_ = Side::left;
    bool mirrored_ = false;
    bool on_mat_ = false;
    std::vector<float> key_time_s_;     // phase boundaries: 0, end of phase 0, ..., cycle length
    std::vector<BodyAngles> key_value_; // angles at each boundary (the first equals the last)
    std::vector<BodyAngles> key_slope_; // degrees per second at each boundary
    std::vector<Contact> contacts_;
    std::vector<std::vector<std::pair<float, float>>> free_spans_s_; // per contact: (start, end) it is lifted
};

} // namespace legwork
