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

} // namespace tv::test
