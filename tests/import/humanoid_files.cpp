#include "humanoid_files.h"

#include "core/avatar/avatar_generator.h"
#include "core/avatar/dual_quaternion_skinning.h"
#include "import/assimp_convert.h"
#include "import/model_writer.h"

#include <array>
#include <assimp/Exporter.hpp>
#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <cassert>
#include <fstream>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <map>
#include <unistd.h>

namespace legwork::test {
namespace {

using Names = std::array<const char*, kJointCount>; // in Joint order

constexpr Names kMixamo{
    "mixamorig:Hips",         "mixamorig:Spine",         "mixamorig:Spine1",
    "mixamorig:Spine2",       "mixamorig:Neck",          "mixamorig:Head",
    "mixamorig:LeftShoulder", "mixamorig:LeftArm",       "mixamorig:LeftForeArm",
    "mixamorig:LeftHand",     "mixamorig:RightShoulder", "mixamorig:RightArm",
    "mixamorig:RightForeArm", "mixamorig:RightHand",     "mixamorig:LeftUpLeg",
    "mixamorig:LeftLeg",      "mixamorig:LeftFoot",      "mixamorig:LeftToeBase",
    "mixamorig:RightUpLeg",   "mixamorig:RightLeg",      "mixamorig:RightFoot",
    "mixamorig:RightToeBase"};
// Blender's and CMU's rigs have no upper chest: that bone gets a name that is no part's.
constexpr Names kBlender{"hips",       "spine",       "chest",       "ribs",      "neck",
                         "head",       "shoulder.L",  "upper_arm.L", "forearm.L", "hand.L",
                         "shoulder.R", "upper_arm.R", "forearm.R",   "hand.R",    "thigh.L",
                         "shin.L",     "foot.L",      "toe.L",       "thigh.R",   "shin.R",
                         "foot.R",     "toe.R"};
constexpr Names kCmu{"Hips",          "Spine",        "Spine1",       "Ribs",        "Neck",
                     "Head",          "LeftShoulder", "LeftArm",      "LeftForeArm", "LeftHand",
                     "RightShoulder", "RightArm",     "RightForeArm", "RightHand",   "LeftUpLeg",
                     "LeftLeg",       "LeftFoot",     "LeftToeBase",  "RightUpLeg",  "RightLeg",
                     "RightFoot",     "RightToeBase"};
constexpr Names kUnreal{"pelvis",     "spine_01",   "spine_02",   "spine_03",   "neck_01",
                        "head",       "clavicle_l", "upperarm_l", "lowerarm_l", "hand_l",
                        "clavicle_r", "upperarm_r", "lowerarm_r", "hand_r",     "thigh_l",
                        "calf_l",     "foot_l",     "ball_l",     "thigh_r",    "calf_r",
                        "foot_r",     "ball_r"};
constexpr Names kBiped{"Bip01 Pelvis",    "Bip01 Spine",  "Bip01 Spine1",     "Bip01 Spine2",
                       "Bip01 Neck",      "Bip01 Head",   "Bip01 L Clavicle", "Bip01 L UpperArm",
                       "Bip01 L Forearm", "Bip01 L Hand", "Bip01 R Clavicle", "Bip01 R UpperArm",
                       "Bip01 R Forearm", "Bip01 R Hand", "Bip01 L Thigh",    "Bip01 L Calf",
                       "Bip01 L Foot",    "Bip01 L Toe0", "Bip01 R Thigh",    "Bip01 R Calf",
                       "Bip01 R Foot",    "Bip01 R Toe0"};

// Its shoulders, toes and upper chest have names that are no body part's.
constexpr Names kPlain{"Hips", "Spine", "Chest", "Ribs", "Neck", "Head", "ShoulderPad_L", "UpperArm_L",
                       "LowerArm_L", "Hand_L", "ShoulderPad_R", "UpperArm_R", "LowerArm_R", "Hand_R",
                       "UpperLeg_L", "LowerLeg_L", "Foot_L", "FootTip_L", "UpperLeg_R", "LowerLeg_R",
                       "Foot_R", "FootTip_R"};

// The avatar's bones turned about odd axes: a rig whose bones point along their own
// axes (Blender's +Y along the bone), rolled any which way.
glm::quat roll_of(int joint) {
    const glm::vec3 axis = glm::normalize(glm::vec3(1.0f, 0.5f * static_cast<float>(joint % 3),
                                                    0.2f + 0.3f * static_cast<float>(joint % 5)));
    return glm::angleAxis(glm::radians(40.0f + 25.0f * static_cast<float>(joint)), axis);
}

aiNode* find_node(aiNode* node, const std::string& name) {
    if (name == node->mName.C_Str()) return node;
    for (unsigned i = 0; i < node->mNumChildren; ++i)
        if (aiNode* found = find_node(node->mChildren[i], name)) return found;
    return nullptr;
}

// The avatar bound in the style's pose and proportions, written as glTF with VRM names.
std::string write_posed_avatar(const HumanoidStyle& style, const std::filesystem::path& path) {
    static const SkinnedMesh avatar = generate_avatar({.triangles = 4000});
    assert((style.leg_scale == 1.0f || style.arm_abduction_deg > 60.0f) &&
           "longer legs need the hands up out of their way");
    const Skeleton skeleton = make_skeleton();
    const Skeleton scaled = humanoid_skeleton(style);
    const Pose bind = bind_pose(skeleton, style.arm_abduction_deg);
    const Pose scaled_bind = bind_pose(scaled, style.arm_abduction_deg);
    std::array<glm::mat4, kJointCount> world{}, scaled_world{};
    world_transforms(skeleton, bind, world);
    world_transforms(scaled, scaled_bind, scaled_world);
    std::array<DualQuaternion, kJointCount> motion{};
    skinning_transforms(world, avatar.inverse_bind, motion);
    SkinnedMesh posed = avatar;
    skin(avatar, motion, posed.positions, posed.normals);
    // As a model from elsewhere: no outfit or muscles of the built-in avatar's in the file.
    posed.outfit.clear();
    posed.muscles.clear();
    // Longer legs: everything below the hip joints stretched downwards, and the body lifted
    // back onto the floor.
    const float hip_y = world[index(Joint::leftUpperLeg)][3].y;
    for (glm::vec3& p : posed.positions) {
        if (p.y < hip_y) p.y = hip_y - style.leg_scale * (hip_y - p.y);
        p.y += (style.leg_scale - 1.0f) * hip_y;
    }
    for (int j = 0; j < kJointCount; ++j) posed.inverse_bind[j] = glm::inverse(scaled_world[j]);
    return write_glb(posed, scaled, scaled_bind, path);
}

// The scene turned, scaled and moved (`place`, a similarity), its bones' axes turned by
// roll_of() when `rolled`, and its bones renamed.
void restyle(aiScene& scene, const HumanoidStyle& style) {
    const glm::quat about = style.faces_back
                                ? glm::angleAxis(glm::radians(180.0f), glm::vec3(0, 1, 0))
                                : glm::quat(1, 0, 0, 0);
    const glm::quat turn = (style.z_up ? glm::angleAxis(glm::radians(90.0f), glm::vec3(1, 0, 0))
                                       : glm::quat(1, 0, 0, 0)) *
                           about;
    const float s = style.units_per_metre;
    const Skeleton skeleton = make_skeleton();
    std::array<aiNode*, kJointCount> nodes{};
    std::array<glm::mat4, kJointCount> global{};
    for (int j = 0; j < kJointCount; ++j) {
        nodes[j] = find_node(scene.mRootNode, std::string(joint_name(static_cast<Joint>(j))));
        assert(nodes[j] && "every joint is a node of the written avatar");
        global[j] = to_glm(nodes[j]->mTransformation);
        if (j > 0) global[j] = global[skeleton.parent[j]] * global[j];
    }
    std::array<glm::mat4, kJointCount> placed{};
    for (int j = 0; j < kJointCount; ++j) {
        const glm::quat rotation = turn * glm::quat_cast(glm::mat3(global[j])) *
                                   (style.rolled ? roll_of(j) : glm::quat(1, 0, 0, 0));
        placed[j] = glm::mat4_cast(rotation);
        placed[j][3] = glm::vec4(s * (turn * glm::vec3(global[j][3]) + style.offset_m), 1.0f);
    }
    for (int j = 0; j < kJointCount; ++j) {
        const int parent = skeleton.parent[j];
        nodes[j]->mTransformation =
            to_assimp(parent < 0 ? placed[j] : glm::inverse(placed[parent]) * placed[j]);
        nodes[j]->mName = bone_name(style.bones, static_cast<Joint>(j));
    }
    for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
        aiMesh& mesh = *scene.mMeshes[m];
        for (unsigned v = 0; v < mesh.mNumVertices; ++v) {
            const aiVector3D& p = mesh.mVertices[v];
            const glm::vec3 q = s * (turn * glm::vec3(p.x, p.y, p.z) + style.offset_m);
            mesh.mVertices[v] = aiVector3D(q.x, q.y, q.z);
            if (!mesh.mNormals) continue;
            const aiVector3D& n = mesh.mNormals[v];
            const glm::vec3 r = turn * glm::vec3(n.x, n.y, n.z);
            mesh.mNormals[v] = aiVector3D(r.x, r.y, r.z);
        }
        for (unsigned b = 0; b < mesh.mNumBones; ++b) {
            aiBone& bone = *mesh.mBones[b];
            const std::optional<Joint> joint = joint_from_name(bone.mName.C_Str());
            assert(joint && "the written avatar's bones have VRM names");
            bone.mOffsetMatrix = to_assimp(glm::inverse(placed[index(*joint)]));
            bone.mName = bone_name(style.bones, *joint);
        }
    }
}

// A DirectX .x text file: the frames of the hierarchy, and each mesh with its skin, in
// Direct3D's left-handed axes (z negated, faces wound the other way), as Assimp reads
// them. Lists of numbers are separated by ", ": Assimp reads a comma followed by a digit
// as a decimal comma.
glm::mat4 left_handed(const glm::mat4& m) {
    const glm::mat4 flip = glm::scale(glm::mat4(1.0f), glm::vec3(1.0f, 1.0f, -1.0f));
    return flip * m * flip;
}

void write_x_frame(std::ofstream& out, const aiScene& scene, const aiNode& node) {
    out << "Frame " << node.mName.C_Str() << " {\n FrameTransformMatrix {\n  ";
    const glm::mat4 m = left_handed(to_glm(node.mTransformation));
    for (int c = 0; c < 4; ++c)
        for (int r = 0; r < 4; ++r) out << m[c][r] << (c == 3 && r == 3 ? ";;\n }\n" : ", ");
    for (unsigned i = 0; i < node.mNumMeshes; ++i) {
        const aiMesh& mesh = *scene.mMeshes[node.mMeshes[i]];
        out << " Mesh " << mesh.mName.C_Str() << "_mesh {\n  " << mesh.mNumVertices << ";\n";
        for (unsigned v = 0; v < mesh.mNumVertices; ++v)
            out << "  " << mesh.mVertices[v].x << ";" << mesh.mVertices[v].y << ";"
                << -mesh.mVertices[v].z << (v + 1 < mesh.mNumVertices ? ";,\n" : ";;\n");
        out << "  " << mesh.mNumFaces << ";\n";
        for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
            const aiFace& face = mesh.mFaces[f];
            out << "  3;" << face.mIndices[0] << "," << face.mIndices[2] << "," << face.mIndices[1]
                << (f + 1 < mesh.mNumFaces ? ";,\n" : ";;\n");
        }
        out << "  XSkinMeshHeader {\n   4;\n   12;\n   " << mesh.mNumBones << ";\n  }\n";
        for (unsigned b = 0; b < mesh.mNumBones; ++b) {
            const aiBone& bone = *mesh.mBones[b];
            out << "  SkinWeights {\n   \"" << bone.mName.C_Str() << "\";\n   " << bone.mNumWeights
                << ";\n   ";
            for (unsigned w = 0; w < bone.mNumWeights; ++w)
                out << bone.mWeights[w].mVertexId << (w + 1 < bone.mNumWeights ? "," : ";\n   ");
            for (unsigned w = 0; w < bone.mNumWeights; ++w)
                out << bone.mWeights[w].mWeight << (w + 1 < bone.mNumWeights ? ", " : ";\n   ");
            const glm::mat4 offset = left_handed(to_glm(bone.mOffsetMatrix));
            for (int c = 0; c < 4; ++c)
                for (int r = 0; r < 4; ++r)
                    out << offset[c][r] << (c == 3 && r == 3 ? ";;\n  }\n" : ", ");
        }
        out << " }\n";
    }
    for (unsigned i = 0; i < node.mNumChildren; ++i) write_x_frame(out, scene, *node.mChildren[i]);
    out << "}\n";
}

