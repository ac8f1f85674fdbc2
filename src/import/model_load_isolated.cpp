#include "import/model_load_isolated.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <new>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <type_traits>
#include <unistd.h>

namespace legwork {
namespace {

// The child's result as bytes: plain values as they lie in memory (the same program reads
// them back), vectors and strings after their sizes.
class Writer {
public:
    template <typename T> void value(const T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    template <typename T> void values(const std::vector<T>& v) {
        value(static_cast<std::uint64_t>(v.size()));
        if (!v.empty())
            bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void text(const std::string& s) {
        value(static_cast<std::uint64_t>(s.size()));
        bytes_.append(s);
    }
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
};

// Reads what Writer wrote; false from then on once anything is missing.
class Reader {
public:
    explicit Reader(std::string_view bytes) : rest_(bytes) {}
    template <typename T> bool value(T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (!ok_ || rest_.size() < sizeof v) return ok_ = false;
        std::memcpy(&v, rest_.data(), sizeof v);
        rest_.remove_prefix(sizeof v);
        return true;
    }
    template <typename T> bool values(std::vector<T>& v) {
        std::uint64_t n = 0;
        if (!value(n) || n > rest_.size() / sizeof(T)) return ok_ = false;
        v.resize(n);
        if (n > 0) std::memcpy(v.data(), rest_.data(), n * sizeof(T));
        rest_.remove_prefix(n * sizeof(T));
        return true;
    }
    bool text(std::string& s) {
        std::uint64_t n = 0;
        if (!value(n) || n > rest_.size()) return ok_ = false;
        s.assign(rest_.substr(0, n));
        rest_.remove_prefix(n);
        return true;
    }
    bool done() const { return ok_ && rest_.empty(); }

private:
    std::string_view rest_;
    bool ok_ = true;
};

std::string to_bytes(const ModelLoad& load) {
    Writer w;
    w.text(load.error);
    const ModelReport& r = load.report;
    w.text(r.format);
    w.value(static_cast<std::uint64_t>(r.meshes.size()));
    for (const MeshSummary& m : r.meshes) {
        w.text(m.name);
        w.value(m.vertices), w.value(m.faces), w.value(m.bones);
    }
    w.value(static_cast<std::uint64_t>(r.bones.size()));
    for (const std::string& bone : r.bones) w.text(bone);
    for (const std::string& bone : r.joint_bones) w.text(bone);
    w.text(r.unit), w.text(r.up_axis), w.text(r.front_axis);
    w.value(r.height_m);
    w.value(load.mesh.has_value());
    if (!load.mesh) return w.bytes();
    const SkinnedMesh& m = *load.mesh;
    w.values(m.positions), w.values(m.normals), w.values(m.joints), w.values(m.weights);
    w.values(m.outfit), w.values(m.muscles), w.values(m.indices);
    w.value(static_cast<std::uint64_t>(m.parts.size()));
    for (const MeshPart& part : m.parts) {
        w.text(part.name);
        w.value(part.first_index), w.value(part.index_count), w.value(part.base_color);
    }
    w.value(m.inverse_bind);
    w.value(load.skeleton);
    return w.bytes();
}

bool from_bytes(std::string_view bytes, ModelLoad& load) {
    Reader r(bytes);
    ModelReport& report = load.report;
    std::uint64_t n = 0;
    r.text(load.error);
    r.text(report.format);
    if (!r.value(n) || n > bytes.size()) return false;
    report.meshes.resize(n);
    for (MeshSummary& m : report.meshes)
        r.text(m.name), r.value(m.vertices), r.value(m.faces), r.value(m.bones);
    if (!r.value(n) || n > bytes.size()) return false;
    report.bones.resize(n);
    for (std::string& bone : report.bones) r.text(bone);
    for (std::string& bone : report.joint_bones) r.text(bone);
    r.text(report.unit), r.text(report.up_axis), r.text(report.front_axis);
    r.value(report.height_m);
    bool has_mesh = false;
    if (!r.value(has_mesh)) return false;
    if (!has_mesh) return r.done();
    SkinnedMesh& m = load.mesh.emplace();
    r.values(m.positions), r.values(m.normals), r.values(m.joints), r.values(m.weights);
    r.values(m.outfit), r.values(m.muscles), r.values(m.indices);
    if (!r.value(n) || n > bytes.size()) return false;
    m.parts.resize(n);
    for (MeshPart& part : m.parts)
        r.text(part.name), r.value(part.first_index), r.value(part.index_count),
            r.value(part.base_color);
    r.value(m.inverse_bind);
    r.value(load.skeleton);
    return r.done();
}

ModelLoad refusal(std::string why) {
    ModelLoad load;
    load.error = std::move(why);
    return load;
}

// Caps the child's private memory at what it has now plus `extra`. Not under
// AddressSanitizer, whose shadow memory is counted too.
void limit_memory(std::size_t extra) {
#if defined(__SANITIZE_ADDRESS__)
    (void)extra;
#else
    std::ifstream statm("/proc/self/statm");
    std::size_t size = 0, resident = 0, shared = 0, text = 0, lib = 0, data = 0;
    if (!(statm >> size >> resident >> shared >> text >> lib >> data)) return;
    const auto limit =
        static_cast<rlim_t>(data * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) + extra);
    const rlimit cap{limit, limit};
    setrlimit(RLIMIT_DATA, &cap);
#endif
}

[[noreturn]] void run_child(int out, const std::filesystem::path& path, const LoadOptions& options,
                            std::size_t extra_memory) {
    limit_memory(extra_memory);
    std::string bytes;
    try {
        bytes = to_bytes(load_model(path, options));
    } catch (const std::bad_alloc&) {
        bytes = to_bytes(
            refusal("reading " + path.string() + " needs more memory than a model may have"));
    }
    for (std::size_t sent = 0; sent < bytes.size();) {
        const ssize_t n = write(out, bytes.data() + sent, bytes.size() - sent);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) _exit(1);
        sent += static_cast<std::size_t>(n);
    }
    _exit(0);
}

} // namespace

ModelLoad load_model_isolated(const std::filesystem::path& path, const LoadOptions& options,
                              const IsolationLimits& limits) {
    const std::string file = path.string();
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0)
        return refusal("cannot read " + file +
                       ": no pipe to a reading process: " + std::strerror(errno));
    const pid_t child = fork();
    if (child < 0) {
        close(pipe_fds[0]), close(pipe_fds[1]);
        return refusal("cannot read " + file + ": no reading process: " + std::strerror(errno));
    }
    if (child == 0) {
        close(pipe_fds[0]);
        run_child(pipe_fds[1], path, options, limits.extra_memory_bytes);
    }
    close(pipe_fds[1]);

    // Read until the child closes its end, or the time is up.
    std::string bytes;
    const auto deadline = std::chrono::steady_clock::now() + limits.timeout;
    bool timed_out = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        pollfd ready{pipe_fds[0], POLLIN, 0};
        const int polled = poll(&ready, 1, static_cast<int>(left.count()));
        if (polled < 0 && errno == EINTR) continue;
        if (polled <= 0) {
            timed_out = polled == 0;
            break;
        }
        char buffer[1 << 16];
        const ssize_t n = read(pipe_fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    close(pipe_fds[0]);
    if (timed_out) kill(child, SIGKILL);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }

    if (timed_out) {
        const long long ms = limits.timeout.count();
        return refusal(
            "reading " + file + " took longer than " +
            (ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms") +
            ": refused");
    }
    if (WIFSIGNALED(status))
        return refusal("reading " + file + " crashed the model importer (" +
                       strsignal(WTERMSIG(status)) + "): the file is malformed");
    ModelLoad load;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !from_bytes(bytes, load))
        return refusal("reading " + file + " failed in the model importer's process");
    return load;
}

} // namespace legwork
