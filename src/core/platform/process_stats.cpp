#include "core/platform/process_stats.h"

#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace legwork {

double ms_since_process_start() {
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot. Field 2 is
    // the command name in parentheses and may hold spaces, so parse after the last ')'.
    std::ifstream file("/proc/self/stat");
    const std::string stat((std::istreambuf_iterator<char>(file)), {});
    const auto close = stat.rfind(')');
    if (close == std::string::npos) return -1.0;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int index = 3; index <= 22 && fields >> field; ++index) {
        if (index != 22) continue;
        const double start_s = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        return (static_cast<double>(now.tv_sec) + now.tv_nsec * 1e-9 - start_s) * 1000.0;
    }
    return -1.0;
}

double peak_resident_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double process_cpu_ms() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace legwork
