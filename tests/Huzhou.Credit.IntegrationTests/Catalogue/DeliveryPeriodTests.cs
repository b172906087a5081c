using System.Net;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Catalogue;

/// <summary>应报送周期 on the catalogue item (issue #27 §4): seeded for the standard items, edited by the city credit office, audited.</summary>
[Collection(CreditCollection.Name)]
public sealed class DeliveryPeriodTests(CreditAppFactory factory)
{
    [Fact]
    public async Task The_double_publicity_items_are_seeded_with_seven_working_days()
    {
        var catalogue = factory.Services.GetRequiredService<ICatalogue>();
        var items = await catalogue.ListItemsAsync(includeRetired: false);

        Assert.Equal(new DeliveryPeriod(7, DeliveryPeriodUnit.WorkingDays), items.Single(i => i.ItemCode == "XZCF").ExpectedDelivery);
        Assert.Equal(new DeliveryPeriod(7, DeliveryPeriodUnit.WorkingDays), items.Single(i => i.ItemCode == "XZXK").ExpectedDelivery);
        Assert.Equal(new DeliveryPeriod(12, DeliveryPeriodUnit.Months), items.Single(i => i.ItemCode == "HYXYPJ").ExpectedDelivery);
        Assert.Null(items.Single(i => i.ItemCode == "XYCN").ExpectedDelivery);
    }

    [Fact]
    public async Task The_city_credit_office_sets_the_period_on_the_item_page_and_it_is_audited()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(client, "/catalogue/BZRY");
        Assert.Equal("每季度", page.QuerySelector("#delivery-period-value")!.TextContent.Trim());

        using (var saved = await HtmlPages.PostFormAsync(client, page, "#delivery-period form", new() { ["count"] = "2", ["unit"] = "Months" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await HtmlPages.GetAsync(client, "/catalogue/BZRY");
        Assert.Equal("每 2 个月", after.QuerySelector("#delivery-period-value")!.TextContent.Trim());
        Assert.Equal(new DeliveryPeriod(2, DeliveryPeriodUnit.Months),
            (await factory.Services.GetRequiredService<ICatalogue>().ListItemsAsync(false)).Single(i => i.ItemCode == "BZRY").ExpectedDelivery);
        Assert.True(await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'catalogue.item.delivery-period' AND detail = 'BZRY: 每季度 → 每 2 个月'") >= 1);

        // A count out of range is refused with a Chinese message and changes nothing.
        using (var refused = await HtmlPages.PostFormAsync(client, after, "#delivery-period form", new() { ["count"] = "0", ["unit"] = "WorkingDays" }))
        {
            var (_, error) = await Flashes.FollowAsync(client, refused);
            Assert.Contains("应报送周期须为", error, StringComparison.Ordinal);
        }

        // Back as seeded, for the other tests.
        using (await HtmlPages.PostFormAsync(client, after, "#delivery-period form", new() { ["count"] = "3", ["unit"] = "Months" }))
        {
        }

        Assert.Equal(new DeliveryPeriod(3, DeliveryPeriodUnit.Months),
            (await factory.Services.GetRequiredService<ICatalogue>().ListItemsAsync(false)).Single(i => i.ItemCode == "BZRY").ExpectedDelivery);
    }
}
