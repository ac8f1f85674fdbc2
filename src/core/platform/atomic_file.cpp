#include "core/platform/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace legwork {
namespace {

// Closes a file descriptor when it goes out of scope.
struct Descriptor {
    int fd = -1;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

bool fail(std::string& error, const std::string& what, const std::filesystem::path& path) {
    error = what + " " + path.string() + ": " + std::strerror(errno);
    return false;
}

} // namespace

bool write_file_atomically(const std::filesystem::path& file, std::string_view contents,
                           std::string& error) {
    std::error_code ec;
    const std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        error = "cannot create the folder " + dir.string() + ": " + ec.message();
        return false;
    }
    const std::filesystem::path temporary = file.string() + ".tmp-" + std::to_string(::getpid());
    {
        Descriptor out{::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
        if (out.fd < 0) return fail(error, "cannot write", temporary);
        std::size_t written = 0;
        while (written < contents.size()) {
            const ssize_t n = ::write(out.fd, contents.data() + written, contents.size() - written);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                fail(error, "cannot write", temporary);
                std::filesystem::remove(temporary, ec);
                return false;
            }
            written += static_cast<std::size_t>(n);
        }
        if (::fsync(out.fd) != 0) {
            fail(error, "cannot flush", temporary);
            std::filesystem::remove(temporary, ec);
            return false;
        }
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        fail(error, "cannot replace", file);
        std::filesystem::remove(temporary, ec);
        return false;
    }
    // The rename itself is only durable once the folder is flushed.
    Descriptor folder{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (folder.fd >= 0) ::fsync(folder.fd);
    return true;
}

} // namespace legwork
