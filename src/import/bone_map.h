#pragma once
// Bone map: which of a model's bones stands for each canonical joint, found from the
// bones' names (bone_names.h) and their places in the hierarchy.

#include "core/anim/skeleton.h"

#include <array>
#include <span>
#include <string_view>

namespace legwork {

struct BoneNode {
    std::string_view name;
    int parent = -1;     // index of the parent node, -1 for the root; parents come first
    bool weighs = false; // the bone moves vertices (it deforms; not a helper)
};

using BoneMap = std::array<int, kJointCount>; // per joint, the node's index, or -1

// The node for each joint. Among nodes read as the same part, one that weighs vertices
// wins, then the one nearest the root, then the first. The spine's bones below the hips
// ("Spine", "Spine1", "Spine2"), nearest the hips first, are the spine, then the chest
// and upper chest: of two, the second is the chest; of three or more, the last is the
// upper chest and the middle one the chest. Bones named chest or upper chest take those
// joints instead.
BoneMap map_bones(std::span<const BoneNode> nodes);

} // namespace legwork
