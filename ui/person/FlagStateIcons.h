#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QString>

namespace tv::ui {

// The icon of a flag state, from the name models::FlagModel gives it ("flag-none",
// "flag-historic", "flag-current"), drawn as vectors at any size in the palette's text colour:
// an empty ring for no information, a half-filled ring for historic, a filled disc with an
// exclamation mark for current. Distinct by shape alone; the state's words are always shown
// beside it. An unknown name gives a null icon.
QIcon flagStateIcon(const QString &iconName);

// Shows the state icon in a FlagModel's state column (Qt::DecorationRole from its IconNameRole);
// every other role and column passes through unchanged.
class FlagStateIconProxy final : public QIdentityProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagStateIconProxy)

public:
    explicit FlagStateIconProxy(QObject *parent = nullptr);
    ~FlagStateIconProxy() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QIcon> m_icons; // by icon name, made once
};

} // namespace tv::ui
