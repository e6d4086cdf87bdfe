#include "ui/login/StatementPage.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Retranslate.h"
#include "ui_StatementPage.h"

#include <QLocale>
#include <QTimeZone>

namespace tv::ui {

StatementPage::StatementPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StatementPage>())
{
    m_ui->setupUi(this);
    markHeading(m_ui->statementHeadingLabel, 1);
    // Room for several lines of the statement whatever the font size; it scrolls beyond that.
    m_ui->statementText->setMinimumHeight(m_ui->statementText->fontMetrics().lineSpacing() * 8);
    m_ui->statementText->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_ui->acceptCheck, &QCheckBox::toggled, this, &StatementPage::updateEnabled);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] {
        if (m_ui->acceptCheck->isChecked() && !m_busy)
            Q_EMIT accepted(m_statement.version);
    });
    connect(m_ui->statementSignOutButton, &QPushButton::clicked, this,
            &StatementPage::signOutRequested);
    retranslate();
    updateEnabled();
}

StatementPage::~StatementPage() = default;

void StatementPage::setStatement(const tv::Statement &statement)
{
    m_statement = statement;
    m_ui->statementText->setPlainText(statement.body);
    m_ui->acceptCheck->setChecked(false);
    retranslate();
    updateEnabled();
}

int StatementPage::version() const
{
    return m_statement.version;
}

QString StatementPage::text() const
{
    return m_ui->statementText->toPlainText();
}

void StatementPage::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void StatementPage::acceptIfConfirmed()
{
    if (m_ui->acceptButton->isEnabled())
        m_ui->acceptButton->click();
}

void StatementPage::focusFirst()
{
    m_ui->statementText->setFocus(Qt::OtherFocusReason);
}

void StatementPage::changeEvent(QEvent *event)
{
    retranslateForm(event, *m_ui, this, [this] { retranslate(); });
    QWidget::changeEvent(event);
}

void StatementPage::retranslate()
{
    const QDate published = m_statement.publishedAt.toTimeZone(QTimeZone::systemTimeZone()).date();
    const QString line = published.isValid()
                             ? tr("Version %1, published on %2.")
                                   .arg(m_statement.version)
                                   .arg(QLocale().toString(published, QLocale::LongFormat))
                             : tr("Version %1.").arg(m_statement.version);
    m_ui->statementVersionLabel->setText(line);
    m_ui->statementVersionLabel->setAccessibleDescription(line);
}

void StatementPage::updateEnabled()
{
    m_ui->statementText->setEnabled(!m_busy);
    m_ui->acceptCheck->setEnabled(!m_busy);
    m_ui->acceptButton->setEnabled(!m_busy && m_ui->acceptCheck->isChecked());
    m_ui->statementSignOutButton->setEnabled(!m_busy);
}

} // namespace tv::ui
