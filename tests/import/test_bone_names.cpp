// Bone names in the styles rigs come with, read as body parts; and the bone map that picks
// each canonical joint's bone from a hierarchy.
#include "import/bone_map.h"
#include "import/bone_names.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace legwork;

namespace {

struct Expected {
    const char* name;
    BodyPart part;
    std::optional<Side> side;
    int number = -1;
};

} // namespace

TEST_CASE("Bone names in every common rig's style are read as their body parts",
          "[import][bones]") {
    constexpr auto L = Side::left;
    constexpr auto R = Side::right;
    const std::vector<Expected> names{
        // Mixamo
        {"mixamorig:Hips", BodyPart::hips, {}},
        {"mixamorig:Spine2", BodyPart::spine, {}, 2},
        {"mixamorig1:LeftUpLeg", BodyPart::upperLeg, L},
        {"mixamorig:LeftLeg", BodyPart::lowerLeg, L},
        {"mixamorig:RightForeArm", BodyPart::lowerArm, R},
        {"mixamorig:RightArm", BodyPart::upperArm, R},
        {"mixamorig:LeftToeBase", BodyPart::toes, L},
        {"mixamorig_LeftShoulder", BodyPart::shoulder, L},
        // VRM and VRoid
        {"leftUpperLeg", BodyPart::upperLeg, L},
        {"upperChest", BodyPart::upperChest, {}},
        {"rightToes", BodyPart::toes, R},
        {"J_Bip_L_UpperLeg", BodyPart::upperLeg, L},
        {"J_Bip_C_Hips", BodyPart::hips, {}},
        {"J_Bip_R_LowerArm", BodyPart::lowerArm, R},
        // Blender
        {"thigh.L", BodyPart::upperLeg, L},
        {"shin.R", BodyPart::lowerLeg, R},
        {"UpperLeg.L", BodyPart::upperLeg, L},
        {"upper_arm.R", BodyPart::upperArm, R},
        {"DEF-forearm.L", BodyPart::lowerArm, L},
        {"DEF-thigh.L.001", BodyPart::upperLeg, L, 1},
        {"spine.003", BodyPart::spine, {}, 3},
        {"Foot_L", BodyPart::foot, L},
        {"hand_r", BodyPart::hand, R},
        {"Left_Hand", BodyPart::hand, L},
        {"HandLeft", BodyPart::hand, L},
        {"Leg-Right", BodyPart::lowerLeg, R},
        // Unreal
        {"pelvis", BodyPart::hips, {}},
        {"spine_01", BodyPart::spine, {}, 1},
        {"clavicle_l", BodyPart::shoulder, L},
        {"calf_r", BodyPart::lowerLeg, R},
        {"ball_l", BodyPart::toes, L},
        {"neck_01", BodyPart::neck, {}, 1},
        // 3ds Max Biped, Character Creator, DAZ, HumanIK
        {"Bip01 L Thigh", BodyPart::upperLeg, L},
        {"Bip001 R Calf", BodyPart::lowerLeg, R},
        {"Bip01 Pelvis", BodyPart::hips, {}},
        {"Bip01 L Toe0", BodyPart::toes, L, 0},
        {"CC_Base_L_Thigh", BodyPart::upperLeg, L},
        {"lThighBend", BodyPart::upperLeg, L},
        {"rShldrBend", BodyPart::upperArm, R},
        {"lShin", BodyPart::lowerLeg, L},
        {"chestUpper", BodyPart::upperChest, {}},
        {"abdomenLower", BodyPart::spine, {}},
        {"Character1_LeftUpLeg", BodyPart::upperLeg, L},
        // CMU motion capture
        {"LeftUpLeg", BodyPart::upperLeg, L},
        {"RightToeBase", BodyPart::toes, R},
        {"Spine1", BodyPart::spine, {}, 1},
        {"Neck1", BodyPart::neck, {}, 1},
        // Sided hips are thighs
        {"hip.L", BodyPart::upperLeg, L},
        {"Hips", BodyPart::hips, {}},
    };
    for (const Expected& e : names) {
        INFO(e.name);
        const std::optional<BoneName> read = read_bone_name(e.name);
        REQUIRE(read);
        CHECK(read->part == e.part);
        CHECK(read->side == e.side);
        CHECK(read->number == e.number);
    }
}

TEST_CASE("Names of fingers, twists, ends, helpers and other rigs' extra bones are no body part",
          "[import][bones]") {
    for (const char* name : {"mixamorig:LeftHandIndex1",
                             "mixamorig:HeadTop_End",
                             "LeftToe_End",
                             "upperarm_twist_01_l",
                             "LHipJoint",
                             "LowerBack",
                             "LThumb",
                             "RFingers",
                             "Bip01",
                             "Armature",
                             "Root",
                             "root",
                             "Body",
                             "Left",
                             "L",
                             "thigh.L.R",
                             "LeftRightHand",
                             "IK_Foot_L",
                             "hand_l_end",
                             "EndSite_Head",
                             "Bone.001",
                             "nodes[3]",
                             "",
                             "Head.L",
                             "Spine.L"}) {
        INFO(name);
        CHECK_FALSE(read_bone_name(name));
    }
}

