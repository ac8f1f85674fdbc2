#include "core/progress/sqlite_db.h"

namespace legwork {

SqliteDb open_sqlite(const std::filesystem::path& file, int flags, int& rc, std::string& error) {
    sqlite3* raw = nullptr;
    rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
    SqliteDb db(raw);
    if (rc != SQLITE_OK) {
        error = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        db.reset();
    }
    return db;
}

int exec_sql(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql) {
    rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
}

std::string_view SqliteStatement::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return bytes ? std::string_view(bytes,
                                    static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
                 : std::string_view();
}

std::int64_t query_int(sqlite3* db, const char* sql, int& rc) {
    SqliteStatement statement(db, sql);
    rc = statement.step();
    if (rc != SQLITE_ROW) return 0;
    rc = SQLITE_OK;
    return statement.int64(0);
}

} // namespace legwork
