#pragma once
// Thin ownership over SQLite's C API for the save file: a connection and a prepared
// statement that close themselves, and results as SQLite's own codes. Only core/progress
// and its tests include this (SQLite is a private dependency of core).

#include <cstdint>
#include <filesystem>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace legwork {

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqliteDb = std::unique_ptr<sqlite3, SqliteCloser>;

// Opens `file` with SQLite's `flags` (SQLITE_OPEN_READWRITE and so on). On failure returns
// an empty handle and sets `rc` and `error`.
SqliteDb open_sqlite(const std::filesystem::path& file, int flags, int& rc, std::string& error);

// Runs `sql` (one or more statements, no results wanted). Returns SQLite's result code.
int exec_sql(sqlite3* db, const char* sql);

// One prepared statement. A failed prepare leaves it empty, and step() then returns the
// prepare's error code.
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement() { sqlite3_finalize(stmt_); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binds parameter `index` (from 1). Text is copied by SQLite.
    void bind(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
    void bind(int index, std::string_view text) {
        sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    }
    // SQLITE_ROW while there are rows, SQLITE_DONE at the end, else an error code.
    int step() { return stmt_ ? sqlite3_step(stmt_) : rc_; }
    // Makes the statement ready to run again with new bindings.
    void reset() { sqlite3_reset(stmt_); }
    std::int64_t int64(int column) const { return sqlite3_column_int64(stmt_, column); }
    std::string_view text(int column) const;

private:
    sqlite3_stmt* stmt_ = nullptr;
    int rc_ = SQLITE_OK;
};

// The first column of the first row of `sql` as a number (a PRAGMA, a count); sets `rc`.
std::int64_t query_int(sqlite3* db, const char* sql, int& rc);

} // namespace legwork