std::string write_x(const aiScene& scene, const std::filesystem::path& path) {
    std::ofstream out(path);
    out << "xof 0303txt 0032\n";
    write_x_frame(out, scene, *scene.mRootNode);
    return out ? std::string() : "cannot write " + path.string();
}

} // namespace

std::string bone_name(BoneStyle style, Joint joint) {
    switch (style) {
    case BoneStyle::vrm:
        return std::string(joint_name(joint));
    case BoneStyle::mixamo:
        return kMixamo[index(joint)];
    case BoneStyle::blender:
        return kBlender[index(joint)];
    case BoneStyle::cmu:
        return kCmu[index(joint)];
    case BoneStyle::unreal:
        return kUnreal[index(joint)];
    case BoneStyle::biped:
        return kBiped[index(joint)];
    case BoneStyle::plain:
        return kPlain[index(joint)];
    }
    return {};
}

std::optional<std::string> mapped_bone(BoneStyle style, Joint joint) {
    if (joint == Joint::upperChest &&
        (style == BoneStyle::blender || style == BoneStyle::cmu || style == BoneStyle::plain))
        return std::nullopt;
    if (style == BoneStyle::plain && (joint == Joint::leftShoulder || joint == Joint::rightShoulder ||
                                      joint == Joint::leftToes || joint == Joint::rightToes))
        return std::nullopt;
    return bone_name(style, joint);
}

