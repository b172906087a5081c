using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Subjects;

[Collection(CreditCollection.Name)]
public sealed class RegistrationTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Organisation_created_through_the_form_is_stored_and_its_page_opens_without_a_purpose()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var name = $"湖州{Unique.ChineseFragment()}科技有限公司";
        var uscc = Unique.Uscc();

        var id = await SubjectForms.CreateOrganisationAsync(client, name, uscc);

        Assert.Equal(uscc, await factory.Database.ScalarAsync<string>("SELECT uscc FROM credit.subjects WHERE id = $1", id));
        // Organisations' registration data is public: no purpose is asked for, the page shows the record.
        var page = await HtmlPages.GetAsync(client, $"/subjects/{id}");
        Assert.Contains(name, page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(uscc, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_search_by_a_two_character_fragment_finds_the_organisation()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var marker = Unique.ChineseFragment();
        var name = $"湖州{marker}贸易有限公司";
        await SubjectForms.CreateOrganisationAsync(client, name, Unique.Uscc());

        var page = await HtmlPages.GetAsync(client, "/subjects?q=" + Uri.EscapeDataString(marker[1..3]));

        Assert.Contains(name, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_search_by_one_character_asks_for_at_least_two()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(client, "/subjects?q=" + Uri.EscapeDataString("湖"));

        Assert.Contains("至少两个字", page.QuerySelector("#q-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_of_the_wrong_length_is_refused_and_nothing_is_stored() =>
        await AssertCodeRefusedAsync("91330502MA2B3C4D5", "统一社会信用代码应为18位");

    [Fact]
    public async Task Code_with_an_unknown_prefix_is_refused_and_nothing_is_stored() =>
        await AssertCodeRefusedAsync("99" + Unique.Uscc()[2..], "前两位“99”不是有效的");

    [Fact]
    public async Task Wrong_check_character_is_refused_to_department_staff()
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var name = $"湖州{Unique.ChineseFragment()}有限公司";

        using var response = await SubjectForms.SubmitOrganisationAsync(client, name, Unique.WithWrongCheckCharacter(Unique.Uscc()), "330502");

        var page = await SubjectForms.RefusedFormAsync(response);
        Assert.Contains("须由信用办确认", SubjectForms.Errors(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#AcceptCheckWarning"));
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(name));
    }

    [Fact]
    public async Task Department_staff_cannot_accept_a_check_warning_by_posting_the_flag()
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var name = $"湖州{Unique.ChineseFragment()}有限公司";

        using var response = await SubjectForms.SubmitOrganisationAsync(client, name, Unique.WithWrongCheckCharacter(Unique.Uscc()), "330502",
            new() { ["AcceptCheckWarning"] = "true", ["WarningReason"] = "与营业执照原件核对一致" });

        await SubjectForms.RefusedFormAsync(response);
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(name));
    }

    [Fact]
    public async Task Wrong_check_character_needs_the_credit_office_to_tick_acceptance_and_give_a_reason()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var name = $"湖州{Unique.ChineseFragment()}有限公司";
        var code = Unique.WithWrongCheckCharacter(Unique.Uscc());

        using var first = await SubjectForms.SubmitOrganisationAsync(client, name, code, "330502");
        var refused = await SubjectForms.RefusedFormAsync(first);
        Assert.Contains("校验位", SubjectForms.Errors(refused), StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("#AcceptCheckWarning"));
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(name));

        using var accepted = await HtmlPages.PostFormAsync(client, refused, SubjectForms.FormSelector, new()
        {
            ["AcceptCheckWarning"] = "true",
            ["WarningReason"] = "与营业执照原件核对一致，系早期赋码错误",
        });

        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect,
            $"Accepting the warning answered {(int)accepted.StatusCode}: {HtmlPages.Describe(await accepted.Content.ReadAsStringAsync())}");
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT uscc_check_warning FROM credit.subjects WHERE name = $1 AND uscc = $2", name, code));
    }

    [Fact]
    public async Task Duplicate_credit_code_is_refused_with_a_Chinese_message()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        await SubjectForms.CreateOrganisationAsync(client, $"湖州{Unique.ChineseFragment()}有限公司", uscc);
        var secondName = $"湖州{Unique.ChineseFragment()}有限公司";

        using var response = await SubjectForms.SubmitOrganisationAsync(client, secondName, uscc, "330502");

        var page = await SubjectForms.RefusedFormAsync(response);
        Assert.Contains("已登记，请勿重复登记", SubjectForms.Errors(page), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(secondName));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE uscc = $1", uscc));
    }

    private async Task AssertCodeRefusedAsync(string code, string expectedMessage)
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var name = $"湖州{Unique.ChineseFragment()}有限公司";

        using var response = await SubjectForms.SubmitOrganisationAsync(client, name, code, "330502");

        var page = await SubjectForms.RefusedFormAsync(response);
        Assert.Contains(expectedMessage, SubjectForms.Errors(page), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(name));
    }
}
