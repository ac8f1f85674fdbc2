#include "core/progress/session_export.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

// Finished 2024-03-10T18:30:00+01:00 after 15 minutes.
SessionRecord make_session() {
    SessionRecord s;
    s.id = 7;
    s.routine_id = "left-right-balance";
    s.routine_name = "Left, right \"balance\"";
    s.start_utc_s = 1710091800 - 900;
    finish_session(s, {1710091800, 3600});
    s.planned_work_s = 600;
    s.completed_work_s = 420;
    s.results = {
        {.exercise_id = "single-leg-glute-bridge", .side = SessionSide::left, .reps_done = 12},
        {.exercise_id = "side-plank",
         .side = SessionSide::right,
         .seconds_done = 20,
         .skipped = true}};
    s.notes = {{.exercise_id = "single-leg-squat-test",
                .side = SessionSide::left,
                .text = "knee in,\nhip drops"}};
    return s;
}

} // namespace

TEST_CASE("A session in JSON has its times with their offset, results and notes",
          "[progress][session_export]") {
    CHECK(session_json(make_session()) ==
          "{\"id\": 7, \"routine_id\": \"left-right-balance\", \"routine_name\": \"Left, right "
          "\\\"balance\\\"\", \"start\": \"2024-03-10T18:15:00+01:00\", \"end\": "
          "\"2024-03-10T18:30:00+01:00\", \"utc_offset_s\": 3600, \"local_date\": \"2024-03-10\", "
          "\"planned_work_s\": 600, \"completed_work_s\": 420, \"counts\": false, \"results\": "
          "[{\"exercise_id\": \"single-leg-glute-bridge\", \"side\": \"left\", \"reps_done\": 12, "
          "\"seconds_done\": 0, \"skipped\": false}, {\"exercise_id\": \"side-plank\", \"side\": "
          "\"right\", \"reps_done\": 0, \"seconds_done\": 20, \"skipped\": true}], \"notes\": "
          "[{\"exercise_id\": \"single-leg-squat-test\", \"side\": \"left\", \"text\": \"knee "
          "in,\\nhip drops\"}]}");
    SessionRecord bare = make_session();
    bare.results.clear();
    bare.notes.clear();
    CHECK_THAT(session_json(bare), Catch::EndsWith("\"counts\": false}"));
}

TEST_CASE("The JSON export lists every session", "[progress][session_export]") {
    CHECK(sessions_json({}) == "{\"sessions\": []}\n");
    const std::vector<SessionRecord> two{make_session(), make_session()};
    const std::string json = sessions_json(two);
    CHECK_THAT(json, Catch::StartsWith("{\"sessions\": [\n  {\"id\": 7"));
    CHECK_THAT(json, Catch::EndsWith("}\n]}\n"));
    CHECK_THAT(json, Catch::Contains("]},\n  {\"id\": 7"));
}

TEST_CASE("The CSV export has a row per result and note, quoted where needed",
          "[progress][session_export]") {
    SessionRecord bare = make_session();
    bare.id = 8;
    bare.completed_work_s = 600;
    bare.results.clear();
    bare.notes.clear();
    const std::vector<SessionRecord> sessions{make_session(), bare};
    const std::string session7 =
        "7,left-right-balance,\"Left, right \"\"balance\"\"\","
        "2024-03-10T18:15:00+01:00,2024-03-10T18:30:00+01:00,2024-03-10,600,420,no,";
    CHECK(sessions_csv(sessions) ==
          "session_id,routine_id,routine_name,start,end,local_date,planned_work_s,completed_work_s,"
          "counts,kind,exercise_id,side,reps_done,seconds_done,skipped,note\r\n" +
              session7 + "result,single-leg-glute-bridge,left,12,0,no,\r\n" + session7 +
              "result,side-plank,right,0,20,yes,\r\n" + session7 +
              "note,single-leg-squat-test,left,,,,\"knee in,\nhip drops\"\r\n"
              "8,left-right-balance,\"Left, right \"\"balance\"\"\",2024-03-10T18:15:00+01:00,"
              "2024-03-10T18:30:00+01:00,2024-03-10,600,600,yes,session,,,,,,\r\n");
}
