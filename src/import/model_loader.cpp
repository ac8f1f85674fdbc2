#include "import/model_loader.h"

#include "import/assimp_convert.h"
#include "import/vertex_color_packing.h"

#include <algorithm>
#include <assimp/Importer.hpp>
#include <assimp/material.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <map>
#include <system_error>
#include <vector>

namespace legwork {
namespace {

ModelLoad failure(std::string why) {
    return {std::nullopt, std::move(why)};
}

glm::mat4 global_transform(const aiNode* node) {
    glm::mat4 m = to_glm(node->mTransformation);
    for (const aiNode* p = node->mParent; p; p = p->mParent) m = to_glm(p->mTransformation) * m;
    return m;
}

void index_nodes(const aiNode* node, std::map<std::string, const aiNode*>& by_name,
                 std::vector<const aiNode*>& mesh_node, unsigned mesh_count) {
    by_name.emplace(node->mName.C_Str(), node);
    for (unsigned i = 0; i < node->mNumMeshes; ++i)
        if (node->mMeshes[i] < mesh_count && !mesh_node[node->mMeshes[i]])
            mesh_node[node->mMeshes[i]] = node;
    for (unsigned i = 0; i < node->mNumChildren; ++i)
        index_nodes(node->mChildren[i], by_name, mesh_node, mesh_count);
}

// The canonical joint a node stands for: its own name, or its nearest ancestor's.
std::optional<Joint> joint_of(const aiNode* node) {
    for (; node; node = node->mParent)
        if (std::optional<Joint> joint = joint_from_name(node->mName.C_Str())) return joint;
    return std::nullopt;
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

// Keeps the four heaviest influences, renormalised; none at all means the fallback joint.
void finish_weights(std::vector<std::pair<float, int>>& influences, int fallback,
                    glm::u8vec4& joints, glm::vec4& weights) {
    std::sort(influences.begin(), influences.end(), [](const auto& a, const auto& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    float sum = 0.0f;
    for (std::size_t k = 0; k < influences.size() && k < 4; ++k) sum += influences[k].first;
    joints = glm::u8vec4(0);
    weights = glm::vec4(0.0f);
    if (sum <= 0.0f) {
        joints[0] = static_cast<std::uint8_t>(fallback);
        weights[0] = 1.0f;
        return;
    }
    for (std::size_t k = 0; k < influences.size() && k < 4; ++k) {
        joints[k] = static_cast<std::uint8_t>(influences[k].second);
        weights[k] = influences[k].first / sum;
    }
}

} // namespace

ModelLoad load_model(const std::filesystem::path& path, const LoadOptions& options) {
    std::error_code ec;
    const std::uintmax_t bytes = std::filesystem::file_size(path, ec);
    if (ec) return failure("cannot read " + path.string() + ": " + ec.message());
    if (bytes > options.max_file_bytes) {
        const bool megabytes = options.max_file_bytes >= (1u << 20);
        return failure("file larger than " +
                       std::to_string(options.max_file_bytes >> (megabytes ? 20 : 10)) +
                       (megabytes ? " MB: " : " KB: ") + path.string());
    }

    Assimp::Importer importer;
    importer.SetPropertyInteger(AI_CONFIG_PP_LBW_MAX_WEIGHTS, 4);
    const aiScene* scene = importer.ReadFile(
        path.string(), aiProcess_ValidateDataStructure | aiProcess_LimitBoneWeights |
                           aiProcess_Triangulate | aiProcess_GenSmoothNormals);
    if (!scene || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) || !scene->mRootNode)
        return failure("not a file Assimp can read: " + path.string() + ": " +
                       importer.GetErrorString());
    if (scene->mNumMeshes == 0) return failure("no meshes in " + path.string());
    bool skinned = false;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) skinned |= scene->mMeshes[m]->mNumBones > 0;
    if (!skinned) return failure("no skeleton in " + path.string());

    std::map<std::string, const aiNode*> node_named;
    std::vector<const aiNode*> mesh_node(scene->mNumMeshes, nullptr);
    index_nodes(scene->mRootNode, node_named, mesh_node, scene->mNumMeshes);
    std::string missing;
    for (int j = 0; j < kJointCount; ++j) {
        const std::string name(joint_name(static_cast<Joint>(j)));
        if (!node_named.count(name)) missing += (missing.empty() ? "" : ", ") + name;
    }
    if (!missing.empty()) return failure("bones missing: " + missing + " in " + path.string());

    SkinnedMesh out;
    std::array<bool, kJointCount> bound{};
    bool colored = false;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m)
        colored |= scene->mMeshes[m]->GetNumColorChannels() >= kBodyColorSets;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh& mesh = *scene->mMeshes[m];
        if (!(mesh.mPrimitiveTypes & aiPrimitiveType_TRIANGLE)) continue; // points, lines
        // Model space: the mesh's node carries it there.
        const aiNode* node = mesh_node[m] ? mesh_node[m] : scene->mRootNode;
        const glm::mat4 to_model = global_transform(node);
        const glm::mat3 normal_to_model = glm::transpose(glm::inverse(glm::mat3(to_model)));
        const glm::mat4 from_model = glm::inverse(to_model);
        const auto base = static_cast<std::uint32_t>(out.positions.size());

        std::vector<std::vector<std::pair<float, int>>> influences(mesh.mNumVertices);
        for (unsigned b = 0; b < mesh.mNumBones; ++b) {
            const aiBone& bone = *mesh.mBones[b];
            const auto named = node_named.find(bone.mName.C_Str());
            const std::optional<Joint> joint = named != node_named.end()
                                                   ? joint_of(named->second)
                                                   : joint_from_name(bone.mName.C_Str());
            if (!joint) continue;
            const int j = index(*joint);
            if (!bound[j] && joint_from_name(bone.mName.C_Str())) {
                out.inverse_bind[j] = to_glm(bone.mOffsetMatrix) * from_model;
                bound[j] = true;
            }
            for (unsigned w = 0; w < bone.mNumWeights; ++w) {
                const aiVertexWeight& vw = bone.mWeights[w];
                if (vw.mVertexId >= mesh.mNumVertices || !(vw.mWeight > 0.0f)) continue;
                auto& list = influences[vw.mVertexId];
                auto same = std::find_if(list.begin(), list.end(),
                                         [&](const auto& e) { return e.second == j; });
                if (same != list.end())
                    same->first += vw.mWeight;
                else
                    list.push_back({vw.mWeight, j});
            }
        }
        const std::optional<Joint> rigid = joint_of(node);
        const int fallback = index(rigid.value_or(Joint::hips));
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
            glm::vec4 weights;
            finish_weights(influences[v], fallback, joints, weights);
            out.joints.push_back(joints);
            out.weights.push_back(weights);
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
    if (out.indices.empty()) return failure("no triangles in " + path.string());
    // Joints that weigh no vertex: the inverse of where the node stands.
    for (int j = 0; j < kJointCount; ++j)
        if (!bound[j])
            out.inverse_bind[j] = glm::inverse(
                global_transform(node_named.at(std::string(joint_name(static_cast<Joint>(j))))));
    return {std::move(out), {}};
}

} // namespace legwork
