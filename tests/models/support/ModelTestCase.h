#pragma once

#include "tests/models/support/ModelChecks.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTest>

#include <memory>

namespace tv::testing {

// The base of a test class whose expected words are British English: its initTestCase() makes
// en_GB the default locale. Test functions stay in the derived class.
class BritishLocaleTestCase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
};

// The base of a model test class: besides the locale, the two test functions every read-only
// model passes, isReadOnlyWithNoCopyPath (verifyReadOnly() on a filled model) and
// clearLeavesNoRows (verifyClearLeavesNoRows()). QTest runs these inherited slots before the
// derived class's own. Derive from ModelTestCaseFor<Model>, which says what the slots do.
class ModelTestCase : public BritishLocaleTestCase {
    Q_OBJECT

protected:
    virtual void verifyFilledModelIsReadOnly() = 0;
    virtual void verifyClearEmptiesFilledModel() = 0;

private Q_SLOTS:
    void isReadOnlyWithNoCopyPath();
    void clearLeavesNoRows();
};

// ModelTestCase for a Model that needs no constructor argument and has clear(). The derived
// class says how to fill one (fill()); it may fill the model clear() empties another way
// (fillBeforeClear()) and check more about the cleared model (verifyCleared()). A test function
// that wants the model fill() fills takes it from filledModel().
template <typename Model>
class ModelTestCaseFor : public ModelTestCase {
protected:
    virtual void fill(Model &model) = 0;
    virtual void fillBeforeClear(Model &model) { fill(model); }
    virtual void verifyCleared(const Model &) {}

    // A fresh model that a fatal QAbstractItemModelTester watches while fill() fills it, and
    // after: both live until the next call (or the end of the test object).
    Model &filledModel()
    {
        m_tester.reset();
        m_model = std::make_unique<Model>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        fill(*m_model);
        return *m_model;
    }

private:
    void verifyFilledModelIsReadOnly() final
    {
        tv::testing::verifyReadOnlyOnceFilled<Model>([this](Model &filled) { fill(filled); });
    }

    void verifyClearEmptiesFilledModel() final
    {
        Model model;
        tv::testing::verifyClearLeavesNoRows(model,
                                             [this](Model &filled) { fillBeforeClear(filled); });
        if (QTest::currentTestFailed())
            return;
        verifyCleared(model);
    }

    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace tv::testing
