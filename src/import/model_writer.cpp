#include "import/model_writer.h"

#include "import/assimp_convert.h"
#include "import/vertex_color_packing.h"

#include <assimp/Exporter.hpp>
#include <assimp/material.h>
#include <assimp/scene.h>
#include <cassert>
#include <cstring>
#include <fstream>
#include <glm/gtc/quaternion.hpp>
#include <iterator>
#include <memory>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace legwork {
namespace {

aiNode* joint_nodes(const Skeleton& skeleton, const Pose& bind, int joint) {
    auto* node = new aiNode(std::string(joint_name(static_cast<Joint>(joint))));
    glm::mat4 local = glm::mat4_cast(bind.local_rotation[joint]);
    local[3] = glm::vec4(
        skeleton.parent[joint] < 0 ? bind.root_position : skeleton.rest_offset[joint], 1.0f);
    node->mTransformation = to_assimp(local);
    std::vector<aiNode*> children;
    for (int j = 0; j < kJointCount; ++j)
        if (skeleton.parent[j] == joint) children.push_back(joint_nodes(skeleton, bind, j));
    if (!children.empty())
        node->addChildren(static_cast<unsigned>(children.size()), children.data());
    return node;
}

aiMesh* part_mesh(const SkinnedMesh& mesh, const MeshPart& part, unsigned material) {
    // The part's own vertices, in order of first use, so every part is a self-contained mesh.
    std::vector<std::uint32_t> used, remap(mesh.vertex_count(), ~0u);
    for (std::uint32_t i = part.first_index; i < part.first_index + part.index_count; ++i) {
        const std::uint32_t v = mesh.indices[i];
        if (remap[v] == ~0u) {
            remap[v] = static_cast<std::uint32_t>(used.size());
            used.push_back(v);
        }
    }
    auto* out = new aiMesh;
    out->mName = part.name;
    out->mMaterialIndex = material;
    out->mPrimitiveTypes = aiPrimitiveType_TRIANGLE;
    out->mNumVertices = static_cast<unsigned>(used.size());
    out->mVertices = new aiVector3D[used.size()];
    out->mNormals = new aiVector3D[used.size()];
    for (std::size_t i = 0; i < used.size(); ++i) {
        const glm::vec3 p = mesh.positions[used[i]], n = mesh.normals[used[i]];
        out->mVertices[i] = aiVector3D(p.x, p.y, p.z);
        out->mNormals[i] = aiVector3D(n.x, n.y, n.z);
    }
    if (!mesh.outfit.empty() && !mesh.muscles.empty()) {
        for (int set = 0; set < kBodyColorSets; ++set)
            out->mColors[set] = new aiColor4D[used.size()];
        for (std::size_t i = 0; i < used.size(); ++i) {
            const BodyColors c = pack_body_colors(mesh.outfit[used[i]], mesh.muscles[used[i]]);
            for (int set = 0; set < kBodyColorSets; ++set)
                out->mColors[set][i] = aiColor4D(c[set].x, c[set].y, c[set].z, c[set].w);
        }
    }
    out->mNumFaces = part.index_count / 3;
    out->mFaces = new aiFace[out->mNumFaces];
    for (unsigned f = 0; f < out->mNumFaces; ++f) {
        aiFace& face = out->mFaces[f];
        face.mNumIndices = 3;
        face.mIndices = new unsigned[3];
        for (int k = 0; k < 3; ++k)
            face.mIndices[k] = remap[mesh.indices[part.first_index + 3 * f + k]];
    }
    // One bone per joint that moves any of these vertices; the others are nodes only.
    std::array<std::vector<aiVertexWeight>, kJointCount> weights;
    for (std::size_t i = 0; i < used.size(); ++i)
        for (int k = 0; k < 4; ++k) {
            const float w = mesh.weights[used[i]][k];
            if (w > 0.0f)
                weights[mesh.joints[used[i]][k]].push_back(aiVertexWeight(unsigned(i), w));
        }
    std::vector<aiBone*> bones;
    for (int j = 0; j < kJointCount; ++j) {
        if (weights[j].empty()) continue;
        auto* bone = new aiBone;
        bone->mName = std::string(joint_name(static_cast<Joint>(j)));
        bone->mOffsetMatrix = to_assimp(mesh.inverse_bind[j]);
        bone->mNumWeights = static_cast<unsigned>(weights[j].size());
        bone->mWeights = new aiVertexWeight[weights[j].size()];
        std::copy(weights[j].begin(), weights[j].end(), bone->mWeights);
        bones.push_back(bone);
    }
    out->mNumBones = static_cast<unsigned>(bones.size());
    out->mBones = new aiBone*[bones.size()];
    std::copy(bones.begin(), bones.end(), out->mBones);
    return out;
}

// Assimp's exporter leaves bytes of the binary chunk that no buffer view covers
// uninitialised (it reserves room for float joint indices, then writes shorts). Zero
// them, so the same mesh always gives the same file and no stale memory is written out.
std::string zero_unused_bytes(const std::filesystem::path& path) {
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto word = [&](std::size_t at) {
        std::uint32_t v = 0;
        std::memcpy(&v, bytes.data() + at, 4);
        return v;
    };
    if (bytes.size() < 20 || bytes.compare(0, 4, "glTF") != 0) return "not a glb file";
    const std::size_t json_length = word(12), bin_header = 20 + json_length;
    if (bin_header + 8 > bytes.size()) return {}; // no binary chunk: nothing to zero
    const std::size_t bin = bin_header + 8, bin_length = word(bin_header);
    if (bin + bin_length > bytes.size()) return "binary chunk runs past the end";
    std::vector<bool> used(bin_length, false);
    try {
        // JSON is YAML, as far as a parser is concerned.
        const YAML::Node views = YAML::Load(bytes.substr(20, json_length))["bufferViews"];
        for (const YAML::Node& view : views) {
            const std::size_t offset =
                view["byteOffset"] ? view["byteOffset"].as<std::size_t>() : 0;
            const std::size_t length = view["byteLength"].as<std::size_t>();
            for (std::size_t i = offset; i < offset + length && i < bin_length; ++i) used[i] = true;
        }
    } catch (const YAML::Exception& e) {
        return std::string("cannot read the written glTF's JSON: ") + e.what();
    }
    for (std::size_t i = 0; i < bin_length; ++i)
        if (!used[i]) bytes[bin + i] = 0;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return out ? std::string() : "cannot rewrite " + path.string();
}

} // namespace