Skeleton humanoid_skeleton(const HumanoidStyle& style) {
    Skeleton skeleton = make_skeleton();
    // Standing on the floor, the longer legs lift the hips.
    skeleton.rest_offset[index(Joint::hips)].y +=
        (style.leg_scale - 1.0f) * rest_positions(skeleton)[index(Joint::leftUpperLeg)].y;
    for (Joint foot : {Joint::leftFoot, Joint::rightFoot}) {
        skeleton.rest_offset[index(foot) - 1] *= style.leg_scale;   // the thigh
        skeleton.rest_offset[index(foot)] *= style.leg_scale;       // the shank
        skeleton.rest_offset[index(foot) + 1].y *= style.leg_scale; // the ball of the foot's drop
    }
    return skeleton;
}

std::string write_humanoid(const HumanoidStyle& style, const std::filesystem::path& path) {
    const std::filesystem::path plain = std::filesystem::temp_directory_path() /
                                        ("legwork-humanoid-" + std::to_string(getpid()) + ".glb");
    if (std::string error = write_posed_avatar(style, plain); !error.empty()) return error;
    Assimp::Importer importer;
    const aiScene* read = importer.ReadFile(plain.string(), 0);
    std::filesystem::remove(plain);
    if (!read)
        return std::string("cannot read the written avatar back: ") + importer.GetErrorString();
    aiScene& scene = *const_cast<aiScene*>(read);
    restyle(scene, style);
    if (style.format == "x") return write_x(scene, path);
    Assimp::Exporter exporter;
    if (exporter.Export(&scene, style.format, path.string()) != aiReturn_SUCCESS)
        return std::string("cannot write ") + path.string() + ": " + exporter.GetErrorString();
    return {};
}

} // namespace legwork::test
