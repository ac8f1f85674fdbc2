#include "session_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace legwork::test {

Exercise exercise(const std::string& id, ExerciseSides sides, const Dose& dose,
                  std::initializer_list<std::pair<const char*, float>> phases,
                  std::initializer_list<std::pair<const char*, const char*>> cues) {
    Exercise e;
    e.id = id;
    e.name = "The " + id;
    e.sides = sides;
    e.dose = dose;
    for (const auto& [name, seconds] : phases) {
        Phase phase;
        phase.name = name;
        phase.duration_s = seconds;
        e.motion.phases.push_back(phase);
    }
    for (const auto& [phase, text] : cues) e.cues.push_back({e.motion.phase_index(phase), text});
    return e;
}

Exercise squat(ExerciseSides sides, const Dose& dose) {
    return exercise("squat", sides, dose,
                    {{"lower", 2.0f}, {"bottom", 0.5f}, {"rise", 1.0f}, {"top", 0.5f}},
                    {{"lower", "Knees out."}, {"rise", "Drive up."}});
}

Exercise hold(ExerciseSides sides, const Dose& dose) {
    return exercise("hold", sides, dose,
                    {{"lift", 1.0f}, {"reach", 1.0f}, {"hold", 1.0f}, {"lower", 1.5f}},
                    {{"reach", "Reach long."}, {"hold", "Stay level."}});
}

Routine routine_of(const Library& library) {
    Routine routine{.id = "test", .name = "Test"};
    for (const Exercise& e : library.exercises) routine.items.push_back({.exercise = {e.id}});
    return routine;
}

void check_timeline_rules(const Timeline& timeline) {
    const auto& segments = timeline.segments;
    REQUIRE_FALSE(segments.empty());
    CHECK(segments.front().start_s == 0.0);
    CHECK(segments.back().kind == SegmentKind::done);
    CHECK(segments.back().start_s == segments.back().end_s);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        INFO("segment " << i);
        if (i + 1 < segments.size()) {
            CHECK(segments[i].end_s == segments[i + 1].start_s); // no gap, no overlap
            CHECK(segments[i].end_s > segments[i].start_s);
        }
    }
    const auto& events = timeline.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        INFO("event " << i << " '" << events[i].text << "' at " << events[i].t_s);
        const Segment& s = segments.at(events[i].segment);
        CHECK(events[i].t_s >= s.start_s);
        CHECK(events[i].t_s <= s.end_s);
        if (i > 0) CHECK(events[i - 1].t_s <= events[i].t_s);
    }
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const bool counted = segments[s].kind == SegmentKind::work && segments[s].rep > 0;
        const auto counts = std::count_if(events.begin(), events.end(), [&](const Event& e) {
            return e.segment == static_cast<int>(s) && e.kind == EventKind::repCounted;
        });
        INFO("segment " << s);
        CHECK(counts == (counted ? 1 : 0));
        if (counted)
            for (const Event& e : events)
                if (e.segment == static_cast<int>(s) && e.kind == EventKind::repCounted) {
                    CHECK(e.t_s == segments[s].end_s);
                    CHECK(e.text == std::to_string(segments[s].rep));
                }
    }
}

} // namespace legwork::test
