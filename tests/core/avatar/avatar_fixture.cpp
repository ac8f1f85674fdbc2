#include "avatar_fixture.h"

#include <map>
#include <memory>

namespace legwork::test {

const SkinnedMesh& avatar(float build) {
    static std::map<float, std::unique_ptr<SkinnedMesh>> cache;
    auto& slot = cache[build];
    if (!slot) slot = std::make_unique<SkinnedMesh>(generate_avatar({.build = build}));
    return *slot;
}

} // namespace legwork::test
