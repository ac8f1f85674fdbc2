#include "import/model_loader.h"

#include "core/anim/skeleton_fit.h"
#include "core/avatar/muscle_map.h"
#include "core/avatar/skin_sites.h"
#include "import/assimp_convert.h"
#include "import/bone_map.h"
#include "import/vertex_color_packing.h"

#include <algorithm>
#include <assimp/Importer.hpp>
#include <assimp/commonMetaData.h>
#include <assimp/config.h>
#include <assimp/importerdesc.h>
#include <assimp/material.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <system_error>
#include <vector>

namespace legwork {
namespace {

struct Unit {
    const char* name;
    float metres;
};
// Read in the first that makes the body an adult's height, else the first that makes it a
// person's at all.
constexpr std::array<Unit, 4> kUnits{
    {{"metres", 1.0f}, {"centimetres", 0.01f}, {"millimetres", 0.001f}, {"inches", 0.0254f}}};
constexpr float kAdultMin_m = 1.2f, kAdultMax_m = 2.2f;
constexpr float kPersonMin_m = 0.5f, kPersonMax_m = 2.5f;
// Standing, the line from the feet to the head is this near an axis of the file.
constexpr float kMaxLean_deg = 35.0f;
// Soles this near the file's floor stay where they are (a mesh's rounding, not a misplacement).
constexpr float kOnFloor_m = 0.005f;
// A limb's bone shorter than this part of the body's height is not one.
constexpr float kMinBone_h = 0.02f;

std::string joined(const std::vector<std::string>& names, std::size_t most = ~std::size_t{0}) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < most; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > most) out += ", ...";
    return out;
}

// The file's nodes, parents first, with their transforms in the file's model space.
struct Node {
    const aiNode* node;
    int parent;
    glm::mat4 global;
};

// Walks the hierarchy without recursion (a hostile file may nest deeply). False when it
// holds more than `most` nodes or a child is missing.
bool list_nodes(const aiNode* root, std::size_t most, std::vector<Node>& out) {
    out.push_back({root, -1, to_glm(root->mTransformation)});
    for (std::size_t i = 0; i < out.size(); ++i) {
        const aiNode* node = out[i].node;
        for (unsigned c = 0; c < node->mNumChildren; ++c) {
            const aiNode* child = node->mChildren ? node->mChildren[c] : nullptr;
            if (!child || out.size() >= most) return false;
            out.push_back(
                {child, static_cast<int>(i), out[i].global * to_glm(child->mTransformation)});
        }
    }
    return true;
}

