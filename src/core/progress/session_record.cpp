#include "core/progress/session_record.h"

#include "core/text/enum_names.h"

#include <array>

namespace legwork {
namespace {
constexpr std::array<std::string_view, 3> kSideNames{"both", "left", "right"};
} // namespace

std::string_view session_side_name(SessionSide side) {
    return kSideNames[static_cast<int>(side)];
}

std::optional<SessionSide> session_side_from_name(std::string_view name) {
    return enum_from_name<SessionSide>(kSideNames, name);
}

void finish_session(SessionRecord& session, WallTime end) {
    session.end_utc_s = end.utc_s;
    session.utc_offset_s = end.utc_offset_s;
    session.local_date = local_date_at(end.utc_s, end.utc_offset_s);
}

bool counts_for_streak(const SessionRecord& session) {
    // 80% in whole numbers, so 480 of 600 s is exactly enough.
    return std::int64_t{session.completed_work_s} * 5 >= std::int64_t{session.planned_work_s} * 4;
}

} // namespace legwork
