#pragma once
// The real `legwork` binary, run the way scripts and CI run it: headless, as a subprocess.

#include <optional>
#include <string>

namespace legwork::test {

struct Run {
    int exit_code = -1;
    std::string output; // stdout and stderr together
};

// Runs `legwork arguments` through the shell (quote paths in `arguments`), with
// `environment` ("TZ='UTC0'") set for it.
Run run_legwork(const std::string& arguments, const std::string& environment = "");

// The number after `"key": ` in flat JSON output, or nothing when the key is missing.
std::optional<double> json_number(const std::string& json, const std::string& key);

} // namespace legwork::test
