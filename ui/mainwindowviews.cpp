// The main window's daily views (issue 31, point 1): the city of each case
// and a filter by it, for whoever sees more than one city's cases (the
// ministry); a city's own staff see their city's alone and need neither.
#include "core/domain/workflow.h"
#include "ui/casetable.h"
#include "ui/casetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/uitr.h"

#include <QComboBox>

namespace Kezek {

QComboBox *MainWindow::buildCityFilter()
{
    const bool everyCity = !Workflow::onlyCitySeen(m_session.account.actor()).has_value();
    m_table->setColumnHidden(CaseTableModel::CaseCity, !everyCity);
    if (!everyCity)
        return nullptr;
    auto *cities = new QComboBox;
    cities->setObjectName(QStringLiteral("cityFilter"));
    cities->setAccessibleName(UiTr::tr("Cases of the city"));
    cities->addItem(UiTr::tr("All cities"), QString());
    for (City city : {City::Astana, City::Almaty})
        cities->addItem(cityTitle(city), cityId(city));
    connect(cities, &QComboBox::currentIndexChanged, this, [this, cities] {
        m_model->setCity(cities->currentData().toString());
        updateEmptyText();
    });
    return cities;
}

} // namespace Kezek
