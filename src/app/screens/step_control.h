#pragma once
// A value changed a step at a time, as a TV remote changes one: a row with the label, then
// the value between a "-" and a "+". With the focus on the row (D-pad, stick, arrow keys),
// left and right step it and the focus stays; the mouse presses "-" and "+", held to repeat.

#include <imgui.h>

namespace legwork {

struct StepRange {
    float min = 0.0f;
    float max = 1.0f;
    float step = 1.0f;
    const char* format = "%.0f";    // printf format of the value ("%.0f s")
    const char* min_text = nullptr; // shown instead of the value at `min` ("Its own pace")
    const char* text = nullptr;     // shown instead of the value, when a format cannot write it
                                    // ("5 ft 9 in")
};

// One row; `changed` marks the value as changed from the program's. True when it stepped.
bool step_control(const char* label, float& value, const StepRange& range, bool changed);
// The same for whole numbers.
bool step_control(const char* label, int& value, const StepRange& range, bool changed);

// A row that turns something on or off or picks one of a few, stepped the same way: left and
// right (or a click on the row) go to the next choice. True when it changed.
bool step_choice(const char* label, int& choice, const char* const* choices, int count,
                 bool changed);

} // namespace legwork