TEST_CASE("The bone map takes each joint's bone from the hierarchy", "[import][bones]") {
    SECTION("Mixamo: Spine, Spine1 and Spine2 are the spine, chest and upper chest; fingers and "
            "ends are left out") {
        const std::vector<BoneNode> nodes{
            {"Armature", -1, false},                // 0
            {"mixamorig:Hips", 0, true},            // 1
            {"mixamorig:Spine", 1, true},           // 2
            {"mixamorig:Spine1", 2, true},          // 3
            {"mixamorig:Spine2", 3, true},          // 4
            {"mixamorig:Neck", 4, true},            // 5
            {"mixamorig:Head", 5, true},            // 6
            {"mixamorig:HeadTop_End", 6, false},    // 7
            {"mixamorig:LeftShoulder", 4, true},    // 8
            {"mixamorig:LeftArm", 8, true},         // 9
            {"mixamorig:LeftForeArm", 9, true},     // 10
            {"mixamorig:LeftHand", 10, true},       // 11
            {"mixamorig:LeftHandIndex1", 11, true}, // 12
            {"mixamorig:LeftUpLeg", 1, true},       // 13
            {"mixamorig:LeftLeg", 13, true},        // 14
            {"mixamorig:LeftFoot", 14, true},       // 15
            {"mixamorig:LeftToeBase", 15, true},    // 16
            {"mixamorig:LeftToe_End", 16, false},   // 17
        };
        const BoneMap map = map_bones(nodes);
        CHECK(map[index(Joint::hips)] == 1);
        CHECK(map[index(Joint::spine)] == 2);
        CHECK(map[index(Joint::chest)] == 3);
        CHECK(map[index(Joint::upperChest)] == 4);
        CHECK(map[index(Joint::neck)] == 5);
        CHECK(map[index(Joint::head)] == 6);
        CHECK(map[index(Joint::leftShoulder)] == 8);
        CHECK(map[index(Joint::leftHand)] == 11);
        CHECK(map[index(Joint::leftUpperLeg)] == 13);
        CHECK(map[index(Joint::leftToes)] == 16);
        CHECK(map[index(Joint::rightHand)] == -1);
    }
    SECTION("Two spine bones are the spine and the chest; a third pair of names for the same parts "
            "loses to the "
            "bones that deform") {
        const std::vector<BoneNode> nodes{
            {"Hips", -1, true},        // 0
            {"Spine", 0, true},        // 1
            {"Spine1", 1, true},       // 2
            {"ORG-thigh.L", 0, false}, // 3: a helper
            {"DEF-thigh.L", 0, true},  // 4
            {"Neck", 2, true},         // 5
            {"Neck1", 5, true},        // 6
        };
        const BoneMap map = map_bones(nodes);
        CHECK(map[index(Joint::spine)] == 1);
        CHECK(map[index(Joint::chest)] == 2);
        CHECK(map[index(Joint::upperChest)] == -1);
        CHECK(map[index(Joint::leftUpperLeg)] == 4);
        CHECK(map[index(Joint::neck)] == 5);
    }
    SECTION("Five spine bones (Unreal 5): the first, the middle and the last") {
        std::vector<BoneNode> nodes{{"pelvis", -1, true}};
        for (const char* name : {"spine_01", "spine_02", "spine_03", "spine_04", "spine_05"})
            nodes.push_back({name, static_cast<int>(nodes.size()) - 1, true});
        const BoneMap map = map_bones(nodes);
        CHECK(map[index(Joint::spine)] == 1);
        CHECK(map[index(Joint::chest)] == 3);
        CHECK(map[index(Joint::upperChest)] == 5);
    }
    SECTION(
        "Chest and upper chest by name take their joints; a DAZ hip above its pelvis is the hips") {
        const std::vector<BoneNode> nodes{
            {"hip", -1, true},         // 0
            {"pelvis", 0, true},       // 1
            {"abdomenLower", 0, true}, // 2
            {"abdomenUpper", 2, true}, // 3
            {"chestLower", 3, true},   // 4
            {"chestUpper", 4, true},   // 5
            {"neckLower", 5, true},    // 6
            {"neckUpper", 6, true},    // 7
        };
        const BoneMap map = map_bones(nodes);
        CHECK(map[index(Joint::hips)] == 0);
        CHECK(map[index(Joint::spine)] == 2);
        CHECK(map[index(Joint::chest)] == 4);
        CHECK(map[index(Joint::upperChest)] == 5);
        CHECK(map[index(Joint::neck)] == 6);
    }
}
