#pragma once
// The save file's layout: which SQLite database is a legwork save file (its application
// id), the schema version it is at (PRAGMA user_version), and the migrations that take a
// file from each earlier version to the next. A new version appends one migration.

#include <cstdint>
#include <span>
#include <string_view>

namespace legwork {

// "LGWK" in the database header, so a legwork save file is told from any other database.
inline constexpr std::int32_t kSaveApplicationId = 0x4c47574b;

// The SQL that takes a save file from version i to version i + 1, for every i from 0 (an
// empty file) up to the current version. Each runs in one transaction with the version bump.
std::span<const std::string_view> save_migrations();

// The version this legwork writes: the number of migrations.
int save_schema_version();

} // namespace legwork
