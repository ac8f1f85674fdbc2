#include "core/content/content_error.h"

namespace legwork {

std::string ContentError::to_string() const {
    if (line <= 0) return file + ": " + message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

} // namespace legwork
