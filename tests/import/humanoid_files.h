#pragma once
// Humanoid model files for the importer's tests, made from the built-in avatar: its bones
// named in another rig's style, in other units, another up axis, off the origin, bound in
// a T-pose or an A-pose, with every bone's axes turned, or with longer legs; written by
// one of Assimp's exporters, or as a DirectX .x file (Assimp's .x exporter leaves out
// the skin).

#include "core/anim/pose.h"

#include <filesystem>
#include <optional>
#include <string>

namespace legwork::test {

// Naming styles: VRM ("leftUpperLeg"), Mixamo ("mixamorig:LeftUpLeg"), Blender
// ("thigh.L"), CMU motion capture ("LeftUpLeg", "Spine1"), Unreal ("thigh_l"), 3ds Max
// Biped ("Bip01 L Thigh"), and a plain rig with no shoulders, toes or upper chest
// ("UpperArm_L", "Foot_R").
enum class BoneStyle { vrm, mixamo, blender, cmu, unreal, biped, plain };

// What the joint's bone is called in `style`.
std::string bone_name(BoneStyle style, Joint joint);
// The bone the importer should find for `joint`: nothing when the style has no bone for
// that joint (its bone then has a name that is no body part's, as CMU and Blender rigs
// have no upper chest, and the plain rig no shoulders or toes either).
std::optional<std::string> mapped_bone(BoneStyle style, Joint joint);

struct HumanoidStyle {
    BoneStyle bones = BoneStyle::vrm;
    std::string format = "glb2";  // an Assimp exporter's id, or "x" for the DirectX writer here
    float units_per_metre = 1.0f; // 100: centimetres
    bool z_up = false;            // +Z up, facing -Y (Blender, 3ds Max)
    bool faces_back = false;      // facing -Z (VRM 0.x avatars)
    glm::vec3 offset_m{0.0f};     // where it stands, in metres, in the file's axes
    float arm_abduction_deg = kBindArmAbductionDeg; // the bind pose's; 90 is a T-pose
    bool rolled = false;                            // every bone's axes turned about an odd axis
    float leg_scale = 1.0f;                         // legs this many times as long (needs a T-pose)
};

// The average avatar (4000 triangles, no outfit or muscle colours) in `style`, written to
// `path`. Returns why it could not be written, or an empty string.
std::string write_humanoid(const HumanoidStyle& style, const std::filesystem::path& path);

// The canonical skeleton a humanoid in `style` has: make_skeleton() with its legs scaled,
// standing on the floor.
Skeleton humanoid_skeleton(const HumanoidStyle& style);

} // namespace legwork::test