std::string write_glb(const SkinnedMesh& mesh, const Skeleton& skeleton, const Pose& bind,
                      const std::filesystem::path& path) {
    assert(!mesh.parts.empty() && "a mesh to write has at least one part");
    auto scene = std::make_unique<aiScene>();
    const auto parts = static_cast<unsigned>(mesh.parts.size());
    scene->mNumMaterials = parts;
    scene->mMaterials = new aiMaterial*[parts];
    scene->mNumMeshes = parts;
    scene->mMeshes = new aiMesh*[parts];
    for (unsigned i = 0; i < parts; ++i) {
        const MeshPart& part = mesh.parts[i];
        auto* material = new aiMaterial;
        const aiString name(part.name);
        material->AddProperty(&name, AI_MATKEY_NAME);
        const aiColor4D color(part.base_color.x, part.base_color.y, part.base_color.z, 1.0f);
        material->AddProperty(&color, 1, AI_MATKEY_BASE_COLOR);
        material->AddProperty(&color, 1, AI_MATKEY_COLOR_DIFFUSE);
        scene->mMaterials[i] = material;
        scene->mMeshes[i] = part_mesh(mesh, part, i);
    }

    scene->mRootNode = new aiNode("avatar");
    auto* body = new aiNode("body");
    body->mNumMeshes = parts;
    body->mMeshes = new unsigned[parts];
    for (unsigned i = 0; i < parts; ++i) body->mMeshes[i] = i;
    aiNode* children[] = {body, joint_nodes(skeleton, bind, index(Joint::hips))};
    scene->mRootNode->addChildren(2, children);

    Assimp::Exporter exporter;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path(), ec);
    if (exporter.Export(scene.get(), "glb2", path.string()) != aiReturn_SUCCESS)
        return std::string("cannot write ") + path.string() + ": " + exporter.GetErrorString();
    const std::string error = zero_unused_bytes(path);
    return error.empty() ? error : path.string() + ": " + error;
}

} // namespace legwork
