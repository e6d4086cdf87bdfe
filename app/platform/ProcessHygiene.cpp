#include "app/platform/ProcessHygiene.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace tv::platform {

ProcessHygieneReport currentProcessHygiene()
{
    ProcessHygieneReport report;
#if defined(Q_OS_LINUX)
    report.dumpableCleared = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    report.unsupported << u"Marking the process not dumpable is only available on Linux."_s;
#endif
#if defined(Q_OS_UNIX)
    struct rlimit limit {};
    report.coreLimitZero =
        ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
    // umask() can only be read by setting it; put the value straight back.
    const mode_t mask = ::umask(S_IRWXG | S_IRWXO);
    ::umask(mask);
    report.umaskPrivate = (mask & (S_IRWXG | S_IRWXO)) == (S_IRWXG | S_IRWXO);
#else
    report.unsupported << u"Core dump limits and the umask are only available on POSIX systems."_s;
#endif
    return report;
}

ProcessHygieneReport hardenProcess()
{
#if defined(Q_OS_LINUX)
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#if defined(Q_OS_UNIX)
    const struct rlimit none {
        0, 0
    };
    ::setrlimit(RLIMIT_CORE, &none);
    ::umask(S_IRWXG | S_IRWXO);
#endif
    return currentProcessHygiene();
}

} // namespace tv::platform
