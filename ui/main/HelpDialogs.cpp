#include "ui/main/HelpDialogs.h"

#include "models/domain/Version.h"
#include "ui/common/ReadOnlyView.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

namespace {

// The context of the Help windows' words in the translation catalogue.
class HelpText {
    Q_DECLARE_TR_FUNCTIONS(tv::ui::HelpDialogs)
};

// A dialog with `content` above a Close button that Escape and Enter also press.
QDialog *newHelpDialog(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(u"helpButtons"_s);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeHelpButton"_s);
    close->setAccessibleName(HelpText::tr("Close"));
    close->setAccessibleDescription(HelpText::tr("Closes this window (Escape)."));
    close->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

QLabel *newText(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}

void addAboveButtons(QDialog *dialog, QWidget *content)
{
    auto *layout = static_cast<QVBoxLayout *>(dialog->layout());
    layout->insertWidget(layout->count() - 1, content, 1);
}

} // namespace

QString keysText(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &sequence : sequences)
        keys << sequence.toString(QKeySequence::NativeText);
    //: Between two keys that do the same ("Ctrl+Shift+L or Pause").
    return keys.join(HelpText::tr(" or "));
}

QDialog *newShortcutsDialog(const QList<KeyHelp> &keys, QWidget *parent)
{
    QDialog *dialog =
        newHelpDialog(u"shortcutsDialog"_s, HelpText::tr("Keyboard shortcuts"), parent);
    auto *model = new QStandardItemModel(int(keys.size()), 2, dialog);
    model->setHorizontalHeaderLabels({HelpText::tr("Keys"), HelpText::tr("What they do")});
    for (int row = 0; row < keys.size(); ++row) {
        model->setItem(row, 0, new QStandardItem(keys[row].keys));
        model->setItem(row, 1, new QStandardItem(keys[row].what));
    }
    auto *table = new QTableView(dialog);
    table->setObjectName(u"shortcutsTable"_s);
    makeReadOnly(table);
    table->setModel(model);
    table->setAccessibleName(HelpText::tr("Keyboard shortcuts"));
    table->setAccessibleDescription(HelpText::tr("Each key and what it does in TransformView."));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    table->resizeRowsToContents();
    addAboveButtons(dialog, table);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 90,
                   dialog->fontMetrics().height() * 28);
    return dialog;
}

QDialog *newStatesDialog(QWidget *parent)
{
    QDialog *dialog =
        newHelpDialog(u"statesDialog"_s, HelpText::tr("What the three states mean"), parent);
    auto *content = new QWidget(dialog);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins({});
    layout->addWidget(newText(
        u"statesIntroLabel"_s,
        HelpText::tr("Every flag of a record is shown in one of three states. The service works "
                     "them out from the council's records, for the two years before the date the "
                     "view is for."),
        content));
    layout->addWidget(
        newText(u"stateCurrentLabel"_s,
                HelpText::tr("Current: something behind the flag is still open on that date (an "
                             "involvement, a plan or an episode that has not ended)."),
                content));
    layout->addWidget(newText(
        u"stateHistoricLabel"_s,
        HelpText::tr("Historic: nothing is open now, but something ended within the two years."),
        content));
    layout->addWidget(newText(
        u"stateNoneLabel"_s,
        HelpText::tr("No information on database: the council's records show nothing for it in "
                     "the two years. It does not mean that nothing ever happened, only that "
                     "nothing is recorded here for that time."),
        content));
    layout->addStretch(1);
    addAboveButtons(dialog, content);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 70, dialog->sizeHint().height());
    return dialog;
}

QDialog *newAboutDialog(const QString &serviceVersion, QWidget *parent)
{
    QDialog *dialog = newHelpDialog(u"aboutDialog"_s, HelpText::tr("About TransformView"), parent);
    auto *content = new QWidget(dialog);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins({});
    layout->addWidget(newText(u"clientVersionLabel"_s,
                              HelpText::tr("TransformView version %1.").arg(ProductVersion),
                              content));
    layout->addWidget(
        newText(u"serviceVersionLabel"_s,
                serviceVersion.isEmpty()
                    ? HelpText::tr("The service's version is not known: it has not answered yet.")
                    : HelpText::tr("The Transform service you are signed in to is version %1.")
                          .arg(serviceVersion),
                content));
    layout->addWidget(newText(
        u"licenceLabel"_s,
        HelpText::tr("TransformView is built with Qt %1 (GNU Lesser General Public License "
                     "version 3), QtKeychain (BSD 3-Clause licence), SQLCipher (BSD-style "
                     "licence), OpenSSL (Apache License 2.0) and libsodium (ISC licence). Your "
                     "council's terms of use say who may use it and how.")
            .arg(QString::fromLatin1(qVersion())),
        content));
    layout->addStretch(1);
    addAboveButtons(dialog, content);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 70, dialog->sizeHint().height());
    return dialog;
}

} // namespace tv::ui
