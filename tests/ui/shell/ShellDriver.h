#pragma once

#include "app/startup/CommandLine.h"
#include "models/domain/User.h"

#include <QString>
#include <QWidget>

class QLineEdit;

namespace tv::ui {
class ClientShell;
} // namespace tv::ui

// Drives a ClientShell as a person would, finding widgets by objectName.
namespace tv::test {

template <typename T>
T *child(const QWidget *window, const QString &name)
{
    return window->findChild<T *>(name);
}

// The options of `transform-view --server URL`.
startup::StartupOptions serverOption(const QUrl &server);

// Replaces the text of `edit` by typing `text` into it.
void typeInto(QLineEdit *edit, const QString &text);

// Types the email address and password into the login window and presses Enter.
void submitSignIn(const ui::ClientShell &shell, const LoginRequest &request);
// submitSignIn(), then waits until the main window shows. False when it did not.
bool signIn(const ui::ClientShell &shell, const LoginRequest &request);

// Types `password` into the lock screen and presses Enter.
void unlockWith(const ui::ClientShell &shell, const QString &password);

} // namespace tv::test