// The nodes as the bone map reads them; `bones` names those that move vertices.
std::vector<BoneNode> bone_nodes(const std::vector<Node>& nodes,
                                 const std::set<std::string>& bones) {
    std::vector<BoneNode> out(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        out[i] = {nodes[i].node->mName.C_Str(), nodes[i].parent,
                  bones.count(nodes[i].node->mName.C_Str()) > 0};
    return out;
}

MeshPart part_of(const aiScene& scene, const aiMesh& mesh) {
    MeshPart part;
    if (mesh.mMaterialIndex >= scene.mNumMaterials) return part;
    const aiMaterial& material = *scene.mMaterials[mesh.mMaterialIndex];
    aiString name;
    if (material.Get(AI_MATKEY_NAME, name) == aiReturn_SUCCESS) part.name = name.C_Str();
    aiColor4D color;
    if (material.Get(AI_MATKEY_BASE_COLOR, color) == aiReturn_SUCCESS ||
        material.Get(AI_MATKEY_COLOR_DIFFUSE, color) == aiReturn_SUCCESS)
        part.base_color = {color.r, color.g, color.b};
    return part;
}

// Up to four joints a vertex follows, merged per joint; the lightest makes way.
struct Influences {
    std::array<float, 4> weight{};
    std::array<int, 4> joint{};
    int count = 0;

    void add(int j, float w) {
        for (int k = 0; k < count; ++k)
            if (joint[k] == j) {
                weight[k] += w;
                return;
            }
        if (count < 4) {
            joint[count] = j, weight[count] = w, ++count;
            return;
        }
        const int lightest =
            static_cast<int>(std::min_element(weight.begin(), weight.end()) - weight.begin());
        if (w > weight[lightest]) joint[lightest] = j, weight[lightest] = w;
    }

    // Heaviest first, renormalised; none at all means the fallback joint.
    void finish(int fallback, glm::u8vec4& joints, glm::vec4& weights) {
        std::array<int, 4> order{0, 1, 2, 3};
        const auto before = [&](int a, int b) {
            return weight[a] > weight[b] || (weight[a] == weight[b] && joint[a] < joint[b]);
        };
        for (int k = 1; k < count; ++k)
            for (int i = k; i > 0 && before(order[i], order[i - 1]); --i)
                std::swap(order[i], order[i - 1]);
        float sum = 0.0f;
        for (int k = 0; k < count; ++k) sum += weight[k];
        joints = glm::u8vec4(0);
        weights = glm::vec4(0.0f);
        if (!(sum > 0.0f)) {
            joints[0] = static_cast<std::uint8_t>(fallback);
            weights[0] = 1.0f;
            return;
        }
        for (int k = 0; k < count; ++k) {
            joints[k] = static_cast<std::uint8_t>(joint[order[k]]);
            weights[k] = weight[order[k]] / sum;
        }
    }
};

// The axis of the file nearest `v`, among those not along `unlike` (when given).
glm::vec3 nearest_axis(glm::vec3 v, glm::vec3 unlike = glm::vec3(0.0f)) {
    glm::vec3 best{0.0f};
    float best_dot = -2.0f;
    for (int axis = 0; axis < 3; ++axis)
        for (float sign : {1.0f, -1.0f}) {
            glm::vec3 a{0.0f};
            a[axis] = sign;
            if (std::abs(glm::dot(a, unlike)) > 0.5f) continue;
            if (glm::dot(a, v) > best_dot) best = a, best_dot = glm::dot(a, v);
        }
    return best;
}

// Which reader read the file, and what wrote it, as the file says or else by its extension.
std::string reader_name(const Assimp::Importer& importer, const aiScene* scene,
                        const std::string& extension) {
    aiString format, version, generator;
    if (scene && scene->mMetaData && scene->mMetaData->Get(AI_METADATA_SOURCE_FORMAT, format)) {
        std::string name = format.C_Str();
        if (scene->mMetaData->Get(AI_METADATA_SOURCE_FORMAT_VERSION, version))
            name += std::string(" ") + version.C_Str();
        if (scene->mMetaData->Get(AI_METADATA_SOURCE_GENERATOR, generator))
            name += std::string(", written by ") + generator.C_Str();
        return name;
    }
    const aiImporterDesc* reader =
        importer.GetImporterInfo(importer.GetImporterIndex(extension.c_str()));
    return reader ? reader->mName : "";
}

std::string axis_name(glm::vec3 axis) {
    for (int i = 0; i < 3; ++i)
        if (axis[i] != 0.0f) return std::string(axis[i] > 0.0f ? "+" : "-") + "XYZ"[i];
    return "?";
}

// Where the body's joints are: its bones' bind transforms (the inverse of their offset
// matrices, into model space), or for a joint that no mesh binds, its node carried along
// by its nearest bound ancestor.
JointPositions bind_positions(const aiScene& scene, const std::vector<Node>& nodes,
                              const std::map<std::string, int>& node_named,
                              const std::vector<int>& mesh_node, const BoneMap& map) {
    std::vector<std::optional<glm::mat4>> bind(nodes.size());
    for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
        const aiMesh& mesh = *scene.mMeshes[m];
        const glm::mat4 to_model = nodes[mesh_node[m] < 0 ? 0 : mesh_node[m]].global;
        for (unsigned b = 0; b < mesh.mNumBones; ++b) {
            const aiBone& bone = *mesh.mBones[b];
            const auto named = node_named.find(bone.mName.C_Str());
            if (named != node_named.end() && !bind[named->second])
                bind[named->second] = to_model * glm::inverse(to_glm(bone.mOffsetMatrix));
        }
    }
    JointPositions out;
    for (int j = 0; j < kJointCount; ++j) {
        if (map[j] < 0) continue;
        int bound = map[j];
        while (bound >= 0 && !bind[bound]) bound = nodes[bound].parent;
        const glm::mat4 at =
            bound < 0 ? nodes[map[j]].global
                      : *bind[bound] * glm::inverse(nodes[bound].global) * nodes[map[j]].global;
        out[j] = glm::vec3(at[3]);
    }
    return out;
}

} // namespace

