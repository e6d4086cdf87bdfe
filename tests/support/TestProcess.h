#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace tv::test {

// How a program run to its end finished, and everything it wrote.
struct Finished {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit; // also when it never started
    QString out;                                           // standard output, as UTF-8
    QString err;                                           // standard error, as UTF-8
};

// Runs `program` with `arguments`, writes `input` to its standard input and closes it, and
// waits up to 60 s for it to end (then kills it). `environment` unset: this process's own.
Finished runToEnd(const QString &program, const QStringList &arguments,
                  const QByteArray &input = {},
                  const std::optional<QProcessEnvironment> &environment = std::nullopt);

// A long-running program, started by the constructor and killed by the destructor if it is still
// running. What it writes to standard error (with MergedChannels: everything) collects in
// output() as it comes.
class RunningProcess final {
public:
    Q_DISABLE_COPY_MOVE(RunningProcess)
    RunningProcess(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment,
                   QProcess::ProcessChannelMode mode = QProcess::SeparateChannels);
    ~RunningProcess();

    QProcess &process() { return m_process; }
    const QString &output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace tv::test
