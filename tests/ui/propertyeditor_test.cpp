// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a node's fields in the property editor: undoable, merged while typing, refused with
// the reason when the format says no, and "unknown" for what is not set.
#include "modeleditor.h"
#include "modelfile.h"
#include "propertyeditor.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model sample()
{
    ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model);
    return *loaded.model;
}

} // namespace

TEST(PropertyEditor, TypingANameIsOneUndoableEdit)
{
    ModelEditor editor;
    editor.reset(sample());
    PropertyEditor properties(&editor);
    properties.showNode(QStringLiteral("cap-mail"));
    auto *name = properties.findChild<QLineEdit *>(QStringLiteral("name"));
    ASSERT_NE(name, nullptr);
    const QString before = editor.model().findNode(QStringLiteral("cap-mail"))->name;
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Mail"));
    EXPECT_EQ(editor.model().findNode(QStringLiteral("cap-mail"))->name, QStringLiteral("Mail"));
    EXPECT_EQ(editor.undoStack()->count(), 1);
    editor.undoStack()->undo();
    EXPECT_EQ(editor.model().findNode(QStringLiteral("cap-mail"))->name, before);
    EXPECT_EQ(name->text(), before) << "the form follows the model";
}

TEST(PropertyEditor, RefusedValuesSayWhyAndChangeNothing)
{
    ModelEditor editor;
    editor.reset(sample());
    PropertyEditor properties(&editor);
    properties.showNode(QStringLiteral("app-exchange"));
    const Model before = editor.model();
    auto *name = properties.findChild<QLineEdit *>(QStringLiteral("name"));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete); // an empty name is not allowed
    EXPECT_FALSE(properties.lastError().isEmpty());
    EXPECT_TRUE(editor.model() == before);
    auto *end = properties.findChild<QLineEdit *>(QStringLiteral("contractEnd"));
    name->setText(QStringLiteral("Exchange"));
    Q_EMIT name->textEdited(name->text());
    EXPECT_TRUE(properties.lastError().isEmpty());
    end->setText(QStringLiteral("2027-13-40"));
    Q_EMIT end->editingFinished();
    EXPECT_TRUE(properties.lastError().contains(QStringLiteral("contract_end"))) << qPrintable(properties.lastError());
    EXPECT_EQ(*editor.model().findNode(QStringLiteral("app-exchange"))->attributeAs<QString>(QStringLiteral("contract_end")),
              QStringLiteral("2027-06-30"));
}

TEST(PropertyEditor, UnknownIsShownAsUnknownAndCanBeSetBack)
{
    ModelEditor editor;
    editor.reset(sample());
    PropertyEditor properties(&editor);
    properties.showNode(QStringLiteral("app-exchange"));
    auto *license = properties.findChild<QComboBox *>(QStringLiteral("license"));
    auto *cost = properties.findChild<QDoubleSpinBox *>(QStringLiteral("annualCost"));
    ASSERT_TRUE(license && cost);
    EXPECT_EQ(license->currentData().toString(), QStringLiteral("proprietary"));
    license->setCurrentIndex(license->findData(QStringLiteral("open_source")));
    EXPECT_EQ(*editor.model().findNode(QStringLiteral("app-exchange"))->attributeAs<QString>(QStringLiteral("license")), QStringLiteral("open_source"));
    license->setCurrentIndex(0); // unknown: the attribute goes
    EXPECT_EQ(editor.model().findNode(QStringLiteral("app-exchange"))->attributeAs<QString>(QStringLiteral("license")), nullptr);
    cost->setValue(cost->minimum());
    EXPECT_EQ(cost->text(), QStringLiteral("unknown"));
    EXPECT_EQ(editor.model().findNode(QStringLiteral("app-exchange"))->attributeAs<double>(QStringLiteral("annual_cost")), nullptr);
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    EXPECT_TRUE(editor.model() == sample());

    properties.showNode(QStringLiteral("cap-mail"));
    auto *criticality = properties.findChild<QSpinBox *>(QStringLiteral("criticality"));
    criticality->setValue(0);
    EXPECT_FALSE(editor.model().findNode(QStringLiteral("cap-mail"))->criticality.has_value()) << "0 means: not set (the default 3)";
}
