#pragma once
// The program's entry: parses the command line and runs the command. main.cpp calls it.

namespace legwork {

// Returns the process exit code: 0 success, 1 failure, 2 command line not understood.
int legwork_main(int argc, char** argv);

} // namespace legwork
