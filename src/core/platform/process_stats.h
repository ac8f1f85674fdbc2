#pragma once
// Figures about the running process, for `legwork bench`. Linux only (reads /proc).

namespace legwork {

// Milliseconds since the kernel started this process (before the dynamic loader ran), so
// library loading counts too. Resolution is one clock tick (usually 10 ms). Returns a
// negative value if /proc cannot be read.
double ms_since_process_start();

// Peak resident set size of this process so far, in MiB.
double peak_resident_mb();

// CPU time (user + system) this process has used so far, in milliseconds.
double process_cpu_ms();

} // namespace legwork
