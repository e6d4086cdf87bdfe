#pragma once

#include <QEvent>

namespace tv::ui {

// The language change of a widget made from a Qt Designer form, in its changeEvent(): the form's
// fixed words (`form.retranslateUi(top)`, `top` the widget the form was set up on), then the
// words the widget makes itself (`ownWords()`: those with a name, a number or a state in them).
// Nothing for any other event.
template <typename Form, typename Top, typename OwnWords>
void retranslateForm(const QEvent *event, Form &form, Top *top, OwnWords ownWords)
{
    if (event->type() != QEvent::LanguageChange)
        return;
    form.retranslateUi(top);
    ownWords();
}

} // namespace tv::ui
