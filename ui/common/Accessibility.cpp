#include "ui/common/Accessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QLabel>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tv::ui {

namespace {

constexpr char HeadingLevelProperty[] = "tvHeadingLevel";
constexpr char LiveRegionProperty[] = "tvLiveRegion";

// A label's words as read: its plain text without the mnemonic's ampersand ("Personal &details").
QString spokenText(const QLabel *label)
{
    QString text = label->text();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&')
            text.remove(i, 1); // "&&" keeps one ampersand: the next character is skipped
    }
    return text;
}

// A label that heads a section (role Heading: named as shown, or by its accessible name), or a
// status or error line (role Notification: named by its words, described by what it is the
// status of, the label's accessible name, "Search status").
class LabelInterface final : public QAccessibleWidget {
public:
    LabelInterface(QLabel *label, QAccessible::Role role)
        : QAccessibleWidget(label, role)
    {}

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const QLabel *>(widget());
        const bool heading = role() == QAccessible::Heading;
        if (t == QAccessible::Name) {
            const QString name = label->accessibleName();
            return heading ? (name.isEmpty() ? spokenText(label) : name) : label->text();
        }
        if (t == QAccessible::Description && !heading)
            return label->accessibleName();
        return QAccessibleWidget::text(t);
    }

    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation match) const override
    {
        auto found = QAccessibleWidget::relations(match);
        const auto *label = static_cast<const QLabel *>(widget());
        if ((match & QAccessible::Labelled) && label->buddy()) {
            if (QAccessibleInterface *buddy = QAccessible::queryAccessibleInterface(label->buddy()))
                found.append({buddy, QAccessible::Labelled});
        }
        return found;
    }
};

// A combo box named by its label; its current text is its value.
class LabelledComboBox final : public QAccessibleWidget {
public:
    explicit LabelledComboBox(QComboBox *combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    {}

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: {
            const QString name = combo()->accessibleName();
            if (!name.isEmpty())
                return name;
            const auto labels = combo()->window()->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                if (label->buddy() == combo())
                    return spokenText(label);
            }
            return {};
        }
        case QAccessible::Value:
            return combo()->currentText();
        default:
            return QAccessibleWidget::text(t);
        }
    }

    // The list of choices while it is open (it is read out then); closed, it is not on screen.
    int childCount() const override { return popupShown() ? 1 : 0; }

    QAccessibleInterface *child(int index) const override
    {
        return index == 0 && popupShown() ? QAccessible::queryAccessibleInterface(combo()->view())
                                          : nullptr;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && child->object() == combo()->view() ? 0 : -1;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.expandable = true;
        state.expanded = popupShown();
        return state;
    }

    QStringList actionNames() const override
    {
        return QStringList{showMenuAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction()) {
            if (popupShown())
                combo()->hidePopup();
            else
                combo()->showPopup();
            return;
        }
        QAccessibleWidget::doAction(action);
    }

private:
    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }
    bool popupShown() const { return combo()->view() && combo()->view()->isVisible(); }
};

QAccessibleInterface *interfaceFor(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return nullptr;
    if (className == "QLabel"_L1) {
        auto *label = static_cast<QLabel *>(widget);
        if (label->property(HeadingLevelProperty).toInt() > 0)
            return new LabelInterface(label, QAccessible::Heading);
        if (label->property(LiveRegionProperty).toBool())
            return new LabelInterface(label, QAccessible::Notification);
        return nullptr;
    }
    if (className == "QComboBox"_L1)
        return new LabelledComboBox(static_cast<QComboBox *>(widget));
    // Reached for a class with no interface of its own below QWidget: a window built on QWidget.
    if (className == "QWidget"_L1 && widget->isWindow() &&
        (widget->windowType() == Qt::Window || widget->windowType() == Qt::Dialog))
        return new QAccessibleWidget(widget, QAccessible::Window);
    return nullptr;
}

// A label marked after its interface was made (the label's constructor may have made it):
// the next query makes it again, with the mark.
void refreshInterface(QLabel *label, QAccessible::Role wanted)
{
    QAccessibleInterface *current = QAccessible::queryAccessibleInterface(label);
    if (current && current->role() != wanted)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(current));
}

} // namespace

void markHeading(QLabel *label, int level)
{
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setProperty(HeadingLevelProperty, level);
    refreshInterface(label, QAccessible::Heading);
}

int headingLevel(const QLabel *label)
{
    return label->property(HeadingLevelProperty).toInt();
}

void markLiveRegion(QLabel *label)
{
    label->setProperty(LiveRegionProperty, true);
    refreshInterface(label, QAccessible::Notification);
}

bool isLiveRegion(const QLabel *label)
{
    return label->property(LiveRegionProperty).toBool();
}

void announce(QLabel *label)
{
    if (!QAccessible::isActive() || label->text().isEmpty() || !label->isVisible())
        return;
    QAccessibleEvent nameChanged(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    // Shown again: what makes a reader read a notification out.
    QAccessibleEvent shown(label, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

void installAccessibility()
{
    // The last factory installed is asked first: after QApplication's own (which its
    // constructor installs), once.
    QAccessible::removeFactory(interfaceFor);
    QAccessible::installFactory(interfaceFor);
}

} // namespace tv::ui
