#include "core/platform/wait_until.h"

#include <chrono>
#include <thread>

namespace legwork {

bool wait_until(const std::function<bool()>& done, double limit_s) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::duration<double>(limit_s);
    while (!done()) {
        if (Clock::now() >= deadline) return done();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

} // namespace legwork
