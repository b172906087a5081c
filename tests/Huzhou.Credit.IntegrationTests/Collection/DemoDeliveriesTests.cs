using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Collection;

[Collection(CreditCollection.Name)]
public sealed class DemoDeliveriesTests(CreditAppFactory factory)
{
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

        Assert.Equal(2, batches);
        // The provincial platform's evaluation batch: one record per demo organisation (up to 600), none rejected.
        Assert.True(evaluations > 0);
        Assert.Equal(6, rejected);
        Assert.True(records > 0);
        Assert.True(statistics > 0);
    }
}
