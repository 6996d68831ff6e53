// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxfixture.h"
#include <QTest>
class TestModels : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
