using System.Globalization;
using System.Net;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.IntegrationTests.Identity;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>A district credit office (长兴县信用办) sees its own district: not the city-wide repair export, not other districts' citizens.</summary>
[Collection(CreditCollection.Name)]
public sealed class DistrictScopeTests(CreditAppFactory factory)
{
    [Fact]
    public async Task District_credit_office_cannot_download_the_city_wide_repair_export()
    {
        using var district = await SignedInClient.CreateAsync(factory, "changxing.xyb");

        using var response = await district.GetAsync("/repair/export");

        RoleAccessTests.AssertDenied(response, "/repair/export");
        using var city = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var allowed = await city.GetAsync("/repair/export");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task District_credit_office_sees_only_its_own_districts_citizen_accounts()
    {
        var id = Unique.ResidentId("330503");
        var name = "费" + Unique.ChineseFragment(2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var delivered = await scope.ServiceProvider.GetRequiredService<IRecordDelivery>().DeliverAsync(new("ZYFW", "HZ-TSW", "it-tests", "志愿服务", [new Dictionary<string, string?>
            {
                ["志愿者姓名"] = name, ["身份证号码"] = id, ["服务记录编号"] = "ZY" + Unique.Digits(10), ["服务项目"] = "南浔古镇文明劝导",
                ["服务时长（小时）"] = "8", ["服务日期"] = DateTime.UtcNow.AddHours(8).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["记录单位"] = "南浔区志愿者协会",
            }]));
            Assert.True(delivered.AllAccepted);
        }

        Assert.NotEqual("330522", await factory.Database.ScalarAsync<string>("SELECT district_code FROM credit.subjects WHERE name = $1", name));
        using var city = await SignedInClient.CreateAsync(factory, "xinyongban");
        var login = "sm" + Unique.Digits(8);
        using (var opened = await HtmlPages.PostFormAsync(city, await HtmlPages.GetAsync(city, "/admin/citizens"), "#open-form", new() { ["IdNumber"] = id, ["Name"] = name, ["LoginName"] = login, ["Password"] = "Shimin@2026ab" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        Assert.Contains(login, (await HtmlPages.GetAsync(city, "/admin/citizens")).Body!.TextContent, StringComparison.Ordinal);
        using var district = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        var page = await HtmlPages.GetAsync(district, "/admin/citizens");
        Assert.DoesNotContain(login, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name, page.Body!.TextContent, StringComparison.Ordinal);
    }
}
