#pragma once
// ContentError: one problem in a content file, reported as `file:line:col: message` so
// editors jump to it. Loaders collect every error of a file rather than stop at the first.

#include <string>
#include <vector>

namespace legwork {

struct ContentError {
    std::string file;
    int line = 0;   // 1-based; 0 when the problem is the file as a whole
    int column = 0; // 1-based
    std::string message;

    std::string to_string() const;
};

using ContentErrors = std::vector<ContentError>;

} // namespace legwork
