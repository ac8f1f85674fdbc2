#include "app/headless_commands.h"
#include "core/anim/skeleton_fit.h"
#include "import/model_load_isolated.h"

#include <algorithm>
#include <cstdio>

namespace legwork {
namespace {

// How a joint the model lacks is placed (skeleton_fit.h).
const char* placed(Joint joint) {
    switch (joint) {
    case Joint::chest:
    case Joint::upperChest:
    case Joint::neck:
        return "(none: placed between its neighbours)";
    default:
        return "(none: placed by the body's proportions)";
    }
}

void print_report(const std::string& file, const ModelLoad& load) {
    const ModelReport& r = load.report;
    std::printf("%s\n", file.c_str());
    if (!r.format.empty()) std::printf("  read by:  %s\n", r.format.c_str());
    if (!r.meshes.empty()) {
        std::printf("  meshes:   %zu\n", r.meshes.size());
        for (const MeshSummary& m : r.meshes)
            std::printf("    %-24s %u vertices, %u faces, %u bones\n",
                        m.name.empty() ? "(unnamed)" : m.name.c_str(), m.vertices, m.faces,
                        m.bones);
    }
    if (!r.bones.empty()) std::printf("  bones:    %zu\n", r.bones.size());
    bool any = false;
    for (const std::string& bone : r.joint_bones) any |= !bone.empty();
    if (any) {
        std::printf("  joints:   the file's bone for each joint of legwork's skeleton\n");
        for (int j = 0; j < kJointCount; ++j) {
            const Joint joint = static_cast<Joint>(j);
            const std::string& bone = r.joint_bones[j];
            std::printf("    %-14s %s\n", std::string(joint_name(joint)).c_str(),
                        !bone.empty()           ? bone.c_str()
                        : required_joint(joint) ? "(missing)"
                                                : placed(joint));
        }
        std::string others;
        int count = 0;
        for (const std::string& bone : r.bones)
            if (std::find(r.joint_bones.begin(), r.joint_bones.end(), bone) == r.joint_bones.end())
                others += (count++ ? ", " : "") + bone;
        if (count > 0)
            std::printf("  other bones (%d) move with the nearest joint above them: %s\n", count,
                        others.c_str());
    }
    if (!r.unit.empty())
        std::printf("  units:    %s; up %s, facing %s in the file\n", r.unit.c_str(),
                    r.up_axis.c_str(), r.front_axis.c_str());
    if (load.mesh) std::printf("  height:   %.2f m\n", static_cast<double>(r.height_m));
}

} // namespace

int run_import_model_command(const CommandLine& line) {
    const ModelLoad load = load_model_isolated(line.model);
    print_report(line.model, load);
    if (!load.mesh) {
        std::fflush(stdout);
        std::fprintf(stderr, "legwork import-model: refused: %s\n", load.error.c_str());
        return 1;
    }
    std::printf("It can be your avatar: legwork --model '%s'\n", line.model.c_str());
    return 0;
}

} // namespace legwork
