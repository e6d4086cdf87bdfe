#include "tests/support/TestProcess.h"

namespace tv::test {

Finished runToEnd(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const std::optional<QProcessEnvironment> &environment)
{
    QProcess process;
    if (environment)
        process.setProcessEnvironment(*environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(), process.exitStatus(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

RunningProcess::RunningProcess(const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &environment,
                               QProcess::ProcessChannelMode mode)
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(mode);
    if (mode == QProcess::MergedChannels) {
        QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                         [this] { m_output += QString::fromUtf8(m_process.readAll()); });
    } else {
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
            m_output += QString::fromUtf8(m_process.readAllStandardError());
        });
    }
    m_process.start(program, arguments);
}

RunningProcess::~RunningProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace tv::test