ModelLoad load_model(const std::filesystem::path& path, const LoadOptions& options) {
    ModelLoad load;
    ModelReport& report = load.report;
    const std::string file = path.string();
    const auto refuse = [&](std::string why) {
        load.error = std::move(why);
        return std::move(load);
    };

    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return refuse("cannot read " + file + ": " + (ec ? ec.message() : "not a file"));
    const std::uintmax_t bytes = std::filesystem::file_size(path, ec);
    if (ec) return refuse("cannot read " + file + ": " + ec.message());
    if (bytes > options.max_file_bytes) {
        const bool megabytes = options.max_file_bytes >= (1u << 20);
        return refuse("file larger than " +
                      std::to_string(options.max_file_bytes >> (megabytes ? 20 : 10)) +
                      (megabytes ? " MB: " : " KB: ") + file);
    }

    Assimp::Importer importer;
    importer.SetPropertyInteger(AI_CONFIG_PP_LBW_MAX_WEIGHTS, 4);
    importer.SetPropertyBool(AI_CONFIG_IMPORT_NO_SKELETON_MESHES, true);
    importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_PRESERVE_PIVOTS, false);
    importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_READ_ANIMATIONS, false);
    importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_READ_CAMERAS, false);
    importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_READ_LIGHTS, false);
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // A VRM avatar is a binary glTF file by another name.
    std::string vrm;
    if (extension == ".vrm") {
        std::ifstream in(path, std::ios::binary);
        vrm.assign(std::istreambuf_iterator<char>(in), {});
        extension = ".glb";
    }
    const aiScene* scene = vrm.empty() ? importer.ReadFile(file, 0)
                                       : importer.ReadFileFromMemory(vrm.data(), vrm.size(), 0, "glb");
    report.format = reader_name(importer, scene, extension);
    if (!scene || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) || !scene->mRootNode) {
        if (!scene && !importer.IsExtensionSupported(extension))
            return refuse("not a file Assimp can read: " + file + ": no reader for '" + extension +
                          "' files, and it is none of the kinds Assimp knows");
        return refuse("not a file Assimp can read: " + file + ": " +
                      (scene ? std::string("the scene is incomplete") : importer.GetErrorString()));
    }

    std::vector<Node> nodes;
    if (!list_nodes(scene->mRootNode, options.max_nodes, nodes))
        return refuse("too many nodes in " + file + " (at most " +
                      std::to_string(options.max_nodes) + ")");
    if (scene->mNumMeshes == 0) {
        // A skeleton alone (motion capture): say what it is before refusing.
        std::vector<std::string> names;
        for (const Node& n : nodes) names.push_back(n.node->mName.C_Str());
        report.bones = names;
        const BoneMap map = map_bones(bone_nodes(nodes, {}));
        for (int j = 0; j < kJointCount; ++j)
            if (map[j] >= 0) report.joint_bones[j] = names[map[j]];
        return refuse("no meshes in " + file + ": a skeleton of " + std::to_string(nodes.size()) +
                      " nodes and nothing to draw (motion capture?)");
    }
    scene = importer.ApplyPostProcessing(aiProcess_ValidateDataStructure);
    if (!scene)
        return refuse("not a file Assimp can read: " + file + ": " + importer.GetErrorString());

    std::size_t vertices = 0, bone_count = 0, weights = 0;
    std::set<std::string> bone_names;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh& mesh = *scene->mMeshes[m];
        report.meshes.push_back(
            {mesh.mName.C_Str(), mesh.mNumVertices, mesh.mNumFaces, mesh.mNumBones});
        vertices += mesh.mNumVertices;
        bone_count += mesh.mNumBones;
        for (unsigned b = 0; b < mesh.mNumBones; ++b) {
            weights += mesh.mBones[b]->mNumWeights;
            bone_names.insert(mesh.mBones[b]->mName.C_Str());
        }
    }
    const auto limit = [&](const char* what, std::size_t count, std::size_t most) {
        return "too many " + std::string(what) + " in " + file + ": " + std::to_string(count) +
               " (at most " + std::to_string(most) + ")";
    };
    if (vertices > options.max_vertices)
        return refuse(limit("vertices", vertices, options.max_vertices));
    if (bone_count > options.max_bones)
        return refuse(limit("bones", bone_count, options.max_bones));
    if (weights > options.max_weights)
        return refuse(limit("vertex weights", weights, options.max_weights));
    if (bone_names.empty())
        return refuse("no skeleton in " + file + ": none of its meshes is rigged");

    const std::vector<BoneNode> tree = bone_nodes(nodes, bone_names);
    for (const BoneNode& node : tree)
        if (node.weighs) report.bones.emplace_back(node.name);
    const BoneMap map = map_bones(tree);
    std::vector<std::string> found, missing;
    for (int j = 0; j < kJointCount; ++j) {
        if (map[j] >= 0) report.joint_bones[j] = std::string(tree[map[j]].name);
        if (!required_joint(static_cast<Joint>(j))) continue;
        (map[j] >= 0 ? found : missing).emplace_back(joint_name(static_cast<Joint>(j)));
    }
    if (found.size() < missing.size())
        return refuse("not a humanoid: " + file + ": its bones (" + joined(report.bones, 6) +
                      ") are not named like a body's (see README, Bring your own avatar)");
    if (!missing.empty()) return refuse("bones missing: " + joined(missing) + " in " + file);

    scene = importer.ApplyPostProcessing(aiProcess_Triangulate | aiProcess_GenSmoothNormals |
                                         aiProcess_LimitBoneWeights);
    if (!scene)
        return refuse("not a file Assimp can read: " + file + ": " + importer.GetErrorString());

    // Each node's joint: its own, or its nearest ancestor's.
    std::vector<int> node_joint(nodes.size(), -1);
    for (int j = 0; j < kJointCount; ++j)
        if (map[j] >= 0) node_joint[map[j]] = j;
    for (std::size_t n = 0; n < nodes.size(); ++n)
        if (node_joint[n] < 0 && nodes[n].parent >= 0) node_joint[n] = node_joint[nodes[n].parent];
    std::map<std::string, int> node_named; // the first node of each name
    for (std::size_t n = 0; n < nodes.size(); ++n)
        node_named.emplace(nodes[n].node->mName.C_Str(), static_cast<int>(n));
    std::vector<int> mesh_node(scene->mNumMeshes, -1);
    for (std::size_t n = 0; n < nodes.size(); ++n)
        for (unsigned i = 0; i < nodes[n].node->mNumMeshes; ++i) {
            const unsigned m = nodes[n].node->mMeshes[i];
            if (m < scene->mNumMeshes && mesh_node[m] < 0) mesh_node[m] = static_cast<int>(n);
        }

    // The mesh in the file's model space, on canonical joints.
    SkinnedMesh out;
    bool colored = false;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m)
        colored |= scene->mMeshes[m]->GetNumColorChannels() >= kBodyColorSets;
    std::vector<Influences> influences;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh& mesh = *scene->mMeshes[m];
        if (!(mesh.mPrimitiveTypes & aiPrimitiveType_TRIANGLE)) continue; // points, lines
        const int node = mesh_node[m] < 0 ? 0 : mesh_node[m];
        const glm::mat4 to_model = nodes[node].global;
        const glm::mat3 normal_to_model = glm::transpose(glm::inverse(glm::mat3(to_model)));
        const auto base = static_cast<std::uint32_t>(out.positions.size());

        influences.assign(mesh.mNumVertices, {});
        for (unsigned b = 0; b < mesh.mNumBones; ++b) {
            const aiBone& bone = *mesh.mBones[b];
            const auto named = node_named.find(bone.mName.C_Str());
            const int j = named == node_named.end() ? -1 : node_joint[named->second];
            if (j < 0) continue;
            for (unsigned w = 0; w < bone.mNumWeights; ++w) {
                const aiVertexWeight& vw = bone.mWeights[w];
                if (vw.mVertexId < mesh.mNumVertices && vw.mWeight > 0.0f)
                    influences[vw.mVertexId].add(j, vw.mWeight);
            }
        }
        const int fallback = node_joint[node] >= 0 ? node_joint[node] : index(Joint::hips);
        for (unsigned v = 0; v < mesh.mNumVertices; ++v) {
            const aiVector3D& p = mesh.mVertices[v];
            out.positions.push_back(glm::vec3(to_model * glm::vec4(p.x, p.y, p.z, 1.0f)));
            glm::vec3 n{0.0f, 1.0f, 0.0f};
            if (mesh.mNormals)
                n = glm::vec3(mesh.mNormals[v].x, mesh.mNormals[v].y, mesh.mNormals[v].z);
            n = normal_to_model * n;
            const float length = glm::length(n);
            out.normals.push_back(length > 0.0f ? n / length : glm::vec3(0.0f, 1.0f, 0.0f));
            glm::u8vec4 joints;
            glm::vec4 vertex_weights;
            influences[v].finish(fallback, joints, vertex_weights);
            out.joints.push_back(joints);
            out.weights.push_back(vertex_weights);
            if (colored) {
                glm::vec4 outfit{0.0f};
                MuscleWeights muscles{};
                if (mesh.GetNumColorChannels() >= kBodyColorSets) {
                    BodyColors colors;
                    for (int set = 0; set < kBodyColorSets; ++set) {
                        const aiColor4D& c = mesh.mColors[set][v];
                        colors[set] = {c.r, c.g, c.b, c.a};
                    }
                    unpack_body_colors(colors, outfit, muscles);
                }
                out.outfit.push_back(outfit);
                out.muscles.push_back(muscles);
            }
        }
        MeshPart part = part_of(*scene, mesh);
        part.first_index = static_cast<std::uint32_t>(out.indices.size());
        for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
            const aiFace& face = mesh.mFaces[f];
            if (face.mNumIndices != 3) continue;
            for (int k = 0; k < 3; ++k) out.indices.push_back(base + face.mIndices[k]);
        }
        part.index_count = static_cast<std::uint32_t>(out.indices.size()) - part.first_index;
        out.parts.push_back(part);
    }
    if (out.indices.empty()) return refuse("no triangles in " + file);
    const auto finite = [](glm::vec3 p) { return std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z); };
    if (!std::all_of(out.positions.begin(), out.positions.end(), finite))
        return refuse("not a file Assimp can read: " + file + ": a vertex lies at no finite point");

    // Which way the body stands in the file: up from the feet to the head, left from the
    // right limbs to the left ones, each to the nearest axis; it faces left x up.
    JointPositions bind_at = bind_positions(*scene, nodes, node_named, mesh_node, map);
    for (const std::optional<glm::vec3>& joint : bind_at)
        if (joint && !finite(*joint))
            return refuse("not a file Assimp can read: " + file + ": a bone lies at no finite point");
    const auto at = [&](Joint j) { return *bind_at[index(j)]; };
    const glm::vec3 feet = 0.5f * (at(Joint::leftFoot) + at(Joint::rightFoot));
    const glm::vec3 rise = at(Joint::head) - feet;
    const glm::vec3 across = at(Joint::leftUpperLeg) - at(Joint::rightUpperLeg) +
                             at(Joint::leftUpperArm) - at(Joint::rightUpperArm);
    if (!(glm::length(rise) > 0.0f) || !(glm::length(across) > 0.0f))
        return refuse("not a humanoid: " + file +
                      ": its head, feet and left and right limbs are not apart");
    const glm::vec3 up = nearest_axis(rise);
    const glm::vec3 left = nearest_axis(across, up);
    const glm::vec3 front = glm::cross(left, up);
    if (glm::dot(glm::normalize(rise), up) < std::cos(glm::radians(kMaxLean_deg)))
        return refuse("not a humanoid: " + file +
                      ": it does not stand upright along an axis of the file");
    report.up_axis = axis_name(up);
    report.front_axis = axis_name(front);
    const glm::mat3 turn =
        glm::transpose(glm::mat3(left, up, front)); // rows: file axes to +X, +Y, +Z

    // Its height, soles to crown: the feet's lowest vertex and the head's highest.
    float floor = 1e30f, top = -1e30f, any_floor = 1e30f, any_top = -1e30f;
    for (std::size_t v = 0; v < out.vertex_count(); ++v) {
        const float y = glm::dot(up, out.positions[v]);
        const int j = out.heaviest_joint(v);
        any_floor = std::min(any_floor, y), any_top = std::max(any_top, y);
        if (j == index(Joint::leftFoot) || j == index(Joint::leftToes) ||
            j == index(Joint::rightFoot) || j == index(Joint::rightToes))
            floor = std::min(floor, y);
        if (j == index(Joint::head)) top = std::max(top, y);
    }
    if (floor > top) floor = any_floor, top = any_top; // weights on neither feet nor head
    const float tall = top - floor;
    const Unit* unit = nullptr;
    for (const auto& [lo, hi] :
         {std::pair(kAdultMin_m, kAdultMax_m), std::pair(kPersonMin_m, kPersonMax_m)})
        for (const Unit& u : kUnits)
            if (!unit && tall * u.metres >= lo && tall * u.metres <= hi) unit = &u;
    if (!unit)
        return refuse(
            "not human-sized: " + file + " is " + std::to_string(tall) +
            " units tall, not a person's height in metres, centimetres, millimetres or inches");
    report.unit = unit->name;
    const float scale = unit->metres;
    report.height_m = tall * scale;

    // Into the canonical world: turned, in metres, soles on the floor, hips over the origin.
    const glm::vec3 hips = scale * (turn * at(Joint::hips));
    const float lift = std::abs(scale * floor) > kOnFloor_m ? -scale * floor : 0.0f;
    const glm::vec3 shift{-hips.x, lift, -hips.z};
    for (glm::vec3& p : out.positions) p = scale * (turn * p) + shift;
    for (glm::vec3& n : out.normals) n = turn * n;
    for (std::optional<glm::vec3>& joint : bind_at)
        if (joint) joint = scale * (turn * *joint) + shift;

    // A body: legs that go down from the hips, a head above them, feet pointing forward.
    const float h = report.height_m;
    for (Joint upper : {Joint::leftUpperLeg, Joint::rightUpperLeg}) {
        const glm::vec3 hip = at(upper), knee = *bind_at[index(upper) + 1],
                        ankle = *bind_at[index(upper) + 2];
        if (!(knee.y < hip.y && ankle.y < knee.y))
            return refuse("not a humanoid: " + file + ": its legs do not go down from the hips");
    }
    if (!(at(Joint::head).y > at(Joint::hips).y))
        return refuse("not a humanoid: " + file + ": its head is not above its hips");
    for (Joint end : {Joint::leftLowerArm, Joint::leftHand, Joint::rightLowerArm, Joint::rightHand,
                      Joint::leftLowerLeg, Joint::leftFoot, Joint::rightLowerLeg, Joint::rightFoot})
        if (glm::distance(at(end), *bind_at[index(end) - 1]) < kMinBone_h * h)
            return refuse("not a humanoid: " + file + ": the bone to its " +
                          std::string(joint_name(end)) + " is too short for a limb");
    if (bind_at[index(Joint::leftToes)] && bind_at[index(Joint::rightToes)] &&
        at(Joint::leftToes).z < at(Joint::leftFoot).z &&
        at(Joint::rightToes).z < at(Joint::rightFoot).z)
        return refuse("not a humanoid: " + file +
                      ": its feet point backwards (are its left and right bones swapped?)");

    SkeletonFit fit = fit_skeleton(bind_at, h);
    for (int j = 0; j < kJointCount; ++j) out.inverse_bind[j] = glm::inverse(fit.bind_world[j]);
    if (!colored) {
        const MuscleMap muscles = make_muscle_map(fit.skeleton, fit.bind_world);
        out.muscles.resize(out.vertex_count());
        for (std::size_t v = 0; v < out.vertex_count(); ++v)
            out.muscles[v] =
                muscle_weights(muscles, out.positions[v], out.joints[v], out.weights[v]);
    }
    place_sites_on_skin(out, fit.skeleton);
    load.skeleton = fit.skeleton;
    load.mesh = std::move(out);
    return load;
}

} // namespace legwork
