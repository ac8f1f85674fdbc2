#pragma once
// Sets the process's time zone (TZ) for one test and puts the old one back after.
// Zones are given as POSIX TZ rules ("CET-1CEST,M3.5.0,M10.5.0/3"), which the C library
// reads without the tz database, so tests mean the same on every machine.

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace legwork::test {

class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ")) old_ = old;
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (old_)
            setenv("TZ", old_->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    std::optional<std::string> old_;
};

// Zones with the awkward cases: summer time both ways round the world, a change at
// midnight, half-hour and 45-minute offsets, and both ends of the date line.
inline constexpr const char* kUtc = "UTC0";
inline constexpr const char* kNewYork = "EST5EDT,M3.2.0,M11.1.0";
inline constexpr const char* kBerlin = "CET-1CEST,M3.5.0,M10.5.0/3";
inline constexpr const char* kSantiago = "<-04>4<-03>,M9.1.6/24,M4.1.6/24"; // changes at midnight
inline constexpr const char* kLordHowe = "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"; // half-hour shift
inline constexpr const char* kKathmandu = "<+0545>-5:45";
inline constexpr const char* kKiritimati = "<+14>-14";
inline constexpr const char* kPagoPago = "SST11";

} // namespace legwork::test
