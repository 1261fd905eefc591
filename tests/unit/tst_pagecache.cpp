// Pages of the changes feed kept between reads (server/http/pagecache.h):
// found only at the revision they were read at, retired when it moves on,
// and bounded in memory.
#include "server/http/pagecache.h"

#include <QTest>

using namespace Kezek;

namespace {

std::shared_ptr<const ServerStore::StoredPage> pageOf(int cases, qsizetype bytesEach)
{
    ServerStore::StoredPage page;
    for (int i = 0; i < cases; ++i)
        page.cases.append(
            {QStringLiteral("case-%1").arg(i), City::Astana, QByteArray(bytesEach, 'x')});
    page.nextRevision = cases;
    return std::make_shared<const ServerStore::StoredPage>(std::move(page));
}

} // namespace

class TestPageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPageIsFoundOnlyAtTheRevisionItWasReadAt()
    {
        PageCache cache;
        const auto page = pageOf(3, 100);
        cache.remember({0, 100, {}}, 7, page);
        QCOMPARE(cache.find({0, 100, {}}, 7), page);
        QVERIFY(!cache.find({0, 100, {}}, 8));           // written since
        QVERIFY(!cache.find({0, 50, {}}, 7));            // another length
        QVERIFY(!cache.find({1, 100, {}}, 7));           // another cursor
        QVERIFY(!cache.find({0, 100, City::Almaty}, 7)); // one city's, not all
        cache.remember({0, 100, City::Almaty}, 7, pageOf(1, 100));
        QCOMPARE(cache.find({0, 100, City::Almaty}, 7)->cases.size(), 1);
        QCOMPARE(cache.find({0, 100, {}}, 7), page);
    }

    void aNewerRevisionRetiresEveryPageKept()
    {
        PageCache cache;
        cache.remember({0, 100, {}}, 7, pageOf(3, 100));
        cache.remember({3, 100, {}}, 7, pageOf(3, 100));
        cache.remember({0, 100, {}}, 9, pageOf(4, 100));
        QCOMPARE(cache.find({0, 100, {}}, 9)->cases.size(), 4);
        QVERIFY(cache.bytes() < 2000); // the pages of 7 are gone
        // A read that began before the write it did not see is not kept.
        cache.remember({3, 100, {}}, 8, pageOf(2, 100));
        QVERIFY(!cache.find({3, 100, {}}, 9));
        QCOMPARE(cache.find({0, 100, {}}, 9)->cases.size(), 4);
    }

    void aDatabaseThatWentBackLeavesNothingOfItsFuture()
    {
        // A restore, or a failover to a standby behind: the revision goes
        // from 9 back to 6; when writes bring it to 9 again, the pages read
        // at the first 9 are another history and are not served.
        PageCache cache;
        cache.remember({0, 100, {}}, 9, pageOf(4, 100));
        QVERIFY(!cache.find({0, 100, {}}, 6));
        QCOMPARE(cache.bytes(), 0);
        cache.remember({5, 100, {}}, 6, pageOf(1, 100));
        QVERIFY(cache.find({5, 100, {}}, 6));
        QVERIFY(!cache.find({0, 100, {}}, 9));
    }

    void memoryStaysBoundedAndTheLeastUsedGoFirst()
    {
        PageCache cache;
        const qsizetype pageBytes = PageCache::MaxBytes / 8; // 100 cases of this
        const auto often = pageOf(100, pageBytes / 100);
        cache.remember({0, 100, {}}, 5, often);
        for (int since = 1; since < 20; ++since) {
            QCOMPARE(cache.find({0, 100, {}}, 5), often);
            cache.remember({since, 100, {}}, 5, pageOf(100, pageBytes / 100));
            QVERIFY(cache.bytes() <= PageCache::MaxBytes);
        }
        QCOMPARE(cache.find({0, 100, {}}, 5), often);
        QVERIFY(!cache.find({1, 100, {}}, 5));
        // A page too large to keep without pushing out most others is not kept.
        cache.remember({100, 5000, {}}, 5, pageOf(10, PageCache::MaxBytes / 20));
        QVERIFY(!cache.find({100, 5000, {}}, 5));
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
