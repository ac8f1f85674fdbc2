#include "import/bone_map.h"

#include "import/bone_names.h"

#include <algorithm>
#include <cassert>
#include <optional>
#include <tuple>
#include <vector>

namespace legwork {
namespace {

// The canonical joint of a part on a side.
constexpr std::array<Joint, 8> kLeftLimbs{
    Joint::leftShoulder, Joint::leftUpperArm, Joint::leftLowerArm, Joint::leftHand,
    Joint::leftUpperLeg, Joint::leftLowerLeg, Joint::leftFoot,     Joint::leftToes};

Joint limb_joint(BodyPart part, Side side) {
    const Joint left = kLeftLimbs[static_cast<int>(part) - static_cast<int>(BodyPart::shoulder)];
    return side == Side::left ? left : mirror(left);
}

bool descends_from(std::span<const BoneNode> nodes, int node, int ancestor) {
    for (int p = nodes[node].parent; p >= 0; p = nodes[p].parent)
        if (p == ancestor) return true;
    return false;
}

} // namespace

BoneMap map_bones(std::span<const BoneNode> nodes) {
    const int count = static_cast<int>(nodes.size());
    std::vector<int> depth(count, 0);
    std::vector<std::optional<BoneName>> read(count);
    for (int i = 0; i < count; ++i) {
        assert(nodes[i].parent < i && "parents come before their children");
        if (nodes[i].parent >= 0) depth[i] = depth[nodes[i].parent] + 1;
        read[i] = read_bone_name(nodes[i].name);
    }
    // Orders candidates: weighing vertices first, then nearest the root, then first.
    const auto rank = [&](int i) { return std::tuple(!nodes[i].weighs, depth[i], i); };
    const auto better = [&](int candidate, int best) {
        return best < 0 || rank(candidate) < rank(best);
    };

    BoneMap map;
    map.fill(-1);
    int chest = -1, upper_chest = -1;
    for (int i = 0; i < count; ++i) {
        if (!read[i]) continue;
        const BoneName& name = *read[i];
        int* slot = nullptr;
        switch (name.part) {
        case BodyPart::hips:
            slot = &map[index(Joint::hips)];
            break;
        case BodyPart::spine:
            break; // below, once the hips are known
        case BodyPart::chest:
            slot = &chest;
            break;
        case BodyPart::upperChest:
            slot = &upper_chest;
            break;
        case BodyPart::neck:
            slot = &map[index(Joint::neck)];
            break;
        case BodyPart::head:
            slot = &map[index(Joint::head)];
            break;
        default:
            slot = &map[index(limb_joint(name.part, *name.side))];
            break;
        }
        if (slot && better(i, *slot)) *slot = i;
    }

    // The spine's bones, from the hips up.
    const int hips = map[index(Joint::hips)];
    std::vector<int> spine;
    for (int i = 0; i < count; ++i)
        if (read[i] && read[i]->part == BodyPart::spine && i != hips &&
            (hips < 0 || descends_from(nodes, i, hips)))
            spine.push_back(i);
    std::sort(spine.begin(), spine.end(),
              [&](int a, int b) { return std::pair(depth[a], a) < std::pair(depth[b], b); });
    if (!spine.empty()) map[index(Joint::spine)] = spine.front();
    if (chest < 0 && upper_chest < 0 && spine.size() >= 2) {
        const std::size_t n = spine.size();
        chest = spine[n == 2 ? 1 : n / 2];
        if (n >= 3) upper_chest = spine.back();
    }
    map[index(Joint::chest)] = chest;
    map[index(Joint::upperChest)] = upper_chest;
    return map;
}

} // namespace legwork
