#pragma once

#include <QString>
#include <QStringList>

namespace tv::platform {

// What hardenProcess() did, read back from the kernel where it can be, so a test (and a log line)
// can check it rather than trust it.
struct ProcessHygieneReport {
    bool dumpableCleared = false; // Linux: prctl(PR_GET_DUMPABLE) reads 0 (no core, no ptrace)
    bool coreLimitZero = false;   // POSIX: getrlimit(RLIMIT_CORE) reads 0 / 0
    bool umaskPrivate = false;    // POSIX: the umask is 077, so new files are the owner's only
    QStringList unsupported;      // what this platform cannot do, in words
};

// Process hygiene for the desktop client. Call first thing in main(), before QApplication and
// before any file, thread or secret exists:
//  - no core dumps: prctl(PR_SET_DUMPABLE, 0) on Linux (also stops same-user ptrace attach and
//    hides /proc/<pid>/mem), setrlimit(RLIMIT_CORE, 0) on every POSIX system;
//  - umask 077, so whatever the process creates (caches Qt makes, the session store) is private.
// Windows: WER dumps are switched off with SetErrorMode / WerSetFlags(WER_FAULT_REPORTING_NO_UI)
// and files inherit the profile's ACLs; macOS: RLIMIT_CORE as above, PT_DENY_ATTACH is left out
// (it breaks crash reporting). Neither is done here yet; `unsupported` says so.
ProcessHygieneReport hardenProcess();

// The same three facts, read from the kernel without changing anything.
ProcessHygieneReport currentProcessHygiene();

} // namespace tv::platform
