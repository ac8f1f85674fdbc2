// legwork-make-avatar OUT_DIR: writes the built-in avatar in each build (avatar-slim.glb,
// avatar-average.glb, avatar-broad.glb) to OUT_DIR, and says how long each took.
// Exit status 0 on success, 1 when a file cannot be written, 2 on a bad command line.
#include "core/anim/pose.h"
#include "core/avatar/avatar_generator.h"
#include "core/avatar/avatar_look.h"
#include "import/model_writer.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

int main(int argc, char** argv) {
    using namespace legwork;
    if (argc != 2) {
        std::fprintf(stderr, "usage: legwork-make-avatar OUT_DIR\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    for (AvatarBuild build : kAvatarBuilds) {
        const auto start = std::chrono::steady_clock::now();
        const SkinnedMesh mesh = generate_avatar({.build = build_girth(build)});
        const double generate_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        const Skeleton skeleton = make_skeleton({kReferenceHeight_m, build_girth(build)});
        const std::filesystem::path file = dir / ("avatar-" + std::string(avatar_build_name(build)) + ".glb");
        const std::string error = write_glb(mesh, skeleton, bind_pose(skeleton), file);
        if (!error.empty()) {
            std::fprintf(stderr, "legwork-make-avatar: %s\n", error.c_str());
            return 1;
        }
        std::printf("%s: %zu triangles, %zu vertices, generated in %.0f ms, %.2f MB\n",
                    file.string().c_str(), mesh.triangle_count(), mesh.vertex_count(), generate_ms,
                    static_cast<double>(std::filesystem::file_size(file)) / (1 << 20));
    }
    return 0;
}
