#pragma once
// Loading a model from anywhere without trusting it: load_model() runs in a child process,
// so a file that crashes Assimp, hangs it or makes it ask for all the memory there is
// costs only the child, and comes back as a refusal with a reason. For files the user
// brings; the app's own avatar loads in process. POSIX (fork, a pipe, poll).

#include "import/model_loader.h"

#include <chrono>

namespace legwork {

// How long a child may take, and how much more memory it may use than the caller.
struct IsolationLimits {
    std::chrono::milliseconds timeout{30'000};
    std::size_t extra_memory_bytes = std::size_t{3} << 30;
};

// load_model(`path`, `options`) in a child process: its result, or a refusal saying the
// file crashed the importer, took longer than the timeout or needed too much memory.
// Blocks the calling thread until then.
ModelLoad load_model_isolated(const std::filesystem::path& path, const LoadOptions& options = {},
                              const IsolationLimits& limits = {});

} // namespace legwork
