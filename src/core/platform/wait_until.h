#pragma once
// Waiting on another thread's progress from a command or a test (never from a frame).

#include <functional>

namespace legwork {

// Checks `done` every couple of milliseconds until it is true or `limit_s` seconds have
// passed; returns its last answer.
bool wait_until(const std::function<bool()>& done, double limit_s);

} // namespace legwork
