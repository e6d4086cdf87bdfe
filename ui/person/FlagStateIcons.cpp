#include "ui/person/FlagStateIcons.h"

#include "models/person/FlagModel.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace tv::ui {

namespace {

enum class Shape { Ring, HalfRing, Disc };

class FlagStateIconEngine final : public QIconEngine {
public:
    explicit FlagStateIconEngine(Shape shape)
        : m_shape(shape)
    {}
    ~FlagStateIconEngine() override = default;
    FlagStateIconEngine(const FlagStateIconEngine &) = default;
    FlagStateIconEngine &operator=(const FlagStateIconEngine &) = delete;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor ink =
            palette.color(mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor paper =
            palette.color(mode == QIcon::Selected ? QPalette::Highlight : QPalette::Base);
        const qreal side = qMin(rect.width(), rect.height());
        const qreal pen = qMax<qreal>(1.0, side / 10.0);
        const QRectF box(rect.x() + (rect.width() - side) / 2.0 + pen,
                         rect.y() + (rect.height() - side) / 2.0 + pen, side - 2 * pen,
                         side - 2 * pen);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ink, pen));
        switch (m_shape) {
        case Shape::Ring:
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box);
            break;
        case Shape::HalfRing: {
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box);
            QPainterPath lower;
            lower.moveTo(box.center());
            lower.arcTo(box, 180.0, 180.0); // the lower half, filled
            lower.closeSubpath();
            painter->fillPath(lower, ink);
            break;
        }
        case Shape::Disc: {
            painter->setBrush(ink);
            painter->drawEllipse(box);
            // An exclamation mark in the background colour: a bar and a dot.
            const qreal w = qMax<qreal>(1.0, box.width() / 7.0);
            const QPointF c = box.center();
            painter->setPen(Qt::NoPen);
            painter->setBrush(paper);
            painter->drawRect(
                QRectF(c.x() - w / 2, box.top() + box.height() * 0.2, w, box.height() * 0.38));
            painter->drawEllipse(QPointF(c.x(), box.top() + box.height() * 0.75), w * 0.7, w * 0.7);
            break;
        }
        }
        painter->restore();
    }

    QIconEngine *clone() const override { return new FlagStateIconEngine(*this); }

    QString key() const override { return u"tv-flag-state"_s; }

private:
    Shape m_shape;
};

} // namespace

QIcon flagStateIcon(const QString &iconName)
{
    using models::FlagModel;
    if (iconName == FlagModel::iconName(FlagState::NoInformation))
        return QIcon(new FlagStateIconEngine(Shape::Ring));
    if (iconName == FlagModel::iconName(FlagState::Historic))
        return QIcon(new FlagStateIconEngine(Shape::HalfRing));
    if (iconName == FlagModel::iconName(FlagState::Current))
        return QIcon(new FlagStateIconEngine(Shape::Disc));
    return {};
}

FlagStateIconProxy::FlagStateIconProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
    for (const FlagState state :
         {FlagState::NoInformation, FlagState::Historic, FlagState::Current}) {
        const QString name = models::FlagModel::iconName(state);
        m_icons.insert(name, flagStateIcon(name));
    }
}

FlagStateIconProxy::~FlagStateIconProxy() = default;

QVariant FlagStateIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == models::FlagModel::StateColumn) {
        const auto found = m_icons.constFind(
            QIdentityProxyModel::data(index, models::FlagModel::IconNameRole).toString());
        if (found != m_icons.cend())
            return *found;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace tv::ui
