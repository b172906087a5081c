using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Subjects;

/// <summary>Natural persons are visible only within the districts a user may see (city-level staff see all).</summary>
[Collection(CreditCollection.Name)]
public sealed class PersonScopingTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Person_registered_in_Changxing_is_hidden_from_Wuxing_staff_and_shown_to_Changxing_and_city_staff()
    {
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var name = "钱" + Unique.ChineseFragment(2);
        var id = await SubjectForms.CreatePersonAsync(changxing, name, Unique.ResidentId("330522"), "330522");

        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        await AssertNotFoundAsync(wuxing, name);
        using (var detail = await wuxing.GetAsync($"/subjects/{id}?purpose=" + Uri.EscapeDataString("信用核查")))
        {
            Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
            Assert.DoesNotContain(name, await detail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await AssertFoundAsync(changxing, name, name);
        using var city = await SignedInClient.CreateAsync(factory, "xinyongban");
        await AssertFoundAsync(city, name, name);
        using var cityDetail = await city.GetAsync($"/subjects/{id}?purpose=" + Uri.EscapeDataString("信用核查"));
        Assert.Equal(HttpStatusCode.OK, cityDetail.StatusCode);
    }

    [Fact]
    public async Task Exact_id_number_search_finds_the_person_only_within_the_district()
    {
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var name = "钱" + Unique.ChineseFragment(2);
        var idNumber = Unique.ResidentId("330522");
        await SubjectForms.CreatePersonAsync(changxing, name, idNumber, "330522");

        await AssertFoundAsync(changxing, idNumber, name);
        using var city = await SignedInClient.CreateAsync(factory, "xinyongban");
        await AssertFoundAsync(city, idNumber, name);
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        await AssertNotFoundAsync(wuxing, idNumber);
    }

    [Fact]
    public async Task District_staff_cannot_register_a_subject_in_another_district()
    {
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var name = "钱" + Unique.ChineseFragment(2);

        using var response = await SubjectForms.SubmitPersonAsync(changxing, name, Unique.ResidentId("330502"), "330502");

        var page = await SubjectForms.RefusedFormAsync(response);
        Assert.Contains("只能登记本辖区的主体", SubjectForms.Errors(page), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(name));
    }

    [Fact]
    public async Task District_staff_cannot_register_an_organisation_in_another_district()
    {
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var name = $"吴兴{Unique.ChineseFragment()}有限公司";

        using var response = await SubjectForms.SubmitOrganisationAsync(changxing, name, Unique.Uscc("330502"), "330502");

        var page = await SubjectForms.RefusedFormAsync(response);
        Assert.Contains("只能登记本辖区的主体", SubjectForms.Errors(page), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(name));
    }

    // Persons are searched with a purpose (issue #23 §8: without one the search leaves them out).
    private static string SearchUrl(string query) => "/subjects?purpose=" + Uri.EscapeDataString("信用核查") + "&q=" + Uri.EscapeDataString(query);

    private static async Task AssertNotFoundAsync(HttpClient client, string query)
    {
        var page = await HtmlPages.GetAsync(client, SearchUrl(query));
        Assert.Null(page.QuerySelector("#q-error"));
        Assert.Contains("没有找到符合条件的主体", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task AssertFoundAsync(HttpClient client, string query, string name)
    {
        var page = await HtmlPages.GetAsync(client, SearchUrl(query));
        Assert.Contains(name, page.Body!.TextContent, StringComparison.Ordinal);
    }
}
