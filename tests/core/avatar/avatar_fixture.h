#pragma once
// Avatars shared by the avatar tests: each build is generated once per test run (about a
// second each), on first use.

#include "core/avatar/avatar_generator.h"
#include "core/avatar/avatar_look.h"

namespace legwork::test {

const SkinnedMesh& avatar(float build = 1.0f); // build is build_girth() of one of kAvatarBuilds

} // namespace legwork::test
