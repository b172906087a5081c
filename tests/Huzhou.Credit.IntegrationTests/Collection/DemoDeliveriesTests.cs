using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Collection;

[Collection(CreditCollection.Name)]
public sealed class DemoDeliveriesTests(CreditAppFactory factory)
{
    private const string DemoMarketBatches = "FROM credit.collection_batches WHERE created_by = 'demo-seed' AND department_code = 'HZ-SJJ' AND item_code = 'XZCF'";

    [Fact]
    public async Task Demo_city_has_imported_deliveries_with_explained_rejections_and_statistics()
    {
        var batches = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.collection_batches WHERE created_by = 'demo-seed' AND status = 4 AND item_code = 'XZCF'");
        var evaluations = await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records r JOIN credit.collection_batches b ON b.id = r.batch_id WHERE b.created_by = 'demo-seed' AND b.item_code = 'GGXYPJ' AND b.status = 4");
        var rejected = await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.collection_rejections r JOIN credit.collection_batches b ON b.id = r.batch_id WHERE b.created_by = 'demo-seed'");
        var records = await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records r JOIN credit.collection_batches b ON b.id = r.batch_id WHERE b.created_by = 'demo-seed'");
        var statistics = await factory.Database.ScalarAsync<long>("SELECT coalesce(sum(received), 0) FROM credit.collection_daily_statistics WHERE department_code = 'HZ-SJJ'");

        // Nine bureaus' penalties over the last year (12 + 12 + 8 + 6 + 12 + 12 + 6 + 12 + 4 batches); with the licences,
        // certificates and inspections, 156 rows of the departments' usual mistakes (the seeder's Deliveries table).
        Assert.Equal(84, batches);
        // The provincial platform's evaluation batch: one record per demo organisation (up to 600), none rejected.
        Assert.True(evaluations > 0);
        Assert.Equal(156, rejected);
        // Four items, sixteen bureaus (issue #28 §6: not 0 % everywhere).
        Assert.Equal(4, await factory.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT item_code) FROM credit.collection_batches WHERE created_by = 'demo-seed' AND item_code IN ('XZCF', 'XZXK', 'ZZXX', 'SSJCC') AND status = 4"));
        Assert.Equal(16, await factory.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT department_code) FROM credit.collection_batches WHERE created_by = 'demo-seed' AND item_code IN ('XZCF', 'XZXK', 'ZZXX', 'SSJCC') AND status = 4"));
        Assert.True(records > 0);
        Assert.True(statistics > 0);

        // A believable mix (issue #27 §4), not 0 % and 558 days: the market-regulation bureau's demo batches are mostly timely, its
        // first batch's 30 decisions of 2023–2024 are older history outside the average delay; several months have deliveries.
        var (timely, timed, delay) = (
            await factory.Database.ScalarAsync<long>($"SELECT sum(timely) {DemoMarketBatches}"),
            await factory.Database.ScalarAsync<long>($"SELECT sum(inserted + updated + unchanged - history_rows) {DemoMarketBatches}"),
            await factory.Database.ScalarAsync<long>($"SELECT sum(delay_days_total) {DemoMarketBatches}"));
        Assert.InRange((double)timely / timed, 0.5, 0.99);
        Assert.InRange((double)delay / timed, 0.5, 10);
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT sum(history_rows) FROM credit.collection_batches WHERE created_by = 'demo-seed' AND department_code = 'HZ-SJJ'") >= 25);
        Assert.True(await factory.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT date_trunc('month', day)) FROM credit.collection_daily_statistics WHERE department_code = 'HZ-SJJ' AND item_code = 'XZCF'") >= 11);
    }
}
