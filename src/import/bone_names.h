#pragma once
// Bone names read as body parts, in the naming styles rigs come with: Mixamo
// ("mixamorig:LeftUpLeg"), VRM ("leftUpperLeg") and VRoid ("J_Bip_L_UpperLeg"), Blender
// ("thigh.L", "UpperLeg.L", "upper_arm_l", "DEF-shin.R"), Unreal ("thigh_l", "spine_01",
// "calf_r", "ball_l"), 3ds Max Biped ("Bip01 L Thigh"), CMU motion capture ("LeftUpLeg",
// "LeftLeg", "LeftToeBase"), DAZ ("lThighBend", "lShin", "chestUpper"), Character
// Creator ("CC_Base_L_Thigh") and the like.
//
// A name is cut into words (at separators, case changes and digits), a namespace
// ("mixamorig:", "Armature|") and rig prefixes ("Bip01", "J_Bip", "CC_Base", "DEF") are
// dropped, a word "L", "Left", "R" or "Right" gives the side, a last number is kept, and
// what is left must be a known part's name exactly: "LeftHandIndex1", "LeftToe_End",
// "upperarm_twist_01_l" and "LHipJoint" are none.

#include "core/anim/body_angles.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace legwork {

enum class BodyPart : std::uint8_t {
    hips,
    spine,
    chest,
    upperChest,
    neck,
    head,
    shoulder,
    upperArm,
    lowerArm,
    hand,
    upperLeg,
    lowerLeg,
    foot,
    toes,
};

struct BoneName {
    BodyPart part;
    std::optional<Side> side; // set for the parts that come in pairs, and only for them
    int number = -1;          // a last number: 2 for "Spine2", 1 for "spine.001"; -1 for none
};

// The body part `name` stands for; nothing for a name that is no part's.
std::optional<BoneName> read_bone_name(std::string_view name);

} // namespace legwork
