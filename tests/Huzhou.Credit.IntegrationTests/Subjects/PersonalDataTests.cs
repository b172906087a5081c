using System.Net;
using System.Text;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.IntegrationTests.Identity;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Subjects;

/// <summary>A person's page needs a stated purpose, shows the ID number masked, audits every look; the number is stored encrypted.</summary>
[Collection(CreditCollection.Name)]
public sealed class PersonalDataTests(CreditAppFactory factory)
{
    private const string Purpose = "信用核查";

    [Fact]
    public async Task Person_page_asks_for_a_purpose_first()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (id, name, _) = await CreatePersonAsync(client);

        var page = await HtmlPages.GetAsync(client, $"/subjects/{id}");

        Assert.NotNull(page.QuerySelector($"form[action='/subjects/{id}'] select[name='purpose']"));
        Assert.DoesNotContain(name, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#id-number"));
    }

    [Fact]
    public async Task Person_page_with_a_purpose_shows_the_masked_number_and_audits_the_look()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (id, name, idNumber) = await CreatePersonAsync(client);

        using var response = await client.GetAsync($"/subjects/{id}?purpose=" + Uri.EscapeDataString(Purpose));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains(name, page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("330522********" + idNumber[14..], page.QuerySelector("#id-number")?.TextContent.Trim());
        Assert.DoesNotContain(idNumber, html, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync("subjects.person.view", id, "xinyongban"));
    }

    [Fact]
    public async Task Credit_office_reveals_the_full_number_and_the_reveal_is_audited()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (id, _, idNumber) = await CreatePersonAsync(client);
        var details = await HtmlPages.GetAsync(client, $"/subjects/{id}?purpose=" + Uri.EscapeDataString(Purpose));

