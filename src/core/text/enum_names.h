#pragma once
// Enums named in content files and on the command line: each keeps a table of names in
// enum order, and looks names up through here.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace legwork {

// The value whose name in `names` (in enum order) is `name`; nothing for an unknown name.
template <typename Enum, std::size_t N>
std::optional<Enum> enum_from_name(const std::array<std::string_view, N>& names,
                                   std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace legwork