        using var response = await HtmlPages.PostFormAsync(client, details, $"form[action='/subjects/{id}/reveal']", new() { ["purpose"] = Purpose });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal(idNumber, page.QuerySelector("#id-number")?.TextContent.Trim());
        Assert.Equal(1, await AuditCountAsync("subjects.person.reveal-id", id, "xinyongban"));
    }

    [Fact]
    public async Task Department_staff_may_not_reveal_the_full_number()
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var creator = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (id, _, idNumber) = await CreatePersonAsync(creator);
        var details = await HtmlPages.GetAsync(client, $"/subjects/{id}?purpose=" + Uri.EscapeDataString(Purpose));
        Assert.Null(details.QuerySelector($"form[action='/subjects/{id}/reveal']"));

        using var response = await HtmlPages.PostAsync(client, $"/subjects/{id}/reveal",
            [new("purpose", Purpose), new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(details))]);

        RoleAccessTests.AssertDenied(response, $"/subjects/{id}/reveal");
        Assert.DoesNotContain(idNumber, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'subjects.person.reveal-id' AND subject_id = $1", id));
    }

    [Fact]
    public async Task Id_number_is_stored_only_encrypted()
    {
        using var client = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var (id, _, idNumber) = await CreatePersonAsync(client);

        await using var command = factory.Database.CreateCommand(
            "SELECT id_number_cipher, row_to_json(s)::text FROM credit.subjects s WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var cipher = (byte[])reader[0];
        var wholeRow = reader.GetString(1);

        Assert.NotEmpty(cipher);
        Assert.Equal(-1, cipher.AsSpan().IndexOf(Encoding.ASCII.GetBytes(idNumber)));
        Assert.Equal(-1, cipher.AsSpan().IndexOf(Encoding.Unicode.GetBytes(idNumber)));
        // No column holds the number as text (the masked form keeps only the first six and last four).
        Assert.DoesNotContain(idNumber, wholeRow, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[6..14], wholeRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_log_refuses_update_delete_and_truncate()
    {
        var marker = "it-append-only-" + Unique.Digits(8);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().WriteAsync(new AuditEntry("tests.append-only", "Tests", Detail: marker));
        }

        var rowId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.audit_log WHERE detail = $1", marker);

        await Assert.ThrowsAsync<PostgresException>(() =>
            factory.Database.ExecuteAsync("UPDATE credit.audit_log SET detail = 'changed' WHERE id = $1", rowId));
        await Assert.ThrowsAsync<PostgresException>(() =>
            factory.Database.ExecuteAsync("DELETE FROM credit.audit_log WHERE id = $1", rowId));
        await Assert.ThrowsAsync<PostgresException>(() =>
            factory.Database.ExecuteAsync("TRUNCATE credit.audit_log"));
        Assert.Equal(marker, await factory.Database.ScalarAsync<string>("SELECT detail FROM credit.audit_log WHERE id = $1", rowId));
    }

    [Fact]
    public async Task Search_by_id_number_without_a_purpose_searches_nothing_and_writes_no_audit()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (id, name, idNumber) = await CreatePersonAsync(client);

        var page = await HtmlPages.GetAsync(client, "/subjects?q=" + idNumber);

        Assert.NotNull(page.QuerySelector("#purpose-required"));
        Assert.DoesNotContain(name, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await SearchAuditCountAsync(client, id));
    }

    [Fact]
    public async Task Name_search_without_a_purpose_lists_organisations_only()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (_, name, _) = await CreatePersonAsync(client);

        var page = await HtmlPages.GetAsync(client, "/subjects?q=" + Uri.EscapeDataString(name));

        Assert.DoesNotContain(name, page.QuerySelector("#results")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#persons-excluded"));
    }

    [Fact]
    public async Task Search_with_a_purpose_lists_the_person_and_audits_the_look_up_without_keeping_the_query()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (id, name, idNumber) = await CreatePersonAsync(client);

        var byId = await HtmlPages.GetAsync(client, "/subjects?purpose=" + Uri.EscapeDataString(Purpose) + "&q=" + idNumber);
        var byName = await HtmlPages.GetAsync(client, "/subjects?purpose=" + Uri.EscapeDataString(Purpose) + "&q=" + Uri.EscapeDataString(name));

        foreach (var page in new[] { byId, byName })
        {
            var link = page.QuerySelectorAll("#results a").FirstOrDefault(a => a.TextContent.Contains(name, StringComparison.Ordinal));
            Assert.NotNull(link);
            Assert.Null(page.QuerySelector("#persons-excluded"));
            // The person's page is reached with the same purpose, not a second question.
            Assert.Equal($"/subjects/{id}?purpose=" + Uri.EscapeDataString(Purpose), link!.GetAttribute("href"));
        }

        Assert.Equal(2, await SearchAuditCountAsync(client, id));
        var details = await factory.Database.ScalarAsync<string>(
            "SELECT string_agg(coalesce(detail, ''), '|') FROM credit.audit_log WHERE action = 'subjects.person.search' AND (subject_id = $1 OR detail ~ ('(编号 |、)' || $1::text || '(、|）)'))", id);
        Assert.Contains("按身份证号码查询自然人", details, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, details, StringComparison.Ordinal);
        Assert.DoesNotContain(name, details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_with_an_unknown_purpose_is_refused()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(client, "/subjects?purpose=" + Uri.EscapeDataString("随便看看") + "&q=" + Uri.EscapeDataString("湖州"));

        Assert.Contains("请从列表中选择查询事由", page.QuerySelector("#purpose-error")?.TextContent, StringComparison.Ordinal);
    }

    private Task<long> SearchAuditCountAsync(HttpClient client, long subjectId) =>
        factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'subjects.person.search' AND purpose = $2 AND user_name = 'xinyongban' " +
            "AND (subject_id = $1 OR detail ~ ('(编号 |、)' || $1::text || '(、|）)'))",
            subjectId, Purpose);

    /// <summary>A person in 长兴县 (330522) registered through the form by <paramref name="client"/>.</summary>
    private static async Task<(long Id, string Name, string IdNumber)> CreatePersonAsync(HttpClient client)
    {
        var name = "姚" + Unique.ChineseFragment(2);
        var idNumber = Unique.ResidentId("330522");
        var id = await SubjectForms.CreatePersonAsync(client, name, idNumber, "330522");
        return (id, name, idNumber);
    }

    private Task<long> AuditCountAsync(string action, long subjectId, string userName) =>
        factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = $1 AND subject_id = $2 AND purpose = $3 AND user_name = $4",
            action, subjectId, Purpose, userName);
}
